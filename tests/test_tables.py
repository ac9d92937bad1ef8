"""Invariants shared by every bundled reference table.

Each table is a tuple of frozen attrs values. For every table: codes (or keys) are unique,
every text field is NFC (and free of U+00D0), every record names a non-empty source, date
ranges are ordered, and each record survives ``to_data`` -> ``from_data`` unchanged.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import attrs
import pytest

from mttq.geo import PROVINCES, Province
from mttq.io import from_data, to_data
from mttq.movements import MOVEMENTS, Movement, Pledge, PledgeKind
from mttq.organisations import Level, Organisation, standard_bodies
from mttq.terms import CONGRESSES, PROVINCIAL_CONGRESSES, Congress, Period, Term


def _bodies() -> tuple[Organisation, ...]:
    bodies: list[Organisation] = list(standard_bodies(Level.CENTRAL))
    for level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE):
        bodies.extend(standard_bodies(level))
    for unit in PROVINCES:
        bodies.extend(standard_bodies(Level.PROVINCE, unit.code))
    return tuple(bodies)


def _congress_key(c: Congress) -> str:
    return f"{c.kind.value}/{c.level.value}/{c.province}/{c.ordinal}/{c.term.start_year}"


# (name, records, key of a record, source of a record (None: the table has no sources)).
TABLES: list[tuple[str, tuple[Any, ...], Callable[[Any], str], Callable[[Any], str] | None]] = [
    ("provinces", PROVINCES, lambda p: p.code, lambda p: p.source),
    ("congresses", CONGRESSES, _congress_key, lambda c: c.source),
    ("provincial congresses", PROVINCIAL_CONGRESSES, _congress_key, lambda c: c.source),
    ("movements", MOVEMENTS, lambda m: m.code, lambda m: m.source),
    ("standard bodies", _bodies(), lambda o: o.code, None),
]
IDS = [name for name, *_ in TABLES]
SOURCED = [(name, records, source) for name, records, _, source in TABLES if source is not None]


def _texts(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _texts(getattr(value, field.name))


@pytest.mark.parametrize(("name", "records", "key", "source"), TABLES, ids=IDS)
def test_not_empty_and_unique_keys(
    name: str, records: tuple[Any, ...], key: Callable[[Any], str], source: object
) -> None:
    assert records, name
    keys = [key(r) for r in records]
    assert len(set(keys)) == len(keys), [k for k in keys if keys.count(k) > 1]


@pytest.mark.parametrize(("name", "records", "key", "source"), TABLES, ids=IDS)
def test_text_is_nfc(name: str, records: tuple[Any, ...], key: object, source: object) -> None:
    for record in records:
        for text in _texts(record):
            assert unicodedata.is_normalized("NFC", text), (name, text)
            assert "\u00d0" not in text, (name, text)
            assert text == text.strip(), (name, text)


@pytest.mark.parametrize(("name", "records", "source"), SOURCED, ids=[s[0] for s in SOURCED])
def test_every_record_has_a_source(
    name: str, records: tuple[Any, ...], source: Callable[[Any], str]
) -> None:
    for record in records:
        assert source(record).strip(), (name, record)


@pytest.mark.parametrize(("name", "records", "key", "source"), TABLES, ids=IDS)
def test_codes_are_ascii(name: str, records: tuple[Any, ...], key: object, source: object) -> None:
    for record in records:
        code = getattr(record, "code", None)
        if code is not None:
            assert code.isascii(), code
            assert code == code.lower(), code


def _ranges(record: object) -> Iterable[tuple[date | None, date | None]]:
    if isinstance(record, Province):
        yield record.valid_from, record.valid_to
    if isinstance(record, Congress):
        yield record.opened_on, record.closed_on
        start, end = record.term.start_year, record.term.end_year
        assert start is not None
        assert end is not None
        yield date(start, 1, 1), date(end, 12, 31)
        if record.opened_on is not None:
            assert record.opened_on.year == start
    if isinstance(record, Movement) and record.launched_on is not None:
        assert record.precision is not None
        yield record.launched_on, date(2026, 12, 31)


@pytest.mark.parametrize(("name", "records", "key", "source"), TABLES, ids=IDS)
def test_date_ranges(name: str, records: tuple[Any, ...], key: object, source: object) -> None:
    for record in records:
        for start, end in _ranges(record):
            if start is not None and end is not None:
                assert start <= end, (name, record)


@pytest.mark.parametrize(("name", "records", "key", "source"), TABLES, ids=IDS)
def test_round_trip_through_the_converter(
    name: str, records: tuple[Any, ...], key: object, source: object
) -> None:
    for record in records:
        data = to_data(record)
        assert isinstance(data, dict)
        assert from_data(data, type(record)) == record, (name, record)


def test_round_trip_of_the_other_values() -> None:
    values: list[object] = [
        Term(start_year=2021, end_year=2026),
        Term(ordinal=14),
        Period.quarter(2024, 1),
        Period.school_year(2024),
        Pledge(
            unit="hoi-nd.tinh",
            year=2024,
            kind=PledgeKind.GIAO_UOC,
            movements=("dan-van-kheo",),
            targets=("co-thi-dua-tinh",),
            signed_on=date(2024, 3, 1),
        ),
    ]
    for value in values:
        assert from_data(to_data(value), type(value)) == value


def test_wire_format_of_a_province() -> None:
    data = to_data(PROVINCES[0])
    assert data["kind"] in {"tinh", "thanh-pho"}
    assert to_data(Period.quarter(2024, 1)) == {"kind": "quarter", "start_year": 2024, "index": 1}
    assert to_data(Term(start_year=2021, end_year=2026)) == {
        "start_year": 2021,
        "end_year": 2026,
        "ordinal": None,
    }
