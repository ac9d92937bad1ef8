"""Tests of mttq.scoring.national: the bundled grading schemes, their dates and sources."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mttq.codes import Rating
from mttq.errors import InvalidValueError
from mttq.io import from_data, to_data
from mttq.scoring import Grade, GradingScheme, classify
from mttq.scoring.national import (
    MTTQ_LEVELS,
    QD366,
    SCHEMES,
    TRADE_UNION,
    mttq_levels_scheme,
    qd366_scheme,
)

D = Decimal


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
    ],
)
def test_qd366_golden(total: str, grade: Rating) -> None:
    assert classify(QD366, D(total)).grade is grade


def test_qd366_metadata() -> None:
    assert QD366.effective_from == date(2025, 8, 30)
    assert "366-QĐ/TW" in QD366.source
    assert "124-QĐ/TW" in QD366.source
    assert [b.verified for b in QD366.bands] == [True, True, True, False]
    keys = [c.key for c in QD366.bands[0].requires]
    assert "no_leader_disciplined" in keys
    assert qd366_scheme(below_50=Rating.KHTNV) == QD366
    with pytest.raises(InvalidValueError, match="twice"):
        qd366_scheme(below_50=Rating.HTNV)
    with pytest.raises(InvalidValueError):
        qd366_scheme(below_50="khtnv")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        ("85", Grade.VUNG_MANH),
        ("84.99", Grade.KHA),
        ("70", Grade.KHA),
        ("69.99", Grade.TRUNG_BINH),
        ("50", Grade.TRUNG_BINH),
        ("49.99", Grade.YEU),
    ],
)
def test_trade_union_golden(total: str, grade: Grade) -> None:
    assert classify(TRADE_UNION, D(total)).grade is grade


def test_trade_union_condition() -> None:
    # >= 85 but a standard below half of its maximum: Khá
    assert classify(TRADE_UNION, 90, no_standard_below_half=False).grade is Grade.KHA


def test_mttq_levels() -> None:
    assert [b.grade for b in MTTQ_LEVELS.bands] == [
        Grade.XUAT_SAC,
        Grade.MANH,
        Grade.KHA,
        Grade.TRUNG_BINH,
    ]
    assert all(not b.verified for b in MTTQ_LEVELS.bands)
    assert classify(MTTQ_LEVELS, 90).grade is Grade.XUAT_SAC
    assert classify(MTTQ_LEVELS, D("89.5")).grade is Grade.MANH
    custom = mttq_levels_scheme(excellent=95, strong=80, fair=60, below=Grade.YEU)
    assert classify(custom, 94).grade is Grade.MANH
    assert classify(custom, 10).grade is Grade.YEU
    with pytest.raises(InvalidValueError):
        mttq_levels_scheme(below=Grade.KHA)
    with pytest.raises(InvalidValueError):
        mttq_levels_scheme(excellent=50, strong=70)


def test_every_scheme_round_trips_and_is_sourced() -> None:
    assert {s.id for s in SCHEMES} == {"qd366-2025", "cong-doan-co-so", "mttq-levels"}
    for scheme in SCHEMES:
        assert scheme.source
        assert scheme.notes
        assert from_data(to_data(scheme), GradingScheme) == scheme


def test_classify_is_monotone_for_every_scheme() -> None:
    for scheme in SCHEMES:
        order = scheme.grades
        previous = len(order)
        for step in range(1101):
            grade = classify(scheme, D(step) / 10).grade
            assert order.index(grade) <= previous
            previous = order.index(grade)
