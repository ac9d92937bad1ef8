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
    MAX_YEAR,
    MIN_YEAR,
    Code,
    Count,
    Dated,
    FrozenDict,
    Money,
    Points,
    Positive,
    Share,
    Slug,
    Text,
    Year,
    as_date,
    bad_character,
    check_fields,
    check_unique,
    enum_check,
    in_force,
    nfc,
    spec_of,
    too_precise,
    type_check,
    year_end,
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
        ("scores", {"a": 0.5}, "invalid scores.a=0.5"),
        ("scores", {1: Decimal(1)}, "invalid scores[1]=1: must be a str"),
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


# --- the vocabulary ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Vocabulary:
    text: Text = ""
    code: Code = "x"
    slug: Slug = "a-b.c"
    year: Year = 2025
    points: Points = Decimal(0)
    share: Share = Decimal(0)
    money: Money = 0
    count: Count = 0
    positive: Positive = 1
    codes: tuple[Code, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@pytest.mark.parametrize(
    ("field", "good"),
    [
        ("text", "Hội Nông dân\ttỉnh\nGia Lai"),
        ("code", "hoi-nd.tinh"),
        ("code", "HND tỉnh"),
        ("slug", "nd98-2023.vote-90"),
        ("year", MIN_YEAR),
        ("year", MAX_YEAR),
        ("points", Decimal("-1000000")),
        ("points", Decimal("97.2525")),
        ("share", Decimal("0.5")),
        ("share", 1),
        ("money", 10**12),
        ("count", 0),
        ("positive", 1),
    ],
)
def test_the_vocabulary_accepts(field: str, good: object) -> None:
    value = _Vocabulary(**{field: good})  # type: ignore[arg-type]
    assert getattr(value, field) == good


@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        (
            "text",
            "a\x00b",
            "invalid text='a\\x00b': text may not hold the control character U+0000",
        ),
        ("text", "a\x7f", "the control character U+007F at position 1"),
        ("text", "a\ud800", "the lone surrogate U+D800"),
        ("text", "a\ufffe", "the non-character U+FFFE"),
        ("text", "a\U0010ffff", "the non-character U+10FFFF"),
        ("code", "", "a code must be non-empty"),
        ("code", " HND", "without surrounding spaces"),
        ("code", "H\tND", "the control character U+0009"),
        ("code", "H\u00a0ND", "the whitespace character U+00A0"),
        ("code", "H\x00", "the control character U+0000"),
        ("slug", "Hoi-ND", "expected an id of lower-case ASCII words"),
        ("slug", "a--b", "expected an id"),
        ("year", MIN_YEAR - 1, "expected a year from 1900 to 2200"),
        ("year", MAX_YEAR + 1, "expected a year from 1900 to 2200"),
        ("year", 2026.0, "expected an int"),
        ("year", True, "expected an int"),
        ("points", Decimal("1000000.5"), "expected points from -1000000 to 1000000"),
        ("points", Decimal("0.00001"), "points have at most 4 digits after the point"),
        ("points", 0.5, "not a float"),
        ("share", Decimal("1.01"), "expected a share from 0 to 1"),
        ("share", -1, "expected a share from 0 to 1"),
        ("money", -1, "expected an amount in đồng from 0"),
        ("money", 10**12 + 1, "expected an amount in đồng"),
        ("count", -1, "expected a count from 0"),
        ("positive", 0, "expected a positive count from 1"),
        ("codes", ["a", "b\x00"], "invalid codes[1]="),
    ],
)
def test_the_vocabulary_refuses(field: str, bad: object, message: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        _Vocabulary(**{field: bad})  # type: ignore[arg-type]
    assert message in str(info.value)
    assert info.value.where[0] == field


def test_a_refusal_is_located_inside_a_tuple() -> None:
    with pytest.raises(InvalidValueError) as info:
        _Vocabulary(codes=("a", " b"))
    assert info.value.where == ("codes", 1)
    assert info.value.path == "$.codes[1]"


def test_vocabulary_text_is_stored_in_nfc() -> None:
    decomposed = "Ho\u0300a"
    assert _Vocabulary(text=decomposed, code=decomposed).text == "Hòa"
    assert _Vocabulary(code=decomposed).code == "Hòa"


def test_bad_character_names_nothing_in_clean_text() -> None:
    assert bad_character("Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu") is None
    assert bad_character("a b", code=True) is None


def test_specs_describe_their_schema() -> None:
    year = spec_of(Year)
    assert year is not None
    assert year.schema() == {"description": "a year", "minimum": 1900, "maximum": 2200}
    share = spec_of(Share)
    assert share is not None
    assert share.schema() == {"description": "a share", "minimum": "0", "maximum": "1"}
    code = spec_of(Code)
    assert code is not None
    assert code.schema()["minLength"] == 1
    assert spec_of(int) is None
    money = spec_of(Money)
    assert money is not None
    assert money.bounds() == "from 0 to 1000000000000"


def test_check_unique_names_the_repeat() -> None:
    check_unique("criteria", ["1", "2", "3"])
    with pytest.raises(InvalidValueError) as info:
        check_unique(("sheets",), ["a", "b", "a"], "unit")
    assert info.value.where == ("sheets", 2)
    assert "unit listed twice (also at 0)" in str(info.value)


@attrs.frozen(kw_only=True)
class _Rule(Dated):
    effective_from: date | None = None
    effective_to: date | None = None


def test_dated_in_force_and_in_force_for() -> None:
    rule = _Rule(effective_from=date(2024, 1, 1), effective_to=date(2025, 6, 30))
    assert rule.in_force(date(2024, 1, 1))
    assert rule.in_force(datetime(2025, 6, 30, 23, 59))
    assert not rule.in_force(date(2025, 7, 1))
    assert not rule.in_force(date(2023, 12, 31))
    assert rule.in_force_for(2024)
    assert not rule.in_force_for(2025)  # judged on 31 December
    assert _Rule().in_force_for(1900)
    with pytest.raises(InvalidValueError):
        rule.in_force("2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        rule.in_force_for(2024.0)  # type: ignore[arg-type]


def test_in_force_and_year_end() -> None:
    assert in_force(None, None, date(2000, 1, 1))
    assert year_end(2024) == date(2024, 12, 31)
    with pytest.raises(InvalidValueError, match="expected a year from 1900 to 2200"):
        year_end(1899)
