"""Tests of mttq.awards.engine: verdicts, one way to check, and sharing an engine by threads."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import date

import pytest

from mttq.awards import (
    NATIONAL,
    Attestation,
    AwardRecord,
    Decision,
    History,
    PendingKind,
    PendingMatter,
    Recipient,
    RuleSet,
    Verdict,
    YearRating,
    check,
    check_many,
    compile_rules,
    verdict,
    verdicts,
)
from mttq.awards import engine as engine_module
from mttq.codes import Rating
from mttq.errors import InvalidValueError

KINDS = ("ldtt", "cstdcs", "cstd-bo-tinh", "cstd-toan-quoc", "bang-khen-ttg")
YEARS = (2023, 2024, 2025)


def _history(n: int) -> History:
    pid = f"p{n}"
    ratings = tuple(
        YearRating(year=y, rating=(Rating.HTXSNV, Rating.HTTNV, Rating.HTNV)[(n + y) % 3])
        for y in range(2019, 2026)
    )
    awards = tuple(
        AwardRecord(recipient=pid, kind="cstdcs", year=y) for y in range(2019, 2026) if n % 2
    )
    attest = tuple(Attestation(year=y, criterion="ldtt-tinh-than") for y in range(2019, 2026))
    return History(recipient=Recipient(id=pid), ratings=ratings, awards=awards, attestations=attest)


HISTORIES = tuple(_history(n) for n in range(6))


@pytest.fixture
def tiny_switch_interval() -> Iterator[None]:
    """Switch threads as often as the interpreter can (restored afterwards)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _fresh_engine() -> engine_module.Engine:
    # a new RuleSet object: compile_rules caches engines per rule set, this one starts empty
    return compile_rules(RuleSet(rules=NATIONAL.rules, policies=NATIONAL.policies))


Expected = dict[tuple[str, int], tuple[Decision, ...]]


def _race(engine: engine_module.Engine, expected: Expected) -> None:
    """8 threads start at once on ``engine``: half check, half ask for verdicts."""
    start = threading.Barrier(8)
    errors: list[BaseException] = []
    results: list[Expected] = [{} for _ in range(8)]
    agreed: list[bool] = []

    def work(i: int) -> None:
        try:
            start.wait()
            for y in YEARS:
                for h in HISTORIES:
                    key = (h.recipient.id, y)
                    if i % 2:
                        got = engine.verdicts(KINDS, h.up_to(y), year=y)
                        agreed.append(got == tuple(d.verdict for d in expected[key]))
                    else:
                        results[i][key] = engine.check_many(KINDS, h.up_to(y), year=y)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert agreed
    assert all(agreed)
    for i in range(0, 8, 2):
        assert results[i] == expected


@pytest.mark.usefixtures("tiny_switch_interval")
def test_threads_share_an_engine() -> None:
    expected = {
        (h.recipient.id, y): compile_rules(NATIONAL).check_many(KINDS, h.up_to(y), year=y)
        for h in HISTORIES
        for y in YEARS
    }
    for _ in range(5):  # a fresh engine each round: every thread compiles the same kinds at once
        _race(_fresh_engine(), expected)
    assert sys.getswitchinterval() == pytest.approx(1e-6)


def test_a_real_cycle_is_still_refused() -> None:
    from mttq.awards import AwardRule, Qualifies

    rules = RuleSet(
        rules=(
            AwardRule(id="a", kind="ldtt", source="s", requirement=Qualifies(kind="cstt")),
            AwardRule(id="b", kind="cstt", source="s", requirement=Qualifies(kind="ldtt")),
        )
    )
    engine = compile_rules(rules)
    with pytest.raises(InvalidValueError, match="refers to itself through Qualifies"):
        engine.check("ldtt", HISTORIES[0], year=2025)
    with pytest.raises(InvalidValueError, match="refers to itself through Qualifies"):
        engine.verdict("ldtt", HISTORIES[0], year=2025)  # the failed compile left no trace


def test_verdict_is_the_decision_without_its_reasons() -> None:
    h = HISTORIES[1]
    pending = History(
        recipient=h.recipient,
        ratings=h.ratings,
        awards=h.awards,
        attestations=h.attestations,
        pending=(PendingMatter(kind=PendingKind.INSPECTION, since=date(2023, 3, 1)),),
    )
    for whole in (h, pending):
        for y in YEARS:
            history = whole.up_to(y)
            decisions = check_many(KINDS, history, year=y)
            assert verdicts(KINDS, history, year=y) == tuple(d.verdict for d in decisions)
            assert verdict(KINDS[0], history, year=y) == check(KINDS[0], history, year=y).verdict
            for d in decisions:
                v = d.verdict
                assert isinstance(v, Verdict)
                assert (v.eligible, v.deferred) == (d.eligible, d.deferred)
                assert v.may_award == d.may_award


def test_verdicts_are_shared_values() -> None:
    assert Verdict.of(True, False) is Verdict.of(True, False)
    eligible, deferred = Verdict.of(None, True)
    assert (eligible, deferred) == (None, True)
    for bad in ((1, False), (True, 0), ("yes", False), (None, None)):
        with pytest.raises(InvalidValueError):
            Verdict.of(*bad)


def test_the_engine_has_no_third_entry_point() -> None:
    assert not hasattr(engine_module, "evaluate")
    assert not hasattr(engine_module.Engine, "decide")
    assert not hasattr(engine_module.Engine, "decide_many")
