"""Structured data in and out: the one converter, JSON and TOML files, and JSON Schema.

Every value of :mod:`mttq` is a frozen attrs class. This module turns them into plain data
(``dict``, ``list``, ``str``, ``int``, ``bool``, ``None``) and back, through one
:mod:`cattrs` converter built by :func:`make_converter`:

* ``Decimal`` is written as a string (``"97.5"``) so no digit is lost; it is read from a
  string, an ``int`` or a ``Decimal`` (JSON and TOML numbers are read as ``Decimal``), never
  from a ``float``;
* ``date`` and ``datetime`` are ISO 8601 strings;
* enums are their ASCII wire values;
* a field typed as a union of attrs classes (a rule set, a rotation policy) is a tagged union:
  the object carries ``"type": "<ClassName>"``;
* types are strict: ``"12"`` is not an ``int``, ``"abc"`` is not a tuple of letters, and
  unknown keys are refused (``forbid_extra_keys``);
* a key whose value may be ``null`` may be left out, and then reads as ``null`` (TOML has no
  ``null``, so this is how a TOML file says "none").

Every failure becomes a :class:`~mttq.errors.DataError` whose ``problems`` name each bad
place with a path such as ``$.members[3].code``::

    >>> import attrs
    >>> from mttq.io import from_data, to_data
    >>> @attrs.frozen(kw_only=True)
    ... class Unit:
    ...     code: str
    ...     points: Decimal
    >>> to_data(Unit(code="HND", points=Decimal("97.5")))
    {'code': 'HND', 'points': '97.5'}
    >>> from_data({"code": "HND", "points": "97.5"}, Unit)
    Unit(code='HND', points=Decimal('97.5'))
    >>> try:
    ...     from_data({"code": 7, "points": "x", "colour": "red"}, Unit)
    ... except DataError as exc:
    ...     for problem in exc.problems:
    ...         print(problem)
    $.code: expected a string, got int 7
    $.points: expected a decimal number, got 'x'
    $: unknown key 'colour'

Files are read with :func:`load` and written with :func:`dump`; ``.json`` and ``.toml`` are
supported. Loading never executes anything from the file (``json`` and ``tomllib`` only build
plain data) and refuses files larger than :data:`MAX_FILE_BYTES` or nested deeper than
:data:`MAX_DEPTH`.
"""

from __future__ import annotations

import json
import math
import os
import re
import tomllib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, mapping_structure_factory
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.preconf.json import make_converter as _make_json_converter

from mttq.errors import DataError, InvalidValueError, MttqError, Problem

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "TAG",
    "converter",
    "dump",
    "dumps",
    "from_data",
    "json_schema",
    "load",
    "loads",
    "make_converter",
    "to_data",
]

T = TypeVar("T")

#: The largest file :func:`load` reads, in bytes (10 MiB). A year of a national cluster
#: system is well under 1 MiB.
MAX_FILE_BYTES = 10 * 1024 * 1024

#: The deepest nesting of lists and objects :func:`load` and :func:`from_data` accept.
MAX_DEPTH = 64

#: The key that names the class of an object standing where a union of classes is allowed.
TAG = "type"

Format = Literal["json", "toml"]


class _TypeMismatchError(TypeError):
    """Raised inside structure hooks; turned into a :class:`Problem` message."""


def _describe(obj: object) -> str:
    text = repr(obj)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(obj).__name__} {text}" if not isinstance(obj, str) else text


def _mismatch(expected: str, obj: object) -> _TypeMismatchError:
    return _TypeMismatchError(f"expected {expected}, got {_describe(obj)}")


# --- scalar hooks ---------------------------------------------------------------------------


def _structure_str(obj: object, _: type) -> str:
    if not isinstance(obj, str):
        raise _mismatch("a string", obj)
    return obj


def _structure_int(obj: object, _: type) -> int:
    if isinstance(obj, bool) or not isinstance(obj, int):
        if isinstance(obj, Decimal) and obj.is_finite() and obj == obj.to_integral_value():
            return int(obj)
        raise _mismatch("an integer", obj)
    return obj


def _structure_bool(obj: object, _: type) -> bool:
    if not isinstance(obj, bool):
        raise _mismatch("true or false", obj)
    return obj


_MAX_EXPONENT = 100
_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _structure_decimal(obj: object, _: type) -> Decimal:
    if isinstance(obj, bool):
        raise _mismatch("a decimal number", obj)
    if isinstance(obj, Decimal):
        value = obj
    elif isinstance(obj, int):
        value = Decimal(obj)
    elif isinstance(obj, str) and len(obj) <= 100 and _DECIMAL_TEXT.fullmatch(obj.strip()):
        value = Decimal(obj.strip())
    elif isinstance(obj, float):
        raise _TypeMismatchError(
            f"expected a decimal number as a string or integer, got float {obj!r} "
            "(floats are not exact)"
        )
    else:
        raise _mismatch("a decimal number", obj)
    if not value.is_finite():
        raise _mismatch("a finite decimal number", obj)
    if value and not -_MAX_EXPONENT <= value.adjusted() <= _MAX_EXPONENT:
        raise _mismatch(f"a decimal number within 10^±{_MAX_EXPONENT}", obj)
    return value


def _structure_date(obj: object, _: type) -> date:
    if isinstance(obj, date) and not isinstance(obj, datetime):
        return obj
    if isinstance(obj, str) and len(obj) == 10:
        try:
            return date.fromisoformat(obj)
        except ValueError:
            pass
    raise _mismatch("a date as YYYY-MM-DD", obj)


def _structure_datetime(obj: object, _: type) -> datetime:
    if isinstance(obj, datetime):
        return obj
    if isinstance(obj, str) and 10 <= len(obj) <= 40:
        try:
            return datetime.fromisoformat(obj)
        except ValueError:
            pass
    raise _mismatch("a date and time as YYYY-MM-DDTHH:MM[:SS]", obj)


def _structure_enum(obj: object, cls: type[Enum]) -> Enum:
    try:
        return cls(obj)
    except (ValueError, TypeError):
        shown = ", ".join(repr(m.value) for m in cls)
        raise _TypeMismatchError(f"expected one of {shown}; got {_describe(obj)}") from None


def _enum_value(member: Enum) -> Any:
    value = member.value
    return str(value) if isinstance(value, str) else value


# --- containers -----------------------------------------------------------------------------


def _is_homogenous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_fixed_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and not (len(args) == 2 and args[1] is Ellipsis)


def _is_mapping(tp: Any) -> bool:
    return typing.get_origin(tp) in (dict, Mapping)


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _union_members(tp: Any) -> tuple[Any, ...]:
    return tuple(arg for arg in typing.get_args(tp) if arg is not type(None))


def _is_class_union(tp: Any) -> bool:
    members = _union_members(tp) if _is_union(tp) else ()
    return len(members) >= 2 and all(attrs.has(m) for m in members)


def _is_scalar_union(tp: Any) -> bool:
    return _is_union(tp) and len(_union_members(tp)) >= 2 and not _is_class_union(tp)


def _sequence_factory(tp: Any, conv: cattrs.Converter) -> Callable[[object, type], tuple[Any, ...]]:
    inner = homogenous_tuple_structure_factory(tp, conv)

    def structure_sequence(obj: object, cl: type) -> tuple[Any, ...]:
        if not isinstance(obj, list | tuple):
            raise _mismatch("a list", obj)
        result: tuple[Any, ...] = inner(obj, cl)
        return result

    return structure_sequence


def _fixed_tuple_unstructure_factory(
    tp: Any, conv: cattrs.Converter
) -> Callable[[tuple[Any, ...]], list[Any]]:
    hooks = [conv.get_unstructure_hook(arg) for arg in typing.get_args(tp)]

    def unstructure_fixed(obj: tuple[Any, ...]) -> list[Any]:
        return [hook(item) for hook, item in zip(hooks, obj, strict=False)]

    return unstructure_fixed


def _mapping_factory(tp: Any, conv: cattrs.Converter) -> Callable[[object, type], dict[Any, Any]]:
    inner = mapping_structure_factory(tp, conv)

    def structure_mapping(obj: object, cl: type) -> dict[Any, Any]:
        if not isinstance(obj, Mapping):
            raise _mismatch("an object (a table of keys and values)", obj)
        result: dict[Any, Any] = inner(obj, cl)
        return result

    return structure_mapping


def _class_union_structure_factory(
    tp: Any, conv: cattrs.Converter
) -> Callable[[object, type], Any]:
    members = {m.__name__: m for m in _union_members(tp)}
    optional = type(None) in typing.get_args(tp)
    names = ", ".join(repr(n) for n in members)

    def structure_tagged(obj: object, _: type) -> Any:
        if obj is None and optional:
            return None
        if not isinstance(obj, Mapping):
            raise _mismatch(f"an object with {TAG!r} one of {names}", obj)
        tag = obj.get(TAG)
        cls = members.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise _TypeMismatchError(f"expected {TAG!r} to be one of {names}; got {tag!r}")
        rest = {k: v for k, v in obj.items() if k != TAG}
        return conv.structure(rest, cls)

    return structure_tagged


def _class_union_unstructure_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any], Any]:
    def unstructure_tagged(obj: Any) -> Any:
        if obj is None:
            return None
        data = conv.unstructure(obj, unstructure_as=type(obj))
        return {TAG: type(obj).__name__, **data}

    return unstructure_tagged


def _scalar_union_structure_factory(
    tp: Any, conv: cattrs.Converter
) -> Callable[[object, type], Any]:
    members = _union_members(tp)
    optional = type(None) in typing.get_args(tp)
    hooks = [(m, conv.get_structure_hook(m)) for m in members]

    def structure_union(obj: object, _: type) -> Any:
        if obj is None and optional:
            return None
        for member, hook in hooks:
            try:
                return hook(obj, member)
            except (_TypeMismatchError, MttqError, ValueError, TypeError, ClassValidationError):
                continue
        expected = " or ".join(getattr(m, "__name__", str(m)) for m in members)
        raise _mismatch(expected, obj)

    return structure_union


def _placed(cls: type, exc: Exception) -> Exception:
    """Place a validator's error at its field's path when the error names a field."""
    if not isinstance(exc, MttqError) or getattr(exc, "__notes__", None):
        return exc
    mismatch = _TypeMismatchError(str(exc))
    field = getattr(exc, "field", None)
    names = {a.alias or a.name: a for a in attrs.fields(cls)}
    if field in names:
        where = f"Structuring class {cls.__name__} @ attribute {field}"
        mismatch.__notes__ = [AttributeValidationNote(where, str(field), names[field].type)]
    return mismatch


def _nullable_without_default(cls: type) -> tuple[str, ...]:
    """The keys of ``cls`` that may be null and have no default: left out, they read as null."""
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError):  # pragma: no cover - unresolvable annotations
        return ()
    return tuple(
        field.alias or field.name
        for field in attrs.fields(cls)
        if field.init
        and field.default is attrs.NOTHING
        and _is_union(hints.get(field.name))
        and type(None) in typing.get_args(hints[field.name])
    )


def _attrs_factory(cls: type, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    inner: Callable[[Any, type], Any] = conv.gen_structure_attrs_fromdict(cls)
    nullable = _nullable_without_default(cls)

    def structure_attrs(obj: object, cl: type) -> Any:
        if not isinstance(obj, Mapping):
            raise _mismatch(f"an object for {cls.__name__}", obj)
        missing = [key for key in nullable if key not in obj]
        if missing:  # TOML has no null: a nullable key that is left out means null
            obj = {**obj, **dict.fromkeys(missing)}
        try:
            return inner(obj, cl)
        except ClassValidationError as exc:  # a validator may have refused the whole value
            placed = [_placed(cls, sub) for sub in exc.exceptions]
            raise ClassValidationError(exc.message, placed, cls) from None
        except MttqError as exc:  # pragma: no cover - cattrs without detailed validation
            raise _placed(cls, exc) from None

    return structure_attrs


def make_converter() -> cattrs.Converter:
    """Build the converter :mod:`mttq` uses for every type.

    It is a new value on each call; :data:`converter` is the one the module functions use.
    Hooks can be added to your own copy without touching the shared one.

    Examples:
        >>> from datetime import date
        >>> conv = make_converter()
        >>> conv.unstructure(date(2024, 2, 27))
        '2024-02-27'
        >>> conv.structure("97.50", Decimal)
        Decimal('97.50')
    """
    conv = _make_json_converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    # Enums are registered by class so that the ``str`` hooks never catch a StrEnum.
    for base in (Enum, StrEnum):
        conv.register_structure_hook(base, _structure_enum)
        conv.register_unstructure_hook(base, _enum_value)
    conv.register_structure_hook_factory(attrs.has, _attrs_factory)
    conv.register_structure_hook_factory(_is_homogenous_tuple, _sequence_factory)
    conv.register_unstructure_hook_factory(_is_fixed_tuple, _fixed_tuple_unstructure_factory)
    conv.register_structure_hook_factory(_is_mapping, _mapping_factory)
    conv.register_structure_hook_factory(_is_class_union, _class_union_structure_factory)
    conv.register_unstructure_hook_factory(_is_class_union, _class_union_unstructure_factory)
    conv.register_structure_hook_factory(_is_scalar_union, _scalar_union_structure_factory)
    return conv


#: The shared converter, built once by :func:`make_converter`. Do not register hooks on it;
#: build your own with :func:`make_converter` instead.
converter = make_converter()


# --- errors ---------------------------------------------------------------------------------


def _format_exception(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        keys = sorted(exc.extra_fields)
        return ("unknown key " if len(keys) == 1 else "unknown keys ") + ", ".join(
            repr(k) for k in keys
        )
    if isinstance(exc, KeyError):
        return "required key is missing"
    if isinstance(exc, _TypeMismatchError | MttqError):
        return str(exc)
    if isinstance(exc, RecursionError):  # pragma: no cover - caught earlier in _check_depth
        return "nested too deeply"
    name = getattr(type_, "__name__", None) or str(type_)
    return f"invalid value for {name}: {exc}"


def _problems(exc: BaseException) -> list[Problem]:
    problems = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_format_exception):
        message, _, path = line.rpartition(" @ ")
        if path.endswith(".") or not path:  # pragma: no cover - defensive
            path, message = "$", line
        problems.append(Problem(path=path, message=message))
    return problems


def _check_depth(data: object) -> None:
    stack: list[tuple[object, int, str]] = [(data, 0, "$")]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            raise DataError([Problem(path=path, message=f"nested deeper than {MAX_DEPTH} levels")])
        if isinstance(node, Mapping):
            stack.extend((v, depth + 1, f"{path}.{k}") for k, v in node.items())
        elif isinstance(node, list | tuple):
            stack.extend((v, depth + 1, f"{path}[{i}]") for i, v in enumerate(node))


def to_data(obj: object, *, as_type: Any = None) -> Any:
    """Turn a value of :mod:`mttq` into plain data (dicts, lists, strings, numbers).

    Args:
        obj: the value.
        as_type: the declared type to write it as; pass a union alias to get the ``"type"``
            tag at the top level too.

    Examples:
        >>> from mttq.errors import Problem
        >>> to_data(Problem(path="$.year", message="too early"))
        {'path': '$.year', 'message': 'too early'}
    """
    try:
        if as_type is None:
            return converter.unstructure(obj)
        return converter.unstructure(obj, unstructure_as=as_type)
    except RecursionError:
        raise InvalidValueError("obj", type(obj).__name__, "nested too deeply to write") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidValueError("obj", type(obj).__name__, f"cannot be written: {exc}") from None


@typing.overload
def from_data(data: object, cls: type[T]) -> T: ...
@typing.overload
def from_data(data: object, cls: Any) -> Any: ...
def from_data(data: object, cls: Any) -> Any:
    """Build a value of type ``cls`` from plain data, checking every field.

    Raises:
        DataError: listing every problem with its path (``$.members[3].code``).

    Examples:
        >>> from mttq.errors import Problem
        >>> from_data({"path": "$", "message": "ok"}, Problem)
        Problem(path='$', message='ok')
    """
    _check_depth(data)
    try:
        return converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError) as exc:
        raise DataError(_problems(exc)) from None
    except DataError:
        raise
    except (_TypeMismatchError, MttqError) as exc:
        raise DataError([Problem(path="$", message=str(exc))]) from None
    except RecursionError:
        raise DataError([Problem(path="$", message="nested too deeply")]) from None
    except Exception as exc:  # cattrs may raise other errors for exotic input
        raise DataError([Problem(path="$", message=_format_exception(exc, cls))]) from None


# --- files ----------------------------------------------------------------------------------


def _refuse_constant(name: str) -> Decimal:
    raise ValueError(f"{name} is not a number this library accepts")


def _pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _parse_text(text: str, fmt: Format) -> Any:
    try:
        if fmt == "json":
            return json.loads(
                text,
                parse_float=Decimal,
                parse_constant=_refuse_constant,
                object_pairs_hook=_pairs_without_duplicates,
            )
        return tomllib.loads(text, parse_float=Decimal)
    except RecursionError:
        raise DataError([Problem(path="$", message="nested too deeply")]) from None
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise DataError([Problem(path="$", message=msg)]) from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError([Problem(path="$", message=f"not valid TOML: {exc}")]) from None
    except ValueError as exc:
        raise DataError([Problem(path="$", message=f"not valid {fmt.upper()}: {exc}")]) from None


def _path(path: object) -> Path:
    if not isinstance(path, str | os.PathLike):
        raise InvalidValueError("path", path, "must be a str or a path")
    return Path(path)


def _format_of(path: Path, fmt: Format | None) -> Format:
    if fmt is not None:
        if fmt not in ("json", "toml"):
            raise InvalidValueError("format", fmt, "must be 'json' or 'toml'")
        return fmt
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".toml":
        return "toml"
    raise InvalidValueError("path", str(path), "the file name must end in .json or .toml")


@typing.overload
def loads(text: str, cls: type[T], *, format: Format = "json") -> T: ...
@typing.overload
def loads(text: str, cls: Any, *, format: Format = "json") -> Any: ...
def loads(text: str, cls: Any, *, format: Format = "json") -> Any:
    """Build a value of type ``cls`` from JSON or TOML text.

    Examples:
        >>> from mttq.errors import Problem
        >>> loads('{"path": "$", "message": "ok"}', Problem)
        Problem(path='$', message='ok')
    """
    if not isinstance(text, str):
        raise InvalidValueError("text", type(text).__name__, "must be a str")
    if format not in ("json", "toml"):
        raise InvalidValueError("format", format, "must be 'json' or 'toml'")
    if len(text) > MAX_FILE_BYTES:
        msg = f"text of {len(text)} characters is over the limit of {MAX_FILE_BYTES}"
        raise DataError([Problem(path="$", message=msg)])
    return from_data(_parse_text(text, format), cls)


@typing.overload
def load(path: str | Path, cls: type[T], *, format: Format | None = None) -> T: ...
@typing.overload
def load(path: str | Path, cls: Any, *, format: Format | None = None) -> Any: ...
def load(path: str | Path, cls: Any, *, format: Format | None = None) -> Any:
    """Read a value of type ``cls`` from a ``.json`` or ``.toml`` file.

    The file must be UTF-8 (a byte-order mark is allowed) and at most
    :data:`MAX_FILE_BYTES` long. Errors name the file and the path inside it.

    Raises:
        DataError: the file is unreadable, too large, not UTF-8, not valid JSON/TOML, or does
            not describe a valid ``cls``; ``str(error)`` starts with the file name.
        InvalidValueError: the file name has no ``.json``/``.toml`` suffix and no ``format``
            is given.
    """
    path = _path(path)
    fmt = _format_of(path, format)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            msg = f"file is {size} bytes, over the limit of {MAX_FILE_BYTES} bytes"
            raise DataError([Problem(path="$", message=msg)], source=source)
        raw = path.read_bytes()
    except OSError as exc:
        msg = f"cannot read the file: {exc.strerror or exc}"
        raise DataError([Problem(path="$", message=msg)], source=source) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"the file is not UTF-8 (bad byte at offset {exc.start})"
        raise DataError([Problem(path="$", message=msg)], source=source) from None
    try:
        return from_data(_parse_text(text, fmt), cls)
    except DataError as exc:
        raise exc.with_source(source) from None


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


_TOML_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\"} | {
    c: f"\\u{c:04x}" for c in [*range(0x20), 0x7F]
}


def _toml_string(text: str) -> str:
    return '"' + text.translate(_TOML_ESCAPES) + '"'


def _toml_value(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, Decimal | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidValueError(where, value, "TOML cannot hold a non-finite number")
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v, f"{where}[{i}]") for i, v in enumerate(value)) + "]"
    if isinstance(value, Mapping):
        for k in value:
            if not isinstance(k, str):
                raise InvalidValueError(where, k, "TOML keys must be strings")
        parts = [
            f"{_toml_key(k)} = {_toml_value(v, f'{where}.{k}')}"
            for k, v in value.items()
            if v is not None
        ]
        return "{" + ", ".join(parts) + "}"
    raise InvalidValueError(where, value, "cannot be written as TOML")


def _is_table_array(value: object) -> bool:
    return (
        isinstance(value, list | tuple)
        and len(value) > 0
        and all(isinstance(v, Mapping) for v in value)
    )


def _toml_table(table: Mapping[str, Any], prefix: tuple[str, ...]) -> Iterator[str]:
    where = "$" + "".join(f".{p}" for p in prefix)
    for key in table:
        if not isinstance(key, str):
            raise InvalidValueError(where, key, "TOML keys must be strings")
    for key, value in table.items():
        if value is None or isinstance(value, Mapping) or _is_table_array(value):
            continue
        yield f"{_toml_key(key)} = {_toml_value(value, f'{where}.{key}')}"
    for key, value in table.items():
        name = (*prefix, key)
        header = ".".join(_toml_key(p) for p in name)
        if isinstance(value, Mapping):
            yield ""
            yield f"[{header}]"
            yield from _toml_table(value, name)
        elif _is_table_array(value):
            for item in value:
                yield ""
                yield f"[[{header}]]"
                yield from _toml_table(item, name)


def dumps(obj: object, *, format: Format = "json", as_type: Any = None) -> str:
    """Write a value as JSON (indented, UTF-8 text) or TOML.

    TOML has no ``null``: keys whose value is ``None`` are left out (a nullable key that is
    missing reads back as ``None``), and a value that would not read back equal is refused
    with :class:`~mttq.errors.InvalidValueError` (use JSON for it).

    Examples:
        >>> from mttq.errors import Problem
        >>> print(dumps(Problem(path="$", message="ổn"), format="toml"))
        path = "$"
        message = "ổn"
        <BLANKLINE>
    """
    data = to_data(obj, as_type=as_type)
    if format == "json":
        try:
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        except (TypeError, ValueError) as exc:
            msg = f"cannot be written as JSON: {exc}"
            raise InvalidValueError("obj", type(obj).__name__, msg) from None
    if format != "toml":
        raise InvalidValueError("format", format, "must be 'json' or 'toml'")
    if not isinstance(data, Mapping):
        raise InvalidValueError("obj", type(obj).__name__, "only an object can be written as TOML")
    text = "\n".join(_toml_table(data, ())).lstrip("\n") + "\n"
    cls = as_type if as_type is not None else type(obj)
    try:
        same = loads(text, cls, format="toml") == obj
    except MttqError:
        same = False
    if not same:
        raise InvalidValueError(
            "obj",
            type(obj).__name__,
            "cannot be written as TOML without loss (TOML has no null); write JSON",
        )
    return text


def dump(
    obj: object,
    path: str | Path,
    *,
    format: Format | None = None,
    as_type: Any = None,
) -> None:
    """Write a value to a ``.json`` or ``.toml`` file (UTF-8), chosen by the file's suffix.

    ``load(path, type(obj)) == obj`` afterwards.
    """
    path = _path(path)
    text = dumps(obj, format=_format_of(path, format), as_type=as_type)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InvalidValueError("path", str(path), f"cannot write: {exc.strerror or exc}") from None


# --- JSON Schema ----------------------------------------------------------------------------

_DECIMAL_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"},
        {"type": "number"},
    ],
    "description": "an exact decimal number, preferably written as a string",
}


class _SchemaBuilder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, cls: type, tagged: bool = False) -> dict[str, Any]:
        name = cls.__name__ + ("Tagged" if tagged else "")
        if name not in self.defs:
            self.defs[name] = {}  # placeholder breaks cycles
            self.defs[name] = self.object_schema(cls, tagged)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type, tagged: bool) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        nullable = set(_nullable_without_default(cls))
        properties: dict[str, Any] = {}
        required: list[str] = []
        if tagged:
            properties[TAG] = {"const": cls.__name__}
            required.append(TAG)
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema = self.schema(hints.get(field.name, Any))
            if field.default is not attrs.NOTHING:
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    factory: Any = default
                    default = attrs.NOTHING if factory.takes_self else factory.factory()
                if default is not attrs.NOTHING:
                    schema = {**schema, "default": to_data(default)}
            elif (field.alias or field.name) not in nullable:
                required.append(field.alias or field.name)
            properties[field.alias or field.name] = schema
        out: dict[str, Any] = {
            "type": "object",
            "title": cls.__name__,
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        doc = (cls.__doc__ or "").strip().split("\n", 1)[0]
        if doc:
            out["description"] = doc
        return out

    def schema(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp is Any or tp is object:
            return {}
        if tp is type(None):
            return {"type": "null"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is str:
            return {"type": "string"}
        if tp is Decimal:
            return dict(_DECIMAL_SCHEMA)
        if tp is datetime:
            return {"type": "string", "format": "date-time"}
        if tp is date:
            return {"type": "string", "format": "date"}
        if isinstance(tp, type) and issubclass(tp, Enum):
            return {"enum": [m.value for m in tp], "title": tp.__name__}
        if origin is Literal:
            return {"enum": list(args)}
        if _is_class_union(tp):
            variants: list[dict[str, Any]] = [self.ref(m, tagged=True) for m in _union_members(tp)]
            if type(None) in args:
                variants.append({"type": "null"})
            return {"oneOf": variants}
        if _is_union(tp):
            return {"anyOf": [self.schema(a) for a in args]}
        if _is_homogenous_tuple(tp) or origin in (list, frozenset, set):
            return {"type": "array", "items": self.schema(args[0]) if args else {}}
        if _is_fixed_tuple(tp):
            return {
                "type": "array",
                "prefixItems": [self.schema(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if _is_mapping(tp):
            return {
                "type": "object",
                "additionalProperties": self.schema(args[1]) if len(args) == 2 else {},
            }
        if attrs.has(tp):
            return self.ref(tp)
        raise InvalidValueError("cls", tp, "has no JSON Schema in mttq")


def json_schema(cls: type | Any) -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) for the data shape of an attrs type.

    The schema describes what :func:`from_data` accepts and :func:`to_data` writes.

    Examples:
        >>> from mttq.errors import Problem
        >>> schema = json_schema(Problem)
        >>> schema["$ref"]
        '#/$defs/Problem'
        >>> definition = schema["$defs"].get("Problem")
        >>> sorted(definition["properties"])
        ['message', 'path']
    """
    builder = _SchemaBuilder()
    try:
        root = builder.schema(cls)
    except (NameError, TypeError, AttributeError) as exc:
        raise InvalidValueError("cls", cls, f"cannot be described: {exc}") from None
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **root,
        "$defs": builder.defs,
    }
