from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.awards import History, Recipient, RecipientKind, YearRating
from mttq.codes import Level, Rating
from mttq.errors import DataError, InvalidValueError, MttqError, UnknownCodeError
from mttq.groups import Bloc, Cluster, GroupYear
from mttq.io import dumps, from_data, loads, to_data
from mttq.organisations import standard_bodies
from mttq.rotation import DeputySucceeds, Election, FixedRotation, FlagWinner, FlagWinnerLeads
from mttq.samples import demo_input, demo_result, sample_rubric, sample_scheme, sheets_from_totals
from mttq.scoring import QD366, Quota, ScoreSheet, SelectionStatus, TieBreaker
from mttq.voting import Ballot, Ratio
from mttq.yearend import (
    DEFAULT_GAP_THRESHOLD,
    FLAG_KINDS,
    Eligibility,
    Highlight,
    ReviewInput,
    ReviewWarning,
    WarningKind,
    YearEndResult,
    flag_kind_for,
    review,
)

CODES = tuple(o.code for o in standard_bodies(Level.PROVINCE))
BLOC = Bloc(code="k", name="Khối thi đua thử", organiser="UBND tỉnh", level=Level.PROVINCE)
RUBRIC = sample_rubric(2023)


def _year(**kw: Any) -> GroupYear:
    base: dict[str, Any] = {"group": "k", "year": 2023, "members": CODES, "head": CODES[0]}
    base.update(kw)
    return GroupYear(**base)


def _sheets(*totals: str | int) -> tuple[ScoreSheet, ...]:
    return sheets_from_totals(RUBRIC, {c: Decimal(t) for c, t in zip(CODES, totals, strict=False)})


def _review(sheets: tuple[ScoreSheet, ...], **kw: Any) -> YearEndResult:
    args: dict[str, Any] = {
        "rubric": RUBRIC,
        "scheme": sample_scheme(),
        "policy": FixedRotation(order=CODES),
        "group": BLOC,
    }
    args.update(kw)
    group_year = args.pop("group_year", _year())
    return review(group_year, sheets, **args)


# --------------------------------------------------------------------------- the demo


def test_demo_golden_outcome() -> None:
    r = demo_result()
    assert [(e.unit, e.rank, e.total) for e in r.ranking] == [
        ("mttq.tinh", 1, Decimal("98.5")),
        ("hoi-ccb.tinh", 2, Decimal("96.5")),
        ("hoi-nd.tinh", 3, Decimal(95)),
        ("hoi-lhpn.tinh", 4, Decimal("94.5")),
        ("cong-doan.tinh", 5, Decimal(92)),
        ("doan-tn.tinh", 6, Decimal("90.5")),
    ]
    assert r.selected("flag") == ("mttq.tinh", "hoi-ccb.tinh")
    assert r.selected("commendations") == ("hoi-nd.tinh", "hoi-lhpn.tinh")
    assert r.flag_kind == "co-thi-dua-bo-tinh"
    assert r.next_leadership.year == 2022
    assert r.next_leadership.head == "hoi-nd.tinh"
    assert r.handover is not None
    assert (r.handover.outgoing, r.handover.incoming) == ("hoi-lhpn.tinh", "hoi-nd.tinh")
    assert r.handover.date == dt.date(2022, 1, 12)
    assert r.election is not None
    assert r.election.elected == ("hoi-nd.tinh",)
    assert [w.kind for w in r.warnings] == [WarningKind.LARGE_GAP, WarningKind.NOT_CHECKED]
    assert r.warnings[0].unit == "doan-tn.tinh"
    assert all(not e.checked for e in r.eligibility)
    assert r.head_title == "Khối trưởng"
    assert r.deputy_title == "Khối phó"
    assert r.name("nope") == "nope"


def test_result_round_trips_through_io() -> None:
    r = demo_result()
    assert from_data(to_data(r), YearEndResult) == r
    assert loads(dumps(r), YearEndResult) == r


def test_review_input_round_trips_json_and_toml() -> None:
    data = demo_input()
    assert from_data(to_data(data), ReviewInput) == data
    assert loads(dumps(data, format="toml"), ReviewInput, format="toml") == data
    assert loads(dumps(data), ReviewInput).run() == demo_result()


@given(st.randoms(use_true_random=False))
def test_review_does_not_depend_on_input_order(rnd: Any) -> None:
    data = demo_input()
    sheets = list(data.sheets)
    ballots = list(data.ballots or ())
    rnd.shuffle(sheets)
    rnd.shuffle(ballots)
    shuffled = attrs.evolve(data, sheets=tuple(sheets), ballots=tuple(ballots))
    assert shuffled.run() == demo_result()


# --------------------------------------------------------------------------- warnings


def test_missing_sheet_is_warned_and_not_ranked() -> None:
    r = _review(_sheets(95, 94, 93, 92, 91))
    assert [w.unit for w in r.warnings if w.kind is WarningKind.MISSING_SHEET] == [CODES[5]]
    assert len(r.ranking) == 5


def test_gap_threshold_is_a_parameter() -> None:
    sheets = sheets_from_totals(RUBRIC, {CODES[0]: 90}, self_totals={CODES[0]: 94})
    year = _year(members=(CODES[0],), head=None)
    policy = FixedRotation()
    loose = _review(sheets, group_year=year, policy=policy)
    assert all(w.kind is not WarningKind.LARGE_GAP for w in loose.warnings)
    tight = _review(sheets, group_year=year, policy=policy, gap_threshold=3)
    assert next(w.kind for w in tight.warnings) is WarningKind.LARGE_GAP
    assert DEFAULT_GAP_THRESHOLD == 5


def test_unbreakable_flag_tie_is_warned() -> None:
    r = _review(_sheets(95, 95, 93, 92, 91, 90))
    assert r.selected("flag") == ()
    assert {e.status for e in r.flag} == {SelectionStatus.TIED}
    assert any(w.kind is WarningKind.FLAG_TIE for w in r.warnings)


def test_tie_broken_by_stated_tie_breaker() -> None:
    sheets = list(_sheets(95, 95, 93, 92, 91, 90))
    r = _review(tuple(sheets), tie_breakers=("women-led",), women_led=(CODES[1],))
    assert r.selected("flag") == (CODES[1],)


def test_commendation_tie_is_warned() -> None:
    r = _review(_sheets(97, 95, 93, 93, 91, 90), commendation_quota=Quota(count=2))
    assert r.selected("commendations") == (CODES[1],)
    assert any(w.kind is WarningKind.COMMENDATION_TIE for w in r.warnings)


def test_leader_below_best_grade_is_warned() -> None:
    r = _review(_sheets(85, 80, 75, 70, 60, 40))
    assert r.grades[CODES[0]].grade is Rating.HTTNV
    assert r.grades[CODES[5]].grade is Rating.KHTNV
    assert any(w.kind is WarningKind.LEADER_GRADE for w in r.warnings)


def test_scheme_not_in_force_is_warned() -> None:
    r = _review(_sheets(95, 94, 93, 92, 91, 90), scheme=QD366)
    assert any(w.kind is WarningKind.SCHEME_NOT_IN_FORCE for w in r.warnings)
    later = _review(_sheets(95, 94, 93, 92, 91, 90), scheme=QD366, group_year=_year(year=2025))
    assert all(w.kind is not WarningKind.SCHEME_NOT_IN_FORCE for w in later.warnings)


def test_grading_conditions_are_passed_per_unit() -> None:
    r = _review(
        _sheets(95, 94, 93, 92, 91, 90),
        scheme=QD366,
        group_year=_year(year=2025),
        conditions={CODES[0]: {"no_leader_disciplined": False}},
    )
    assert r.grades[CODES[0]].grade is Rating.HTTNV
    assert r.grades[CODES[1]].grade is Rating.HTXSNV


def test_zero_flags() -> None:
    r = _review(_sheets(95, 94, 93, 92, 91, 90), flag_count=0)
    assert r.flag == ()
    assert r.eligibility == ()


# --------------------------------------------------------------------------- election


def test_undecided_election_falls_back_and_warns() -> None:
    ballots = [Ballot(approve=(CODES[1],))] * 3 + [Ballot(approve=(CODES[2],))] * 3
    r = _review(
        _sheets(95, 94, 93, 92, 91, 90),
        policy=Election(order=CODES, fallback="fixed-order"),
        ballots=ballots,
        threshold=Ratio(numerator=2, denominator=3),
    )
    assert r.election is not None
    assert r.election.elected == ()
    assert r.next_leadership.head == CODES[1]
    assert any(w.kind is WarningKind.ELECTION_UNDECIDED for w in r.warnings)


def test_election_with_deputy_and_written_votes() -> None:
    r = _review(
        _sheets(95, 94, 93, 92, 91, 90),
        policy=Election(order=CODES),
        ballots=[Ballot(approve=(CODES[3],))] * 4,
        written_votes=[Ballot(approve=(CODES[3],))],
        candidates=(CODES[3], CODES[4]),
        next_deputy=CODES[4],
        held_on=dt.date(2024, 1, 5),
    )
    assert (r.next_leadership.head, r.next_leadership.deputy) == (CODES[3], CODES[4])
    assert isinstance(r.policy, Election)
    assert r.policy.results[-1].held_on == dt.date(2024, 1, 5)


def test_ballots_need_an_election_policy() -> None:
    with pytest.raises(InvalidValueError, match="not Election"):
        _review(_sheets(95, 94), ballots=[Ballot(approve=(CODES[0],))])


@pytest.mark.parametrize(
    ("policy", "head"),
    [
        (DeputySucceeds(order=CODES), CODES[1]),
        (FlagWinnerLeads(winners=(FlagWinner(year=2023, member=CODES[2]),)), CODES[2]),
    ],
)
def test_other_policies(policy: Any, head: str) -> None:
    year = _year(deputy=CODES[1])
    r = _review(_sheets(95, 94, 93, 92, 91, 90), policy=policy, group_year=year)
    assert r.next_leadership.head == head


def test_no_handover_without_a_known_head() -> None:
    r = _review(_sheets(95, 94, 93, 92, 91, 90), group_year=_year(head=None))
    assert r.handover is None


# --------------------------------------------------------------------------- eligibility


def test_flag_eligibility_is_checked_with_histories() -> None:
    history = History(
        recipient=Recipient(id=CODES[0], kind=RecipientKind.COLLECTIVE),
        ratings=(YearRating(year=2023, rating=Rating.HTXSNV),),
    )
    r = _review(_sheets(95, 94, 93, 92, 91, 90), histories={CODES[0]: history})
    (entry,) = r.eligibility
    assert entry.checked
    assert entry.decision is not None
    assert entry.decision.kind == "co-thi-dua-bo-tinh"
    if entry.eligible is not True:
        assert any(w.kind is WarningKind.NOT_ELIGIBLE for w in r.warnings)
    assert all(w.kind is not WarningKind.NOT_CHECKED for w in r.warnings)


def test_eligibility_labels() -> None:
    from mttq.awards import Decision

    deferred = Decision(kind="k", year=2025, recipient="A", eligible=True, deferred=True)
    assert (
        "tạm hoãn"
        in Eligibility(unit="A", kind="k", checked=True, eligible=True, decision=deferred).label()
    )
    assert Eligibility(unit="A", kind="k", checked=True, eligible=False).label() == (
        "không đủ điều kiện"
    )
    assert Eligibility(unit="A", kind="k", checked=True, eligible=None).label() == (
        "chưa xác định được"
    )


@pytest.mark.parametrize(
    ("organiser", "kind"),
    [
        ("UBND tỉnh", "co-thi-dua-bo-tinh"),
        ("Bộ Công an", "co-thi-dua-bo-tinh"),
        ("UBTƯ MTTQ Việt Nam", "co-thi-dua-ubtw-mttq"),
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "co-thi-dua-ubtw-mttq"),
        ("UBMTTQ tỉnh Đồng Nai", "co-thi-dua-mttq-tinh"),
        ("Ủy ban MTTQ Việt Nam tỉnh Bến Tre", "co-thi-dua-mttq-tinh"),
    ],
)
def test_flag_kind_for(organiser: str, kind: str) -> None:
    assert flag_kind_for(organiser) == kind


def test_cluster_titles() -> None:
    cluster = Cluster(code="k", name="Cụm thi đua thử", organiser="UBTƯ MTTQ", level="province")
    r = _review(_sheets(95, 94, 93, 92, 91, 90), group=cluster)
    assert (r.group_kind, r.head_title, r.deputy_title) == ("cluster", "Cụm trưởng", "Cụm phó")
    assert r.flag_kind == "co-thi-dua-ubtw-mttq"


# --------------------------------------------------------------------------- highlights


def test_highlights() -> None:
    assert Highlight(text="{} đồng", value=Decimal("33257")).render() == "33.257 đồng"
    money = Highlight(text="đạt trên {}", value=60_000_000_000, money=True)
    assert money.render() == "đạt trên 60 tỷ đồng"
    with pytest.raises(InvalidValueError):
        Highlight(text="no placeholder", value=1)
    with pytest.raises(InvalidValueError):
        Highlight(text=7, value=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Highlight(text="{}", value=1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Highlight(text="{}", value=Decimal("NaN"))


# --------------------------------------------------------------------------- review input


def test_review_input_scheme_choice() -> None:
    data = attrs.evolve(demo_input(), custom_scheme=None, scheme="mttq-levels")
    assert data.grading_scheme().id == "mttq-levels"
    with pytest.raises(UnknownCodeError):
        attrs.evolve(data, scheme="nope").grading_scheme()


def test_review_input_histories() -> None:
    history = History(recipient=Recipient(id="mttq.tinh", kind=RecipientKind.COLLECTIVE))
    data = attrs.evolve(demo_input(), histories=(history,))
    assert data.run().eligibility[0].checked
    with pytest.raises(InvalidValueError, match="two histories"):
        attrs.evolve(data, histories=(history, history)).run()


def test_review_input_refuses_unknown_keys() -> None:
    data = to_data(demo_input())
    data["colour"] = "red"
    with pytest.raises(DataError, match="colour"):
        from_data(data, ReviewInput)


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"group": "k"}, "Bloc or a Cluster"),
        ({"group": attrs.evolve(BLOC, code="other")}, "edition is of group"),
        ({"rubric": "r"}, "Rubric"),
        ({"scheme": "s"}, "GradingScheme"),
        ({"flag_count": -1}, "flag_count"),
        ({"flag_count": True}, "flag_count"),
        ({"commendation_quota": 3}, "Quota"),
        ({"held_on": dt.datetime(2024, 1, 1)}, "held_on"),
        ({"place": " "}, "place"),
        ({"title": ""}, "title"),
        ({"highlights": ["x"]}, "Highlight"),
        ({"gap_threshold": Decimal(-1)}, "gap_threshold"),
        ({"gap_threshold": 1.5}, "gap_threshold"),
        ({"names": 5}, "names"),
        ({"names": {"mttq.tinh": ""}}, "names"),
        ({"names": ["x"]}, "names"),
        ({"flag_kind": ""}, "flag_kind"),
        ({"histories": {CODES[0]: "h"}}, "History"),
        ({"conditions": {CODES[0]: 5}}, "conditions"),
        ({"group_year": "2023"}, "GroupYear"),
    ],
)
def test_bad_arguments(changes: dict[str, Any], match: str) -> None:
    with pytest.raises(InvalidValueError, match=match):
        _review(_sheets(95, 94, 93, 92, 91, 90), **changes)


def test_no_sheets() -> None:
    with pytest.raises(InvalidValueError, match="no score sheet"):
        _review(())


def test_sheet_of_a_non_member() -> None:
    sheets = sheets_from_totals(RUBRIC, {"ngoai-khoi": 90})
    with pytest.raises(InvalidValueError, match="not a member"):
        _review(sheets)


def test_flag_kind_for_refuses_empty() -> None:
    with pytest.raises(InvalidValueError):
        flag_kind_for(" ")


def test_names_from_organisations() -> None:
    r = _review(_sheets(95, 94), names=standard_bodies(Level.PROVINCE))
    assert r.name(CODES[0]) == "Ủy ban MTTQ Việt Nam tỉnh"


# --------------------------------------------------------------------------- construction checks


def _evolve(obj: Any, /, **changes: Any) -> Any:
    """attrs.evolve with values of any type (the tests pass wrong ones on purpose)."""
    return attrs.evolve(obj, **changes)


HOSTILE: tuple[object, ...] = (
    None,
    True,
    1.5,
    -1,
    10**30,
    "",
    "x",
    (),
    ("x",),
    (None,),
    [],
    {},
    {"x": 1},
    {"x": {"y": 1}},
    object(),
    Decimal("NaN"),
    Decimal("1e999999"),
    dt.date(2024, 1, 1),
    dt.datetime(2024, 1, 1, 12),
    Level.CENTRAL,
)

#: Every attrs class of the year-end flow and of the engines it composes.
_MODULES = (
    "mttq.scoring.rubric",
    "mttq.scoring.sheets",
    "mttq.scoring.grading",
    "mttq.scoring.ranking",
    "mttq.scoring.selection",
    "mttq.voting",
    "mttq.yearend.result",
    "mttq.yearend.review",
)


def _instances() -> dict[type, object]:
    found: dict[type, object] = {}
    seen: set[int] = set()

    def walk(value: object) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if attrs.has(type(value)):
            if type(value).__module__ in _MODULES:
                found.setdefault(type(value), value)
            for field in attrs.fields(cast("Any", type(value))):
                walk(getattr(value, field.name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(demo_input())
    walk(demo_result())
    return found


INSTANCES = _instances()


def test_the_walk_finds_the_public_classes() -> None:
    names = {cls.__name__ for cls in INSTANCES}
    assert {
        "ReviewInput",
        "YearEndResult",
        "ScoreSheet",
        "ScoreResult",
        "Ranked",
        "Selection",
        "Classification",
        "Tally",
        "CandidateVotes",
        "Eligibility",
        "ReviewWarning",
        "Highlight",
        "Rubric",
        "Criterion",
        "GradingScheme",
        "Band",
        "Quota",
        "Ballot",
        "Ratio",
    } <= names


@pytest.mark.parametrize(
    "cls", sorted(INSTANCES, key=str), ids=lambda c: getattr(c, "__name__", str(c))
)
def test_hostile_field_values(cls: type) -> None:
    """A wrong value is refused with an MttqError, or it is a valid value of the field."""
    base = INSTANCES[cls]
    assert _evolve(base) == base
    for field in attrs.fields(cls):
        for bad in HOSTILE:
            try:
                value = _evolve(base, **{field.alias or field.name: bad})
            except MttqError:
                continue
            # accepted: it is a proper value, which hashes and survives a round trip
            hash(value)
            assert from_data(to_data(value), cls) == value, (field.name, bad)


def test_review_input_bad_fields_name_the_field() -> None:
    data = demo_input()
    for field, bad in [
        ("tie_breakers", None),
        ("tie_breakers", ("nope",)),
        ("histories", None),
        ("histories", ("h",)),
        ("conditions", 3),
        ("conditions", {"a": 1}),
        ("conditions", {"a": {"k": "yes"}}),
        ("names", {"a": 1}),
        ("names", None),
        ("women_led", None),
        ("highlights", None),
        ("ballots", 3),
        ("written_votes", None),
        ("candidates", 5),
        ("group", None),
        ("group_year", None),
        ("rubric", None),
        ("sheets", None),
        ("policy", None),
        ("flag_count", "2"),
        ("threshold", None),
        ("date", dt.datetime(2024, 1, 1)),
        ("gap_threshold", 1.5),
    ]:
        with pytest.raises(InvalidValueError) as info:
            _evolve(data, **{field: bad})
        assert info.value.field.startswith(field), (field, info.value)


def test_review_input_converts_and_freezes() -> None:
    names = {CODES[0]: "A"}
    conditions = {CODES[0]: {"no_leader_disciplined": True}}
    data = _evolve(
        demo_input(),
        names=names,
        conditions=conditions,
        tie_breakers=["women-led"],
    )
    names[CODES[0]] = "changed"
    conditions[CODES[0]]["no_leader_disciplined"] = False
    assert data.names == {CODES[0]: "A"}
    assert data.conditions == {CODES[0]: {"no_leader_disciplined": True}}
    assert data.tie_breakers == (TieBreaker.WOMEN_LED,)
    with pytest.raises(TypeError):
        data.names["x"] = "y"
    with pytest.raises(TypeError):
        data.conditions[CODES[0]]["no_leader_disciplined"] = False
    hash(data)
    for fmt in ("json", "toml"):
        assert loads(dumps(data, format=fmt), ReviewInput, format=fmt) == data


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"tie_breakers": None}, "tie_breakers"),
        ({"tie_breakers": 5}, "tie_breakers"),
        ({"women_led": None}, "women_led"),
        ({"women_led": [["x"]]}, "women_led[0]"),
        ({"highlights": None}, "highlights"),
        ({"conditions": 3}, "conditions"),
        ({"conditions": "abc"}, "conditions"),
        ({"conditions": {CODES[0]: {1: True}}}, f"conditions[{CODES[0]}]"),
        ({"histories": 3}, "histories"),
        ({"next_deputy": 5}, "next_deputy"),
        ({"policy": None}, "policy"),
        ({"ballots": 3, "policy": Election(order=CODES)}, "ballots"),
        ({"ballots": [None], "policy": Election(order=CODES)}, "ballots[0]"),
        ({"ballots": (), "policy": Election(order=CODES), "candidates": 5}, "candidates"),
        (
            {"ballots": (), "policy": Election(order=CODES), "written_votes": None},
            "written_votes",
        ),
    ],
)
def test_review_refuses_junk_arguments(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        _review(_sheets(95, 94, 93), **changes)
    assert info.value.field == field


def test_result_maps_are_read_only_and_values_check() -> None:
    result = demo_result()
    before = dict(result.names)
    with pytest.raises(TypeError):
        result.names[result.members[0]] = "HACKED"  # type: ignore[index]
    with pytest.raises(TypeError):
        result.grades.clear()  # type: ignore[attr-defined]
    assert dict(demo_result().names) == before
    hash(result)
    for field, bad in [
        ("names", None),
        ("grades", {"x": "HTXSNV"}),
        ("year", None),
        ("group_kind", "khoi"),
        ("members", None),
        ("scores", ("x",)),
        ("election", 1),
        ("held_on", dt.datetime(2024, 1, 1)),
        ("title", True),
    ]:
        with pytest.raises(InvalidValueError) as info:
            _evolve(result, **{field: bad})
        assert info.value.field.startswith(field)
    warning = ReviewWarning(kind="missing-sheet", unit=None, message="m")  # type: ignore[arg-type]
    assert warning.kind is WarningKind.MISSING_SHEET
    changes: list[dict[str, object]] = [{"kind": None}, {"unit": 1}, {"message": None}]
    for kwargs in changes:
        with pytest.raises(InvalidValueError):
            _evolve(warning, **kwargs)
    status = Eligibility(unit="A", kind="k", checked=False, eligible=None)
    changes = [{"checked": None}, {"eligible": "yes"}, {"decision": True}, {"unit": None}]
    for kwargs in changes:
        with pytest.raises(InvalidValueError):
            _evolve(status, **kwargs)


def test_result_helpers_refuse_junk() -> None:
    result = demo_result()
    junk: list[object] = [[], {}, None, 5]
    for bad in junk:
        with pytest.raises(InvalidValueError, match="code"):
            result.name(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="what"):
        result.selected("nope")  # type: ignore[arg-type]


def test_flag_kinds_are_read_only() -> None:
    with pytest.raises(TypeError):
        FLAG_KINDS["state"] = "x"  # type: ignore[index]
    assert FLAG_KINDS["state"] == "co-thi-dua-bo-tinh"


def test_members_keep_the_group_order() -> None:
    """The members are the group's list as given; everything computed ignores its order."""
    data = demo_input()
    base = data.run()
    backwards = _evolve(
        data, group_year=_evolve(data.group_year, members=data.group_year.members[::-1])
    ).run()
    assert backwards.members == base.members[::-1]
    assert list(backwards.names) == list(base.names)[::-1]
    same = ("scores", "ranking", "grades", "flag", "commendations", "next_leadership")
    for name in same:
        assert getattr(backwards, name) == getattr(base, name), name
    assert _evolve(backwards, members=base.members) == base
