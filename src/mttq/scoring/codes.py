"""The limits of scoring values, and the small field checks the scoring modules share.

Points lie within ±:data:`MAX_POINTS` with at most :data:`MAX_PLACES` digits after the point
(the bounds of :data:`mttq.fields.Points`), which keeps every sum, mean and comparison of the
engine exact; a rubric's ``precision`` is one of :data:`PRECISIONS`; criteria nest at most
:data:`MAX_DEPTH` levels deep. The closed sets live beside the values that use them
(:class:`~mttq.scoring.rubric.CriterionKind`, :class:`~mttq.scoring.sheets.Basis`,
:class:`~mttq.scoring.grading.Grade`, :class:`~mttq.scoring.ranking.TieBreaker`,
:class:`~mttq.scoring.selection.Rounding`, :class:`~mttq.scoring.selection.SelectionStatus`).

The functions below are the checks the values of :mod:`mttq.scoring` share; they are public
so that its modules import them from here, but are not part of the package's API.

Examples:
    >>> [str(p) for p in PRECISIONS]
    ['1', '0.1', '0.01', '0.001', '0.0001']
    >>> check_points("total", Decimal("0.12345"))
    Traceback (most recent call last):
    ...
    mttq.errors.InvalidValueError: invalid total=Decimal('0.12345'): points have at most 4 ...

Sources: none (the library's own limits).
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import (
    Decimal,
)
from typing import TypeVar, cast

from mttq.errors import InvalidValueError
from mttq.fields import MAX_PLACES, MAX_POINTS, FrozenDict, check_fields
from mttq.vi.numbers import format_number

__all__ = [
    "MAX_DEPTH",
    "MAX_PLACES",
    "MAX_POINTS",
    "PRECISIONS",
]

#: The deepest nesting of criteria a rubric may have (sections, items, sub-items, ...).
MAX_DEPTH = 8

ZERO = Decimal(0)
#: The steps a rubric's ``precision`` may take: 1, 0.1, 0.01, 0.001 and 0.0001 points.
PRECISIONS = tuple(Decimal(1).scaleb(-n) for n in range(MAX_PLACES + 1))


# --- small checks ---------------------------------------------------------------------------


def fmt(value: Decimal | int) -> str:
    """Format points the Vietnamese way (``97,5``)."""
    return format_number(value)


def as_decimal(value: Decimal | int | None) -> Decimal | None:
    """Convert an int to Decimal; leave anything else for the validators to judge."""
    raw: object = value
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Decimal(raw)
    return cast("Decimal | None", raw)


def as_decimal_req(value: Decimal | int) -> Decimal:
    """Convert an int to Decimal; leave anything else for the validators to judge."""
    raw: object = value
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Decimal(raw)
    return cast("Decimal", raw)


def as_text(value: str) -> str:
    """NFC-normalise text; leave anything else for the validators to judge."""
    raw: object = value
    if isinstance(raw, str):
        return unicodedata.normalize("NFC", raw)
    return cast("str", raw)


def as_points_map(value: Mapping[str, Decimal | int]) -> Mapping[str, Decimal]:
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


def as_tuple(field: str, value: object, cls: type[_T]) -> tuple[_T, ...]:
    """Check a sequence of ``cls`` values and return it as a tuple (lists are accepted)."""
    if isinstance(value, list):
        value = tuple(value)
    if not isinstance(value, tuple) or not all(isinstance(v, cls) for v in value):
        raise InvalidValueError(field, value, f"expected a tuple of {cls.__name__}")
    return value


def check_text(field: str, value: object, *, empty: bool = False) -> None:
    if not isinstance(value, str):
        raise InvalidValueError(field, value, "expected a string")
    if not empty and not value.strip():
        raise InvalidValueError(field, value, "must not be empty")


def check_code(field: str, value: object) -> None:
    check_text(field, value)
    assert isinstance(value, str)
    if value != value.strip() or any(c.isspace() and c != " " for c in value):
        raise InvalidValueError(field, value, "must not have surrounding or control whitespace")


def check_points(field: str, value: object, *, what: str = "", places: int = MAX_PLACES) -> None:
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


def check_opt_date(field: str, value: object) -> None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise InvalidValueError(field, value, "expected a date or None")


def check_dates(owner: str, start: object, end: object) -> None:
    check_opt_date(f"{owner}.effective_from", start)
    check_opt_date(f"{owner}.effective_to", end)
    if isinstance(start, date) and isinstance(end, date) and end < start:
        raise InvalidValueError(f"{owner}.effective_to", end, "is before effective_from")


def suggest(key: object, known: Iterable[str]) -> list[str]:
    if not isinstance(key, str):
        return []
    return difflib.get_close_matches(key, list(known), n=3, cutoff=0.5)


def to_decimal_arg(field: str, value: object) -> Decimal:
    """Read a public function's number argument (Decimal or int, never float)."""
    if isinstance(value, bool):
        raise InvalidValueError(field, value, "expected a Decimal or int")
    if isinstance(value, int):
        value = Decimal(value)
    check_points(field, value)
    assert isinstance(value, Decimal)
    return value


# --- read-only maps and field checks ----------------------------------------------------------


#: Type-check every field of a scoring value: :func:`mttq.fields.check_fields` whose code enum
#: fields also read labels (``"Xuất sắc"`` for :attr:`Grade.XUAT_SAC`), as they always have.
check_labelled = functools.partial(check_fields, labels=True)

_SET = object.__setattr__


def trusted(cls: type[_T], **values: object) -> _T:
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
