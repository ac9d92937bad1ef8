"""Selection: the leading unit(s) for the flag (:func:`leaders`) and :func:`nominations`.

:func:`leaders` proposes the leading unit(s) of each group for the Cờ thi đua (one per group
by default; a bloc may propose two, as in seed 000); :func:`nominations` proposes units for the
Bằng khen within a :class:`Quota`. Units tied across the last place are all returned as
:class:`Selection` values with status ``tied``, for the bloc to decide (usually by ballot,
:mod:`mttq.voting`).

Examples:
    >>> from decimal import Decimal
    >>> from mttq.scoring.ranking import Ranked
    >>> ranking = (Ranked(unit="MTTQ", rank=1, total=Decimal(98)),
    ...            Ranked(unit="HND", rank=2, total=Decimal(95)))
    >>> [s.explain() for s in leaders(ranking)]
    ['MTTQ: được chọn. Hạng 1 với 98 điểm; đơn vị dẫn đầu, đề nghị tặng Cờ thi đua.']

Sources:
    * seed 000 (a bloc proposing two units for the flag; see the Sources page).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_UP,
    Decimal,
)

import attrs

from mttq.codes import CodeEnum, Rating
from mttq.errors import InvalidValueError
from mttq.scoring.codes import (
    check_labelled,
    check_points,
    fmt,
    trusted,
)
from mttq.scoring.grading import Grade, GradingScheme
from mttq.scoring.ranking import Ranked
from mttq.vi.numbers import format_number

__all__ = [
    "Quota",
    "Rounding",
    "Selection",
    "SelectionStatus",
    "leaders",
    "nominations",
]


class SelectionStatus(CodeEnum):
    """Whether a unit is chosen, or tied with others for the last places.

    Examples:
        >>> SelectionStatus.TIED.label
        'đồng hạng ở suất cuối, cần quyết định thêm'
    """

    SELECTED = "selected", "được chọn"
    TIED = "tied", "đồng hạng ở suất cuối, cần quyết định thêm"


class Rounding(CodeEnum):
    """How a fractional quota is turned into a number of places.

    Examples:
        >>> Rounding.HALF_UP.label
        'làm tròn (từ 0,5 lên)'
    """

    DOWN = "down", "làm tròn xuống"
    HALF_UP = "half-up", "làm tròn (từ 0,5 lên)"
    UP = "up", "làm tròn lên"


# --- leaders and nominations ----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Quota:
    """How many places a group has: a count, or a fraction of its members with a rounding.

    Attributes:
        count: a fixed number of places.
        fraction: a share of the group's members (``Decimal("0.5")``).
        rounding: how a fractional number of places is rounded.

    Examples:
        >>> Quota(fraction=Decimal("0.5")).places(7)
        3
        >>> Quota(fraction=Decimal("0.5"), rounding=Rounding.HALF_UP).places(7)
        4
    """

    count: int | None = None
    fraction: Decimal | None = None
    rounding: Rounding = Rounding.DOWN

    def __attrs_post_init__(self) -> None:
        if (self.count is None) == (self.fraction is None):
            raise InvalidValueError("quota", (self.count, self.fraction), "give count or fraction")
        if self.count is not None and (
            isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 0
        ):
            raise InvalidValueError("quota.count", self.count, "expected a whole number >= 0")
        if self.fraction is not None:
            check_points("quota.fraction", self.fraction, places=20)
            if not 0 <= self.fraction <= 1:
                raise InvalidValueError("quota.fraction", self.fraction, "must be between 0 and 1")
        rounding: object = self.rounding
        if not isinstance(rounding, Rounding):
            if not isinstance(rounding, str):
                raise InvalidValueError("quota.rounding", rounding, "expected a Rounding code")
            object.__setattr__(self, "rounding", Rounding.parse(rounding))

    def places(self, members: int) -> int:
        """The number of places for a group of this many members.

        Examples:
            >>> Quota(count=3).places(6)
            3
        """
        if isinstance(members, bool) or not isinstance(members, int) or members < 0:
            raise InvalidValueError("members", members, "expected a whole number >= 0")
        if self.count is not None:
            return min(self.count, members)
        assert self.fraction is not None
        exact = self.fraction * members
        mode = {
            Rounding.DOWN: ROUND_FLOOR,
            Rounding.UP: ROUND_CEILING,
            Rounding.HALF_UP: ROUND_HALF_UP,
        }[self.rounding]
        return int(exact.quantize(Decimal(1), rounding=mode))

    def describe(self) -> str:
        """The quota in Vietnamese.

        Examples:
            >>> Quota(fraction=Decimal("0.5")).describe()
            'không quá 50% số thành viên (làm tròn xuống)'
        """
        if self.count is not None:
            return f"{self.count} suất"
        assert self.fraction is not None
        return (
            f"không quá {format_number(self.fraction * 100)}% số thành viên ({self.rounding.label})"
        )


@attrs.frozen(kw_only=True)
class Selection:
    """A unit chosen (or tied for the last place) for the flag or a proposal.

    Attributes:
        unit: the unit's code.
        group: its group, if ranked by group.
        rank: its rank.
        total: its total.
        status: selected, or tied for the last places.
        reason: why, in Vietnamese.

    Examples:
        >>> Selection(unit="HND", rank=1, total=Decimal(97), status=SelectionStatus.SELECTED,
        ...           reason="Dẫn đầu").status.label
        'được chọn'

    Raises:
        InvalidValueError: a field of the wrong type or a rank below 1 (the error names the
            field); :func:`leaders` and :func:`nominations` build theirs without the check.
    """

    unit: str
    rank: int
    total: Decimal
    status: SelectionStatus
    reason: str
    group: str | None = None

    def __attrs_post_init__(self) -> None:
        check_labelled(self)
        if self.rank < 1:
            raise InvalidValueError("rank", self.rank, "ranks start at 1")

    def explain(self) -> str:
        """The selection in Vietnamese.

        Examples:
            >>> Selection(unit="HND", rank=1, total=Decimal(97),
            ...           status=SelectionStatus.SELECTED, reason="Dẫn đầu khối.").explain()
            'HND: được chọn. Dẫn đầu khối.'
        """
        return f"{self.unit}: {self.status.label}. {self.reason}"


def _check_ranking(ranking: object) -> tuple[Ranked, ...]:
    if isinstance(ranking, (str, bytes, Mapping)) or not isinstance(ranking, Iterable):
        raise InvalidValueError("ranking", ranking, "expected the tuple rank() returns")
    entries = tuple(ranking)
    units: set[tuple[str | None, str]] = set()
    for entry in entries:
        if not isinstance(entry, Ranked):
            raise InvalidValueError("ranking", entry, "expected Ranked values")
        if (entry.group, entry.unit) in units:
            raise InvalidValueError("ranking", entry.unit, "unit listed twice")
        units.add((entry.group, entry.unit))
    return entries


def _by_group(entries: Iterable[Ranked]) -> dict[str | None, list[Ranked]]:
    groups: dict[str | None, list[Ranked]] = {}
    for entry in entries:
        groups.setdefault(entry.group, []).append(entry)
    for members in groups.values():
        members.sort(key=lambda e: (e.rank, e.unit))
    return groups


def _pick(
    candidates: Sequence[Ranked], places: int, chosen: str, tied_text: str
) -> list[Selection]:
    """Take ``places`` units in rank order; a block of equal rank over the edge is tied."""
    out: list[Selection] = []
    i = 0
    while i < len(candidates) and len(out) < places:
        j = i
        while j < len(candidates) and candidates[j].rank == candidates[i].rank:
            j += 1
        block = candidates[i:j]
        left = places - len(out)
        fits = len(block) <= left
        for e in block:
            where = f" cụm/khối {e.group}" if e.group is not None else ""
            if fits:
                reason = f"Hạng {e.rank}{where} với {fmt(e.total)} điểm; {chosen}."
                status = SelectionStatus.SELECTED
            else:
                reason = (
                    f"Đồng hạng {e.rank}{where} với {fmt(e.total)} điểm: {len(block)} đơn vị "
                    f"cho {left} suất còn lại; {tied_text}."
                )
                status = SelectionStatus.TIED
            out.append(
                trusted(
                    Selection,
                    unit=e.unit,
                    group=e.group,
                    rank=e.rank,
                    total=e.total,
                    status=status,
                    reason=reason,
                )
            )
        if not fits:
            break
        i = j
    return out


def leaders(ranking: Iterable[Ranked], *, count: int = 1) -> tuple[Selection, ...]:
    """The leading unit(s) of each group, proposed for the Cờ thi đua.

    One per group by default (practice: "tập thể dẫn đầu"; a limit of exactly one flag per
    cluster is not verified, law.md §9 item 13), configurable: seed 000 shows a bloc proposing
    two units. Units tied across the last place are all returned with status ``tied``, for the
    bloc to decide (usually by ballot, :mod:`mttq.voting`).

    Args:
        ranking: the output of :func:`rank`.
        count: the number of leaders per group.

    Returns:
        The selections, by group then rank then unit.

    Examples:
        >>> ranking = (Ranked(unit="MTTQ", rank=1, total=Decimal(98)),
        ...            Ranked(unit="HCCB", rank=2, total=Decimal(97)),
        ...            Ranked(unit="HND", rank=3, total=Decimal(95)))
        >>> [s.unit for s in leaders(ranking, count=2)]
        ['MTTQ', 'HCCB']
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InvalidValueError("count", count, "expected a whole number >= 1")
    entries = _check_ranking(ranking)
    out: list[Selection] = []
    for members in _by_group(entries).values():
        out.extend(
            _pick(
                members,
                count,
                "đơn vị dẫn đầu, đề nghị tặng Cờ thi đua",
                "cần bỏ phiếu hoặc quyết định thêm",
            )
        )
    return tuple(out)


def nominations(
    ranking: Iterable[Ranked],
    *,
    quota: Quota,
    exclude: Collection[str] = (),
    grades: Mapping[str, Rating | Grade] | None = None,
    min_grade: Rating | Grade | None = None,
    scheme: GradingScheme | None = None,
) -> tuple[Selection, ...]:
    """Bằng khen proposals: the best-ranked units of each group, within a quota.

    The quota is taken of the group's size (every ranked unit, including excluded ones).

    Args:
        ranking: the output of :func:`rank`.
        quota: a count or a fraction of the members with its rounding.
        exclude: units not to propose (typically the flag winners).
        grades: unit -> grade, needed with ``min_grade``.
        min_grade: the lowest grade that may be proposed (e.g. ``Rating.HTXSNV``).
        scheme: the scheme that orders the grades, needed with ``min_grade``.

    Returns:
        The selections, by group then rank then unit; units tied across the last place are
        all returned with status ``tied``.

    Raises:
        InvalidValueError: ``min_grade`` without ``grades`` and ``scheme``, or a unit without
            a grade.
        UnknownCodeError: a grade the scheme does not have.

    Examples:
        >>> ranking = tuple(Ranked(unit=u, rank=i + 1, total=Decimal(98 - i))
        ...                 for i, u in enumerate(["CM", "TN", "TP", "DQ", "VC", "LK"]))
        >>> [s.unit for s in nominations(ranking, quota=Quota(count=3), exclude={"CM"})]
        ['TN', 'TP', 'DQ']
    """
    if not isinstance(quota, Quota):
        raise InvalidValueError("quota", quota, "expected a Quota")
    entries = _check_ranking(ranking)
    if isinstance(exclude, str) or not isinstance(exclude, Iterable):
        raise InvalidValueError("exclude", exclude, "expected a collection of unit codes")
    excluded = frozenset(exclude)
    limit: int | None = None
    if min_grade is not None:
        if grades is None or scheme is None:
            raise InvalidValueError("min_grade", min_grade, "needs grades and scheme")
        if not isinstance(scheme, GradingScheme):
            raise InvalidValueError("scheme", scheme, "expected a GradingScheme")
        limit = scheme.position(min_grade)
    out: list[Selection] = []
    for members in _by_group(entries).values():
        places = quota.places(len(members))
        eligible: list[Ranked] = []
        for e in members:
            if e.unit in excluded:
                continue
            if limit is not None:
                assert grades is not None
                assert scheme is not None
                grade = grades.get(e.unit)
                if grade is None:
                    raise InvalidValueError(f"grades[{e.unit}]", None, "the unit has no grade")
                if scheme.position(grade) > limit:
                    continue
            eligible.append(e)
        out.extend(
            _pick(
                eligible,
                places,
                f"trong chỉ tiêu {quota.describe()}, đề nghị tặng Bằng khen",
                "cần bỏ phiếu hoặc quyết định thêm",
            )
        )
    return tuple(out)
