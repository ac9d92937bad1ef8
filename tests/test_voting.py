"""Tests of mttq.voting: anonymous ballots and tallies against the full membership."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, MttqError, UnknownCodeError
from mttq.io import from_data, to_data
from mttq.voting import (
    EIGHTY_PERCENT,
    NINETY_PERCENT,
    TWO_THIRDS,
    Ballot,
    CandidateVotes,
    Fallback,
    Outcome,
    Ratio,
    Tally,
    tally,
)


def _ballots(**counts: int) -> list[Ballot]:
    out: list[Ballot] = []
    for name, n in counts.items():
        out += [Ballot(approve=(name,))] * n
    return out


def test_full_membership_is_the_denominator() -> None:
    # 8 of 10 present all approve: 80% of the full membership -> passes at 80%
    result = tally(_ballots(A=8), candidates=("A",), members=10, threshold=EIGHTY_PERCENT)
    assert result.elected == ("A",)
    assert result.results[0].percent == Decimal("80.00")
    # 7 of 7 present is 100% of those present but only 70% of all members -> fails
    short = tally(_ballots(A=7), candidates=("A",), members=10, threshold=EIGHTY_PERCENT)
    assert short.outcome is Outcome.NO_MAJORITY
    assert not short.results[0].passed


def test_written_votes_count() -> None:
    result = tally(
        _ballots(A=7),
        candidates=("A",),
        members=9,
        threshold=EIGHTY_PERCENT,
        written_votes=_ballots(A=1),
    )
    assert (result.cast, result.written, result.votes("A")) == (7, 1, 8)
    assert result.outcome is Outcome.ELECTED
    text = result.explain()
    assert "Số phiếu: 7 tại hội nghị, 1 bằng văn bản, 0 không hợp lệ." in text
    assert "- A: 8 phiếu (88,89% tổng số thành viên), đạt." in text


def test_ninety_percent_edge() -> None:
    assert tally(_ballots(A=9), candidates=("A",), members=10, threshold=NINETY_PERCENT).elected
    assert not tally(_ballots(A=8), candidates=("A",), members=10, threshold=NINETY_PERCENT).elected


def test_associations_bloc_2017_three_candidates() -> None:
    """2017 associations bloc: secret ballot among 3 shortlisted units, one chosen."""
    ballots = _ballots(KHKT=7, CTD=3, NHA_BAO=1)
    result = tally(
        ballots,
        candidates=("KHKT", "CTD", "NHA_BAO"),
        members=11,
        threshold=Fraction(1, 2),
        max_choices=1,
    )
    assert result.elected == ("KHKT",)
    assert [r.candidate for r in result.results] == ["KHKT", "CTD", "NHA_BAO"]


def test_no_majority_then_second_round_then_heads() -> None:
    first = tally(
        _ballots(A=4, B=4, C=1), candidates=("A", "B", "C"), members=9, threshold=EIGHTY_PERCENT
    )
    assert first.outcome is Outcome.NO_MAJORITY
    assert first.fallback is Fallback.SECOND_ROUND
    assert first.runoff == ("A", "B")
    assert "Bỏ phiếu vòng hai giữa: A, B." in first.explain()
    second = tally(
        _ballots(A=5, B=4),
        candidates=first.runoff,
        members=9,
        threshold=EIGHTY_PERCENT,
        round=2,
    )
    assert second.outcome is Outcome.NO_MAJORITY
    assert second.fallback is Fallback.HEAD_AND_DEPUTY
    assert second.runoff == ()
    assert "Trưởng khối/cụm cùng Phó Trưởng khối/cụm quyết định (ghi vào biên bản)" in (
        second.explain()
    )
    chair = tally(
        _ballots(A=5),
        candidates=("A", "B"),
        members=9,
        threshold=EIGHTY_PERCENT,
        round=2,
        final_fallback=Fallback.CHAIR,
    )
    assert chair.fallback is Fallback.CHAIR


def test_runoff_keeps_ties_for_second() -> None:
    result = tally(
        _ballots(A=4, B=2, C=2), candidates=("A", "B", "C"), members=9, threshold=EIGHTY_PERCENT
    )
    assert result.runoff == ("A", "B", "C")


def test_tie_among_passing_candidates() -> None:
    ballots = [Ballot(approve=("A", "B"))] * 9
    result = tally(ballots, candidates=("A", "B"), members=10, threshold=EIGHTY_PERCENT)
    assert result.outcome is Outcome.TIE
    assert result.tied == ("A", "B")
    assert result.elected == ()
    assert result.fallback is Fallback.SECOND_ROUND
    assert result.runoff == ("A", "B")
    assert "Bằng phiếu ở suất cuối: A, B." in result.explain()
    again = tally(ballots, candidates=("A", "B"), members=10, threshold=EIGHTY_PERCENT, round=2)
    assert again.fallback is Fallback.HEAD_AND_DEPUTY


def test_several_places() -> None:
    ballots = [Ballot(approve=("A", "B", "C"))] * 8 + [Ballot(approve=("A", "B"))]
    result = tally(
        ballots, candidates=("A", "B", "C"), members=9, threshold=EIGHTY_PERCENT, places=2
    )
    assert result.elected == ("A", "B")
    assert result.outcome is Outcome.ELECTED
    tie = tally(
        [Ballot(approve=("A", "B", "C"))] * 9,
        candidates=("A", "B", "C"),
        members=9,
        threshold=EIGHTY_PERCENT,
        places=2,
    )
    assert (tie.outcome, tie.tied) == (Outcome.TIE, ("A", "B", "C"))
    partial = tally(
        [Ballot(approve=("A", "B"))] * 8 + [Ballot(approve=("A",))],
        candidates=("A", "B", "C"),
        members=9,
        threshold=EIGHTY_PERCENT,
        places=2,
    )
    assert (partial.outcome, partial.elected) == (Outcome.ELECTED, ("A", "B"))


def test_quorum() -> None:
    result = tally(
        _ballots(A=5),
        candidates=("A",),
        members=9,
        threshold=Fraction(1, 2),
        quorum=TWO_THIRDS,
    )
    assert result.outcome is Outcome.NO_QUORUM
    assert not result.quorum_met
    assert not result.results[0].passed
    assert "không đủ 66,67% theo quy định" in result.explain()
    ok = tally(
        _ballots(A=6),
        candidates=("A",),
        members=9,
        threshold=Fraction(1, 2),
        quorum=TWO_THIRDS,
    )
    assert ok.quorum_met
    assert ok.elected == ("A",)


def test_spoiled_and_over_choice_ballots() -> None:
    ballots = [
        *_ballots(A=7),
        Ballot(spoiled=True),
        Ballot(approve=("A", "B")),
    ]
    result = tally(
        ballots, candidates=("A", "B"), members=9, threshold=EIGHTY_PERCENT, max_choices=1
    )
    assert result.spoiled == 2
    assert result.votes("A") == 7
    assert result.outcome is Outcome.NO_MAJORITY


def test_no_voter_identity_anywhere() -> None:
    result = tally(_ballots(A=3), candidates=("A",), members=3, threshold=EIGHTY_PERCENT)
    data = to_data(result)
    assert set(data) == {
        "round",
        "members",
        "present",
        "cast",
        "written",
        "spoiled",
        "threshold",
        "quorum",
        "quorum_met",
        "places",
        "results",
        "outcome",
        "elected",
        "tied",
        "fallback",
        "runoff",
    }
    assert from_data(data, Tally) == result
    assert set(to_data(Ballot(approve=("A",)))) == {"approve", "spoiled"}


def test_bad_input() -> None:
    with pytest.raises(InvalidValueError, match="more ballots than the 3 members"):
        tally(_ballots(A=4), candidates=("A",), members=3, threshold=EIGHTY_PERCENT)
    with pytest.raises(InvalidValueError, match="more ballots"):
        tally(
            _ballots(A=3),
            candidates=("A",),
            members=3,
            threshold=EIGHTY_PERCENT,
            written_votes=_ballots(A=1),
        )
    with pytest.raises(UnknownCodeError):
        tally(_ballots(Z=1), candidates=("A",), members=3, threshold=EIGHTY_PERCENT)
    bad_calls: list[dict[str, Any]] = [
        {"members": 0},
        {"members": "9"},
        {"threshold": 0.8},
        {"threshold": Fraction(0)},
        {"threshold": Fraction(3, 2)},
        {"threshold": Decimal("NaN")},
        {"round": 3},
        {"round": 0},
        {"places": 0},
        {"candidates": ()},
        {"candidates": "AB"},
        {"candidates": ("A", "A")},
        {"candidates": ("A", "")},
        {"present": 1},
        {"present": 10},
        {"max_choices": 0},
        {"final_fallback": Fallback.SECOND_ROUND},
        {"final_fallback": "chair"},
        {"quorum": 2},
    ]
    for change in bad_calls:
        kwargs: dict[str, Any] = {"candidates": ("A",), "members": 9, "threshold": EIGHTY_PERCENT}
        kwargs.update(change)
        with pytest.raises(InvalidValueError):
            tally(_ballots(A=2), **kwargs)
    with pytest.raises(InvalidValueError):
        tally("ballots", candidates=("A",), members=3, threshold=EIGHTY_PERCENT)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        tally(["x"], candidates=("A",), members=3, threshold=EIGHTY_PERCENT)  # type: ignore[list-item]
    with pytest.raises(InvalidValueError):
        Ballot(approve=("A", "A"))
    with pytest.raises(InvalidValueError):
        Ballot(approve=(1,))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Ballot(spoiled=1)  # type: ignore[arg-type]
    assert Ballot(approve=["A"]).approve == ("A",)  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError):
        tally(_ballots(A=1), candidates=("A",), members=3, threshold=EIGHTY_PERCENT).votes("B")


def test_ratio() -> None:
    assert Ratio.of(Decimal("0.8")) == EIGHTY_PERCENT
    assert Ratio.of(1) == Ratio(numerator=1, denominator=1)
    assert str(NINETY_PERCENT) == "9/10"
    assert NINETY_PERCENT.as_fraction() == Fraction(9, 10)
    for kwargs in (
        {"numerator": 1, "denominator": 0},
        {"numerator": 2, "denominator": 1},
        {"numerator": True, "denominator": 1},
    ):
        with pytest.raises(InvalidValueError):
            Ratio(**kwargs)


@st.composite
def elections(draw: st.DrawFn) -> tuple[list[Ballot], tuple[str, ...], int]:
    candidates = tuple(f"C{i}" for i in range(draw(st.integers(1, 4))))
    members = draw(st.integers(1, 15))
    n = draw(st.integers(0, members))
    ballots = [
        Ballot(
            approve=tuple(draw(st.sets(st.sampled_from(candidates)))),
            spoiled=draw(st.booleans()) and draw(st.booleans()),
        )
        for _ in range(n)
    ]
    return ballots, candidates, members


@given(elections(), st.randoms(), st.sampled_from([EIGHTY_PERCENT, NINETY_PERCENT, TWO_THIRDS]))
def test_tally_properties(
    case: tuple[list[Ballot], tuple[str, ...], int], rnd: Any, need: Ratio
) -> None:
    ballots, candidates, members = case
    result = tally(ballots, candidates=candidates, members=members, threshold=need)
    for entry in result.results:
        assert 0 <= entry.votes <= members
        assert entry.votes <= len(ballots)
        assert entry.passed == (Fraction(entry.votes, members) >= need.as_fraction())
    assert len(result.elected) <= result.places
    shuffled = list(ballots)
    rnd.shuffle(shuffled)
    assert tally(shuffled, candidates=candidates, members=members, threshold=need) == result


def test_only_mttq_errors_on_junk() -> None:
    for junk in (None, 1, "x", 1.5, [None], {}, object()):
        with contextlib.suppress(MttqError):
            tally(junk, candidates=("A",), members=3, threshold=EIGHTY_PERCENT)  # type: ignore[arg-type]
        with contextlib.suppress(MttqError):
            tally([], candidates=("A",), members=3, threshold=junk)  # type: ignore[arg-type]


# --- construction checks ---------------------------------------------------------------------


def _evolve(obj: Any, /, **changes: Any) -> Any:
    """attrs.evolve with values of any type (the tests pass wrong ones on purpose)."""
    return attrs.evolve(obj, **changes)


def _tally() -> Tally:
    ballots = [Ballot(approve=("A",))] * 4 + [Ballot(approve=("B",))]
    return tally(ballots, candidates=("A", "B"), members=5, threshold=Fraction(1, 2))


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("round", None),
        ("round", 3),
        ("round", 0),
        ("round", True),
        ("members", "5"),
        ("present", -1),
        ("cast", 1.0),
        ("written", None),
        ("spoiled", -2),
        ("threshold", None),
        ("threshold", Fraction(1, 2)),
        ("quorum", 1),
        ("quorum_met", None),
        ("places", None),
        ("results", None),
        ("results", ("A",)),
        ("outcome", None),
        ("outcome", "nope"),
        ("elected", "A"),
        ("tied", None),
        ("fallback", 1),
        ("runoff", (1,)),
    ],
)
def test_tally_fields_are_type_checked(field: str, bad: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        _evolve(_tally(), **{field: bad})
    assert info.value.field.startswith(field)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("candidate", None),
        ("votes", None),
        ("votes", -1),
        ("votes", True),
        ("percent", 1.5),
        ("percent", Decimal("NaN")),
        ("percent", Decimal(101)),
        ("passed", None),
    ],
)
def test_candidate_votes_fields_are_type_checked(field: str, bad: object) -> None:
    entry = _tally().results[0]
    with pytest.raises(InvalidValueError) as info:
        _evolve(entry, **{field: bad})
    assert info.value.field == field


def test_tally_values_rebuild_and_convert() -> None:
    result = _tally()
    assert _evolve(result) == result
    assert all(_evolve(r) == r for r in result.results)
    hash(result)
    again = _evolve(result, outcome="elected", elected=["A"])
    assert again.outcome is Outcome.ELECTED
    assert again.elected == ("A",)
    assert CandidateVotes(candidate="A", votes=1, percent=50, passed=True).percent == Decimal(50)  # type: ignore[arg-type]
