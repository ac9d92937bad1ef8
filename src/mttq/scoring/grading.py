"""Grading: :class:`GradingScheme` bands with conditions, and :func:`classify`.

A scheme is a list of :class:`Band` values from the best grade down, each with a minimum
total and the extra :class:`Condition` values it requires (Quy định 366-QĐ/TW requires for
HTXSNV of a collective that no member of its leadership was disciplined). :func:`classify`
gives the :class:`Classification` a total earns, with its reasons in Vietnamese; comparisons
are exact (89.99 is not 90). The bundled schemes are in :mod:`mttq.scoring.national`.

Examples:
    >>> scheme = GradingScheme(id="demo", title="Thử", bands=(
    ...     Band(grade=Grade.KHA, minimum=70), Band(grade=Grade.TRUNG_BINH, minimum=0)))
    >>> classify(scheme, 69).grade.label
    'Trung bình'

Sources:
    * Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị (bands with conditions).
"""

from __future__ import annotations

from datetime import date
from decimal import (
    Decimal,
)

import attrs

from mttq.codes import CodeEnum, Rating
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.scoring.codes import (
    as_decimal_req,
    as_text,
    as_tuple,
    check_code,
    check_dates,
    check_labelled,
    check_points,
    check_text,
    fmt,
    suggest,
    to_decimal_arg,
    trusted,
)
from mttq.scoring.sheets import ScoreResult

__all__ = [
    "Band",
    "Classification",
    "Condition",
    "Grade",
    "GradingScheme",
    "classify",
]


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
    label: str = attrs.field(converter=as_text)
    source: str = attrs.field(default="", converter=as_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.key, str) or not self.key.isidentifier():
            raise InvalidValueError("condition.key", self.key, "must be a Python identifier")
        check_text(f"condition[{self.key}].label", self.label)
        check_text(f"condition[{self.key}].source", self.source, empty=True)


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
    minimum: Decimal = attrs.field(converter=as_decimal_req)
    requires: tuple[Condition, ...] = ()
    verified: bool = True
    note: str = attrs.field(default="", converter=as_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.grade, (Rating, Grade)):
            raise InvalidValueError("band.grade", self.grade, "expected a Rating or a Grade")
        where = f"band[{self.grade.value}]"
        check_points(f"{where}.minimum", self.minimum)
        if self.minimum < 0:
            raise InvalidValueError(f"{where}.minimum", self.minimum, "must not be negative")
        object.__setattr__(
            self, "requires", as_tuple(f"{where}.requires", self.requires, Condition)
        )
        if not isinstance(self.verified, bool):
            raise InvalidValueError(f"{where}.verified", self.verified, "expected bool")
        check_text(f"{where}.note", self.note, empty=True)


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

    id: str = attrs.field(converter=as_text)
    title: str = attrs.field(converter=as_text)
    bands: tuple[Band, ...]
    scale: Decimal = attrs.field(default=Decimal(100), converter=as_decimal_req)
    effective_from: date | None = None
    effective_to: date | None = None
    source: str = attrs.field(default="", converter=as_text)
    notes: str = attrs.field(default="", converter=as_text)

    def __attrs_post_init__(self) -> None:
        check_code("scheme.id", self.id)
        where = f"scheme[{self.id}]"
        check_text(f"{where}.title", self.title)
        check_text(f"{where}.source", self.source, empty=True)
        check_text(f"{where}.notes", self.notes, empty=True)
        check_points(f"{where}.scale", self.scale)
        if self.scale <= 0:
            raise InvalidValueError(f"{where}.scale", self.scale, "must be positive")
        bands = as_tuple(f"{where}.bands", self.bands, Band)
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
        check_dates(where, self.effective_from, self.effective_to)

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
        check_labelled(self)

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
    value = total.total if isinstance(total, ScoreResult) else to_decimal_arg("total", total)
    if value < 0:
        raise InvalidValueError("total", value, "must not be negative")
    scale = scheme.scale
    base = scale if out_of is None else to_decimal_arg("out_of", out_of)
    if base <= 0:
        raise InvalidValueError("out_of", out_of, "must be positive")
    if not isinstance(strict, bool):
        raise InvalidValueError("strict", strict, "expected bool")
    known = {c.key: c for c in scheme.conditions}
    stated: dict[str, bool] = {}
    for key, flag in conditions.items():
        if key not in known:
            raise UnknownCodeError(
                f"condition of scheme {scheme.id}", key, suggest(key, known) or list(known)
            )
        stated[key] = _condition_value(key, flag)
    reasons: list[str] = []
    shown = f"{fmt(value)}/{fmt(base)} điểm"
    for band in scheme.bands:
        if value * scale < band.minimum * base:
            continue
        failed = [c for c in band.requires if stated.get(c.key) is False]
        if failed:
            reasons.append(
                f"Đạt mức điểm của {band.grade.label} ({fmt(band.minimum)} điểm) nhưng chưa "
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
            f"từ {fmt(band.minimum)} điểm trở lên"
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
        return trusted(
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
