"""Tests of :mod:`mttq.vi.words`: number words, the "Bằng chữ" line and ordinals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, ParseError
from mttq.vi.words import money_to_words, number_to_words, ordinal_words


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "không"),
        (4, "bốn"),
        (10, "mười"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (30, "ba mươi"),
        (101, "một trăm linh một"),
        (104, "một trăm linh bốn"),  # tư only after mươi
        (105, "một trăm linh năm"),
        (114, "một trăm mười bốn"),
        (121, "một trăm hai mươi mốt"),
        (200, "hai trăm"),
        (1000, "một nghìn"),
        (1005, "một nghìn không trăm linh năm"),
        (1010, "một nghìn không trăm mười"),
        (1100, "một nghìn một trăm"),
        (10_000, "mười nghìn"),
        (1_000_005, "một triệu không trăm linh năm"),
        (1_005_000, "một triệu không trăm linh năm nghìn"),
        (1_000_100, "một triệu một trăm"),
        (5_050_505, "năm triệu không trăm năm mươi nghìn năm trăm linh năm"),
        (1_000_000_005, "một tỷ không trăm linh năm"),
        (1_001_000_000, "một tỷ không trăm linh một triệu"),
        (10**12, "một nghìn tỷ"),
        (1_100_000_000_000, "một nghìn một trăm tỷ"),
        (2_000_000_000_005, "hai nghìn tỷ không trăm linh năm"),
        (10**15, "một triệu tỷ"),
        (10**18, "một tỷ tỷ"),
        (10**18 + 5, "một tỷ tỷ không trăm linh năm"),
        (-5, "âm năm"),
        (-1234, "âm một nghìn hai trăm ba mươi tư"),
    ],
)
def test_integers(value: int, expected: str) -> None:
    assert number_to_words(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2,5", "hai phẩy năm"),
        ("0,05", "không phẩy không năm"),
        ("2,38", "hai phẩy ba mươi tám"),
        ("3,14", "ba phẩy mười bốn"),
        ("-1.234,5", "âm một nghìn hai trăm ba mươi tư phẩy năm"),
        ("1,000", "một phẩy không không không"),
        ("-0,0", "không phẩy không"),
        (Decimal("2.50"), "hai phẩy năm mươi"),  # read as written
        (Decimal("-0.05"), "âm không phẩy không năm"),
        (Decimal("1E+3"), "một nghìn"),
        (Decimal("1.5E-3"), "không phẩy không không mười lăm"),
        (Decimal("-0"), "không"),
    ],
)
def test_decimals(value: str | Decimal, expected: str) -> None:
    assert number_to_words(value) == expected


def test_fraction_digits() -> None:
    assert number_to_words("3,14", fraction="digits") == "ba phẩy một bốn"
    assert number_to_words("2,38", fraction="digits") == "hai phẩy ba tám"
    assert number_to_words("0,05", fraction="digits") == "không phẩy không năm"


def test_options() -> None:
    assert number_to_words(1005, dialect="south") == "một ngàn không trăm lẻ năm"
    assert number_to_words(24, four="bốn") == "hai mươi bốn"
    assert number_to_words(2_500_000_000, billion="tỉ") == "hai tỉ năm trăm triệu"
    assert number_to_words(24, dialect="south") == "hai mươi tư"


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("dialect", "central"),
        ("dialect", ["north"]),
        ("four", "4"),
        ("fraction", "word"),
        ("billion", "ty"),
        ("four", 4),
    ],
)
def test_bad_options(option: str, value: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        number_to_words(1, **{option: value})  # type: ignore[arg-type]
    assert info.value.field == option


@pytest.mark.parametrize(
    "value",
    [
        2.5,
        5.0,
        True,
        None,
        [1],
        Decimal("NaN"),
        Decimal("Infinity"),
        pytest.param(10**5000, id="huge"),
    ],
)
def test_refused_values(value: object) -> None:
    with pytest.raises(InvalidValueError):
        number_to_words(value)  # type: ignore[arg-type]


def test_refused_strings() -> None:
    with pytest.raises(ParseError):
        number_to_words("1.5")
    with pytest.raises(ParseError):
        number_to_words("mười")


def test_huge_decimals_refused() -> None:
    with pytest.raises(InvalidValueError):
        number_to_words(Decimal("1E+5000"))
    with pytest.raises(InvalidValueError):
        number_to_words(Decimal("1E-5000"))


def test_money_to_words() -> None:
    assert money_to_words(33257) == "Ba mươi ba nghìn hai trăm năm mươi bảy đồng"
    assert money_to_words(0) == "Không đồng"
    assert money_to_words(-5000) == "Âm năm nghìn đồng"
    assert money_to_words(Decimal("1500.00")) == "Một nghìn năm trăm đồng"
    assert money_to_words("1.005.000") == "Một triệu không trăm linh năm nghìn đồng"
    assert money_to_words(1000, dialect="south") == "Một ngàn đồng"
    with pytest.raises(InvalidValueError):
        money_to_words(Decimal("1.5"))
    with pytest.raises(InvalidValueError):
        money_to_words(1000.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "thứ nhất"),
        (2, "thứ hai"),
        (3, "thứ ba"),
        (4, "thứ tư"),
        (5, "thứ năm"),
        (10, "thứ mười"),
        (11, "thứ mười một"),
        (14, "thứ mười bốn"),
        (21, "thứ hai mươi mốt"),
        (24, "thứ hai mươi tư"),
        (100, "thứ một trăm"),
    ],
)
def test_ordinal_words(n: int, expected: str) -> None:
    assert ordinal_words(n) == expected


def test_ordinal_options_and_errors() -> None:
    assert ordinal_words(2, two="nhì") == "thứ nhì"
    assert ordinal_words(24, four="bốn") == "thứ hai mươi bốn"
    for bad in (0, -1, True, 1.0, "1"):
        with pytest.raises(InvalidValueError):
            ordinal_words(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        ordinal_words(2, two="hay")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

_ints = st.integers(min_value=-(10**30), max_value=10**30)


@given(_ints)
def test_never_raises_and_no_double_ty(n: int) -> None:
    text = number_to_words(n)
    assert text == text.strip()
    assert "  " not in text
    if abs(n) < 10**18:
        assert "tỷ tỷ" not in text
    assert text.startswith("âm ") == (n < 0)


@given(st.integers(min_value=0, max_value=10**17))
def test_words_are_from_the_vocabulary(n: int) -> None:
    vocabulary = {
        "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám",
        "chín", "mười", "mươi", "trăm", "linh", "nghìn", "triệu", "tỷ",
    }  # fmt: skip
    assert set(number_to_words(n).split()) <= vocabulary


@given(st.integers(min_value=1, max_value=10**15))
def test_south_differs_only_in_words(n: int) -> None:
    north = number_to_words(n).split()
    south = number_to_words(n, dialect="south").split()
    swap = {"linh": "lẻ", "nghìn": "ngàn"}
    assert [swap.get(w, w) for w in north] == south


@given(
    st.integers(min_value=0, max_value=10**12),
    st.text(alphabet="0123456789", min_size=1, max_size=8),
)
def test_decimal_reading(whole: int, frac: str) -> None:
    text = number_to_words(Decimal(f"{whole}.{frac}"))
    head, _, tail = text.partition(" phẩy ")
    assert head == number_to_words(whole)
    zeros = len(frac) - len(frac.lstrip("0"))
    assert tail.split()[:zeros] == ["không"] * zeros
