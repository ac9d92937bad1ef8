"""Tests of :mod:`mttq.vi.numbers`: formatting, parsing, percent, VND and compact money."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from babel import Locale
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, MttqError, ParseError
from mttq.vi.numbers import (
    format_compact_number,
    format_money,
    format_number,
    format_percent,
    format_vnd,
    format_year,
    parse_number,
)

NBSP = "\u00a0"
VI = Locale("vi")


# --------------------------------------------------------------------------- format_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (-1000, "-1.000"),
        (1234567, "1.234.567"),
        (10**12, "1.000.000.000.000"),
        (2**100, "1.267.650.600.228.229.401.496.703.205.376"),
        (0.05, "0,05"),
        (2.5, "2,5"),
        (-1234.5, "-1.234,5"),
        (1e20, "100.000.000.000.000.000.000"),
        (1e-7, "0"),
        (Decimal("1234.50"), "1.234,5"),
        (Decimal("1E+3"), "1.000"),
        (Decimal("1.0005"), "1"),  # half-even: 1.000|5 -> 1.000
        (Decimal("1.0015"), "1,002"),  # half-even: 1.001|5 -> 1.002
        (Decimal("1.00051"), "1,001"),
        (Decimal("0.9995"), "1"),
        (Decimal("-999.9996"), "-1.000"),
        (Decimal("-0.0001"), "-0"),  # the sign is kept, as CLDR, ICU and babel
        (Decimal("-0"), "-0"),
        (-0.0, "-0"),
        (-1e-7, "-0"),
        (float("1e-05"), "0"),
        (
            Decimal("12345678901234567890123456789012.3456"),
            "12.345.678.901.234.567.890.123.456.789.012,346",
        ),
    ],
)
def test_format_number(value: int | float | Decimal, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (2.5, 2, "2,50"),
        (1234, 2, "1.234,00"),
        (Decimal("2.345"), 2, "2,34"),  # half-even
        (Decimal("2.355"), 2, "2,36"),
        (Decimal("9.995"), 2, "10,00"),
        (Decimal("9.5"), 0, "10"),
        (Decimal("8.5"), 0, "8"),
        (-0.004, 2, "-0,00"),
        (1, 0, "1"),
    ],
)
def test_format_number_decimals(value: int | float | Decimal, decimals: int, expected: str) -> None:
    assert format_number(value, decimals=decimals) == expected


@pytest.mark.parametrize(
    "value",
    [True, "12", None, [1], float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")],
)
def test_format_number_refuses_non_numbers(value: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        format_number(value)  # type: ignore[arg-type]
    assert info.value.field == "value"


@pytest.mark.parametrize("decimals", [-1, 31, True, 1.0, "2"])
def test_format_number_refuses_bad_decimals(decimals: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        format_number(1, decimals=decimals)  # type: ignore[arg-type]
    assert info.value.field == "decimals"


def test_format_number_refuses_huge_numbers() -> None:
    with pytest.raises(InvalidValueError):
        format_number(10**5000)
    with pytest.raises(InvalidValueError):
        format_number(Decimal(10**5000))
    with pytest.raises(InvalidValueError):
        format_money(Decimal("1E+5000"), compact=True)


def test_format_number_near_ties() -> None:
    # Floats near a rounding tie take the exact (repr) path.
    assert format_number(1.99950001) == "2"
    assert format_number(-1.99950001) == "-2"
    assert format_number(0.0125) == "0,012"  # the repr 0.0125 is a tie: half-even
    assert format_number(0.0135) == "0,014"
    assert format_number(8589934592.0125) == "8.589.934.592,012"
    assert format_number(1e16) == "10.000.000.000.000.000"
    assert format_number(Decimal("0.0125")) == "0,012"


def test_format_number_refuses_huge_decimals() -> None:
    with pytest.raises(InvalidValueError):
        format_number(Decimal("1E+5000"))
    assert format_number(Decimal("1E-5000")) == "0"
    assert format_number(Decimal("-1E-5000"), decimals=2) == "-0,00"
    assert format_money(Decimal("1E-5000"), compact=True) == "0 đồng"
    assert format_compact_number(Decimal("1E-5000")) == "0"


def _random_values(count: int, seed: int) -> list[int | float | Decimal]:
    rng = random.Random(seed)
    values: list[int | float | Decimal] = []
    for _ in range(count):
        kind = rng.randrange(3)
        if kind == 0:
            values.append(rng.randint(-(10 ** rng.randint(1, 18)), 10 ** rng.randint(1, 18)))
        elif kind == 1:
            values.append(rng.uniform(-1, 1) * 10 ** rng.randint(-4, 15))
        else:
            digits = rng.randint(0, 6)
            values.append(Decimal(rng.randint(-(10**15), 10**15)).scaleb(-digits))
    return values


def test_format_number_identical_to_babel() -> None:
    """Same output as babel ``format_decimal(locale="vi")`` (the full 100,000 run is in
    ``benchmarks/vi_bench.py``)."""
    for value in _random_values(3000, seed=20240227):
        assert format_number(value) == format_decimal(value, locale=VI), value


def test_format_number_ignores_the_decimal_context() -> None:
    values = [Decimal("0.0125"), Decimal("-2.0005"), Decimal("1234.5675"), Decimal("9.9995")]
    expected = [format_number(v) for v in values]
    assert expected == ["0,012", "-2", "1.234,568", "10"]
    with localcontext() as context:
        context.rounding = ROUND_HALF_UP
        context.prec = 5
        assert [format_number(v) for v in values] == expected
        assert format_number(Decimal("12345678.5")) == "12.345.678,5"


def test_format_year() -> None:
    assert format_year(2024) == "2024"
    assert format_year(1) == "1"
    for bad in (0, 10000, True, "2024", 2024.0):
        with pytest.raises(InvalidValueError):
            format_year(bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- percent, VND


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0.125, 1, "12,5%"),
        (0.125, 0, "12%"),  # half-even, as CLDR
        (Decimal("0.135"), 0, "14%"),
        (1, 0, "100%"),
        (Decimal("-0.5"), 0, "-50%"),
        (Decimal("12.3456"), 2, "1.234,56%"),
        (0, 2, "0,00%"),
    ],
)
def test_format_percent(value: int | float | Decimal, decimals: int, expected: str) -> None:
    assert format_percent(value, decimals=decimals) == expected


def test_format_percent_refuses() -> None:
    with pytest.raises(InvalidValueError):
        format_percent("12%")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        format_percent(0.5, decimals=-1)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (2_500_000_000, "2.500.000.000"),
        (-15000, "-15.000"),
        (0, "0"),
        (Decimal("2.5"), "3"),  # half-up (babel: half-even "2")
        (Decimal("1234.5"), "1.235"),
        (Decimal("-2.5"), "-3"),
        (Decimal("-0.4"), "0"),
        (Decimal("1E+3"), "1.000"),
        (2500.0, "2.500"),
    ],
)
def test_format_vnd(amount: int | float | Decimal, expected: str) -> None:
    assert format_vnd(amount) == expected + NBSP + "₫"


@pytest.mark.parametrize("amount", [2.5, 0.1, float("nan"), float("inf"), True, "1000", None])
def test_format_vnd_refuses(amount: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        format_vnd(amount)  # type: ignore[arg-type]
    assert info.value.field == "amount"


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (60_000_000_000, "60.000.000.000 đồng"),
        (150_000, "150.000 đồng"),
        (-15_000, "-15.000 đồng"),
        (Decimal("999.5"), "1.000 đồng"),
        (3e6, "3.000.000 đồng"),
    ],
)
def test_format_money_full(amount: int | float | Decimal, expected: str) -> None:
    assert format_money(amount) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (60_000_000_000, "60 tỷ đồng"),
        (2_500_000_000, "2,5 tỷ đồng"),
        (45_000_000, "45 triệu đồng"),
        (15_000_000, "15 triệu đồng"),
        (1_000_000, "1 triệu đồng"),
        (1_234_567, "1,23 triệu đồng"),
        (1_235_000, "1,24 triệu đồng"),  # half-up
        (999_999, "1 triệu đồng"),  # rounds to one triệu: moves up
        (995_000, "1 triệu đồng"),
        (994_999, "994.999 đồng"),
        (150_000, "150.000 đồng"),
        (500, "500 đồng"),
        (0, "0 đồng"),
        (999_999_999, "1 tỷ đồng"),  # 1000 triệu moves up
        (999_994_999, "999,99 triệu đồng"),
        (10**12, "1.000 tỷ đồng"),
        (1_500_000_000_000, "1.500 tỷ đồng"),
        (2_500_500_000_000, "2.500,5 tỷ đồng"),
        (10**18, "1.000.000.000 tỷ đồng"),
        (-2_500_000_000, "-2,5 tỷ đồng"),
        (-999_999, "-1 triệu đồng"),
        (Decimal("2500000000.4"), "2,5 tỷ đồng"),
    ],
)
def test_format_money_compact(amount: int | Decimal, expected: str) -> None:
    assert format_money(amount, compact=True) == expected


def test_format_money_compact_fraction_digits() -> None:
    assert format_money(2_550_000_000, compact=True, max_fraction_digits=1) == "2,6 tỷ đồng"
    assert format_money(2_449_000_000, compact=True, max_fraction_digits=1) == "2,4 tỷ đồng"
    assert format_money(2_500_000_000, compact=True, max_fraction_digits=0) == "3 tỷ đồng"
    assert format_money(1_234_567, compact=True, max_fraction_digits=3) == "1,235 triệu đồng"
    with pytest.raises(InvalidValueError):
        format_money(1, compact=True, max_fraction_digits=-1)
    with pytest.raises(InvalidValueError):
        format_money(1.5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2_500_000_000, "2,5 tỷ"),
        (45_000_000, "45 triệu"),
        (1_234_567, "1,23 triệu"),
        (12_345, "12.345"),
        (Decimal("12.345"), "12,35"),  # half-up, at most 2 fraction digits
        (0.5, "0,5"),
        (10**15, "1.000.000 tỷ"),
        (999_999.999, "1 triệu"),
    ],
)
def test_format_compact_number(value: int | float | Decimal, expected: str) -> None:
    assert format_compact_number(value) == expected


def test_format_compact_number_refuses() -> None:
    with pytest.raises(InvalidValueError):
        format_compact_number("2,5 tỷ")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        format_compact_number(1, max_fraction_digits=99)


# --------------------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567", "1234567"),
        ("1.234,5", "1234.5"),
        ("-1.234", "-1234"),
        ("+1.234", "1234"),
        ("\u22121.234", "-1234"),
        ("  2,5 ", "2.5"),
        ("2,50", "2.50"),
        ("1234567", "1234567"),
        ("0", "0"),
        ("0,05", "0.05"),
        ("1\u00a0234\u00a0567", "1234567"),
        ("1\u202f234,5", "1234.5"),
        ("999", "999"),
        ("1.000", "1000"),
        ("\u00a012\u00a0", "12"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    result = parse_number(text)
    assert isinstance(result, Decimal)
    assert result == Decimal(expected)
    assert str(result) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1.5",  # ambiguous
        "1.50",
        "1.5000",
        "0.123",
        "01.234",
        "1.234.56",
        "1,2,3",
        "1,234.5",  # English style
        "1.234\u00a0567",  # mixed separators
        ",5",
        "5,",
        "-",
        "+",
        "",
        "   ",
        "1e5",
        "NaN",
        "Infinity",
        "١٢٣",  # Arabic-Indic digits
        "12 345",  # plain space is not a group separator
        "--5",
        "1.234,5.6",
        "60 tỷ",
        "x" * 2000,
    ],
)
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text)
    assert info.value.what == "number"


def test_parse_number_ambiguous_message() -> None:
    with pytest.raises(ParseError, match="ambiguous"):
        parse_number("1.5")


def test_parse_number_type() -> None:
    with pytest.raises(InvalidValueError):
        parse_number(1.5)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

_decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=3, allow_nan=False
)


@given(_decimals)
def test_parse_inverts_format(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(st.integers())
def test_parse_inverts_format_int(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(st.decimals(min_value=-(10**40), max_value=10**40, places=2))
def test_fixed_decimals_round_trip(value: Decimal) -> None:
    assert parse_number(format_number(value, decimals=2)) == value


@given(st.integers(min_value=-(10**20), max_value=10**20))
def test_compact_money_is_close(amount: int) -> None:
    text = format_money(amount, compact=True)
    assert text.endswith(" đồng")
    number, _, unit = text.removesuffix(" đồng").partition(" ")
    scale = {"": 1, "triệu": 10**6, "tỷ": 10**9}[unit]
    shown = parse_number(number) * scale
    assert abs(shown - amount) <= Decimal(scale) / 200


_NUMBERISH = st.text(alphabet=st.sampled_from("0123456789.,+-\u2212 \u00a0\u202fe"), max_size=30)


@given(st.one_of(st.text(max_size=60), _NUMBERISH))
def test_parse_number_junk(text: str) -> None:
    try:
        result = parse_number(text)
    except MttqError:
        return
    assert isinstance(result, Decimal)
    places = -int(result.as_tuple().exponent)
    if places <= 30:
        assert parse_number(format_number(result, decimals=places)) == result


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02" * 3000,
        "1" * 10_000,
        "1." * 5000,
        "1.234" * 2000,
        "\u200b1.234",
        "𝟏𝟐𝟑",
        "١٢٣.٤٥٦",
        "Hà Nội 1.234",
        "1.234," + "5" * 9000,
    ],
)
def test_parse_number_robust(text: str) -> None:
    with pytest.raises(ParseError):
        parse_number(text)
