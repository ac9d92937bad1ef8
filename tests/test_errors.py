from __future__ import annotations

import pickle

import pytest

from mttq import errors
from mttq.errors import (
    MAX_SUGGESTION_KEY,
    DataError,
    InvalidValueError,
    MttqError,
    ParseError,
    Problem,
    UnknownCodeError,
    closest,
)

SAMPLES: list[MttqError] = [
    InvalidValueError("head", "HND", "is not a member of the group"),
    ParseError("number", "1.5", "ambiguous"),
    UnknownCodeError("province", "Binh Duongg", ["Bình Dương"]),
    UnknownCodeError("award kind", "xyz"),
    DataError([Problem(path="$.members[3].code", message="expected a string")], source="a.json"),
    DataError([]),
]


def test_every_error_class_is_an_mttq_error_and_a_builtin() -> None:
    classes = [
        obj
        for obj in vars(errors).values()
        if isinstance(obj, type) and issubclass(obj, Exception) and obj is not MttqError
    ]
    assert {c.__name__ for c in classes} == {
        "DataError",
        "InvalidValueError",
        "ParseError",
        "UnknownCodeError",
    }
    for cls in classes:
        assert issubclass(cls, MttqError)
        builtin = [b for b in cls.__mro__ if b.__module__ == "builtins" and b is not object]
        assert any(b not in (Exception, BaseException) for b in builtin), cls


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: type(e).__name__)
def test_errors_pickle_to_an_equal_message(error: MttqError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args


def test_messages_name_the_field_and_the_value() -> None:
    assert "head" in str(SAMPLES[0])
    assert "'HND'" in str(SAMPLES[0])
    assert "'1.5'" in str(SAMPLES[1])
    assert "did you mean" in str(SAMPLES[2])
    assert "did you mean" not in str(SAMPLES[3])
    assert str(SAMPLES[4]) == "a.json: $.members[3].code: expected a string"
    assert str(SAMPLES[5]) == "invalid data"


def test_catchable_as_builtins() -> None:
    with pytest.raises(ValueError, match="cannot parse date"):
        raise ParseError("date", "31/02/2024", "no such day")
    with pytest.raises(LookupError):
        raise UnknownCodeError("province", "X")


def test_long_values_are_shortened() -> None:
    message = str(InvalidValueError("name", "x" * 500, "too long"))
    assert len(message) < 150
    assert message.endswith("...: too long")


def test_data_error_lists_at_most_ten_problems() -> None:
    problems = [Problem(path=f"$[{i}]", message="bad") for i in range(13)]
    text = str(DataError(problems))
    assert text.count("bad") == 10
    assert text.endswith("and 3 more")
    assert DataError(problems).with_source("f.toml").source == "f.toml"


def test_closest_suggests_best_first_and_nothing_for_long_keys() -> None:
    assert closest("hoi ccb", ["ubnd", "hoi ccb tinh", "hoi nd"])[0] == "hoi ccb tinh"
    assert closest("zzz", ["hoi nd"]) == []
    assert closest("x" * (MAX_SUGGESTION_KEY + 1), ["x" * (MAX_SUGGESTION_KEY + 1)]) == []


def test_long_names_are_unknown_without_suggestions() -> None:
    from mttq import geo, movements, organisations, vi

    long_name = "Hội Nông dân " * 50
    for lookup in (geo.province, movements.find, organisations.find, vi.expand):
        with pytest.raises(UnknownCodeError) as info:
            lookup(long_name)
        assert info.value.suggestions == ()


def test_closest_checks_its_arguments() -> None:
    assert closest(None, ["a"]) == []  # type: ignore[arg-type]
    for bad in ({"n": 0}, {"n": None}, {"n": 1.5}, {"n": True}):
        with pytest.raises(InvalidValueError, match="n="):
            closest("a", ["a"], **bad)
    for bad_cutoff in (None, float("nan"), 1.5, -1, "0.5"):
        with pytest.raises(InvalidValueError, match="cutoff="):
            closest("a", ["a"], cutoff=bad_cutoff)  # type: ignore[arg-type]
    for bad_choices in (None, "abc", [1, 2]):
        with pytest.raises(InvalidValueError, match="choices="):
            closest("a", bad_choices)  # type: ignore[arg-type]
