"""Tests of :mod:`mttq.vi.roman`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, MttqError, ParseError
from mttq.vi.roman import from_roman, roman_label, to_roman


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "I"),
        (4, "IV"),
        (9, "IX"),
        (14, "XIV"),
        (40, "XL"),
        (90, "XC"),
        (400, "CD"),
        (900, "CM"),
        (1994, "MCMXCIV"),
        (2024, "MMXXIV"),
        (3888, "MMMDCCCLXXXVIII"),
        (3999, "MMMCMXCIX"),
    ],
)
def test_table(n: int, text: str) -> None:
    assert to_roman(n) == text
    assert from_roman(text) == n
    assert from_roman(text.lower()) == n


def test_every_number_round_trips() -> None:
    for n in range(1, 4000):
        assert from_roman(to_roman(n)) == n


@pytest.mark.parametrize("n", [0, -1, 4000, True, 1.0, "5", None])
def test_to_roman_refuses(n: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        to_roman(n)  # type: ignore[arg-type]
    assert info.value.field == "n"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "IIII",
        "VX",
        "IC",
        "IL",
        "XM",
        "VV",
        "XIIII",
        "MMMM",
        "IIIIIIIIIIIIIIV",
        "CMM",
        "X V",
        "XV.",
        "ⅩⅤ",  # U+2169 U+2164
        "ıx",  # dotless i upper-cases to I
        "A",
        "M" * 10_000,
        "\x00" * 10_000,
    ],
)
def test_from_roman_refuses(text: str) -> None:
    with pytest.raises(ParseError) as info:
        from_roman(text)
    assert info.value.what == "Roman numeral"


def test_from_roman_type() -> None:
    with pytest.raises(InvalidValueError):
        from_roman(15)  # type: ignore[arg-type]


def test_from_roman_whitespace() -> None:
    assert from_roman(" xv\n") == 15


def test_roman_label() -> None:
    assert roman_label("lần thứ", 9) == "lần thứ IX"
    assert roman_label("Quốc hội khóa ", 15) == "Quốc hội khóa XV"
    assert roman_label("", 4) == "IV"
    nfd = "kho\u0301a"
    assert roman_label(nfd, 15) == "khóa XV"
    with pytest.raises(InvalidValueError):
        roman_label(None, 1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        roman_label("khóa", 0)


@given(st.integers(min_value=1, max_value=3999))
def test_round_trip(n: int) -> None:
    text = to_roman(n)
    assert text.isupper()
    assert from_roman(text) == n
    assert from_roman(text.lower()) == n


@given(st.one_of(st.text(), st.text(alphabet="IVXLCDMivxlcdm ", max_size=20)))
def test_junk(text: str) -> None:
    try:
        n = from_roman(text)
    except MttqError:
        return
    assert to_roman(n) == text.strip().upper()
