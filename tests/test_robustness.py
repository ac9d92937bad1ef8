"""Junk fed to every parser, lookup and loader: only MttqError subclasses may escape.

The contract of python-stdnum's robustness test, applied to the whole public surface that reads
text or data: whatever the input (random Unicode, control characters, 10 KB strings, mixed
scripts, values of the wrong type), a call either returns or raises a subclass of
:class:`mttq.MttqError`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mttq
from mttq import geo, movements, organisations, vi
from mttq.codes import Level, OrgKind, Rating
from mttq.documents import DocumentRef
from mttq.errors import MttqError
from mttq.io import from_data, loads
from mttq.terms import Period, Term

PARSERS: dict[str, Callable[[Any], object]] = {
    "vi.parse_number": vi.parse_number,
    "vi.parse_date": vi.parse_date,
    "vi.parse_datetime": vi.parse_datetime,
    "vi.from_roman": vi.from_roman,
    "vi.number_to_words": vi.number_to_words,
    "vi.money_to_words": vi.money_to_words,
    "vi.expand": vi.expand,
    "vi.PersonName.parse": vi.PersonName.parse,
    "vi.normalize": vi.normalize,
    "vi.fold": vi.fold,
    "vi.slugify": vi.slugify,
    "vi.remove_accents": vi.remove_accents,
    "vi.sort_key": vi.sort_key,
    "DocumentRef.parse": DocumentRef.parse,
    "DocumentRef.find_all": DocumentRef.find_all,
    "Term.parse": Term.parse,
    "Period.parse": Period.parse,
    "geo.province": geo.province,
    "geo.successor": geo.successor,
    "geo.predecessors": geo.predecessors,
    "organisations.find": organisations.find,
    "movements.find": movements.find,
    "Level.parse": Level.parse,
    "OrgKind.parse": OrgKind.parse,
    "Rating.parse": Rating.parse,
    "vi.format_number": vi.format_number,
    "vi.format_money": vi.format_money,
    "vi.to_roman": vi.to_roman,
    "vi.format_date": vi.format_date,
}

LOADED_TYPES: list[type] = [
    mttq.ReviewInput,
    mttq.GroupYear,
    mttq.Rubric,
    mttq.ScoreSheet,
    mttq.History,
    mttq.Organisation,
    mttq.Term,
    mttq.DocumentRef,
]

NASTY: list[object] = [
    "",
    " ",
    "\x00",
    "\u00a0\u202f\t\n",
    "1.5",
    "1..2",
    "--1",
    "31/02/2024",
    "Thứ 9, 99/99/9999",
    "ngày 32 tháng 13 năm 0",
    "IIII",
    "MMMM",
    "Số: /",
    "/QĐ-",
    "nhiệm kỳ 2026-2021",
    "quý V/2024",
    "a" * 10_000,
    "9" * 10_000,
    "1." * 5_000,
    "[" * 10_000,
    "Đ\u0300\u0301\u0302" * 2_000,
    "漢字 العربية Ελληνικά тест 🎉",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    None,
    0,
    -1,
    10**400,
    1.5,
    float("nan"),
    Decimal("NaN"),
    Decimal("-Infinity"),
    b"bytes",
    ["list"],
    {"a": 1},
    date(2024, 1, 1),
    object(),
    True,
]


def call(function: Callable[[Any], object], value: object) -> None:
    with contextlib.suppress(MttqError):
        function(value)


@pytest.mark.parametrize("name", sorted(PARSERS))
@pytest.mark.parametrize("value", NASTY, ids=lambda v: type(v).__name__ + str(len(repr(v))))
def test_nasty_values(name: str, value: object) -> None:
    call(PARSERS[name], value)


junk = st.one_of(
    st.text(max_size=60),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=300),
    st.text(alphabet="0123456789.,-+/ :IVXLCDMivxĐđThứngàyquý\u00a0", max_size=40),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)


@pytest.mark.parametrize("name", sorted(PARSERS))
@given(text=junk)
def test_random_text(name: str, text: str) -> None:
    call(PARSERS[name], text)


json_junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10) | st.floats(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@pytest.mark.parametrize("cls", LOADED_TYPES, ids=lambda c: c.__name__)
@given(data=json_junk)
def test_random_data(cls: type, data: object) -> None:
    with contextlib.suppress(MttqError):
        from_data(data, cls)


@pytest.mark.parametrize("cls", LOADED_TYPES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("fmt", ["json", "toml"])
@given(text=st.text(max_size=200))
def test_random_files(cls: type, fmt: str, text: str) -> None:
    with contextlib.suppress(MttqError):
        loads(text, cls, format=fmt)  # type: ignore[call-overload]
