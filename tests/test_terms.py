"""Tests of mttq.terms: Term parsing and labels, the congress catalogue, Period."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.codes import Level, OrgKind
from mttq.errors import InvalidValueError, ParseError
from mttq.terms import (
    CONGRESSES,
    PROVINCIAL_CONGRESSES,
    SCHOOL_YEAR_START_MONTH,
    Congress,
    Period,
    PeriodKind,
    Term,
    congress_in_force,
    term_in_force,
)

# --------------------------------------------------------------------------- Term


@pytest.mark.parametrize(
    ("text", "start", "end", "ordinal"),
    [
        ("nhiệm kỳ 2021-2026", 2021, 2026, None),
        ("2022 – 2027", 2022, 2027, None),
        ("2022 - 2027", 2022, 2027, None),
        ("2022—2027", 2022, 2027, None),
        ("2022 2027", 2022, 2027, None),
        ("Nhiệm kỳ 2020 - 2025", 2020, 2025, None),
        ("NHIEM KY 2023-2028", 2023, 2028, None),
        ("NK 2021-2026", 2021, 2026, None),
        ("khóa XIV", None, None, 14),
        ("khoá XV", None, None, 15),
        ("Khóa 9", None, None, 9),
        ("khóa XV, nhiệm kỳ 2021-2026", 2021, 2026, 15),
        ("nhiệm kỳ 2021–2026, khóa XV", 2021, 2026, 15),
    ],
)
def test_term_parse(text: str, start: int | None, end: int | None, ordinal: int | None) -> None:
    term = Term.parse(text)
    assert (term.start_year, term.end_year, term.ordinal) == (start, end, ordinal)


@pytest.mark.parametrize(
    "text",
    ["", "2021", "khóa", "khóa IIII", "nhiệm kỳ 2026-2021", "nhiệm kỳ 2021-2021",
     "Tỉnh ủy khóa XIV", "abc 2021-2026", "2021-2026-2031", "khóa XV khóa XVI", "1800-1805"],
)  # fmt: skip
def test_term_parse_refuses(text: str) -> None:
    with pytest.raises(ParseError):
        Term.parse(text)


def test_term_parse_refuses_non_text() -> None:
    with pytest.raises(ParseError):
        Term.parse(2021)  # type: ignore[arg-type]


def test_term_labels() -> None:
    assert Term(start_year=2021, end_year=2026).label() == "nhiệm kỳ 2021-2026"
    assert str(Term(start_year=2022, end_year=2027)) == "nhiệm kỳ 2022-2027"
    assert Term(ordinal=14).label() == "khóa XIV"
    assert Term(start_year=2021, end_year=2026, ordinal=15).label() == (
        "khóa XV, nhiệm kỳ 2021-2026"
    )
    assert Term(ordinal=14).years_label() == ""


def test_term_validation() -> None:
    for kwargs in (
        {"start_year": 2021},
        {"end_year": 2026},
        {},
        {"start_year": 2026, "end_year": 2021},
        {"start_year": "2021", "end_year": 2026},
        {"start_year": True, "end_year": 2026},
        {"ordinal": 0},
        {"ordinal": 4000},
        {"start_year": 1800, "end_year": 1805},
    ):
        with pytest.raises(InvalidValueError):
            Term(**kwargs)


def test_term_contains() -> None:
    term = Term(start_year=2021, end_year=2026)
    assert term.contains(2021)
    assert term.contains(date(2026, 12, 31))
    assert not term.contains(2027)
    assert not term.contains(date(2020, 12, 31))
    with pytest.raises(InvalidValueError):
        term.contains("2021")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        term.contains(True)
    with pytest.raises(InvalidValueError, match="no years"):
        Term(ordinal=14).contains(2020)


@given(
    start=st.integers(1900, 2190),
    length=st.integers(1, 10),
    ordinal=st.none() | st.integers(1, 3999),
    dash=st.sampled_from(["-", "–", " - ", " – ", "—", " "]),
)
def test_term_round_trip(start: int, length: int, ordinal: int | None, dash: str) -> None:
    term = Term(start_year=start, end_year=start + length, ordinal=ordinal)
    assert Term.parse(term.label()) == term
    assert Term.parse(f"nhiệm kỳ {start}{dash}{start + length}").start_year == start


# --------------------------------------------------------------------------- Congress

GOLDEN_NATIONAL = [
    (OrgKind.MTTQ, 10, 2024, 2029, date(2024, 10, 16), date(2024, 10, 18)),
    (OrgKind.MTTQ, 11, 2026, 2031, None, None),
    (OrgKind.DOAN_TN, 12, 2022, 2027, date(2022, 12, 14), date(2022, 12, 16)),
    (OrgKind.DOAN_TN, 13, 2026, 2031, None, None),
    (OrgKind.HOI_LHPN, 13, 2022, 2027, date(2022, 3, 9), date(2022, 3, 11)),
    (OrgKind.HOI_LHPN, 14, 2026, 2031, None, None),
    (OrgKind.HOI_ND, 8, 2023, 2028, date(2023, 12, 25), date(2023, 12, 27)),
    (OrgKind.CONG_DOAN, 13, 2023, 2028, date(2023, 12, 1), date(2023, 12, 3)),
    (OrgKind.CONG_DOAN, 14, 2026, 2031, None, None),
    (OrgKind.HOI_CCB, 7, 2022, 2027, date(2022, 12, 29), date(2022, 12, 31)),
    (OrgKind.HOI_CCB, 8, 2026, 2031, None, None),
]


@pytest.mark.parametrize("row", GOLDEN_NATIONAL)
def test_golden_national_congresses(
    row: tuple[OrgKind, int, int, int, date | None, date | None],
) -> None:
    kind, ordinal, start, end, opened, closed = row
    found = [c for c in CONGRESSES if c.kind is kind and c.ordinal == ordinal]
    assert len(found) == 1
    congress = found[0]
    assert congress.level is Level.CENTRAL
    assert (congress.term.start_year, congress.term.end_year) == (start, end)
    assert (congress.opened_on, congress.closed_on) == (opened, closed)
    assert congress.source


NAT = "Đại hội đại biểu toàn quốc"


def test_hnd_ix_is_not_bundled() -> None:
    assert not [c for c in CONGRESSES if c.kind is OrgKind.HOI_ND and c.ordinal == 9]


@pytest.mark.parametrize(
    ("kind", "ordinal", "label"),
    [
        (OrgKind.MTTQ, 10, f"{NAT} Mặt trận Tổ quốc Việt Nam lần thứ X, nhiệm kỳ 2024-2029"),
        (OrgKind.DOAN_TN, 12, f"{NAT} Đoàn TNCS Hồ Chí Minh lần thứ XII, nhiệm kỳ 2022-2027"),
        (
            OrgKind.HOI_LHPN,
            13,
            "Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022-2027",
        ),
        (OrgKind.HOI_ND, 8, f"{NAT} Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028"),
        (OrgKind.CONG_DOAN, 13, "Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023-2028"),
        (OrgKind.HOI_CCB, 7, f"{NAT} Hội Cựu chiến binh Việt Nam lần thứ VII, nhiệm kỳ 2022-2027"),
    ],
)
def test_national_labels(kind: OrgKind, ordinal: int, label: str) -> None:
    (congress,) = [c for c in CONGRESSES if c.kind is kind and c.ordinal == ordinal]
    assert congress.label() == label


def test_local_labels_and_the_2025_restart() -> None:
    seed = Congress(
        kind=OrgKind.HOI_LHPN,
        level=Level.DISTRICT,
        ordinal=9,
        term=Term.parse("nhiệm kỳ 2021-2026"),
        locality="huyện",
        source="seed 002",
    )
    assert seed.label() == "Đại hội đại biểu Phụ nữ huyện lần thứ IX, nhiệm kỳ 2021-2026"
    generic = Congress(
        kind=OrgKind.HOI_CCB,
        level=Level.COMMUNE,
        term=Term(start_year=2025, end_year=2030),
        source="x",
    )
    assert generic.label() == "Đại hội đại biểu Hội Cựu chiến binh xã, nhiệm kỳ 2025-2030"
    restarted = [c for c in PROVINCIAL_CONGRESSES if c.ordinal == 1]
    assert len(restarted) >= 5
    dong_nai = congress_in_force(
        OrgKind.MTTQ, Level.PROVINCE, on=date(2026, 2, 1), locality="Đồng Nai"
    )
    assert dong_nai.label() == (
        "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030"
    )
    hcm = next(c for c in PROVINCIAL_CONGRESSES if c.province == "ho-chi-minh-2025")
    assert hcm.label() == (
        "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025-2030"
    )
    nghe_an = congress_in_force(OrgKind.MTTQ, Level.PROVINCE, on=D2027, locality="Nghệ An")
    assert nghe_an.ordinal == 16
    hung_yen = congress_in_force(OrgKind.CONG_DOAN, Level.PROVINCE, on=D2027, locality="Hưng Yên")
    assert hung_yen.title() == "Đại hội Công đoàn tỉnh Hưng Yên"


D2027 = date(2027, 1, 1)


@pytest.mark.parametrize(
    ("kind", "on", "term"),
    [
        (OrgKind.MTTQ, date(2015, 6, 1), "nhiệm kỳ 2014-2019"),
        (OrgKind.MTTQ, date(2024, 10, 15), "nhiệm kỳ 2019-2024"),
        (OrgKind.MTTQ, date(2024, 10, 16), "nhiệm kỳ 2024-2029"),
        (OrgKind.MTTQ, date(2025, 12, 31), "nhiệm kỳ 2024-2029"),
        (OrgKind.MTTQ, D2027, "nhiệm kỳ 2026-2031"),
        (OrgKind.DOAN_TN, date(2022, 12, 13), "nhiệm kỳ 2017-2022"),
        (OrgKind.DOAN_TN, date(2022, 12, 14), "nhiệm kỳ 2022-2027"),
        (OrgKind.HOI_LHPN, date(2022, 3, 8), "nhiệm kỳ 2017-2022"),
        (OrgKind.HOI_LHPN, date(2025, 1, 1), "nhiệm kỳ 2022-2027"),
        (OrgKind.HOI_ND, date(2024, 1, 1), "nhiệm kỳ 2023-2028"),
        (OrgKind.HOI_ND, date(2027, 6, 1), "nhiệm kỳ 2023-2028"),
        (OrgKind.CONG_DOAN, date(2023, 12, 1), "nhiệm kỳ 2023-2028"),
        (OrgKind.HOI_CCB, date(2023, 1, 1), "nhiệm kỳ 2022-2027"),
    ],
)
def test_term_in_force(kind: OrgKind, on: date, term: str) -> None:
    assert term_in_force(kind, on=on).label() == term


def test_term_in_force_refuses_what_is_not_known() -> None:
    with pytest.raises(InvalidValueError, match="undetermined"):
        term_in_force(OrgKind.MTTQ, on=date(2026, 6, 1))
    with pytest.raises(InvalidValueError, match="no congress"):
        term_in_force(OrgKind.DOAN_TN, on=date(2015, 1, 1))
    with pytest.raises(InvalidValueError, match="no later congress"):
        term_in_force(OrgKind.HOI_ND, on=date(2029, 1, 1))
    with pytest.raises(InvalidValueError):
        term_in_force("mttq", on=D2027)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        term_in_force(OrgKind.MTTQ, "central", on=D2027)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        term_in_force(OrgKind.MTTQ, on="2027-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        term_in_force(OrgKind.MTTQ, Level.PROVINCE, on=D2027, locality=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="no congress"):
        term_in_force(OrgKind.MTTQ, Level.PROVINCE, on=D2027, locality="Cao Bằng")


def test_user_catalogue_for_lower_levels() -> None:
    district = Congress(
        kind=OrgKind.HOI_LHPN,
        level=Level.DISTRICT,
        ordinal=9,
        term=Term(start_year=2021, end_year=2026),
        locality="huyện Bắc Mê",
        opened_on=date(2021, 5, 10),
        source="seed 002",
    )
    got = congress_in_force(
        OrgKind.HOI_LHPN,
        Level.DISTRICT,
        on=date(2022, 1, 6),
        locality="huyen Bac Me",
        congresses=(district,),
    )
    assert got is district
    in_force = term_in_force(
        OrgKind.HOI_LHPN,
        Level.DISTRICT,
        on=date(2022, 1, 6),
        locality="huyện Bắc Mê",
        congresses=(district,),
    )
    assert in_force == district.term
    with pytest.raises(InvalidValueError):
        congress_in_force(
            OrgKind.HOI_LHPN, Level.DISTRICT, on=date(2022, 1, 6), congresses=(district,)
        )


def test_congress_validation() -> None:
    term = Term(start_year=2021, end_year=2026)
    with pytest.raises(InvalidValueError):
        Congress(kind=OrgKind.STATE, level=Level.CENTRAL, term=term, source="x")
    with pytest.raises(InvalidValueError):
        Congress(kind=OrgKind.MTTQ, level=Level.CENTRAL, term=Term(ordinal=3), source="x")
    with pytest.raises(InvalidValueError):
        Congress(kind=OrgKind.MTTQ, level=Level.CENTRAL, term=term, source=" ")
    with pytest.raises(InvalidValueError):
        Congress(
            kind=OrgKind.MTTQ,
            level=Level.CENTRAL,
            term=term,
            opened_on=date(2021, 5, 2),
            closed_on=date(2021, 5, 1),
            source="x",
        )
    with pytest.raises(InvalidValueError):
        Congress(kind=OrgKind.MTTQ, level=Level.CENTRAL, term=term, ordinal=0, source="x")


def test_catalogue_is_ordered_and_contiguous() -> None:
    for kind in {c.kind for c in CONGRESSES}:
        chain = [c for c in CONGRESSES if c.kind is kind]
        for before, after in itertools.pairwise(chain):
            assert after.ordinal == (before.ordinal or 0) + 1
            assert after.term.start_year is not None
            assert before.term.start_year is not None
            assert after.term.start_year > before.term.start_year


# --------------------------------------------------------------------------- Period


@pytest.mark.parametrize(
    ("period", "label", "start", "end"),
    [
        (Period.year(2021), "năm 2021", date(2021, 1, 1), date(2021, 12, 31)),
        (Period.quarter(2024, 1), "quý I/2024", date(2024, 1, 1), date(2024, 3, 31)),
        (Period.quarter(2024, 2), "quý II/2024", date(2024, 4, 1), date(2024, 6, 30)),
        (Period.quarter(2024, 3), "quý III/2024", date(2024, 7, 1), date(2024, 9, 30)),
        (Period.quarter(2024, 4), "quý IV/2024", date(2024, 10, 1), date(2024, 12, 31)),
        (Period.half(2024, 1), "6 tháng đầu năm 2024", date(2024, 1, 1), date(2024, 6, 30)),
        (Period.half(2024, 2), "6 tháng cuối năm 2024", date(2024, 7, 1), date(2024, 12, 31)),
        (Period.school_year(2024), "năm học 2024-2025", date(2024, 9, 1), date(2025, 8, 31)),
    ],
)
def test_period_golden(period: Period, label: str, start: date, end: date) -> None:
    assert period.label() == label
    assert str(period) == label
    assert (period.start, period.end) == (start, end)
    assert Period.parse(label) == period
    assert period.contains(start)
    assert period.contains(end)
    assert not period.contains(end.replace(year=end.year + 1))


def test_school_year_convention() -> None:
    assert SCHOOL_YEAR_START_MONTH == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021", Period.year(2021)),
        ("Năm 2021", Period.year(2021)),
        ("quý I năm 2024", Period.quarter(2024, 1)),
        ("Quý 1/2024", Period.quarter(2024, 1)),
        ("QUÝ IV 2024", Period.quarter(2024, 4)),
        ("06 tháng đầu năm 2024", Period.half(2024, 1)),
        ("sáu tháng cuối năm 2024", Period.half(2024, 2)),
        ("năm học 2024 – 2025", Period.school_year(2024)),
    ],
)
def test_period_parse_forms(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected


def test_period_parse_default_year() -> None:
    assert Period.parse("quý I", default_year=2024) == Period.quarter(2024, 1)
    assert Period.parse("6 tháng đầu năm", default_year=2024) == Period.half(2024, 1)
    with pytest.raises(ParseError, match="default_year"):
        Period.parse("quý II")
    with pytest.raises(InvalidValueError):
        Period.parse("quý II", default_year=20)


@pytest.mark.parametrize(
    "text", ["", "quý V/2024", "quý IIII/2024", "năm học 2024-2026", "6 tháng năm 2024",
             "tháng 3/2024", "quý 5/2024", "năm 1800"]
)  # fmt: skip
def test_period_parse_refuses(text: str) -> None:
    with pytest.raises(ParseError):
        Period.parse(text)


def test_period_parse_refuses_non_text() -> None:
    with pytest.raises(ParseError):
        Period.parse(2024)  # type: ignore[arg-type]


def test_period_validation() -> None:
    with pytest.raises(InvalidValueError):
        Period.quarter(2024, 5)
    with pytest.raises(InvalidValueError):
        Period.half(2024, 0)
    with pytest.raises(InvalidValueError):
        Period(kind=PeriodKind.QUARTER, start_year=2024)
    with pytest.raises(InvalidValueError):
        Period(kind=PeriodKind.YEAR, start_year=2024, index=1)
    with pytest.raises(InvalidValueError):
        Period.year("2024")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Period.year(2024).contains("2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Period.quarter_of(2024)  # type: ignore[arg-type]


def test_quarters_and_halves() -> None:
    quarters = Period.quarters(2024)
    assert [q.label() for q in quarters] == [
        "quý I/2024",
        "quý II/2024",
        "quý III/2024",
        "quý IV/2024",
    ]
    assert Period.halves(2024)[1].start == date(2024, 7, 1)
    assert Period.quarter_of(date(2024, 3, 22)) == quarters[0]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_a_day_is_in_exactly_one_quarter(day: date) -> None:
    quarters = Period.quarters(day.year)
    assert sum(q.contains(day) for q in quarters) == 1
    assert Period.quarter_of(day).contains(day)
    assert sum(h.contains(day) for h in Period.halves(day.year)) == 1
    assert Period.year(day.year).contains(day)
    for period in (*quarters, Period.year(day.year), Period.school_year(day.year)):
        assert Period.parse(period.label()) == period


# --------------------------------------------------------------------------- datetimes


def test_a_datetime_on_is_read_as_its_date() -> None:
    # MTTQ X opened on 2024-10-16 (practice.md §3.2): the evening before is still the IX term.
    evening = datetime(2024, 10, 15, 20, 0, tzinfo=timezone(timedelta(hours=7)))
    assert term_in_force(OrgKind.MTTQ, on=evening) == term_in_force(
        OrgKind.MTTQ, on=date(2024, 10, 15)
    )
    assert term_in_force(OrgKind.MTTQ, on=evening).label() == "nhiệm kỳ 2019-2024"
    assert congress_in_force(OrgKind.MTTQ, on=datetime(2024, 10, 16, 0, 0)).ordinal == 10
    got = congress_in_force(
        OrgKind.MTTQ, Level.PROVINCE, locality="Đồng Nai", on=datetime(2026, 1, 1, 0, 1)
    )
    assert got.ordinal == 1


def test_a_datetime_in_a_period_counts_by_its_date() -> None:
    last_minute = datetime(2024, 12, 31, 23, 59)
    assert Period.year(2024).contains(last_minute)
    assert not Period.year(2025).contains(last_minute)
    assert Period.quarter(2024, 4).contains(last_minute)
    assert Period.quarter_of(last_minute) == Period.quarter(2024, 4)
    assert Period.school_year(2024).contains(last_minute)
    assert Term(start_year=2021, end_year=2026).contains(datetime(2026, 12, 31, 23, 0))


@pytest.mark.parametrize("field", ["opened_on", "closed_on"])
def test_congress_days_refuse_a_datetime(field: str) -> None:
    changes: dict[str, Any] = {field: datetime(2024, 10, 16, 8, 0)}
    with pytest.raises(InvalidValueError, match="not a datetime") as info:
        attrs.evolve(CONGRESSES[2], **changes)
    assert info.value.field == field


@pytest.mark.parametrize("bad", [1.5, "abc", None, (1,), (CONGRESSES[0], "x")], ids=repr)
def test_congresses_must_be_congress_values(bad: object) -> None:
    if bad is None:  # None means the bundled catalogues
        assert congress_in_force(OrgKind.MTTQ, on=D2027, congresses=None).ordinal == 11
        return
    with pytest.raises(InvalidValueError) as info:
        congress_in_force(OrgKind.MTTQ, on=D2027, congresses=bad)  # type: ignore[arg-type]
    assert info.value.field == "congresses"


@pytest.mark.parametrize(
    "instance",
    [CONGRESSES[2], PROVINCIAL_CONGRESSES[0], Term(start_year=2021, end_year=2026, ordinal=15),
     Period.quarter(2024, 2)],
    ids=repr,
)  # fmt: skip
def test_fields_refuse_wrong_types(
    instance: attrs.AttrsInstance, check_wrong_types: Callable[[object], None]
) -> None:
    check_wrong_types(instance)
