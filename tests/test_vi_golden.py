"""Golden cases of the Vietnamese layer.

``tests/data/vi-public.json`` is the shared golden file (each case names a proposed function,
its input, the expected output, the rule and its source); every case is asserted through a
dispatch table from those names to the :mod:`mttq.vi` API. A case's ``also_accepted`` forms are
accepted only through the option that produces them (``dialect="south"``, ``billion="tỉ"``,
``fraction="digits"``, ``two="nhì"``); forms that no option produces are listed in
``NOT_PRODUCED`` with the reason.

``tests/data/vi-numbers-extra.json`` holds this project's own rows for the numbers layer, each
with the rule it pins.

Modules other than numbers, words and roman are imported inside the dispatch, so a missing
module fails only its own cases.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest

from mttq import errors
from mttq.vi import numbers, roman, words

DATA = Path(__file__).parent / "data"
PUBLIC: list[dict[str, Any]] = json.loads((DATA / "vi-public.json").read_text("utf-8"))
EXTRA: list[dict[str, Any]] = json.loads((DATA / "vi-numbers-extra.json").read_text("utf-8"))

# also_accepted forms that our API deliberately does not produce, with the reason.
NOT_PRODUCED = {
    "một trăm bốn mươi lăm triệu không trăm lẻ một nghìn": "mixes 'lẻ' (South) with 'nghìn' "
    "(North), as ICU RBNF does; dialect='south' says 'lẻ' with 'ngàn'",
    "một nghìn không trăm lẻ một": "mixes 'lẻ' with 'nghìn' (see above)",
}

# Options of our number API that produce an alternative form, per function.
WORD_OPTIONS: Mapping[str, tuple[dict[str, Any], ...]] = {
    "number_to_words": (
        {"dialect": "south"},
        {"billion": "tỉ"},
        {"fraction": "digits"},
        {"four": "bốn"},
    ),
    "ordinal_words": ({"two": "nhì"},),
}


def _api(name: str, *modules: str) -> Callable[..., Any]:
    """Import ``name`` from the first of ``modules`` that defines it."""
    for module in modules:
        try:
            found = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if found is not None:
            return cast("Callable[..., Any]", found)
    pytest.fail(f"{name} is not defined in any of {modules}")


def _dates(name: str) -> Callable[..., Any]:
    return _api(name, "mttq.vi.dates")


def _text(name: str) -> Callable[..., Any]:
    return _api(name, "mttq.vi.text", "mttq.vi.names")


def _names(name: str) -> Callable[..., Any]:
    return _api(name, "mttq.vi.names", "mttq.vi.text")


def _later(find: Callable[[str], Callable[..., Any]], name: str) -> Callable[[Any], Any]:
    """Call ``find(name)`` only when the case runs, so a missing module fails only its cases."""

    def call(value: Any) -> Any:
        return find(name)(value)

    return call


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _words(value: Any, **options: Any) -> str:
    if isinstance(value, dict):
        value = dict(value)
        return words.number_to_words(value.pop("n"), **value, **options)
    return words.number_to_words(value, **options)


def _split_name(text: str) -> dict[str, str]:
    person_name = _names("PersonName")
    parsed = person_name.parse(text)  # type: ignore[attr-defined]
    return {"ho": parsed.family, "dem": parsed.middle, "ten": parsed.given}


def _quarter(value: Any) -> str:
    label = _dates("quarter_label")
    if isinstance(value, dict):
        return cast("str", label(_day(value["date"]), with_year=value.get("with_year", False)))
    return cast("str", label(_day(value)))


def _term(value: Mapping[str, int]) -> str:
    term = _api("Term", "mttq.terms")
    return cast("str", term(start_year=value["start"], end_year=value["end"]).label())


DISPATCH: dict[str, Callable[[Any], Any]] = {
    # numbers, words, roman (this layer)
    "number_to_words": _words,
    "money_to_words": words.money_to_words,
    "ordinal_words": words.ordinal_words,
    "format_number": numbers.format_number,
    "format_year": numbers.format_year,
    "format_percent": lambda v: numbers.format_percent(v["n"], decimals=v["decimals"]),
    "format_vnd": numbers.format_vnd,
    "format_money_compact": lambda v: numbers.format_money(v, compact=True),
    "format_compact_number": numbers.format_compact_number,
    "to_roman": roman.to_roman,
    "from_roman": roman.from_roman,
    "roman_label": lambda v: roman.roman_label(v["prefix"], v["n"]),
    "parse_number": numbers.parse_number,
    # dates
    "format_date_weekday": lambda v: _dates("format_date")(_day(v), style="weekday"),
    "format_date_numeric": lambda v: _dates("format_date")(_day(v), style="numeric"),
    "format_admin_date": lambda v: _dates("format_date")(_day(v), style="admin"),
    "format_datetime": lambda v: _dates("format_datetime")(datetime.fromisoformat(v)),
    "format_place_date": lambda v: _dates("place_date")(v["place"], _day(v["date"])),
    "weekday_name": lambda v: _dates("weekday_name")(_day(v)),
    "weekday_numeric": lambda v: _dates("weekday_name")(_day(v), style="numeric"),
    "weekday_abbr": lambda v: _dates("weekday_name")(_day(v), style="abbr"),
    "quarter_label": _quarter,
    "parse_date": _later(_dates, "parse_date"),
    "parse_datetime": _later(_dates, "parse_datetime"),
    # text and names
    "sort_vi": _later(_text, "sort"),
    "sort_by_given_name": _later(_names, "sort_by_given_name"),
    "split_name": _split_name,
    "remove_accents": _later(_text, "remove_accents"),
    "fold": _later(_text, "fold"),
    "slugify": _later(_text, "slugify"),
    "normalize_nfc": _later(_text, "normalize"),
    # terms
    "term_label": _term,
}


def _expected(case: Mapping[str, Any]) -> Any:
    """The expected value of a public case, as the type our API returns."""
    expected = case["expected"]
    function = case["function"]
    if function == "parse_number":
        return Decimal(str(expected))
    if function == "parse_date":
        return date.fromisoformat(expected)
    if function == "parse_datetime":
        return datetime.fromisoformat(expected)
    if isinstance(expected, list):
        return list(expected)
    return expected


def _case_id(case: Mapping[str, Any]) -> str:
    return f"{case['function']}:{json.dumps(case['input'], ensure_ascii=False)[:40]}"


def test_public_file_is_complete() -> None:
    assert len(PUBLIC) == 111
    assert {case["function"] for case in PUBLIC} <= set(DISPATCH)


@pytest.mark.parametrize("case", PUBLIC, ids=_case_id)
def test_public_case(case: dict[str, Any]) -> None:
    result = DISPATCH[case["function"]](case["input"])
    if isinstance(result, tuple):
        result = list(result)
    assert result == _expected(case), case["why"]


_ALTERNATIVES = [
    (case, alt)
    for case in PUBLIC
    if case["function"] in WORD_OPTIONS
    for alt in case.get("also_accepted", ())
]


@pytest.mark.parametrize(("case", "alt"), _ALTERNATIVES, ids=lambda x: str(x)[:30])
def test_public_also_accepted(case: dict[str, Any], alt: str) -> None:
    """Each alternative form is produced by one of our options, or is deliberately not."""
    function = case["function"]
    produced = []
    for options in WORD_OPTIONS[function]:
        if function == "number_to_words":
            result = _words(case["input"], **options)
        else:
            result = words.ordinal_words(case["input"], **options)
        if result == alt:
            produced.append(options)
    if alt in NOT_PRODUCED:
        assert not produced
    else:
        assert len(produced) == 1, (alt, produced)


def test_public_refuses_ambiguous_number() -> None:
    """``1.5`` is refused (policy of the golden file's R-PARSENUM rule)."""
    with pytest.raises(errors.ParseError):
        numbers.parse_number("1.5")


# --------------------------------------------------------------------------- own rows

EXTRA_API: dict[str, Callable[..., Any]] = {
    "number_to_words": words.number_to_words,
    "money_to_words": words.money_to_words,
    "ordinal_words": words.ordinal_words,
    "format_number": numbers.format_number,
    "format_year": numbers.format_year,
    "format_percent": numbers.format_percent,
    "format_vnd": numbers.format_vnd,
    "format_money": numbers.format_money,
    "format_compact_number": numbers.format_compact_number,
    "parse_number": numbers.parse_number,
    "to_roman": roman.to_roman,
    "from_roman": roman.from_roman,
    "roman_label": roman.roman_label,
}


def _value(data: Any) -> Any:
    """Decode ``{"decimal": "1.5"}`` into a Decimal; leave other JSON values as they are."""
    if isinstance(data, dict) and set(data) == {"decimal"}:
        return Decimal(data["decimal"])
    return data


@pytest.mark.parametrize("row", EXTRA, ids=lambda r: f"{r['function']}:{str(r['args'])[:30]}")
def test_extra_row(row: dict[str, Any]) -> None:
    assert row["rule"]
    function = EXTRA_API[row["function"]]
    args = [_value(arg) for arg in row["args"]]
    kwargs = row.get("kwargs", {})
    if "raises" in row:
        with pytest.raises(getattr(errors, row["raises"])):
            function(*args, **kwargs)
    else:
        assert function(*args, **kwargs) == _value(row["expected"]), row["rule"]
