"""Tests of mttq.awards: the golden table, explanations, bad input and invariants."""

from __future__ import annotations

import json
import runpy
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.awards import (
    KINDS,
    NATIONAL,
    AllOf,
    Attestation,
    AwardRecord,
    AwardRule,
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
    Undetermined,
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
    assert "[ ] Được tặng “CSTĐCS” 3 lần liên tục trong 3 năm gần nhất" in text
    assert "«" not in text
    assert "»" not in text
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
    (both,) = decision.reasons  # the bundled reading, then the other (unverified) timing
    bundled, other = both.parts
    assert (both.met, bundled.met, other.met) == (True, True, False)
    streak, initiative = bundled.parts
    assert streak.years == (2023, 2024, 2025)
    assert initiative.items == ("sk1",)
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
    from mttq.awards.national import BONUSES, HOUSEHOLD_FACTORS, POLICIES, SALARIES, THRESHOLDS

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
    # Vietnamese labels and names, not English labels, raw codes or ids
    assert "== Nguyễn Thị An: Giấy khen" in out
    assert "Theo quy định toàn quốc: chưa xác định được" in out
    assert "Giấy khen, năm 2025, Nguyễn Thị An: đủ điều kiện" in out
    for english in ("national rules", "eligible=", "as data", ": giay-khen", "can-bo-0"):
        assert english not in out


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
            since=since,
            resolved=draw(
                st.sampled_from(
                    (None, *(d for d in (date(2024, 6, 30), date(2026, 1, 1)) if d >= since))
                )
            ),
        )
        for _ in range(draw(st.integers(0, 2)))
        for since in (date(draw(st.sampled_from(YEARS)), draw(st.integers(1, 12)), 1),)
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
    assert engine.verdicts(kinds, h, year=year) == tuple(
        (d.eligible, d.deferred) for d in decisions
    )
    assert engine.verdict(kinds[0], h, year=year) == (decisions[0].eligible, decisions[0].deferred)
    on = date(year, 6, 30)
    assert engine.verdicts(kinds, h, year=year, on=on) == tuple(
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
    import mttq.awards.conditions as conditions_module

    monkeypatch.setattr(engine_module, "CACHE_LIMIT", 1)
    monkeypatch.setattr(conditions_module, "CACHE_LIMIT", 1)
    engine = compile_rules(RuleSet(rules=NATIONAL.rules, policies=NATIONAL.policies))
    for _ in range(2):
        assert [engine.check(k, h, year=y) for h, k, y in cases] == expected


def test_decide_refuses_what_check_refuses() -> None:
    engine = compile_rules(NATIONAL)
    future = _person(awards=(AwardRecord(recipient="p", kind="cstdcs", year=2026),))
    with pytest.raises(InvalidValueError, match=r"awards\[0\]\.year"):
        engine.verdict("cstd-bo-tinh", future, year=2025)
    with pytest.raises(InvalidValueError):
        engine.verdict("ldtt", _person(), year=True)
    with pytest.raises(InvalidValueError):
        engine.verdict("ldtt", _person(), year=2025, on="2025-12-31")  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError):
        engine.verdicts(("ldtt", "khong-co"), _person(), year=2025)
    with pytest.raises(UnknownCodeError):
        engine.verdicts(("ldtt", ["ldtt"]), _person(), year=2025)  # type: ignore[arg-type]
    household = History(recipient=Recipient(id="h", kind=RecipientKind.HOUSEHOLD))
    with pytest.raises(InvalidValueError, match="hộ gia đình"):
        engine.verdicts(["ldtt"], household, year=2025)


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

    from mttq.awards.decision import new_decision as _decision
    from mttq.awards.decision import new_reason as _reason
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
        recipient_name="Nguyễn Văn A",
        eligible=False,
        deferred=True,
        reasons=(reason,),
        rules=("r",),
        quotas=(),
    )
    fast = _decision("ldtt", 2025, "p", "Nguyễn Văn A", False, True, (reason,), ("r",), ())
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


# --- review fixes: names in explanations, quotes, wording, award kinds by name, timing -------


def test_explanation_names_the_recipient_and_titled_initiatives() -> None:
    h = History(
        recipient=Recipient(id="nguyen-van-a", name="Nguyễn Văn A"),
        ratings=(YearRating(year=2025, rating=Rating.HTTNV),),
        attestations=(Attestation(year=2025, criterion="ldtt-tinh-than"),),
        initiatives=(
            Initiative(
                id="i1", year=2025, level=InitiativeLevel.GRASSROOTS, title="Số hóa hồ sơ thi đua"
            ),
        ),
    )
    decision = check("cstdcs", h, year=2025)
    assert decision.recipient == "nguyen-van-a"
    assert decision.recipient_name == "Nguyễn Văn A"
    text = decision.explain()
    assert text.splitlines()[0] == "Chiến sĩ thi đua cơ sở, năm 2025, Nguyễn Văn A: đủ điều kiện"
    assert "nguyen-van-a" not in text
    assert "đạt (“Số hóa hồ sơ thi đua”)" in text
    assert "(i1)" not in text
    # without a name or a title, the ids stand in
    anonymous = attrs.evolve(
        h,
        recipient=Recipient(id="p1"),
        initiatives=(Initiative(id="i1", year=2025, level=InitiativeLevel.GRASSROOTS),),
    )
    plain = check("cstdcs", anonymous, year=2025).explain()
    assert plain.splitlines()[0].startswith("Chiến sĩ thi đua cơ sở, năm 2025, p1:")
    assert "đạt (i1)" in plain


def test_a_used_initiative_is_named_by_its_title() -> None:
    h = History(
        recipient=Recipient(id="p", name="Trần Thị B"),
        ratings=(YearRating(year=2025, rating=Rating.HTTNV),),
        attestations=(Attestation(year=2025, criterion="ldtt-tinh-than"),),
        initiatives=(
            Initiative(id="i1", year=2025, level=InitiativeLevel.GRASSROOTS, title="Sổ tay số"),
        ),
        awards=(AwardRecord(recipient="p", kind="giay-khen", year=2025, initiatives_used=("i1",)),),
    )
    decision = check("cstdcs", h, year=2025)
    assert decision.eligible is False
    assert "“Sổ tay số” đã dùng cho Giấy khen năm 2025" in decision.explain()


def test_decision_wire_format_keeps_its_fields_and_adds_the_name() -> None:
    from mttq.io import from_data, to_data

    h = History(recipient=Recipient(id="p", name="Lê Thị C"))
    decision = check("ldtt", h, year=2025)
    data = to_data(decision)
    assert data["recipient"] == "p"
    assert data["recipient_name"] == "Lê Thị C"
    old = {k: v for k, v in data.items() if k != "recipient_name"}  # written before the field
    assert from_data(old, Decision) == attrs.evolve(decision, recipient_name="")


def test_no_guillemets_and_plain_quotes_in_english_errors() -> None:
    for case in GOLDEN:
        text = check(case["kind"], build(case), year=case["year"]).explain()
        assert "«" not in text
        assert "»" not in text
    for rule in NATIONAL.rules:
        assert "«" not in repr(rule)
        assert "»" not in repr(rule)
    household = History(recipient=Recipient(id="h", kind=RecipientKind.HOUSEHOLD))
    with pytest.raises(InvalidValueError) as info:
        check("ldtt", household, year=2025)
    assert "cannot receive 'Lao động tiên tiến'" in str(info.value)


def test_initiative_condition_reads_naturally() -> None:
    case = next(c for c in GOLDEN if c["id"] == "cstd-toan-quoc-2-consecutive")
    decision = check(case["kind"], build(case), year=2025)
    initiative = decision.reasons[-1]
    assert initiative.condition == (
        "Có 1 sáng kiến hoặc đề tài, đề án, công trình khoa học hoặc sáng kiến, giải pháp "
        "chiến đấu được công nhận ở cấp toàn quốc, chưa dùng làm căn cứ khen thưởng khác"
    )
    for case in GOLDEN:
        for line in check(case["kind"], build(case), year=case["year"]).explain().splitlines():
            assert " ," not in line
            assert "  " not in line.strip()


def _streak(kind: str, *years: int) -> History:
    return _person(awards=tuple(AwardRecord(recipient="p", kind=kind, year=y) for y in years))


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        ((2023, 2024, 2025), True),  # ends in the assessment year (the bundled reading)
        ((2022, 2023, 2024), None),  # ends the year before: the proposal timing is unverified
        ((2021, 2022, 2023), False),  # neither reading
        ((2022, 2023, 2025), False),
    ],
)
def test_cstd_tinh_timing(years: tuple[int, ...], expected: bool | None) -> None:
    h = attrs.evolve(
        _streak("cstdcs", *years),
        initiatives=(Initiative(id="s", year=2024, level=InitiativeLevel.MINISTRY_PROVINCE),),
    )
    decision = check("cstd-bo-tinh", h, year=2025)
    assert decision.eligible is expected
    if expected is None:
        assert "Thời điểm đề nghị" in decision.explain()
        assert "chưa được xác minh" in decision.explain()
    assert compile_rules(NATIONAL).verdict("cstd-bo-tinh", h, year=2025) == (expected, False)


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        ((2022, 2025), True),
        ((2021, 2024), None),
        ((2020, 2023), False),
        ((2021, 2025), False),
        ((2023, 2025), False),
        ((2022, 2024, 2025), True),
    ],
)
def test_cstd_toan_quoc_timing(years: tuple[int, ...], expected: bool | None) -> None:
    h = attrs.evolve(
        _streak("cstd-bo-tinh", *years),
        initiatives=(Initiative(id="s", year=2020, level=InitiativeLevel.NATIONAL),),
    )
    decision = check("cstd-toan-quoc", h, year=2025)
    assert decision.eligible is expected
    if expected is None:
        assert "chưa được xác minh" in decision.explain()


# --- award kinds written as names --------------------------------------------------------------


def test_award_record_kind_is_stored_as_its_code() -> None:
    assert AwardRecord(recipient="p", kind="LĐTT", year=2024).kind == "ldtt"
    assert AwardRecord(recipient="p", kind="Chiến sĩ thi đua cấp tỉnh", year=2024).kind == (
        "cstd-bo-tinh"
    )
    assert AwardRecord(recipient="p", kind="cstdcs", year=2024).kind == "cstdcs"
    with pytest.raises(UnknownCodeError) as info:
        AwardRecord(recipient="p", kind="chien si thi dua co soo", year=2024)
    assert "cstdcs" in info.value.suggestions
    with pytest.raises(UnknownCodeError):
        AwardRecord(recipient="p", kind=7, year=2024)  # type: ignore[arg-type]


def test_award_kinds_by_name_count_like_codes() -> None:
    """A record written with the name and initiatives_used no longer raises a KeyError."""
    base: dict[str, Any] = {
        "ratings": (YearRating(year=2025, rating=Rating.HTTNV),),
        "attestations": (Attestation(year=2025, criterion="ldtt-tinh-than"),),
        "initiatives": (
            Initiative(id="s1", year=2025, level=InitiativeLevel.MINISTRY_PROVINCE),
            Initiative(id="s2", year=2023, level=InitiativeLevel.NATIONAL),
        ),
    }
    by_code = _person(
        awards=(
            AwardRecord(recipient="p", kind="ldtt", year=2024, initiatives_used=("s1",)),
            AwardRecord(recipient="p", kind="cstdcs", year=2023),
            AwardRecord(recipient="p", kind="cstdcs", year=2024),
            AwardRecord(recipient="p", kind="giay-khen", year=2025, initiatives_used=("s2",)),
        ),
        **base,
    )
    by_name = _person(
        awards=(
            AwardRecord(recipient="p", kind="LĐTT", year=2024, initiatives_used=("s1",)),
            AwardRecord(recipient="p", kind="Chiến sĩ thi đua cơ sở", year=2023),
            AwardRecord(recipient="p", kind="CSTĐCS", year=2024),
            AwardRecord(recipient="p", kind="Giấy khen", year=2025, initiatives_used=("s2",)),
        ),
        **base,
    )
    assert by_name == by_code
    kinds = ("ldtt", "cstdcs", "cstd-bo-tinh", "cstd-toan-quoc", "bang-khen-bo-tinh")
    decisions = check_many(kinds, by_name, year=2025)
    assert decisions == check_many(kinds, by_code, year=2025)
    assert "đã dùng cho LĐTT năm 2024" in decisions[1].explain()
    engine = compile_rules(NATIONAL)
    assert engine.verdicts(kinds, by_name, year=2025) == tuple(
        (d.eligible, d.deferred) for d in decisions
    )


def test_award_record_names_are_codes_after_loading() -> None:
    from mttq.errors import DataError
    from mttq.io import from_data, to_data

    data = {"recipient": "p", "kind": "Bằng khen tỉnh", "year": 2024}
    record = from_data(data, AwardRecord)
    assert record.kind == "bang-khen-bo-tinh"
    assert to_data(record)["kind"] == "bang-khen-bo-tinh"
    with pytest.raises(DataError):
        from_data({**data, "kind": "không có"}, AwardRecord)


def test_rule_shapes_name_award_kinds_like_codes() -> None:
    from mttq.awards import AwardRule, HoldsTitle, Qualifies

    def rules(kinds: tuple[str, str]) -> RuleSet:
        return RuleSet(
            rules=(
                AwardRule(
                    id="t",
                    kind="giay-khen",
                    source="s",
                    requirement=AllOf(
                        parts=(
                            HoldsTitle(kinds=(kinds[0],), count=2),
                            Qualifies(kind=kinds[1]),
                        )
                    ),
                ),
                AwardRule(
                    id="u", kind="ldtt", source="s", requirement=Undetermined(description="x")
                ),
            )
        )

    h = _streak("cstdcs", 2023, 2024)
    assert rules(("CSTĐCS", "Lao động tiên tiến")) == rules(("cstdcs", "ldtt"))
    named = check("giay-khen", h, year=2025, rules=rules(("CSTĐCS", "Lao động tiên tiến")))
    assert named == check("giay-khen", h, year=2025, rules=rules(("cstdcs", "ldtt")))
    assert named.reasons[0].met is True


def test_every_field_naming_an_award_kind_stores_the_code() -> None:
    from decimal import Decimal

    from mttq.awards import AwardRule, BonusRule, HoldsTitle, QuotaNote, VoteThreshold

    rule = AwardRule(
        id="t", kind="Giấy khen", source="s", requirement=Undetermined(description="x")
    )
    assert rule.kind == "giay-khen"
    assert HoldsTitle(kinds=["Bằng khen tỉnh", "cstdcs"]).kinds == (  # type: ignore[arg-type]
        "bang-khen-bo-tinh",
        "cstdcs",
    )
    quota = QuotaNote(share=Decimal("0.2"), of_kind="Lao động tiên tiến", source="s")
    assert quota.of_kind == "ldtt"
    bonus = BonusRule(
        id="b",
        kind="Chiến sĩ thi đua cơ sở",
        recipient=RecipientKind.INDIVIDUAL,
        multiplier=Decimal(1),
        source="s",
    )
    assert bonus.kind == "cstdcs"
    threshold = VoteThreshold(id="v", kinds=("CSTĐ tỉnh",), share=Decimal("0.9"), source="s")
    assert threshold.kinds == ("cstd-bo-tinh",)
    with pytest.raises(InvalidValueError, match="kinds"):
        HoldsTitle(kinds="cstdcs")  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError):
        VoteThreshold(id="v", kinds=("khong-co",), share=Decimal("0.9"), source="s")


def _new(cls: Any, /, **fields: Any) -> Any:
    """Build ``cls`` from ``fields`` of any type (the wrong values these tests pass)."""
    return cls(**fields)


# --- typed fields: wrong values are refused when a value is built ---------------------------

P = Recipient(id="p")
P_HISTORY = History(recipient=P)


@pytest.mark.parametrize(
    ("build_bad", "field"),
    [
        (lambda: _new(Recipient, id="p", name=None), "name"),
        (lambda: _new(Recipient, id=None), "id"),
        (lambda: Recipient(id=" "), "id"),
        (lambda: _new(Recipient, id="p", kind=None), "kind"),
        (lambda: _new(Recipient, id="p", kind="robot"), "kind"),
        (lambda: _new(History, recipient=P, ratings=None), "ratings"),
        (lambda: _new(History, recipient=P, ratings="x"), "ratings"),
        (lambda: _new(History, recipient=P, ratings=("x",)), "ratings[0]"),
        (lambda: _new(History, recipient=P, movements=None), "movements"),
        (lambda: _new(History, recipient=P, pending=(None,)), "pending[0]"),
        (lambda: _new(History, recipient="p"), "recipient"),
        (lambda: _new(YearRating, year=2025, rating=None), "rating"),
        (lambda: _new(YearRating, year=2025, rating="HTTNV"), "rating"),
        (lambda: _new(YearRating, year=2025.0, rating=Rating.HTNV), "year"),
        (lambda: YearRating(year=True, rating=Rating.HTNV), "year"),
        (lambda: _new(Initiative, id="i", year=2025, level=None), "level"),
        (
            lambda: _new(Initiative, id="i", year=2025, level=InitiativeLevel.NATIONAL, title=1),
            "title",
        ),
        (
            lambda: _new(DisciplinePeriod, start=None, end=None, level=DisciplineLevel.CANH_CAO),
            "start",
        ),
        (
            lambda: _new(
                DisciplinePeriod,
                start=date(2024, 1, 1),
                end=True,
                level=DisciplineLevel.KHIEN_TRACH,
            ),
            "end",
        ),
        (
            lambda: DisciplinePeriod(
                start=datetime(2024, 1, 1, 8), end=None, level=DisciplineLevel.KHIEN_TRACH
            ),
            "start",
        ),
        (lambda: _new(PendingMatter, kind=PendingKind.INSPECTION, since=None), "since"),
        (
            lambda: PendingMatter(
                kind=PendingKind.INSPECTION, since=date(2025, 2, 1), resolved=date(2025, 1, 1)
            ),
            "resolved",
        ),
        (lambda: _new(AwardRecord, recipient=None, kind="ldtt", year=2024), "recipient"),
        (lambda: _new(AwardRecord, recipient="p", kind="ldtt", year=2024, revoked="no"), "revoked"),
        (
            lambda: _new(AwardRecord, recipient="p", kind="ldtt", year=2024, basis="đột xuất"),
            "basis",
        ),
        (
            lambda: _new(AwardRecord, recipient="p", kind="ldtt", year=2024, initiatives_used="ab"),
            "initiatives_used",
        ),
        (
            lambda: _new(AwardRecord, recipient="p", kind="ldtt", year=2024, decided_on=1.5),
            "decided_on",
        ),
        (
            lambda: _new(AwardRecord, recipient="p", kind="ldtt", year=2024, decision="QĐ"),
            "decision",
        ),
        (lambda: _new(Attestation, year=2025, criterion=None), "criterion"),
        (lambda: _new(Attestation, year=2025, criterion="c", met=None), "met"),
        (lambda: _new(MemberYear, year=2025, members=1.5), "members"),
        (
            lambda: _new(
                GroupStanding, year=2025, group=" ", organiser="mttq-central", leader=True
            ),
            "group",
        ),
        (
            lambda: _new(
                GroupStanding, year=2025, group="g", organiser=Organiser.MINISTRY_PROVINCE, leader=1
            ),
            "leader",
        ),
        (
            lambda: _new(
                MovementLead,
                movement=None,
                organiser=Organiser.PRIME_MINISTER,
                start_year=2020,
                end_year=2025,
                leader=True,
            ),
            "movement",
        ),
        (lambda: _new(Reason, condition=None, met=True), "condition"),
        (lambda: _new(Reason, condition="c", met="yes"), "met"),
        (lambda: _new(Reason, condition="c", met=None, years=(2025.0,)), "years[0]"),
        (lambda: _new(Reason, condition="c", met=None, parts=("x",)), "parts[0]"),
        (lambda: _new(Decision, kind="ldtt", year=2025, recipient="p", eligible="yes"), "eligible"),
        (lambda: Decision(kind="ldtt", year=20, recipient="p", eligible=None), "year"),
        (lambda: Decision(kind="", year=2025, recipient="p", eligible=None), "kind"),
        (
            lambda: _new(
                Decision, kind="ldtt", year=2025, recipient="p", eligible=None, rules=None
            ),
            "rules",
        ),
    ],
)
def test_wrongly_typed_fields_are_refused(build_bad: Any, field: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        build_bad()
    assert caught.value.field == field


def test_wire_codes_and_lists_are_converted() -> None:
    rating = YearRating(year=2025, rating="httnv")  # type: ignore[arg-type]
    assert rating.rating is Rating.HTTNV
    assert Recipient(id="u", kind="collective").kind is RecipientKind.COLLECTIVE  # type: ignore[arg-type]
    h = History(recipient=P, ratings=[rating])  # type: ignore[arg-type]
    assert h.ratings == (rating,)
    assert check("ldtt", h, year=2025) == check(
        "ldtt", History(recipient=P, ratings=(rating,)), year=2025
    )
    record = AwardRecord(recipient="p", kind="ldtt", year=2024, initiatives_used=["a", "b"])  # type: ignore[arg-type]
    assert record.initiatives_used == ("a", "b")


def test_text_fields_are_nfc() -> None:
    nfd = "Nguye\u0302\u0303n Va\u0306n A"
    assert Recipient(id="p", name=nfd).name == "Nguyễn Văn A"
    assert Recipient(id="p" + "\u0301").id == "ṕ"
    assert Reason(condition="\u00d0ạt", met=True).condition == "Đạt"
    record = AwardRecord(recipient="p", kind="ldtt", year=2024, initiatives_used=("e\u0301",))
    assert record.initiatives_used == ("é",)


def test_values_of_subclasses_are_read_as_their_base() -> None:
    class Year(int):
        pass

    class Day(date):
        pass

    rating = YearRating(year=Year(2025), rating=Rating.HTNV)
    assert type(rating.year) is int
    assert rating.year == 2025
    period = DisciplinePeriod(start=Day(2024, 1, 1), end=None, level=DisciplineLevel.CANH_CAO)
    assert period.start == date(2024, 1, 1)


def test_wrong_values_of_a_history_surface_when_built_not_when_checked() -> None:
    # each of these used to be accepted and then raise a builtin error inside check()
    for build_bad in (
        lambda: History(recipient=_new(Recipient, id="p", kind=None)),
        lambda: History(recipient=P, ratings=(_new(YearRating, year=2025, rating=None),)),
        lambda: History(
            recipient=P,
            discipline=(
                _new(DisciplinePeriod, start=None, end=None, level=DisciplineLevel.KHIEN_TRACH),
            ),
        ),
        lambda: History(
            recipient=P, initiatives=(_new(Initiative, id="i", year=2025, level=None),)
        ),
        lambda: _new(History, recipient=P, movements=None),
    ):
        with pytest.raises(InvalidValueError):
            build_bad()


def test_history_methods_check_their_year() -> None:
    h = History(recipient=P, ratings=(YearRating(year=2024, rating=Rating.HTNV),))
    assert h.rating(2024) is Rating.HTNV
    for year in (None, "2024", 2024.0, True, 10**30, 0):
        with pytest.raises(InvalidValueError):
            h.rating(year)  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError):
            h.up_to(year)  # type: ignore[arg-type]


def test_pending_matter_open_on_reads_a_datetime_as_its_day() -> None:
    matter = PendingMatter(
        kind=PendingKind.INSPECTION, since=date(2025, 11, 1), resolved=date(2025, 12, 1)
    )
    assert matter.open_on(datetime(2025, 11, 30, 23, 59))
    assert not matter.open_on(datetime(2025, 12, 1, 0, 0))
    with pytest.raises(InvalidValueError):
        matter.open_on(None)  # type: ignore[arg-type]


def test_reason_lines_depth_and_nesting() -> None:
    assert Reason(condition="A", met=True).lines(2) == ["    [x] A: đạt"]
    for depth in (-1, 101, "1", None, True, 1.0):
        with pytest.raises(InvalidValueError):
            Reason(condition="A", met=True).lines(depth)  # type: ignore[arg-type]
    from mttq.awards.decision import MAX_REASON_DEPTH

    reason = Reason(condition="leaf", met=True)
    for _ in range(MAX_REASON_DEPTH - 1):
        reason = Reason(condition="c", met=True, parts=(reason,))
    assert len(reason.lines()) == MAX_REASON_DEPTH
    with pytest.raises(InvalidValueError, match="deep"):
        Reason(condition="c", met=True, parts=(reason,))


def test_check_reads_a_datetime_on_as_its_day() -> None:
    h = History(
        recipient=P,
        ratings=(YearRating(year=2025, rating=Rating.HTXSNV),),
        pending=(PendingMatter(kind=PendingKind.INSPECTION, since=date(2025, 12, 1)),),
    )
    at_noon = check("ldtt", h, year=2025, on=datetime(2025, 12, 31, 12, 0))
    assert at_noon == check("ldtt", h, year=2025, on=date(2025, 12, 31))
    before = check("ldtt", h, year=2025, on=datetime(2025, 11, 30, 23, 59))
    assert before == check("ldtt", h, year=2025, on=date(2025, 11, 30))
    assert compile_rules(NATIONAL).verdict("ldtt", h, year=2025, on=datetime(2025, 12, 31)) == (
        at_noon.eligible,
        at_noon.deferred,
    )


@pytest.mark.parametrize("kinds", [None, "ldtt", b"ldtt", 5, object()])
def test_check_many_refuses_what_is_not_a_sequence_of_kinds(kinds: object) -> None:
    with pytest.raises(InvalidValueError, match="kinds"):
        check_many(kinds, P_HISTORY, year=2025)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="kinds"):
        compile_rules(NATIONAL).verdicts(kinds, P_HISTORY, year=2025)  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError):
        check_many((None,), P_HISTORY, year=2025)  # type: ignore[arg-type]


def test_undetermined_reads_naturally() -> None:
    decision = check("cstd-bo-tinh", _streak("cstdcs", 2023, 2024, 2025), year=2025)
    texts = [line for line in decision.explain().splitlines() if "[?]" in line]
    assert texts
    assert not any("mã hóa" in line for line in texts)
    assert any(line.endswith("chưa xác định [Luật 06/2022/QH15, Điều 22 k1]") for line in texts)
    rules = RuleSet(
        rules=(
            AwardRule(id="u", kind="ldtt", source="s", requirement=Undetermined(source="s")),
            AwardRule(
                id="v",
                kind="ldtt",
                source="t",
                requirement=Undetermined(description="Lý do", source="t"),
            ),
        )
    )
    reasons = check("ldtt", P_HISTORY, year=2025, rules=rules).reasons
    assert [r.text_vi for r in reasons] == [
        "Điều kiện khác: chưa xác định (chưa được mã hóa) [s]",
        "Lý do: chưa xác định [t]",
    ]


def test_requirements_nested_through_qualifies_too_deeply_are_refused() -> None:
    from mttq.awards import AllOf as All
    from mttq.awards import Qualifies
    from mttq.awards.requirements import MAX_DEPTH

    def deep(leaf: Any) -> Any:
        req = leaf
        for _ in range(MAX_DEPTH):
            req = All(parts=(req,))
        return req

    with pytest.raises(InvalidValueError, match="parts"):
        All(parts=(deep(Undetermined()),))
    collective = tuple(k.code for k in KINDS if RecipientKind.COLLECTIVE in k.recipients)
    chain = tuple(
        AwardRule(
            id=f"r{i}",
            kind=code,
            source="s",
            recipients=(RecipientKind.COLLECTIVE,),
            requirement=deep(Qualifies(kind=nxt) if nxt else Undetermined()),
        )
        for i, (code, nxt) in enumerate(zip(collective, (*collective[1:], None), strict=True))
    )
    h = History(recipient=Recipient(id="u", kind=RecipientKind.COLLECTIVE))
    with pytest.raises(InvalidValueError, match="nest too deeply"):
        check(collective[0], h, year=2025, rules=RuleSet(rules=chain))
    engine = compile_rules(RuleSet(rules=chain))
    with pytest.raises(InvalidValueError, match="nest too deeply"):
        engine.verdict(collective[0], h, year=2025)
    # what compiled before the error still works
    assert engine.verdict(collective[-1], h, year=2025) == (None, False)


def test_a_recursion_while_checking_is_an_invalid_value(monkeypatch: pytest.MonkeyPatch) -> None:
    from mttq.awards import engine as engine_module

    def too_deep(*args: object) -> NoReturn:
        raise RecursionError

    engine = compile_rules(RuleSet())
    monkeypatch.setattr(engine_module._Compiled, "result", too_deep)
    monkeypatch.setattr(engine_module._Compiled, "decide", too_deep)
    with pytest.raises(InvalidValueError, match="nest too deeply"):
        engine.check("ldtt", P_HISTORY, year=2025)
    with pytest.raises(InvalidValueError, match="nest too deeply"):
        engine.verdict("ldtt", P_HISTORY, year=2025)
