"""Shared test configuration: Hypothesis profiles and the path of the bundled test data."""

from __future__ import annotations

import os
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, settings

from mttq.errors import InvalidValueError, MttqError

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "quick", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of the data files the tests read (``tests/data``)."""
    return DATA


# --------------------------------------------------------------------------- wrong field types

#: Values of the wrong type for most fields (a datetime is wrong for a stored date).
WRONG: tuple[object, ...] = (
    None, True, 1.5, -1, b"ab", "", "  ", ("a", "a"), (None,), [], {}, object(),
    datetime(2024, 1, 1, 12), Decimal("NaN"),
)  # fmt: skip


def conforms(value: object, tp: object) -> bool:
    """Tell whether ``value`` has the type ``tp`` (unions, tuples, Literal, plain classes)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return any(conforms(value, arg) for arg in args)
    if origin is tuple:
        return isinstance(value, tuple) and all(conforms(item, args[0]) for item in value)
    if origin is typing.Literal:
        return value in args
    if tp is type(None):
        return value is None
    if tp is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    if tp in (int, float, str):
        return type(value) is tp
    return isinstance(value, typing.cast(type, tp))


def evolve_or_error(instance: attrs.AttrsInstance, field: str, value: object) -> object:
    """``attrs.evolve(instance, field=value)``, or the MttqError it raises."""
    changes: dict[str, Any] = {field: value}
    evolve: Callable[..., object] = attrs.evolve  # the plugin wants a concrete class
    try:
        return evolve(instance, **changes)
    except MttqError as exc:
        return exc


def check_wrong_types(instance: attrs.AttrsInstance) -> None:
    """Every field refuses a value of the wrong type (an MttqError) or stores a valid one.

    The error names the field itself, or the other field of a pair checked together (a
    movement's ``precision`` goes with ``launched_on``).
    """
    hints = typing.get_type_hints(type(instance))
    names = {attribute.name for attribute in attrs.fields(type(instance))}
    for attribute in attrs.fields(type(instance)):
        for bad in WRONG:
            outcome = evolve_or_error(instance, attribute.name, bad)
            if isinstance(outcome, InvalidValueError):
                assert outcome.field in names, (attribute.name, bad, outcome)
            elif not isinstance(outcome, MttqError):  # an unknown enum code, ...
                stored = getattr(outcome, attribute.name)
                assert conforms(stored, hints[attribute.name]), (attribute.name, bad, stored)


@pytest.fixture(name="check_wrong_types")
def check_wrong_types_fixture() -> Callable[[attrs.AttrsInstance], None]:
    """The shared checker: every field of a value refuses wrongly typed values."""
    return check_wrong_types
