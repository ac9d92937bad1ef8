"""Benchmark of the Vietnamese layer against babel and num2words, in one run.

Run it as a script::

    python benchmarks/vi_bench.py            # full run (100,000 values for the identity check)
    python benchmarks/vi_bench.py --quick    # a smaller, faster run

It prints the per-call time (best of 5 timeit repeats, in microseconds) of each mttq function
beside the library it replaces, and their ratio; then checks that ``format_number`` writes the
same string as babel's ``format_decimal(x, locale="vi")`` on 100,000 random values (ints,
floats and Decimals); then does the same on what reports hold (ints up to ±10^12 and
Decimals with two places); then times ``sort`` of 10,000 generated Vietnamese names. Targets:
``format_number`` >= 10x babel, ``number_to_words`` >= 2x num2words, sorting 10,000 names
< 100 ms. The exit status is 1 if the identity check fails.
"""

from __future__ import annotations

import gc
import importlib
import random
import sys
import time
import timeit
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_compact_decimal, format_decimal
from num2words import num2words

from mttq.vi.numbers import format_money, format_number
from mttq.vi.words import number_to_words

VI = Locale("vi")
Row = tuple[str, float, str, float | None]


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """Return ``module.name`` if it can be imported, else None."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def per_call(func: Callable[[], object], repeat: int = 5) -> float:
    """Best per-call CPU time of ``func`` in microseconds (robust to other load)."""
    timer = timeit.Timer(func, timer=time.process_time)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number * 1e6


def random_values(count: int, seed: int) -> list[int | float | Decimal]:
    """Random ints, floats and Decimals of many magnitudes (at most 28 significant digits)."""
    rng = random.Random(seed)
    values: list[int | float | Decimal] = []
    for _ in range(count):
        kind = rng.randrange(3)
        if kind == 0:
            values.append(rng.randint(-(10 ** rng.randint(1, 18)), 10 ** rng.randint(1, 18)))
        elif kind == 1:
            values.append(rng.uniform(-1, 1) * 10 ** rng.randint(-4, 15))
        else:
            values.append(Decimal(rng.randint(-(10**15), 10**15)).scaleb(-rng.randint(0, 6)))
    return values


def identity_check(count: int) -> tuple[int, list[str], float, float]:
    """Compare format_number with babel on ``count`` random values.

    Returns (number of differing outputs, a few examples, best CPU seconds of three runs for
    mttq and for babel).
    """
    values = random_values(count, seed=20240227)
    ours: list[str] = []
    theirs: list[str] = []
    ours_seconds = theirs_seconds = float("inf")
    gc.disable()  # as timeit does
    try:
        for _ in range(3):  # best of three runs, as timeit's repeat
            started = time.process_time()
            ours = [format_number(value) for value in values]
            ours_seconds = min(ours_seconds, time.process_time() - started)
            started = time.process_time()
            theirs = [format_decimal(value, locale="vi") for value in values]
            theirs_seconds = min(theirs_seconds, time.process_time() - started)
    finally:
        gc.enable()
    differing = [
        f"{value!r}: mttq {a!r} babel {b!r}"
        for value, a, b in zip(values, ours, theirs, strict=True)
        if a != b
    ]
    return len(differing), differing[:5], ours_seconds, theirs_seconds


def report_values(count: int, seed: int) -> list[int | Decimal]:
    """What reports hold: ints up to ±10^12 and Decimals with two places (points, shares)."""
    rng = random.Random(seed)
    values: list[int | Decimal] = []
    for _ in range(count):
        if rng.randrange(2):
            values.append(rng.randint(-(10 ** rng.randint(1, 12)), 10 ** rng.randint(1, 12)))
        else:
            values.append(Decimal(rng.randint(-(10 ** rng.randint(1, 10)), 10**10)).scaleb(-2))
    return values


def report_mix(count: int) -> tuple[int, float, float]:
    """format_number against babel on what reports hold: (differences, best mttq s, babel s)."""
    values = report_values(count, seed=20261204)
    ours: list[str] = []
    theirs: list[str] = []
    ours_seconds = theirs_seconds = float("inf")
    gc.disable()
    try:
        for _ in range(3):  # best of three, mttq and babel in turn
            started = time.process_time()
            ours = [format_number(value) for value in values]
            ours_seconds = min(ours_seconds, time.process_time() - started)
            started = time.process_time()
            theirs = [format_decimal(value, locale="vi") for value in values]
            theirs_seconds = min(theirs_seconds, time.process_time() - started)
    finally:
        gc.enable()
    differing = sum(1 for a, b in zip(ours, theirs, strict=True) if a != b)
    return differing, ours_seconds, theirs_seconds


FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tôn Nữ", "Âu Dương")  # fmt: skip
MIDDLE = ("Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Ngọc", "Quốc", "Thu", "Hoài", "")
GIVEN = ("An", "Anh", "Ánh", "Bảo", "Bình", "Châu", "Cường", "Dũng", "Dương", "Đạt", "Giang",
         "Hà", "Hải", "Hạnh", "Hòa", "Hoà", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
         "Mai", "Minh", "Nam", "Ngân", "Nhung", "Phúc", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo",
         "Thủy", "Trang", "Tú", "Uyên", "Ưng", "Vy", "Yến")  # fmt: skip


def names(count: int, seed: int) -> list[str]:
    """``count`` generated full names."""
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        parts = (rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(MIDDLE), rng.choice(GIVEN))
        result.append(" ".join(p for p in parts if p))
    return result


def ratio(ours: float, theirs: float | None) -> str:
    """``theirs / ours`` as ``12.3x`` (how many times faster mttq is)."""
    return "" if theirs is None else f"{theirs / ours:.1f}x"


def main(argv: list[str]) -> int:
    """Run the benchmark and print the tables."""
    quick = "--quick" in argv
    day = date(2018, 7, 5)
    rows: list[Row] = []

    big = 2_500_000_000
    rows.append(
        (
            "format_number(int)",
            per_call(lambda: format_number(big)),
            'babel format_decimal(int, locale="vi")',
            per_call(lambda: format_decimal(big, locale="vi")),
        )
    )
    rows.append(
        (
            "format_number(int)",
            per_call(lambda: format_number(big)),
            "babel format_decimal(int, Locale obj)",
            per_call(lambda: format_decimal(big, locale=VI)),
        )
    )
    real = 1234567.891
    rows.append(
        (
            "format_number(float)",
            per_call(lambda: format_number(real)),
            'babel format_decimal(float, locale="vi")',
            per_call(lambda: format_decimal(real, locale="vi")),
        )
    )
    exact = Decimal("1234567.891")
    rows.append(
        (
            "format_number(Decimal)",
            per_call(lambda: format_number(exact)),
            'babel format_decimal(Decimal, locale="vi")',
            per_call(lambda: format_decimal(exact, locale="vi")),
        )
    )
    rows.append(
        (
            "format_money(compact=True)",
            per_call(lambda: format_money(big, compact=True)),
            "babel format_compact_decimal(long, fd=1) + đồng",
            per_call(
                lambda: (
                    format_compact_decimal(big, format_type="long", fraction_digits=1, locale="vi")
                    + " đồng"
                )
            ),
        )
    )
    format_date = _optional("mttq.vi.dates", "format_date")
    if format_date is not None:
        admin = format_date
        rows.append(
            (
                'format_date(style="admin")',
                per_call(lambda: admin(day, style="admin")),
                "babel format_date('ngày' dd 'tháng' M 'năm' y)",
                per_call(
                    lambda: babel_format_date(day, "'ngày' dd 'tháng' M 'năm' y", locale="vi")
                ),
            )
        )
    for n in (33_257, 2_500_000_000):
        rows.append(
            (
                f"number_to_words({n})",
                per_call(partial(number_to_words, n)),
                f'num2words({n}, lang="vi")',
                per_call(partial(num2words, n, lang="vi")),
            )
        )
    sort_key = _optional("mttq.vi.text", "sort_key")
    if sort_key is not None:
        key = sort_key
        rows.append(
            ("sort_key('Nguyễn Văn Giang')", per_call(lambda: key("Nguyễn Văn Giang")), "", None)
        )

    width = max(len(r[0]) for r in rows)
    other = max(len(r[2]) for r in rows)
    print(f"{'mttq':<{width}}  {'µs':>7}  {'other library':<{other}}  {'µs':>7}  ratio")
    for ours_name, ours, theirs_name, theirs in rows:
        shown = "" if theirs is None else f"{theirs:7.2f}"
        print(
            f"{ours_name:<{width}}  {ours:7.2f}  {theirs_name:<{other}}  {shown:>7}  "
            f"{ratio(ours, theirs)}"
        )

    count = 10_000 if quick else 100_000
    differing, examples, ours_seconds, theirs_seconds = identity_check(count)
    print(
        f'\nformat_number vs babel format_decimal(locale="vi") on {count:,} random values '
        f"(ints, floats, Decimals): {count - differing:,} identical, {differing:,} different"
    )
    print(
        f"  whole run: mttq {ours_seconds * 1e6 / count:.2f} µs/value, babel "
        f"{theirs_seconds * 1e6 / count:.2f} µs/value, ratio {theirs_seconds / ours_seconds:.1f}x"
    )
    for example in examples:
        print("  " + example)

    mix_differing, mix_ours, mix_theirs = report_mix(count)
    differing += mix_differing
    print(
        f"format_number on what reports hold ({count:,} ints up to ±10^12 and Decimals with two "
        f"places): {count - mix_differing:,} identical; mttq {mix_ours * 1e6 / count:.2f} "
        f"µs/value, babel {mix_theirs * 1e6 / count:.2f} µs/value, ratio "
        f"{mix_theirs / mix_ours:.1f}x (best of 3; target >= 10x)"
    )

    sort = _optional("mttq.vi.text", "sort")
    if sort is not None:
        people = names(10_000, seed=7)
        best = min(timeit.repeat(lambda: sort(people), number=1, repeat=5))
        print(f"sort() of 10,000 names: {best * 1000:.1f} ms (best of 5)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
