"""Tests of mttq.scoring: rubrics, sheets, totals, grading, ranking and nominations."""

from __future__ import annotations

import contextlib
import copy
import json
import pickle
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.codes import Rating
from mttq.errors import InvalidValueError, MttqError, UnknownCodeError
from mttq.io import dumps, from_data, loads, to_data
from mttq.scoring import (
    QD366,
    Band,
    Basis,
    Classification,
    Condition,
    Criterion,
    CriterionKind,
    CrossScore,
    Grade,
    GradingScheme,
    Quota,
    Ranked,
    Rounding,
    Rubric,
    ScoreItem,
    ScoreResult,
    ScoreSheet,
    Selection,
    SelectionStatus,
    TieBreaker,
    classify,
    explain_ranking,
    leaders,
    nominations,
    rank,
    score,
    score_all,
)

D = Decimal
DATA = Path(__file__).parent / "data" / "scoring"


def _practice() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "practice.json").read_text(encoding="utf-8"))
    return data


def _rubrics() -> dict[str, Rubric]:
    return {r["id"]: from_data(r, Rubric) for r in _practice()["rubrics"]}


SIMPLE = Rubric(
    id="simple",
    title="Bảng điểm",
    nominal_max=D(100),
    criteria=(
        Criterion(id="1", title="Tuyên truyền", max_points=D(50)),
        Criterion(
            id="2",
            title="Vận động",
            children=(
                Criterion(id="2.1", title="Quỹ", max_points=D(20)),
                Criterion(id="2.2", title="Nhà", max_points=D(20)),
            ),
        ),
        Criterion(id="T", title="Thưởng", max_points=D(10), kind=CriterionKind.BONUS),
        Criterion(id="D", title="Trừ", max_points=D(10), kind=CriterionKind.DEDUCTION),
    ),
)


def _sheet(unit: str, points: str, **kw: Any) -> ScoreSheet:
    return ScoreSheet(unit=unit, agreed_scores={"1": D(points)}, **kw)


# --- golden practice cases ------------------------------------------------------------------


@pytest.mark.parametrize("case", _practice()["cases"], ids=lambda c: c["name"])
def test_practice_golden(case: dict[str, Any]) -> None:
    rubric = _rubrics()[case["rubric"]]
    sheet = from_data(case["sheet"], ScoreSheet)
    result = score(rubric, sheet, basis=case["basis"])
    for key, want in case["expected"].items():
        got = getattr(result, key)
        if isinstance(want, dict):
            assert {k: got[k] for k in want} == {k: D(v) for k, v in want.items()}, key
        elif want is None:
            assert got is None, key
        else:
            assert got == D(want), key
    # the result round-trips through the public data format
    assert from_data(to_data(result), ScoreResult) == result


def test_practice_rubric_shapes() -> None:
    rubrics = _rubrics()
    long_my = rubrics["long-my-2018"]
    assert (long_my.content_max, long_my.bonus_max, long_my.nominal) == (D(90), D(10), D(100))
    assert long_my.ceiling == D(100)
    hcm = rubrics["hcm-2016"]
    assert hcm.content_max == D(95)
    assert hcm.deduction_max == D(10)
    quan = rubrics["hcm-quan"]
    assert quan.ceiling == D(115)
    for rubric in rubrics.values():
        assert from_data(to_data(rubric), Rubric) == rubric


def test_decimal_exact_sum() -> None:
    rubric = Rubric(
        id="r",
        title="R",
        criteria=(
            Criterion(id="a", title="A", max_points=D(1)),
            Criterion(id="b", title="B", max_points=D(1)),
        ),
    )
    sheet = ScoreSheet(unit="X", agreed_scores={"a": D("0.1"), "b": D("0.2")})
    assert score(rubric, sheet).total == D("0.3")


def test_self_basis_and_gap_and_explain() -> None:
    sheet = ScoreSheet(
        unit="HND",
        self_scores={"1": 50, "2.1": 20, "2.2": 20},
        agreed_scores={"1": 45, "2.1": 18},
        items=(
            ScoreItem(criterion="T", points=5, reason="Mô hình mới", evidence="Báo cáo số 12"),
            ScoreItem(criterion="D", points=2, reason="Báo cáo chậm"),
        ),
    )
    agreed = score(SIMPLE, sheet)
    assert agreed.total == D(66)
    assert agreed.self_total == D(93)
    assert agreed.gap == D(27)
    assert agreed.missing == ("2.2",)
    assert agreed.criteria == {"1": D(45), "2": D(18), "2.1": D(18), "2.2": D(0)}
    own = score(SIMPLE, sheet, basis=Basis.SELF)
    assert own.total == D(93)
    assert own.gap == D(27)
    text = agreed.explain()
    assert "Đơn vị HND: 66/100 điểm (theo điểm bình xét thống nhất, bảng điểm simple)." in text
    assert "  + 5 (T): Mô hình mới (minh chứng: Báo cáo số 12)." in text
    assert "  - 2 (D): Báo cáo chậm." in text
    assert "- Tiêu chí chưa chấm (tính 0 điểm): 2.2." in text
    assert "- Điểm tự chấm: 93." in text
    assert "- Chênh lệch tự chấm so với bình xét: +27." in text


def test_caps_and_cuts_explained() -> None:
    rubric = Rubric(
        id="r",
        title="R",
        nominal_max=D(100),
        bonus_cap=D(5),
        deduction_cap=D(3),
        criteria=(
            Criterion(id="1", title="A", max_points=D(100)),
            Criterion(id="T", title="T", max_points=D(10), kind=CriterionKind.BONUS),
            Criterion(id="D", title="D", max_points=D(10), kind=CriterionKind.DEDUCTION),
        ),
    )
    high = ScoreSheet(
        unit="X",
        agreed_scores={"1": 99},
        items=(ScoreItem(criterion="T", points=8, reason="Cờ"),),
    )
    res = score(rubric, high)
    assert (res.total, res.bonus, res.bonus_claimed, res.cut) == (D(100), D(5), D(8), D(4))
    text = res.explain()
    assert "tính tối đa theo bảng điểm" in text
    assert "- Điều chỉnh theo giới hạn của bảng điểm: -4." in text
    low = ScoreSheet(
        unit="Y",
        agreed_scores={"1": 1},
        items=(ScoreItem(criterion="D", points=9, reason="Vi phạm"),),
    )
    res = score(rubric, low)
    assert (res.total, res.deductions, res.deductions_claimed, res.cut) == (D(0), D(3), D(9), D(-2))
    assert "trừ tối đa theo bảng điểm" in res.explain()


def test_parent_cap() -> None:
    rubric = Rubric(
        id="r",
        title="R",
        criteria=(
            Criterion(
                id="1",
                title="Chọn tối đa 5 điểm",
                max_points=D(5),
                children=(
                    Criterion(id="1a", title="a", max_points=D(4)),
                    Criterion(id="1b", title="b", max_points=D(4)),
                ),
            ),
        ),
    )
    res = score(rubric, ScoreSheet(unit="X", agreed_scores={"1a": 4, "1b": 3}))
    assert res.criteria["1"] == D(5)
    assert res.total == D(5)
    assert rubric.find("1b").maximum == D(4)
    assert [c.id for c in rubric.criteria[0].walk()] == ["1", "1a", "1b"]


def test_bonus_parent_cap_and_deduction_groups() -> None:
    rubric = Rubric(
        id="r",
        title="R",
        allow_over_max=True,
        nominal_max=D(100),
        criteria=(
            Criterion(id="1", title="A", max_points=D(100)),
            Criterion(
                id="C",
                title="Cờ",
                max_points=D(15),
                kind=CriterionKind.BONUS,
                children=(
                    Criterion(id="C1", title="Tỉnh", max_points=D(10), kind=CriterionKind.BONUS),
                    Criterion(id="C2", title="CP", max_points=D(15), kind=CriterionKind.BONUS),
                ),
            ),
        ),
    )
    sheet = ScoreSheet(
        unit="Q",
        agreed_scores={"1": 100},
        items=(
            ScoreItem(criterion="C1", points=10, reason="Cờ tỉnh"),
            ScoreItem(criterion="C2", points=15, reason="Cờ Chính phủ"),
        ),
    )
    res = score(rubric, sheet)
    assert (res.total, res.bonus, res.bonus_claimed) == (D(115), D(15), D(25))


def test_cross_mean_needs_cross_scores() -> None:
    with pytest.raises(InvalidValueError, match="no cross-mean scores"):
        score(SIMPLE, _sheet("X", "5"), basis="cross-mean")
    with pytest.raises(InvalidValueError, match="no self scores"):
        score(SIMPLE, _sheet("X", "5"), basis="self")
    with pytest.raises(UnknownCodeError):
        score(SIMPLE, _sheet("X", "5"), basis="average")
    with pytest.raises(InvalidValueError):
        score(SIMPLE, _sheet("X", "5"), basis=3)  # type: ignore[arg-type]


# --- bad input --------------------------------------------------------------------------------


def test_score_above_max_names_unit_and_criterion() -> None:
    with pytest.raises(InvalidValueError, match=r"criterion 2\.1 \(unit HND\)"):
        score(SIMPLE, ScoreSheet(unit="HND", agreed_scores={"2.1": D("20.5")}))


def test_negative_points() -> None:
    with pytest.raises(InvalidValueError, match="unit HND, criterion 1"):
        ScoreSheet(unit="HND", agreed_scores={"1": D(-1)})


@pytest.mark.parametrize("bad", [0.5, D("NaN"), D("Infinity"), True, "5"])
def test_bad_point_types(bad: object) -> None:
    with pytest.raises(InvalidValueError, match="unit HND, criterion 1"):
        ScoreSheet(unit="HND", self_scores={"1": bad})  # type: ignore[dict-item]


def test_unknown_criterion() -> None:
    with pytest.raises(UnknownCodeError, match="unit HND") as info:
        score(SIMPLE, ScoreSheet(unit="HND", agreed_scores={"2.3": D(1)}))
    assert "2.1" in info.value.suggestions or "2.2" in info.value.suggestions


def test_unknown_after_known_criterion() -> None:
    with pytest.raises(UnknownCodeError):
        score(SIMPLE, ScoreSheet(unit="HND", agreed_scores={"1": D(1), "X": D(1)}))


def test_cross_mean_partial_and_off_grid() -> None:
    rubric = Rubric(
        id="r",
        title="R",
        criteria=(
            Criterion(id="a", title="A", max_points=D("2.555")),
            Criterion(id="b", title="B", max_points=D(10)),
        ),
    )
    sheet = ScoreSheet(
        unit="X",
        cross_scores=(
            CrossScore(by="Y", scores={"a": D("2.555"), "b": D(3)}),
            CrossScore(by="Z", scores={"a": D("2.555")}),
        ),
    )
    res = score(rubric, sheet, basis=Basis.CROSS_MEAN)
    # a: the mean 2.555 rounds half up to 2.56, above the maximum: kept at 2.555
    # b: (3 + 0) / 2 = 1.5
    assert res.criteria == {"a": D("2.555"), "b": D("1.5")}


def test_scoring_a_section_or_bonus_in_the_map() -> None:
    with pytest.raises(InvalidValueError, match="sub-criteria"):
        score(SIMPLE, ScoreSheet(unit="HND", agreed_scores={"2": D(1)}))
    with pytest.raises(InvalidValueError, match="ScoreItem"):
        score(SIMPLE, ScoreSheet(unit="HND", agreed_scores={"T": D(1)}))


def test_bad_items() -> None:
    def run(*items: ScoreItem) -> ScoreResult:
        return score(SIMPLE, ScoreSheet(unit="HND", agreed_scores={"1": 1}, items=items))

    with pytest.raises(UnknownCodeError):
        run(ScoreItem(criterion="X", points=1, reason="r"))
    with pytest.raises(InvalidValueError, match="content criterion"):
        run(ScoreItem(criterion="1", points=1, reason="r"))
    with pytest.raises(InvalidValueError, match=r"above the maximum 10 of criterion T \(unit HND"):
        run(
            ScoreItem(criterion="T", points=6, reason="r"),
            ScoreItem(criterion="T", points=5, reason="s"),
        )
    with pytest.raises(InvalidValueError, match="must be positive"):
        ScoreItem(criterion="T", points=0, reason="r")
    with pytest.raises(InvalidValueError):
        ScoreItem(criterion="T", points=1, reason=" ")
    with pytest.raises(InvalidValueError):
        ScoreItem(criterion="T", points=1.5, reason="r")  # type: ignore[arg-type]
    parent = Rubric(
        id="p",
        title="P",
        criteria=(
            Criterion(id="1", title="A", max_points=D(10)),
            Criterion(
                id="T",
                title="T",
                kind=CriterionKind.BONUS,
                children=(Criterion(id="T1", title="T1", max_points=D(1), kind="bonus"),),  # type: ignore[arg-type]
            ),
        ),
    )
    with pytest.raises(InvalidValueError, match="sub-criteria"):
        score(
            parent,
            ScoreSheet(unit="HND", items=(ScoreItem(criterion="T", points=1, reason="r"),)),
        )


def test_bad_sheets() -> None:
    with pytest.raises(InvalidValueError, match="cross-score itself"):
        ScoreSheet(unit="A", cross_scores=(CrossScore(by="A", scores={}),))
    with pytest.raises(InvalidValueError, match="twice"):
        ScoreSheet(
            unit="A",
            cross_scores=(CrossScore(by="B", scores={}), CrossScore(by="B", scores={})),
        )
    with pytest.raises(InvalidValueError):
        ScoreSheet(unit="", agreed_scores={})
    with pytest.raises(InvalidValueError):
        ScoreSheet(unit="A", agreed_scores=[1, 2])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        ScoreSheet(unit="A", agreed_scores={3: D(1)})  # type: ignore[dict-item]
    with pytest.raises(InvalidValueError):
        ScoreSheet(unit="A", items=("x",))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        ScoreSheet(unit=" A", agreed_scores={})
    listed = ScoreSheet(unit="A", cross_scores=[CrossScore(by="B", scores={"1": 2})])  # type: ignore[arg-type]
    assert isinstance(listed.cross_scores, tuple)
    with pytest.raises(InvalidValueError):
        score("table", _sheet("A", "1"))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        score(SIMPLE, "sheet")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"id": "a", "title": "A"}, "needs a maximum"),
        ({"id": "a", "title": "A", "max_points": D(0)}, "must be positive"),
        ({"id": "a", "title": "A", "max_points": 1.5}, "not float"),
        ({"id": "", "title": "A", "max_points": D(1)}, "must not be empty"),
        ({"id": "a", "title": "", "max_points": D(1)}, "must not be empty"),
        ({"id": "a", "title": "A", "max_points": D(1), "kind": 3}, "CriterionKind"),
        ({"id": "a", "title": "A", "children": ("x",)}, "tuple of Criterion"),
        (
            {
                "id": "a",
                "title": "A",
                "max_points": D(3),
                "children": (Criterion(id="b", title="B", max_points=D(4)),),
            },
            "exceeds the maximum",
        ),
        (
            {
                "id": "a",
                "title": "A",
                "max_points": D(5),
                "children": (Criterion(id="b", title="B", max_points=D(4)),),
            },
            "can never be reached",
        ),
        (
            {
                "id": "a",
                "title": "A",
                "children": (
                    Criterion(id="b", title="B", max_points=D(4), kind=CriterionKind.BONUS),
                ),
            },
            "differs from its parent",
        ),
        (
            {
                "id": "a",
                "title": "A",
                "children": (
                    Criterion(id="b", title="B", max_points=D(4)),
                    Criterion(id="b", title="C", max_points=D(4)),
                ),
            },
            "appears twice",
        ),
    ],
)
def test_invalid_criteria(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        Criterion(**kwargs)


def test_too_deep() -> None:
    node = Criterion(id="x0", title="x", max_points=D(1))
    for level in range(1, 8):
        node = Criterion(id=f"x{level}", title="x", children=(node,))
    with pytest.raises(InvalidValueError, match="levels deep"):
        Criterion(id="top", title="x", children=(node,))


def test_invalid_rubrics() -> None:
    leaf = Criterion(id="1", title="A", max_points=D(10))
    bonus = Criterion(id="T", title="T", max_points=D(5), kind=CriterionKind.BONUS)
    with pytest.raises(InvalidValueError, match="repeated"):
        Rubric(id="r", title="R", criteria=(leaf, leaf))
    with pytest.raises(InvalidValueError, match="content criterion"):
        Rubric(id="r", title="R", criteria=(bonus,))
    with pytest.raises(InvalidValueError, match="out of range"):
        Rubric(id="r", title="R", criteria=(leaf,), bonus_cap=D(-1))
    with pytest.raises(InvalidValueError, match="out of range"):
        Rubric(id="r", title="R", criteria=(leaf,), nominal_max=D(0))
    with pytest.raises(InvalidValueError, match="before effective_from"):
        Rubric(
            id="r",
            title="R",
            criteria=(leaf,),
            effective_from=date(2024, 1, 2),
            effective_to=date(2024, 1, 1),
        )
    with pytest.raises(InvalidValueError, match="expected a date"):
        Rubric(id="r", title="R", criteria=(leaf,), effective_from="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected bool"):
        Rubric(id="r", title="R", criteria=(leaf,), allow_over_max=1)  # type: ignore[arg-type]
    listed = Rubric(id="r", title="R", criteria=[leaf])  # type: ignore[arg-type]
    assert listed.criteria == (leaf,)
    with pytest.raises(UnknownCodeError):
        listed.find("2")
    with pytest.raises(InvalidValueError):
        listed.in_force("2024")  # type: ignore[arg-type]


def test_rubric_in_force() -> None:
    rubric = Rubric(
        id="r",
        title="R",
        criteria=(Criterion(id="1", title="A", max_points=D(10)),),
        effective_from=date(2024, 1, 1),
        effective_to=date(2024, 12, 31),
    )
    assert not rubric.in_force(date(2025, 1, 1))
    assert rubric.in_force(date(2024, 12, 31))


# --- group scoring ----------------------------------------------------------------------------


def test_score_all_checks_group() -> None:
    sheets = [_sheet("B", "40"), _sheet("A", "45")]
    results = score_all(SIMPLE, sheets, members=("A", "B"))
    assert [r.unit for r in results] == ["A", "B"]
    with pytest.raises(InvalidValueError, match="two score sheets"):
        score_all(SIMPLE, [*sheets, _sheet("A", "1")])
    with pytest.raises(InvalidValueError, match="not a member") as info:
        score_all(SIMPLE, [*sheets, _sheet("C", "1")], members=("A", "B"))
    assert info.value.value == "C"
    crossed = ScoreSheet(unit="A", cross_scores=(CrossScore(by="Z", scores={"1": 1}),))
    with pytest.raises(InvalidValueError, match="scoring unit is not a member"):
        score_all(SIMPLE, [crossed], members=("A", "B"))
    with pytest.raises(InvalidValueError):
        score_all(SIMPLE, "AB")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        score_all(SIMPLE, ["x"])  # type: ignore[list-item]
    with pytest.raises(InvalidValueError):
        score_all(SIMPLE, sheets, members="AB")


def test_cross_score_out_of_range_names_scorer() -> None:
    sheet = ScoreSheet(unit="A", cross_scores=(CrossScore(by="B", scores={"1": D(60)}),))
    with pytest.raises(InvalidValueError, match=r"cross_scores\[B\]"):
        score(SIMPLE, sheet, basis="cross-mean")


# --- grading ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        ("100", Rating.HTXSNV),
        ("90", Rating.HTXSNV),
        ("89.99", Rating.HTTNV),
        ("70", Rating.HTTNV),
        ("69.99", Rating.HTNV),
        ("50", Rating.HTNV),
        ("49.99", Rating.KHTNV),
        ("0", Rating.KHTNV),
        ("107", Rating.HTXSNV),
    ],
)
def test_qd366_band_edges(total: str, grade: Rating) -> None:
    assert classify(QD366, D(total)).grade is grade


def test_qd366_conditions() -> None:
    flags = {"all_tasks_on_time": True, "tasks_exceeded_30_percent": True}
    good = classify(QD366, 95, no_leader_disciplined=True, **flags)
    assert good.grade is Rating.HTXSNV
    assert good.unchecked == ()
    disciplined = classify(QD366, 95, no_leader_disciplined=False, **flags)
    assert disciplined.grade is Rating.HTTNV
    assert "không có thành viên lãnh đạo của tập thể bị kỷ luật" in disciplined.explain()
    late = classify(QD366, 95, all_tasks_on_time=False, tasks_done_at_most_20_percent_late=True)
    assert late.grade is Rating.HTNV
    low = classify(QD366, 40)
    assert not low.verified
    assert "chưa được xác minh" in low.explain()
    with pytest.raises(UnknownCodeError):
        classify(QD366, 95, no_leader_punished=True)
    with pytest.raises(InvalidValueError):
        classify(QD366, 95, no_leader_disciplined="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="must be stated"):
        classify(QD366, 95, strict=True)
    assert classify(QD366, 60, strict=True, tasks_done_at_most_20_percent_late=True).grade is (
        Rating.HTNV
    )


def test_classify_inputs() -> None:
    result = score(SIMPLE, _sheet("X", "45"))
    assert classify(QD366, result).total == D(45)
    # a 95-point table: 85.5 of 95 is 90 of 100 (compared exactly)
    assert classify(QD366, D("85.5"), out_of=95).grade is Rating.HTXSNV
    assert classify(QD366, D("85.49"), out_of=95).grade is Rating.HTTNV
    for bad in (0.5, D("NaN"), True, -1):
        with pytest.raises(InvalidValueError):
            classify(QD366, bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        classify(QD366, 50, out_of=0)
    with pytest.raises(InvalidValueError):
        classify(QD366, 50, strict="no")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        classify("QD366", 50)  # type: ignore[arg-type]


def test_grading_scheme_validation() -> None:
    kha = Band(grade=Grade.KHA, minimum=70)
    yeu = Band(grade=Grade.YEU, minimum=0)
    with pytest.raises(InvalidValueError, match="one or more"):
        GradingScheme(id="s", title="S", bands=())
    with pytest.raises(InvalidValueError, match="twice"):
        GradingScheme(id="s", title="S", bands=(kha, Band(grade=Grade.KHA, minimum=0)))
    with pytest.raises(InvalidValueError, match="fall strictly"):
        GradingScheme(id="s", title="S", bands=(yeu, Band(grade=Grade.KHA, minimum=0)))
    with pytest.raises(InvalidValueError, match="start at 0"):
        GradingScheme(id="s", title="S", bands=(kha,))
    cond_a = Condition(key="a", label="A")
    cond_b = Condition(key="a", label="B")
    with pytest.raises(InvalidValueError, match="two wordings"):
        GradingScheme(
            id="s",
            title="S",
            bands=(
                Band(grade=Grade.XUAT_SAC, minimum=90, requires=(cond_a,)),
                Band(grade=Grade.KHA, minimum=70, requires=(cond_b,)),
                yeu,
            ),
        )
    with pytest.raises(InvalidValueError):
        GradingScheme(id="s", title="S", bands=(yeu,), scale=D(0))
    with pytest.raises(InvalidValueError):
        Band(grade="kha", minimum=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Band(grade=Grade.KHA, minimum=-1)
    with pytest.raises(InvalidValueError):
        Band(grade=Grade.KHA, minimum=1, verified=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Condition(key="not an identifier", label="x")
    scheme = GradingScheme(id="s", title="S", bands=[kha, yeu])  # type: ignore[arg-type]
    assert scheme.grades == (Grade.KHA, Grade.YEU)
    assert scheme.position(Grade.YEU) == 1
    with pytest.raises(UnknownCodeError):
        scheme.position(Rating.HTNV)
    data = to_data(classify(scheme, 80))
    assert data["grade"] == "kha"
    assert from_data(data, Classification).grade is Grade.KHA


# --- ranking ------------------------------------------------------------------------------


def _results(*pairs: tuple[str, str], bonus: dict[str, int] | None = None) -> list[ScoreResult]:
    out = []
    for unit, points in pairs:
        items: tuple[ScoreItem, ...] = ()
        if bonus and unit in bonus:
            items = (ScoreItem(criterion="T", points=bonus[unit], reason="thưởng"),)
        sheet = ScoreSheet(unit=unit, agreed_scores={"1": D(points)}, items=items)
        out.append(score(SIMPLE, sheet))
    return out


def test_rank_golden_ties() -> None:
    results = _results(("E", "30"), ("D", "40"), ("C", "45"), ("B", "45"), ("A", "50"))
    ranking = rank(reversed(results))
    assert [(r.unit, r.rank, r.tied) for r in ranking] == [
        ("A", 1, False),
        ("B", 2, True),
        ("C", 2, True),
        ("D", 4, False),
        ("E", 5, False),
    ]
    assert "B: hạng 2 (đồng hạng), 45 điểm." in explain_ranking(ranking)


def test_rank_tie_breakers() -> None:
    # A and B reach 50 with bonus (A 5 of it), C reaches 50 without bonus
    results = _results(("A", "45"), ("B", "47"), ("C", "50"), bonus={"A": 5, "B": 3})
    plain = rank(results)
    assert all(r.rank == 1 for r in plain)
    by_bonus = rank(results, tie_breakers=(TieBreaker.HIGHER_BONUS,))
    assert [(r.unit, r.rank, r.broken_by) for r in by_bonus] == [
        ("A", 1, TieBreaker.HIGHER_BONUS),
        ("B", 2, TieBreaker.HIGHER_BONUS),
        ("C", 3, TieBreaker.HIGHER_BONUS),
    ]
    by_votes = rank(results, tie_breakers=("more-votes",), votes={"C": 5, "A": 5})
    assert [(r.unit, r.rank, r.tied) for r in by_votes] == [
        ("A", 1, True),
        ("C", 1, True),
        ("B", 3, False),
    ]
    women = rank(
        results,
        tie_breakers=(TieBreaker.MORE_VOTES, TieBreaker.WOMEN_LED),
        votes={"C": 5, "A": 5},
        women_led={"C"},
    )
    assert [(r.unit, r.rank, r.broken_by) for r in women] == [
        ("C", 1, TieBreaker.WOMEN_LED),
        ("A", 2, TieBreaker.WOMEN_LED),
        ("B", 3, TieBreaker.MORE_VOTES),
    ]
    assert "Nghị định 152/2025/NĐ-CP" in women[0].explain()


def test_rank_fewer_deductions() -> None:
    a = score(SIMPLE, ScoreSheet(unit="A", agreed_scores={"1": 50}))
    b = score(
        SIMPLE,
        ScoreSheet(
            unit="B",
            agreed_scores={"1": 50, "2.1": 1},
            items=(ScoreItem(criterion="D", points=1, reason="trừ"),),
        ),
    )
    ranking = rank([b, a], tie_breakers=(TieBreaker.FEWER_DEDUCTIONS,))
    assert [(r.unit, r.rank) for r in ranking] == [("A", 1), ("B", 2)]


def test_rank_by_group() -> None:
    results = _results(("A", "40"), ("B", "45"), ("C", "30"), ("D", "20"))
    ranking = rank(results, groups={"A": "I", "B": "I", "C": "II", "D": "II"})
    assert [(r.group, r.unit, r.rank) for r in ranking] == [
        ("I", "B", 1),
        ("I", "A", 2),
        ("II", "C", 1),
        ("II", "D", 2),
    ]
    assert "cụm/khối I" in ranking[0].explain()
    with pytest.raises(InvalidValueError, match="needs a group"):
        rank(results, groups={"A": "I"})


def test_rank_bad_input() -> None:
    results = _results(("A", "40"))
    with pytest.raises(InvalidValueError, match="two results"):
        rank(results + results)
    with pytest.raises(InvalidValueError, match="needs the votes"):
        rank(results, tie_breakers=("more-votes",))
    with pytest.raises(InvalidValueError):
        rank(results, tie_breakers="higher-bonus")
    with pytest.raises(InvalidValueError, match="listed twice"):
        rank(results, tie_breakers=("higher-bonus", TieBreaker.HIGHER_BONUS))
    with pytest.raises(UnknownCodeError):
        rank(results, tie_breakers=("older",))
    with pytest.raises(InvalidValueError):
        rank(results, tie_breakers=(1,))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        rank(results, votes={"A": -1})
    with pytest.raises(InvalidValueError):
        rank(results, votes=[("A", 1)])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        rank(results, women_led="A")
    with pytest.raises(InvalidValueError):
        rank(results, groups=["I"])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        rank("A")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        rank([1])  # type: ignore[list-item]
    with pytest.raises(InvalidValueError):
        explain_ranking([1])  # type: ignore[list-item]


# --- leaders and nominations ------------------------------------------------------------------


def test_seed_000_two_leaders() -> None:
    """Seed 000: UBMTTQ tỉnh and Hội CCB tỉnh proposed for the flag of a 6-member bloc."""
    results = _results(
        ("UBMTTQ", "50"),
        ("HCCB", "49"),
        ("HND", "47"),
        ("HLHPN", "46"),
        ("LDLD", "45"),
        ("TINH_DOAN", "44"),
    )
    chosen = leaders(rank(results), count=2)
    assert [(s.unit, s.status) for s in chosen] == [
        ("UBMTTQ", SelectionStatus.SELECTED),
        ("HCCB", SelectionStatus.SELECTED),
    ]
    assert "đề nghị tặng Cờ thi đua" in chosen[0].explain()


def test_dong_nai_cluster_ii() -> None:
    """Đồng Nai cluster II 2022: 1 flag (Cẩm Mỹ) and 3 Bằng khen out of 6 members."""
    results = _results(
        ("CAM_MY", "50"),
        ("THONG_NHAT", "48"),
        ("TAN_PHU", "47"),
        ("DINH_QUAN", "46"),
        ("VINH_CUU", "44"),
        ("LONG_KHANH", "43"),
    )
    ranking = rank(results)
    flag = leaders(ranking)
    assert [s.unit for s in flag] == ["CAM_MY"]
    proposals = nominations(ranking, quota=Quota(fraction=D("0.5")), exclude={"CAM_MY"})
    assert [s.unit for s in proposals] == ["THONG_NHAT", "TAN_PHU", "DINH_QUAN"]
    assert "không quá 50% số thành viên" in proposals[0].reason


def test_leaders_tie_at_the_edge() -> None:
    ranking = rank(_results(("A", "50"), ("B", "50"), ("C", "40")))
    chosen = leaders(ranking)
    assert [(s.unit, s.status) for s in chosen] == [
        ("A", SelectionStatus.TIED),
        ("B", SelectionStatus.TIED),
    ]
    assert "2 đơn vị cho 1 suất còn lại" in chosen[0].reason
    assert [s.status for s in leaders(ranking, count=2)] == [SelectionStatus.SELECTED] * 2
    with pytest.raises(InvalidValueError):
        leaders(ranking, count=0)
    with pytest.raises(InvalidValueError):
        leaders("ranking")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        leaders([1])  # type: ignore[list-item]
    with pytest.raises(InvalidValueError, match="listed twice"):
        leaders(ranking + ranking)


def test_nominations_min_grade() -> None:
    ranking = rank(_results(("A", "50"), ("B", "45"), ("C", "40"), ("D", "35")))
    grades = {"A": Rating.HTXSNV, "B": Rating.HTTNV, "C": Rating.HTXSNV, "D": Rating.HTXSNV}
    chosen = nominations(
        ranking, quota=Quota(count=2), grades=grades, min_grade=Rating.HTXSNV, scheme=QD366
    )
    assert [s.unit for s in chosen] == ["A", "C"]
    with pytest.raises(InvalidValueError, match="needs grades and scheme"):
        nominations(ranking, quota=Quota(count=2), min_grade=Rating.HTXSNV)
    with pytest.raises(InvalidValueError, match="has no grade"):
        nominations(ranking, quota=Quota(count=2), grades={}, min_grade=Rating.HTXSNV, scheme=QD366)
    with pytest.raises(UnknownCodeError):
        nominations(ranking, quota=Quota(count=2), grades=grades, min_grade=Grade.KHA, scheme=QD366)
    with pytest.raises(InvalidValueError):
        nominations(
            ranking,
            quota=Quota(count=2),
            grades=grades,
            min_grade=Rating.HTNV,
            scheme="QD366",  # type: ignore[arg-type]
        )
    with pytest.raises(InvalidValueError):
        nominations(ranking, quota=2)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        nominations(ranking, quota=Quota(count=2), exclude="A")


@pytest.mark.parametrize(
    ("quota", "members", "places"),
    [
        (Quota(count=3), 6, 3),
        (Quota(count=9), 6, 6),
        (Quota(fraction=D("0.5")), 7, 3),
        (Quota(fraction=D("0.5"), rounding=Rounding.HALF_UP), 7, 4),
        (Quota(fraction=D("0.5"), rounding="up"), 5, 3),  # type: ignore[arg-type]
        (Quota(fraction=D("0.2"), rounding=Rounding.HALF_UP), 7, 1),
        (Quota(fraction=D(0)), 7, 0),
    ],
)
def test_quota_places(quota: Quota, members: int, places: int) -> None:
    assert quota.places(members) == places
    assert from_data(to_data(quota), Quota) == quota


def test_quota_bad() -> None:
    for kwargs in (
        {},
        {"count": 1, "fraction": D("0.5")},
        {"count": -1},
        {"count": True},
        {"fraction": D("1.5")},
        {"fraction": 0.5},
        {"fraction": D("0.5"), "rounding": 1},
    ):
        with pytest.raises(InvalidValueError):
            Quota(**kwargs)
    with pytest.raises(UnknownCodeError):
        Quota(count=1, rounding="sideways")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Quota(count=1).places(-1)
    assert Quota(count=2).describe() == "2 suất"


def test_round_trips() -> None:
    ranking = rank(_results(("A", "50"), ("B", "50")))
    for entry in ranking:
        assert from_data(to_data(entry), Ranked) == entry
    for sel in leaders(ranking):
        assert from_data(to_data(sel), Selection) == sel


# --- properties ---------------------------------------------------------------------------

POINTS = st.decimals(min_value=0, max_value=50, places=2, allow_nan=False, allow_infinity=False)
SUB = st.decimals(min_value=0, max_value=20, places=2, allow_nan=False, allow_infinity=False)
EXTRA = st.decimals(min_value="0.01", max_value=10, places=2)


@st.composite
def sheets(draw: st.DrawFn, unit: str = "X") -> ScoreSheet:
    scores = {"1": draw(POINTS), "2.1": draw(SUB), "2.2": draw(SUB)}
    keep = draw(st.sets(st.sampled_from(sorted(scores))))
    items = []
    if draw(st.booleans()):
        items.append(ScoreItem(criterion="T", points=draw(EXTRA), reason="thưởng"))
    if draw(st.booleans()):
        items.append(ScoreItem(criterion="D", points=draw(EXTRA), reason="trừ"))
    return ScoreSheet(
        unit=unit, agreed_scores={k: v for k, v in scores.items() if k in keep}, items=tuple(items)
    )


@given(sheets())
def test_total_within_bounds(sheet: ScoreSheet) -> None:
    if not sheet.agreed_scores:
        return
    result = score(SIMPLE, sheet)
    assert D(0) <= result.total <= SIMPLE.content_max + SIMPLE.bonus_max
    assert result.total <= SIMPLE.ceiling


@given(
    sheets(), st.sampled_from(["1", "2.1", "2.2"]), st.decimals(min_value=0, max_value=20, places=2)
)
def test_raising_a_criterion_never_lowers(sheet: ScoreSheet, key: str, rise: Decimal) -> None:
    base = dict(sheet.agreed_scores)
    base.setdefault("1", D(0))
    limit = D(50) if key == "1" else D(20)
    before = ScoreSheet(unit="X", agreed_scores=base, items=sheet.items)
    after_points = dict(base)
    after_points[key] = min(limit, after_points.get(key, D(0)) + rise)
    after = ScoreSheet(unit="X", agreed_scores=after_points, items=sheet.items)
    low, high = score(SIMPLE, before), score(SIMPLE, after)
    assert high.total >= low.total
    order = QD366.grades
    assert order.index(classify(QD366, high).grade) <= order.index(classify(QD366, low).grade)


@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=12), st.randoms())
def test_rank_properties(points: list[int], rnd: Any) -> None:
    results = [
        score(SIMPLE, ScoreSheet(unit=f"U{i:02d}", agreed_scores={"1": D(p)}))
        for i, p in enumerate(points)
    ]
    ranking = rank(results)
    assert sorted(r.unit for r in ranking) == sorted(r.unit for r in results)
    by_unit = {r.unit: r for r in ranking}
    for a in ranking:
        for b in ranking:
            if a.total == b.total:
                assert a.rank == b.rank
            elif a.total > b.total:
                assert a.rank < b.rank
    # competition ranking: a rank is 1 + the number of units strictly ahead
    for entry in ranking:
        assert entry.rank == 1 + sum(1 for r in ranking if r.total > entry.total)
    shuffled = list(results)
    rnd.shuffle(shuffled)
    assert rank(shuffled) == ranking
    assert by_unit  # used


@given(st.lists(sheets(), min_size=1, max_size=5), st.randoms())
def test_score_all_order_independent(drawn: list[ScoreSheet], rnd: Any) -> None:
    sheets_ = [
        ScoreSheet(unit=f"U{i}", agreed_scores={**s.agreed_scores, "1": D(1)}, items=s.items)
        for i, s in enumerate(drawn)
    ]
    shuffled = list(sheets_)
    rnd.shuffle(shuffled)
    assert score_all(SIMPLE, shuffled) == score_all(SIMPLE, sheets_)


def test_only_mttq_errors_escape_on_junk() -> None:
    junk: list[Any] = [None, 1, "x", 1.5, [], {}, object(), D("NaN")]
    calls: list[Callable[[Any], object]] = [
        lambda v: score(SIMPLE, v),
        rank,
        lambda v: classify(QD366, v),
        leaders,
        lambda v: ScoreSheet(unit="A", agreed_scores=v),
        lambda v: Criterion(id="a", title="A", max_points=v),
    ]
    for value in junk:
        for call in calls:
            with contextlib.suppress(MttqError):
                call(value)


# --- construction checks, bounds and read-only maps -------------------------------------------


def _evolve(obj: Any, /, **changes: Any) -> Any:
    """attrs.evolve with values of any type (the tests pass wrong ones on purpose)."""
    return attrs.evolve(obj, **changes)


def test_points_are_bounded() -> None:
    for bad in (10**30, D("1e999999"), D(10**6) + 1, D("0.00001"), D("-1e7")):
        with pytest.raises(InvalidValueError, match="max_points"):
            Criterion(id="a", title="A", max_points=bad)
    # trailing zeros do not count as digits
    assert Criterion(id="a", title="A", max_points=D("2.500000")).maximum == D("2.5")
    assert Criterion(id="a", title="A", max_points=D(10**6)).maximum == D(10**6)
    with pytest.raises(InvalidValueError, match="agreed_scores"):
        ScoreSheet(unit="A", agreed_scores={"1": D("1.00001")})
    with pytest.raises(InvalidValueError, match="points"):
        ScoreItem(criterion="T", points=10**7, reason="x")
    with pytest.raises(InvalidValueError, match="minimum"):
        Band(grade=Grade.KHA, minimum=D("1e999999"))
    with pytest.raises(InvalidValueError, match="scale"):
        GradingScheme(
            id="s", title="S", scale=D("1e999999"), bands=(Band(grade=Grade.YEU, minimum=0),)
        )
    for bad in (D("1e999999"), 10**30):
        with pytest.raises(InvalidValueError, match="total"):
            classify(QD366, bad)
        with pytest.raises(InvalidValueError, match="out_of"):
            classify(QD366, 50, out_of=bad)
    # a fraction of members may have more places
    assert Quota(fraction=D("0.333333")).places(9) == 2


def test_huge_criterion_no_longer_crashes_score() -> None:
    # was: accepted, then decimal.DivisionImpossible in score()
    with pytest.raises(InvalidValueError):
        _evolve(SIMPLE.criteria[0], max_points=10**30)


@pytest.mark.parametrize(
    "precision", [None, D("0.5"), D("0.25"), D(10), D("1e-5"), D("NaN"), D("sNaN"), "0.01", 0.01]
)
def test_rubric_precision_is_a_power_of_ten(precision: object) -> None:
    with pytest.raises(InvalidValueError, match="precision"):
        _evolve(SIMPLE, precision=precision)


@pytest.mark.parametrize("precision", [1, D(1), D("0.1"), D("0.010"), D("0.001"), D("0.0001")])
def test_rubric_precisions_accepted(precision: Decimal | int) -> None:
    rubric = _evolve(SIMPLE, precision=precision)
    sheet = ScoreSheet(
        unit="A",
        agreed_scores={"1": 1},
        cross_scores=(
            CrossScore(by="B", scores={"1": D("10.25")}),
            CrossScore(by="C", scores={"1": D("10.5")}),
        ),
    )
    result = score(rubric, sheet, basis="cross-mean")
    assert result.criteria["1"] == D("10.375").quantize(D(precision), rounding="ROUND_HALF_UP")


def test_score_maps_are_read_only_copies() -> None:
    given_scores: dict[str, Decimal | int] = {"1": D(40), "2.1": 10}
    sheet = ScoreSheet(unit="A", agreed_scores=given_scores, self_scores=given_scores)
    given_scores["1"] = D(1)  # the caller's dict is copied
    assert sheet.agreed_scores == {"1": D(40), "2.1": D(10)}
    cross = CrossScore(by="B", scores={"1": 5})
    result = score(SIMPLE, sheet)
    for mapping in (sheet.self_scores, sheet.agreed_scores, cross.scores, result.criteria):
        with pytest.raises(TypeError):
            mapping["1"] = D("1.5")  # type: ignore[index]
        with pytest.raises(TypeError):
            del mapping["1"]  # type: ignore[attr-defined]
        for method in ("clear", "pop", "popitem", "setdefault", "update"):
            with pytest.raises(TypeError):
                getattr(mapping, method)("1")
        with pytest.raises(TypeError):
            mapping |= {"1": D(1)}  # type: ignore[operator]
    assert score(SIMPLE, sheet) == result
    # the read-only maps still behave as values: equal, hashable, picklable, copyable
    assert repr(cross.scores) == "{'1': Decimal('5')}"
    assert cross.scores == {"1": D(5)}
    assert hash(sheet) == hash(
        ScoreSheet(
            unit="A", agreed_scores=dict(sheet.agreed_scores), self_scores=dict(sheet.self_scores)
        )
    )
    assert hash(result) == hash(_evolve(result))
    assert pickle.loads(pickle.dumps(result)) == result
    assert copy.deepcopy(sheet) == sheet
    assert copy.copy(result.criteria) is result.criteria


def test_read_only_maps_round_trip() -> None:
    sheet = ScoreSheet(
        unit="A",
        agreed_scores={"1": D("40.5")},
        cross_scores=(CrossScore(by="B", scores={"1": 41}),),
    )
    result = score(SIMPLE, sheet)
    for value, cls in ((sheet, ScoreSheet), (result, ScoreResult)):
        for fmt in ("json", "toml"):
            back = loads(dumps(value, format=fmt), cls, format=fmt)
            assert back == value
        assert from_data(to_data(value), cls) == value
    back_sheet = loads(dumps(sheet), ScoreSheet)
    with pytest.raises(TypeError):
        back_sheet.agreed_scores["1"] = D(1)  # type: ignore[index]


def _result() -> ScoreResult:
    return score(SIMPLE, ScoreSheet(unit="A", agreed_scores={"1": 40}, self_scores={"1": 41}))


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("unit", None),
        ("rubric", 5),
        ("basis", None),
        ("basis", "nope"),
        ("total", None),
        ("total", 1.5),
        ("total", D("NaN")),
        ("total", True),
        ("criteria", None),
        ("criteria", {"1": "x"}),
        ("criteria", {1: D(1)}),
        ("sections", []),
        ("self_total", "1"),
        ("gap", D("Infinity")),
        ("missing", None),
        ("missing", ("a", 1)),
        ("bonus_items", ("x",)),
        ("nominal_max", None),
    ],
)
def test_score_result_fields_are_type_checked(field: str, bad: object) -> None:
    with pytest.raises(MttqError) as info:
        _evolve(_result(), **{field: bad})
    assert str(info.value).startswith(f"invalid {field}") or field in str(info.value)


def test_result_types_are_type_checked() -> None:
    ranking = rank(_results(("A", "50"), ("B", "40")))
    entry = ranking[0]
    bad: object
    for field, bad in [
        ("unit", None),
        ("rank", None),
        ("rank", 0),
        ("rank", True),
        ("total", "50"),
        ("tied", None),
        ("broken_by", 1),
        ("group", True),
        ("bonus", None),
    ]:
        with pytest.raises(InvalidValueError) as info:
            _evolve(entry, **{field: bad})
        assert info.value.field == field
    chosen = leaders(ranking)[0]
    for field, bad in [("status", None), ("reason", 1), ("rank", "1"), ("group", 5)]:
        with pytest.raises(InvalidValueError) as info:
            _evolve(chosen, **{field: bad})
        assert info.value.field == field
    graded = classify(QD366, 95)
    for field, bad in [
        ("scheme", None),
        ("grade", None),
        ("grade", "xyz"),
        ("total", 1.5),
        ("reasons", "x"),
        ("unchecked", None),
        ("verified", None),
    ]:
        with pytest.raises(MttqError):
            _evolve(graded, **{field: bad})
    # codes and ints are converted, lists become tuples
    again = Ranked(unit="A", rank=1, total=50, broken_by="women-led")  # type: ignore[arg-type]
    assert again.total == D(50)
    assert again.broken_by is TieBreaker.WOMEN_LED
    text = Classification(scheme="s", grade=Grade.KHA, total=D(1), out_of=D(100), reasons=["x"])  # type: ignore[arg-type]
    assert text.reasons == ("x",)


def test_fast_path_builds_complete_valid_values() -> None:
    """score/classify/rank/leaders skip the checks: their values must pass them anyway."""
    sheet = ScoreSheet(
        unit="A",
        agreed_scores={"1": 40, "2.1": 5},
        self_scores={"1": 45},
        items=(
            ScoreItem(criterion="T", points=2, reason="x"),
            ScoreItem(criterion="D", points=1, reason="y"),
        ),
    )
    results = [score(SIMPLE, sheet), *_results(("B", "50"), ("C", "50"))]
    ranking = rank(results, tie_breakers=("higher-bonus",))
    built: list[object] = [
        *results,
        *ranking,
        *leaders(ranking),
        *nominations(ranking, quota=Quota(count=1)),
        classify(QD366, results[0], no_leader_disciplined=True),
        classify(QD366, 10),
    ]
    for value in built:
        assert _evolve(value) == value
        hash(value)
    assert isinstance(results[0].criteria, type(sheet.agreed_scores))


@pytest.mark.parametrize("bad", [None, 5, "abc", {"a": 1}, [None], (1,)])
def test_explain_ranking_refuses_junk(bad: object) -> None:
    with pytest.raises(InvalidValueError, match="ranking"):
        explain_ranking(bad)  # type: ignore[arg-type]
