"""Tests of :mod:`mttq.vi.dates`: golden tables, round trips, seed forms and robustness."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, MttqError, ParseError
from mttq.vi.dates import (
    DateStyle,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    place_date,
    quarter_label,
    weekday_name,
)

DATA = Path(__file__).parent / "data"
GMT7 = timezone(timedelta(hours=7))


def _iso(text: str) -> date:
    return date.fromisoformat(text)


# --- the shared golden file ------------------------------------------------------------------

_GOLDEN: list[dict[str, Any]] = json.loads((DATA / "vi-public.json").read_text("utf-8"))
_MINE = {
    "format_date_weekday",
    "format_date_numeric",
    "format_datetime",
    "format_admin_date",
    "format_place_date",
    "weekday_name",
    "weekday_numeric",
    "weekday_abbr",
    "quarter_label",
    "parse_date",
    "parse_datetime",
}
_CASES = [case for case in _GOLDEN if case["function"] in _MINE]


def _run(case: dict[str, Any]) -> object:
    fn, arg = case["function"], case["input"]
    if fn == "format_date_weekday":
        return format_date(_iso(arg), style="weekday")
    if fn == "format_date_numeric":
        return format_date(_iso(arg), style="numeric")
    if fn == "format_admin_date":
        return format_date(_iso(arg), style="admin")
    if fn == "format_datetime":
        return format_datetime(datetime.fromisoformat(arg))
    if fn == "format_place_date":
        return place_date(arg["place"], _iso(arg["date"]))
    if fn == "weekday_name":
        return weekday_name(_iso(arg))
    if fn == "weekday_numeric":
        return weekday_name(_iso(arg), style="numeric")
    if fn == "weekday_abbr":
        return weekday_name(_iso(arg), style="abbr")
    if fn == "quarter_label":
        if isinstance(arg, dict):
            return quarter_label(_iso(arg["date"]), with_year=arg["with_year"])
        return quarter_label(_iso(arg))
    if fn == "parse_date":
        return parse_date(arg).isoformat()
    assert fn == "parse_datetime"
    return parse_datetime(arg).isoformat()


def test_golden_file_has_all_date_functions() -> None:
    assert {case["function"] for case in _CASES} == _MINE


@pytest.mark.parametrize("case", _CASES, ids=lambda c: f"{c['function']}:{c['input']}")
def test_golden_file(case: dict[str, Any]) -> None:
    # The expected form only: also_accepted forms are not produced by the defaults.
    assert _run(case) == case["expected"], case["why"]


# --- own golden rows ---------------------------------------------------------------------------

# R-ND30: Nghị định 30/2020/NĐ-CP, Phụ lục I: days below 10 and months 1-2 take a leading zero.
ADMIN = [
    (date(2018, 7, 5), "ngày 05 tháng 7 năm 2018"),  # R-ND30: day 5 padded, month 7 not
    (date(2018, 2, 2), "ngày 02 tháng 02 năm 2018"),  # R-ND30: month 2 padded
    (date(2024, 1, 31), "ngày 31 tháng 01 năm 2024"),  # R-ND30: month 1 padded
    (date(2024, 3, 1), "ngày 01 tháng 3 năm 2024"),  # R-ND30: month 3 is the first unpadded
    (date(2024, 12, 10), "ngày 10 tháng 12 năm 2024"),  # R-ND30: day 10 is not padded
    (date(2023, 11, 9), "ngày 09 tháng 11 năm 2023"),  # R-ND30: day 9 is padded
]


@pytest.mark.parametrize(("d", "expected"), ADMIN)
def test_admin_style(d: date, expected: str) -> None:
    assert format_date(d, style="admin") == expected
    assert parse_date(expected) == d


# R-DMY: dd/MM/yyyy with zero padding; R-WD: weekday names.
NUMERIC = [
    (date(2022, 1, 12), "12/01/2022", "Thứ Tư, 12/01/2022"),
    (date(2024, 2, 26), "26/02/2024", "Thứ Hai, 26/02/2024"),
    (date(2024, 2, 28), "28/02/2024", "Thứ Tư, 28/02/2024"),
    (date(2024, 2, 29), "29/02/2024", "Thứ Năm, 29/02/2024"),
    (date(2024, 3, 1), "01/03/2024", "Thứ Sáu, 01/03/2024"),
    (date(2024, 3, 2), "02/03/2024", "Thứ Bảy, 02/03/2024"),
    (date(1900, 1, 1), "01/01/1900", "Thứ Hai, 01/01/1900"),
    (date(999, 12, 31), "31/12/0999", "Thứ Ba, 31/12/0999"),  # four-digit year always
]


@pytest.mark.parametrize(("d", "numeric", "weekday"), NUMERIC)
def test_numeric_and_weekday_styles(d: date, numeric: str, weekday: str) -> None:
    assert format_date(d) == numeric
    assert format_date(d, style="weekday") == weekday
    assert parse_date(numeric) == d
    assert parse_date(weekday) == d


# R-WD and R-WD-num: Monday..Sunday in each style; Sunday is never "Thứ 1" / "Thứ 8".
WEEKDAYS = [
    (date(2024, 2, 26), "Thứ Hai", "Thứ 2", "T2"),
    (date(2024, 2, 27), "Thứ Ba", "Thứ 3", "T3"),
    (date(2024, 2, 28), "Thứ Tư", "Thứ 4", "T4"),
    (date(2024, 2, 29), "Thứ Năm", "Thứ 5", "T5"),
    (date(2024, 3, 1), "Thứ Sáu", "Thứ 6", "T6"),
    (date(2024, 3, 2), "Thứ Bảy", "Thứ 7", "T7"),
    (date(2024, 3, 3), "Chủ nhật", "Chủ nhật", "CN"),
]


@pytest.mark.parametrize(("d", "long", "numeric", "abbr"), WEEKDAYS)
def test_weekday_names(d: date, long: str, numeric: str, abbr: str) -> None:
    assert weekday_name(d) == long
    assert weekday_name(d, style="numeric") == numeric
    assert weekday_name(d, style="abbr") == abbr
    assert weekday_name(datetime(d.year, d.month, d.day, 23, 59)) == long
    for name in (long, numeric, abbr, long.upper(), abbr.lower()):
        assert parse_date(f"{name}, {format_date(d)}") == d


# R-QUARTER: Roman numerals, lower-case "quý".
QUARTERS = [
    (date(2024, 1, 1), "quý I", "quý I/2024"),
    (date(2024, 3, 31), "quý I", "quý I/2024"),
    (date(2024, 4, 1), "quý II", "quý II/2024"),
    (date(2024, 9, 30), "quý III", "quý III/2024"),
    (date(2024, 10, 1), "quý IV", "quý IV/2024"),
]


@pytest.mark.parametrize(("d", "plain", "with_year"), QUARTERS)
def test_quarter_label_of_dates(d: date, plain: str, with_year: str) -> None:
    assert quarter_label(d) == plain
    assert quarter_label(d, with_year=True) == with_year
    quarter = (d.month - 1) // 3 + 1
    assert quarter_label(quarter) == plain
    assert quarter_label((d.year, quarter), with_year=True) == with_year
    assert quarter_label((d.year, quarter)) == plain


def test_format_datetime_and_place_date() -> None:
    assert format_datetime(datetime(2024, 2, 27, 11, 29)) == "27/02/2024, 11:29"
    assert format_datetime(datetime(2024, 2, 27, 0, 5, 59, tzinfo=GMT7)) == "27/02/2024, 00:05"
    assert place_date("  Hà   Nội ", date(2018, 7, 5)) == "Hà Nội, ngày 05 tháng 7 năm 2018"
    nfd = "Ha\u0300 No\u0323\u0302i"
    assert place_date(nfd, datetime(2018, 2, 2, 8)) == "Hà Nội, ngày 02 tháng 02 năm 2018"
    assert format_date(datetime(2024, 2, 27, 23, 0), style="admin") == "ngày 27 tháng 02 năm 2024"


# --- parsing: every date and datetime form of the seeds ----------------------------------------

# (form as it appears in tests/data/seeds, default_year, expected)
SEED_DATES = [
    ("000_658b2777d976af00.txt", "ngày 12/01/2022", None, date(2022, 1, 12)),
    ("000_658b2777d976af00.txt", "Sáng ngày 12/01/2022", None, date(2022, 1, 12)),
    ("000_658b2777d976af00.txt", "ngày 02 tháng 02 năm 2018", None, date(2018, 2, 2)),
    ("000_658b2777d976af00.txt", "ngày 05 tháng 7 năm 2018", None, date(2018, 7, 5)),
    ("001_a8b550806935f55b.txt", "Thứ 3, 27/02/2024, 11:29[GMT+7]", None, date(2024, 2, 27)),
    ("001_a8b550806935f55b.txt", "Thứ 4, 29/11/2023 | 17:18:52", None, date(2023, 11, 29)),
    ("001_a8b550806935f55b.txt", "Chiều ngày 29/11", 2023, date(2023, 11, 29)),
    ("002_a62d43b72d15a40c.txt", "12/01/2022 09:20", None, date(2022, 1, 12)),
    ("002_a62d43b72d15a40c.txt", "Ngày 6/1", 2022, date(2022, 1, 6)),
    ("003_96b00c4c85eac112.txt", "20:36 22/03/2024", None, date(2024, 3, 22)),
    ("003_96b00c4c85eac112.txt", "Ngày 22/3", 2024, date(2024, 3, 22)),
    ("004_c978d89e8b03f6c9.txt", "Ngày 3-12", 2021, date(2021, 12, 3)),
]


@pytest.mark.parametrize(("seed", "form", "year", "expected"), SEED_DATES)
def test_seed_date_forms(seed: str, form: str, year: int | None, expected: date) -> None:
    assert form in (DATA / "seeds" / seed).read_text("utf-8")
    assert parse_date(form, default_year=year) == expected
    if year is not None:
        with pytest.raises(ParseError, match="no year"):
            parse_date(form)


SEED_DATETIMES = [
    ("Thứ 3, 27/02/2024, 11:29[GMT+7]", datetime(2024, 2, 27, 11, 29, tzinfo=GMT7)),
    ("Thứ 4, 29/11/2023 | 17:18:52", datetime(2023, 11, 29, 17, 18, 52)),
    ("12/01/2022 09:20", datetime(2022, 1, 12, 9, 20)),
    ("20:36 22/03/2024", datetime(2024, 3, 22, 20, 36)),
]


@pytest.mark.parametrize(("form", "expected"), SEED_DATETIMES)
def test_seed_datetime_forms(form: str, expected: datetime) -> None:
    seeds = "".join(p.read_text("utf-8") for p in sorted((DATA / "seeds").glob("*.txt")))
    assert form in seeds
    result = parse_datetime(form)
    assert result == expected
    assert result.tzinfo == expected.tzinfo


OTHER_FORMS = [
    ("Hà Nội, ngày 05 tháng 7 năm 2018", date(2018, 7, 5)),
    ("TP. Hồ Chí Minh, ngày 30 tháng 4 năm 2025", date(2025, 4, 30)),
    ("Bà Rịa - Vũng Tàu, ngày 01 tháng 01 năm 2020", date(2020, 1, 1)),
    ("NGÀY 05 THÁNG 7 NĂM 2018", date(2018, 7, 5)),
    ("5 tháng 7 năm 2018", date(2018, 7, 5)),
    ("5/7/2018", date(2018, 7, 5)),
    ("27-02-2024", date(2024, 2, 27)),
    ("27.02.2024", date(2024, 2, 27)),
    ("2024-02-27", date(2024, 2, 27)),
    ("2024-02-27T11:29:00+07:00", date(2024, 2, 27)),
    ("\u00a012/01/2022\u00a0", date(2022, 1, 12)),
    ("ngày 5 tháng 7 năm 18", date(18, 7, 5)),  # after "năm" the year is as written
    ("CN 03/03/2024", date(2024, 3, 3)),
    ("Thứ năm, ngày 29/02/2024", date(2024, 2, 29)),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_FORMS)
def test_other_date_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


DATETIME_FORMS = [
    ("27/02/2024, 11:29", datetime(2024, 2, 27, 11, 29)),
    ("11h29 ngày 27/02/2024", datetime(2024, 2, 27, 11, 29)),
    ("11h ngày 27/02/2024", datetime(2024, 2, 27, 11, 0)),
    ("11 giờ 29 phút ngày 27/02/2024", datetime(2024, 2, 27, 11, 29)),
    ("3 giờ chiều ngày 5/7/2018", datetime(2018, 7, 5, 15, 0)),
    ("tối 27/02/2024 lúc 8:05", datetime(2024, 2, 27, 20, 5)),
    ("sáng 27/02/2024 lúc 8:05", datetime(2024, 2, 27, 8, 5)),
    ("chiều 27/02/2024 lúc 12:30", datetime(2024, 2, 27, 12, 30)),
    ("27/02/2024 11:29 GMT", datetime(2024, 2, 27, 11, 29, tzinfo=UTC)),
    (
        "27/02/2024 11:29 (UTC-03:30)",
        datetime(2024, 2, 27, 11, 29, tzinfo=timezone(-timedelta(hours=3, minutes=30))),
    ),
    ("2024-02-27T11:29", datetime(2024, 2, 27, 11, 29)),
    ("2024-02-27 11:29", datetime(2024, 2, 27, 11, 29)),
    ("2024-02-27T11:29+07:00", datetime(2024, 2, 27, 11, 29, tzinfo=GMT7)),
    ("2024-02-27T11:29Z", datetime(2024, 2, 27, 11, 29, tzinfo=UTC)),
    ("Ngày 22/3 lúc 20:36", datetime(2024, 3, 22, 20, 36)),
]


@pytest.mark.parametrize(("text", "expected"), DATETIME_FORMS)
def test_datetime_forms(text: str, expected: datetime) -> None:
    result = parse_datetime(text, default_year=2024)
    assert result == expected
    assert result.tzinfo == expected.tzinfo


REFUSED = [
    ("31/02/2024", "impossible date"),
    ("29/02/2023", "impossible date"),
    ("0/1/2024", "impossible date"),
    ("5/7/18", "four digits"),
    ("5/7/", "year"),
    ("12/01/2022 09:20 99 lượt xem", "unexpected"),
    ("Thứ 4, 27/02/2024", "does not match"),
    ("Thứ Hai Thứ Ba 27/02/2024", "more than one weekday"),
    ("12/01/2022 13/01/2022", "more than one date"),
    ("12/01/2022 09:20 10:30", "more than one time"),
    ("sáng chiều 12/01/2022", "more than one part"),
    ("27/02/2024 11:29 GMT+7 GMT+7", "more than one time zone"),
    ("27/02/2024 25:00", "impossible time"),
    ("27/02/2024 11:60", "impossible time"),
    ("27/02/2024 11:5", "minutes"),
    ("27/02/2024 11:05:7", "seconds"),
    ("27/02/2024 11:29 GMT+15", "out of range"),
    ("27/02/2024 11:29 GMT+", "no hours"),
    ("27/02/2024 11:29 GMT+7:", "no minutes"),
    ("27/02/2024 11:29 [GMT+7", "missing"),
    ("GMT+7 27/02/2024", "without a time"),
    ("ngày", "not followed by a date"),
    ("ngày 5 tháng", "month"),
    ("ngày 5 tháng 7 năm", "year"),
    ("2024", "unexpected"),
    ("2024-02", "unexpected"),
    ("2024-02-30", "ISO"),
    ("2021-2026", "unexpected"),
    ("138/138", "unexpected"),
    ("1.5", "unexpected"),
    ("Hà Nội", "unexpected"),
    ("Hà Nội, 05/07/2018", "unexpected"),
    ("lúc", "no date"),
    ("", "empty"),
    ("   ", "empty"),
    ("27/02/٢٠٢٤", "year"),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_refused(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_date(text)


def test_parse_datetime_needs_a_time() -> None:
    for text in ("27/02/2024", "2024-02-27", "Hà Nội, ngày 05 tháng 7 năm 2018"):
        with pytest.raises(ParseError, match="no time of day"):
            parse_datetime(text)


def test_parse_refuses_bad_arguments() -> None:
    with pytest.raises(ParseError, match="expected a string"):
        parse_date(20240227)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="expected a string"):
        parse_datetime(None)  # type: ignore[arg-type]
    for bad in ("2024", True, 0, 10000, 2024.0):
        with pytest.raises(InvalidValueError, match="default_year"):
            parse_date("22/3", default_year=bad)  # type: ignore[arg-type]


# --- formatters refuse bad input ---------------------------------------------------------------


@pytest.mark.parametrize("bad", ["2024-02-27", 20240227, None, (2024, 2, 27)])
def test_formatters_refuse_non_dates(bad: object) -> None:
    with pytest.raises(InvalidValueError, match=r"expected a datetime\.date"):
        format_date(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="d="):
        place_date("Hà Nội", bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        weekday_name(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="dt="):
        format_datetime(bad)  # type: ignore[arg-type]


def test_formatters_refuse_bad_options() -> None:
    d = date(2024, 2, 27)
    with pytest.raises(InvalidValueError, match="style"):
        format_date(d, style="long")  # type: ignore[arg-type]
    for style in ("short", None, 1):
        with pytest.raises(InvalidValueError, match="style"):
            weekday_name(d, style=style)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="dt="):
        format_datetime(d)  # type: ignore[arg-type]
    for place in ("", "   ", None, 5):
        with pytest.raises(InvalidValueError, match="place"):
            place_date(place, d)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("arg", "kwargs", "field"),
    [
        (0, {}, "quarter"),
        (5, {}, "quarter"),
        ((2024, 5), {}, "quarter"),
        ((0, 1), {}, "year"),
        (True, {}, "d_or_quarter"),
        ("I", {}, "d_or_quarter"),
        ((2024,), {}, "d_or_quarter"),
        ((2024, "1"), {}, "d_or_quarter"),
        (1.0, {}, "d_or_quarter"),
        (1, {"with_year": True}, "with_year"),
        (date(2024, 1, 1), {"with_year": 1}, "with_year"),
    ],
)
def test_quarter_label_refuses(arg: object, kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValueError, match=field):
        quarter_label(arg, **kwargs)  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------------------------

_DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
_STYLES: tuple[DateStyle, ...] = ("numeric", "admin", "weekday")


@given(_DATES, st.sampled_from(_STYLES))
def test_format_parse_round_trip(d: date, style: DateStyle) -> None:
    assert parse_date(format_date(d, style=style)) == d


@given(_DATES, st.text(alphabet="ABCDEGHIKLMNOPQRSTUVXYàảãáạăâđêôơư ", min_size=1, max_size=20))
def test_place_date_round_trip(d: date, place: str) -> None:
    text = place_date("Tỉnh " + place, d)
    assert parse_date(text) == d


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31, 23, 59)),
)
def test_format_parse_datetime_round_trip(dt: datetime) -> None:
    assert parse_datetime(format_datetime(dt)) == dt.replace(second=0, microsecond=0)


@given(_DATES, st.sampled_from(("long", "numeric", "abbr")))
def test_weekday_is_accepted_when_it_matches(d: date, style: str) -> None:
    name = weekday_name(d, style=style)  # type: ignore[arg-type]
    assert parse_date(f"{name}, {format_date(d)}") == d
    wrong = weekday_name(d + timedelta(days=1), style=style)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="does not match"):
        parse_date(f"{wrong}, {format_date(d)}")


# --- robustness ----------------------------------------------------------------------------------

_PARSERS = (parse_date, parse_datetime)


@given(st.text(max_size=300))
def test_junk_raises_only_parse_error(text: str) -> None:
    for parser in _PARSERS:
        with contextlib.suppress(MttqError):
            parser(text, default_year=2024)


@given(st.text(alphabet="0123456789/-.:, |[]()+hgGMTUtháng năm ngày Thứ", max_size=80))
def test_date_like_junk_raises_only_parse_error(text: str) -> None:
    for parser in _PARSERS:
        with contextlib.suppress(MttqError):
            parser(text, default_year=2024)


JUNK = [
    "x" * 10_000,
    "1/" * 5_000,
    "\x00\x01\x02\x1b[31m",
    "ngày " * 2_000,
    "Thứ 3, " + "27/02/2024 " * 900,
    "١٢/٠١/٢٠٢٢",
    "12/01/2022\u200b",
    "𝟏𝟐/𝟎𝟏/𝟐𝟎𝟐𝟐",
    "12/01/2022 " + "\ud800",
    "Ⅻ/Ⅰ/ⅯⅯⅩⅩⅡ",
    "9" * 200,
    "99/99/9999",
    "1" * 40 + "/1/2024",
]


@pytest.mark.parametrize("text", JUNK, ids=range(len(JUNK)))
def test_junk_is_refused(text: str) -> None:
    # The time each call takes is checked by benchmarks/junk_bench.py, not here.
    for parser in _PARSERS:
        with pytest.raises(ParseError):
            parser(text)


@pytest.mark.parametrize(
    "text",
    [
        "27 tháng 2, 2024",  # CLDR vi long (babel, ICU)
        "Thứ Ba, 27 tháng 2, 2024",  # CLDR vi full
        "27 thg 2, 2024",  # CLDR vi medium
        "lúc 11:29 Thứ Ba, 27 tháng 2, 2024",  # CLDR 48 full datetime
    ],
)
def test_cldr_forms_are_read(text: str) -> None:
    assert parse_date(text) == date(2024, 2, 27)


def test_cldr_form_with_a_wrong_weekday_is_refused() -> None:
    with pytest.raises(ParseError):
        parse_date("Thứ Tư, 27 tháng 2, 2024")
