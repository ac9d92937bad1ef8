"""Tests of mttq.movements: the catalogue, find() and Pledge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.codes import OrgKind
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.movements import (
    MOVEMENTS,
    DatePrecision,
    Movement,
    MovementKind,
    Pledge,
    PledgeKind,
    find,
)

# Golden: the launch facts practice.md §6 verifies.
GOLDEN_LAUNCHES = [
    ("xay-dung-doi-song-van-hoa-o-khu-dan-cu", date(1995, 1, 1), DatePrecision.YEAR, "năm 1995"),
    ("nong-thon-moi-do-thi-van-minh", date(2015, 11, 1), DatePrecision.MONTH, "tháng 11/2015"),
    ("nguoi-viet-nam-uu-tien-dung-hang-viet-nam", date(2009, 1, 1), DatePrecision.YEAR,
     "năm 2009"),
    ("xoa-nha-tam-nha-dot-nat", date(2024, 4, 13), DatePrecision.DAY, "13/04/2024"),
    ("gia-dinh-5-khong-3-sach", date(2010, 1, 1), DatePrecision.YEAR, "năm 2010"),
    ("tang-toc-but-pha-nghi-quyet-dai-hoi-xiii", date(2025, 10, 5), DatePrecision.DAY,
     "05/10/2025"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "on", "precision", "label"), GOLDEN_LAUNCHES)
def test_golden_launches(code: str, on: date, precision: DatePrecision, label: str) -> None:
    movement = find(code)
    assert (movement.launched_on, movement.precision) == (on, precision)
    assert movement.launch_label() == label


@pytest.mark.parametrize(
    "code",
    [
        "dan-van-kheo",
        "vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau",
        "ngay-vi-nguoi-ngheo",
        "chung-suc-xay-dung-nong-thon-moi",
        "hoc-tap-va-lam-theo-bac",
        "lao-dong-gioi-lao-dong-sang-tao",
    ],
)
def test_unverified_launches_are_left_empty(code: str) -> None:
    movement = find(code)
    assert movement.launched_on is None
    assert movement.precision is None
    assert movement.launch_label() is None
    assert movement.note


def test_kinds_and_owners() -> None:
    assert find("Người Việt Nam ưu tiên dùng hàng Việt Nam").kind is MovementKind.CUOC_VAN_DONG
    assert find("Dân vận khéo").kind is MovementKind.PHONG_TRAO
    assert find("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh").kind is None
    assert find("Xây dựng gia đình 5 không, 3 sạch").organisation is OrgKind.HOI_LHPN
    assert find("Xóa nhà tạm, nhà dột nát").running is False
    assert MovementKind.PHONG_TRAO.short == "PTTĐ"


POOR = "vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau"
CULTURE = "toan-dan-doan-ket-xay-dung-doi-song-van-hoa"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Vì người nghèo", "ngay-vi-nguoi-ngheo"),
        ("“Vì người nghèo”", "ngay-vi-nguoi-ngheo"),
        ("Quỹ “Vì người nghèo”", "ngay-vi-nguoi-ngheo"),
        ("VÌ NGƯỜI NGHÈO", "ngay-vi-nguoi-ngheo"),
        ("vi nguoi ngheo", "ngay-vi-nguoi-ngheo"),
        ("Vì người nghèo - Không để ai bị bỏ lại phía sau", POOR),
        ("không để ai bị bỏ lại phía sau", POOR),
        ("phong trào thi đua “Dân vận khéo”", "dan-van-kheo"),
        ("CVĐ 'Xây dựng gia đình 5 không, 3 sạch'", "gia-dinh-5-khong-3-sach"),
        ("5 không, 3 sạch", "gia-dinh-5-khong-3-sach"),
        ("Toàn dân đoàn kết xây dựng đời sống văn hóa", CULTURE),
        ("Toàn dân đoàn kết xây dựng đời sống văn hoá ở khu dân cư",
         "xay-dung-doi-song-van-hoa-o-khu-dan-cu"),
        ("Chung sức xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
         "chung-suc-xay-dung-nong-thon-moi"),
        ("chiến dịch thanh niên tình nguyện hè 2024", "thanh-nien-tinh-nguyen-he"),
        ("Mái ấm", None),
    ],
)  # fmt: skip
def test_find(query: str, code: str | None) -> None:
    if code is None:
        with pytest.raises(UnknownCodeError):
            find(query)
    else:
        assert find(query).code == code


def test_find_errors() -> None:
    with pytest.raises(UnknownCodeError) as info:
        find("Dân vận khéoo lắm")
    assert "Dân vận khéo" in info.value.suggestions
    with pytest.raises(InvalidValueError, match="ambiguous"):
        find("nông thôn mới")
    with pytest.raises(InvalidValueError):
        find(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        find("x", ["dan-van-kheo"])  # type: ignore[list-item]
    with pytest.raises(UnknownCodeError):
        find("vi")


def test_find_in_a_user_catalogue() -> None:
    own = Movement(
        code="thi-dua-dac-biet",
        name="Thi đua đặc biệt",
        kind=MovementKind.PHONG_TRAO,
        source="user",
    )
    assert find("thi đua đặc biệt", [own]) is own
    assert find("thi-dua-dac-biet", [own, *MOVEMENTS]) is own


def test_movement_validation() -> None:
    with pytest.raises(InvalidValueError):
        Movement(code="Bad", name="x", source="s")
    with pytest.raises(InvalidValueError):
        Movement(code="x", name="", source="s")
    with pytest.raises(InvalidValueError):
        Movement(code="x", name="x", source="")
    with pytest.raises(InvalidValueError):
        Movement(code="x", name="x", source="s", launched_on=date(2020, 1, 1))
    with pytest.raises(InvalidValueError):
        Movement(code="x", name="x", source="s", precision=DatePrecision.DAY)
    with pytest.raises(InvalidValueError):
        Movement(
            code="x",
            name="x",
            source="s",
            launched_on=date(2020, 2, 3),
            precision=DatePrecision.MONTH,
        )
    with pytest.raises(InvalidValueError):
        Movement(
            code="x",
            name="x",
            source="s",
            launched_on=date(2020, 2, 1),
            precision=DatePrecision.YEAR,
        )
    with pytest.raises(InvalidValueError):
        Movement(code="x", name="x", source="s", aliases="abc")
    with pytest.raises(InvalidValueError):
        Movement(code="x", name="x", source="s", kind="cuoc-van-dong")  # type: ignore[arg-type]


def test_pledge() -> None:
    pledge = Pledge(
        unit="hoi-nd.tinh",
        year=2022,
        kind=PledgeKind.GIAO_UOC,
        movements=("dan-van-kheo", "gia-dinh-5-khong-3-sach"),
        targets=("co-thi-dua-tinh",),
        signed_on=date(2022, 3, 1),
    )
    assert [m.code for m in pledge.resolve_movements()] == [
        "dan-van-kheo",
        "gia-dinh-5-khong-3-sach",
    ]
    assert Pledge(unit="x", year=2022, signed_on=date(2021, 12, 20)).kind is PledgeKind.DANG_KY
    with pytest.raises(UnknownCodeError) as info:
        Pledge(unit="x", year=2022, movements=("dan-van-khe",)).resolve_movements()
    assert info.value.suggestions == ("dan-van-kheo",)
    own = Movement(code="rieng", name="Riêng", source="user")
    assert Pledge(unit="x", year=2022, movements=("rieng",)).resolve_movements([own]) == (own,)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"unit": "", "year": 2022},
        {"unit": 5, "year": 2022},
        {"unit": "x", "year": "2022"},
        {"unit": "x", "year": True},
        {"unit": "x", "year": 1800},
        {"unit": "x", "year": 2022, "movements": "dan-van-kheo"},
        {"unit": "x", "year": 2022, "movements": ("a", "a")},
        {"unit": "x", "year": 2022, "targets": ("",)},
        {"unit": "x", "year": 2022, "targets": 5},
        {"unit": "x", "year": 2022, "signed_on": date(2020, 1, 1)},
        {"unit": "x", "year": 2022, "signed_on": "2022-03-01"},
        {"unit": "x", "year": 2022, "signed_on": datetime(2022, 3, 1, 8, 0)},
        {"unit": "x", "year": 2022, "kind": "giao-uoc"},
    ],
)
def test_pledge_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidValueError):
        Pledge(**kwargs)  # type: ignore[arg-type]


@given(
    st.sampled_from(MOVEMENTS), st.sampled_from(["{}", "“{}”", "'{}'", "  {}  ", "phong trào {}"])
)
def test_every_name_finds_its_movement(movement: Movement, template: str) -> None:
    for each in (movement.name, *movement.aliases):
        assert find(template.format(each)) is movement
        assert find(each.upper()) is movement


def test_bad_bundled_rows_are_data_errors() -> None:
    from mttq.errors import DataError
    from mttq.movements import _build

    with pytest.raises(DataError, match="expected a string"):
        _build(({"code": ("x",), "name": "x", "source": "s"},))


# --------------------------------------------------------------------------- wrong types


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("launched_on", True),
        ("launched_on", datetime(2015, 11, 1, 9, 0)),
        ("launched_on", "2015-11-01"),
        ("precision", "month"),
        ("precision", True),
        ("running", "not-a-code"),
        ("running", 1),
        ("organisation", "mttq"),
        ("organisation", True),
        ("aliases", None),
        ("aliases", (None,)),
        ("name", None),
        ("launched_by", 5),
        ("note", b"x"),
        ("source", None),
    ],
    ids=repr,
)
def test_movement_fields_refuse_wrong_types(field: str, bad: object) -> None:
    changes: dict[str, Any] = {field: bad}
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(find("nong-thon-moi-do-thi-van-minh"), **changes)
    assert info.value.field == field


@pytest.mark.parametrize("bad", [1.5, "dan-van-kheo", b"x", ("dan-van-kheo",), (None,)], ids=repr)
def test_catalogue_must_be_movements(bad: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        find("Dân vận khéo", catalogue=bad)  # type: ignore[arg-type]
    assert info.value.field == "catalogue"
    pledge = Pledge(unit="x", year=2022, movements=("dan-van-kheo",))
    with pytest.raises(InvalidValueError) as info:
        pledge.resolve_movements(bad)  # type: ignore[arg-type]
    assert info.value.field == "catalogue"


@pytest.mark.parametrize(
    "instance",
    [
        find("nong-thon-moi-do-thi-van-minh"),
        find("Dân vận khéo"),
        Pledge(unit="x", year=2022, movements=("dan-van-kheo",), signed_on=date(2022, 3, 1)),
    ],
    ids=repr,
)
def test_fields_refuse_wrong_types(
    instance: attrs.AttrsInstance, check_wrong_types: Callable[[object], None]
) -> None:
    check_wrong_types(instance)
