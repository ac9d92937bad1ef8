"""Score sheets and totals: :func:`score` one unit's sheet, :func:`score_all` a group's.

At the year end each member of a khối or cụm thi đua scores itself (tự chấm) against the
bloc's :class:`~mttq.scoring.rubric.Rubric`, the bloc agrees on the scores (bình xét), and
members may score one another (chấm chéo, an optional mode). A :class:`ScoreSheet` holds one
unit's self, cross and agreed scores and its bonus and deduction items (:class:`ScoreItem`)
with reasons and evidence; :func:`score` turns it into a :class:`ScoreResult` with every step
shown. All arithmetic is in :class:`~decimal.Decimal`. A mapping field (the scores of a sheet,
the points per criterion of a result) holds a read-only copy of the mapping given.

Errors are located relative to the arguments: a score over its criterion's maximum in
``score(rubric, sheet)`` is at ``("agreed_scores", "1")``; in ``score_all(rubric, sheets)`` at
``("sheets", 2, "agreed_scores", "1")``; a bonus or deduction item at ``("items", 0)``.

Examples:
    >>> from decimal import Decimal
    >>> from mttq.scoring.rubric import Criterion, Rubric
    >>> table = Rubric(id="vi-du", title="Bảng điểm ví dụ", criteria=(
    ...     Criterion(id="1", title="Công tác tuyên truyền", max_points=Decimal(60)),
    ...     Criterion(id="2", title="Công tác giám sát", max_points=Decimal(40)),
    ... ))
    >>> sheet = ScoreSheet(unit="HND", agreed_scores={"1": Decimal("55.5"), "2": Decimal(38)})
    >>> score(table, sheet).total
    Decimal('93.5')

Sources:
    * [S24], [S25], [S26] (self, agreed and cross scores, bonus and deduction items in use).
"""

from __future__ import annotations

import operator
from collections.abc import Collection, Iterable, Mapping
from decimal import (
    ROUND_HALF_UP,
    Context,
    Decimal,
    DecimalException,
    Inexact,
    InvalidOperation,
)
from itertools import repeat
from typing import cast

import attrs

from mttq.codes import CodeEnum
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.fields import MAX_PLACES, MAX_POINTS, FrozenDict
from mttq.scoring.codes import (
    ZERO,
    as_decimal_req,
    as_points_map,
    as_text,
    as_tuple,
    check_code,
    check_labelled,
    check_points,
    check_text,
    fmt,
    suggest,
    trusted,
)
from mttq.scoring.rubric import CriterionKind, Rubric, RubricIndex, index_of

__all__ = [
    "Basis",
    "CrossScore",
    "ScoreItem",
    "ScoreResult",
    "ScoreSheet",
    "score",
    "score_all",
]

_CONTENT = CriterionKind.CONTENT


class Basis(CodeEnum):
    """Which of a sheet's scores a total is computed from.

    ``cross-mean`` is the mean of the cross scores (chấm chéo) per criterion, rounded half up
    to the rubric's ``precision``.

    Examples:
        >>> Basis("agreed").label
        'điểm bình xét thống nhất'
    """

    SELF = "self", "điểm tự chấm"
    AGREED = "agreed", "điểm bình xét thống nhất"
    CROSS_MEAN = "cross-mean", "điểm chấm chéo bình quân"


# --- sheets ---------------------------------------------------------------------------------


#: Quantizing to the points grid in this context raises unless the value is on the grid.
_GRID = Decimal(1).scaleb(-MAX_PLACES)
_GRID_CONTEXT = Context(prec=28, traps=[InvalidOperation, Inexact])


def _plain_points(scores: Mapping[object, object]) -> bool:
    """Whether every key is a text id and every value valid points in ``0..MAX_POINTS``.

    The fast test of a whole map, run in C; when it fails, the item-by-item check finds and
    names the offending entry.
    """
    values = scores.values()
    if not values:
        return True
    if set(map(type, scores)) != {str} or "" in scores or set(map(type, values)) != {Decimal}:
        return False
    numbers = cast("Iterable[Decimal]", values)
    try:
        for _ in map(_GRID_CONTEXT.quantize, numbers, repeat(_GRID)):
            pass
        return min(numbers) >= 0 and max(numbers) <= MAX_POINTS
    except DecimalException:  # off the grid, NaN or infinite: the slow check says which
        return False


def _check_points_map(owner: str, unit: str, field: str, scores: object) -> None:
    if not isinstance(scores, Mapping):
        raise InvalidValueError(f"{owner}.{field}", scores, "expected a mapping of id -> points")
    if _plain_points(scores):
        return
    for key, value in scores.items():
        if not isinstance(key, str) or not key:
            raise InvalidValueError(f"{owner}.{field}", key, f"unit {unit}: bad criterion id")
        what = f"unit {unit}, criterion {key}"
        check_points(f"{owner}.{field}[{key}]", value, what=what)
        if value < 0:
            raise InvalidValueError(f"{owner}.{field}[{key}]", value, f"is negative ({what})")


@attrs.frozen(kw_only=True)
class CrossScore:
    """The scores one member unit gave another (chấm chéo).

    Attributes:
        by: the code of the unit that scored.
        scores: criterion id -> points, for content criteria without sub-criteria (kept as a
            read-only copy).

    Examples:
        >>> CrossScore(by="HLHPN", scores={"1": 50}).scores
        {'1': Decimal('50')}
    """

    by: str = attrs.field(converter=as_text)
    scores: Mapping[str, Decimal] = attrs.field(converter=as_points_map)

    def __attrs_post_init__(self) -> None:
        check_code("cross_score.by", self.by)
        _check_points_map("cross_score", f"{self.by} (cross score)", "scores", self.scores)


@attrs.frozen(kw_only=True)
class ScoreItem:
    """A bonus or deduction with its reason and evidence (minh chứng).

    Attributes:
        criterion: the id of a bonus or deduction criterion of the rubric.
        points: how many points, positive (a deduction is written as a positive number).
        reason: why, in Vietnamese.
        evidence: the document or record that proves it.

    Examples:
        >>> ScoreItem(criterion="T1", points=10, reason="Cờ thi đua của UBND thành phố").points
        Decimal('10')
    """

    criterion: str = attrs.field(converter=as_text)
    points: Decimal = attrs.field(converter=as_decimal_req)
    reason: str = attrs.field(converter=as_text)
    evidence: str = attrs.field(default="", converter=as_text)

    def __attrs_post_init__(self) -> None:
        check_code("score_item.criterion", self.criterion)
        where = f"score_item[{self.criterion}]"
        check_points(f"{where}.points", self.points, what=f"criterion {self.criterion}")
        if self.points <= 0:
            raise InvalidValueError(f"{where}.points", self.points, "must be positive")
        check_text(f"{where}.reason", self.reason)
        check_text(f"{where}.evidence", self.evidence, empty=True)


@attrs.frozen(kw_only=True)
class ScoreSheet:
    """One unit's scores for the year.

    Attributes:
        unit: the unit's code.
        self_scores: the unit's own scores (tự chấm), criterion id -> points (kept, like
            ``agreed_scores``, as a read-only copy).
        agreed_scores: the scores the bloc agreed (bình xét).
        cross_scores: scores given by other members, one per scorer.
        items: bonus and deduction items with reasons and evidence.

    Only criteria without sub-criteria are scored; an omitted criterion counts 0 points and
    is listed in :attr:`ScoreResult.missing`. An empty mapping means "not given".

    Raises:
        InvalidValueError: float, NaN or infinite points, negative points, a unit scoring
            itself, or two cross scores by one unit; the message names unit and criterion.

    Examples:
        >>> ScoreSheet(unit="HND", self_scores={"1": 60}).self_scores
        {'1': Decimal('60')}
    """

    unit: str = attrs.field(converter=as_text)
    self_scores: Mapping[str, Decimal] = attrs.field(factory=dict, converter=as_points_map)
    agreed_scores: Mapping[str, Decimal] = attrs.field(factory=dict, converter=as_points_map)
    cross_scores: tuple[CrossScore, ...] = ()
    items: tuple[ScoreItem, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_code("sheet.unit", self.unit)
        owner = f"sheet[{self.unit}]"
        _check_points_map(owner, self.unit, "self_scores", self.self_scores)
        _check_points_map(owner, self.unit, "agreed_scores", self.agreed_scores)
        crosses = as_tuple(f"{owner}.cross_scores", self.cross_scores, CrossScore)
        object.__setattr__(self, "cross_scores", crosses)
        object.__setattr__(self, "items", as_tuple(f"{owner}.items", self.items, ScoreItem))
        scorers: set[str] = set()
        for cross in self.cross_scores:
            if cross.by == self.unit:
                raise InvalidValueError(
                    f"{owner}.cross_scores", cross.by, "a unit cannot cross-score itself"
                )
            if cross.by in scorers:
                raise InvalidValueError(f"{owner}.cross_scores", cross.by, "scored this unit twice")
            scorers.add(cross.by)


@attrs.frozen(kw_only=True)
class ScoreResult:
    """A unit's total for the year under one rubric, with every step shown.

    Attributes:
        unit: the unit's code.
        rubric: the rubric's id.
        basis: which scores the total is computed from.
        total: content + bonus - deductions, never below 0 and, unless the rubric allows it,
            never above its nominal maximum.
        content: the content points.
        bonus: the bonus points counted (after caps).
        deductions: the points deducted (after caps), as a positive number.
        bonus_claimed: the bonus points of the items before the rubric's total cap.
        deductions_claimed: the deduction points of the items before the total cap.
        criteria: points per content criterion (every level of the tree), read-only.
        sections: points per top-level content criterion, read-only.
        self_total: the total the self scores give, if any.
        agreed_total: the total the agreed scores give, if any.
        gap: ``self_total - agreed_total`` when both are known (how far the unit over-scored).
        cut: points cut from the total by the nominal maximum or the floor of 0.
        missing: content criteria that the basis scores left blank (counted as 0).
        nominal_max: the rubric's nominal total (for "97/100").
        bonus_items: the bonus items taken into account.
        deduction_items: the deduction items taken into account.

    Examples:
        >>> from mttq.scoring.rubric import Criterion, CriterionKind, Rubric
        >>> r = Rubric(id="r", title="R", criteria=(
        ...     Criterion(id="1", title="A", max_points=Decimal(90)),))
        >>> s = ScoreSheet(unit="X", self_scores={"1": 88}, agreed_scores={"1": 85})
        >>> score(r, s).gap
        Decimal('3')

    Raises:
        InvalidValueError: built by hand with a field of the wrong type (the error names the
            field); :func:`score` builds its results through a fast path without the check.
    """

    unit: str
    rubric: str
    basis: Basis
    total: Decimal
    content: Decimal
    bonus: Decimal
    deductions: Decimal
    bonus_claimed: Decimal
    deductions_claimed: Decimal
    criteria: Mapping[str, Decimal]
    sections: Mapping[str, Decimal]
    self_total: Decimal | None
    agreed_total: Decimal | None
    gap: Decimal | None
    cut: Decimal
    missing: tuple[str, ...]
    nominal_max: Decimal
    bonus_items: tuple[ScoreItem, ...] = ()
    deduction_items: tuple[ScoreItem, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_labelled(self)

    def explain(self) -> str:
        """Explain the total in Vietnamese, step by step.

        Examples:
            >>> from mttq.scoring.rubric import Criterion, Rubric
            >>> r = Rubric(id="r", title="R", nominal_max=Decimal(100), criteria=(
            ...     Criterion(id="1", title="Tuyên giáo", max_points=Decimal(90)),))
            >>> print(score(r, ScoreSheet(unit="HND", agreed_scores={"1": 87})).explain())
            Đơn vị HND: 87/100 điểm (theo điểm bình xét thống nhất, bảng điểm r).
            - Điểm nội dung: 87.
              + 1: 87.
            - Điểm thưởng: 0.
            - Điểm trừ: 0.
        """
        lines = [
            (
                f"Đơn vị {self.unit}: {fmt(self.total)}/{fmt(self.nominal_max)} điểm "
                f"(theo {self.basis.label}, bảng điểm {self.rubric})."
            ),
            f"- Điểm nội dung: {fmt(self.content)}.",
        ]
        lines.extend(f"  + {sid}: {fmt(points)}." for sid, points in self.sections.items())
        bonus = f"- Điểm thưởng: {fmt(self.bonus)}"
        if self.bonus_claimed != self.bonus:
            bonus += f" (đề nghị {fmt(self.bonus_claimed)}, tính tối đa theo bảng điểm)"
        lines.append(bonus + ".")
        lines.extend(
            f"  + {fmt(i.points)} ({i.criterion}): {i.reason}" + self._evidence(i)
            for i in self.bonus_items
        )
        ded = f"- Điểm trừ: {fmt(self.deductions)}"
        if self.deductions_claimed != self.deductions:
            ded += f" (phát sinh {fmt(self.deductions_claimed)}, trừ tối đa theo bảng điểm)"
        lines.append(ded + ".")
        lines.extend(
            f"  - {fmt(i.points)} ({i.criterion}): {i.reason}" + self._evidence(i)
            for i in self.deduction_items
        )
        if self.cut:
            lines.append(f"- Điều chỉnh theo giới hạn của bảng điểm: {fmt(-self.cut)}.")
        if self.missing:
            lines.append("- Tiêu chí chưa chấm (tính 0 điểm): " + ", ".join(self.missing) + ".")
        if self.self_total is not None and self.basis is not Basis.SELF:
            lines.append(f"- Điểm tự chấm: {fmt(self.self_total)}.")
        if self.gap is not None:
            sign = "+" if self.gap > 0 else ""
            lines.append(f"- Chênh lệch tự chấm so với bình xét: {sign}{fmt(self.gap)}.")
        return "\n".join(lines)

    @staticmethod
    def _evidence(item: ScoreItem) -> str:
        return f" (minh chứng: {item.evidence})." if item.evidence else "."


def _check_scores(
    index: RubricIndex, rubric: Rubric, unit: str, field: str, scores: Mapping[str, Decimal]
) -> None:
    """Check one points map against the rubric: known leaf ids, points within the maxima."""
    leaves = index.leaves
    if scores.keys() <= leaves.keys():
        # the common case: only the values need checking (the fast test runs in C)
        if all(map(operator.le, scores.values(), map(leaves.__getitem__, scores))):
            return
        key, value = next((k, v) for k, v in scores.items() if v > leaves[k])
        raise InvalidValueError(
            f"sheet[{unit}].{field}[{key}]",
            value,
            f"above the maximum {leaves[key]} of criterion {key} (unit {unit})",
        )
    for key, value in scores.items():
        if key in leaves:
            continue
        kind = index.kinds.get(key)
        if kind is None:
            raise UnknownCodeError(
                f"criterion (unit {unit}, {field}) in rubric {rubric.id}",
                key,
                suggest(key, index.kinds),
            )
        if kind is not _CONTENT:
            raise InvalidValueError(
                f"sheet[{unit}].{field}[{key}]",
                value,
                f"criterion {key} is a {kind.value} criterion: give it as a ScoreItem",
            )
        raise InvalidValueError(
            f"sheet[{unit}].{field}[{key}]",
            value,
            f"criterion {key} has sub-criteria: score those instead (unit {unit})",
        )


def _node_points(index: RubricIndex, scores: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Every content node's points from checked leaf scores (blank leaves count 0)."""
    get = scores.get
    points = {key: get(key, ZERO) for key in index.leaves}
    for node_id, child_ids, cap in index.parents:
        subtotal = sum(map(points.__getitem__, child_ids), ZERO)
        points[node_id] = subtotal if cap is None or subtotal <= cap else cap
    return points


def _content_points(
    index: RubricIndex, rubric: Rubric, unit: str, field: str, scores: Mapping[str, Decimal]
) -> dict[str, Decimal]:
    """Check one points map against the rubric and compute every content node's points."""
    _check_scores(index, rubric, unit, field, scores)
    return _node_points(index, scores)


def _total(
    rubric: Rubric, content: Decimal, bonus: Decimal, deductions: Decimal
) -> tuple[Decimal, Decimal]:
    """Return (total, cut) for content + bonus - deductions under the rubric's limits."""
    raw = content + bonus - deductions
    total = raw if raw > 0 else ZERO
    if not rubric.allow_over_max:
        nominal = rubric.nominal
        total = min(total, nominal)
    return total, (raw - total if raw != total else ZERO)


def _extras(
    index: RubricIndex, rubric: Rubric, sheet: ScoreSheet
) -> tuple[Decimal, Decimal, Decimal, Decimal, tuple[str, ...]]:
    """Return bonus, deductions (after caps), their claimed sums and the bonus item ids."""
    if not sheet.items:
        return ZERO, ZERO, ZERO, ZERO, ()
    claimed: dict[str, Decimal] = {}
    for item in sheet.items:
        entry = index.extra_leaves.get(item.criterion)
        if entry is None:
            kind = index.kinds.get(item.criterion)
            if kind is None:
                raise UnknownCodeError(
                    f"criterion (unit {sheet.unit}, items) in rubric {rubric.id}",
                    item.criterion,
                    suggest(item.criterion, index.extra_leaves),
                )
            reason = (
                "is a content criterion: score it in the score maps"
                if kind is _CONTENT
                else "has sub-criteria: give the item for one of those"
            )
            raise InvalidValueError(
                f"sheet[{sheet.unit}].items", item.criterion, f"{reason} (unit {sheet.unit})"
            )
        claimed[item.criterion] = claimed.get(item.criterion, ZERO) + item.points
    for key, value in claimed.items():
        limit = index.extra_leaves[key][0]
        if value > limit:
            raise InvalidValueError(
                f"sheet[{sheet.unit}].items[{key}]",
                value,
                f"above the maximum {limit} of criterion {key} (unit {sheet.unit})",
            )
    points = {key: claimed.get(key, ZERO) for key in index.extra_leaves}
    for node_id, child_ids, cap, _kind in index.extra_parents:
        subtotal = sum(map(points.__getitem__, child_ids), ZERO)
        points[node_id] = subtotal if cap is None or subtotal <= cap else cap
    bonus = sum((points[t] for t, k in index.extra_tops if k is CriterionKind.BONUS), ZERO)
    deductions = sum((points[t] for t, k in index.extra_tops if k is not CriterionKind.BONUS), ZERO)
    bonus_claimed = sum(
        (v for k, v in claimed.items() if index.kinds[k] is CriterionKind.BONUS), ZERO
    )
    deductions_claimed = sum(claimed.values(), ZERO) - bonus_claimed
    if rubric.bonus_cap is not None and bonus > rubric.bonus_cap:
        bonus = rubric.bonus_cap
    if rubric.deduction_cap is not None and deductions > rubric.deduction_cap:
        deductions = rubric.deduction_cap
    bonus_ids = tuple(k for k in claimed if index.kinds[k] is CriterionKind.BONUS)
    return bonus, deductions, bonus_claimed, deductions_claimed, bonus_ids


def _cross_mean(index: RubricIndex, rubric: Rubric, sheet: ScoreSheet) -> dict[str, Decimal]:
    count = Decimal(len(sheet.cross_scores))
    maps = [cross.scores for cross in sheet.cross_scores]
    for cross in sheet.cross_scores:
        _check_scores(index, rubric, sheet.unit, f"cross_scores[{cross.by}]", cross.scores)
    first = maps[0]
    if all(m.keys() == first.keys() for m in maps):
        keys = list(first)
        columns = [list(map(m.__getitem__, keys)) for m in maps]
        sums: list[Decimal] = [sum(column, ZERO) for column in zip(*columns, strict=True)]
    else:
        keys = [k for k in index.leaves if any(k in m for m in maps)]
        sums = [sum((m.get(k, ZERO) for m in maps), ZERO) for k in keys]
    round_half_up = operator.methodcaller("quantize", rubric.precision, ROUND_HALF_UP)
    means = list(map(round_half_up, map(operator.truediv, sums, [count] * len(sums))))
    if not index.on_grid:
        # a mean of points within a maximum stays within it, unless rounding crosses a
        # maximum that is not a multiple of the precision: keep it within the maximum then
        means = list(map(min, means, map(index.leaves.__getitem__, keys)))
    return dict(zip(keys, means, strict=True))


_BASES = {b.value: b for b in Basis}


def _parse_basis(basis: object) -> Basis:
    if isinstance(basis, Basis):
        return basis
    if isinstance(basis, str):
        found = _BASES.get(basis)
        return found if found is not None else Basis.parse(basis)
    raise InvalidValueError("basis", basis, "expected 'self', 'agreed' or 'cross-mean'")


def score(rubric: Rubric, sheet: ScoreSheet, *, basis: Basis | str = "agreed") -> ScoreResult:
    """Compute one unit's total under a rubric.

    Args:
        rubric: the bloc's table for the year.
        sheet: the unit's scores, bonus and deduction items.
        basis: ``"agreed"`` (default, the scores the bloc agreed), ``"self"`` or
            ``"cross-mean"`` (the mean of the cross scores, rounded half up per criterion
            to ``rubric.precision``).

    Returns:
        The total with every step.

    Raises:
        InvalidValueError: the basis has no scores on the sheet, a score is above its
            criterion's maximum, or a score names a section or a bonus/deduction criterion;
            the message names the unit and the criterion.
        UnknownCodeError: a criterion id the rubric does not have.

    Examples:
        >>> from mttq.scoring.rubric import Criterion, CriterionKind, Rubric
        >>> r = Rubric(id="hcm", title="Mẫu quận", nominal_max=Decimal(100),
        ...            allow_over_max=True, criteria=(
        ...     Criterion(id="1", title="Các sở chấm", max_points=Decimal(100)),
        ...     Criterion(id="C", title="Cờ thi đua", max_points=Decimal(15),
        ...               kind=CriterionKind.BONUS)))
        >>> s = ScoreSheet(unit="Q1", agreed_scores={"1": 97},
        ...                items=(ScoreItem(criterion="C", points=10, reason="Cờ thành phố"),))
        >>> score(r, s).total
        Decimal('107')
    """
    if not isinstance(rubric, Rubric):
        raise InvalidValueError("rubric", rubric, "expected a Rubric")
    if not isinstance(sheet, ScoreSheet):
        raise InvalidValueError("sheet", sheet, "expected a ScoreSheet")
    chosen = _parse_basis(basis)
    index = index_of(rubric)
    unit = sheet.unit
    bonus, deductions, bonus_claimed, deductions_claimed, bonus_ids = _extras(index, rubric, sheet)
    self_points = (
        _content_points(index, rubric, unit, "self_scores", sheet.self_scores)
        if sheet.self_scores
        else None
    )
    agreed_points = (
        _content_points(index, rubric, unit, "agreed_scores", sheet.agreed_scores)
        if sheet.agreed_scores
        else None
    )
    if chosen is Basis.SELF:
        given: Mapping[str, Decimal] = sheet.self_scores
        points = self_points
    elif chosen is Basis.AGREED:
        given = sheet.agreed_scores
        points = agreed_points
    else:
        given = _cross_mean(index, rubric, sheet) if sheet.cross_scores else {}
        points = _node_points(index, given) if given else None
    if points is None:
        raise InvalidValueError(
            "basis", chosen.value, f"the sheet of unit {unit} has no {chosen.value} scores"
        )

    def full(p: dict[str, Decimal] | None) -> Decimal | None:
        if p is None:
            return None
        content = sum(map(p.__getitem__, index.sections), ZERO)
        return _total(rubric, content, bonus, deductions)[0]

    content = sum(map(points.__getitem__, index.sections), ZERO)
    total, cut = _total(rubric, content, bonus, deductions)
    self_total = total if chosen is Basis.SELF else full(self_points)
    agreed_total = total if chosen is Basis.AGREED else full(agreed_points)
    gap = None if self_total is None or agreed_total is None else self_total - agreed_total
    return trusted(
        ScoreResult,
        unit=unit,
        rubric=rubric.id,
        basis=chosen,
        total=total,
        content=content,
        bonus=bonus,
        deductions=deductions,
        bonus_claimed=bonus_claimed,
        deductions_claimed=deductions_claimed,
        criteria=FrozenDict({k: points[k] for k in index.content_ids}),
        sections=FrozenDict({k: points[k] for k in index.sections}),
        self_total=self_total,
        agreed_total=agreed_total,
        gap=gap,
        cut=cut,
        missing=tuple(k for k in index.leaves if k not in given),
        nominal_max=rubric.nominal,
        bonus_items=tuple(i for i in sheet.items if i.criterion in bonus_ids),
        deduction_items=tuple(i for i in sheet.items if i.criterion not in bonus_ids),
    )


def score_all(
    rubric: Rubric,
    sheets: Iterable[ScoreSheet],
    *,
    basis: Basis | str = "agreed",
    members: Collection[str] | None = None,
) -> tuple[ScoreResult, ...]:
    """Score every sheet of a group; the results are ordered by unit code.

    Args:
        rubric: the group's table for the year.
        sheets: one sheet per unit, in any order.
        basis: as in :func:`score`.
        members: the group's member codes; when given, every sheet and every cross scorer
            must be a member.

    Returns:
        One result per sheet, ordered by unit code (so the input order never matters).

    Raises:
        InvalidValueError: two sheets for one unit, or a sheet or cross score by a unit
            outside the group (the message names the unit).

    Examples:
        >>> from mttq.scoring.rubric import Criterion, CriterionKind, Rubric
        >>> r = Rubric(id="r", title="R", criteria=(
        ...     Criterion(id="1", title="A", max_points=Decimal(100)),))
        >>> sheets = [ScoreSheet(unit=u, agreed_scores={"1": p}) for u, p in [("B", 90), ("A", 95)]]
        >>> [(x.unit, x.total) for x in score_all(r, sheets, members={"A", "B"})]
        [('A', Decimal('95')), ('B', Decimal('90'))]
    """
    if isinstance(sheets, (str, bytes, Mapping)) or not isinstance(sheets, Iterable):
        raise InvalidValueError("sheets", sheets, "expected an iterable of ScoreSheet")
    member_set: frozenset[str] | None = None
    if members is not None:
        if isinstance(members, str) or not isinstance(members, Iterable):
            raise InvalidValueError("members", members, "expected a collection of unit codes")
        member_set = frozenset(members)
    by_unit: dict[str, ScoreSheet] = {}
    for sheet in sheets:
        if not isinstance(sheet, ScoreSheet):
            raise InvalidValueError("sheets", sheet, "expected a ScoreSheet")
        if sheet.unit in by_unit:
            raise InvalidValueError("sheets", sheet.unit, "two score sheets for one unit")
        if member_set is not None:
            if sheet.unit not in member_set:
                raise InvalidValueError(
                    "sheets", sheet.unit, "the unit is not a member of the group"
                )
            for cross in sheet.cross_scores:
                if cross.by not in member_set:
                    raise InvalidValueError(
                        f"sheet[{sheet.unit}].cross_scores",
                        cross.by,
                        "the scoring unit is not a member of the group",
                    )
        by_unit[sheet.unit] = sheet
    return tuple(score(rubric, by_unit[u], basis=basis) for u in sorted(by_unit))
