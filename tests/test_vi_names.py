"""Tests of :mod:`mttq.vi.names`: splitting Vietnamese names and the name-list order."""

from __future__ import annotations

import contextlib
import json
import random
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, MttqError, ParseError
from mttq.vi.names import COMPOUND_FAMILY_NAMES, PersonName, sort_by_given_name

DATA = Path(__file__).parent / "data"
GOLDEN: list[dict[str, Any]] = json.loads((DATA / "vi-public.json").read_text(encoding="utf-8"))


def _rows(function: str) -> list[dict[str, Any]]:
    return [row for row in GOLDEN if row["function"] == function]


@pytest.mark.parametrize("row", _rows("split_name"), ids=lambda r: r["input"])
def test_golden_split_name(row: dict[str, Any]) -> None:
    name = PersonName.parse(row["input"])
    expected = row["expected"]
    assert (name.family, name.middle, name.given) == (
        expected["ho"],
        expected["dem"],
        expected["ten"],
    )
    assert str(name) == row["input"]


@pytest.mark.parametrize("row", _rows("sort_by_given_name"), ids=lambda r: r["expected"][0])
def test_golden_sort_by_given_name(row: dict[str, Any]) -> None:
    assert sort_by_given_name(row["input"]) == row["expected"]
    parsed = [PersonName.parse(text) for text in row["input"]]
    assert [str(n) for n in sort_by_given_name(parsed)] == row["expected"]


# (text, family, middle, given, rule pinned)
PARSE_ROWS = [
    ("Nguyễn Thị Minh Khai", "Nguyễn", "Thị Minh", "Khai", "R-NAME: one family syllable"),
    ("Lê Duẩn", "Lê", "", "Duẩn", "R-NAME: no middle name"),
    ("Tôn Thất Thuyết", "Tôn Thất", "", "Thuyết", "R-NAME-compound: Tôn Thất"),
    ("Tôn Nữ Thị Ninh", "Tôn Nữ", "Thị", "Ninh", "R-NAME-compound: Tôn Nữ"),
    ("Tôn Đức Thắng", "Tôn", "Đức", "Thắng", "R-NAME-compound: Tôn alone is a single name"),
    (
        "Công Tằng Tôn Nữ Thị Bích",
        "Công Tằng Tôn Nữ",
        "Thị",
        "Bích",
        "R-NAME-compound: the longest compound wins",
    ),
    ("Âu Dương Lân", "Âu Dương", "", "Lân", "R-NAME-compound: Âu Dương"),
    ("Nguyễn Phúc Vĩnh Lộc", "Nguyễn Phúc", "Vĩnh", "Lộc", "R-NAME-compound: Nguyễn Phúc"),
    ("Nguyễn Phước Bửu Chánh", "Nguyễn Phước", "Bửu", "Chánh", "R-NAME-compound: Phước"),
    ("Hoàng Phủ Ngọc Tường", "Hoàng Phủ", "Ngọc", "Tường", "R-NAME-compound: Hoàng Phủ"),
    ("Âu Dương", "Âu", "", "Dương", "R-NAME-compound: a syllable must remain for the tên"),
    ("TÔN THẤT LỄ", "TÔN THẤT", "", "LỄ", "R-NAME-compound: matched case-insensitively"),
    ("  Nguyễn   Văn\tAn  ", "Nguyễn", "Văn", "An", "R-NAME-space: whitespace collapsed"),
    ("Ðặng Thùy Trâm", "Đặng", "Thùy", "Trâm", "R-ETH: U+00D0 read as Đ"),
    ("Hoà", "", "", "Hoà", "R-NAME-single: one syllable is a given name; spelling kept"),
]


@pytest.mark.parametrize(
    ("text", "family", "middle", "given_name", "rule"), PARSE_ROWS, ids=[r[0] for r in PARSE_ROWS]
)
def test_parse_rows(text: str, family: str, middle: str, given_name: str, rule: str) -> None:
    name = PersonName.parse(text)
    assert (name.family, name.middle, name.given) == (family, middle, given_name), rule
    assert PersonName.parse(unicodedata.normalize("NFD", text)) == name


def test_parse_with_own_family_names() -> None:
    assert PersonName.parse("Nguyễn Phúc Lộc", family_names=()).family == "Nguyễn"
    assert PersonName.parse("Gia Cát Lượng").family == "Gia Cát"
    assert PersonName.parse("Lê Phạm An Bình", family_names=["Lê Phạm", ""]).family == "Lê Phạm"


def test_table_is_longest_first_and_nfc() -> None:
    assert COMPOUND_FAMILY_NAMES[0] == "Công Tằng Tôn Nữ"
    for name in COMPOUND_FAMILY_NAMES:
        assert unicodedata.is_normalized("NFC", name)
        assert len(name.split()) >= 2


def test_full_str_and_constructor_cleaning() -> None:
    name = PersonName(family=" Nguyễn ", middle="Thị  Minh", given="Khai")
    assert name.family == "Nguyễn"
    assert name.middle == "Thị Minh"
    assert name.full == str(name) == "Nguyễn Thị Minh Khai"
    assert PersonName(family="", middle="", given="An").full == "An"


def test_sort_key_orders_given_then_middle_then_family() -> None:
    names = ["Trần Văn An", "Lê Thị An", "Nguyễn Văn An", "Bùi Bảo", "Đỗ An"]
    assert sort_by_given_name(names) == [
        "Đỗ An",  # empty middle first
        "Lê Thị An",  # middle Thị < Văn
        "Nguyễn Văn An",  # same given and middle: family Nguyễn < Trần
        "Trần Văn An",
        "Bùi Bảo",
    ]


def test_sort_by_given_name_keeps_types_and_is_stable() -> None:
    mixed: list[Any] = ["Lê Văn Dũng", PersonName.parse("Phạm Thị Ánh"), "Lê Văn Dũng"]
    result = sort_by_given_name(mixed)
    assert isinstance(result[0], PersonName)
    assert result[1:] == ["Lê Văn Dũng", "Lê Văn Dũng"]
    assert sort_by_given_name(iter(())) == []


def test_sort_by_given_name_uses_vi_collation() -> None:
    # code point order would put Ánh, Ân and Đức after Yến
    names = ["Hồ Yến", "Lý Đức", "Vũ Ân", "Ngô Ánh", "Phan Dũng", "Mai Ăn"]
    assert sort_by_given_name(names) == [
        "Ngô Ánh",
        "Mai Ăn",
        "Vũ Ân",
        "Phan Dũng",
        "Lý Đức",
        "Hồ Yến",
    ]


SYLLABLES = ["Nguyễn", "Trần", "Thị", "Văn", "Minh", "Ánh", "Đức", "Hòa", "Thủy", "An", "Ân"]
names_strategy = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=5).map(" ".join)


@given(names_strategy)
def test_parse_round_trips(text: str) -> None:
    name = PersonName.parse(text)
    assert name.full == text
    assert PersonName.parse(name.full) == name
    assert name.given == text.rsplit(maxsplit=1)[-1]


@given(st.lists(names_strategy, max_size=10), st.randoms(use_true_random=False))
def test_sort_by_given_name_is_order_independent(names: list[str], rng: random.Random) -> None:
    shuffled = list(names)
    rng.shuffle(shuffled)
    assert sort_by_given_name(shuffled) == sort_by_given_name(names)


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "Nguyễn Văn 2", "An\x00h", "A\u200bn"])
def test_parse_refuses_non_names(text: str) -> None:
    with pytest.raises(ParseError):
        PersonName.parse(text)


@pytest.mark.parametrize(
    "call",
    [
        lambda: PersonName.parse(None),  # type: ignore[arg-type]
        lambda: PersonName.parse(b"Le Duan"),  # type: ignore[arg-type]
        lambda: PersonName.parse("Lê Duẩn", family_names="Lê"),
        lambda: PersonName.parse("Lê Duẩn", family_names=5),  # type: ignore[arg-type]
        lambda: PersonName.parse("Lê Duẩn", family_names=[5]),  # type: ignore[list-item]
        lambda: PersonName(family=1, middle="", given="An"),
        lambda: PersonName(family="Lê", middle="", given="  "),
        lambda: sort_by_given_name("Lê Duẩn"),
        lambda: sort_by_given_name(5),  # type: ignore[arg-type]
        lambda: sort_by_given_name([5]),  # type: ignore[type-var]
    ],
)
def test_bad_input_is_invalid(call: Any) -> None:
    with pytest.raises(InvalidValueError):
        call()


@given(st.text(max_size=100))
def test_junk_raises_only_mttq_errors(text: str) -> None:
    with contextlib.suppress(MttqError):
        PersonName.parse(text)


def test_long_junk_is_fast() -> None:
    with pytest.raises(ParseError):
        PersonName.parse("Nguyễn " * 2000 + "1")
    assert PersonName.parse("Nguyễn " * 2000).given == "Nguyễn"


@given(names_strategy)
def test_to_data_round_trip(text: str) -> None:
    from mttq.io import from_data, to_data

    name = PersonName.parse(text)
    data = to_data(name)
    assert data == {"family": name.family, "middle": name.middle, "given": name.given}
    assert from_data(data, PersonName) == name


def test_from_data_refuses_a_nameless_record() -> None:
    from mttq.errors import DataError
    from mttq.io import from_data

    with pytest.raises(DataError):
        from_data({"family": "Lê", "middle": "", "given": ""}, PersonName)


def test_full_part_cache_gives_the_same_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import mttq.vi.names as names_module

    names = ["Trần Đức", "Lê Văn Dũng", "Phạm Thị Ánh", "Ngô Bảo", "Hồ Xuân Hương"]
    expected = sort_by_given_name(names)
    monkeypatch.setattr(names_module, "_MAX_CACHED", 0)
    monkeypatch.setattr(names_module, "_PART_KEYS", {})
    assert sort_by_given_name(names) == expected
    assert names_module._PART_KEYS == {}
