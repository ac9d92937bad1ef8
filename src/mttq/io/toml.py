"""The TOML writer: a value of :mod:`mttq` as TOML text that reads back equal, or a refusal.

:func:`to_toml` writes what :func:`~mttq.io.convert.to_data` gives as TOML 1.0 text: plain keys
first, then ``[tables]`` and ``[[arrays of tables]]``; keys are bare when they can be and
quoted otherwise; strings escape control characters. TOML has no ``null``, so a key whose value
is ``None`` is left out (a nullable key that is missing reads back as ``None``). The text is
then read back, and a value that would not come back equal (a ``None`` where the default is
not) is refused with :class:`~mttq.errors.InvalidValueError`: write JSON for it. Nothing is
written lossily::

    >>> import attrs
    >>> @attrs.frozen(kw_only=True)
    ... class Pair:
    ...     head: str
    ...     deputy: str | None = None
    >>> print(to_toml(Pair(head="HND")), end="")
    head = "HND"
    >>> @attrs.frozen(kw_only=True)
    ... class Chair:
    ...     head: str | None = "HND"
    >>> try:
    ...     to_toml(Chair(head=None))  # left out, it would read back as "HND"
    ... except InvalidValueError as exc:
    ...     print(exc.reason)
    cannot be written as TOML without loss (TOML has no null); write JSON

Sources:
    TOML v1.0.0 (toml.io/en/v1.0.0: keys, strings, tables, arrays of tables).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from mttq.errors import InvalidValueError, MttqError, Where, format_path
from mttq.io.convert import from_data, to_data

__all__ = ["to_toml"]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")

_TOML_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\"} | {
    c: f"\\u{c:04x}" for c in [*range(0x20), 0x7F]
}


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _string(text: str) -> str:
    return '"' + text.translate(_TOML_ESCAPES) + '"'


def _keys(table: Mapping[Any, Any], where: Where, sort: bool) -> list[str]:
    for key in table:
        if not isinstance(key, str):
            raise InvalidValueError(format_path(where), key, "TOML keys must be strings")
    return sorted(table) if sort else list(table)


def _value(value: Any, where: Where, sort: bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Decimal | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidValueError(
                format_path(where), value, "TOML cannot hold a non-finite number"
            )
        return str(value)
    if isinstance(value, list | tuple):
        items = (_value(v, (*where, i), sort) for i, v in enumerate(value))
        return "[" + ", ".join(items) + "]"
    if isinstance(value, Mapping):
        parts = [
            f"{_key(k)} = {_value(value[k], (*where, k), sort)}"
            for k in _keys(value, where, sort)
            if value[k] is not None
        ]
        return "{" + ", ".join(parts) + "}"
    raise InvalidValueError(format_path(where), value, "cannot be written as TOML")


def _is_table_array(value: object) -> bool:
    return (
        isinstance(value, list | tuple)
        and len(value) > 0
        and all(isinstance(v, Mapping) for v in value)
    )


def _table(table: Mapping[str, Any], prefix: tuple[str, ...], sort: bool) -> Iterator[str]:
    keys = _keys(table, prefix, sort)
    for key in keys:
        value = table[key]
        if value is None or isinstance(value, Mapping) or _is_table_array(value):
            continue
        yield f"{_key(key)} = {_value(value, (*prefix, key), sort)}"
    for key in keys:
        value = table[key]
        name = (*prefix, key)
        header = ".".join(_key(p) for p in name)
        if isinstance(value, Mapping):
            yield ""
            yield f"[{header}]"
            yield from _table(value, name, sort)
        elif _is_table_array(value):
            for item in value:
                yield ""
                yield f"[[{header}]]"
                yield from _table(item, name, sort)


def to_toml(obj: object, *, as_type: Any = None, sort_keys: bool = False) -> str:
    """Write a value as TOML text that reads back equal to it.

    Args:
        obj: the value (it must be written as an object: an attrs class or a mapping).
        as_type: the declared type to write it as and read it back as (a union alias puts
            the ``"type"`` tag at the top level).
        sort_keys: write the keys of every table in sorted order, so the same value always
            gives the same text.

    Raises:
        InvalidValueError: ``obj`` is not written as an object, holds what TOML cannot (a
            non-string key, a non-finite number) or would not read back equal.

    Examples:
        >>> from mttq.errors import Problem
        >>> print(to_toml(Problem(path="$", message="ổn"), sort_keys=True), end="")
        message = "ổn"
        path = "$"
    """
    data = to_data(obj, as_type=as_type)
    if not isinstance(data, Mapping):
        raise InvalidValueError("obj", type(obj).__name__, "only an object can be written as TOML")
    text = "\n".join(_table(data, (), sort_keys)).lstrip("\n") + "\n"
    cls = as_type if as_type is not None else type(obj)
    try:
        same = from_data(tomllib.loads(text, parse_float=Decimal), cls) == obj
    except (MttqError, tomllib.TOMLDecodeError, RecursionError):
        same = False
    if not same:
        raise InvalidValueError(
            "obj",
            type(obj).__name__,
            "cannot be written as TOML without loss (TOML has no null); write JSON",
        )
    return text
