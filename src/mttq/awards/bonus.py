"""Bonus arithmetic: the bonus of an award from dated multipliers and base salaries.

A bonus (tiền thưởng) is a multiplier of the base salary (mức lương cơ sở) in force on the
decision's day, rounded up to the next 10,000 đồng (NĐ 152/2025/NĐ-CP Điều 49). The tables
are arguments: :mod:`mttq.awards.national` holds the bundled ones::

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> rule = BonusRule(id="b", kind="ldtt", recipient=RecipientKind.INDIVIDUAL,
    ...                  multiplier=Decimal("0.3"), source="NĐ 152/2025/NĐ-CP, Điều 50 k1 d")
    >>> bonus_amount("ldtt", on=date(2025, 8, 1), recipient="individual",
    ...              base_salary=2_340_000, bonuses=(rule,))
    710000

Sources: NĐ 152/2025/NĐ-CP, Điều 49-54.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import TypeVar

from mttq.awards.catalogue import AwardKind, RecipientKind, find_kind
from mttq.awards.requirements import MAX_AMOUNT, BaseSalary, BonusRule, HouseholdFactor, items_of
from mttq.errors import InvalidValueError
from mttq.fields import EXACT, as_date, in_force

__all__ = ["bonus_amount", "round_up_bonus", "salary_on"]

_STEP = 10_000


def round_up_bonus(amount: Decimal | int) -> int:
    """Round a bonus up to the next multiple of 10,000 đồng (NĐ 152/2025/NĐ-CP Điều 49).

    Args:
        amount: the amount in đồng, an int or a finite Decimal (never a float) from 0 to
            :data:`~mttq.awards.requirements.MAX_AMOUNT` (10^12 đồng); the rounding is exact.

    Raises:
        InvalidValueError: ``amount`` is not an int or a Decimal, or is out of range.

    Examples:
        >>> round_up_bonus(Decimal("702000"))
        710000
        >>> round_up_bonus(700000)
        700000
        >>> round_up_bonus(1.5)
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid amount=1.5: must be int or Decimal đồng, not a float
    """
    if isinstance(amount, int) and not isinstance(amount, bool):
        value = Decimal(int(amount))
    elif isinstance(amount, Decimal):
        value = amount
    else:
        what = ", not a float" if isinstance(amount, float) else ""
        raise InvalidValueError("amount", amount, f"must be int or Decimal đồng{what}")
    if not value.is_finite() or not 0 <= value <= MAX_AMOUNT:
        raise InvalidValueError("amount", amount, f"expected 0 to {MAX_AMOUNT:,} đồng")
    whole = int(value.to_integral_value(rounding=ROUND_CEILING))  # at most 13 digits
    return -(-whole // _STEP) * _STEP


_T = TypeVar("_T", BonusRule, HouseholdFactor, BaseSalary)


def _pick(items: Iterable[_T], on: date, test: Callable[[_T], bool] = lambda _: True) -> _T | None:
    found: _T | None = None
    for item in items:
        if test(item) and in_force(item.effective_from, item.effective_to, on):
            found = item
    return found


def bonus_amount(
    kind: str | AwardKind,
    *,
    on: date,
    recipient: RecipientKind | str,
    base_salary: int | None = None,
    bonuses: Sequence[BonusRule],
    salaries: Sequence[BaseSalary] = (),
    household: Sequence[HouseholdFactor] = (),
) -> int | None:
    """The bonus in whole đồng for ``kind`` decided on ``on``, or ``None`` if not known.

    The multiplier in force on ``on`` times the base salary (``base_salary`` if given, else
    the one of ``salaries`` in force on ``on``), rounded up to 10,000 đồng. A household gets
    the individual amount times the household factor in force. ``None`` when no verified
    multiplier (or base salary) exists: amounts are never guessed.

    ``on`` is the decision's day (a datetime is read as its date). The tables are checked
    when built (:class:`~mttq.awards.requirements.BonusRule` multipliers are positive Decimals up
    to :data:`~mttq.awards.requirements.MAX_MULTIPLIER`, base salaries whole đồng up to
    :data:`~mttq.awards.requirements.MAX_AMOUNT`), so the amount is exact.

    Raises:
        UnknownCodeError: unknown ``kind`` or ``recipient``.
        InvalidValueError: ``on`` is not a date; ``base_salary`` is not an int from 1 to
            :data:`~mttq.awards.requirements.MAX_AMOUNT`; a table is not a tuple of its values;
            the recipient may not receive ``kind``; the bonus would exceed
            :data:`~mttq.awards.requirements.MAX_AMOUNT`.

    Examples:
        >>> rule = BonusRule(id="b", kind="ldtt", recipient=RecipientKind.INDIVIDUAL,
        ...                  multiplier=Decimal("0.3"), source="NĐ 152/2025/NĐ-CP, Điều 50")
        >>> bonus_amount("ldtt", on=date(2025, 8, 1), recipient="individual",
        ...              base_salary=2_340_000, bonuses=(rule,))
        710000
    """
    award = find_kind(kind)
    who = recipient if isinstance(recipient, RecipientKind) else RecipientKind.parse(recipient)
    on = as_date(on)
    if base_salary is not None and (
        not isinstance(base_salary, int)
        or isinstance(base_salary, bool)
        or not 0 < base_salary <= MAX_AMOUNT
    ):
        raise InvalidValueError(
            "base_salary", base_salary, f"expected an int from 1 to {MAX_AMOUNT:,} (đồng)"
        )
    bonuses = items_of("bonuses", bonuses, BonusRule)
    salaries = items_of("salaries", salaries, BaseSalary)
    household = items_of("household", household, HouseholdFactor)
    if not award.allows(who):
        raise InvalidValueError("recipient", who.value, f"cannot receive '{award.name}'")
    factor = Decimal(1)
    rule = _pick(bonuses, on, lambda b: b.kind == award.code and b.recipient is who)
    if rule is None and who is RecipientKind.HOUSEHOLD:
        hh = _pick(household, on)
        rule = _pick(
            bonuses,
            on,
            lambda b: b.kind == award.code and b.recipient is RecipientKind.INDIVIDUAL,
        )
        if hh is None:
            return None
        factor = hh.factor
    if rule is None:
        return None
    if base_salary is None:
        salary = _pick(salaries, on)
        if salary is None:
            return None
        base_salary = salary.amount
    amount = _bonus(
        EXACT.multiply(rule.multiplier, Decimal(base_salary)), "base_salary", base_salary
    )
    if factor == 1:
        return amount
    return _bonus(EXACT.multiply(Decimal(amount), factor), "factor", factor)


def _bonus(amount: Decimal, field: str, value: object) -> int:
    """:func:`round_up_bonus` of a product of checked values, refusing one out of range."""
    if amount > MAX_AMOUNT:
        raise InvalidValueError(field, value, f"gives a bonus above {MAX_AMOUNT:,} đồng")
    return round_up_bonus(amount)


def salary_on(on: date, salaries: Sequence[BaseSalary]) -> BaseSalary | None:
    """The base salary of ``salaries`` in force on ``on`` (the last one), or ``None``.

    ``on`` may be a datetime: it is read as its date.

    Raises:
        InvalidValueError: ``on`` is not a date, or ``salaries`` is not a tuple of
            :class:`~mttq.awards.requirements.BaseSalary`.

    Examples:
        >>> s = BaseSalary(id="s", amount=2_340_000, effective_from=date(2024, 7, 1),
        ...                source="NĐ 73/2024/NĐ-CP, Điều 3 k2")
        >>> salary_on(date(2025, 1, 1), (s,)).amount, salary_on(date(2024, 1, 1), (s,))
        (2340000, None)
    """
    return _pick(items_of("salaries", salaries, BaseSalary), as_date(on))
