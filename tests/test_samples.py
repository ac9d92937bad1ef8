from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError
from mttq.samples import (
    DEMO_DATE,
    DEMO_PLACE,
    demo_input,
    demo_result,
    provincial_bodies,
    sample_rubric,
    sample_scheme,
    sheets_from_totals,
)
from mttq.scoring import Criterion, Rubric, score


def test_demo_input_is_the_six_organisations() -> None:
    data = demo_input()
    assert data.group_year.members == (
        "mttq.tinh",
        "cong-doan.tinh",
        "doan-tn.tinh",
        "hoi-lhpn.tinh",
        "hoi-nd.tinh",
        "hoi-ccb.tinh",
    )
    assert data.rubric.nominal == 100
    assert data.group.organiser == "UBND tỉnh"
    assert (data.place, data.date) == (DEMO_PLACE, DEMO_DATE)
    assert [h.render() for h in data.highlights][1:4] == [
        "phát triển 33.257 đoàn viên, hội viên mới",
        "giới thiệu 6.473 quần chúng ưu tú để các cấp ủy xem xét, cho ý kiến",
        "kết nạp được 2.947 đảng viên mới",
    ]
    assert data.highlights[-1].render().endswith("trên 60 tỷ đồng")
    assert demo_result() is demo_result()


def test_rubric_and_scheme() -> None:
    table = sample_rubric(2022)
    assert table.id == "khoi-mau-2022"
    assert table.content_max == 100
    assert table.bonus_max == 5
    assert sample_rubric(2022, rubric_id="x").id == "x"
    assert [b.minimum for b in sample_scheme().bands] == [90, 70, 50, 0]
    with pytest.raises(InvalidValueError):
        sample_rubric("2022")  # type: ignore[arg-type]


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_sheets_add_up_to_the_total(total: Decimal) -> None:
    table = sample_rubric(2021)
    (sheet,) = sheets_from_totals(table, {"X": total}, self_totals={"X": Decimal(100)})
    assert score(table, sheet).total == total
    assert score(table, sheet, basis="self").total == 100


def test_sheets_with_nested_criteria_and_bonus() -> None:
    table = Rubric(
        id="n",
        title="N",
        criteria=(
            Criterion(
                id="1",
                title="A",
                children=(
                    Criterion(id="1.1", title="a", max_points=Decimal(30)),
                    Criterion(id="1.2", title="b", max_points=Decimal(30)),
                ),
            ),
            Criterion(id="2", title="B", max_points=Decimal(40)),
        ),
    )
    (sheet,) = sheets_from_totals(table, {"X": Decimal("0.01")})
    assert score(table, sheet).total == Decimal("0.01")
    (sheet,) = sheets_from_totals(sample_rubric(2021), {"X": 90}, bonus={"X": ("T", 2, "Mô hình")})
    assert score(sample_rubric(2021), sheet).total == 92


def test_sheets_refuse_impossible_totals() -> None:
    with pytest.raises(InvalidValueError):
        sheets_from_totals(sample_rubric(2021), {"X": 101})


def test_provincial_bodies() -> None:
    assert [o.name for o in provincial_bodies()][-1] == "Hội Cựu chiến binh tỉnh"


def test_cached_demo_result_cannot_be_changed() -> None:
    result = demo_result()
    member = result.members[0]
    name = result.names[member]
    with pytest.raises(TypeError):
        result.names[member] = "HACKED"  # type: ignore[index]
    with pytest.raises(TypeError):
        result.scores[0].criteria.clear()  # type: ignore[attr-defined]
    assert demo_result().names[member] == name
    assert demo_result() == demo_input().run()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((None, {"A": 90}), "rubric"),
        (("rubric", {"A": 90}), "rubric"),
        ((sample_rubric(2021), None), "agreed"),
        ((sample_rubric(2021), {"A": {"b": None}}), "agreed['A']"),
        ((sample_rubric(2021), {"A": 1.5}), "agreed['A']"),
        ((sample_rubric(2021), {"A": Decimal("NaN")}), "agreed['A']"),
        ((sample_rubric(2021), {1: 90}), "agreed"),
    ],
)
def test_sheets_from_totals_refuses_junk(args: tuple[object, object], field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        sheets_from_totals(*args)  # type: ignore[arg-type]
    assert info.value.field == field


def test_sheets_from_totals_refuses_junk_options() -> None:
    rubric = sample_rubric(2021)
    for kwargs, field in [
        ({"self_totals": 5}, "self_totals"),
        ({"self_totals": {"A": None}}, "self_totals['A']"),
        ({"bonus": 5}, "bonus"),
        ({"bonus": {"A": ("T", 1)}}, "bonus['A']"),
        ({"bonus": {"A": ("T", None, "x")}}, "bonus['A']"),
    ]:
        with pytest.raises(InvalidValueError) as info:
            sheets_from_totals(rubric, {"A": 90}, **kwargs)  # type: ignore[arg-type]
        assert info.value.field == field
