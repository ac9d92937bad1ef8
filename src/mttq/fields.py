"""The field checks of the library's value classes: one engine for every package.

Every public value class of :mod:`mttq.awards` and :mod:`mttq.scoring` (and of the modules
built on them) calls a field checker first thing in ``__attrs_post_init__``: each field is
type-checked against its annotation and the few conversions the annotation allows are made.
A wrong value raises :class:`~mttq.errors.InvalidValueError` naming the field and the value::

    >>> import attrs
    >>> from decimal import Decimal
    >>> @attrs.frozen(kw_only=True)
    ... class Row:
    ...     name: str
    ...     points: Decimal
    ...     tags: tuple[str, ...] = ()
    ...
    ...     def __attrs_post_init__(self) -> None:
    ...         check_fields(self)
    >>> Row(name="Đà Nẵng", points=5, tags=["a"])
    Row(name='Đà Nẵng', points=Decimal('5'), tags=('a',))
    >>> Row(name="x", points=0.5)
    Traceback (most recent call last):
    ...
    mttq.errors.InvalidValueError: invalid points=0.5: expected a Decimal or an int, not a float

The library's field vocabulary is declared here once, as :data:`typing.Annotated` types that
carry a :class:`Spec`; the checker reads the spec, and so does :func:`mttq.io.json_schema`:

==================  =============================================================================
:data:`Text`        NFC text without control characters (a tab and a line break are allowed)
:data:`Code`        a member or unit code: non-empty NFC text, no surrounding or control whitespace
:data:`Slug`        a catalogue id: lower-case ASCII words joined by ``-`` and ``.``
:data:`Year`        an int year from :data:`MIN_YEAR` to :data:`MAX_YEAR`
:data:`Points`      a Decimal within ±:data:`MAX_POINTS`, at most :data:`MAX_PLACES` places
:data:`Share`       a Decimal from 0 to 1 (a share of the members, a threshold)
:data:`Money`       whole đồng, an int from 0 to :data:`MAX_AMOUNT`
:data:`Count`       an int from 0 (a number of members, flags, votes)
:data:`Positive`    an int from 1 (a quota, a number of rounds)
==================  =============================================================================

::

    >>> @attrs.frozen(kw_only=True)
    ... class Entry:
    ...     unit: Code
    ...     year: Year
    ...
    ...     def __attrs_post_init__(self) -> None:
    ...         check_fields(self)
    >>> Entry(unit="hoi-nd.tinh", year=2026).year
    2026
    >>> Entry(unit="HND", year=1850)
    Traceback (most recent call last):
    ...
    mttq.errors.InvalidValueError: invalid year=1850: expected a year from 1900 to 2200

A value with dates of effect takes :class:`Dated` for its ``in_force(on)`` and
``in_force_for(year)``; the plain function :func:`in_force` answers for two bounds.

What each annotation accepts (:func:`type_check`):

* ``str``: a str, stored in NFC with ``Ð`` read as ``Đ`` (:func:`nfc`; ASCII is kept as is);
* ``int``: an int, never a bool; ``bool``: ``True`` or ``False``;
* ``Decimal``: a finite Decimal or an int (converted), never a float, NaN or an infinity, and
  within 10^±100 (:data:`MAX_EXPONENT`, the range :mod:`mttq.io` reads back);
* ``date``: a plain date; a stored day holds no time, so a datetime is refused (a day *asked
  about* may be a datetime, read as its date by :func:`as_date`);
* a :class:`~mttq.codes.CodeEnum`: a member or its exact wire value; with ``labels=True``
  any text :meth:`~mttq.codes.CodeEnum.parse` reads (a label, any case or accents);
* any other class: an instance of it;
* ``X | None`` and unions, ``Literal[...]`` of str, ``tuple[X, ...]`` (a list becomes a
  tuple) and ``dict``/``Mapping`` (copied into a read-only :class:`FrozenDict`);
* ``Annotated[X, Spec(...)]``: what ``X`` accepts, then the spec's bounds, places, pattern and
  character rules.

A refusal names the field's structured location (:attr:`~mttq.errors.MttqError.where`):
``("ratings", 2)`` for the third item of ``ratings``, ``("scores", "a")`` for a map's value.

A field whose value *is* the class's own (valid, immutable) default is not checked again, and
the checks of a class are compiled once, on its first instance. Values an engine computes
itself bypass all this through the private fast constructors of the engines.

Sources: none (the rules are the library's own conventions, see ``DESIGN.md``).
"""

from __future__ import annotations

import decimal
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Final, Literal, NoReturn, TypeAlias, TypeVar, cast

import attrs

from mttq.codes import CodeEnum
from mttq.errors import InvalidValueError, UnknownCodeError, Where

__all__ = [
    "EXACT",
    "MAX_AMOUNT",
    "MAX_COUNT",
    "MAX_EXPONENT",
    "MAX_PLACES",
    "MAX_POINTS",
    "MAX_YEAR",
    "MIN_YEAR",
    "SLUG_PATTERN",
    "Check",
    "Code",
    "Count",
    "Dated",
    "FrozenDict",
    "Money",
    "Points",
    "Positive",
    "Share",
    "Slug",
    "Spec",
    "Text",
    "Year",
    "as_date",
    "bad_character",
    "check_fields",
    "check_unique",
    "enum_check",
    "in_force",
    "nfc",
    "spec_of",
    "too_precise",
    "type_check",
    "year_end",
]

#: A compiled check: called with the field's location and value, it returns the value to store
#: (the value itself, or its conversion) or raises :class:`~mttq.errors.InvalidValueError`.
Check = Callable[[Where | str, object], object]

#: The first and last year any value of the library may name (an assessment year, a term's
#: bounds, a rotation plan): one range for the whole library.
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200

#: The bound of a points value: every score lies within ±10^6.
MAX_POINTS: Final = Decimal(10**6)

#: The most digits after the decimal point a points value may have (``97.5``, ``2.25``).
MAX_PLACES: Final = 4

#: The largest amount of money in whole đồng: a base salary, a bonus (10^12 đồng).
MAX_AMOUNT: Final = 10**12

#: The largest count (members, flags, votes, rounds) any value may hold.
MAX_COUNT: Final = 10**9

#: The pattern of a catalogue id (:data:`Slug`): ``hoi-nd.tinh``, ``nd98-2023.vote-90``.
SLUG_PATTERN: Final = r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*"

#: The exponent limit of a Decimal field (10^±100), the range :mod:`mttq.io` reads back.
MAX_EXPONENT: Final = 100

#: The context of the library's own Decimal arithmetic: exact for the bounded values it
#: handles whatever the caller's :func:`decimal.getcontext` says.
EXACT: Final = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)

_K = TypeVar("_K")
_V = TypeVar("_V")


class FrozenDict(dict[_K, _V]):
    """A read-only dict: the value of every mapping field of the library's frozen classes.

    It is a :class:`dict` (so lookups run at C speed, it prints, compares and serialises as a
    dict) whose mutating methods raise :class:`TypeError`, like a tuple's would; it hashes,
    pickles and copies. Values are built once, by the field checks, from a copy of the
    caller's mapping, so a caller keeps no handle to change them.

    Examples:
        >>> d = FrozenDict({"a": 1})
        >>> d == {"a": 1}, hash(d) == hash(FrozenDict({"a": 1}))
        (True, True)
        >>> d["b"] = 2
        Traceback (most recent call last):
        ...
        TypeError: FrozenDict is read-only
    """

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError(f"{type(self).__name__} is read-only")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenDict[_K, _V]:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> FrozenDict[_K, _V]:
        return self


# --- the vocabulary --------------------------------------------------------------------------

# Control characters (category Cc), lone surrogates and the non-characters of every plane.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_BAD_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
_BAD_IN_CODE = re.compile(f"[^\\S ]|[\x00-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")


def bad_character(text: str, *, code: bool = False) -> str | None:
    r"""Describe the first character that no text (or, with ``code``, no code) may hold.

    Text may not hold control characters (Unicode category Cc) other than a tab and a line
    break, lone surrogates or non-characters; a code also holds no whitespace but spaces.

    Examples:
        >>> bad_character("Hội Nông dân\x00")
        'the control character U+0000 at position 12'
        >>> bad_character("HND tỉnh"), bad_character("a\tb", code=True)
        (None, 'the control character U+0009 at position 1')
    """
    found = (_BAD_IN_CODE if code else _BAD_IN_TEXT).search(text)
    if found is None:
        return None
    char = found.group()
    point = ord(char)
    if 0xD800 <= point <= 0xDFFF:
        what = "the lone surrogate"
    elif unicodedata.category(char) == "Cc":
        what = "the control character"
    elif char.isspace():
        what = "the whitespace character"
    else:
        what = "the non-character"
    return f"{what} U+{point:04X} at position {found.start()}"


@attrs.frozen(kw_only=True)
class Spec:
    """The constraint an ``Annotated`` field type declares: read by the checker and the schema.

    Attributes:
        name: the type's name in the vocabulary (``"Year"``).
        what: the value in words, for messages and schemas (``"a year"``).
        minimum: the smallest value allowed, or ``None``.
        maximum: the largest value allowed, or ``None``.
        places: the most digits after the decimal point, or ``None``.
        pattern: a regular expression the whole text must match, or ``None``.
        chars: ``"text"`` or ``"code"``: which characters text may hold (:func:`bad_character`).

    Examples:
        >>> spec_of(Year).minimum, spec_of(Year).maximum
        (1900, 2200)
    """

    name: str
    what: str
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    places: int | None = None
    pattern: str | None = None
    chars: Literal["text", "code"] | None = None

    def bounds(self) -> str:
        """The range in words: ``from 1900 to 2200``, ``at least 1``.

        Examples:
            >>> spec_of(Positive).bounds()
            'from 1 to 1000000000'
        """
        if self.minimum is not None and self.maximum is not None:
            return f"from {self.minimum} to {self.maximum}"
        if self.minimum is not None:
            return f"at least {self.minimum}"
        return f"at most {self.maximum}"

    def compile(self) -> Callable[[Where | str, object], None]:
        """The check of the spec alone, for a value its base type already accepted."""
        low, high, places = self.minimum, self.maximum, self.places
        matcher = re.compile(self.pattern) if self.pattern is not None else None
        code = self.chars == "code"
        what = self.what

        def check(where: Where | str, value: object) -> None:
            if isinstance(value, str):
                if self.chars is not None:
                    bad = bad_character(value, code=code)
                    if bad is not None:
                        raise InvalidValueError(where, value, f"{what} may not hold {bad}")
                if code and (not value or value != value.strip(" ")):
                    raise InvalidValueError(
                        where, value, f"{what} must be non-empty, without surrounding spaces"
                    )
                if matcher is not None and not matcher.fullmatch(value):
                    raise InvalidValueError(where, value, f"expected {what}")
                return
            number = cast("int | Decimal", value)
            if (low is not None and number < low) or (high is not None and number > high):
                raise InvalidValueError(where, value, f"expected {what} {self.bounds()}")
            if places is not None and isinstance(number, Decimal) and too_precise(number, places):
                raise InvalidValueError(
                    where, value, f"{what} have at most {places} digits after the point"
                )

        return check

    def schema(self) -> dict[str, object]:
        """The JSON Schema keywords of the spec (``minimum``, ``maximum``, ``pattern``, ...).

        Examples:
            >>> spec_of(Slug).schema()["pattern"].startswith("^[a-z0-9]+")
            True
        """
        out: dict[str, object] = {"description": self.what}
        for key, bound in (("minimum", self.minimum), ("maximum", self.maximum)):
            if bound is not None:
                out[key] = bound if isinstance(bound, int) else str(bound)
        if self.pattern is not None:
            out["pattern"] = f"^{self.pattern}$"
        elif self.chars == "code":
            out["minLength"] = 1
        return out


#: Text: NFC, without control characters but a tab and a line break (names, titles, notes).
Text: TypeAlias = Annotated[str, Spec(name="Text", what="text", chars="text")]

#: A member or unit code given by the user (``"HND"``, ``"hoi-nd.tinh"``).
Code: TypeAlias = Annotated[str, Spec(name="Code", what="a code", chars="code")]

#: A catalogue id: lower-case ASCII words joined by ``-`` and ``.`` (:data:`SLUG_PATTERN`).
Slug: TypeAlias = Annotated[
    str,
    Spec(
        name="Slug",
        what="an id of lower-case ASCII words joined by '-' and '.'",
        pattern=SLUG_PATTERN,
    ),
]

#: A year, from :data:`MIN_YEAR` to :data:`MAX_YEAR`.
Year: TypeAlias = Annotated[
    int, Spec(name="Year", what="a year", minimum=MIN_YEAR, maximum=MAX_YEAR)
]

#: Points: a Decimal within ±:data:`MAX_POINTS` with at most :data:`MAX_PLACES` places.
Points: TypeAlias = Annotated[
    Decimal,
    Spec(name="Points", what="points", minimum=-MAX_POINTS, maximum=MAX_POINTS, places=MAX_PLACES),
]

#: A share from 0 to 1 (a vote threshold, a part of the members).
Share: TypeAlias = Annotated[
    Decimal, Spec(name="Share", what="a share", minimum=Decimal(0), maximum=Decimal(1))
]

#: Money in whole đồng, from 0 to :data:`MAX_AMOUNT`.
Money: TypeAlias = Annotated[
    int, Spec(name="Money", what="an amount in đồng", minimum=0, maximum=MAX_AMOUNT)
]

#: A count from 0 (members, flags, votes).
Count: TypeAlias = Annotated[int, Spec(name="Count", what="a count", minimum=0, maximum=MAX_COUNT)]

#: A count from 1 (a quota, a number of rounds or years).
Positive: TypeAlias = Annotated[
    int, Spec(name="Positive", what="a positive count", minimum=1, maximum=MAX_COUNT)
]


def spec_of(tp: object) -> Spec | None:
    """The :class:`Spec` an ``Annotated`` type carries, or ``None``.

    Examples:
        >>> spec_of(Code).name, spec_of(str)
        ('Code', None)
    """
    if typing.get_origin(tp) is Annotated:
        for meta in typing.get_args(tp)[1:]:
            if isinstance(meta, Spec):
                return meta
    return None


def in_force(effective_from: date | None, effective_to: date | None, on: date) -> bool:
    """Whether ``on`` falls within two bounds, both inclusive, ``None`` open (no checks).

    Examples:
        >>> in_force(date(2024, 1, 1), None, date(2025, 1, 1))
        True
        >>> in_force(None, date(2025, 6, 30), date(2025, 7, 1))
        False
    """
    if effective_from is not None and on < effective_from:
        return False
    return effective_to is None or on <= effective_to


def year_end(year: object, field: str = "year") -> date:
    """The last day of an assessment year, the day a yearly rule is judged on.

    Raises:
        InvalidValueError: ``year`` is not an int from :data:`MIN_YEAR` to :data:`MAX_YEAR`.

    Examples:
        >>> year_end(2024)
        datetime.date(2024, 12, 31)
    """
    if type(year) is not int or not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidValueError(field, year, f"expected a year from {MIN_YEAR} to {MAX_YEAR}")
    return date(year, 12, 31)


class Dated:
    """The dates of effect of a value: ``in_force(on)`` and ``in_force_for(year)``.

    A mixin for value classes with ``effective_from`` and ``effective_to`` fields (``None``
    is open-ended); both bounds are inclusive.

    Examples:
        >>> @attrs.frozen(kw_only=True)
        ... class Rule(Dated):
        ...     effective_from: date | None = None
        ...     effective_to: date | None = None
        >>> rule = Rule(effective_to=date(2025, 6, 30))
        >>> rule.in_force(date(2025, 7, 1)), rule.in_force_for(2024)
        (False, True)
    """

    __slots__ = ()

    effective_from: date | None
    effective_to: date | None

    def in_force(self, on: date) -> bool:
        """Whether the value applies on the day ``on`` (a datetime is read as its date).

        Raises:
            InvalidValueError: ``on`` is not a date.
        """
        return in_force(self.effective_from, self.effective_to, as_date(on))

    def in_force_for(self, year: int) -> bool:
        """Whether the value applies to the assessment year ``year`` (in force on 31 December).

        Raises:
            InvalidValueError: ``year`` is not an int from :data:`MIN_YEAR` to :data:`MAX_YEAR`.
        """
        return in_force(self.effective_from, self.effective_to, year_end(year))


def check_unique(where: Where | str, items: object, what: str = "id") -> None:
    """Refuse a repeated item: a set of ids, members, criteria given as a sequence.

    Args:
        where: the location of the sequence.
        items: the items (hashable), in order.
        what: the items in words, for the message.

    Raises:
        InvalidValueError: at ``(*where, i)`` for the first repeat, naming the earlier place.

    Examples:
        >>> check_unique(("members",), ["HND", "TD", "HND"], "member")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid members[2]='HND': member listed twice (also at 0)
    """
    base: Where = (where,) if isinstance(where, str) else where
    seen: dict[object, int] = {}
    for i, item in enumerate(cast("typing.Iterable[object]", items)):
        first = seen.setdefault(item, i)
        if first != i:
            raise InvalidValueError((*base, i), item, f"{what} listed twice (also at {first})")


def nfc(text: str, field: str = "text") -> str:
    r"""Return ``text`` in NFC with U+00D0 ``Ð`` read as ``Đ`` (and ``ð`` as ``đ``).

    Args:
        text: the text.
        field: the name a refusal gives the value.

    Raises:
        InvalidValueError: ``text`` is not a str.

    Examples:
        >>> nfc(chr(0xD0) + "a" + chr(0x300) + " Nẵng")
        'Đà Nẵng'
        >>> nfc(None, "name")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid name=None: must be a str, not NoneType
    """
    if not isinstance(text, str):
        raise InvalidValueError(field, text, f"must be a str, not {type(text).__name__}")
    return unicodedata.normalize("NFC", text.replace("\u00d0", "Đ").replace("\u00f0", "đ"))


def as_date(value: object, field: str = "on") -> date:
    """Return the day a date argument names: a date as is, a datetime as its calendar date.

    Args:
        value: the argument.
        field: its name, for the error.

    Raises:
        InvalidValueError: ``value`` is neither a date nor a datetime.

    Examples:
        >>> as_date(datetime(2025, 6, 30, 23, 59))
        datetime.date(2025, 6, 30)
        >>> as_date("2025-06-30")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid on='2025-06-30': must be a datetime.date
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise InvalidValueError(field, value, "must be a datetime.date")


def too_precise(value: Decimal, places: int) -> bool:
    """Whether ``value`` (finite, at most 10^3) has non-zero digits beyond ``places``.

    Examples:
        >>> too_precise(Decimal("0.125"), 2), too_precise(Decimal("0.100"), 2)
        (True, False)
    """
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -places:
        return False
    return value != value.quantize(Decimal(1).scaleb(-places), context=EXACT)


# --- the checks of plain classes ---------------------------------------------------------------


def _type_name(tp: object) -> str:
    if tp is type(None):
        return "None"
    if tp is date:
        return "datetime.date"
    name = getattr(tp, "__name__", None)
    return name if isinstance(name, str) and typing.get_origin(tp) is None else str(tp)


def _check_text(field: Where | str, value: object) -> object:
    if type(value) is str and value.isascii():
        return value
    if not isinstance(value, str):
        raise InvalidValueError(field, value, f"must be a str, not {type(value).__name__}")
    return unicodedata.normalize("NFC", value.replace("\u00d0", "Đ").replace("\u00f0", "đ"))


def _check_int(field: Where | str, value: object) -> object:
    if type(value) is int:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, "expected an int")
    return int(value)


def _check_bool(field: Where | str, value: object) -> object:
    if value is True or value is False:
        return value
    raise InvalidValueError(field, value, "expected True or False")


def _check_decimal(field: Where | str, value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if isinstance(value, float):
        raise InvalidValueError(field, value, "expected a Decimal or an int, not a float")
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidValueError(field, value, "expected a finite Decimal (or an int)")
    if value and not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise InvalidValueError(field, value, f"must be within 10^±{MAX_EXPONENT}")
    return value


def _check_date(field: Where | str, value: object) -> object:
    if type(value) is date:
        return value
    if isinstance(value, datetime):
        raise InvalidValueError(
            field, value, "a stored day must be a plain datetime.date, not a datetime"
        )
    if not isinstance(value, date):
        raise InvalidValueError(field, value, "expected a datetime.date")
    return value


_SIMPLE: Final[dict[type, Check]] = {
    str: _check_text,
    int: _check_int,
    bool: _check_bool,
    Decimal: _check_decimal,
    date: _check_date,
}


def enum_check(cls: type[CodeEnum], *, labels: bool = False) -> Check:
    """The check of a code enum field: a member of ``cls``, or text naming one.

    Args:
        cls: the enum.
        labels: read any text :meth:`~mttq.codes.CodeEnum.parse` reads (a Vietnamese label,
            any case or accents); otherwise only the exact wire value.

    Examples:
        >>> from mttq.codes import Level
        >>> enum_check(Level)("level", "commune")
        <Level.COMMUNE: 'commune'>
        >>> enum_check(Level, labels=True)("level", "cấp xã")
        <Level.COMMUNE: 'commune'>
        >>> enum_check(Level)("level", 3)
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid level=3: expected a Level (wire codes: ...)
    """
    if labels:

        def check_label(field: Where | str, value: object) -> object:
            if isinstance(value, cls):
                return value
            if type(value) is str:  # a wire code or a label, not another enum's member
                try:
                    return cls.parse(value)
                except UnknownCodeError as exc:
                    raise InvalidValueError(field, value, str(exc)) from None
            raise InvalidValueError(field, value, f"expected a {cls.__name__}")

        return check_label
    by_value = {m.value: m for m in cls}
    codes = ", ".join(repr(m.value) for m in cls)

    def check_code(field: Where | str, value: object) -> object:
        if isinstance(value, cls):
            return value
        if type(value) is str:
            member = by_value.get(value)
            if member is not None:
                return member
        raise InvalidValueError(field, value, f"expected a {cls.__name__} (wire codes: {codes})")

    return check_code


def _plain(tp: object) -> bool:
    """Whether a value of ``tp`` is checked by ``isinstance`` alone (no conversion)."""
    return isinstance(tp, type) and tp not in _SIMPLE and not issubclass(tp, CodeEnum)


def _class_check(cls: type, labels: bool) -> Check:
    found = _SIMPLE.get(cls)
    if found is not None:
        return found
    if issubclass(cls, CodeEnum):
        return enum_check(cls, labels=labels)

    def check_instance(field: Where | str, value: object) -> object:
        if not isinstance(value, cls):
            raise InvalidValueError(field, value, f"expected a {cls.__name__}")
        return value

    return check_instance


def _union_check(args: tuple[object, ...], labels: bool) -> Check:
    optional = type(None) in args
    others = tuple(a for a in args if a is not type(None))
    expected = " or ".join(_type_name(a) for a in args)
    if len(others) == 1:
        only = _type_check(others[0], labels)

        def check_optional(field: Where | str, value: object) -> object:
            return None if value is None else only(field, value)

        return check_optional
    if all(_plain(a) for a in others):  # a union of value classes (a shape): isinstance
        classes = cast("tuple[type, ...]", others)

        def check_classes(field: Where | str, value: object) -> object:
            if isinstance(value, classes) or (value is None and optional):
                return value
            raise InvalidValueError(field, value, f"expected {expected}")

        return check_classes
    members = tuple(_type_check(a, labels) for a in others)

    def check_union(field: Where | str, value: object) -> object:
        if value is None and optional:
            return None
        for member in members:
            try:
                return member(field, value)
            except InvalidValueError:
                continue
        raise InvalidValueError(field, value, f"expected {expected}")

    return check_union


def _tuple_check(tp: object, labels: bool) -> Check:
    item = _type_check(tp, labels)
    what = _type_name(tp)
    plain = cast("type", tp) if _plain(tp) else None

    def check_tuple(field: Where | str, value: object) -> object:
        if type(value) is not tuple:
            if not isinstance(value, tuple | list):
                raise InvalidValueError(field, value, f"expected a tuple of {what}")
            value = tuple(value)
        if plain is not None:  # the common case: a tuple of value classes
            for i, v in enumerate(value):
                if not isinstance(v, plain):
                    raise InvalidValueError((*_base(field), i), v, f"expected a {what}")
            return value
        base = _base(field)
        checked = tuple([item((*base, i), v) for i, v in enumerate(value)])
        same = all(a is b for a, b in zip(checked, value, strict=True))
        return value if same else checked

    return check_tuple


def _mapping_check(key: object, item: object, labels: bool) -> Check:
    key_check = _type_check(key, labels)
    value_check = _type_check(item, labels)

    def check_mapping(field: Where | str, value: object) -> object:
        if not isinstance(value, Mapping):
            raise InvalidValueError(field, value, "expected a mapping")
        out: dict[object, object] = {}
        for k, v in value.items():
            place = (*_base(field), k if isinstance(k, str | int) else str(k))
            out[key_check(place, k)] = value_check(place, v)
        return FrozenDict(out)

    return check_mapping


def type_check(tp: object, *, labels: bool = False) -> Check:
    """Compile the check of one field annotation (see the module docstring for what it takes).

    Args:
        tp: the annotation (a class, ``X | None``, a union, ``Literal``, ``tuple[X, ...]``,
            ``dict[K, V]`` or ``Mapping[K, V]``), evaluated.
        labels: let code enums read labels too (:func:`enum_check`).

    Raises:
        TypeError: an annotation no check exists for (a bug in the class, not bad input).

    Examples:
        >>> from decimal import Decimal
        >>> check = type_check(tuple[Decimal, ...])
        >>> check("points", [1, Decimal("2.5")])
        (Decimal('1'), Decimal('2.5'))
        >>> type_check(int | None)("year", True)
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid year=True: expected an int
    """
    return _type_check(tp, labels)


def _base(field: Where | str) -> Where:
    return (field,) if isinstance(field, str) else field


def _annotated_check(tp: object, labels: bool) -> Check:
    base, *meta = typing.get_args(tp)
    inner = _type_check(base, labels)
    specs = [m.compile() for m in meta if isinstance(m, Spec)]
    if not specs:
        return inner

    def check_annotated(field: Where | str, value: object) -> object:
        checked = inner(field, value)
        for spec in specs:
            spec(field, checked)
        return checked

    return check_annotated


def _type_check(tp: object, labels: bool) -> Check:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Annotated:
        return _annotated_check(tp, labels)
    if origin is typing.Union or origin is types.UnionType:
        return _union_check(args, labels)
    if origin is Literal:
        allowed = args

        def check_literal(field: Where | str, value: object) -> object:
            if not isinstance(value, str) or value not in allowed:
                raise InvalidValueError(field, value, f"expected one of {allowed}")
            return value

        return check_literal
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_check(args[0], labels)
    if origin in {dict, Mapping} and len(args) == 2:
        return _mapping_check(args[0], args[1], labels)
    if isinstance(tp, type) and origin is None:
        return _class_check(tp, labels)
    raise TypeError(f"no check for the field type {tp!r}")


_SET = object.__setattr__
_NO_DEFAULT: Final = object()
_FACTORY: Final = cast("type", attrs.Factory)


_Compiled = tuple[tuple[str, Where, Check, object], ...]


def _compile(cls: type, labels: bool) -> _Compiled:
    """The checks of the fields of ``cls``, with each default that needs no check."""
    hints = typing.get_type_hints(cls, include_extras=True)
    out = []
    for f in attrs.fields(cast("type[attrs.AttrsInstance]", cls)):
        check = _type_check(hints[f.name], labels)
        where: Where = (f.name,)
        default: object = _NO_DEFAULT
        if f.default is not attrs.NOTHING and not isinstance(f.default, _FACTORY):
            try:
                if check(where, f.default) is f.default:
                    default = f.default  # valid and kept as is: skipped when met again
            except InvalidValueError:
                pass
        out.append((f.name, where, check, default))
    return tuple(out)


_CACHES: Final[tuple[dict[type, _Compiled], dict[type, _Compiled]]] = ({}, {})


def check_fields(obj: object, *, labels: bool = False) -> None:
    """Type-check every field of an attrs value, converting where the annotation allows.

    The checks of a class are compiled on its first instance and cached. Conversions are
    stored in place (through ``object.__setattr__``, so frozen classes work): a list becomes
    a tuple, an int a Decimal, a wire code its enum member, text NFC, a mapping a
    :class:`FrozenDict`. A field whose value *is* the class's default is skipped.

    Args:
        obj: an instance of an attrs class whose fields are all annotated.
        labels: let code enum fields read labels too (:func:`enum_check`); the classes of
            the scoring package use this.

    Raises:
        InvalidValueError: the first field (or item, ``ratings[2]``) of the wrong type.

    Examples:
        >>> import attrs
        >>> @attrs.define
        ... class Box:
        ...     on: date
        ...     points: tuple[Decimal, ...] = ()
        >>> box = Box(date(2025, 7, 1), [1, 2])
        >>> check_fields(box)
        >>> box.points
        (Decimal('1'), Decimal('2'))
        >>> check_fields(Box(datetime(2025, 7, 1, 8, 30)))
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid on=datetime.datetime(2025, 7, 1, 8, 30): \
a stored day must be a plain datetime.date, not a datetime
    """
    cls = type(obj)
    cache = _CACHES[labels]
    checks = cache.get(cls)
    if checks is None:
        checks = cache[cls] = _compile(cls, labels)
    for name, where, check, default in checks:
        value = getattr(obj, name)
        if value is default:  # the class's own default (immutable, valid): nothing to do
            continue
        checked = check(where, value)
        if checked is not value:
            _SET(obj, name, checked)
