"""Tests of mttq.geo: the 63 and 34 province-level units, names, successors, predecessors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.geo import (
    CHANGEOVER,
    NQ_202_PASSED,
    PROVINCES,
    Province,
    ProvinceKind,
    as_date,
    match_key,
    nfc,
    nfc_tuple,
    predecessors,
    province,
    provinces,
    successor,
    typed,
)

# Golden: every one of the 52 merged old units and the unit it became (NQ 202/2025/QH15;
# practice.md §4.3), written out by hand rather than derived from the table.
GOLDEN_MERGERS = {
    "Tuyên Quang": "Tuyên Quang",
    "Hà Giang": "Tuyên Quang",
    "Lào Cai": "Lào Cai",
    "Yên Bái": "Lào Cai",
    "Thái Nguyên": "Thái Nguyên",
    "Bắc Kạn": "Thái Nguyên",
    "Phú Thọ": "Phú Thọ",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Ninh": "Bắc Ninh",
    "Bắc Giang": "Bắc Ninh",
    "Hưng Yên": "Hưng Yên",
    "Thái Bình": "Hưng Yên",
    "Hải Phòng": "Hải Phòng",
    "Hải Dương": "Hải Phòng",
    "Ninh Bình": "Ninh Bình",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Trị": "Quảng Trị",
    "Quảng Bình": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng",
    "Quảng Nam": "Đà Nẵng",
    "Quảng Ngãi": "Quảng Ngãi",
    "Kon Tum": "Quảng Ngãi",
    "Gia Lai": "Gia Lai",
    "Bình Định": "Gia Lai",
    "Đắk Lắk": "Đắk Lắk",
    "Phú Yên": "Đắk Lắk",
    "Khánh Hòa": "Khánh Hòa",
    "Ninh Thuận": "Khánh Hòa",
    "Lâm Đồng": "Lâm Đồng",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Đồng Nai": "Đồng Nai",
    "Bình Phước": "Đồng Nai",
    "Hồ Chí Minh": "Hồ Chí Minh",
    "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Tây Ninh": "Tây Ninh",
    "Long An": "Tây Ninh",
    "Cần Thơ": "Cần Thơ",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Vĩnh Long": "Vĩnh Long",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp",
    "Tiền Giang": "Đồng Tháp",
    "Cà Mau": "Cà Mau",
    "Bạc Liêu": "Cà Mau",
    "An Giang": "An Giang",
    "Kiên Giang": "An Giang",
}
UNCHANGED = (
    "Hà Nội",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
)
CITIES_AFTER = {"Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
BEFORE = date(2025, 6, 30)
AFTER = date(2025, 7, 1)


def test_counts_on_each_side_of_the_boundary() -> None:
    assert CHANGEOVER == AFTER
    assert date(2025, 6, 12) == NQ_202_PASSED
    assert len(GOLDEN_MERGERS) == 52
    for day in (date(2010, 1, 1), date(2015, 6, 1), date(2024, 12, 31), date(2025, 1, 1), BEFORE):
        assert len(provinces(on=day)) == 63
    for day in (AFTER, date(2026, 3, 1), date(2040, 1, 1)):
        assert len(provinces(on=day)) == 34


def test_the_34_units() -> None:
    after = provinces(on=AFTER)
    names = {p.name for p in after}
    assert names == set(GOLDEN_MERGERS.values()) | set(UNCHANGED) | {"Huế"}
    assert {p.name for p in after if p.kind is ProvinceKind.THANH_PHO} == CITIES_AFTER
    assert sum(p.kind is ProvinceKind.TINH for p in after) == 28


def test_the_63_units() -> None:
    before = provinces(on=date(2020, 1, 1))
    names = {p.name for p in before}
    assert names == set(GOLDEN_MERGERS) | set(UNCHANGED) | {"Thừa Thiên Huế"}
    cities = {p.name for p in before if p.kind is ProvinceKind.THANH_PHO}
    assert cities == {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
    in_2025 = {p.name for p in provinces(on=date(2025, 3, 1))}
    assert in_2025 == (names - {"Thừa Thiên Huế"}) | {"Huế"}


@pytest.mark.parametrize(("old", "new"), sorted(GOLDEN_MERGERS.items()))
def test_golden_merger(old: str, new: str) -> None:
    unit = province(old, on=BEFORE)
    assert unit.valid_to == BEFORE
    after = successor(old)
    assert after.name == new
    assert after.valid_from == AFTER
    assert after.code == unit.successor
    assert unit.code in after.predecessors
    assert unit in predecessors(after.code)
    with pytest.raises(InvalidValueError, match="existed only until 2025-06-30"):
        province(unit.code, on=AFTER)


def test_predecessor_order_follows_the_source() -> None:
    assert [p.name for p in predecessors("Phú Thọ")] == ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]
    assert [p.name for p in predecessors("TP HCM")] == [
        "Hồ Chí Minh",
        "Bình Dương",
        "Bà Rịa - Vũng Tàu",
    ]
    assert predecessors("Hà Nội") == ()
    assert [p.name for p in predecessors("Huế")] == ["Thừa Thiên Huế"]


@pytest.mark.parametrize("name", UNCHANGED)
def test_unchanged_units(name: str) -> None:
    unit = province(name, on=date(2015, 1, 1))
    assert unit is province(name, on=date(2026, 1, 1))
    assert successor(name) is unit
    assert unit.valid_from is None
    assert unit.valid_to is None


def test_hue() -> None:
    old = province("Thừa Thiên Huế", on=date(2024, 12, 31))
    assert old.kind is ProvinceKind.TINH
    assert successor(old).full_name == "thành phố Huế"
    assert province("Huế", on=date(2025, 1, 1)).kind is ProvinceKind.THANH_PHO
    with pytest.raises(InvalidValueError, match="exists only from 2025-01-01"):
        province("Huế", on=date(2020, 1, 1))
    with pytest.raises(InvalidValueError, match="became part of thành phố Huế"):
        province("Thừa Thiên Huế", on=date(2025, 1, 1))


@pytest.mark.parametrize(
    "text",
    [
        "TP HCM",
        "TP. Hồ Chí Minh",
        "Thành phố Hồ Chí Minh",
        "thành phố Hồ Chí Minh",
        "Hồ Chí Minh",
        "ho chi minh",
        "TPHCM",
        "TP.HCM",
        "HỒ CHÍ MINH",
    ],
)
def test_name_forms_of_ho_chi_minh_city(text: str) -> None:
    assert province(text).code == "ho-chi-minh-2025"
    assert province(text, on=date(2020, 1, 1)).code == "ho-chi-minh"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("tinh Binh Duong", "binh-duong"),
        ("Tỉnh Bình Dương", "binh-duong"),
        ("Bà Rịa–Vũng Tàu", "ba-ria-vung-tau"),
        ("BR-VT", "ba-ria-vung-tau"),
        ("\u00d0ắk Lắk", "dak-lak-2025"),
        ("Khánh Hoà", "khanh-hoa-2025"),
        ("Thủ đô Hà Nội", "ha-noi"),
        ("Bắc Cạn", "bac-kan"),
    ],
)
def test_name_matching(text: str, code: str) -> None:
    assert province(text).code == code


def test_a_code_names_one_unit() -> None:
    assert province("ho-chi-minh-2025").name == "Hồ Chí Minh"
    with pytest.raises(InvalidValueError, match="exists only from 2025-07-01"):
        province("ho-chi-minh-2025", on=date(2020, 1, 1))


def test_same_name_before_and_after() -> None:
    old = province("Khánh Hòa", on=date(2020, 1, 1))
    new = province("Khánh Hòa", on=date(2026, 1, 1))
    assert (old.code, new.code) == ("khanh-hoa", "khanh-hoa-2025")
    assert province("Khánh Hòa") is new
    assert successor("Khánh Hòa") is new
    assert province("Ninh Thuận") is province("ninh-thuan")


def test_full_names() -> None:
    assert province("Ninh Thuận").full_name == "tỉnh Ninh Thuận"
    assert province("Cần Thơ").full_name == "thành phố Cần Thơ"
    assert province("Hồ Chí Minh").full_name == "Thành phố Hồ Chí Minh"


def test_centres_only_where_verified() -> None:
    assert province("Bắc Ninh").centre == "Bắc Giang"
    assert province("An Giang").centre == "Kiên Giang"
    for unverified in ("Tây Ninh", "Khánh Hòa", "Hồ Chí Minh", "Đồng Tháp", "Gia Lai"):
        assert province(unverified).centre is None


def test_unknown_names_suggest_the_closest() -> None:
    with pytest.raises(UnknownCodeError) as info:
        province("Binh Duongg")
    assert info.value.suggestions[0] == "Bình Dương"
    with pytest.raises(UnknownCodeError):
        successor("Atlantis")
    with pytest.raises(UnknownCodeError):
        predecessors("")


@pytest.mark.parametrize("bad", [None, 12, b"Ha Noi", ["Hà Nội"]])
def test_bad_name_types(bad: object) -> None:
    with pytest.raises(InvalidValueError):
        province(bad)  # type: ignore[arg-type]


def test_bad_dates() -> None:
    with pytest.raises(InvalidValueError):
        provinces(on="2025-07-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        province("Hà Nội", on=2025)  # type: ignore[arg-type]


def test_province_values_validate() -> None:
    with pytest.raises(InvalidValueError):
        Province(code="Bad Code", name="X", kind=ProvinceKind.TINH, source="s")
    with pytest.raises(InvalidValueError):
        Province(
            code="x",
            name="X",
            kind=ProvinceKind.TINH,
            valid_from=date(2025, 1, 1),
            valid_to=date(2024, 1, 1),
            source="s",
        )
    with pytest.raises(InvalidValueError):
        nfc(3)  # type: ignore[arg-type]
    assert province(province("Hà Nội")) is province("Hà Nội")


def test_match_key() -> None:
    assert match_key("Ủy ban MTTQ Việt Nam") == "uy ban mttq vn"


def test_table_links_are_consistent() -> None:
    by_code = {p.code: p for p in PROVINCES}
    for unit in PROVINCES:
        if unit.successor is not None:
            assert unit.code in by_code[unit.successor].predecessors
        for code in unit.predecessors:
            assert by_code[code].successor == unit.code


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_has_63_or_34_units_with_unique_names(day: date) -> None:
    units = provinces(on=day)
    assert len(units) == (63 if day < CHANGEOVER else 34)
    assert len({match_key(p.name) for p in units}) == len(units)
    for unit in units:
        assert province(unit.name, on=day) is unit


# --------------------------------------------------------------------------- datetimes


def test_a_datetime_asked_about_is_read_as_its_date() -> None:
    # The last minute of the 63-unit map and the first of the 34 (CHANGEOVER = 2025-07-01).
    before = datetime(2025, 6, 30, 23, 59)
    after = datetime(2025, 7, 1, 0, 0, tzinfo=timezone(timedelta(hours=7)))
    assert provinces(on=before) == provinces(on=date(2025, 6, 30))
    assert len(provinces(on=before)) == 63
    assert len(provinces(on=after)) == 34
    assert province("Ninh Thuận", on=before).code == "ninh-thuan"
    with pytest.raises(InvalidValueError, match="existed only until 2025-06-30"):
        province("Ninh Thuận", on=after)
    assert province("Ninh Thuận").valid_on(before)
    assert not province("Ninh Thuận").valid_on(after)


def test_as_date() -> None:
    assert as_date(datetime(2024, 2, 29, 12, 0)) == date(2024, 2, 29)
    assert type(as_date(datetime(2024, 2, 29, 12, 0))) is date
    assert as_date(date(2024, 2, 29)) == date(2024, 2, 29)
    with pytest.raises(InvalidValueError) as info:
        as_date("2024-02-29", "day")
    assert info.value.field == "day"
    assert info.value.value == "2024-02-29"


@pytest.mark.parametrize("field", ["valid_from", "valid_to"])
def test_a_stored_date_refuses_a_datetime(field: str) -> None:
    unit = province("Ninh Thuận")
    changes: dict[str, Any] = {field: datetime(2025, 6, 30, 12, 0)}
    with pytest.raises(InvalidValueError, match="not a datetime") as info:
        attrs.evolve(unit, **changes)
    assert info.value.field == field


def test_typed_refuses_datetime_for_date_and_bool_for_int() -> None:
    @attrs.frozen
    class Box:
        day: date = attrs.field(validator=typed(date))
        count: int = attrs.field(validator=typed(int))

    assert Box(date(2024, 1, 1), 3).count == 3
    with pytest.raises(InvalidValueError, match=r"must be a datetime\.date, not a datetime"):
        Box(datetime(2024, 1, 1), 3)
    with pytest.raises(InvalidValueError, match=r"must be a datetime\.date"):
        Box("2024-01-01", 3)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="must be a int, not a bool"):
        Box(date(2024, 1, 1), True)


@pytest.mark.parametrize("code", ["ninh-thuan", "khanh-hoa-2025", "ha-noi", "hue"])
def test_province_fields_refuse_wrong_types(
    code: str, check_wrong_types: Callable[[object], None]
) -> None:
    check_wrong_types(province(code))


def test_text_fields_name_themselves() -> None:
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(province("Hà Nội"), name=None)  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("name", None)
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(province("Hà Nội"), aliases=None)  # type: ignore[arg-type]
    assert info.value.field == "aliases"
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(province("Hà Nội"), predecessors=("ha-noi", "Bad Code"))
    assert (info.value.field, info.value.value) == ("predecessors", "Bad Code")
    with pytest.raises(InvalidValueError) as info:
        nfc(None, "source")  # type: ignore[arg-type]
    assert info.value.field == "source"
    assert nfc_tuple(["Ð" + "a\u0300"], "aliases") == ("Đà",)
    for bad in ("abc", None, 3):
        with pytest.raises(InvalidValueError):
            nfc_tuple(bad, "aliases")  # type: ignore[arg-type]
