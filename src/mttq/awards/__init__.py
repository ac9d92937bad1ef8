"""Titles and awards of the Law on Emulation and Commendation, with explained eligibility checks.

The facade over :mod:`mttq.awards.catalogue`, :mod:`mttq.awards.model`,
:mod:`mttq.awards.shapes`, :mod:`mttq.awards.engine` and the bundled national rules of
:mod:`mttq.rules.awards` (Luật Thi đua, khen thưởng 06/2022/QH15; NĐ 98/2023/NĐ-CP;
NĐ 152/2025/NĐ-CP; the older NĐ 91/2017/NĐ-CP rules for years up to 2023)::

    >>> from mttq.awards import (Attestation, History, Recipient, YearRating, check)
    >>> from mttq.codes import Rating
    >>> h = History(
    ...     recipient=Recipient(id="p1", name="Nguyễn Văn A"),
    ...     ratings=(YearRating(year=2025, rating=Rating.HTXSNV),),
    ...     attestations=(Attestation(year=2025, criterion="ldtt-tinh-than"),),
    ... )
    >>> d = check("cstdcs", h, year=2025)
    >>> d.eligible
    True
    >>> print(d.explain())  # doctest: +NORMALIZE_WHITESPACE
    Chiến sĩ thi đua cơ sở, năm 2025, Nguyễn Văn A: đủ điều kiện
      [x] Đạt tiêu chuẩn “LĐTT”: đạt [Luật 06/2022/QH15, Điều 23]
        [x] Xếp loại HTTNV trở lên năm đánh giá: đạt (năm 2025) [Luật 06/2022/QH15, Điều 24 k1]
        [x] Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào
            thi đua: đạt [Luật 06/2022/QH15, Điều 24 k1]
      [x] Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài khoa học, sáng kiến chiến
          đấu được công nhận: đạt [Luật 06/2022/QH15, Điều 23]
        [x] Xếp loại HTXSNV năm đánh giá: đạt (năm 2025) [Luật 06/2022/QH15, Điều 23]
        [ ] Có 1 sáng kiến được công nhận ở cấp cơ sở trở lên trong năm đánh giá, chưa dùng
            làm căn cứ khen thưởng khác: không đạt [Luật 06/2022/QH15, Điều 23; Luật
            06/2022/QH15, Điều 3 k4]
        [ ] Có 1 đề tài, đề án, công trình khoa học được nghiệm thu, công nhận ở cấp cơ sở
            trở lên trong năm đánh giá, chưa dùng làm căn cứ khen thưởng khác: không đạt
            [Luật 06/2022/QH15, Điều 23]
        [ ] Có 1 sáng kiến, giải pháp chiến đấu được công nhận ở cấp cơ sở trở lên trong năm
            đánh giá, chưa dùng làm căn cứ khen thưởng khác: không đạt [Luật 06/2022/QH15,
            Điều 23]

The explanation names the recipient (``Decision.recipient_name``, or the id when the history
gives no name) and each initiative by its title (or its id when it has none).

The bonus of an award (NĐ 152/2025/NĐ-CP Điều 49-54) in whole đồng::

    >>> from datetime import date
    >>> bonus_amount("ldtt", on=date(2025, 12, 20), recipient="individual")
    710000
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from mttq.awards.catalogue import (
    KINDS,
    Authority,
    AwardKind,
    Category,
    RecipientKind,
    find_kind,
)
from mttq.awards.engine import Engine, compile_rules, round_up_bonus
from mttq.awards.engine import bonus_amount as _bonus_amount
from mttq.awards.model import (
    Attestation,
    AwardRecord,
    Basis,
    Decision,
    DisciplineLevel,
    DisciplinePeriod,
    GroupStanding,
    History,
    Initiative,
    InitiativeKind,
    InitiativeLevel,
    MemberYear,
    MovementLead,
    Organiser,
    PendingKind,
    PendingMatter,
    QuotaNote,
    Reason,
    Recipient,
    YearRating,
)
from mttq.awards.shapes import (
    AllOf,
    AnyOf,
    Attested,
    AwardRule,
    BaseSalary,
    BonusRule,
    CountingPolicy,
    HasInitiative,
    HoldsTitle,
    HouseholdFactor,
    LeadsGroup,
    LeadsMovement,
    MemberCount,
    MemberMeasure,
    MemberShare,
    NoDiscipline,
    Qualifies,
    RatingAtLeast,
    Requirement,
    RuleSet,
    Undetermined,
    VoteThreshold,
)

if TYPE_CHECKING:
    from mttq.rules.awards import NATIONAL
    from mttq.rules.thresholds import vote_threshold

# The bundled rules live in mttq.rules (layer 5) and are built from this package's
# submodules; importing them eagerly here would be a cycle when mttq.rules.awards is
# imported first, so they are read on first use.
_FROM_RULES = {"NATIONAL": "awards", "vote_threshold": "thresholds"}


def __getattr__(name: str) -> object:
    """Return a bundled value of :mod:`mttq.rules` by name (``NATIONAL``, ...)."""
    module = _FROM_RULES.get(name)
    if module is not None:
        import importlib  # noqa: PLC0415 - see above

        return getattr(importlib.import_module(f"mttq.rules.{module}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _national() -> RuleSet:
    from mttq.rules.awards import NATIONAL  # noqa: PLC0415 - see above

    return NATIONAL


__all__ = [
    "KINDS",
    "NATIONAL",
    "AllOf",
    "AnyOf",
    "Attestation",
    "Attested",
    "Authority",
    "AwardKind",
    "AwardRecord",
    "AwardRule",
    "BaseSalary",
    "Basis",
    "BonusRule",
    "Category",
    "CountingPolicy",
    "Decision",
    "DisciplineLevel",
    "DisciplinePeriod",
    "Engine",
    "GroupStanding",
    "HasInitiative",
    "History",
    "HoldsTitle",
    "HouseholdFactor",
    "Initiative",
    "InitiativeKind",
    "InitiativeLevel",
    "LeadsGroup",
    "LeadsMovement",
    "MemberCount",
    "MemberMeasure",
    "MemberShare",
    "MemberYear",
    "MovementLead",
    "NoDiscipline",
    "Organiser",
    "PendingKind",
    "PendingMatter",
    "Qualifies",
    "QuotaNote",
    "RatingAtLeast",
    "Reason",
    "Recipient",
    "RecipientKind",
    "Requirement",
    "RuleSet",
    "Undetermined",
    "VoteThreshold",
    "YearRating",
    "bonus_amount",
    "check",
    "check_many",
    "compile_rules",
    "find_kind",
    "round_up_bonus",
    "vote_threshold",
]


def check(
    kind: str | AwardKind,
    history: History,
    *,
    year: int,
    rules: RuleSet | None = None,
    on: date | None = None,
) -> Decision:
    """Is ``history``'s recipient eligible for ``kind`` in assessment ``year``, and why?

    Applies every rule of ``rules`` (``None``: the bundled national rules,
    :data:`mttq.rules.awards.NATIONAL`) in force on
    31 December of ``year``. ``on`` is the day open matters are looked at for deferral.

    Raises:
        UnknownCodeError: unknown ``kind`` or an award record of unknown kind.
        InvalidValueError: a record for a year after ``year``, a recipient who may not
            receive ``kind`` (a household for an individual title), a bad ``year``.

    Examples:
        >>> from mttq.codes import Rating
        >>> h = History(recipient=Recipient(id="p1"),
        ...             ratings=(YearRating(year=2025, rating=Rating.KHTNV),))
        >>> check("ldtt", h, year=2025).eligible
        False
    """
    return compile_rules(rules if rules is not None else _national()).check(
        kind, history, year=year, on=on
    )


def check_many(
    kinds: Sequence[str | AwardKind],
    history: History,
    *,
    year: int,
    rules: RuleSet | None = None,
    on: date | None = None,
) -> tuple[Decision, ...]:
    """Check several kinds against one history (its index is built once).

    Examples:
        >>> h = History(recipient=Recipient(id="p1"))
        >>> [d.eligible for d in check_many(("ldtt", "cstdcs"), h, year=2025)]
        [None, None]
    """
    return compile_rules(rules if rules is not None else _national()).check_many(
        kinds, history, year=year, on=on
    )


def bonus_amount(
    kind: str | AwardKind,
    *,
    on: date,
    recipient: RecipientKind | str,
    base_salary: int | None = None,
) -> int | None:
    """The bonus in whole đồng for ``kind`` decided on ``on``; ``None`` when not verified.

    The multiplier of NĐ 152/2025/NĐ-CP Điều 50-54 in force on ``on`` times the base salary
    in force on ``on`` (or ``base_salary``), rounded up to 10,000 đồng (Điều 49). ``None``
    when no verified amount exists: individual Bằng khen, Giấy khen and huân chương amounts,
    decisions before 2025-07-01, or no bundled base salary for the day. ``on`` may be a
    datetime: it is read as its date.

    Raises:
        UnknownCodeError: unknown ``kind`` or ``recipient``.
        InvalidValueError: ``on`` is not a date, ``base_salary`` is not an int from 1 to
            10^12 đồng, or the recipient may not receive ``kind``.

    Examples:
        >>> bonus_amount("co-thi-dua-bo-tinh", on=date(2025, 12, 1), recipient="collective")
        18720000
        >>> bonus_amount("bang-khen-bo-tinh", on=date(2025, 12, 1), recipient="individual")
    """
    from mttq.rules.awards import BONUSES, HOUSEHOLD_FACTORS  # noqa: PLC0415 - see above
    from mttq.rules.salaries import SALARIES  # noqa: PLC0415 - see above

    return _bonus_amount(
        kind,
        on=on,
        recipient=recipient,
        base_salary=base_salary,
        bonuses=BONUSES,
        salaries=SALARIES,
        household=HOUSEHOLD_FACTORS,
    )
