"""National scale: 34 provinces, 3,321 communes in clusters, every cluster reviewed in parallel.

After 2025-07-01 Vietnam has 34 provincial units and 3,321 communes (practice.md §4). Here
each province's commune MTTQ committees are grouped into clusters of at most ten, organised by
the provincial committee, and every cluster's 2025 year end is reviewed with
concurrent.futures.ProcessPoolExecutor: the inputs (rubric, grading scheme, rotation policy,
sheets) and the results are frozen, picklable values and review() is a pure function, so the
work spreads over processes with no shared state. The scores are synthetic (a seeded random
generator), so the run is the same every time. See docs/yearend.md for the same job on Dask.
"""

import datetime as dt
import os
import random
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal

import attrs

from mttq.codes import Level
from mttq.geo import provinces
from mttq.groups import Cluster, GroupYear
from mttq.rotation import FixedRotation
from mttq.samples import sample_rubric, sheets_from_totals
from mttq.scoring import QD366, Rubric, ScoreSheet
from mttq.vi.numbers import format_number
from mttq.yearend import YearEndResult, review

COMMUNES = 3321
CLUSTER_SIZE = 10
YEAR = 2025


@attrs.frozen(kw_only=True)
class Job:
    """One cluster's year end, ready to send to a worker process."""

    cluster: Cluster
    year: GroupYear
    sheets: tuple[ScoreSheet, ...]


def run(job: Job, rubric: Rubric) -> YearEndResult:
    """Review one cluster (runs in a worker process)."""
    return review(
        job.year,
        job.sheets,
        rubric=rubric,
        scheme=QD366,
        policy=FixedRotation(order=job.year.members),
        group=job.cluster,
    )


def run_chunk(jobs: tuple[Job, ...], rubric: Rubric) -> tuple[YearEndResult, ...]:
    """Review a chunk of clusters (one task per chunk keeps the pickling cheap)."""
    return tuple(run(job, rubric) for job in jobs)


def build_jobs(rubric: Rubric) -> list[Job]:
    """Spread 3,321 communes over the 34 provinces and cut each into clusters."""
    units = provinces(on=dt.date(2025, 7, 1))
    base, extra = divmod(COMMUNES, len(units))
    rng = random.Random(2025)
    jobs = []
    for index, province in enumerate(units):
        count = base + (1 if index < extra else 0)
        codes = [f"{province.code}.xa-{n:03d}" for n in range(1, count + 1)]
        for start in range(0, count, CLUSTER_SIZE):
            members = tuple(codes[start : start + CLUSTER_SIZE])
            number = start // CLUSTER_SIZE + 1
            cluster = Cluster(
                code=f"{province.code}.cum-{number:02d}",
                name=f"Cụm thi đua số {number} các xã, {province.name}",
                organiser=f"Ủy ban MTTQ Việt Nam {province.name}",
                level=Level.COMMUNE,
            )
            totals = {m: Decimal(rng.randint(1300, 2000)) / 20 for m in members}
            sheets = sheets_from_totals(rubric, totals)
            year = GroupYear(group=cluster.code, year=YEAR, members=members, head=members[0])
            jobs.append(Job(cluster=cluster, year=year, sheets=sheets))
    return jobs


def main() -> None:
    rubric = sample_rubric(YEAR)
    jobs = build_jobs(rubric)
    workers = min(4, os.cpu_count() or 1)
    chunks = [tuple(jobs[i : i + 20]) for i in range(0, len(jobs), 20)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(run_chunk, chunks, [rubric] * len(chunks)))
    took = time.perf_counter() - started
    results = [r for part in parts for r in part]
    grades = Counter(r.grades[e.unit].grade.short for r in results for e in r.ranking)
    flags = sum(len(r.selected("flag")) for r in results)
    units = sum(len(r.ranking) for r in results)
    print(f"Số tỉnh, thành phố: {len({r.organiser for r in results})}")
    print(f"Số cụm thi đua: {format_number(len(results))}")
    print(f"Số xã được xếp hạng: {format_number(units)}")
    for short in ("HTXSNV", "HTTNV", "HTNV", "KHTNV"):
        print(f"- {short}: {format_number(grades.get(short, 0))} xã")
    print(f"Đề nghị tặng Cờ thi đua dẫn đầu cụm: {format_number(flags)} xã")
    seconds = Decimal(str(round(took, 2)))
    print(f"Thời gian: {format_number(seconds)} giây ({workers} tiến trình)")


if __name__ == "__main__":
    main()
