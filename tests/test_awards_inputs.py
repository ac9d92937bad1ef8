"""CheckInput: a batch of award checks as one value, refused at its exact place."""

from __future__ import annotations

import pytest

from mttq.awards import CheckInput
from mttq.awards.history import Attestation, History, Recipient, YearRating
from mttq.codes import Rating
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.io import from_data, to_data


def _history(rid: str, criterion: str = "ldtt-tinh-than") -> History:
    return History(
        recipient=Recipient(id=rid),
        ratings=(YearRating(year=2025, rating=Rating.HTTNV),),
        attestations=(Attestation(year=2025, criterion=criterion),),
    )


def test_runs_every_history_in_order() -> None:
    data = CheckInput(
        kind="Lao động tiên tiến", year=2025, histories=(_history("a"), _history("b"))
    )
    assert [d.recipient for d in data.run()] == ["a", "b"]
    assert from_data(to_data(data), CheckInput) == data


def test_an_unknown_kind_is_refused_even_without_histories() -> None:
    with pytest.raises(UnknownCodeError) as info:
        CheckInput(kind="lao-dong-tien-tienn", year=2025, histories=())
    assert info.value.where == ("kind",)


def test_no_history_is_an_error() -> None:
    with pytest.raises(InvalidValueError, match="no history to check") as info:
        CheckInput(kind="ldtt", year=2025)
    assert info.value.where == ("histories",)


def test_two_histories_of_one_recipient() -> None:
    with pytest.raises(InvalidValueError, match="recipient listed twice") as info:
        CheckInput(kind="ldtt", year=2025, histories=(_history("a"), _history("a")))
    assert info.value.where == ("histories", 1)


def test_a_misspelt_criterion_is_refused_with_a_suggestion() -> None:
    data = CheckInput(
        kind="ldtt", year=2025, histories=(_history("a"), _history("b", "ldtt-tinh-thanh"))
    )
    with pytest.raises(UnknownCodeError) as info:
        data.run()
    assert info.value.where == ("histories", 1, "attestations", 0, "criterion")
    assert "ldtt-tinh-than" in info.value.suggestions


def test_a_history_error_is_located_in_the_input() -> None:
    late = History(
        recipient=Recipient(id="a"), ratings=(YearRating(year=2026, rating=Rating.HTTNV),)
    )
    with pytest.raises(InvalidValueError) as info:
        CheckInput(kind="ldtt", year=2025, histories=(_history("x"), late)).run()
    assert info.value.where[:2] == ("histories", 1)


@pytest.mark.parametrize("year", [2026.0, "2025", True, 1899])
def test_the_year_is_strict(year: object) -> None:
    with pytest.raises(InvalidValueError):
        CheckInput(kind="ldtt", year=year, histories=(_history("a"),))  # type: ignore[arg-type]
