"""Scoring a bloc's year: rubrics, score sheets, totals, grades, rankings and nominations.

At the year end each member of a khối or cụm thi đua scores itself (tự chấm) against the
bloc's table (bảng chấm điểm), the bloc agrees on the scores (bình xét), ranks the members,
classifies them and proposes the leading unit(s) for the flag and others for the Bằng khen.
This module is the engine for all of that. It encodes no table of its own: rubrics and
grading schemes are values the caller passes in (the bundled national schemes live in
:mod:`mttq.rules.grading` and are re-exported by :mod:`mttq.scoring`).

* :class:`Criterion` and :class:`Rubric`: a scoring table as a tree of criteria of three kinds
  (content, bonus ``điểm thưởng``, deduction ``điểm trừ``) with caps. Real tables total 90 to
  100 points, carry bonus and deduction points and may exceed 100 with flag bonuses
  (practice.md §2: 90 content + 10 bonus in 87/KH-MTTQ-BTT Long Mỹ 2018; self-scores up to 95
  with deductions in 15/HD-MTTQ-BTT TP HCM 2016; 97 + 10 = 107 in the TP HCM district
  template). A parent criterion's maximum is the sum of its children's unless it states its
  own, which is then a cap on that sum.
* :class:`ScoreSheet` and :func:`score`: one unit's self, cross (chấm chéo, an optional mode:
  no rule requiring it was found) and agreed scores, bonus and deduction items with reasons and
  evidence, turned into a :class:`ScoreResult`. All arithmetic is in :class:`~decimal.Decimal`.
* :class:`GradingScheme` and :func:`classify`: bands with extra conditions (QĐ 366-QĐ/TW of
  2025 requires for HTXSNV that no member of the collective's leadership was disciplined).
* :func:`rank`: competition ranking (1, 2, 2, 4) with stated, configurable tie-breakers; the
  preference for women-led collectives is NĐ 152/2025/NĐ-CP Điều 4 khoản 6. No rule for other
  tie-breakers was found (practice.md §2), so which ones apply, and in what order, is the
  caller's choice; a tie that remains stays shared, never broken by input order.
* :func:`leaders` and :func:`nominations`: the leading unit(s) for the Cờ thi đua (one per group
  by default; seed 000 shows a bloc proposing two) and Bằng khen proposals under a quota.

Every value checks its fields when it is built, so a wrong one cannot exist: points are a
:class:`~decimal.Decimal` (or an int) within ±:data:`MAX_POINTS` with at most
:data:`MAX_PLACES` digits after the point, which keeps all the arithmetic exact; a rubric's
``precision`` is one of :data:`PRECISIONS`; a mapping field (the scores of a sheet, the points
per criterion of a result) holds a read-only copy of the mapping given, which compares,
prints, hashes, pickles and serialises as a dict but refuses changes with :class:`TypeError`.
The results (:class:`ScoreResult`, :class:`Classification`, :class:`Ranked`,
:class:`Selection`) type-check their fields when built by hand; the engine's functions build
them through a private fast path that skips those checks, since they hold only values the
engine computed (the scoring benchmark, ``benchmarks/scoring_bench.py``, stays within its
target).

Examples:
    >>> from decimal import Decimal
    >>> table = Rubric(
    ...     id="vi-du",
    ...     title="Bảng điểm ví dụ",
    ...     criteria=(
    ...         Criterion(id="1", title="Công tác tuyên truyền", max_points=Decimal(60)),
    ...         Criterion(id="2", title="Công tác giám sát", max_points=Decimal(40)),
    ...     ),
    ... )
    >>> sheet = ScoreSheet(unit="HND", agreed_scores={"1": Decimal("55.5"), "2": Decimal(38)})
    >>> score(table, sheet).total
    Decimal('93.5')
"""

from __future__ import annotations

import difflib
import functools
import operator
import unicodedata
import weakref
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DecimalException,
    Inexact,
    InvalidOperation,
)
from itertools import repeat
from typing import TypeVar, cast

import attrs

from mttq.codes import CodeEnum, Rating
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.fields import FrozenDict, check_fields
from mttq.vi.numbers import format_number

__all__ = [
    "Band",
    "Basis",
    "Classification",
    "Condition",
    "Criterion",
    "CriterionKind",
    "CrossScore",
    "Grade",
    "GradingScheme",
    "Quota",
    "Ranked",
    "Rounding",
    "Rubric",
    "ScoreItem",
    "ScoreResult",
    "ScoreSheet",
    "Selection",
    "SelectionStatus",
    "TieBreaker",
    "classify",
    "explain_ranking",
    "leaders",
    "nominations",
    "rank",
    "score",
    "score_all",
]

#: The deepest nesting of criteria a rubric may have (sections, items, sub-items, ...).
MAX_DEPTH = 8

_ZERO = Decimal(0)

#: The largest size of any points value (a maximum, a score, a cap, a band's minimum): real
#: tables total 90 to 110 points, so one million leaves room for any scale while keeping
#: every sum and quotient of the engine exact in :class:`~decimal.Decimal` arithmetic.
MAX_POINTS = Decimal(10**6)

#: The most digits after the decimal point a points value may have (``97.5``, ``2.25``).
MAX_PLACES = 4

#: The steps a rubric's ``precision`` may take: 1, 0.1, 0.01, 0.001 and 0.0001 points.
PRECISIONS = tuple(Decimal(1).scaleb(-n) for n in range(MAX_PLACES + 1))


# --- codes ----------------------------------------------------------------------------------


class CriterionKind(CodeEnum):
    """What a criterion's points do to the total.

    Examples:
        >>> CriterionKind.parse("điểm thưởng") is CriterionKind.BONUS
        True
    """

    CONTENT = "content", "nội dung"
    BONUS = "bonus", "điểm thưởng"
    DEDUCTION = "deduction", "điểm trừ"


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


class TieBreaker(CodeEnum):
    """A stated criterion that separates units with equal totals, in the order given.

    ``women-led`` is the preference of NĐ 152/2025/NĐ-CP Điều 4 khoản 6 for women and for
    collectives with at least 70% women; the caller says which units qualify.

    Examples:
        >>> TieBreaker.WOMEN_LED.value
        'women-led'
    """

    HIGHER_BONUS = "higher-bonus", "điểm thưởng cao hơn"
    FEWER_DEDUCTIONS = "fewer-deductions", "ít điểm trừ hơn"
    MORE_VOTES = "more-votes", "nhiều phiếu bầu hơn"
    WOMEN_LED = (
        "women-led",
        "ưu tiên tập thể nữ hoặc có từ 70% nữ trở lên (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6)",
    )


class Rounding(CodeEnum):
    """How a fractional quota is turned into a number of places.

    Examples:
        >>> Rounding.HALF_UP.label
        'làm tròn (từ 0,5 lên)'
    """

    DOWN = "down", "làm tròn xuống"
    HALF_UP = "half-up", "làm tròn (từ 0,5 lên)"
    UP = "up", "làm tròn lên"


class Grade(CodeEnum):
    """Grades of the schemes that do not grade in :class:`~mttq.codes.Rating` terms.

    The trade-union base-unit levels (vững mạnh / khá / trung bình / yếu) and the MTTQ levels
    seen in practice (xuất sắc / mạnh / khá), practice.md §2.

    Examples:
        >>> Grade.VUNG_MANH.label
        'Vững mạnh'
    """

    XUAT_SAC = "xuat-sac", "Xuất sắc"
    VUNG_MANH = "vung-manh", "Vững mạnh"
    MANH = "manh", "Mạnh"
    KHA = "kha", "Khá"
    TRUNG_BINH = "trung-binh", "Trung bình"
    YEU = "yeu", "Yếu"


_CONTENT = CriterionKind.CONTENT


class SelectionStatus(CodeEnum):
    """Whether a unit is chosen, or tied with others for the last places.

    Examples:
        >>> SelectionStatus.TIED.label
        'đồng hạng ở suất cuối, cần quyết định thêm'
    """

    SELECTED = "selected", "được chọn"
    TIED = "tied", "đồng hạng ở suất cuối, cần quyết định thêm"


# --- small checks ---------------------------------------------------------------------------


def _fmt(value: Decimal | int) -> str:
    """Format points the Vietnamese way (``97,5``)."""
    return format_number(value)


def _as_decimal(value: Decimal | int | None) -> Decimal | None:
    """Convert an int to Decimal; leave anything else for the validators to judge."""
    raw: object = value
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Decimal(raw)
    return cast("Decimal | None", raw)


def _as_decimal_req(value: Decimal | int) -> Decimal:
    """Convert an int to Decimal; leave anything else for the validators to judge."""
    raw: object = value
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Decimal(raw)
    return cast("Decimal", raw)


def _as_text(value: str) -> str:
    """NFC-normalise text; leave anything else for the validators to judge."""
    raw: object = value
    if isinstance(raw, str):
        return unicodedata.normalize("NFC", raw)
    return cast("str", raw)


def _as_points_map(value: Mapping[str, Decimal | int]) -> Mapping[str, Decimal]:
    """Copy a points mapping into a read-only dict, turning int points into Decimal."""
    raw: object = value
    if not isinstance(raw, Mapping):
        return cast("Mapping[str, Decimal]", raw)  # refused by the validator
    out: dict[object, object] = {}
    for key, points in raw.items():
        name = unicodedata.normalize("NFC", key) if isinstance(key, str) else key
        is_int = isinstance(points, int) and not isinstance(points, bool)
        out[name] = Decimal(points) if is_int else points
    return cast("Mapping[str, Decimal]", FrozenDict(out))


_T = TypeVar("_T")


def _as_tuple(field: str, value: object, cls: type[_T]) -> tuple[_T, ...]:
    """Check a sequence of ``cls`` values and return it as a tuple (lists are accepted)."""
    if isinstance(value, list):
        value = tuple(value)
    if not isinstance(value, tuple) or not all(isinstance(v, cls) for v in value):
        raise InvalidValueError(field, value, f"expected a tuple of {cls.__name__}")
    return value


def _check_text(field: str, value: object, *, empty: bool = False) -> None:
    if not isinstance(value, str):
        raise InvalidValueError(field, value, "expected a string")
    if not empty and not value.strip():
        raise InvalidValueError(field, value, "must not be empty")


def _check_code(field: str, value: object) -> None:
    _check_text(field, value)
    assert isinstance(value, str)
    if value != value.strip() or any(c.isspace() and c != " " for c in value):
        raise InvalidValueError(field, value, "must not have surrounding or control whitespace")


def _check_points(field: str, value: object, *, what: str = "", places: int = MAX_PLACES) -> None:
    """Refuse anything but a finite Decimal within the points range (ints were converted).

    Points lie within ``±MAX_POINTS`` and have at most ``places`` (:data:`MAX_PLACES`) digits
    after the point, so that every sum, mean and comparison of the engine is exact.
    """
    where = f" ({what})" if what else ""
    if isinstance(value, float):
        raise InvalidValueError(
            field, value, f"points must be Decimal or int, not float{where}; write Decimal('…')"
        )
    if not isinstance(value, Decimal):
        raise InvalidValueError(field, value, f"points must be Decimal or int{where}")
    if not value.is_finite():
        raise InvalidValueError(field, value, f"points must be a finite number{where}")
    if not -MAX_POINTS <= value <= MAX_POINTS:
        raise InvalidValueError(
            field, value, f"points must be between -{MAX_POINTS} and {MAX_POINTS}{where}"
        )
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -places and value != round(value, places):
        raise InvalidValueError(
            field, value, f"points have at most {places} digits after the point{where}"
        )


def _check_opt_date(field: str, value: object) -> None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise InvalidValueError(field, value, "expected a date or None")


def _check_dates(owner: str, start: object, end: object) -> None:
    _check_opt_date(f"{owner}.effective_from", start)
    _check_opt_date(f"{owner}.effective_to", end)
    if isinstance(start, date) and isinstance(end, date) and end < start:
        raise InvalidValueError(f"{owner}.effective_to", end, "is before effective_from")


def _suggest(key: object, known: Iterable[str]) -> list[str]:
    if not isinstance(key, str):
        return []
    return difflib.get_close_matches(key, list(known), n=3, cutoff=0.5)


def _to_decimal_arg(field: str, value: object) -> Decimal:
    """Read a public function's number argument (Decimal or int, never float)."""
    if isinstance(value, bool):
        raise InvalidValueError(field, value, "expected a Decimal or int")
    if isinstance(value, int):
        value = Decimal(value)
    _check_points(field, value)
    assert isinstance(value, Decimal)
    return value


# --- read-only maps and field checks ----------------------------------------------------------


#: Type-check every field of a scoring value: :func:`mttq.fields.check_fields` whose code enum
#: fields also read labels (``"Xuất sắc"`` for :attr:`Grade.XUAT_SAC`), as they always have.
_check_fields = functools.partial(check_fields, labels=True)

_SET = object.__setattr__


def _trusted(cls: type[_T], **values: object) -> _T:
    """Build a value the engine computed itself, without the checks of public construction.

    The fast path of the hot loops (:func:`score`, :func:`classify`, :func:`rank`,
    :func:`leaders`, :func:`nominations`): their results are made of values the engine has
    already checked or computed, so type-checking every field again would only cost time.
    Every field must be given; mapping fields must already be :class:`FrozenDict`. Public
    construction (``ScoreResult(...)``, :func:`attrs.evolve`) always checks.
    """
    obj = object.__new__(cls)
    for name, value in values.items():
        _SET(obj, name, value)
    return obj


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

    id: str = attrs.field(converter=_as_text)
    title: str = attrs.field(converter=_as_text)
    max_points: Decimal | None = attrs.field(default=None, converter=_as_decimal)
    children: tuple[Criterion, ...] = ()
    kind: CriterionKind = CriterionKind.CONTENT
    note: str = attrs.field(default="", converter=_as_text)

    def __attrs_post_init__(self) -> None:
        _check_code("criterion.id", self.id)
        where = f"criterion[{self.id}]"
        _check_text(f"{where}.title", self.title)
        _check_text(f"{where}.note", self.note, empty=True)
        kind: object = self.kind
        if not isinstance(kind, CriterionKind):
            if not isinstance(kind, str):
                raise InvalidValueError(f"{where}.kind", kind, "expected a CriterionKind")
            object.__setattr__(self, "kind", CriterionKind.parse(kind))
        children = _as_tuple(f"{where}.children", self.children, Criterion)
        object.__setattr__(self, "children", children)
        if self.max_points is not None:
            _check_points(f"{where}.max_points", self.max_points)
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
        total = _ZERO
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
        return sum((c.maximum for c in self.children), _ZERO)

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
class _Index:
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


_INDEXES: weakref.WeakKeyDictionary[Rubric, _Index] = weakref.WeakKeyDictionary()


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

    id: str = attrs.field(converter=_as_text)
    title: str = attrs.field(converter=_as_text)
    criteria: tuple[Criterion, ...]
    nominal_max: Decimal | None = attrs.field(default=None, converter=_as_decimal)
    bonus_cap: Decimal | None = attrs.field(default=None, converter=_as_decimal)
    deduction_cap: Decimal | None = attrs.field(default=None, converter=_as_decimal)
    allow_over_max: bool = False
    precision: Decimal = attrs.field(default=Decimal("0.01"), converter=_as_decimal_req)
    effective_from: date | None = None
    effective_to: date | None = None
    source: str = attrs.field(default="", converter=_as_text)

    def __attrs_post_init__(self) -> None:
        _check_code("rubric.id", self.id)
        where = f"rubric[{self.id}]"
        _check_text(f"{where}.title", self.title)
        _check_text(f"{where}.source", self.source, empty=True)
        criteria = _as_tuple(f"{where}.criteria", self.criteria, Criterion)
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
            _check_points(f"{where}.{name}", value)
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
        _check_dates(where, self.effective_from, self.effective_to)

    def _sum(self, kind: CriterionKind) -> Decimal:
        return sum((c.maximum for c in self.criteria if c.kind is kind), _ZERO)

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
        raise UnknownCodeError("criterion", criterion_id, _suggest(criterion_id, known))


def _index(rubric: Rubric) -> _Index:
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
    index = _Index(
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
        _check_points(f"{owner}.{field}[{key}]", value, what=what)
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

    by: str = attrs.field(converter=_as_text)
    scores: Mapping[str, Decimal] = attrs.field(converter=_as_points_map)

    def __attrs_post_init__(self) -> None:
        _check_code("cross_score.by", self.by)
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

    criterion: str = attrs.field(converter=_as_text)
    points: Decimal = attrs.field(converter=_as_decimal_req)
    reason: str = attrs.field(converter=_as_text)
    evidence: str = attrs.field(default="", converter=_as_text)

    def __attrs_post_init__(self) -> None:
        _check_code("score_item.criterion", self.criterion)
        where = f"score_item[{self.criterion}]"
        _check_points(f"{where}.points", self.points, what=f"criterion {self.criterion}")
        if self.points <= 0:
            raise InvalidValueError(f"{where}.points", self.points, "must be positive")
        _check_text(f"{where}.reason", self.reason)
        _check_text(f"{where}.evidence", self.evidence, empty=True)


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

    unit: str = attrs.field(converter=_as_text)
    self_scores: Mapping[str, Decimal] = attrs.field(factory=dict, converter=_as_points_map)
    agreed_scores: Mapping[str, Decimal] = attrs.field(factory=dict, converter=_as_points_map)
    cross_scores: tuple[CrossScore, ...] = ()
    items: tuple[ScoreItem, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_code("sheet.unit", self.unit)
        owner = f"sheet[{self.unit}]"
        _check_points_map(owner, self.unit, "self_scores", self.self_scores)
        _check_points_map(owner, self.unit, "agreed_scores", self.agreed_scores)
        crosses = _as_tuple(f"{owner}.cross_scores", self.cross_scores, CrossScore)
        object.__setattr__(self, "cross_scores", crosses)
        object.__setattr__(self, "items", _as_tuple(f"{owner}.items", self.items, ScoreItem))
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
        _check_fields(self)

    def explain(self) -> str:
        """Explain the total in Vietnamese, step by step.

        Examples:
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
                f"Đơn vị {self.unit}: {_fmt(self.total)}/{_fmt(self.nominal_max)} điểm "
                f"(theo {self.basis.label}, bảng điểm {self.rubric})."
            ),
            f"- Điểm nội dung: {_fmt(self.content)}.",
        ]
        lines.extend(f"  + {sid}: {_fmt(points)}." for sid, points in self.sections.items())
        bonus = f"- Điểm thưởng: {_fmt(self.bonus)}"
        if self.bonus_claimed != self.bonus:
            bonus += f" (đề nghị {_fmt(self.bonus_claimed)}, tính tối đa theo bảng điểm)"
        lines.append(bonus + ".")
        lines.extend(
            f"  + {_fmt(i.points)} ({i.criterion}): {i.reason}" + self._evidence(i)
            for i in self.bonus_items
        )
        ded = f"- Điểm trừ: {_fmt(self.deductions)}"
        if self.deductions_claimed != self.deductions:
            ded += f" (phát sinh {_fmt(self.deductions_claimed)}, trừ tối đa theo bảng điểm)"
        lines.append(ded + ".")
        lines.extend(
            f"  - {_fmt(i.points)} ({i.criterion}): {i.reason}" + self._evidence(i)
            for i in self.deduction_items
        )
        if self.cut:
            lines.append(f"- Điều chỉnh theo giới hạn của bảng điểm: {_fmt(-self.cut)}.")
        if self.missing:
            lines.append("- Tiêu chí chưa chấm (tính 0 điểm): " + ", ".join(self.missing) + ".")
        if self.self_total is not None and self.basis is not Basis.SELF:
            lines.append(f"- Điểm tự chấm: {_fmt(self.self_total)}.")
        if self.gap is not None:
            sign = "+" if self.gap > 0 else ""
            lines.append(f"- Chênh lệch tự chấm so với bình xét: {sign}{_fmt(self.gap)}.")
        return "\n".join(lines)

    @staticmethod
    def _evidence(item: ScoreItem) -> str:
        return f" (minh chứng: {item.evidence})." if item.evidence else "."


def _check_scores(
    index: _Index, rubric: Rubric, unit: str, field: str, scores: Mapping[str, Decimal]
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
                _suggest(key, index.kinds),
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


def _node_points(index: _Index, scores: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Every content node's points from checked leaf scores (blank leaves count 0)."""
    get = scores.get
    points = {key: get(key, _ZERO) for key in index.leaves}
    for node_id, child_ids, cap in index.parents:
        subtotal = sum(map(points.__getitem__, child_ids), _ZERO)
        points[node_id] = subtotal if cap is None or subtotal <= cap else cap
    return points


def _content_points(
    index: _Index, rubric: Rubric, unit: str, field: str, scores: Mapping[str, Decimal]
) -> dict[str, Decimal]:
    """Check one points map against the rubric and compute every content node's points."""
    _check_scores(index, rubric, unit, field, scores)
    return _node_points(index, scores)


def _total(
    rubric: Rubric, content: Decimal, bonus: Decimal, deductions: Decimal
) -> tuple[Decimal, Decimal]:
    """Return (total, cut) for content + bonus - deductions under the rubric's limits."""
    raw = content + bonus - deductions
    total = raw if raw > 0 else _ZERO
    if not rubric.allow_over_max:
        nominal = rubric.nominal
        total = min(total, nominal)
    return total, (raw - total if raw != total else _ZERO)


def _extras(
    index: _Index, rubric: Rubric, sheet: ScoreSheet
) -> tuple[Decimal, Decimal, Decimal, Decimal, tuple[str, ...]]:
    """Return bonus, deductions (after caps), their claimed sums and the bonus item ids."""
    if not sheet.items:
        return _ZERO, _ZERO, _ZERO, _ZERO, ()
    claimed: dict[str, Decimal] = {}
    for item in sheet.items:
        entry = index.extra_leaves.get(item.criterion)
        if entry is None:
            kind = index.kinds.get(item.criterion)
            if kind is None:
                raise UnknownCodeError(
                    f"criterion (unit {sheet.unit}, items) in rubric {rubric.id}",
                    item.criterion,
                    _suggest(item.criterion, index.extra_leaves),
                )
            reason = (
                "is a content criterion: score it in the score maps"
                if kind is _CONTENT
                else "has sub-criteria: give the item for one of those"
            )
            raise InvalidValueError(
                f"sheet[{sheet.unit}].items", item.criterion, f"{reason} (unit {sheet.unit})"
            )
        claimed[item.criterion] = claimed.get(item.criterion, _ZERO) + item.points
    for key, value in claimed.items():
        limit = index.extra_leaves[key][0]
        if value > limit:
            raise InvalidValueError(
                f"sheet[{sheet.unit}].items[{key}]",
                value,
                f"above the maximum {limit} of criterion {key} (unit {sheet.unit})",
            )
    points = {key: claimed.get(key, _ZERO) for key in index.extra_leaves}
    for node_id, child_ids, cap, _kind in index.extra_parents:
        subtotal = sum(map(points.__getitem__, child_ids), _ZERO)
        points[node_id] = subtotal if cap is None or subtotal <= cap else cap
    bonus = sum((points[t] for t, k in index.extra_tops if k is CriterionKind.BONUS), _ZERO)
    deductions = sum(
        (points[t] for t, k in index.extra_tops if k is not CriterionKind.BONUS), _ZERO
    )
    bonus_claimed = sum(
        (v for k, v in claimed.items() if index.kinds[k] is CriterionKind.BONUS), _ZERO
    )
    deductions_claimed = sum(claimed.values(), _ZERO) - bonus_claimed
    if rubric.bonus_cap is not None and bonus > rubric.bonus_cap:
        bonus = rubric.bonus_cap
    if rubric.deduction_cap is not None and deductions > rubric.deduction_cap:
        deductions = rubric.deduction_cap
    bonus_ids = tuple(k for k in claimed if index.kinds[k] is CriterionKind.BONUS)
    return bonus, deductions, bonus_claimed, deductions_claimed, bonus_ids


def _cross_mean(index: _Index, rubric: Rubric, sheet: ScoreSheet) -> dict[str, Decimal]:
    count = Decimal(len(sheet.cross_scores))
    maps = [cross.scores for cross in sheet.cross_scores]
    for cross in sheet.cross_scores:
        _check_scores(index, rubric, sheet.unit, f"cross_scores[{cross.by}]", cross.scores)
    first = maps[0]
    if all(m.keys() == first.keys() for m in maps):
        keys = list(first)
        columns = [list(map(m.__getitem__, keys)) for m in maps]
        sums: list[Decimal] = [sum(column, _ZERO) for column in zip(*columns, strict=True)]
    else:
        keys = [k for k in index.leaves if any(k in m for m in maps)]
        sums = [sum((m.get(k, _ZERO) for m in maps), _ZERO) for k in keys]
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
    index = _index(rubric)
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
        content = sum(map(p.__getitem__, index.sections), _ZERO)
        return _total(rubric, content, bonus, deductions)[0]

    content = sum(map(points.__getitem__, index.sections), _ZERO)
    total, cut = _total(rubric, content, bonus, deductions)
    self_total = total if chosen is Basis.SELF else full(self_points)
    agreed_total = total if chosen is Basis.AGREED else full(agreed_points)
    gap = None if self_total is None or agreed_total is None else self_total - agreed_total
    return _trusted(
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


# --- grading --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Condition:
    """An extra condition a grade requires beside the points.

    Attributes:
        key: the keyword that states it in :func:`classify` (an identifier).
        label: the Vietnamese wording.
        source: the document and article that sets it.

    Examples:
        >>> Condition(key="no_leader_disciplined",
        ...           label="không có thành viên lãnh đạo bị kỷ luật").key
        'no_leader_disciplined'
    """

    key: str
    label: str = attrs.field(converter=_as_text)
    source: str = attrs.field(default="", converter=_as_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.key, str) or not self.key.isidentifier():
            raise InvalidValueError("condition.key", self.key, "must be a Python identifier")
        _check_text(f"condition[{self.key}].label", self.label)
        _check_text(f"condition[{self.key}].source", self.source, empty=True)


@attrs.frozen(kw_only=True)
class Band:
    """One grade of a scheme: a minimum total and the conditions it requires.

    Attributes:
        grade: the grade given.
        minimum: the lowest total (inclusive) on the scheme's scale.
        requires: conditions that must also hold; a unit that reaches the points but fails a
            condition falls to the next band.
        verified: ``False`` when the band is a documented default, not read in its source.
        note: free text (what the band rests on).

    Examples:
        >>> Band(grade=Rating.HTTNV, minimum=70).minimum
        Decimal('70')
    """

    grade: Rating | Grade
    minimum: Decimal = attrs.field(converter=_as_decimal_req)
    requires: tuple[Condition, ...] = ()
    verified: bool = True
    note: str = attrs.field(default="", converter=_as_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.grade, (Rating, Grade)):
            raise InvalidValueError("band.grade", self.grade, "expected a Rating or a Grade")
        where = f"band[{self.grade.value}]"
        _check_points(f"{where}.minimum", self.minimum)
        if self.minimum < 0:
            raise InvalidValueError(f"{where}.minimum", self.minimum, "must not be negative")
        object.__setattr__(
            self, "requires", _as_tuple(f"{where}.requires", self.requires, Condition)
        )
        if not isinstance(self.verified, bool):
            raise InvalidValueError(f"{where}.verified", self.verified, "expected bool")
        _check_text(f"{where}.note", self.note, empty=True)


@attrs.frozen(kw_only=True)
class GradingScheme:
    """A classification scheme: bands from the best grade down, with dates and source.

    Attributes:
        id: a short stable code.
        title: the Vietnamese name.
        bands: the grades, highest minimum first; the last band starts at 0 and has no
            conditions, so every total gets a grade.
        scale: the points the bands are written on (100).
        effective_from: the first day the scheme applies, if known.
        effective_to: the last day it applies, if known.
        source: the document and article that set it.
        notes: what is verified and what is a default.

    Raises:
        InvalidValueError: no bands, minima not strictly decreasing, a repeated grade, a
            last band not starting at 0 or with conditions, or dates out of order.

    Examples:
        >>> scheme = GradingScheme(id="demo", title="Thử", bands=(
        ...     Band(grade=Grade.KHA, minimum=70), Band(grade=Grade.TRUNG_BINH, minimum=0)))
        >>> classify(scheme, 75).grade is Grade.KHA
        True
    """

    id: str = attrs.field(converter=_as_text)
    title: str = attrs.field(converter=_as_text)
    bands: tuple[Band, ...]
    scale: Decimal = attrs.field(default=Decimal(100), converter=_as_decimal_req)
    effective_from: date | None = None
    effective_to: date | None = None
    source: str = attrs.field(default="", converter=_as_text)
    notes: str = attrs.field(default="", converter=_as_text)

    def __attrs_post_init__(self) -> None:
        _check_code("scheme.id", self.id)
        where = f"scheme[{self.id}]"
        _check_text(f"{where}.title", self.title)
        _check_text(f"{where}.source", self.source, empty=True)
        _check_text(f"{where}.notes", self.notes, empty=True)
        _check_points(f"{where}.scale", self.scale)
        if self.scale <= 0:
            raise InvalidValueError(f"{where}.scale", self.scale, "must be positive")
        bands = _as_tuple(f"{where}.bands", self.bands, Band)
        if not bands:
            raise InvalidValueError(f"{where}.bands", bands, "expected one or more Band")
        object.__setattr__(self, "bands", bands)
        grades = [b.grade for b in self.bands]
        if len(set(grades)) != len(grades):
            raise InvalidValueError(f"{where}.bands", grades, "a grade appears twice")
        for upper, lower in zip(self.bands, self.bands[1:], strict=False):
            if lower.minimum >= upper.minimum:
                raise InvalidValueError(
                    f"{where}.bands",
                    lower.minimum,
                    f"minima must fall strictly ({upper.grade.value} starts at {upper.minimum})",
                )
        last = self.bands[-1]
        if last.minimum != 0 or last.requires:
            raise InvalidValueError(
                f"{where}.bands",
                last.grade.value,
                "the last band must start at 0 without conditions",
            )
        labels: dict[str, str] = {}
        for band in self.bands:
            for cond in band.requires:
                if labels.setdefault(cond.key, cond.label) != cond.label:
                    raise InvalidValueError(
                        f"{where}.bands", cond.key, "one condition key with two wordings"
                    )
        _check_dates(where, self.effective_from, self.effective_to)

    @property
    def grades(self) -> tuple[Rating | Grade, ...]:
        """The grades, best first.

        Examples:
            >>> s = GradingScheme(id="d", title="D", bands=(Band(grade=Grade.YEU, minimum=0),))
            >>> s.grades
            (<Grade.YEU: 'yeu'>,)
        """
        return tuple(b.grade for b in self.bands)

    @property
    def conditions(self) -> tuple[Condition, ...]:
        """Every condition the bands require, each once, in band order.

        Examples:
            >>> s = GradingScheme(id="d", title="D", bands=(Band(grade=Grade.YEU, minimum=0),))
            >>> s.conditions
            ()
        """
        seen: dict[str, Condition] = {}
        for band in self.bands:
            for cond in band.requires:
                seen.setdefault(cond.key, cond)
        return tuple(seen.values())

    def position(self, grade: Rating | Grade) -> int:
        """The grade's place in the scheme, 0 for the best.

        Raises:
            UnknownCodeError: the scheme has no such grade.

        Examples:
            >>> s = GradingScheme(id="d", title="D", bands=(
            ...     Band(grade=Grade.KHA, minimum=70), Band(grade=Grade.YEU, minimum=0)))
            >>> s.position(Grade.YEU)
            1
        """
        for i, band in enumerate(self.bands):
            if band.grade == grade and type(band.grade) is type(grade):
                return i
        raise UnknownCodeError(
            f"grade of scheme {self.id}", grade, [b.grade.value for b in self.bands]
        )


@attrs.frozen(kw_only=True)
class Classification:
    """The grade a total earns under a scheme, with the reasons.

    Attributes:
        scheme: the scheme's id.
        grade: the grade.
        total: the total that was classified, as given.
        out_of: the scale the total was written on.
        reasons: why, in Vietnamese, one line per step.
        unchecked: conditions of the grade that were not stated and were taken as met.
        verified: ``False`` when the band is a documented default, not read in its source.

    Examples:
        >>> s = GradingScheme(id="d", title="D", bands=(Band(grade=Grade.YEU, minimum=0),))
        >>> classify(s, 10).grade.label
        'Yếu'

    Raises:
        InvalidValueError: built by hand with a field of the wrong type (the error names the
            field); :func:`classify` builds its results through a fast path without the check.
    """

    scheme: str
    grade: Rating | Grade
    total: Decimal
    out_of: Decimal
    reasons: tuple[str, ...]
    unchecked: tuple[str, ...] = ()
    verified: bool = True

    def __attrs_post_init__(self) -> None:
        _check_fields(self)

    def explain(self) -> str:
        """The reasons, one per line, in Vietnamese.

        Examples:
            >>> s = GradingScheme(id="d", title="D", bands=(
            ...     Band(grade=Grade.KHA, minimum=70), Band(grade=Grade.YEU, minimum=0)))
            >>> print(classify(s, Decimal("69.5")).explain())
            Xếp loại Yếu theo D: 69,5/100 điểm, từ 0 điểm trở lên.
        """
        return "\n".join(self.reasons)


def _condition_value(key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidValueError(key, value, "a condition must be stated as True or False")
    return value


def classify(
    scheme: GradingScheme,
    total: Decimal | int | ScoreResult,
    *,
    out_of: Decimal | int | None = None,
    strict: bool = False,
    **conditions: bool,
) -> Classification:
    """Grade a total under a scheme.

    The bands are tried from the best down: a band is reached when the total, brought to the
    scheme's scale, is at least its minimum, and given when none of its conditions is stated
    ``False``. Conditions not stated are taken as met and listed in ``unchecked`` (or refused
    when ``strict``). Comparisons are exact: 89.99 is not 90.

    Args:
        scheme: the grading scheme.
        total: the total (or a :class:`ScoreResult`, whose total is used).
        out_of: the scale the total is written on when it is not the scheme's (a 95-point
            table: ``out_of=95``); compared exactly, without rounding.
        strict: refuse to take an unstated condition as met.
        **conditions: the conditions' truth, by key (e.g. ``no_leader_disciplined=True``).

    Returns:
        The grade with the reasons.

    Raises:
        InvalidValueError: a negative, float or non-finite total; a condition that is not a
            bool; or, when ``strict``, an unstated condition of the grade reached.
        UnknownCodeError: a condition the scheme does not know.

    Examples:
        >>> scheme = GradingScheme(id="d", title="D", bands=(
        ...     Band(grade=Rating.HTXSNV, minimum=90, requires=(
        ...         Condition(key="no_leader_disciplined", label="không có lãnh đạo bị kỷ luật"),)),
        ...     Band(grade=Rating.HTTNV, minimum=70),
        ...     Band(grade=Rating.KHTNV, minimum=0)))
        >>> classify(scheme, 95, no_leader_disciplined=False).grade.short
        'HTTNV'
    """
    if not isinstance(scheme, GradingScheme):
        raise InvalidValueError("scheme", scheme, "expected a GradingScheme")
    value = total.total if isinstance(total, ScoreResult) else _to_decimal_arg("total", total)
    if value < 0:
        raise InvalidValueError("total", value, "must not be negative")
    scale = scheme.scale
    base = scale if out_of is None else _to_decimal_arg("out_of", out_of)
    if base <= 0:
        raise InvalidValueError("out_of", out_of, "must be positive")
    if not isinstance(strict, bool):
        raise InvalidValueError("strict", strict, "expected bool")
    known = {c.key: c for c in scheme.conditions}
    stated: dict[str, bool] = {}
    for key, flag in conditions.items():
        if key not in known:
            raise UnknownCodeError(
                f"condition of scheme {scheme.id}", key, _suggest(key, known) or list(known)
            )
        stated[key] = _condition_value(key, flag)
    reasons: list[str] = []
    shown = f"{_fmt(value)}/{_fmt(base)} điểm"
    for band in scheme.bands:
        if value * scale < band.minimum * base:
            continue
        failed = [c for c in band.requires if stated.get(c.key) is False]
        if failed:
            reasons.append(
                f"Đạt mức điểm của {band.grade.label} ({_fmt(band.minimum)} điểm) nhưng chưa "
                "đáp ứng: " + "; ".join(c.label for c in failed) + "."
            )
            continue
        unchecked = tuple(c.key for c in band.requires if c.key not in stated)
        if strict and unchecked:
            raise InvalidValueError(
                unchecked[0], None, f"must be stated to grade {band.grade.short} ({scheme.id})"
            )
        line = (
            f"Xếp loại {band.grade.label} theo {scheme.title}: {shown}, "
            f"từ {_fmt(band.minimum)} điểm trở lên"
        )
        met = [c.label for c in band.requires if stated.get(c.key) is True]
        if met:
            line += "; đáp ứng: " + "; ".join(met)
        reasons.append(line + ".")
        if unchecked:
            reasons.append(
                "Coi như đáp ứng (chưa được khai báo): "
                + "; ".join(known[k].label for k in unchecked)
                + "."
            )
        if not band.verified:
            note = f"Lưu ý: mức này là mặc định, chưa được xác minh trong văn bản. {band.note}"
            reasons.append(note.rstrip())
        return _trusted(
            Classification,
            scheme=scheme.id,
            grade=band.grade,
            total=value,
            out_of=base,
            reasons=tuple(reasons),
            unchecked=unchecked,
            verified=band.verified,
        )
    raise AssertionError("unreachable: the last band starts at 0")  # pragma: no cover


# --- ranking --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Ranked:
    """One unit's place in a ranking.

    Attributes:
        unit: the unit's code.
        rank: the competition rank (1, 2, 2, 4).
        total: the unit's total.
        tied: whether another unit shares the rank after every tie-breaker.
        broken_by: the tie-breaker that set this unit apart from the units with the same
            total (the last one needed), or ``None``.
        group: the group (cluster) ranked within, if any.
        bonus: the unit's bonus points.
        deductions: the unit's deductions.

    Examples:
        >>> r = Rubric(id="r", title="R", criteria=(
        ...     Criterion(id="1", title="A", max_points=Decimal(100)),))
        >>> res = [score(r, ScoreSheet(unit=u, agreed_scores={"1": 90})) for u in "AB"]
        >>> [(x.unit, x.rank, x.tied) for x in rank(res)]
        [('A', 1, True), ('B', 1, True)]

    Raises:
        InvalidValueError: built by hand with a field of the wrong type or a rank below 1
            (the error names the field); :func:`rank` builds its entries through a fast path
            without the check.
    """

    unit: str
    rank: int
    total: Decimal
    tied: bool = False
    broken_by: TieBreaker | None = None
    group: str | None = None
    bonus: Decimal = _ZERO
    deductions: Decimal = _ZERO

    def __attrs_post_init__(self) -> None:
        _check_fields(self)
        if self.rank < 1:
            raise InvalidValueError("rank", self.rank, "ranks start at 1")

    def explain(self) -> str:
        """One Vietnamese sentence on this place.

        Examples:
            >>> print(Ranked(unit="HND", rank=2, total=Decimal("95.5"), tied=True).explain())
            HND: hạng 2 (đồng hạng), 95,5 điểm.
        """
        text = f"{self.unit}: hạng {self.rank}"
        if self.tied:
            text += " (đồng hạng)"
        text += f", {_fmt(self.total)} điểm"
        if self.group is not None:
            text += f", cụm/khối {self.group}"
        if self.broken_by is not None:
            text += f"; phân định khi bằng điểm theo tiêu chí: {self.broken_by.label}"
        return text + "."


def _parse_tie_breakers(value: object) -> tuple[TieBreaker, ...]:
    if isinstance(value, (str, TieBreaker)) or not isinstance(value, Iterable):
        raise InvalidValueError("tie_breakers", value, "expected a tuple of TieBreaker codes")
    out: list[TieBreaker] = []
    for item in value:
        if isinstance(item, TieBreaker):
            code = item
        elif isinstance(item, str):
            code = TieBreaker.parse(item)
        else:
            raise InvalidValueError("tie_breakers", item, "expected a TieBreaker code")
        if code in out:
            raise InvalidValueError("tie_breakers", code.value, "listed twice")
        out.append(code)
    return tuple(out)


def rank(
    results: Iterable[ScoreResult],
    *,
    tie_breakers: Sequence[TieBreaker | str] = (),
    votes: Mapping[str, int] | None = None,
    women_led: Collection[str] = frozenset(),
    groups: Mapping[str, str] | None = None,
) -> tuple[Ranked, ...]:
    """Rank units by total with competition ranking (1, 2, 2, 4).

    Equal totals are separated only by the stated tie-breakers, in order; a tie that remains
    is shared, whatever the input order. No rule for tie-breaking was found beyond the
    preference of NĐ 152/2025/NĐ-CP Điều 4 khoản 6, so none is applied unless asked for.

    Args:
        results: one result per unit, in any order.
        tie_breakers: the tie-breakers to apply, in order (``"higher-bonus"``,
            ``"fewer-deductions"``, ``"more-votes"``, ``"women-led"``).
        votes: unit -> votes received; required by ``more-votes`` (a unit not listed has 0).
        women_led: units that qualify for the ``women-led`` preference.
        groups: unit -> group (cluster) id; when given, each group is ranked on its own and
            every unit must have a group.

    Returns:
        The ranking, ordered by group, then rank, then unit code.

    Raises:
        InvalidValueError: a result for the same unit twice, a unit without a group, bad
            votes, or ``more-votes`` without ``votes``.

    Examples:
        >>> r = Rubric(id="r", title="R", criteria=(
        ...     Criterion(id="1", title="A", max_points=Decimal(100)),))
        >>> res = [score(r, ScoreSheet(unit=u, agreed_scores={"1": p}))
        ...        for u, p in [("D", 80), ("C", 90), ("B", 90), ("A", 95)]]
        >>> [(x.unit, x.rank) for x in rank(res)]
        [('A', 1), ('B', 2), ('C', 2), ('D', 4)]
    """
    breakers = _parse_tie_breakers(tie_breakers)
    if isinstance(results, (str, bytes, Mapping)) or not isinstance(results, Iterable):
        raise InvalidValueError("results", results, "expected an iterable of ScoreResult")
    items: dict[str, ScoreResult] = {}
    for result in results:
        if not isinstance(result, ScoreResult):
            raise InvalidValueError("results", result, "expected a ScoreResult")
        if result.unit in items:
            raise InvalidValueError("results", result.unit, "two results for one unit")
        items[result.unit] = result
    if TieBreaker.MORE_VOTES in breakers and votes is None:
        raise InvalidValueError("votes", None, "the tie-breaker more-votes needs the votes")
    if votes is not None:
        if not isinstance(votes, Mapping):
            raise InvalidValueError("votes", votes, "expected a mapping unit -> votes")
        for unit, count in votes.items():
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise InvalidValueError(f"votes[{unit}]", count, "expected a whole number >= 0")
    if isinstance(women_led, str) or not isinstance(women_led, Iterable):
        raise InvalidValueError("women_led", women_led, "expected a collection of unit codes")
    women = frozenset(women_led)
    if groups is not None and not isinstance(groups, Mapping):
        raise InvalidValueError("groups", groups, "expected a mapping unit -> group")
    by_group: dict[str | None, list[ScoreResult]] = {}
    for unit, result in items.items():
        group: str | None = None
        if groups is not None:
            found = groups.get(unit)
            if not isinstance(found, str):
                raise InvalidValueError(f"groups[{unit}]", found, "every unit needs a group id")
            group = found
        by_group.setdefault(group, []).append(result)

    def key(r: ScoreResult) -> tuple[Decimal | int, ...]:
        parts: list[Decimal | int] = []
        for b in breakers:
            if b is TieBreaker.HIGHER_BONUS:
                parts.append(r.bonus)
            elif b is TieBreaker.FEWER_DEDUCTIONS:
                parts.append(-r.deductions)
            elif b is TieBreaker.MORE_VOTES:
                assert votes is not None
                parts.append(votes.get(r.unit, 0))
            else:
                parts.append(1 if r.unit in women else 0)
        return tuple(parts)

    out: list[Ranked] = []
    for group in sorted(by_group, key=lambda g: (g is not None, g or "")):
        members = by_group[group]
        keyed = sorted(
            ((r.total, key(r), r) for r in members), key=lambda t: (t[0], t[1]), reverse=True
        )
        position = 0
        placed: list[Ranked] = []
        i = 0
        while i < len(keyed):
            total, k, _ = keyed[i]
            j = i
            while j < len(keyed) and keyed[j][0] == total and keyed[j][1] == k:
                j += 1
            block = keyed[i:j]
            position = i + 1
            # the deepest tie-breaker needed against the nearest other key of the same total
            depths: list[int] = []
            for neighbour in (i - 1, j):
                if 0 <= neighbour < len(keyed) and keyed[neighbour][0] == total:
                    other = keyed[neighbour][1]
                    depth = next(n for n, (a, b) in enumerate(zip(k, other, strict=True)) if a != b)
                    depths.append(depth)
            broken = breakers[max(depths)] if depths else None
            for _, _, r in block:
                placed.append(
                    _trusted(
                        Ranked,
                        unit=r.unit,
                        rank=position,
                        total=total,
                        tied=len(block) > 1,
                        broken_by=broken,
                        group=group,
                        bonus=r.bonus,
                        deductions=r.deductions,
                    )
                )
            i = j
        placed.sort(key=lambda x: (x.rank, x.unit))
        out.extend(placed)
    return tuple(out)


def explain_ranking(ranking: Iterable[Ranked]) -> str:
    """Explain a ranking in Vietnamese, one line per unit.

    Examples:
        >>> print(explain_ranking([Ranked(unit="A", rank=1, total=Decimal(97)),
        ...                        Ranked(unit="B", rank=2, total=Decimal(95))]))
        Kết quả xếp hạng:
        A: hạng 1, 97 điểm.
        B: hạng 2, 95 điểm.

    Raises:
        InvalidValueError: not an iterable of :class:`Ranked`.
    """
    if isinstance(ranking, (str, bytes, Mapping)) or not isinstance(ranking, Iterable):
        raise InvalidValueError("ranking", ranking, "expected the tuple rank() returns")
    lines = ["Kết quả xếp hạng:"]
    for entry in ranking:
        if not isinstance(entry, Ranked):
            raise InvalidValueError("ranking", entry, "expected Ranked values")
        lines.append(entry.explain())
    return "\n".join(lines)


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
            _check_points("quota.fraction", self.fraction, places=20)
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
        _check_fields(self)
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
                reason = f"Hạng {e.rank}{where} với {_fmt(e.total)} điểm; {chosen}."
                status = SelectionStatus.SELECTED
            else:
                reason = (
                    f"Đồng hạng {e.rank}{where} với {_fmt(e.total)} điểm: {len(block)} đơn vị "
                    f"cho {left} suất còn lại; {tied_text}."
                )
                status = SelectionStatus.TIED
            out.append(
                _trusted(
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
