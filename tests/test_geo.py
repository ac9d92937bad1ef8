"""Tests of mttq.geo: the 63 and 34 province-level units, names, successors, predecessors."""

from __future__ import annotations

from datetime import date

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
    match_key,
    nfc,
    predecessors,
    province,
    provinces,
    successor,
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
