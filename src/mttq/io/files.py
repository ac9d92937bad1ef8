"""Files and text: :func:`load` / :func:`dump` and :func:`loads` / :func:`dumps`, within limits.

``.json`` and ``.toml`` files are read with :func:`load` and written with :func:`dump`, chosen by
the file's suffix; :func:`loads` and :func:`dumps` do the same for text. Reading never executes
anything from the file (:mod:`json` and :mod:`tomllib` only build plain data); numbers are read as
``Decimal``, never as ``float``; a duplicate JSON key, ``NaN`` or ``Infinity`` is refused. A file
must be UTF-8 (a byte-order mark is allowed), at most :data:`MAX_FILE_BYTES` long, and nested at
most :data:`~mttq.io.convert.MAX_DEPTH` deep. Every refusal is a :class:`~mttq.errors.DataError`
naming the file and the path inside it::

    >>> from mttq.errors import DataError, Problem
    >>> loads('{"path": "$", "message": "ok"}', Problem)
    Problem(path='$', message='ok')
    >>> print(dumps(Problem(path="$", message="ổn")), end="")
    {
      "path": "$",
      "message": "ổn"
    }
    >>> try:
    ...     loads('{"path": "$", "path": "$.a"}', Problem)
    ... except DataError as exc:
    ...     print(exc)
    $: not valid JSON: duplicate key 'path'

Sources:
    RFC 8259 (JSON), §4 (object names should be unique) and §6 (numbers); TOML v1.0.0
    (toml.io/en/v1.0.0); RFC 3629 (UTF-8).
"""

from __future__ import annotations

import json
import os
import tomllib
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar

from mttq.errors import DataError, InvalidValueError, Problem
from mttq.io.convert import from_data, to_data
from mttq.io.toml import to_toml

__all__ = [
    "MAX_FILE_BYTES",
    "Format",
    "dump",
    "dumps",
    "load",
    "loads",
]

T = TypeVar("T")

#: The largest file :func:`load` reads, in bytes (10 MiB). A year of a national cluster
#: system is well under 1 MiB.
MAX_FILE_BYTES = 10 * 1024 * 1024

#: The two formats: ``"json"`` and ``"toml"``.
Format = Literal["json", "toml"]


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


def dumps(obj: object, *, format: Format = "json", as_type: Any = None) -> str:
    """Write a value as JSON (indented, UTF-8 text) or TOML.

    TOML has no ``null``: keys whose value is ``None`` are left out (a nullable key that is
    missing reads back as ``None``), and a value that would not read back equal is refused
    with :class:`~mttq.errors.InvalidValueError` (use JSON for it; see
    :func:`~mttq.io.toml.to_toml`).

    Args:
        obj: the value.
        format: ``"json"`` or ``"toml"``.
        as_type: the declared type to write it as (a union alias puts the ``"type"`` tag at
            the top level).

    Examples:
        >>> from mttq.errors import Problem
        >>> print(dumps(Problem(path="$", message="ổn"), format="toml"))
        path = "$"
        message = "ổn"
        <BLANKLINE>
    """
    if format == "toml":
        return to_toml(obj, as_type=as_type)
    data = to_data(obj, as_type=as_type)
    if format == "json":
        try:
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        except (TypeError, ValueError) as exc:
            msg = f"cannot be written as JSON: {exc}"
            raise InvalidValueError("obj", type(obj).__name__, msg) from None
    raise InvalidValueError("format", format, "must be 'json' or 'toml'")


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
