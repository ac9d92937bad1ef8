"""Tests of the award catalogue, rule shapes, bonuses, thresholds, salaries and serialisation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.awards import (
    KINDS,
    AllOf,
    AnyOf,
    Attestation,
    Attested,
    AwardRecord,
    AwardRule,
    Basis,
    BonusRule,
    Category,
    CountingPolicy,
    Decision,
    DisciplineLevel,
    DisciplinePeriod,
    HasInitiative,
    History,
    HoldsTitle,
    Initiative,
    InitiativeLevel,
    LeadsGroup,
    MemberCount,
    MemberMeasure,
    MemberYear,
    NoDiscipline,
    Organiser,
    PendingKind,
    PendingMatter,
    Qualifies,
    RatingAtLeast,
    Recipient,
    RecipientKind,
    RuleSet,
    Undetermined,
    VoteThreshold,
    YearRating,
    bonus_amount,
    check,
    compile_rules,
    find_kind,
    round_up_bonus,
)
from mttq.awards.engine import bonus_amount as engine_bonus
from mttq.codes import Level, Rating
from mttq.documents import DocumentRef
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.io import from_data, to_data
from mttq.rules.awards import BONUSES, NATIONAL
from mttq.rules.salaries import base_salary_on
from mttq.rules.thresholds import vote_threshold


def test_catalogue_codes_are_ascii_and_unique() -> None:
    codes = [k.code for k in KINDS]
    assert len(codes) == len(set(codes))
    assert all(c.isascii() for c in codes)
    titles = {k.code for k in KINDS if k.category is Category.TITLE}
    assert {"cstd-toan-quoc", "cstd-bo-tinh", "cstdcs", "ldtt", "cstt"} <= titles
    assert {"co-thi-dua-cp", "ttldxs", "ttldtt", "thon-van-hoa", "gia-dinh-van-hoa"} <= titles
    flags = [k for k in KINDS if k.category is Category.FLAG]
    assert len(flags) == 3
    assert sum(1 for k in KINDS if k.code.startswith("huan-chuong-")) == 20


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lao động tiên tiến", "ldtt"),
        ("lao dong tien tien", "ldtt"),
        ("CSTĐCS", "cstdcs"),
        ("Chiến sĩ thi đua cấp tỉnh", "cstd-bo-tinh"),
        ("Xã, phường, thị trấn tiêu biểu", "xa-tieu-bieu"),
        ("Huân chương Lao động hạng Ba", "huan-chuong-lao-dong-3"),
        ("Bằng khen tỉnh", "bang-khen-bo-tinh"),
    ],
)
def test_find_kind(text: str, code: str) -> None:
    assert find_kind(text).code == code
    assert find_kind(find_kind(text)) is find_kind(text)


def test_find_kind_unknown_suggests() -> None:
    with pytest.raises(UnknownCodeError) as info:
        find_kind("Lao dong tien tienn")
    assert info.value.suggestions[0] == "ldtt"
    with pytest.raises(UnknownCodeError):
        find_kind(None)  # type: ignore[arg-type]


def test_authorities_move_to_commune() -> None:
    ldtt = find_kind("ldtt")
    before = {a.level for a in ldtt.authorities_on(date(2025, 6, 30))}
    after = {a.level for a in ldtt.authorities_on(date(2025, 7, 1))}
    assert Level.DISTRICT in before
    assert Level.COMMUNE not in before
    assert Level.COMMUNE in after
    assert Level.DISTRICT not in after
    assert ldtt.authorities_on(date(2023, 1, 1)) == ()
    with pytest.raises(InvalidValueError):
        ldtt.authorities_on("2025-07-01")  # type: ignore[arg-type]


# --- bonuses, salaries, thresholds ---------------------------------------------------------

ON = date(2025, 12, 20)


@pytest.mark.parametrize(
    ("kind", "recipient", "amount"),
    [
        ("ldtt", "individual", 710_000),  # 0.3 x 2,340,000 = 702,000 -> up to 710,000
        ("cstdcs", "individual", 2_340_000),
        ("cstd-bo-tinh", "individual", 7_020_000),
        ("cstd-toan-quoc", "individual", 10_530_000),
        ("ttldtt", "collective", 1_880_000),  # 1,872,000 -> 1,880,000
        ("ttldxs", "collective", 3_510_000),
        ("co-thi-dua-bo-tinh", "collective", 18_720_000),
        ("co-thi-dua-cp", "collective", 28_080_000),
        ("giay-khen", "collective", 1_410_000),  # 1,404,000 -> 1,410,000
        ("huan-chuong-lao-dong-3", "collective", 21_060_000),
        ("huan-chuong-sao-vang", "collective", 215_280_000),
    ],
)
def test_bonus_amounts(kind: str, recipient: str, amount: int) -> None:
    assert bonus_amount(kind, on=ON, recipient=recipient) == amount


def test_bonus_unverified_amounts_are_none() -> None:
    assert bonus_amount("bang-khen-bo-tinh", on=ON, recipient="individual") is None
    assert bonus_amount("huan-chuong-doc-lap-3", on=ON, recipient="collective") is None
    assert bonus_amount("ldtt", on=date(2025, 6, 30), recipient="individual") is None
    assert bonus_amount("giay-khen", on=ON, recipient=RecipientKind.HOUSEHOLD) is None


def test_bonus_with_caller_salary_and_household() -> None:
    assert bonus_amount("ldtt", on=ON, recipient="individual", base_salary=2_530_000) == 760_000
    individual = BonusRule(
        id="x",
        kind="giay-khen",
        recipient=RecipientKind.INDIVIDUAL,
        multiplier=Decimal("0.3"),
        source="test",
    )
    from mttq.rules.awards import HOUSEHOLD_FACTORS
    from mttq.rules.salaries import SALARIES

    args = {"on": ON, "bonuses": (individual,), "salaries": SALARIES}
    assert engine_bonus("giay-khen", recipient="individual", **args) == 710_000  # type: ignore[arg-type]
    household = engine_bonus(
        "giay-khen",
        recipient="household",
        household=HOUSEHOLD_FACTORS,
        **args,  # type: ignore[arg-type]
    )
    assert household == 1_070_000  # 710,000 x 1.5 = 1,065,000 -> 1,070,000
    assert engine_bonus("giay-khen", recipient="household", **args) is None  # type: ignore[arg-type]
    assert (
        engine_bonus(
            "giay-khen", recipient="individual", on=date(2024, 1, 1), bonuses=(individual,)
        )
        is None
    )


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"kind": "ldtt", "on": "2025-12-20", "recipient": "individual"}, InvalidValueError),
        (
            {"kind": "ldtt", "on": ON, "recipient": "individual", "base_salary": 0},
            InvalidValueError,
        ),
        (
            {"kind": "ldtt", "on": ON, "recipient": "individual", "base_salary": "1"},
            InvalidValueError,
        ),
        ({"kind": "ldtt", "on": ON, "recipient": "household"}, InvalidValueError),
        ({"kind": "ldtt", "on": ON, "recipient": "robot"}, UnknownCodeError),
        ({"kind": "xyz", "on": ON, "recipient": "individual"}, UnknownCodeError),
    ],
)
def test_bonus_bad_input(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        bonus_amount(**kwargs)  # type: ignore[arg-type]


def test_round_up_bonus() -> None:
    assert round_up_bonus(1) == 10_000
    assert round_up_bonus(Decimal("10000")) == 10_000
    assert round_up_bonus(Decimal("10000.01")) == 20_000


def test_base_salary() -> None:
    assert base_salary_on(date(2024, 7, 1)) == 2_340_000
    assert base_salary_on(date(2024, 6, 30)) is None
    with pytest.raises(InvalidValueError):
        base_salary_on("2024-07-01")  # type: ignore[arg-type]


def test_vote_thresholds() -> None:
    t90 = vote_threshold("cstd-bo-tinh", on=date(2025, 1, 10))
    assert t90 is not None
    assert t90.share == Decimal("0.9")
    assert t90.passes(yes=9, members=10)
    assert not t90.passes(yes=8, members=10)
    assert vote_threshold("ldtt", on=date(2025, 1, 10)) is None
    assert vote_threshold("cstd-bo-tinh", on=date(2025, 7, 1)) is None
    with pytest.raises(InvalidValueError):
        vote_threshold("ldtt", on="2025")  # type: ignore[arg-type]
    for yes, members in ((11, 10), (-1, 10), (1, 0), (True, 3)):
        with pytest.raises(InvalidValueError):
            t90.passes(yes=yes, members=members)
    with pytest.raises(InvalidValueError):
        VoteThreshold(id="t", kinds=(), share=Decimal("1.5"), source="s")


# --- shapes and rule sets --------------------------------------------------------------------


def test_shape_validation() -> None:
    with pytest.raises(InvalidValueError):
        RatingAtLeast(rating=Rating.HTTNV, years=0)
    with pytest.raises(InvalidValueError):
        HoldsTitle(kinds=("cstdcs",), within_years=0)
    with pytest.raises(InvalidValueError):
        RuleSet(rules=(NATIONAL.rules[0], NATIONAL.rules[0]))


def test_ruleset_helpers() -> None:
    assert (
        NATIONAL.without("luat-2022.ldtt").rules_for("ldtt", 2025, RecipientKind.INDIVIDUAL) == ()
    )
    assert NATIONAL.policy_for(2025).id == "nd152-2025.counting"
    assert NATIONAL.policy_for(2024).id == "luat-2022.counting"
    assert NATIONAL.policy_for(2020).id == "nd91-2017.counting"


def _h(**kw: object) -> History:
    return History(recipient=Recipient(id="u", kind=RecipientKind.COLLECTIVE), **kw)  # type: ignore[arg-type]


def test_custom_rules_branches() -> None:
    rules = RuleSet(
        rules=(
            AwardRule(
                id="t.giay-khen",
                kind="giay-khen",
                source="test",
                recipients=(RecipientKind.COLLECTIVE,),
                requirement=AllOf(
                    parts=(
                        RatingAtLeast(rating=Rating.HTTNV, years=2, within_years=3),
                        MemberCount(measure=MemberMeasure.LDTT, at_least=2, at_most=5),
                        LeadsGroup(organisers=(Organiser.MTTQ_PROVINCE,)),
                        Undetermined(description="x"),
                    ),
                    description="Điều kiện thử",
                ),
            ),
        )
    )
    h = _h(
        ratings=(
            YearRating(year=2023, rating=Rating.HTTNV),
            YearRating(year=2025, rating=Rating.HTXSNV),
        ),
        members=(MemberYear(year=2025, members=10, ldtt=3),),
        standings=(),
    )
    d = check("giay-khen", h, year=2025, rules=rules)
    assert d.eligible is None
    parts = d.reasons[0].parts
    assert [p.met for p in parts] == [True, True, None, None]
    h2 = _h(
        ratings=tuple(YearRating(year=y, rating=Rating.HTNV) for y in (2023, 2024, 2025)),
        members=(MemberYear(year=2025, members=0),),
    )
    parts2 = check("giay-khen", h2, year=2025, rules=rules).reasons[0].parts
    assert [p.met for p in parts2[:2]] == [False, False]
    h3 = _h(ratings=(YearRating(year=2025, rating=Rating.HTNV),))
    assert check("giay-khen", h3, year=2025, rules=rules).reasons[0].parts[0].met is None


def test_qualifies_cycle_is_refused() -> None:
    loop = RuleSet(
        rules=(
            AwardRule(id="a", kind="ldtt", source="s", requirement=Qualifies(kind="cstdcs")),
            AwardRule(id="b", kind="cstdcs", source="s", requirement=Qualifies(kind="ldtt")),
        )
    )
    with pytest.raises(InvalidValueError, match="itself"):
        check("ldtt", History(recipient=Recipient(id="p")), year=2025, rules=loop)


def test_compile_rules_refuses_non_ruleset() -> None:
    with pytest.raises(InvalidValueError):
        compile_rules("rules")  # type: ignore[arg-type]
    engine = compile_rules(NATIONAL)
    assert engine is compile_rules(NATIONAL)


def test_pending_policy_false_and_certified_ongoing() -> None:
    rules = RuleSet(
        rules=(
            AwardRule(
                id="t",
                kind="ldtt",
                source="s",
                requirement=AnyOf(parts=(Attested(criterion="c", description="C"),)),
            ),
        ),
        policies=(CountingPolicy(id="p", source="s", defer_when_pending=False),),
    )
    h = History(
        recipient=Recipient(id="p"),
        attestations=(
            Attestation(year=2025, criterion="c"),
            Attestation(year=2025, criterion="c", met=False),
        ),
        pending=(PendingMatter(kind=PendingKind.COMPLAINT, since=date(2025, 1, 1)),),
    )
    d = check("ldtt", h, year=2025, rules=rules)
    assert d.eligible is False  # a refusal wins over a certification
    assert d.deferred is False


def test_initiative_reuse_between_titles_allowed_by_policy() -> None:
    rules = NATIONAL.extend(
        policies=(
            CountingPolicy(
                id="p",
                source="s",
                initiative_single_use=True,
                reuse_between_titles=True,
                excluded_bases=(Basis.SUDDEN,),
                reset_after_discipline=False,
            ),
        )
    )
    h = History(
        recipient=Recipient(id="p"),
        ratings=(YearRating(year=2025, rating=Rating.HTTNV),),
        attestations=(Attestation(year=2025, criterion="ldtt-tinh-than"),),
        initiatives=(Initiative(id="s", year=2025, level=InitiativeLevel.GRASSROOTS),),
        awards=(
            AwardRecord(recipient="p", kind="cstd-bo-tinh", year=2025, initiatives_used=("s",)),
        ),
    )
    assert check("cstdcs", h, year=2025, rules=rules).eligible is True
    assert check("cstdcs", h, year=2025).eligible is None


# --- serialisation ---------------------------------------------------------------------------


def test_rules_round_trip_through_io() -> None:
    data = to_data(NATIONAL)
    assert data["rules"][0]["requirement"]["type"] == "AllOf"
    assert from_data(data, RuleSet) == NATIONAL
    assert from_data(to_data(BONUSES[0]), BonusRule) == BONUSES[0]


def test_history_and_decision_round_trip() -> None:
    h = History(
        recipient=Recipient(id="p", name="Lê Thị C"),
        ratings=(YearRating(year=2025, rating=Rating.HTXSNV),),
        awards=(
            AwardRecord(
                recipient="p",
                kind="cstdcs",
                year=2024,
                decided_on=date(2025, 1, 15),
                decision=DocumentRef.parse("15/QĐ-UBND"),
                basis=Basis.REGULAR,
            ),
        ),
        attestations=(Attestation(year=2025, criterion="ldtt-tinh-than"),),
    )
    assert from_data(to_data(h), History) == h
    d = check("cstdcs", h, year=2025)
    assert from_data(to_data(d), Decision) == d


# --- the engine's fast paths against a plain reading ------------------------------------------


@given(
    years=st.sets(st.integers(2015, 2025), max_size=8),
    others=st.sets(st.integers(2015, 2025), max_size=3),
    both_kinds=st.booleans(),
    count=st.integers(1, 4),
    consecutive=st.booleans(),
    period=st.integers(1, 3),
    within=st.sampled_from((None, 1, 2, 3, 4, 5, 60)),
    before=st.integers(0, 2),
)
def test_holds_title_matches_a_plain_reading(  # noqa: PLR0917
    years: set[int],
    others: set[int],
    both_kinds: bool,
    count: int,
    consecutive: bool,
    period: int,
    within: int | None,
    before: int,
) -> None:
    kinds = ("cstdcs", "LĐTT") if both_kinds else ("Chiến sĩ thi đua cơ sở",)
    rules = RuleSet(
        rules=(
            AwardRule(
                id="t",
                kind="giay-khen",
                source="s",
                requirement=HoldsTitle(
                    kinds=kinds,
                    count=count,
                    consecutive=consecutive,
                    period=period,
                    within_years=within,
                    before=before,
                ),
            ),
        ),
        policies=(CountingPolicy(id="p", source="s"),),  # every regular award counts
    )
    history = History(
        recipient=Recipient(id="p"),
        awards=(
            *(AwardRecord(recipient="p", kind="cstdcs", year=y) for y in years),
            *(AwardRecord(recipient="p", kind="ldtt", year=y) for y in others),
        ),
    )
    low = 2025 - within + 1 if within is not None else 0
    counted = {y for y in (years | others if both_kinds else years) if low <= y <= 2025 - before}
    if consecutive:
        met = any(all(e - k * period in counted for k in range(count)) for e in counted)
    else:
        met = len(counted) >= count
    decision = check("giay-khen", history, year=2025, rules=rules)
    assert decision.eligible is met
    assert set(decision.reasons[0].years) <= counted
    assert compile_rules(rules).decide("giay-khen", history, year=2025) == (met, False)


def test_no_discipline_over_a_window_longer_than_history() -> None:
    rules = RuleSet(
        rules=(
            AwardRule(
                id="t",
                kind="giay-khen",
                source="s",
                requirement=NoDiscipline(within_years=5000),
            ),
        )
    )
    clean = History(recipient=Recipient(id="p"))
    warned = History(
        recipient=Recipient(id="p"),
        discipline=(
            DisciplinePeriod(
                start=date(1990, 1, 1), end=date(1990, 6, 30), level=DisciplineLevel.KHIEN_TRACH
            ),
        ),
    )
    engine = compile_rules(rules)
    assert engine.check("giay-khen", clean, year=2025).eligible is True
    assert engine.check("giay-khen", warned, year=2025).eligible is False
    assert engine.decide("giay-khen", warned, year=2025) == (False, False)


def test_long_alternatives_initiatives_in_use_and_repeated_certificates() -> None:
    def rule(requirement: AnyOf | HasInitiative) -> RuleSet:
        return RuleSet(
            rules=(AwardRule(id="t", kind="giay-khen", source="s", requirement=requirement),)
        )

    five = AnyOf(parts=tuple(Attested(criterion=f"c{i}", description=f"C{i}") for i in range(5)))
    certified = History(
        recipient=Recipient(id="p"),
        attestations=(
            Attestation(year=2025, criterion="c0", met=False),
            Attestation(year=2025, criterion="c3"),
            Attestation(year=2025, criterion="c3"),  # certified twice: still certified
        ),
    )
    engine = compile_rules(rule(five))
    decision = engine.check("giay-khen", certified, year=2025)
    assert decision.eligible is True
    assert [p.met for p in decision.reasons[0].parts] == [False, None, None, True, None]
    unknown = History(recipient=Recipient(id="p"), attestations=certified.attestations[:1])
    assert engine.check("giay-khen", unknown, year=2025).eligible is None
    assert engine.decide("giay-khen", unknown, year=2025) == (None, False)
    any_use = rule(HasInitiative(level=InitiativeLevel.GRASSROOTS, unused=False, within_years=2))
    used = History(
        recipient=Recipient(id="p"),
        initiatives=(Initiative(id="s", year=2024, level=InitiativeLevel.GRASSROOTS),),
        awards=(AwardRecord(recipient="p", kind="giay-khen", year=2024, initiatives_used=("s",)),),
    )
    decision = check("giay-khen", used, year=2025, rules=any_use)
    assert decision.eligible is True
    assert decision.reasons[0].condition == (
        "Có 1 sáng kiến hoặc đề tài, đề án, công trình khoa học hoặc sáng kiến, giải pháp chiến "
        "đấu được công nhận ở cấp cơ sở trở lên trong 2 năm gần nhất"
    )
