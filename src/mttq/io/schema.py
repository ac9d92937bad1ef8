"""JSON Schema of the data shapes: what :func:`~mttq.io.convert.from_data` accepts.

:func:`json_schema` describes an attrs class (or any type the converter reads) as a JSON Schema,
draft 2020-12, for editors and validators of input files: every class is a ``$defs`` entry with
``additionalProperties: false``; required keys are the fields without a default that may not be
``null``; a tagged union is a ``oneOf`` of ``<Class>Tagged`` definitions whose ``"type"`` is a
``const``; ``Decimal`` is a string (or a number); dates are ``format: date``::

    >>> from mttq.errors import Problem
    >>> schema = json_schema(Problem)
    >>> schema["$ref"]
    '#/$defs/Problem'
    >>> sorted(schema["$defs"]["Problem"]["properties"])
    ['message', 'path']

Sources:
    JSON Schema 2020-12, Core and Validation (json-schema.org/draft/2020-12); RFC 3339 §5.6
    (``date`` and ``date-time`` formats).
"""

from __future__ import annotations

import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

import attrs

from mttq.errors import InvalidValueError
from mttq.io.convert import (
    TAG,
    is_class_union,
    is_fixed_tuple,
    is_homogenous_tuple,
    is_mapping,
    is_union,
    nullable_keys,
    to_data,
    union_members,
)

__all__ = ["json_schema"]

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
        nullable = set(nullable_keys(cls))
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
        if is_class_union(tp):
            variants: list[dict[str, Any]] = [self.ref(m, tagged=True) for m in union_members(tp)]
            if type(None) in args:
                variants.append({"type": "null"})
            return {"oneOf": variants}
        if is_union(tp):
            return {"anyOf": [self.schema(a) for a in args]}
        if is_homogenous_tuple(tp) or origin in (list, frozenset, set):
            return {"type": "array", "items": self.schema(args[0]) if args else {}}
        if is_fixed_tuple(tp):
            return {
                "type": "array",
                "prefixItems": [self.schema(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if is_mapping(tp):
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
