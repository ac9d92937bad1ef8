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
  tuple) and ``dict``/``Mapping`` (copied into a read-only :class:`FrozenDict`).

A field whose value *is* the class's own (valid, immutable) default is not checked again, and
the checks of a class are compiled once, on its first instance. Values an engine computes
itself bypass all this through the private fast constructors of the engines.

Sources: none (the rules are the library's own conventions, see ``DESIGN.md``).
"""

from __future__ import annotations

import decimal
import types
import typing
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Final, Literal, NoReturn, TypeVar, cast

import attrs

from mttq.codes import CodeEnum
from mttq.errors import InvalidValueError, UnknownCodeError

__all__ = [
    "EXACT",
    "MAX_EXPONENT",
    "Check",
    "FrozenDict",
    "as_date",
    "check_fields",
    "enum_check",
    "nfc",
    "too_precise",
    "type_check",
]

#: A compiled check: called with the field's name and value, it returns the value to store
#: (the value itself, or its conversion) or raises :class:`~mttq.errors.InvalidValueError`.
Check = Callable[[str, object], object]

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


def _check_text(field: str, value: object) -> object:
    if type(value) is str and value.isascii():
        return value
    return nfc(cast("str", value), field)


def _check_int(field: str, value: object) -> object:
    if type(value) is int:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, "expected an int")
    return int(value)


def _check_bool(field: str, value: object) -> object:
    if value is True or value is False:
        return value
    raise InvalidValueError(field, value, "expected True or False")


def _check_decimal(field: str, value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if isinstance(value, float):
        raise InvalidValueError(field, value, "expected a Decimal or an int, not a float")
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidValueError(field, value, "expected a finite Decimal (or an int)")
    if value and not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise InvalidValueError(field, value, f"must be within 10^±{MAX_EXPONENT}")
    return value


def _check_date(field: str, value: object) -> object:
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

        def check_label(field: str, value: object) -> object:
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

    def check_code(field: str, value: object) -> object:
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

    def check_instance(field: str, value: object) -> object:
        if not isinstance(value, cls):
            raise InvalidValueError(field, value, f"expected a {cls.__name__}")
        return value

    return check_instance


def _union_check(args: tuple[object, ...], labels: bool) -> Check:
    optional = type(None) in args
    others = tuple(a for a in args if a is not type(None))
    expected = " or ".join(_type_name(a) for a in args)
    if len(others) == 1:
        only = type_check(others[0], labels=labels)

        def check_optional(field: str, value: object) -> object:
            return None if value is None else only(field, value)

        return check_optional
    if all(_plain(a) for a in others):  # a union of value classes (a shape): isinstance
        classes = cast("tuple[type, ...]", others)

        def check_classes(field: str, value: object) -> object:
            if isinstance(value, classes) or (value is None and optional):
                return value
            raise InvalidValueError(field, value, f"expected {expected}")

        return check_classes
    members = tuple(type_check(a, labels=labels) for a in others)

    def check_union(field: str, value: object) -> object:
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
    item = type_check(tp, labels=labels)
    what = _type_name(tp)
    plain = cast("type", tp) if _plain(tp) else None

    def check_tuple(field: str, value: object) -> object:
        if type(value) is not tuple:
            if not isinstance(value, tuple | list):
                raise InvalidValueError(field, value, f"expected a tuple of {what}")
            value = tuple(value)
        if plain is not None:  # the common case: a tuple of value classes
            for i, v in enumerate(value):
                if not isinstance(v, plain):
                    raise InvalidValueError(f"{field}[{i}]", v, f"expected a {what}")
            return value
        checked = tuple([item(f"{field}[{i}]", v) for i, v in enumerate(value)])
        same = all(a is b for a, b in zip(checked, value, strict=True))
        return value if same else checked

    return check_tuple


def _mapping_check(key: object, item: object, labels: bool) -> Check:
    key_check = type_check(key, labels=labels)
    value_check = type_check(item, labels=labels)

    def check_mapping(field: str, value: object) -> object:
        if not isinstance(value, Mapping):
            raise InvalidValueError(field, value, "expected a mapping")
        out: dict[object, object] = {}
        for k, v in value.items():
            out[key_check(f"{field} key", k)] = value_check(f"{field}[{k!r}]", v)
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
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        return _union_check(args, labels)
    if origin is Literal:
        allowed = args

        def check_literal(field: str, value: object) -> object:
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


_Compiled = tuple[tuple[str, Check, object], ...]


def _compile(cls: type, labels: bool) -> _Compiled:
    """The checks of the fields of ``cls``, with each default that needs no check."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in attrs.fields(cast("type[attrs.AttrsInstance]", cls)):
        check = type_check(hints[f.name], labels=labels)
        default: object = _NO_DEFAULT
        if f.default is not attrs.NOTHING and not isinstance(f.default, _FACTORY):
            try:
                if check(f.name, f.default) is f.default:
                    default = f.default  # valid and kept as is: skipped when met again
            except InvalidValueError:
                pass
        out.append((f.name, check, default))
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
    for name, check, default in checks:
        value = getattr(obj, name)
        if value is default:  # the class's own default (immutable, valid): nothing to do
            continue
        checked = check(name, value)
        if checked is not value:
            _SET(obj, name, checked)
