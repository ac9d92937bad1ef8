"""Tests of mttq.awards: the golden table, explanations, bad input and invariants."""

from __future__ import annotations

import json
import runpy
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.awards import (
    KINDS,
    NATIONAL,
    Attestation,
    AwardRecord,
    Basis,
    Decision,
    DisciplineLevel,
    DisciplinePeriod,
    GroupStanding,
    History,
    Initiative,
    InitiativeKind,
    InitiativeLevel,
    MemberYear,
    MovementLead,
    Organiser,
    PendingKind,
    PendingMatter,
    Reason,
    Recipient,
    RecipientKind,
    RuleSet,
    YearRating,
    check,
    check_many,
    compile_rules,
    find_kind,
)
from mttq.codes import Rating
from mttq.errors import InvalidValueError, UnknownCodeError

DATA = Path(__file__).parent / "data" / "awards"
ROOT = Path(__file__).parent.parent
GOLDEN: list[dict[str, Any]] = json.loads((DATA / "golden.json").read_text("utf-8"))["cases"]


def _award(pid: str, text: str) -> AwardRecord:
    kind, year, *flags = text.split(":")
    basis = Basis.REGULAR
    revoked = False
    used: tuple[str, ...] = ()
    for flag in flags:
        if flag in {"sudden", "thematic"}:
            basis = Basis.parse(flag)
        elif flag == "revoked":
            revoked = True
        elif flag.startswith("used="):
            used = tuple(flag[5:].split("+"))
    return AwardRecord(
        recipient=pid,
        kind=kind,
        year=int(year),
        basis=basis,
        revoked=revoked,
        initiatives_used=used,
    )


def _initiative(text: str) -> Initiative:
    ident, year, level, *kind = text.split(":")
    return Initiative(
        id=ident,
        year=int(year),
        level=InitiativeLevel.parse(level),
        kind=InitiativeKind.parse(kind[0]) if kind else InitiativeKind.INITIATIVE,
    )


def _attest(text: str) -> Attestation:
    year, criterion, *met = text.split(":")
    return Attestation(year=int(year), criterion=criterion, met=not met)


def _opt_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def build(case: dict[str, Any]) -> History:
    """Build a History from a golden case's compact description."""
    pid = case["id"]
    return History(
        recipient=Recipient(id=pid, kind=RecipientKind.parse(case.get("recipient", "individual"))),
        ratings=tuple(
            YearRating(year=int(y), rating=Rating.parse(r))
            for y, r in case.get("ratings", {}).items()
        ),
        attestations=tuple(_attest(a) for a in case.get("attest", ())),
        awards=tuple(_award(pid, a) for a in case.get("awards", ())),
        initiatives=tuple(_initiative(i) for i in case.get("initiatives", ())),
        discipline=tuple(
            DisciplinePeriod(
                start=date.fromisoformat(s), end=_opt_date(e), level=DisciplineLevel.parse(level)
            )
            for s, e, level in case.get("discipline", ())
        ),
        pending=tuple(
            PendingMatter(
                kind=PendingKind.parse(k), since=date.fromisoformat(s), resolved=_opt_date(r)
            )
            for k, s, r in case.get("pending", ())
        ),
        members=tuple(
            MemberYear(
                year=int(y), members=m, ldtt=ldtt, cstdcs=cs, completed=done, disciplined=disc
            )
            for y, (m, ldtt, cs, done, disc) in case.get("members", {}).items()
        ),
        standings=tuple(
            GroupStanding(
                year=int(y),
                group=f"{org} group",
                organiser=Organiser.parse(org),
                leader=role == "leader",
            )
            for y, org, role in (s.split(":") for s in case.get("standings", ()))
        ),
        movements=tuple(
            MovementLead(
                movement=name, organiser=Organiser.parse(org), start_year=a, end_year=b, leader=lead
            )
            for name, org, a, b, lead in case.get("movements", ())
        ),
    )


def test_golden_has_enough_cases_each_with_an_article() -> None:
    assert len(GOLDEN) >= 60
    assert len({c["id"] for c in GOLDEN}) == len(GOLDEN)
    for case in GOLDEN:
        assert any(word in case["pins"] for word in ("Điều", "CV 5007")), case["id"]


@pytest.mark.parametrize("case", GOLDEN, ids=[c["id"] for c in GOLDEN])
def test_golden(case: dict[str, Any]) -> None:
    decision = check(case["kind"], build(case), year=case["year"])
    assert decision.eligible is case["expect"], decision.explain()
    assert decision.deferred is case.get("deferred", False)
    if "quota" in case:
        assert [q.share for q in decision.quotas] == [Decimal(case["quota"])]
    assert decision.explain().startswith(decision_name(decision))
    for reason in decision.reasons:
        assert reason.source


def decision_name(decision: Decision) -> str:
    return next(k.name for k in KINDS if k.code == decision.kind)


def test_every_bundled_rule_is_exercised_by_the_golden_table() -> None:
    seen: set[str] = set()
    for case in GOLDEN:
        seen.update(check(case["kind"], build(case), year=case["year"]).rules)
    assert set(NATIONAL.ids()) <= seen


def test_explain_in_vietnamese() -> None:
    case = next(c for c in GOLDEN if c["id"] == "cstd-tinh-gap-breaks-streak")
    text = check(case["kind"], build(case), year=2025).explain()
    assert text.splitlines()[0].endswith("không đủ điều kiện")
    assert "[ ] Được tặng «CSTĐCS» 3 lần liên tục trong 3 năm gần nhất" in text
    assert "[Luật 06/2022/QH15, Điều 22 k1]" in text


def test_deferred_explanation() -> None:
    case = next(c for c in GOLDEN if c["id"] == "cstdcs-pending-investigation")
    decision = check(case["kind"], build(case), year=2025)
    assert decision.eligible is True
    assert not decision.may_award
    assert "tạm hoãn" in decision.explain()


def test_quota_is_reported() -> None:
    case = next(c for c in GOLDEN if c["id"] == "cstdcs-2023-old-with-initiative")
    text = check(case["kind"], build(case), year=2023).explain()
    assert "không quá 15% số đạt LĐTT [NĐ 91/2017/NĐ-CP, Điều 9 k3]" in text


def test_reason_evidence() -> None:
    case = next(c for c in GOLDEN if c["id"] == "cstd-tinh-3-consecutive")
    decision = check(case["kind"], build(case), year=2025)
    streak = decision.reasons[0]
    assert streak.years == (2023, 2024, 2025)
    assert decision.reasons[1].items == ("sk1",)
    assert decision.rules == ("luat-2022.cstd-bo-tinh",)


def test_check_many_matches_check() -> None:
    case = next(c for c in GOLDEN if c["id"] == "cstdcs-htxsnv")
    h = build(case)
    many = check_many(("ldtt", "cstdcs", "cstd-bo-tinh"), h, year=2025)
    assert many == tuple(check(k, h, year=2025) for k in ("ldtt", "cstdcs", "cstd-bo-tinh"))


# --- bad input -------------------------------------------------------------------------------


def _person(**kw: Any) -> History:
    return History(recipient=Recipient(id="p"), **kw)


def test_record_after_the_year() -> None:
    h = _person(awards=(AwardRecord(recipient="p", kind="cstdcs", year=2026),))
    with pytest.raises(InvalidValueError, match=r"awards\[0\]\.year"):
        check("cstd-bo-tinh", h, year=2025)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("ratings", (YearRating(year=2026, rating=Rating.HTTNV),)),
        ("initiatives", (Initiative(id="a", year=2026, level=InitiativeLevel.GRASSROOTS),)),
        ("attestations", (Attestation(year=2026, criterion="x"),)),
        ("members", (MemberYear(year=2026, members=1),)),
        (
            "standings",
            (
                GroupStanding(
                    year=2026, group="g", organiser=Organiser.MINISTRY_PROVINCE, leader=True
                ),
            ),
        ),
        (
            "movements",
            (
                MovementLead(
                    movement="m",
                    organiser=Organiser.MINISTRY_PROVINCE,
                    start_year=2024,
                    end_year=2026,
                    leader=True,
                ),
            ),
        ),
        (
            "discipline",
            (DisciplinePeriod(start=date(2026, 1, 5), end=None, level=DisciplineLevel.CANH_CAO),),
        ),
    ],
)
def test_any_future_record_is_refused(field: str, value: object) -> None:
    with pytest.raises(InvalidValueError, match=field):
        check("ldtt", _person(**{field: value}), year=2025)


def test_overlapping_discipline_periods() -> None:
    with pytest.raises(InvalidValueError, match="overlaps"):
        _person(
            discipline=(
                DisciplinePeriod(
                    start=date(2024, 1, 1), end=date(2024, 12, 31), level=DisciplineLevel.CANH_CAO
                ),
                DisciplinePeriod(
                    start=date(2024, 6, 1), end=None, level=DisciplineLevel.KHIEN_TRACH
                ),
            )
        )


def test_unknown_award_kind() -> None:
    with pytest.raises(UnknownCodeError) as info:
        check("chien-si-thi-dua-co-soo", _person(), year=2025)
    assert "cstdcs" in info.value.suggestions or info.value.suggestions
    with pytest.raises(UnknownCodeError):
        check(
            "ldtt", _person(awards=(AwardRecord(recipient="p", kind="xyz", year=2024),)), year=2025
        )
    with pytest.raises(UnknownCodeError):
        check(42, _person(), year=2025)  # type: ignore[arg-type]


def test_household_for_individual_title() -> None:
    h = History(recipient=Recipient(id="h", kind=RecipientKind.HOUSEHOLD))
    with pytest.raises(InvalidValueError, match="hộ gia đình"):
        check("ldtt", h, year=2025)


@pytest.mark.parametrize("year", ["2025", 1800, True, 2025.0])
def test_bad_year(year: object) -> None:
    with pytest.raises(InvalidValueError):
        check("ldtt", _person(), year=year)  # type: ignore[arg-type]


def test_bad_history_and_on() -> None:
    with pytest.raises(InvalidValueError):
        check("ldtt", "history", year=2025)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        check("ldtt", _person(), year=2025, on="2025-12-31")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "build_bad",
    [
        lambda: _person(ratings=(YearRating(year=2024, rating=Rating.HTNV),) * 2),
        lambda: _person(
            initiatives=(Initiative(id="a", year=2024, level=InitiativeLevel.GRASSROOTS),) * 2
        ),
        lambda: _person(awards=(AwardRecord(recipient="q", kind="ldtt", year=2024),)),
        lambda: _person(members=(MemberYear(year=2024, members=1),) * 2),
        lambda: MemberYear(year=2024, members=3, ldtt=4),
        lambda: MemberYear(year=2024, members=-1),
        lambda: YearRating(year=24, rating=Rating.HTNV),
        lambda: DisciplinePeriod(
            start=date(2024, 5, 1), end=date(2024, 4, 1), level=DisciplineLevel.CANH_CAO
        ),
        lambda: MovementLead(
            movement="m",
            organiser=Organiser.MINISTRY_PROVINCE,
            start_year=2025,
            end_year=2024,
            leader=True,
        ),
    ],
)
def test_invalid_values(build_bad: Any) -> None:
    with pytest.raises(InvalidValueError):
        build_bad()


# --- Hypothesis properties -------------------------------------------------------------------

YEARS = range(2019, 2026)
CHECKED = ("ldtt", "cstdcs", "cstd-bo-tinh", "bang-khen-bo-tinh", "bang-khen-ttg")
ATTESTED = ("ldtt-tinh-than", "guong-mau-chap-hanh", "bk-thanh-tich-phong-trao")


@st.composite
def histories(draw: st.DrawFn) -> History:
    years = draw(st.lists(st.sampled_from(YEARS), unique=True, max_size=7))
    ratings = tuple(YearRating(year=y, rating=draw(st.sampled_from(list(Rating)))) for y in years)
    awards = tuple(
        AwardRecord(
            recipient="p",
            kind=draw(st.sampled_from(("cstdcs", "bang-khen-bo-tinh", "cstd-bo-tinh"))),
            year=draw(st.sampled_from(YEARS)),
            basis=draw(st.sampled_from(list(Basis))),
            initiatives_used=draw(st.sampled_from(((), ("i0",), ("i1",)))),
        )
        for _ in range(draw(st.integers(0, 6)))
    )
    initiatives = tuple(
        Initiative(
            id=f"i{n}",
            year=draw(st.sampled_from(YEARS)),
            level=draw(st.sampled_from(list(InitiativeLevel))),
        )
        for n in range(draw(st.integers(0, 3)))
    )
    attestations = tuple(
        Attestation(year=y, criterion=c, met=draw(st.booleans()))
        for y in YEARS
        for c in ATTESTED
        if draw(st.booleans())
    )
    discipline: tuple[DisciplinePeriod, ...] = ()
    if draw(st.booleans()):
        start = date(draw(st.sampled_from(YEARS)), 3, 1)
        discipline = (
            DisciplinePeriod(
                start=start,
                end=date(start.year, 9, 30) if draw(st.booleans()) else None,
                level=DisciplineLevel.KHIEN_TRACH,
            ),
        )
    return History(
        recipient=Recipient(id="p"),
        ratings=ratings,
        awards=awards,
        initiatives=initiatives,
        attestations=attestations,
        discipline=discipline,
    )


def _verdicts(h: History, year: int = 2025) -> list[bool | None]:
    return [d.eligible for d in check_many(CHECKED, h, year=year)]


@given(histories(), st.sampled_from((2023, 2024, 2025)))
def test_order_independence(h: History, year: int) -> None:
    h = h.up_to(year)
    shuffled = History(
        recipient=h.recipient,
        ratings=h.ratings[::-1],
        awards=h.awards[::-1],
        initiatives=h.initiatives[::-1],
        attestations=h.attestations[::-1],
        discipline=h.discipline,
    )
    assert check_many(CHECKED, h, year=year) == check_many(CHECKED, shuffled, year=year)


@given(histories(), st.sampled_from(("giay-khen", "ky-niem-chuong", "huy-chuong-huu-nghi")))
def test_adding_an_unrelated_award_changes_nothing(h: History, kind: str) -> None:
    extra = AwardRecord(recipient="p", kind=kind, year=2024)
    more = History(
        recipient=h.recipient,
        ratings=h.ratings,
        awards=(*h.awards, extra),
        initiatives=h.initiatives,
        attestations=h.attestations,
        discipline=h.discipline,
    )
    before = check_many(CHECKED, h, year=2025)
    after = check_many(CHECKED, more, year=2025)
    assert [d.eligible for d in before] == [d.eligible for d in after]
    assert before == after


@given(histories(), st.integers(0, 20))
def test_removing_a_record_never_makes_eligible(h: History, pick: int) -> None:
    before = _verdicts(h)
    removable: list[History] = []
    for i in range(len(h.ratings)):
        removable.append(
            History(
                recipient=h.recipient,
                ratings=h.ratings[:i] + h.ratings[i + 1 :],
                awards=h.awards,
                initiatives=h.initiatives,
                attestations=h.attestations,
                discipline=h.discipline,
            )
        )
    for i, rec in enumerate(h.awards):
        if not rec.initiatives_used:
            removable.append(
                History(
                    recipient=h.recipient,
                    ratings=h.ratings,
                    awards=h.awards[:i] + h.awards[i + 1 :],
                    initiatives=h.initiatives,
                    attestations=h.attestations,
                    discipline=h.discipline,
                )
            )
    for i in range(len(h.initiatives)):
        removable.append(
            History(
                recipient=h.recipient,
                ratings=h.ratings,
                awards=h.awards,
                initiatives=h.initiatives[:i] + h.initiatives[i + 1 :],
                attestations=h.attestations,
                discipline=h.discipline,
            )
        )
    if not removable:
        return
    after = _verdicts(removable[pick % len(removable)])
    for was, now in zip(before, after, strict=True):
        if was is False:
            assert now is not True


# --- documentation and example -----------------------------------------------------------


def test_docs_list_every_bundled_rule() -> None:
    from mttq.rules.awards import BONUSES, HOUSEHOLD_FACTORS, POLICIES
    from mttq.rules.salaries import SALARIES
    from mttq.rules.thresholds import THRESHOLDS

    text = (ROOT / "docs" / "awards.md").read_text("utf-8")
    ids = [
        *NATIONAL.ids(),
        *(p.id for p in POLICIES),
        *(b.id for b in BONUSES),
        *(h.id for h in HOUSEHOLD_FACTORS),
        *(s.id for s in SALARIES),
        *(t.id for t in THRESHOLDS),
    ]
    missing = [i for i in ids if f"`{i}`" not in text]
    assert not missing


def test_provincial_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(ROOT / "examples" / "provincial_rules.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "Giấy khen" in out
    assert "QĐ 86/2025/QĐ-UBND" in out


# --- the fast paths: decide, shared reasons, direct construction ---------------------------

ALL_KINDS = tuple(k.code for k in KINDS)


@st.composite
def rich_histories(draw: st.DrawFn) -> tuple[History, int]:
    """A history of any recipient, with every kind of record, cut at the checked year."""
    recipient = draw(st.sampled_from(list(RecipientKind)))
    h = draw(histories())
    pending = tuple(
        PendingMatter(
            kind=draw(st.sampled_from(list(PendingKind))),
            since=date(draw(st.sampled_from(YEARS)), draw(st.integers(1, 12)), 1),
            resolved=draw(st.sampled_from((None, date(2024, 6, 30), date(2026, 1, 1)))),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    members = tuple(
        MemberYear(year=y, members=10, ldtt=draw(st.integers(0, 10)), disciplined=d)
        for y in draw(st.lists(st.sampled_from(YEARS), unique=True, max_size=3))
        for d in (draw(st.integers(0, 1)),)
    )
    standings = tuple(
        GroupStanding(
            year=draw(st.sampled_from(YEARS)),
            group=draw(st.sampled_from(("Khối 1", "Cụm 2"))),
            organiser=draw(st.sampled_from(list(Organiser))),
            leader=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    movements = tuple(
        MovementLead(
            movement=draw(st.sampled_from(("Phong trào A", "Phong trào B"))),
            organiser=draw(st.sampled_from(list(Organiser))),
            start_year=2019,
            end_year=draw(st.sampled_from(YEARS)),
            leader=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 1)))
    )
    awards = tuple(
        AwardRecord(
            recipient="p",
            kind=a.kind,
            year=a.year,
            basis=a.basis,
            initiatives_used=a.initiatives_used,
            revoked=draw(st.booleans()),
        )
        for a in h.awards
    )
    year = draw(st.sampled_from((2019, 2023, 2024, 2025)))
    full = History(
        recipient=Recipient(id="p", kind=recipient),
        ratings=h.ratings,
        awards=awards,
        initiatives=h.initiatives,
        attestations=h.attestations,
        discipline=h.discipline,
        pending=pending,
        members=members,
        standings=standings,
        movements=movements,
    )
    return full.up_to(year), year


def _allowed(h: History) -> tuple[str, ...]:
    return tuple(k.code for k in KINDS if k.allows(h.recipient.kind))


@given(rich_histories(), st.integers(0, 2**16))
def test_decide_equals_check(case: tuple[History, int], pick: int) -> None:
    h, year = case
    allowed = _allowed(h)
    kinds = tuple(allowed[(pick * (i + 7)) % len(allowed)] for i in range(1 + pick % 6))
    engine = compile_rules(NATIONAL)
    decisions = engine.check_many(kinds, h, year=year)
    assert engine.decide_many(kinds, h, year=year) == tuple(
        (d.eligible, d.deferred) for d in decisions
    )
    assert engine.decide(kinds[0], h, year=year) == (decisions[0].eligible, decisions[0].deferred)
    on = date(year, 6, 30)
    assert engine.decide_many(kinds, h, year=year, on=on) == tuple(
        (d.eligible, d.deferred) for d in engine.check_many(kinds, h, year=year, on=on)
    )


@given(rich_histories())
def test_shared_reasons_do_not_leak_between_histories(case: tuple[History, int]) -> None:
    h, year = case
    kinds = _allowed(h)
    warm = compile_rules(NATIONAL)  # its caches hold the reasons of earlier histories
    fresh = compile_rules(RuleSet(rules=NATIONAL.rules, policies=NATIONAL.policies))
    assert warm.check_many(kinds, h, year=year) == fresh.check_many(kinds, h, year=year)


def test_caches_start_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    import mttq.awards.engine as engine_module

    cases = [(build(c), c["kind"], c["year"]) for c in GOLDEN]
    expected = [check(k, h, year=y) for h, k, y in cases]
    monkeypatch.setattr(engine_module, "_CACHE_LIMIT", 1)
    engine = compile_rules(RuleSet(rules=NATIONAL.rules, policies=NATIONAL.policies))
    for _ in range(2):
        assert [engine.check(k, h, year=y) for h, k, y in cases] == expected


def test_decide_refuses_what_check_refuses() -> None:
    engine = compile_rules(NATIONAL)
    future = _person(awards=(AwardRecord(recipient="p", kind="cstdcs", year=2026),))
    with pytest.raises(InvalidValueError, match=r"awards\[0\]\.year"):
        engine.decide("cstd-bo-tinh", future, year=2025)
    with pytest.raises(InvalidValueError):
        engine.decide("ldtt", _person(), year=True)
    with pytest.raises(InvalidValueError):
        engine.decide("ldtt", _person(), year=2025, on="2025-12-31")  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError):
        engine.decide_many(("ldtt", "khong-co"), _person(), year=2025)
    with pytest.raises(UnknownCodeError):
        engine.decide_many(("ldtt", ["ldtt"]), _person(), year=2025)  # type: ignore[arg-type]
    household = History(recipient=Recipient(id="h", kind=RecipientKind.HOUSEHOLD))
    with pytest.raises(InvalidValueError, match="hộ gia đình"):
        engine.decide_many(["ldtt"], household, year=2025)


def test_kinds_given_as_award_kinds_or_a_list() -> None:
    h = build(next(c for c in GOLDEN if c["id"] == "cstdcs-htxsnv"))
    engine = compile_rules(NATIONAL)
    by_code = engine.check_many(("ldtt", "cstdcs"), h, year=2025)
    assert engine.check_many([find_kind("ldtt"), find_kind("LĐTT")], h, year=2025) == (
        by_code[0],
        by_code[0],
    )
    assert engine.check_many(["ldtt", "cstdcs"], h, year=2025) == by_code
    once = (k for k in ("ldtt", "cstdcs"))  # read once, like any iterable
    assert engine.check_many(once, h, year=2025) == by_code  # type: ignore[arg-type]


def test_fast_constructors_build_the_same_values() -> None:
    import pickle

    from mttq.awards.model import _decision, _reason
    from mttq.io import from_data, to_data

    part = Reason(condition="A", met=None, note="n")
    reason = Reason(
        condition="B",
        met=True,
        source="s",
        years=(2025,),
        items=("i",),
        note="m",
        parts=(part,),
    )
    assert _reason("B", True, "s", (2025,), ("i",), "m", (part,)) == reason
    decision = Decision(
        kind="ldtt",
        year=2025,
        recipient="p",
        eligible=False,
        deferred=True,
        reasons=(reason,),
        rules=("r",),
        quotas=(),
    )
    fast = _decision("ldtt", 2025, "p", False, True, (reason,), ("r",), ())
    assert fast == decision
    assert repr(fast) == repr(decision)
    assert pickle.loads(pickle.dumps(fast)) == decision
    assert from_data(to_data(fast), Decision) == decision
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.eligible = True  # type: ignore[misc]


def test_checked_decisions_serialise_and_pickle() -> None:
    import pickle

    from mttq.io import from_data, to_data

    for case in GOLDEN[:20]:
        decision = check(case["kind"], build(case), year=case["year"])
        assert pickle.loads(pickle.dumps(decision)) == decision
        assert from_data(to_data(decision), Decision) == decision
