"""Benchmark: eligibility checks for many synthetic people (issue 7).

Generates ``--people`` synthetic individuals (default 1,000,000), each with a 6-year history
(2020-2025: ratings, the LĐTT attestation, CSTĐCS awards, initiatives), and checks each of them
for Lao động tiên tiến, Chiến sĩ thi đua cơ sở and Chiến sĩ thi đua tỉnh for 2025 with the
bundled national rules. People are generated and checked in chunks so memory stays flat.

Two ways of checking are timed, on the same people:

* ``check``: the explained checks, :meth:`mttq.awards.Engine.check_many` (a
  :class:`~mttq.awards.Decision` with its reasons for every check);
* ``verdict``: the verdicts only, :meth:`mttq.awards.Engine.verdicts` (a
  :class:`~mttq.awards.Verdict` ``(eligible, deferred)`` per check, always equal to those of
  ``check``; the script compares the tallies).

Target (issue 7): 3,000,000 checks (1,000,000 people x 3 awards) in under 20 s on one core
with peak memory under 2 GB, judged on the CPU time (``time.process_time``) of the checking
phase; the wall time is printed too, but it depends on what else the machine is running.

Run: ``python benchmarks/awards_bench.py [--people N] [--seed S] [--mode check|verdict|both]``.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter

from mttq.awards import (
    NATIONAL,
    Attestation,
    AwardRecord,
    History,
    Initiative,
    InitiativeLevel,
    Recipient,
    YearRating,
    compile_rules,
)
from mttq.codes import Rating

YEARS = tuple(range(2020, 2026))
KINDS = ("ldtt", "cstdcs", "cstd-bo-tinh")
CHUNK = 10_000
TARGET_SECONDS = 20.0
TARGET_PEOPLE = 1_000_000
TARGET_MB = 2048

_RATINGS = {(y, r): YearRating(year=y, rating=r) for y in YEARS for r in Rating}
_SPIRIT = {y: Attestation(year=y, criterion="ldtt-tinh-than") for y in YEARS}
_WEIGHTS = (Rating.HTXSNV, Rating.HTTNV, Rating.HTTNV, Rating.HTTNV, Rating.HTNV, Rating.KHTNV)

Tally = Counter[tuple[str, bool | None, bool]]


def person(rng: random.Random, n: int) -> History:
    """One synthetic person with a 6-year history (the same people for the same seed)."""
    pid = f"p{n}"
    choice, draw = rng.choice, rng.random
    ratings = []
    awards = []
    initiatives = []
    for y in YEARS:
        rating = choice(_WEIGHTS)
        ratings.append(_RATINGS[y, rating])
        if rating is Rating.HTXSNV:
            awards.append(AwardRecord(recipient=pid, kind="cstdcs", year=y))
        if draw() < 0.15:
            level = (
                InitiativeLevel.MINISTRY_PROVINCE if draw() < 0.3 else InitiativeLevel.GRASSROOTS
            )
            initiatives.append(Initiative(id=f"{pid}-{y}", year=y, level=level))
    return History(
        recipient=Recipient(id=pid),
        ratings=tuple(ratings),
        awards=tuple(awards),
        initiatives=tuple(initiatives),
        attestations=tuple(_SPIRIT[y] for y in YEARS),
    )


class _Clock:
    """CPU (``time.process_time``) and wall (``time.perf_counter``) seconds, summed."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0
        self._cpu = self._wall = 0.0

    def __enter__(self) -> _Clock:
        self._cpu, self._wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cpu += time.process_time() - self._cpu
        self.wall += time.perf_counter() - self._wall


def run(people: int, seed: int = 2025, mode: str = "both") -> dict[str, float]:
    """Generate and check ``people`` people; print and return the timings."""
    rng = random.Random(seed)
    engine = compile_rules(NATIONAL)
    check_many, verdicts = engine.check_many, engine.verdicts
    checked: Tally = Counter()
    decided: Tally = Counter()
    gen, check, verdict = _Clock(), _Clock(), _Clock()
    done = 0
    while done < people:
        size = min(CHUNK, people - done)
        with gen:
            batch = [person(rng, done + i) for i in range(size)]
        if mode in {"check", "both"}:
            with check:
                for h in batch:
                    for d in check_many(KINDS, h, year=2025):
                        checked[d.kind, d.eligible, d.deferred] += 1
        if mode in {"verdict", "both"}:
            with verdict:
                for h in batch:
                    for kind, v in zip(KINDS, verdicts(KINDS, h, year=2025), strict=True):
                        decided[kind, v.eligible, v.deferred] += 1
        done += size
    checks = people * len(KINDS)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"people: {people:,}; checks: {checks:,} (x {len(KINDS)} awards: {', '.join(KINDS)})")
    print(
        f"target (issue 7): {TARGET_PEOPLE * len(KINDS):,} checks in < {TARGET_SECONDS:.0f} s "
        f"of CPU time on one core, peak memory < {TARGET_MB:,} MB; judged on the CPU time "
        "(time.process_time) of the checking phase, wall time shown for reference"
    )
    print(f"generation: CPU {gen.cpu:.2f} s, wall {gen.wall:.2f} s (not part of the target)")
    scale = TARGET_PEOPLE / people
    result = {"gen_seconds": gen.cpu, "peak_mb": peak_mb}
    for name, what, clock, tally in (
        ("check", "explained checks, Engine.check_many", check, checked),
        ("verdict", "verdicts only, Engine.verdicts", verdict, decided),
    ):
        if not tally:
            continue
        rate = checks / clock.cpu
        projected = clock.cpu * scale
        met = "met" if projected < TARGET_SECONDS and peak_mb < TARGET_MB else "NOT met"
        print(
            f"{name} ({what}): CPU {clock.cpu:.2f} s, wall {clock.wall:.2f} s; "
            f"{rate:,.0f} checks/s CPU, {checks / clock.wall:,.0f} checks/s wall"
        )
        print(
            f"  CPU time for {TARGET_PEOPLE:,} people: {projected:.1f} s"
            + ("" if scale == 1 else " (projected)")
            + f" -> target {met}"
        )
        result[f"{name}_cpu_seconds"] = clock.cpu
        result[f"{name}_wall_seconds"] = clock.wall
    if checked and decided:
        same = "yes" if checked == decided else "NO"
        print(f"verdict agrees with check on every tally: {same}")
    print(f"peak memory: {peak_mb:,.0f} MB")
    for (kind, eligible, deferred), n in sorted(
        (checked or decided).items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])
    ):
        print(f"  {kind:14} eligible={eligible!s:5} deferred={deferred!s:5} {n:,}")
    return result


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=TARGET_PEOPLE)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--mode", choices=("check", "verdict", "both"), default="both")
    args = parser.parse_args(argv)
    run(args.people, args.seed, args.mode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
