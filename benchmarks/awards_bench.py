"""Benchmark: eligibility checks for many synthetic people.

Generates ``--people`` synthetic individuals (default 1,000,000), each with a 6-year history
(2020-2025: ratings, the LĐTT attestation, CSTĐCS awards, initiatives), and checks each of them
for Lao động tiên tiến, Chiến sĩ thi đua cơ sở and Chiến sĩ thi đua tỉnh for 2025 with the
bundled national rules. People are generated and checked in chunks so memory stays flat.
Reports the time spent checking, the checks per second and the peak memory.

Run: ``python benchmarks/awards_bench.py [--people N] [--seed S]``.
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

_RATINGS = {(y, r): YearRating(year=y, rating=r) for y in YEARS for r in Rating}
_SPIRIT = {y: Attestation(year=y, criterion="ldtt-tinh-than") for y in YEARS}
_WEIGHTS = (Rating.HTXSNV, Rating.HTTNV, Rating.HTTNV, Rating.HTTNV, Rating.HTNV, Rating.KHTNV)


def person(rng: random.Random, n: int) -> History:
    """One synthetic person with a 6-year history."""
    pid = f"p{n}"
    ratings = []
    awards = []
    initiatives = []
    for y in YEARS:
        rating = rng.choice(_WEIGHTS)
        ratings.append(_RATINGS[y, rating])
        if rating is Rating.HTXSNV:
            awards.append(AwardRecord(recipient=pid, kind="cstdcs", year=y))
        if rng.random() < 0.15:
            level = (
                InitiativeLevel.MINISTRY_PROVINCE
                if rng.random() < 0.3
                else (InitiativeLevel.GRASSROOTS)
            )
            initiatives.append(Initiative(id=f"{pid}-{y}", year=y, level=level))
    return History(
        recipient=Recipient(id=pid),
        ratings=tuple(ratings),
        awards=tuple(awards),
        initiatives=tuple(initiatives),
        attestations=tuple(_SPIRIT[y] for y in YEARS),
    )


def run(people: int, seed: int = 2025) -> dict[str, float]:
    """Generate and check ``people`` people; return the timings."""
    rng = random.Random(seed)
    engine = compile_rules(NATIONAL)
    tally: Counter[tuple[str, bool | None]] = Counter()
    gen_time = check_time = 0.0
    done = 0
    while done < people:
        size = min(CHUNK, people - done)
        t0 = time.perf_counter()
        batch = [person(rng, done + i) for i in range(size)]
        t1 = time.perf_counter()
        check = engine.check_many
        for h in batch:
            for d in check(KINDS, h, year=2025):
                tally[d.kind, d.eligible] += 1
        t2 = time.perf_counter()
        gen_time += t1 - t0
        check_time += t2 - t1
        done += size
    checks = people * len(KINDS)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"people: {people:,}; checks: {checks:,}")
    print(f"generation: {gen_time:.2f} s; checking: {check_time:.2f} s")
    print(f"checks per second: {checks / check_time:,.0f}")
    print(f"peak memory: {peak_mb:,.0f} MB")
    for (kind, eligible), n in sorted(tally.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        print(f"  {kind:14} eligible={eligible!s:5} {n:,}")
    return {"check_seconds": check_time, "gen_seconds": gen_time, "peak_mb": peak_mb}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    run(args.people, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
