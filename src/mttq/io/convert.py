"""The one converter: plain data to values of :mod:`mttq` and back, checking every field.

Every value of :mod:`mttq` is a frozen attrs class. :func:`to_data` turns one into plain data
(``dict``, ``list``, ``str``, ``int``, ``bool``, ``None``) and :func:`from_data` builds it back,
through one :mod:`cattrs` converter built by :func:`make_converter`:

* ``Decimal`` is written as a string (``"97.5"``) so no digit is lost; it is read from a
  string, an ``int`` or a ``Decimal`` (JSON and TOML numbers are read as ``Decimal``), never
  from a ``float``;
* ``date`` and ``datetime`` are ISO 8601 strings;
* enums are their ASCII wire values;
* a field typed as a union of attrs classes (a rule set, a rotation policy) is a tagged union:
  the object carries ``"type": "<ClassName>"`` (:data:`TAG`);
* types are strict: ``"12"`` is not an ``int``, ``"abc"`` is not a tuple of letters, and
  unknown keys are refused (``forbid_extra_keys``);
* a key whose value may be ``null`` may be left out, and then reads as ``null`` (TOML has no
  ``null``, so this is how a TOML file says "none").

Every failure becomes one :class:`~mttq.errors.DataError` whose ``problems`` name each bad
place with its path (:func:`~mttq.errors.format_path`), all problems at once. A value class
that refuses itself (its validator or ``__attrs_post_init__`` raises an
:class:`~mttq.errors.MttqError`) is reported at the path of that value plus the error's
structured :attr:`~mttq.errors.MttqError.where`, when ``where`` starts with one of its keys::

    >>> import attrs
    >>> from decimal import Decimal
    >>> from mttq.errors import DataError
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

Sources:
    RFC 8259 (JSON numbers and strings); ISO 8601-1:2019 (dates as ``YYYY-MM-DD``, date and
    time as ``YYYY-MM-DDTHH:MM:SS``).
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, mapping_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.preconf.json import make_converter as _make_json_converter

from mttq.errors import DataError, InvalidValueError, MttqError, Problem, format_path
from mttq.fields import MAX_EXPONENT

__all__ = [
    "MAX_DEPTH",
    "TAG",
    "converter",
    "from_data",
    "is_class_union",
    "is_fixed_tuple",
    "is_homogenous_tuple",
    "is_mapping",
    "is_union",
    "make_converter",
    "nullable_keys",
    "to_data",
    "union_members",
]

T = TypeVar("T")

#: The deepest nesting of lists and objects :func:`from_data` (and so ``load``) accepts.
MAX_DEPTH = 64

#: The key that names the class of an object standing where a union of classes is allowed.
TAG = "type"


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
    if value and not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise _mismatch(f"a decimal number within 10^±{MAX_EXPONENT}", obj)
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


def is_homogenous_tuple(tp: Any) -> bool:
    """Whether ``tp`` is ``tuple[X, ...]`` (written as a JSON list).

    Examples:
        >>> is_homogenous_tuple(tuple[str, ...]), is_homogenous_tuple(tuple[int, str])
        (True, False)
    """
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def is_fixed_tuple(tp: Any) -> bool:
    """Whether ``tp`` is a tuple of fixed length, ``tuple[int, str]``.

    Examples:
        >>> is_fixed_tuple(tuple[int, str]), is_fixed_tuple(tuple[str, ...])
        (True, False)
    """
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and not (len(args) == 2 and args[1] is Ellipsis)


def is_mapping(tp: Any) -> bool:
    """Whether ``tp`` is ``dict[K, V]`` or ``Mapping[K, V]`` (written as a JSON object).

    Examples:
        >>> is_mapping(dict[str, int]), is_mapping(list[int])
        (True, False)
    """
    return typing.get_origin(tp) in (dict, Mapping)


def is_union(tp: Any) -> bool:
    """Whether ``tp`` is a union (``X | Y``, ``X | None``, ``Optional[X]``).

    Examples:
        >>> is_union(int | None), is_union(int)
        (True, False)
    """
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def union_members(tp: Any) -> tuple[Any, ...]:
    """The members of a union other than ``None``, in order.

    Examples:
        >>> union_members(int | str | None)
        (<class 'int'>, <class 'str'>)
    """
    return tuple(arg for arg in typing.get_args(tp) if arg is not type(None))


def is_class_union(tp: Any) -> bool:
    """Whether ``tp`` is a union of two or more attrs classes (maybe with ``None``): a tagged union.

    Its objects carry ``"type": "<ClassName>"`` (:data:`TAG`) on the wire.

    Examples:
        >>> is_class_union(int | str)
        False
    """
    members = union_members(tp) if is_union(tp) else ()
    return len(members) >= 2 and all(attrs.has(m) for m in members)


def _is_scalar_union(tp: Any) -> bool:
    return is_union(tp) and len(union_members(tp)) >= 2 and not is_class_union(tp)


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
    members = {m.__name__: m for m in union_members(tp)}
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
    members = union_members(tp)
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


def nullable_keys(cls: type) -> tuple[str, ...]:
    """The keys of ``cls`` that may be null and have no default: left out, they read as null.

    Examples:
        >>> import attrs
        >>> @attrs.frozen(kw_only=True)
        ... class Pair:
        ...     head: str
        ...     deputy: str | None
        >>> nullable_keys(Pair)
        ('deputy',)
    """
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError):  # pragma: no cover - unresolvable annotations
        return ()
    return tuple(
        field.alias or field.name
        for field in attrs.fields(cls)
        if field.init
        and field.default is attrs.NOTHING
        and is_union(hints.get(field.name))
        and type(None) in typing.get_args(hints[field.name])
    )


def _attrs_factory(cls: type, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    inner: Callable[[Any, type], Any] = conv.gen_structure_attrs_fromdict(cls)
    nullable = nullable_keys(cls)

    def structure_attrs(obj: object, cl: type) -> Any:
        if not isinstance(obj, Mapping):
            raise _mismatch(f"an object for {cls.__name__}", obj)
        missing = [key for key in nullable if key not in obj]
        if missing:  # TOML has no null: a nullable key that is left out means null
            obj = {**obj, **dict.fromkeys(missing)}
        try:
            return inner(obj, cl)
        except MttqError as exc:  # pragma: no cover - cattrs without detailed validation
            # The class refused itself: :func:`_problems` places the error by its ``where``.
            raise ClassValidationError(f"While structuring {cls.__name__}", [exc], cls) from None

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
    conv.register_structure_hook_factory(is_homogenous_tuple, _sequence_factory)
    conv.register_unstructure_hook_factory(is_fixed_tuple, _fixed_tuple_unstructure_factory)
    conv.register_structure_hook_factory(is_mapping, _mapping_factory)
    conv.register_structure_hook_factory(is_class_union, _class_union_structure_factory)
    conv.register_unstructure_hook_factory(is_class_union, _class_union_unstructure_factory)
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


def _keys(cls: object) -> frozenset[str]:
    if not (isinstance(cls, type) and attrs.has(cls)):  # pragma: no cover - defensive
        return frozenset()
    return frozenset(a.alias or a.name for a in attrs.fields(cls))


def _leaf(exc: BaseException, path: str, type_: Any, keys: frozenset[str]) -> Problem:
    """The problem of one refusal at ``path``; a class's own refusal goes to its ``where``."""
    where = exc.where if isinstance(exc, MttqError) else ()
    if where and isinstance(where[0], str) and where[0] in keys:
        path = format_path(where, root=path)
    return Problem(path=path, message=_format_exception(exc, type_))


def _step(path: str, index: object) -> str:
    """The path of an item: ``[2]`` for an index, ``['key']`` for a mapping's key."""
    return format_path((index,), root=path) if isinstance(index, int) else f"{path}[{index!r}]"


def _problems(
    exc: ClassValidationError | IterableValidationError, path: str = "$"
) -> list[Problem]:
    """Every problem in a cattrs error tree, each with its path (the model: ``transform_error``).

    An attribute adds ``.name`` and a sequence index ``[2]`` (both by :func:`format_path`), a
    mapping key ``['key']``. An error the value class raised itself (no cattrs note) is placed
    at the class's path plus its structured ``where`` when that starts with a key of the
    class, else at the class's path.
    """
    steps: list[tuple[BaseException, str, Any]]
    if isinstance(exc, ClassValidationError):
        named, unnamed = exc.group_exceptions()
        steps = [(sub, format_path((note.name,), root=path), note.type) for sub, note in named]
        own = _keys(exc.cl)
    else:
        indexed, unnamed = exc.group_exceptions()
        steps = [(sub, _step(path, note.index), note.type) for sub, note in indexed]
        own = frozenset()
    found: list[Problem] = []
    for sub, place, type_ in steps:
        if isinstance(sub, ClassValidationError | IterableValidationError):
            found.extend(_problems(sub, place))
        else:
            found.append(_leaf(sub, place, type_, frozenset()))
    found.extend(_leaf(sub, path, None, own) for sub in unnamed)
    return found


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
