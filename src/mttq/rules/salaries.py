"""Bundled base salaries (mức lương cơ sở), dated.

Only the base salary verified in the sources is bundled: 2,340,000 đồng a month from
2024-07-01 (NĐ 73/2024/NĐ-CP, Điều 3 k2). Earlier amounts and any later change are not
verified, so none is bundled: for a date before 2024-07-01 :func:`base_salary_on` returns
``None``, and a caller who knows of a newer amount passes it as ``base_salary=`` to
:func:`mttq.awards.bonus_amount`. The bundled amount stays in force until replaced
(``effective_to=None``), as a base salary does until a new decree changes it::

    >>> from datetime import date
    >>> base_salary_on(date(2025, 8, 1))
    2340000
    >>> base_salary_on(date(2024, 6, 30)) is None
    True
"""

from __future__ import annotations

from datetime import date

from mttq.awards.catalogue import _within
from mttq.awards.shapes import BaseSalary
from mttq.codes import BASE_SALARY_2024_FROM
from mttq.geo import as_date

__all__ = ["SALARIES", "base_salary_on"]

SALARIES: tuple[BaseSalary, ...] = (
    BaseSalary(
        id="luong-co-so.2024-07-01",
        amount=2_340_000,
        effective_from=BASE_SALARY_2024_FROM,
        source="NĐ 73/2024/NĐ-CP, Điều 3 k2",
    ),
)


def base_salary_on(on: date) -> int | None:
    """The bundled base salary in đồng in force on ``on``, or ``None`` if none is bundled.

    ``on`` may be a datetime: it is read as its date.

    Raises:
        InvalidValueError: ``on`` is not a date.

    Examples:
        >>> base_salary_on(date(2026, 1, 1))
        2340000
    """
    day = as_date(on)
    found: int | None = None
    for s in SALARIES:
        if _within(s.effective_from, s.effective_to, day):
            found = s.amount
    return found
