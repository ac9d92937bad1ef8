"""Tests of :mod:`mttq.vi.abbreviations`: the abbreviation table, lookup and search."""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable
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


@pytest.mark.parametrize("code", ["BTT", "UBND", "KT"])
def test_fields_refuse_wrong_types(code: str, check_wrong_types: Callable[[object], None]) -> None:
    check_wrong_types(lookup(code))
