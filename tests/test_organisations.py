"""Tests of mttq.organisations: names and short names at each level, codes, lookup."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.organisations import (
    BODY_CODES,
    DISTRICT_LAST_DAY,
    STANDARD_KINDS,
    Level,
    Organisation,
    OrgKind,
    find,
    place_phrase,
    standard,
    standard_bodies,
)

D2021 = date(2021, 12, 3)
D2026 = date(2026, 1, 1)

# Golden: (kind, level, locality, code, name, short name).
GOLDEN = [
    (OrgKind.MTTQ, Level.CENTRAL, None, "mttq.tw",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "UBTWMTTQ"),
    (OrgKind.CONG_DOAN, Level.CENTRAL, None, "cong-doan.tw",
     "Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐVN"),
    (OrgKind.DOAN_TN, Level.CENTRAL, None, "doan-tn.tw",
     "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "TWĐ"),
    (OrgKind.HOI_LHPN, Level.CENTRAL, None, "hoi-lhpn.tw",
     "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "TW Hội LHPN VN"),
    (OrgKind.HOI_ND, Level.CENTRAL, None, "hoi-nd.tw",
     "Trung ương Hội Nông dân Việt Nam", "TW Hội NDVN"),
    (OrgKind.HOI_CCB, Level.CENTRAL, None, "hoi-ccb.tw",
     "Trung ương Hội Cựu chiến binh Việt Nam", "TW Hội CCB VN"),
    (OrgKind.MTTQ, Level.PROVINCE, "Ninh Thuận", "mttq.tinh.ninh-thuan",
     "Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận", "UBMTTQ tỉnh"),
    (OrgKind.CONG_DOAN, Level.PROVINCE, "Ninh Thuận", "cong-doan.tinh.ninh-thuan",
     "Liên đoàn Lao động tỉnh Ninh Thuận", "LĐLĐ tỉnh"),
    (OrgKind.DOAN_TN, Level.PROVINCE, "Ninh Thuận", "doan-tn.tinh.ninh-thuan",
     "Tỉnh đoàn Ninh Thuận", "Tỉnh đoàn"),
    (OrgKind.HOI_LHPN, Level.PROVINCE, "Ninh Thuận", "hoi-lhpn.tinh.ninh-thuan",
     "Hội Liên hiệp Phụ nữ tỉnh Ninh Thuận", "Hội LHPN tỉnh"),
    (OrgKind.HOI_ND, Level.PROVINCE, "Ninh Thuận", "hoi-nd.tinh.ninh-thuan",
     "Hội Nông dân tỉnh Ninh Thuận", "HND tỉnh"),
    (OrgKind.HOI_CCB, Level.PROVINCE, "Ninh Thuận", "hoi-ccb.tinh.ninh-thuan",
     "Hội Cựu chiến binh tỉnh Ninh Thuận", "HCCB tỉnh"),
    (OrgKind.MTTQ, Level.PROVINCE, "Hà Nội", "mttq.tinh.ha-noi",
     "Ủy ban MTTQ Việt Nam thành phố Hà Nội", "UBMTTQ thành phố"),
    (OrgKind.CONG_DOAN, Level.PROVINCE, "Cần Thơ", "cong-doan.tinh.can-tho-2025",
     "Liên đoàn Lao động thành phố Cần Thơ", "LĐLĐ thành phố"),
    (OrgKind.DOAN_TN, Level.PROVINCE, "Hà Nội", "doan-tn.tinh.ha-noi",
     "Thành đoàn Hà Nội", "Thành đoàn"),
    (OrgKind.HOI_LHPN, Level.PROVINCE, "TP HCM", "hoi-lhpn.tinh.ho-chi-minh-2025",
     "Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh", "Hội LHPN thành phố"),
    (OrgKind.HOI_ND, Level.PROVINCE, "Khánh Hòa", "hoi-nd.tinh.khanh-hoa-2025",
     "Hội Nông dân tỉnh Khánh Hòa", "HND tỉnh"),
    (OrgKind.HOI_CCB, Level.PROVINCE, None, "hoi-ccb.tinh",
     "Hội Cựu chiến binh tỉnh", "HCCB tỉnh"),
    (OrgKind.MTTQ, Level.DISTRICT, "Bắc Mê", "mttq.huyen.bac-me",
     "Ủy ban MTTQ Việt Nam huyện Bắc Mê", "UBMTTQ huyện"),
    (OrgKind.CONG_DOAN, Level.DISTRICT, "huyện Bắc Mê", "cong-doan.huyen.bac-me",
     "Liên đoàn Lao động huyện Bắc Mê", "LĐLĐ huyện"),
    (OrgKind.DOAN_TN, Level.DISTRICT, "Bắc Mê", "doan-tn.huyen.bac-me",
     "Huyện đoàn Bắc Mê", "Huyện đoàn"),
    (OrgKind.DOAN_TN, Level.DISTRICT, "quận Ba Đình", "doan-tn.huyen.quan-ba-dinh",
     "Quận đoàn Ba Đình", "Quận đoàn"),
    (OrgKind.DOAN_TN, Level.DISTRICT, "thị xã Sơn Tây", "doan-tn.huyen.thi-xa-son-tay",
     "Thị đoàn Sơn Tây", "Thị đoàn"),
    (OrgKind.DOAN_TN, Level.DISTRICT, "thành phố Phan Rang - Tháp Chàm",
     "doan-tn.huyen.thanh-pho-phan-rang-thap-cham", "Thành đoàn Phan Rang - Tháp Chàm",
     "Thành đoàn"),
    (OrgKind.HOI_LHPN, Level.DISTRICT, "Bắc Mê", "hoi-lhpn.huyen.bac-me",
     "Hội Liên hiệp Phụ nữ huyện Bắc Mê", "Hội LHPN huyện"),
    (OrgKind.HOI_ND, Level.DISTRICT, "Bắc Mê", "hoi-nd.huyen.bac-me",
     "Hội Nông dân huyện Bắc Mê", "HND huyện"),
    (OrgKind.HOI_CCB, Level.DISTRICT, None, "hoi-ccb.huyen",
     "Hội Cựu chiến binh huyện", "HCCB huyện"),
    (OrgKind.MTTQ, Level.COMMUNE, "Yên Phong", "mttq.xa.yen-phong",
     "Ủy ban MTTQ Việt Nam xã Yên Phong", "UBMTTQ xã"),
    (OrgKind.CONG_DOAN, Level.COMMUNE, "phường Ba Đình", "cong-doan.xa.phuong-ba-dinh",
     "Công đoàn phường Ba Đình", "Công đoàn phường"),
    (OrgKind.DOAN_TN, Level.COMMUNE, "xã Yên Phong", "doan-tn.xa.yen-phong",
     "Đoàn xã Yên Phong", "Đoàn xã"),
    (OrgKind.HOI_LHPN, Level.COMMUNE, "đặc khu Phú Quốc", "hoi-lhpn.xa.dac-khu-phu-quoc",
     "Hội Liên hiệp Phụ nữ đặc khu Phú Quốc", "Hội LHPN đặc khu"),
    (OrgKind.HOI_ND, Level.COMMUNE, None, "hoi-nd.xa", "Hội Nông dân xã", "HND xã"),
    (OrgKind.HOI_CCB, Level.COMMUNE, "thị trấn Yên Phú", "hoi-ccb.xa.thi-tran-yen-phu",
     "Hội Cựu chiến binh thị trấn Yên Phú", "HCCB thị trấn"),
]  # fmt: skip


@pytest.mark.parametrize("row", GOLDEN)
def test_golden_names(row: tuple[OrgKind, Level, str | None, str, str, str]) -> None:
    kind, level, locality, code, name, short = row
    org = standard(kind, level, locality)
    assert (org.code, org.name, org.short_name) == (code, name, short)
    assert org.kind is kind
    assert org.level is level
    assert find(name, [org]) is org
    assert find(short, [org]) is org
    assert find(code, [org]) is org


def test_re_exports() -> None:
    import mttq.codes

    assert Level is mttq.codes.Level
    assert OrgKind is mttq.codes.OrgKind


def test_locality_is_the_place_phrase() -> None:
    assert standard(OrgKind.MTTQ, Level.PROVINCE, "ninh thuan").locality == "tỉnh Ninh Thuận"
    assert standard(OrgKind.MTTQ, Level.DISTRICT, "Bắc Mê").locality == "huyện Bắc Mê"
    assert standard(OrgKind.MTTQ, Level.CENTRAL).locality is None
    assert standard(OrgKind.MTTQ, Level.PROVINCE).locality is None


def test_province_in_lower_codes() -> None:
    org = standard(OrgKind.HOI_CCB, Level.DISTRICT, "Bắc Mê", province="Hà Giang", on=D2021)
    assert org.code == "hoi-ccb.huyen.ha-giang.bac-me"
    commune = standard(OrgKind.MTTQ, Level.COMMUNE, "phường Ba Đình", province="Hà Nội")
    assert commune.code == "mttq.xa.ha-noi.phuong-ba-dinh"
    generic = standard(OrgKind.MTTQ, Level.COMMUNE, "phường")
    assert (generic.code, generic.name) == ("mttq.xa.phuong", "Ủy ban MTTQ Việt Nam phường")
    city = standard(OrgKind.HOI_ND, Level.PROVINCE, "thành phố")
    assert (city.code, city.short_name) == ("hoi-nd.tinh", "HND thành phố")


def test_old_and_new_province_bodies_differ() -> None:
    old = standard(OrgKind.HOI_ND, Level.PROVINCE, "Khánh Hòa", on=date(2024, 1, 1))
    new = standard(OrgKind.HOI_ND, Level.PROVINCE, "Khánh Hòa", on=D2026)
    assert old.code == "hoi-nd.tinh.khanh-hoa"
    assert new.code == "hoi-nd.tinh.khanh-hoa-2025"
    assert old.name == new.name


@pytest.mark.parametrize(
    "query",
    [
        "hoi ccb tinh",
        "Hội CCB tỉnh",
        "HCCB tỉnh",
        "HỘI CỰU CHIẾN BINH TỈNH",
        "Hội Cựu chiến binh tỉnh Ninh Thuận",
        "hội ccb ninh thuận",
        "hoi-ccb.tinh.ninh-thuan",
    ],
)
def test_find_the_same_body(query: str) -> None:
    bodies = standard_bodies(Level.PROVINCE, "Ninh Thuận", on=D2021)
    assert find(query, bodies).code == "hoi-ccb.tinh.ninh-thuan"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Ủy ban MTTQ Việt Nam tỉnh", "mttq.tinh"),
        ("Ủy ban MTTQ VN tỉnh", "mttq.tinh"),
        ("UBMTTQ tỉnh", "mttq.tinh"),
        ("Mặt trận Tổ quốc tỉnh", "mttq.tinh"),
        ("LĐLĐ tỉnh", "cong-doan.tinh"),
        ("Liên đoàn lao động tỉnh", "cong-doan.tinh"),
        ("Tỉnh Đoàn", "doan-tn.tinh"),
        ("Đoàn TNCS Hồ Chí Minh tỉnh", "doan-tn.tinh"),
        ("Hội Liên hiệp phụ nữ tỉnh", "hoi-lhpn.tinh"),
        ("HLHPN tỉnh", "hoi-lhpn.tinh"),
        ("Hội Nông dân tỉnh", "hoi-nd.tinh"),
        ("HND tỉnh", "hoi-nd.tinh"),
        ("Hội CCB huyện", "hoi-ccb.huyen"),
        ("UBTƯ MTTQVN", "mttq.tw"),
        ("Ủy ban Trung ương MTTQ Việt Nam", "mttq.tw"),
        ("MTTW", "mttq.tw"),
        ("TLĐ", "cong-doan.tw"),
        ("Trung ương Đoàn", "doan-tn.tw"),
        ("TWTN", "doan-tn.tw"),
        ("HNDTW", "hoi-nd.tw"),
        ("Hội Liên hiệp Phụ nữ Việt Nam", "hoi-lhpn.tw"),
        ("\u00d0oàn xã", "doan-tn.xa"),
        ("Uỷ ban MTTQ xã", "mttq.xa"),
    ],
)
def test_find_in_the_default_pool(query: str, code: str) -> None:
    assert find(query, on=date(2024, 1, 1)).code == code


def test_find_with_level_and_locality() -> None:
    assert find("Tinh doan", locality="Ninh Thuận").name == "Tỉnh đoàn Ninh Thuận"
    assert find("UBMTTQ TP HCM", locality="TP HCM").code == "mttq.tinh.ho-chi-minh-2025"
    assert find("Huyện đoàn", level=Level.DISTRICT, locality="Bắc Mê").code == (
        "doan-tn.huyen.bac-me"
    )
    pool_2026 = find("Hội Nông dân xã", on=D2026)
    assert pool_2026.code == "hoi-nd.xa"
    with pytest.raises(UnknownCodeError):
        find("HND huyện", on=D2026)


def test_find_unknown_and_ambiguous() -> None:
    with pytest.raises(UnknownCodeError) as info:
        find("Hội Cựu chiến binhh tỉnh")
    assert "Hội Cựu chiến binh tỉnh" in info.value.suggestions
    a = standard(OrgKind.HOI_ND, Level.PROVINCE, "Ninh Thuận")
    b = standard(OrgKind.HOI_ND, Level.PROVINCE, "Bình Thuận")
    with pytest.raises(InvalidValueError, match="ambiguous"):
        find("HND tỉnh", [a, b])
    assert find("HND tỉnh Bình Thuận", [a, b]) is b
    with pytest.raises(InvalidValueError):
        find(42)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        find("HND tỉnh", ["HND tỉnh"])  # type: ignore[list-item]


def test_user_organisations() -> None:
    ubnd = Organisation(
        code="ubnd.tinh",
        name="Ủy ban nhân dân tỉnh",
        short_name="UBND tỉnh",
        kind=OrgKind.STATE,
        level=Level.PROVINCE,
        aliases=("UBND",),
    )
    assert find("ubnd tinh", [ubnd]) is ubnd
    assert find("UBND", [ubnd]) is ubnd


def test_district_level_is_refused_after_2025_06_30() -> None:
    assert date(2025, 6, 30) == DISTRICT_LAST_DAY
    standard(OrgKind.MTTQ, Level.DISTRICT, "Bắc Mê", on=DISTRICT_LAST_DAY)
    with pytest.raises(InvalidValueError, match="abolished on 2025-07-01") as info:
        standard(OrgKind.MTTQ, Level.DISTRICT, "Bắc Mê", on=date(2025, 7, 1))
    assert info.value.field == "level"
    with pytest.raises(InvalidValueError, match="abolished"):
        standard_bodies(Level.DISTRICT, on=D2026)


def test_province_must_exist_on_the_day() -> None:
    with pytest.raises(InvalidValueError, match="exists only from 2025-01-01"):
        standard(OrgKind.MTTQ, Level.PROVINCE, "Huế", on=date(2020, 1, 1))
    with pytest.raises(InvalidValueError, match="exists only from 2025-07-01"):
        standard(OrgKind.MTTQ, Level.PROVINCE, "khanh-hoa-2025", on=date(2020, 1, 1))
    with pytest.raises(InvalidValueError, match="became part of tỉnh Khánh Hòa"):
        standard(OrgKind.MTTQ, Level.PROVINCE, "Ninh Thuận", on=D2026)
    with pytest.raises(UnknownCodeError):
        standard(OrgKind.MTTQ, Level.PROVINCE, "Atlantis")


def test_commune_words_by_date() -> None:
    with pytest.raises(InvalidValueError, match="thị trấn"):
        standard(OrgKind.MTTQ, Level.COMMUNE, "thị trấn Yên Phú", on=D2026)
    with pytest.raises(InvalidValueError, match="đặc khu"):
        standard(OrgKind.MTTQ, Level.COMMUNE, "đặc khu Phú Quốc", on=date(2024, 1, 1))
    assert standard(OrgKind.MTTQ, Level.COMMUNE, "đặc khu Phú Quốc", on=D2026).short_name == (
        "UBMTTQ đặc khu"
    )


def test_bad_arguments() -> None:
    with pytest.raises(InvalidValueError, match="standard names"):
        standard(OrgKind.STATE, Level.PROVINCE)
    with pytest.raises(InvalidValueError):
        standard(OrgKind.MTTQ, Level.CENTRAL, "Ninh Thuận")
    with pytest.raises(InvalidValueError):
        standard(3, Level.CENTRAL)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        standard(OrgKind.MTTQ, 3)  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError):
        standard("no-such-kind", Level.CENTRAL)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        standard(OrgKind.MTTQ, Level.PROVINCE, "Ninh Thuận", on="2021")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        standard(OrgKind.MTTQ, Level.PROVINCE, 7)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        standard(OrgKind.MTTQ, Level.DISTRICT, "!!!")
    from mttq.geo import province

    with pytest.raises(InvalidValueError):
        standard(OrgKind.MTTQ, Level.DISTRICT, province("Hà Nội"))
    assert standard("mttq", "province", province("Hà Nội")).code == "mttq.tinh.ha-noi"  # type: ignore[arg-type]


def test_organisation_validation() -> None:
    with pytest.raises(InvalidValueError):
        Organisation(code="Bad", name="x", short_name="x", kind=OrgKind.OTHER, level=Level.CENTRAL)
    with pytest.raises(InvalidValueError):
        Organisation(code="x", name=" ", short_name="x", kind=OrgKind.OTHER, level=Level.CENTRAL)
    org = Organisation(
        code="x.y",
        name="Hoa\u0300",
        short_name="X",
        kind=OrgKind.OTHER,
        level=Level.CENTRAL,
        locality="xa\u0303",
    )
    assert org.name == "Hoà"
    assert org.locality == "xã"


def test_place_phrase() -> None:
    assert place_phrase(Level.PROVINCE, "Ninh Thuận") == "tỉnh Ninh Thuận"
    assert place_phrase(Level.PROVINCE) == "tỉnh"
    assert place_phrase(Level.COMMUNE, "Phường Ba Đình") == "phường Ba Đình"
    with pytest.raises(InvalidValueError):
        place_phrase(Level.CENTRAL)


def test_standard_bodies_order() -> None:
    bodies = standard_bodies(Level.PROVINCE, "Ninh Thuận")
    assert tuple(b.kind for b in bodies) == STANDARD_KINDS
    assert [b.code.split(".")[0] for b in bodies] == [BODY_CODES[k] for k in STANDARD_KINDS]


PLACES = {
    Level.PROVINCE: ["Ninh Thuận", "Hà Nội", "TP HCM", "Khánh Hòa", None],
    Level.DISTRICT: ["Bắc Mê", "quận Ba Đình", "thị xã Sơn Tây", "Tân Uyên", None],
    Level.COMMUNE: ["Yên Phong", "phường Ba Đình", "đặc khu Phú Quốc", None],
}


@given(kind=st.sampled_from(STANDARD_KINDS), data=st.data())
def test_every_name_finds_its_body(kind: OrgKind, data: st.DataObject) -> None:
    level = data.draw(st.sampled_from(sorted(PLACES)))
    name = data.draw(st.sampled_from(PLACES[level]))
    org = standard(kind, level, name)
    for each in (org.name, org.short_name, *org.aliases):
        assert find(each, [org]) is org
    assert org.code.isascii()


# --------------------------------------------------------------------------- datetimes


def test_a_datetime_on_is_read_as_its_date() -> None:
    last = datetime(2025, 6, 30, 23, 59)
    assert standard(OrgKind.HOI_ND, Level.DISTRICT, "Bắc Mê", on=last) == standard(
        OrgKind.HOI_ND, Level.DISTRICT, "Bắc Mê", on=DISTRICT_LAST_DAY
    )
    with pytest.raises(InvalidValueError, match="abolished"):
        standard(OrgKind.HOI_ND, Level.DISTRICT, "Bắc Mê", on=datetime(2025, 7, 1, 0, 0))
    with pytest.raises(InvalidValueError, match="became part of tỉnh Khánh Hòa"):
        standard(OrgKind.MTTQ, Level.PROVINCE, "Ninh Thuận", on=datetime(2026, 1, 1, 8, 0))
    assert place_phrase(Level.PROVINCE, "Ninh Thuận", on=last) == "tỉnh Ninh Thuận"
    assert find("HCCB tỉnh", locality="Ninh Thuận", on=last).code == "hoi-ccb.tinh.ninh-thuan"


@pytest.mark.parametrize("bad", [1.5, None, "HCCB tỉnh", b"x", (1,)], ids=repr)
def test_among_must_be_organisations(bad: object) -> None:
    if bad is None:  # None means the standard bodies
        assert find("HCCB tỉnh", among=None).code == "hoi-ccb.tinh"
        return
    with pytest.raises(InvalidValueError) as info:
        find("HCCB tỉnh", among=bad)  # type: ignore[arg-type]
    assert info.value.field == "among"


def test_text_fields_name_themselves() -> None:
    body = standard(OrgKind.HOI_CCB, Level.PROVINCE, "Ninh Thuận")
    for field in ("name", "short_name", "locality", "aliases"):
        changes: dict[str, Any] = {field: 5}
        with pytest.raises(InvalidValueError) as info:
            attrs.evolve(body, **changes)
        assert info.value.field == field


@pytest.mark.parametrize(
    "instance",
    [
        standard(OrgKind.HOI_CCB, Level.PROVINCE, "Ninh Thuận"),
        standard(OrgKind.MTTQ, Level.CENTRAL),
    ],
    ids=repr,
)
def test_fields_refuse_wrong_types(
    instance: attrs.AttrsInstance, check_wrong_types: Callable[[object], None]
) -> None:
    check_wrong_types(instance)
