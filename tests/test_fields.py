"""Tests of mttq.fields: the field checks shared by the awards and scoring value classes."""

from __future__ import annotations

import copy
import pickle
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.codes import Level, Rating
from mttq.errors import InvalidValueError
from mttq.fields import (
    EXACT,
    MAX_EXPONENT,
    FrozenDict,
    as_date,
    check_fields,
    enum_check,
    nfc,
    too_precise,
    type_check,
)


@attrs.frozen
class Leaf:
    """A value class to nest."""

    n: int = 0


@attrs.frozen
class Other:
    """Another value class, for unions."""

    s: str = ""


@attrs.frozen(kw_only=True)
class Record:
    """A value class with one field of every kind the checks handle."""

    name: str
    year: int
    flag: bool
    points: Decimal
    on: date
    level: Level
    note: str | None = None
    shape: Leaf | Other | None = None
    mixed: Decimal | str = Decimal(0)
    mode: Literal["a", "b"] = "a"
    leaves: tuple[Leaf, ...] = ()
    levels: tuple[Level, ...] = ()
    scores: Mapping[str, Decimal] = attrs.field(factory=dict)
    counts: dict[str, int] = attrs.field(factory=dict)
    start: date = date(2025, 1, 1)

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class Labelled:
    """A value class checked the scoring way (code enums read labels)."""

    level: Level
    rating: Rating | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self, labels=True)


def _record(**changes: object) -> Record:
    values: dict[str, object] = {
        "name": "Đà Nẵng",
        "year": 2025,
        "flag": True,
        "points": Decimal("9.5"),
        "on": date(2025, 7, 1),
        "level": Level.COMMUNE,
    }
    values.update(changes)
    return Record(**values)  # type: ignore[arg-type]


def test_a_good_record_is_kept() -> None:
    r = _record()
    assert r.name == "Đà Nẵng"
    assert r.level is Level.COMMUNE
    assert r.scores == {}
    assert isinstance(r.scores, FrozenDict)


def test_conversions() -> None:
    r = _record(
        name="D\u0300a\u0300 " + chr(0xD0),
        points=7,
        level="district",
        leaves=[Leaf(n=1)],
        levels=["commune", Level.PROVINCE],
        scores={"a": 1},
        counts={"x": 2},
        mixed=3,
        shape=Other(),
    )
    assert r.name == unicodedata.normalize("NFC", "D\u0300a\u0300 Đ")
    assert r.points == Decimal(7)
    assert isinstance(r.points, Decimal)
    assert r.level is Level.DISTRICT
    assert r.leaves == (Leaf(n=1),)
    assert r.levels == (Level.COMMUNE, Level.PROVINCE)
    assert r.scores == {"a": Decimal(1)}
    assert isinstance(r.scores["a"], Decimal)
    assert isinstance(r.counts, FrozenDict)
    assert r.mixed == Decimal(3)


def test_an_int_subclass_becomes_an_int() -> None:
    class Count(int):
        pass

    r = _record(year=Count(3))
    assert type(r.year) is int


def test_a_tuple_of_checked_items_is_kept_when_unchanged() -> None:
    levels = (Level.COMMUNE,)
    assert _record(levels=levels).levels is levels


@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        ("name", None, "invalid name=None: must be a str, not NoneType"),
        ("year", True, "invalid year=True: expected an int"),
        ("year", "2025", "expected an int"),
        ("flag", 1, "invalid flag=1: expected True or False"),
        ("points", 0.5, "expected a Decimal or an int, not a float"),
        ("points", Decimal("NaN"), "expected a finite Decimal (or an int)"),
        ("points", Decimal("Infinity"), "expected a finite Decimal (or an int)"),
        ("points", True, "expected a finite Decimal (or an int)"),
        ("points", Decimal("1e101"), f"must be within 10^±{MAX_EXPONENT}"),
        ("points", Decimal("1e-101"), f"must be within 10^±{MAX_EXPONENT}"),
        ("on", datetime(2025, 7, 1, 8), "a stored day must be a plain datetime.date"),
        ("on", "2025-07-01", "expected a datetime.date"),
        ("level", "Cấp xã", "expected a Level (wire codes: "),
        ("level", Rating.HTNV, "expected a Level"),
        ("note", 3, "invalid note=3: must be a str, not int"),
        ("shape", Leaf, "expected Leaf or Other or None"),
        ("mixed", 0.5, "expected Decimal or str"),
        ("mode", "c", "expected one of ('a', 'b')"),
        ("leaves", None, "expected a tuple of Leaf"),
        ("leaves", "ab", "expected a tuple of Leaf"),
        ("leaves", [Leaf(), Other()], "invalid leaves[1]=Other(s=''): expected a Leaf"),
        ("levels", ["nope"], "invalid levels[0]='nope'"),
        ("scores", [1], "expected a mapping"),
        ("scores", {"a": 0.5}, "invalid scores['a']=0.5"),
        ("scores", {1: Decimal(1)}, "invalid scores key=1"),
        ("start", None, "invalid start=None: expected a datetime.date"),
    ],
)
def test_bad_fields_are_refused(field: str, bad: object, message: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        _record(**{field: bad})
    assert message in str(info.value)
    assert info.value.field.startswith(field)


def test_labels_option() -> None:
    assert Labelled(level="Cấp xã").level is Level.COMMUNE  # type: ignore[arg-type]
    assert Labelled(level=Level.CENTRAL).level is Level.CENTRAL
    with pytest.raises(InvalidValueError, match="invalid level='nowhere'"):
        Labelled(level="nowhere")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected a Level"):
        Labelled(level=3)  # type: ignore[arg-type]


def test_enum_check_directly() -> None:
    assert enum_check(Level)("level", "province") is Level.PROVINCE
    assert enum_check(Level, labels=True)("level", "cấp tỉnh") is Level.PROVINCE


def test_the_default_is_skipped_only_when_it_is_valid() -> None:
    @attrs.frozen
    class Odd:
        year: int = "x"  # type: ignore[assignment]

    with pytest.raises(InvalidValueError, match="invalid year='x'"):
        check_fields(Odd())


def test_an_unknown_annotation_is_a_bug() -> None:
    with pytest.raises(TypeError, match="no check for the field type"):
        type_check(list[int])


def test_frozen_dict() -> None:
    d: FrozenDict[str, int] = FrozenDict({"a": 1})
    assert pickle.loads(pickle.dumps(d)) == d
    assert type(pickle.loads(pickle.dumps(d))) is FrozenDict
    assert copy.copy(d) is d
    assert copy.deepcopy(d) is d
    assert d == {"a": 1}
    assert hash(d) == hash(FrozenDict({"a": 1}))
    assert {d: 1}[FrozenDict({"a": 1})] == 1
    with pytest.raises(TypeError, match="read-only"):
        d["b"] = 2
    with pytest.raises(TypeError, match="read-only"):
        del d["a"]
    with pytest.raises(TypeError, match="read-only"):
        d.update(b=2)
    with pytest.raises(TypeError, match="read-only"):
        d |= {"b": 2}


def test_helpers() -> None:
    assert nfc(chr(0xF0) + "i") == "đi"
    assert as_date(date(2025, 1, 2)) == date(2025, 1, 2)
    with pytest.raises(InvalidValueError, match="invalid when=1"):
        as_date(1, "when")
    assert not too_precise(Decimal("1.5"), 2)
    assert not too_precise(Decimal("Infinity"), 2)
    assert too_precise(Decimal("1.005"), 2)
    assert EXACT.prec == 60


@given(st.text())
def test_text_is_stored_in_nfc(text: str) -> None:
    stored = _record(name=text).name
    assert stored == unicodedata.normalize("NFC", stored)
    assert "\u00d0" not in stored
    assert _record(name=stored).name == stored  # idempotent


@given(st.integers(min_value=-(10**50), max_value=10**50))
def test_an_int_is_stored_as_the_same_decimal(n: int) -> None:
    points = _record(points=n).points
    assert isinstance(points, Decimal)
    assert points == n


@given(st.lists(st.sampled_from(list(Level))))
def test_wire_codes_and_members_give_the_same_tuple(levels: list[Level]) -> None:
    by_member = _record(levels=levels).levels
    by_code = _record(levels=[m.value for m in levels]).levels
    assert by_member == by_code == tuple(levels)


def test_a_converted_default_is_checked_each_time() -> None:
    @attrs.frozen
    class IntDefault:
        points: Decimal = 0  # type: ignore[assignment]

    value = IntDefault()
    check_fields(value)
    assert isinstance(value.points, Decimal)


def test_plain_class_fields_and_general_unions() -> None:
    leaf = type_check(Leaf)
    assert leaf("leaf", Leaf()) == Leaf()
    with pytest.raises(InvalidValueError, match="invalid leaf=1: expected a Leaf"):
        leaf("leaf", 1)
    maybe = type_check(Decimal | str | None)
    assert maybe("x", None) is None
    assert maybe("x", 2) == Decimal(2)
    assert maybe("x", "a") == "a"


def test_a_date_subclass_is_a_date() -> None:
    class Day(date):
        pass

    day = Day(2025, 1, 1)
    assert _record(on=day).on is day
