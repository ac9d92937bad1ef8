"""A bloc's scoring table: :class:`Criterion` trees in a :class:`Rubric`, and its index.

A rubric (bảng chấm điểm) is a tree of criteria of three kinds (content, bonus ``điểm
thưởng``, deduction ``điểm trừ``) with caps. Real tables total 90 to 100 points, carry bonus
and deduction points and may exceed 100 with flag bonuses (90 content + 10 bonus in Long Mỹ's
87/KH-MTTQ-BTT of 2018; self-scores up to 95 with deductions in TP HCM's 15/HD-MTTQ-BTT of
2016; 97 + 10 = 107 in the TP HCM district template). A parent criterion's maximum is the sum
of its children's unless it states its own, which is then a cap on that sum. Every value
checks its fields when built, so a wrong one cannot exist. :func:`index_of` builds, once per
rubric, the lookups the engine of :mod:`mttq.scoring.sheets` needs (:class:`RubricIndex`).

Examples:
    >>> from decimal import Decimal
    >>> table = Rubric(id="vi-du", title="Bảng điểm ví dụ", criteria=(
    ...     Criterion(id="1", title="Công tác tuyên truyền", max_points=Decimal(60)),
    ...     Criterion(id="2", title="Công tác giám sát", max_points=Decimal(40)),
    ... ))
    >>> table.content_max, table.find("2").title
    (Decimal('100'), 'Công tác giám sát')

Sources:
    * [S24] Long Mỹ UBMTTQ 87/KH-MTTQ-BTT (2018); [S25] 15/HD-MTTQ-BTT (TP HCM, 2016);
      [S26] the TP HCM district template.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from datetime import date
from decimal import (
    Decimal,
)

import attrs

from mttq.codes import CodeEnum
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.scoring.codes import (
    MAX_DEPTH,
    PRECISIONS,
    ZERO,
    as_decimal,
    as_decimal_req,
    as_text,
    as_tuple,
    check_code,
    check_dates,
    check_points,
    check_text,
    suggest,
)

__all__ = [
    "Criterion",
    "CriterionKind",
    "Rubric",
    "RubricIndex",
    "index_of",
]


class CriterionKind(CodeEnum):
    """What a criterion's points do to the total.

    Examples:
        >>> CriterionKind.parse("điểm thưởng") is CriterionKind.BONUS
        True
    """

    CONTENT = "content", "nội dung"
    BONUS = "bonus", "điểm thưởng"
    DEDUCTION = "deduction", "điểm trừ"


_CONTENT = CriterionKind.CONTENT


# --- rubric ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, cache_hash=True)
class Criterion:
    """One line of a scoring table, possibly with sub-criteria.

    Attributes:
        id: the criterion's code in the table (``"1"``, ``"1.2"``, ``"II.3"``), unique in it.
        title: the Vietnamese wording.
        max_points: the most points it gives. Required for a criterion without children;
            for a parent, ``None`` means the sum of its children's maxima, and a number is a
            cap on that sum (the children may then add up to more, as in "any of these, up to
            5 points"). No child may have a larger maximum than its parent.
        children: the sub-criteria, all of the parent's kind.
        kind: content, bonus (điểm thưởng, added) or deduction (điểm trừ, subtracted).
        note: free text, such as what evidence is expected.

    Raises:
        InvalidValueError: a missing or non-positive maximum, a child above its parent, mixed
            kinds, duplicate ids or a tree deeper than :data:`MAX_DEPTH`.

    Examples:
        >>> tuyen_giao = Criterion(
        ...     id="1",
        ...     title="Công tác tuyên giáo",
        ...     children=(
        ...         Criterion(id="1.1", title="Có kế hoạch, báo cáo", max_points=Decimal(3)),
        ...         Criterion(id="1.2", title="Tuyên truyền", max_points=Decimal(9)),
        ...     ),
        ... )
        >>> tuyen_giao.maximum
        Decimal('12')
    """

    id: str = attrs.field(converter=as_text)
    title: str = attrs.field(converter=as_text)
    max_points: Decimal | None = attrs.field(default=None, converter=as_decimal)
    children: tuple[Criterion, ...] = ()
    kind: CriterionKind = CriterionKind.CONTENT
    note: str = attrs.field(default="", converter=as_text)

    def __attrs_post_init__(self) -> None:
        check_code("criterion.id", self.id)
        where = f"criterion[{self.id}]"
        check_text(f"{where}.title", self.title)
        check_text(f"{where}.note", self.note, empty=True)
        kind: object = self.kind
        if not isinstance(kind, CriterionKind):
            if not isinstance(kind, str):
                raise InvalidValueError(f"{where}.kind", kind, "expected a CriterionKind")
            object.__setattr__(self, "kind", CriterionKind.parse(kind))
        children = as_tuple(f"{where}.children", self.children, Criterion)
        object.__setattr__(self, "children", children)
        if self.max_points is not None:
            check_points(f"{where}.max_points", self.max_points)
            if self.max_points <= 0:
                raise InvalidValueError(f"{where}.max_points", self.max_points, "must be positive")
        if not self.children:
            if self.max_points is None:
                raise InvalidValueError(
                    f"{where}.max_points", None, "a criterion without sub-criteria needs a maximum"
                )
            return
        seen: set[str] = set()
        depth = 1
        stack: list[tuple[Criterion, int]] = [(c, 2) for c in self.children]
        while stack:
            node, level = stack.pop()
            depth = max(depth, level)
            if node.id in seen or node.id == self.id:
                raise InvalidValueError("criterion.id", node.id, f"appears twice under {self.id}")
            seen.add(node.id)
            stack.extend((c, level + 1) for c in node.children)
        if depth > MAX_DEPTH:
            raise InvalidValueError(
                f"{where}.children", depth, f"criteria nest at most {MAX_DEPTH} levels deep"
            )
        total = ZERO
        for child in self.children:
            if child.kind is not self.kind:
                raise InvalidValueError(
                    f"criterion[{child.id}].kind",
                    child.kind.value,
                    f"differs from its parent {self.id} ({self.kind.value})",
                )
            child_max = child.maximum
            if self.max_points is not None and child_max > self.max_points:
                raise InvalidValueError(
                    f"criterion[{child.id}].max_points",
                    child_max,
                    f"exceeds the maximum {self.max_points} of its parent {self.id}",
                )
            total += child_max
        if self.max_points is not None and total < self.max_points:
            raise InvalidValueError(
                f"{where}.max_points",
                self.max_points,
                f"its sub-criteria add up to only {total}, so it can never be reached",
            )

    @property
    def maximum(self) -> Decimal:
        """The most points this criterion can give (its cap, or its children's sum).

        Examples:
            >>> Criterion(id="a", title="A", max_points=Decimal(5)).maximum
            Decimal('5')
        """
        if self.max_points is not None:
            return self.max_points
        return sum((c.maximum for c in self.children), ZERO)

    def walk(self) -> Iterable[Criterion]:
        """Yield this criterion and all below it, parents before children.

        Examples:
            >>> parent = Criterion(id="1", title="A", children=(
            ...     Criterion(id="1.1", title="B", max_points=Decimal(1)),))
            >>> [c.id for c in parent.walk()]
            ['1', '1.1']
        """
        yield self
        for child in self.children:
            yield from child.walk()


@attrs.frozen
class RubricIndex:
    """Precomputed lookups of one rubric (built once, cached per rubric)."""

    leaves: dict[str, Decimal]  # content leaf id -> max
    parents: tuple[tuple[str, tuple[str, ...], Decimal | None], ...]  # post-order
    sections: tuple[str, ...]
    content_ids: tuple[str, ...]  # every content criterion, pre-order
    extra_leaves: dict[str, tuple[Decimal, CriterionKind]]  # bonus/deduction leaf id -> max
    extra_parents: tuple[tuple[str, tuple[str, ...], Decimal | None, CriterionKind], ...]
    extra_tops: tuple[tuple[str, CriterionKind], ...]
    kinds: dict[str, CriterionKind]
    titles: dict[str, str]
    maxima: dict[str, Decimal]
    on_grid: bool  # every leaf maximum is a multiple of the rubric's precision


_INDEXES: weakref.WeakKeyDictionary[Rubric, RubricIndex] = weakref.WeakKeyDictionary()


@attrs.frozen(kw_only=True, cache_hash=True)
class Rubric:
    """A bloc's scoring table (bảng chấm điểm thi đua) for a year.

    Attributes:
        id: a short stable code for the table.
        title: its Vietnamese title.
        criteria: the top-level criteria: content sections, bonus and deduction groups.
        nominal_max: the table's nominal total ("thang điểm 100"); ``None`` means the content
            maximum plus the bonus maximum.
        bonus_cap: the most bonus points counted in all; ``None`` means the sum of the bonus
            criteria.
        deduction_cap: the most points deducted in all; ``None`` means the sum of the
            deduction criteria.
        allow_over_max: whether the total may exceed ``nominal_max`` (TP HCM's template lets
            flag bonuses take 97 to 107).
        precision: the step the mean of cross scores is rounded to (half up), per criterion:
            a power of ten from 1 to 0.0001 (:data:`PRECISIONS`).
        effective_from: the first day the table applies, if known.
        effective_to: the last day it applies, if known.
        source: the document that sets it (number and article).

    Raises:
        InvalidValueError: no content criterion, duplicate ids, negative caps, or dates out of
            order.

    Examples:
        >>> table = Rubric(
        ...     id="long-my-2018",
        ...     title="Bảng điểm thi đua MTTQ xã",
        ...     criteria=(
        ...         Criterion(id="1", title="Nội dung", max_points=Decimal(90)),
        ...         Criterion(id="T", title="Điểm thưởng", max_points=Decimal(10),
        ...                   kind=CriterionKind.BONUS),
        ...     ),
        ... )
        >>> table.content_max, table.bonus_max, table.ceiling
        (Decimal('90'), Decimal('10'), Decimal('100'))
    """

    id: str = attrs.field(converter=as_text)
    title: str = attrs.field(converter=as_text)
    criteria: tuple[Criterion, ...]
    nominal_max: Decimal | None = attrs.field(default=None, converter=as_decimal)
    bonus_cap: Decimal | None = attrs.field(default=None, converter=as_decimal)
    deduction_cap: Decimal | None = attrs.field(default=None, converter=as_decimal)
    allow_over_max: bool = False
    precision: Decimal = attrs.field(default=Decimal("0.01"), converter=as_decimal_req)
    effective_from: date | None = None
    effective_to: date | None = None
    source: str = attrs.field(default="", converter=as_text)

    def __attrs_post_init__(self) -> None:
        check_code("rubric.id", self.id)
        where = f"rubric[{self.id}]"
        check_text(f"{where}.title", self.title)
        check_text(f"{where}.source", self.source, empty=True)
        criteria = as_tuple(f"{where}.criteria", self.criteria, Criterion)
        object.__setattr__(self, "criteria", criteria)
        seen: set[str] = set()
        for top in self.criteria:
            for node in top.walk():
                if node.id in seen:
                    raise InvalidValueError(f"{where}.criteria", node.id, "criterion id repeated")
                seen.add(node.id)
        if not any(c.kind is CriterionKind.CONTENT for c in self.criteria):
            raise InvalidValueError(f"{where}.criteria", (), "needs at least one content criterion")
        for name in ("nominal_max", "bonus_cap", "deduction_cap"):
            value = getattr(self, name)
            if value is None:
                continue
            check_points(f"{where}.{name}", value)
            if value < 0 or (value == 0 and name == "nominal_max"):
                raise InvalidValueError(f"{where}.{name}", value, "is out of range")
        precision: object = self.precision
        if (
            not isinstance(precision, Decimal)
            or not precision.is_finite()
            or precision not in PRECISIONS
        ):
            raise InvalidValueError(
                f"{where}.precision", precision, "expected 1, 0.1, 0.01, 0.001 or 0.0001"
            )
        if not isinstance(self.allow_over_max, bool):
            raise InvalidValueError(f"{where}.allow_over_max", self.allow_over_max, "expected bool")
        check_dates(where, self.effective_from, self.effective_to)

    def _sum(self, kind: CriterionKind) -> Decimal:
        return sum((c.maximum for c in self.criteria if c.kind is kind), ZERO)

    @property
    def content_max(self) -> Decimal:
        """The sum of the content criteria's maxima.

        Examples:
            >>> Rubric(id="r", title="R", criteria=(
            ...     Criterion(id="1", title="A", max_points=Decimal(95)),)).content_max
            Decimal('95')
        """
        return self._sum(CriterionKind.CONTENT)

    @property
    def bonus_max(self) -> Decimal:
        """The most bonus points that can count (the bonus criteria, capped by ``bonus_cap``).

        Examples:
            >>> Rubric(id="r", title="R", criteria=(
            ...     Criterion(id="1", title="A", max_points=Decimal(95)),)).bonus_max
            Decimal('0')
        """
        total = self._sum(CriterionKind.BONUS)
        return total if self.bonus_cap is None else min(total, self.bonus_cap)

    @property
    def deduction_max(self) -> Decimal:
        """The most points that can be deducted (capped by ``deduction_cap``).

        Examples:
            >>> Rubric(id="r", title="R", criteria=(
            ...     Criterion(id="1", title="A", max_points=Decimal(95)),)).deduction_max
            Decimal('0')
        """
        total = self._sum(CriterionKind.DEDUCTION)
        return total if self.deduction_cap is None else min(total, self.deduction_cap)

    @property
    def nominal(self) -> Decimal:
        """The nominal total: ``nominal_max`` or the content plus bonus maxima.

        Examples:
            >>> Rubric(id="r", title="R", nominal_max=Decimal(100), criteria=(
            ...     Criterion(id="1", title="A", max_points=Decimal(95)),)).nominal
            Decimal('100')
        """
        if self.nominal_max is not None:
            return self.nominal_max
        return self.content_max + self.bonus_max

    @property
    def ceiling(self) -> Decimal:
        """The highest total a sheet can reach under this table.

        Examples:
            >>> Rubric(id="r", title="R", nominal_max=Decimal(100), criteria=(
            ...     Criterion(id="1", title="A", max_points=Decimal(95)),)).ceiling
            Decimal('95')
        """
        top = self.content_max + self.bonus_max
        return top if self.allow_over_max else min(top, self.nominal)

    def in_force(self, on: date) -> bool:
        """Whether the table applies on the given day (unknown dates count as open).

        Examples:
            >>> from datetime import date
            >>> r = Rubric(id="r", title="R", effective_from=date(2024, 1, 1), criteria=(
            ...     Criterion(id="1", title="A", max_points=Decimal(95)),))
            >>> r.in_force(date(2023, 12, 31)), r.in_force(date(2024, 6, 1))
            (False, True)
        """
        if not isinstance(on, date):
            raise InvalidValueError("on", on, "expected a date")
        if self.effective_from is not None and on < self.effective_from:
            return False
        return self.effective_to is None or on <= self.effective_to

    def find(self, criterion_id: str) -> Criterion:
        """Return the criterion with this id, anywhere in the tree.

        Raises:
            UnknownCodeError: no such criterion (the closest ids are suggested).

        Examples:
            >>> r = Rubric(id="r", title="R", criteria=(
            ...     Criterion(id="1", title="Tuyên giáo", max_points=Decimal(95)),))
            >>> r.find("1").title
            'Tuyên giáo'
        """
        for top in self.criteria:
            for node in top.walk():
                if node.id == criterion_id:
                    return node
        known = [n.id for top in self.criteria for n in top.walk()]
        raise UnknownCodeError("criterion", criterion_id, suggest(criterion_id, known))


def index_of(rubric: Rubric) -> RubricIndex:
    """Build (once per rubric) the lookups :func:`score` needs."""
    cached = _INDEXES.get(rubric)
    if cached is not None:
        return cached
    leaves: dict[str, Decimal] = {}
    parents: list[tuple[str, tuple[str, ...], Decimal | None]] = []
    content_ids: list[str] = []
    extra_leaves: dict[str, tuple[Decimal, CriterionKind]] = {}
    extra_parents: list[tuple[str, tuple[str, ...], Decimal | None, CriterionKind]] = []
    kinds: dict[str, CriterionKind] = {}
    titles: dict[str, str] = {}
    maxima: dict[str, Decimal] = {}

    def visit(node: Criterion) -> None:
        kinds[node.id] = node.kind
        titles[node.id] = node.title
        maxima[node.id] = node.maximum
        if node.kind is CriterionKind.CONTENT:
            content_ids.append(node.id)
        for child in node.children:
            visit(child)
        if not node.children:
            if node.kind is CriterionKind.CONTENT:
                leaves[node.id] = node.maximum
            else:
                extra_leaves[node.id] = (node.maximum, node.kind)
        else:
            child_ids = tuple(c.id for c in node.children)
            if node.kind is CriterionKind.CONTENT:
                parents.append((node.id, child_ids, node.max_points))
            else:
                extra_parents.append((node.id, child_ids, node.max_points, node.kind))

    for top in rubric.criteria:
        visit(top)
    index = RubricIndex(
        leaves=leaves,
        parents=tuple(parents),
        sections=tuple(c.id for c in rubric.criteria if c.kind is CriterionKind.CONTENT),
        content_ids=tuple(content_ids),
        extra_leaves=extra_leaves,
        extra_parents=tuple(extra_parents),
        extra_tops=tuple((c.id, c.kind) for c in rubric.criteria if c.kind is not _CONTENT),
        kinds=kinds,
        titles=titles,
        maxima=maxima,
        on_grid=all(m % rubric.precision == 0 for m in leaves.values()),
    )
    _INDEXES[rubric] = index
    return index
