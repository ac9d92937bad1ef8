"""Benchmark: plan 50 years of leadership for 3,321 groups of 10 members (target < 2 s).

3,321 is the number of commune-level units since 1 July 2025 (practice.md §4.1); the case is
a stress test of :func:`mttq.rotation.plan`, not a claim about how many groups exist. Run with
``python benchmarks/rotation_bench.py``; it prints the time and its ratio to the target.
"""

from __future__ import annotations

import time

from mttq.rotation import DeputySucceeds, Election, FixedRotation, FlagWinnerLeads, Policy, plan

GROUPS = 3_321
MEMBERS = 10
YEARS = 50
TARGET_SECONDS = 2.0


def _policies(members: tuple[str, ...]) -> tuple[Policy, ...]:
    order = tuple(reversed(members))
    return (
        FixedRotation(order=order),
        FixedRotation(order=order, no_repeat_within=5),
        DeputySucceeds(order=order),
        Election(order=order),
        FlagWinnerLeads(order=order),
    )


def run() -> float:
    """Plan every group once and return the elapsed seconds."""
    jobs = []
    for group in range(GROUPS):
        members = tuple(f"G{group:04d}-M{index:02d}" for index in range(MEMBERS))
        policies = _policies(members)
        jobs.append((policies[group % len(policies)], members))
    began = time.perf_counter()
    total = 0
    for policy, members in jobs:
        total += len(plan(policy, members, start_year=2026, years=YEARS))
    elapsed = time.perf_counter() - began
    assert total == GROUPS * YEARS
    return elapsed


def main() -> None:
    """Run the benchmark three times and report the best time."""
    best = min(run() for _ in range(3))
    print(
        f"plan(): {GROUPS} groups x {MEMBERS} members x {YEARS} years in {best:.3f} s"
        f" (target {TARGET_SECONDS:.1f} s, ratio {best / TARGET_SECONDS:.2f})"
    )


if __name__ == "__main__":
    main()
