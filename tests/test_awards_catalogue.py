"""Tests of the award catalogue, rule shapes, bonuses, thresholds, salaries and serialisation."""

from __future__ import annotations

import math
import types
import typing
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
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
    GroupStanding,
    HasInitiative,
    History,
    HoldsTitle,
    Initiative,
    InitiativeLevel,
    LeadsGroup,
    LeadsMovement,
    MemberCount,
    MemberMeasure,
    MemberShare,
    MemberYear,
    MovementLead,
    NoDiscipline,
    Organiser,
    PendingKind,
    PendingMatter,
    Qualifies,
    QuotaNote,
    RatingAtLeast,
    Reason,
    Recipient,
    RecipientKind,
    RuleSet,
    Undetermined,
    VoteThreshold,
    YearRating,
    bonus_amount,
    catalogue,
    check,
    compile_rules,
    decision,
    find_kind,
    history,
    requirements,
    round_up_bonus,
)
from mttq.awards.bonus import bonus_amount as engine_bonus
from mttq.awards.national import (
    BONUSES,
    HOUSEHOLD_FACTORS,
    NATIONAL,
    SALARIES,
    THRESHOLDS,
    base_salary_on,
    vote_threshold,
)
from mttq.codes import Level, Rating
from mttq.documents import DocumentRef
from mttq.errors import InvalidValueError, MttqError, UnknownCodeError
from mttq.io import from_data, to_data


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
    from mttq.awards.national import HOUSEHOLD_FACTORS, SALARIES

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
    assert compile_rules(rules).verdict("giay-khen", history, year=2025) == (met, False)


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
    assert engine.verdict("giay-khen", warned, year=2025) == (False, False)


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
    assert engine.verdict("giay-khen", unknown, year=2025) == (None, False)
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


def _new(cls: Any, /, **fields: Any) -> Any:
    """Build ``cls`` from ``fields`` of any type (the wrong values these tests pass)."""
    return cls(**fields)


# --- every field of every public value class is type-checked when built ---------------------

_P = Recipient(id="p")
_REASON = Reason(condition="A", met=True, years=(2025,), items=("i",), note="n")
_BASES: tuple[object, ...] = (
    find_kind("ldtt").authorities[0],
    find_kind("ldtt"),
    _P,
    YearRating(year=2025, rating=Rating.HTTNV),
    DisciplinePeriod(start=date(2024, 1, 1), end=None, level=DisciplineLevel.CANH_CAO),
    PendingMatter(kind=PendingKind.INSPECTION, since=date(2025, 1, 1)),
    Initiative(id="i", year=2025, level=InitiativeLevel.GRASSROOTS, title="t"),
    AwardRecord(recipient="p", kind="ldtt", year=2024, initiatives_used=("i",)),
    Attestation(year=2025, criterion="c", by="b"),
    MemberYear(year=2025, members=10, ldtt=5),
    GroupStanding(year=2025, group="g", organiser=Organiser.CENTRAL_COUNCIL, leader=True),
    MovementLead(
        movement="m",
        organiser=Organiser.PRIME_MINISTER,
        start_year=2021,
        end_year=2025,
        leader=True,
    ),
    History(recipient=_P, ratings=(YearRating(year=2025, rating=Rating.HTTNV),)),
    Reason(condition="B", met=None, parts=(_REASON,)),
    QuotaNote(share=Decimal("0.15"), of_kind="ldtt", source="s"),
    Decision(kind="ldtt", year=2025, recipient="p", eligible=True, reasons=(_REASON,)),
    RatingAtLeast(rating=Rating.HTTNV, years=2, within_years=3),
    HoldsTitle(kinds=("cstdcs",), count=2, within_years=3, before=1),
    HasInitiative(level=InitiativeLevel.GRASSROOTS),
    NoDiscipline(),
    Attested(criterion="c", description="d"),
    MemberShare(measure=MemberMeasure.LDTT, at_least=Decimal("0.7")),
    MemberCount(measure=MemberMeasure.DISCIPLINED, at_least=0, at_most=1),
    LeadsGroup(organisers=(Organiser.CENTRAL_COUNCIL,)),
    LeadsMovement(organisers=(Organiser.PRIME_MINISTER,), min_years=5),
    Qualifies(kind="ldtt"),
    Undetermined(description="d"),
    AllOf(parts=(Qualifies(kind="ldtt"),)),
    AnyOf(parts=(Qualifies(kind="ldtt"), Undetermined())),
    NATIONAL.rules[0],
    NATIONAL.policies[-1],
    RuleSet(rules=NATIONAL.rules[:2], policies=NATIONAL.policies),
    BONUSES[0],
    HOUSEHOLD_FACTORS[0],
    SALARIES[0],
    THRESHOLDS[0],
)

_HOSTILE: tuple[object, ...] = (
    None,
    True,
    0,
    -1,
    10**30,
    1.5,
    math.nan,
    math.inf,
    Decimal("NaN"),
    Decimal("-Infinity"),
    Decimal("1e999999"),
    Decimal("-1"),
    "",
    " ",
    "x",
    "\x00",
    "httnv",
    "individual",
    "ldtt",
    b"ldtt",
    date(2024, 1, 1),
    datetime(2024, 1, 1, 12),
    (),
    ("a", "a"),
    (None,),
    [],
    {"a": 1},
    {"a"},
    object(),
    Rating.HTTNV,
    Level.CENTRAL,
    _P,
    _REASON,
)


def _public_classes() -> list[type]:
    out = []
    for module in (catalogue, history, decision, requirements):
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and attrs.has(value):
                out.append(value)
    return out


def _conforms(value: object, tp: object) -> bool:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in {typing.Union, types.UnionType}:
        return any(_conforms(value, a) for a in args)
    if origin is tuple:
        return isinstance(value, tuple) and all(_conforms(v, args[0]) for v in value)
    if tp is type(None):
        return value is None
    if tp is int:
        return type(value) is int
    if tp is bool:
        return type(value) is bool
    if tp is Decimal:
        return isinstance(value, Decimal) and value.is_finite()
    if tp is date:
        return type(value) is date
    if tp is str:
        return type(value) is str and unicodedata.is_normalized("NFC", value)
    assert isinstance(tp, type)
    return isinstance(value, tp)


def test_every_public_value_class_has_a_base_value() -> None:
    assert {type(b) for b in _BASES} == set(_public_classes())


@pytest.mark.parametrize("base", _BASES, ids=lambda b: type(b).__name__)
def test_every_field_refuses_wrong_values_with_an_mttq_error(base: object) -> None:
    cls = type(base)
    hints = typing.get_type_hints(cls)
    assert attrs.evolve(base) == base  # type: ignore[misc]
    for field in attrs.fields(cls):  # type: ignore[arg-type]
        for value in _HOSTILE:
            try:
                built = attrs.evolve(base, **{field.name: value})  # type: ignore[misc]
            except MttqError:
                continue
            stored = getattr(built, field.name)
            assert _conforms(stored, hints[field.name]), (cls.__name__, field.name, value)


# --- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    [
        None,
        True,
        1.5,
        math.nan,
        math.inf,
        "abc",
        "1000",
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-1"),
        -1,
        Decimal("1e999999"),
        10**12 + 1,
        (1, 2),
    ],
)
def test_round_up_bonus_refuses_what_is_not_an_amount(amount: object) -> None:
    with pytest.raises(InvalidValueError, match="amount"):
        round_up_bonus(amount)  # type: ignore[arg-type]


def test_round_up_bonus_is_exact() -> None:
    assert round_up_bonus(0) == 0
    assert round_up_bonus(Decimal("0.0001")) == 10_000
    assert round_up_bonus(Decimal("10000.0000000000000000000000000000001")) == 20_000
    assert round_up_bonus(10**12) == 10**12
    assert round_up_bonus(Decimal("1E+4")) == 10_000


def _rule(**changes: object) -> BonusRule:
    fields: dict[str, object] = {
        "id": "b",
        "kind": "ldtt",
        "recipient": RecipientKind.INDIVIDUAL,
        "multiplier": Decimal("0.3"),
        "source": "s",
    }
    return BonusRule(**{**fields, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "multiplier",
    [
        None,
        1.5,
        "x",
        True,
        Decimal("NaN"),
        Decimal("Infinity"),
        Decimal("1e999999"),
        Decimal(-1),
        0,
        Decimal("1000.5"),
        Decimal("0.00001"),
    ],
)
def test_bonus_multipliers_are_bounded(multiplier: object) -> None:
    with pytest.raises(InvalidValueError, match="multiplier"):
        _rule(multiplier=multiplier)
    from mttq.awards import HouseholdFactor

    with pytest.raises(InvalidValueError, match="factor"):
        HouseholdFactor(id="h", factor=multiplier, source="s")  # type: ignore[arg-type]


def test_bonus_multipliers_and_amounts_accepted() -> None:
    assert _rule(multiplier=2).multiplier == Decimal(2)
    assert _rule(multiplier=Decimal("1000")).multiplier == 1000
    assert _rule(multiplier=Decimal("0.12340000")).multiplier == Decimal("0.1234")
    from mttq.awards import BaseSalary

    for amount in (None, 1.5, "x", 0, -5, 10**12 + 1, True, Decimal(2_340_000)):
        with pytest.raises(InvalidValueError, match="amount"):
            BaseSalary(id="s", amount=amount, effective_from=ON, source="s")  # type: ignore[arg-type]
    top = BaseSalary(id="s", amount=10**12, effective_from=ON, source="s")
    rule = _rule(multiplier=Decimal(1000))
    with pytest.raises(InvalidValueError, match="base_salary"):
        engine_bonus("ldtt", on=ON, recipient="individual", bonuses=(rule,), salaries=(top,))
    half = _rule(kind="giay-khen", multiplier=Decimal("0.75"))
    from mttq.awards import HouseholdFactor

    factor = HouseholdFactor(id="h", factor=Decimal(2), source="s")
    with pytest.raises(InvalidValueError, match="factor"):
        engine_bonus(
            "giay-khen",
            on=ON,
            recipient="household",
            base_salary=10**12,
            bonuses=(half,),
            household=(factor,),
        )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"bonuses": None},
        {"bonuses": "b"},
        {"bonuses": (None,)},
        {"salaries": None},
        {"salaries": (BONUSES[0],)},
        {"household": 1},
        {"base_salary": 10**12 + 1},
        {"base_salary": True},
        {"base_salary": 1.5},
        {"on": None},
        {"on": 1.5},
    ],
)
def test_engine_bonus_amount_refuses_bad_tables(kwargs: dict[str, object]) -> None:
    args: dict[str, object] = {"on": ON, "recipient": "individual", "bonuses": BONUSES}
    with pytest.raises(InvalidValueError):
        engine_bonus("ldtt", **{**args, **kwargs})  # type: ignore[arg-type]


# --- shares, counts, spans --------------------------------------------------------------------


@pytest.mark.parametrize(
    "share",
    [
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-0.1"),
        Decimal("1.01"),
        2,
        None,
        0.5,
        "0.5",
        Decimal("0.12345678901"),
    ],
)
def test_shares_are_checked_before_they_are_compared(share: object) -> None:
    from mttq.awards import MemberShare, QuotaNote

    with pytest.raises(InvalidValueError, match="at_least"):
        MemberShare(measure=MemberMeasure.LDTT, at_least=share)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="share"):
        VoteThreshold(id="t", kinds=("ldtt",), share=share, source="s")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="share"):
        QuotaNote(share=share, of_kind="ldtt", source="s")  # type: ignore[arg-type]


def test_shares_accept_ints_and_trailing_zeros() -> None:
    from mttq.awards import MemberShare

    assert _new(MemberShare, measure=MemberMeasure.LDTT, at_least=1).at_least == Decimal(1)
    assert VoteThreshold(id="t", kinds=("ldtt",), share=Decimal("0.800000000000"), source="s")


_RULE: dict[str, object] = {
    "id": "r",
    "kind": "ldtt",
    "requirement": Undetermined(),
    "source": "s",
}
_KIND: dict[str, object] = {
    "code": "ok",
    "name": "n",
    "short": "s",
    "category": Category.TITLE,
    "recipients": (RecipientKind.INDIVIDUAL,),
    "source": "s",
}


@pytest.mark.parametrize(
    ("cls", "fields"),
    [
        (RatingAtLeast, {"rating": Rating.HTTNV, "years": 10_001}),
        (RatingAtLeast, {"rating": Rating.HTTNV, "years": 3, "within_years": 2}),
        (RatingAtLeast, {"rating": "HTTNV"}),
        (HoldsTitle, {"kinds": (), "count": 1}),
        (HoldsTitle, {"kinds": ("ldtt",), "count": 1001}),
        (HoldsTitle, {"kinds": ("ldtt",), "before": -1}),
        (HoldsTitle, {"kinds": ("ldtt",), "before": None}),
        (HoldsTitle, {"kinds": ("ldtt",), "consecutive": "yes"}),
        (HasInitiative, {"level": InitiativeLevel.GRASSROOTS, "kinds": ()}),
        (HasInitiative, {"level": None}),
        (NoDiscipline, {"within_years": True}),
        (Attested, {"criterion": "", "description": "d"}),
        (Attested, {"criterion": "c", "description": None}),
        (MemberCount, {"measure": MemberMeasure.LDTT, "at_least": -1}),
        (MemberCount, {"measure": MemberMeasure.LDTT, "at_least": 3, "at_most": 2}),
        (MemberCount, {"measure": MemberMeasure.LDTT, "at_most": 1.5}),
        (LeadsGroup, {"organisers": ()}),
        (LeadsGroup, {"organisers": None}),
        (AllOf, {"parts": ()}),
        (AnyOf, {"parts": None}),
        (AnyOf, {"parts": ("x",)}),
        (Undetermined, {"description": None}),
        (AwardRule, {"id": "", "kind": "ldtt", "requirement": Undetermined(), "source": "s"}),
        (AwardRule, {"id": "r", "kind": "ldtt", "requirement": None, "source": "s"}),
        (AwardRule, {**_RULE, "recipients": ()}),
        (AwardRule, {**_RULE, "effective_from": 1.5}),
        (AwardRule, {**_RULE, "effective_from": datetime(2024, 1, 1)}),
        (
            AwardRule,
            {**_RULE, "effective_from": date(2025, 1, 1), "effective_to": date(2024, 12, 31)},
        ),
        (AwardRule, {**_RULE, "quota": 1}),
        (CountingPolicy, {"id": "p", "source": "s", "defer_when_pending": "yes"}),
        (CountingPolicy, {"id": "p", "source": "s", "excluded_bases": ("robot",)}),
        (RuleSet, {"policies": None}),
        (RuleSet, {"rules": None}),
        (RuleSet, {"rules": ("x",)}),
        (catalogue.Authority, {"who": None, "level": None, "source": "s"}),
        (catalogue.Authority, {"who": "w", "level": "x", "source": "s"}),
        (catalogue.AwardKind, {**_KIND, "code": "Bad Code"}),
        (catalogue.AwardKind, {**_KIND, "recipients": ()}),
        (catalogue.AwardKind, {**_KIND, "name": None}),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else "",
)
def test_shapes_refuse_invalid_values(cls: Any, fields: dict[str, object]) -> None:
    with pytest.raises(InvalidValueError):
        cls(**fields)


def test_shape_lists_and_wire_codes_are_converted() -> None:
    rule = AwardRule(
        id="r",
        kind="ldtt",
        requirement=AnyOf(parts=[Qualifies(kind="cstt")]),  # type: ignore[arg-type]
        source="s",
        recipients=["collective"],  # type: ignore[arg-type]
    )
    assert rule.recipients == (RecipientKind.COLLECTIVE,)
    assert isinstance(rule.requirement, AnyOf)
    assert rule.requirement.parts == (Qualifies(kind="cstt"),)
    policy = _new(CountingPolicy, id="p", source="s", excluded_bases=["sudden"])
    assert policy.excluded_bases == (Basis.SUDDEN,)
    assert RatingAtLeast(rating="htnv").rating is Rating.HTNV  # type: ignore[arg-type]


# --- dates asked about and dates stored --------------------------------------------------------


def test_a_day_asked_about_may_be_a_datetime() -> None:
    from mttq.awards.catalogue import in_force
    from mttq.awards.national import vote_threshold as threshold

    at = datetime(2025, 6, 30, 23, 59)
    assert in_force(None, date(2025, 6, 30), at)
    assert not in_force(date(2025, 7, 1), None, at)
    assert base_salary_on(at) == base_salary_on(date(2025, 6, 30))
    assert threshold("cstdcs", on=at) == threshold("cstdcs", on=date(2025, 6, 30))
    assert bonus_amount("ldtt", on=datetime(2025, 12, 1, 8), recipient="individual") == 710_000
    kind = find_kind("cstdcs")
    assert kind.authorities_on(datetime(2025, 7, 1, 0, 1)) == kind.authorities_on(date(2025, 7, 1))
    assert kind.authorities[0].in_force(datetime(2030, 1, 1, 12))


@pytest.mark.parametrize("on", [None, 1.5, "2025-01-01", 2025, Decimal(1)])
def test_a_day_asked_about_must_be_a_date(on: object) -> None:
    from mttq.awards.catalogue import in_force

    for call in (
        lambda: in_force(None, None, on),  # type: ignore[arg-type]
        lambda: base_salary_on(on),  # type: ignore[arg-type]
        lambda: vote_threshold("ldtt", on=on),  # type: ignore[arg-type]
        lambda: find_kind("ldtt").authorities[0].in_force(on),  # type: ignore[arg-type]
        lambda: find_kind("ldtt").authorities_on(on),  # type: ignore[arg-type]
        lambda: bonus_amount("ldtt", on=on, recipient="individual"),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidValueError):
            call()


@pytest.mark.parametrize("bound", [1.5, "2024-01-01", datetime(2024, 1, 1), 2024])
def test_in_force_refuses_bounds_that_are_not_stored_days(bound: object) -> None:
    from mttq.awards.catalogue import in_force

    with pytest.raises(InvalidValueError, match="effective_from"):
        in_force(bound, None, ON)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="effective_to"):
        in_force(None, bound, ON)  # type: ignore[arg-type]


def test_in_force_accepts_a_date_subclass_as_a_bound() -> None:
    from mttq.awards.catalogue import in_force

    class Day(date):
        pass

    assert in_force(Day(2024, 1, 1), Day(2026, 1, 1), ON)


def test_vote_threshold_refuses_a_bad_table() -> None:
    for table in (None, "t", (None,), (BONUSES[0],)):
        with pytest.raises(InvalidValueError, match="thresholds"):
            vote_threshold("cstdcs", on=ON, thresholds=table)  # type: ignore[arg-type]
    listed: Any = list(THRESHOLDS)
    assert vote_threshold("cstdcs", on=date(2024, 6, 1), thresholds=listed)


@pytest.mark.parametrize("year", [None, 0, -1, 10**30, 2025.0, "2025", True, 1899, 2201])
def test_rule_set_years_are_checked(year: object) -> None:
    with pytest.raises(InvalidValueError, match="year"):
        NATIONAL.policy_for(year)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="year"):
        NATIONAL.rules_for("ldtt", year, RecipientKind.INDIVIDUAL)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="year"):
        NATIONAL.rules[0].in_force_for(year)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="year"):
        NATIONAL.policies[0].in_force_for(year)  # type: ignore[arg-type]


def test_rule_set_helpers_check_their_arguments() -> None:
    assert NATIONAL.rules_for("Lao động tiên tiến", 2025, "individual") == NATIONAL.rules_for(
        "ldtt", 2025, RecipientKind.INDIVIDUAL
    )
    with pytest.raises(InvalidValueError, match="recipient"):
        NATIONAL.rules_for("ldtt", 2025, "robot")
    with pytest.raises(UnknownCodeError):
        NATIONAL.rules_for("robot", 2025, RecipientKind.INDIVIDUAL)
    with pytest.raises(InvalidValueError, match="rules"):
        RuleSet().extend(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="policies"):
        RuleSet().extend(policies=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="policies"):
        RuleSet().extend(policies=(None,))  # type: ignore[arg-type]
    extended = RuleSet().extend(NATIONAL.rules[0], policies=[NATIONAL.policies[0]])  # type: ignore[arg-type]
    assert extended.policies == (NATIONAL.policies[0],)
    with pytest.raises(InvalidValueError, match="ids"):
        NATIONAL.without(None)  # type: ignore[arg-type]
    assert NATIONAL.without(NATIONAL.rules[0].id).ids() == NATIONAL.ids()[1:]


def test_money_and_shares_are_exact_whatever_the_decimal_context() -> None:
    import decimal

    with decimal.localcontext(prec=3):
        assert bonus_amount("huan-chuong-sao-vang", on=ON, recipient="collective") == 215_280_000
        assert round_up_bonus(Decimal("123456789.5")) == 123_460_000
        with pytest.raises(InvalidValueError, match="digits"):
            VoteThreshold(id="t", kinds=("ldtt",), share=Decimal("0.12345678901"), source="s")
        threshold = VoteThreshold(id="t", kinds=("ldtt",), share=Decimal("0.6667"), source="s")
        assert not threshold.passes(yes=6666, members=10_000)
        assert threshold.passes(yes=6667, members=10_000)
