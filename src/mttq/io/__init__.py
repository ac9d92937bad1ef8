"""Structured data in and out: the one converter, JSON and TOML files, and JSON Schema.

Every value of :mod:`mttq` is a frozen attrs class. This package turns them into plain data and
back, through one converter, and reads and writes them as ``.json`` and ``.toml`` files:

* :mod:`mttq.io.convert`: the converter (:func:`make_converter`, :data:`converter`),
  :func:`to_data` and :func:`from_data`, and the problems of bad data with their paths;
* :mod:`mttq.io.files`: :func:`load`, :func:`dump`, :func:`loads`, :func:`dumps`, within
  :data:`MAX_FILE_BYTES` and :data:`MAX_DEPTH`;
* :mod:`mttq.io.toml`: the TOML writer, which refuses output that would not read back equal;
* :mod:`mttq.io.schema`: :func:`json_schema`.

The package sits below the domain packages: it knows attrs, cattrs and :mod:`mttq.errors`,
never a concrete class of the library. ::

    >>> import attrs
    >>> from decimal import Decimal
    >>> from mttq.io import from_data, loads, to_data
    >>> @attrs.frozen(kw_only=True)
    ... class Unit:
    ...     code: str
    ...     points: Decimal
    >>> to_data(Unit(code="HND", points=Decimal("97.5")))
    {'code': 'HND', 'points': '97.5'}
    >>> loads('{"code": "HND", "points": 97.5}', Unit)
    Unit(code='HND', points=Decimal('97.5'))

Sources:
    RFC 8259 (JSON); TOML v1.0.0; JSON Schema 2020-12; ISO 8601-1:2019 (dates).
"""

from mttq.io.convert import MAX_DEPTH, TAG, converter, from_data, make_converter, to_data
from mttq.io.files import MAX_FILE_BYTES, dump, dumps, load, loads
from mttq.io.schema import json_schema

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
