"""Tests of :mod:`mttq.vi.abbreviations`: the abbreviation table, lookup and search."""

from __future__ import annotations

import contextlib
import types
import typing
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, MttqError, UnknownCodeError
from mttq.vi.abbreviations import (
    Abbreviation,
    abbreviations,
    expand,
    find_abbreviations,
    lookup,
)
from mttq.vi.text import fold

# (code, expansion) pinned from practice.md §5.1 and NĐ 30/2020/NĐ-CP Appendix III
EXPAND_ROWS = [
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("UBTWMTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("MTTW", "Mặt trận Trung ương"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("LĐLĐ", "Liên đoàn Lao động"),
    ("UVTV", "Ủy viên Thường vụ"),
    ("CT-XH", "chính trị - xã hội"),
    ("CSTĐ", "Chiến sĩ thi đua"),
    ("HCCB", "Hội Cựu chiến binh"),
    ("LHPN", "Liên hiệp Phụ nữ"),
    ("TTLĐXS", "Tập thể lao động xuất sắc"),
    ("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"),
    ("HĐTĐKT", "Hội đồng Thi đua - Khen thưởng"),
    ("QyĐ", "Quy định"),
    ("TTr", "Tờ trình"),
    ("QH15", "Quốc hội khóa XV"),
    ("NĐ-CP", "Nghị định của Chính phủ"),
    ("TUQ", "thừa ủy quyền"),
]


@pytest.mark.parametrize(("code", "expansion"), EXPAND_ROWS, ids=[r[0] for r in EXPAND_ROWS])
def test_expand_rows(code: str, expansion: str) -> None:
    assert expand(code) == expansion
    assert expand(unicodedata.normalize("NFD", code)) == expansion


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("ubnd", "UBND", "folded match: case"),
        ("HDND", "HĐND", "folded match: đ written as d"),
        ("ldld", "LĐLĐ", "folded match"),
        ("ct xh", "CT-XH", "folded match: punctuation"),
        ("KT.", "KT", "signing mark with its dot"),
        ("TM.", "TM", "signing mark with its dot"),
        ("HĐ", "HĐ", "exact match beats the folded clash with HD"),
        ("HD", "HD", "exact match"),
        ("ÐA", "ĐA", "eth read as Đ"),
        (" UBTƯ  MTTQVN ", "UBTƯ MTTQVN", "whitespace collapsed"),
    ],
)
def test_lookup_matching(text: str, expected: str, rule: str) -> None:
    assert lookup(text).code == expected, rule


@pytest.mark.parametrize(("text", "candidates"), [("hd", {"HD", "HĐ"}), ("tu", {"TU", "TƯ"})])
def test_ambiguous_folded_match_suggests_all(text: str, candidates: set[str]) -> None:
    with pytest.raises(UnknownCodeError) as info:
        lookup(text)
    assert set(info.value.suggestions) == candidates


def test_unknown_suggests_close_codes() -> None:
    with pytest.raises(UnknownCodeError) as info:
        expand("UBNDD")
    assert "UBND" in info.value.suggestions
    with pytest.raises(UnknownCodeError) as info:
        expand("xyzzy-nothing")
    assert info.value.suggestions == ()
    with pytest.raises(LookupError):
        expand("")


def test_multiple_meanings() -> None:
    assert lookup("BTT").expansion == "Ban Thường trực"
    assert lookup("BTT").other_expansions == ("bản thỏa thuận",)
    assert lookup("CĐ").other_expansions == ("công điện",)
    assert lookup("TU").other_expansions == ("Thành ủy",)


def test_table_is_read_only_and_well_formed() -> None:
    table = abbreviations()
    with pytest.raises(TypeError):
        table["X"] = table["UBND"]  # type: ignore[index]
    assert len(table) >= 100
    for code, entry in table.items():
        assert isinstance(entry, Abbreviation)
        assert entry.code == code
        assert entry.source
        assert entry.expansion
        for text in (code, entry.expansion, *entry.other_expansions, entry.source):
            assert unicodedata.is_normalized("NFC", text)
            assert "\u00d0" not in text
        assert lookup(code) is entry


def test_table_uses_old_tone_placement() -> None:
    from mttq.vi.text import normalize

    for entry in abbreviations().values():
        for text in (entry.expansion, *entry.other_expansions):
            assert normalize(text) == text


def test_find_abbreviations() -> None:
    text = (
        "KT. CHỦ TỊCH UBND tỉnh; theo 98/2023/NĐ-CP và 82/HD-MTTW-BTT, "
        "UBMTTQ và LĐLĐ tỉnh; lại UBND. TM Q KT"
    )
    assert [a.code for a in find_abbreviations(text)] == [
        "KT",
        "UBND",
        "NĐ-CP",
        "HD",
        "MTTW",
        "BTT",
        "UBMTTQ",
        "LĐLĐ",
    ]
    assert find_abbreviations("") == ()
    assert find_abbreviations("ubnd MTTQVNX") == ()


@given(st.text(max_size=60))
def test_junk_raises_only_mttq_errors(text: str) -> None:
    with contextlib.suppress(MttqError):
        expand(text)
    find_abbreviations(text)


@pytest.mark.parametrize("junk", ["x" * 10_000, "\x00\x01", "\ud800", "Ủ" * 5000])
def test_long_junk(junk: str) -> None:
    with pytest.raises(UnknownCodeError):
        expand(junk)
    assert find_abbreviations(junk) == ()


@pytest.mark.parametrize(
    "call",
    [
        lambda: expand(None),  # type: ignore[arg-type]
        lambda: lookup(1),  # type: ignore[arg-type]
        lambda: find_abbreviations(b"UBND"),  # type: ignore[arg-type]
    ],
)
def test_non_str_is_invalid(call: Any) -> None:
    with pytest.raises(InvalidValueError):
        call()


def test_folded_keys_of_codes() -> None:
    assert fold("Tổng LĐLĐVN") in {fold(code) for code in abbreviations()}


def test_to_data_round_trip() -> None:
    from mttq.io import from_data, to_data

    for entry in abbreviations().values():
        data = to_data(entry)
        assert isinstance(data, dict)
        assert data["code"] == entry.code
        assert from_data(data, Abbreviation) == entry


# --------------------------------------------------------------------------- the value class


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("code", None),
        ("code", "  "),
        ("expansion", 5),
        ("other_expansions", None),
        ("other_expansions", "bản thỏa thuận"),
        ("other_expansions", ("",)),
        ("category", None),
        ("category", "not-a-code"),
        ("source", b"x"),
    ],
    ids=repr,
)
def test_abbreviation_fields_refuse_wrong_types(field: str, bad: object) -> None:
    changes: dict[str, Any] = {field: bad}
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(lookup("BTT"), **changes)
    assert info.value.field == field
    assert info.value.value in (bad, "")  # the value, or the bad item of a tuple


def test_abbreviation_text_is_nfc() -> None:
    entry = Abbreviation(
        code="CTĐ", expansion="ca\u0301n bô\u0323", other_expansions=["a\u0300"],  # type: ignore[arg-type]
        category="front", source="user",
    )  # fmt: skip
    assert (entry.expansion, entry.other_expansions) == ("cán bộ", ("à",))


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


@pytest.mark.parametrize("code", ["BTT", "UBND", "KT"])
def test_fields_refuse_wrong_types(code: str) -> None:
    check_wrong_types(lookup(code))
