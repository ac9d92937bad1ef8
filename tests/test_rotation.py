"""Tests of mttq.rotation: policies, plan(), Handover; golden cases, properties, bad input."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from mttq.codes import Level
from mttq.errors import DataError, InvalidValueError, UnknownCodeError
from mttq.groups import Bloc, GroupHistory, GroupYear, Join, Leave, Merge
from mttq.io import from_data, to_data
from mttq.organisations import standard_bodies
from mttq.rotation import (
    BANNER,
    RECORDS,
    DeputySucceeds,
    Election,
    ElectionResult,
    Fallback,
    FixedRotation,
    FlagFallback,
    FlagWinner,
    FlagWinnerLeads,
    Handover,
    Leadership,
    Newcomers,
    Policy,
    VoteCount,
    handovers,
    plan,
)

BLOC = ("UBMTTQ", "LDLD", "HLHPN", "TD", "HND", "HCCB")


def heads(leads: Iterable[Leadership]) -> list[str]:
    return [lead.head for lead in leads]


def pairs(leads: Iterable[Leadership]) -> list[tuple[str, str | None]]:
    return [(lead.head, lead.deputy) for lead in leads]


# --------------------------------------------------------------------------- golden


class TestFixedRotation:
    def test_golden_cycle(self) -> None:
        policy = FixedRotation(order=BLOC)
        leads = plan(policy, sorted(BLOC), start_year=2018, years=8)
        assert pairs(leads) == [
            ("UBMTTQ", "LDLD"),
            ("LDLD", "HLHPN"),
            ("HLHPN", "TD"),
            ("TD", "HND"),
            ("HND", "HCCB"),
            ("HCCB", "UBMTTQ"),
            ("UBMTTQ", "LDLD"),
            ("LDLD", "HLHPN"),
        ]
        assert [lead.year for lead in leads] == list(range(2018, 2026))

    def test_continues_from_history(self) -> None:
        past = [Leadership(year=2019, head="TD", deputy="HND")]
        leads = plan(FixedRotation(order=BLOC), BLOC, start_year=2020, years=2, history=past)
        assert heads(leads) == ["HND", "HCCB"]

    def test_no_order_sorts_by_code(self) -> None:
        assert heads(plan(FixedRotation(), ["C", "A", "B"], start_year=2024, years=3)) == [
            "A",
            "B",
            "C",
        ]

    def test_unnamed_members_enter_at_end_sorted(self) -> None:
        leads = plan(FixedRotation(order=("B",)), ["D", "A", "B", "C"], start_year=2024, years=4)
        assert heads(leads) == ["B", "A", "C", "D"]

    def test_unnamed_members_enter_at_start(self) -> None:
        policy = FixedRotation(order=("B",), newcomers="start")
        assert heads(plan(policy, ["C", "A", "B"], start_year=2024, years=3)) == ["A", "C", "B"]

    def test_newcomer_after_head(self) -> None:
        policy = FixedRotation(order=("A", "B", "C"), newcomers="after-head")
        leads = plan(
            policy, ["A", "B", "C"], start_year=2024, years=4, changes=[Join(member="N", year=2025)]
        )
        assert heads(leads) == ["A", "N", "B", "C"]
        assert leads[0].deputy == "B"  # planned before N joined

    def test_newcomer_at_end(self) -> None:
        leads = plan(
            FixedRotation(order=("A", "B", "C")),
            ["A", "B", "C"],
            start_year=2024,
            years=5,
            changes=[Join(member="N", year=2025)],
        )
        assert heads(leads) == ["A", "B", "C", "N", "A"]

    def test_leaver_is_skipped_and_rejoiner_gets_place_back(self) -> None:
        leads = plan(
            FixedRotation(order=("A", "B", "C", "D")),
            ["A", "B", "C", "D"],
            start_year=2024,
            years=6,
            changes=[Leave(member="C", year=2025), Join(member="C", year=2028)],
        )
        assert heads(leads) == ["A", "B", "D", "A", "B", "C"]

    def test_head_leaves_next_in_order(self) -> None:
        leads = plan(
            FixedRotation(order=("A", "B", "C", "D")),
            ["A", "B", "C", "D"],
            start_year=2024,
            years=2,
            changes=[Leave(member="A", year=2025)],
        )
        assert heads(leads) == ["A", "B"]

    def test_head_leaves_deputy_takes_over(self) -> None:
        past = [Leadership(year=2024, head="A", deputy="C")]
        policy = FixedRotation(order=("A", "B", "C", "D"), on_head_leaves="deputy")
        leads = plan(
            policy,
            ["B", "C", "D"],
            start_year=2025,
            years=3,
            history=past,
            changes=[Leave(member="A", year=2025)],
        )
        assert heads(leads) == ["C", "D", "B"]
        other = plan(
            FixedRotation(order=("A", "B", "C", "D")),
            ["B", "C", "D"],
            start_year=2025,
            years=1,
            history=past,
        )
        assert heads(other) == ["B"]

    def test_merge_successor_takes_place(self) -> None:
        leads = plan(
            FixedRotation(order=("A", "B", "C")),
            ["A", "B", "C"],
            start_year=2024,
            years=4,
            changes=[Merge(member="B", successor="S", year=2025)],
        )
        assert heads(leads) == ["A", "S", "C", "A"]

    def test_merge_into_existing_member(self) -> None:
        leads = plan(
            FixedRotation(order=("A", "B", "C")),
            ["A", "B", "C"],
            start_year=2024,
            years=4,
            changes=[Merge(member="B", successor="C", year=2025)],
        )
        assert heads(leads) == ["A", "C", "A", "C"]

    def test_merge_before_start_renames_order_and_history(self) -> None:
        past = [Leadership(year=2024, head="B", deputy="C")]
        leads = plan(
            FixedRotation(order=("A", "B", "C")),
            ["A", "S", "C"],
            start_year=2025,
            years=2,
            history=past,
            changes=[Merge(member="B", successor="S", year=2025)],
        )
        assert heads(leads) == ["C", "A"]

    def test_merged_head_successor_not_in_order(self) -> None:
        past = [Leadership(year=2024, head="Z", deputy="A")]
        leads = plan(
            FixedRotation(order=("A", "B")),
            ["A", "B", "Z"],
            start_year=2025,
            years=3,
            history=past,
            changes=[Merge(member="Z", successor="Y", year=2026)],
        )
        assert heads(leads) == ["A", "B", "Y"]

    def test_no_repeat_skips(self) -> None:
        past = [
            Leadership(year=2022, head="A", deputy="B"),
            Leadership(year=2023, head="C", deputy="A"),
        ]
        policy = FixedRotation(order=("A", "B", "C", "D"), no_repeat_within=3)
        leads = plan(policy, ["A", "B", "C", "D"], start_year=2024, years=2, history=past)
        assert heads(leads) == ["D", "A"]  # A headed in 2022, outside 2023-2025

    def test_no_repeat_unsatisfiable_names_year(self) -> None:
        with pytest.raises(InvalidValueError, match="2026") as info:
            plan(FixedRotation(no_repeat_within=3), ["A", "B"], start_year=2024, years=3)
        assert info.value.field == "no_repeat_within"

    def test_zero_years(self) -> None:
        assert plan(FixedRotation(), ["A"], start_year=2024, years=0) == ()

    def test_single_member_has_no_deputy(self) -> None:
        assert plan(FixedRotation(), ["A"], start_year=2024, years=2) == (
            Leadership(year=2024, head="A"),
            Leadership(year=2025, head="A"),
        )

    def test_members_as_organisations(self) -> None:
        bodies = standard_bodies(Level.PROVINCE)
        leads = plan(FixedRotation(), bodies, start_year=2024, years=1)
        assert leads[0].head == min(body.code for body in bodies)


class TestDeputySucceeds:
    def test_deputy_becomes_head(self) -> None:
        past = [Leadership(year=2023, head="HCCB", deputy="HND")]
        leads = plan(DeputySucceeds(order=BLOC), BLOC, start_year=2024, years=3, history=past)
        assert pairs(leads) == [("HND", "HCCB"), ("HCCB", "UBMTTQ"), ("UBMTTQ", "LDLD")]

    def test_without_history_first_in_order(self) -> None:
        leads = plan(DeputySucceeds(order=("B", "A")), ["A", "B"], start_year=2024, years=2)
        assert pairs(leads) == [("B", "A"), ("A", "B")]

    def test_deputy_left(self) -> None:
        past = [Leadership(year=2023, head="A", deputy="C")]
        leads = plan(
            DeputySucceeds(order=("A", "B", "C", "D")),
            ["A", "B", "D"],
            start_year=2024,
            years=1,
            history=past,
        )
        assert heads(leads) == ["D"]

    def test_deputy_unknown_to_order(self) -> None:
        past = [Leadership(year=2023, head="A", deputy="Q")]
        leads = plan(
            DeputySucceeds(order=("A", "B")), ["A", "B"], start_year=2024, years=1, history=past
        )
        assert heads(leads) == ["B"]

    def test_history_without_deputy(self) -> None:
        past = [Leadership(year=2023, head="A")]
        leads = plan(DeputySucceeds(), ["A", "B"], start_year=2024, years=1, history=past)
        assert heads(leads) == ["B"]

    def test_deputy_barred_by_no_repeat(self) -> None:
        past = [
            Leadership(year=2022, head="B", deputy="A"),
            Leadership(year=2023, head="A", deputy="B"),
        ]
        policy = DeputySucceeds(order=("A", "B", "C"), no_repeat_within=3)
        leads = plan(policy, ["A", "B", "C"], start_year=2024, years=1, history=past)
        assert pairs(leads) == [("C", "B")]  # B headed in 2022: barred in 2024, free in 2025


class TestElection:
    def test_elected(self) -> None:
        policy = Election(results=(ElectionResult(year=2023, head="VC", deputy="TP"),))
        assert plan(policy, ["CM", "VC", "TP"], start_year=2023, years=1) == (
            Leadership(year=2023, head="VC", deputy="TP"),
        )

    def test_elected_head_only_deputy_from_order(self) -> None:
        policy = Election(results=(ElectionResult(year=2022, head="HND"),), order=BLOC)
        assert pairs(plan(policy, BLOC, start_year=2022, years=1)) == [("HND", "HCCB")]

    def test_fallback_fixed_order(self) -> None:
        past = [Leadership(year=2022, head="A", deputy="B")]
        policy = Election(order=("A", "B", "C"))
        assert heads(plan(policy, ["A", "B", "C"], start_year=2023, years=2, history=past)) == [
            "B",
            "C",
        ]

    def test_fallback_keep_current(self) -> None:
        past = [Leadership(year=2022, head="A", deputy="B")]
        policy = Election(fallback="keep-current", order=("A", "B", "C"))
        assert pairs(plan(policy, ["A", "B", "C"], start_year=2023, years=2, history=past)) == [
            ("A", "B"),
            ("A", "B"),
        ]

    def test_keep_current_when_head_left(self) -> None:
        past = [Leadership(year=2022, head="A", deputy="B")]
        policy = Election(fallback="keep-current", order=("A", "B", "C"))
        assert heads(plan(policy, ["B", "C"], start_year=2023, years=1, history=past)) == ["B"]

    def test_fallback_most_votes_with_tie(self) -> None:
        result = ElectionResult(
            year=2025,
            head_votes=(
                VoteCount(member="C", votes=4),
                VoteCount(member="B", votes=4),
                VoteCount(member="A", votes=1),
            ),
            deputy_votes=(VoteCount(member="D", votes=2), VoteCount(member="C", votes=5)),
        )
        policy = Election(results=(result,), fallback="most-votes", order=("A", "B", "C", "D"))
        assert pairs(plan(policy, ["A", "B", "C", "D"], start_year=2025, years=1)) == [("B", "C")]

    def test_most_votes_without_counts(self) -> None:
        policy = Election(results=(ElectionResult(year=2025),), fallback="most-votes")
        assert pairs(plan(policy, ["A", "B"], start_year=2025, years=1)) == [("A", "B")]

    def test_deputy_equal_to_fallback_head(self) -> None:
        past = [Leadership(year=2024, head="A", deputy="B")]
        policy = Election(results=(ElectionResult(year=2025, deputy="B"),), order=("A", "B", "C"))
        assert pairs(plan(policy, ["A", "B", "C"], start_year=2025, years=1, history=past)) == [
            ("B", "C")
        ]

    def test_elected_head_not_member(self) -> None:
        policy = Election(results=(ElectionResult(year=2025, head="Z"),))
        with pytest.raises(InvalidValueError, match="2025") as info:
            plan(policy, ["A", "B"], start_year=2025, years=1)
        assert info.value.field == "head"
        assert info.value.value == "Z"

    def test_elected_deputy_not_member(self) -> None:
        policy = Election(results=(ElectionResult(year=2025, head="A", deputy="Z"),))
        with pytest.raises(InvalidValueError, match="'Z'"):
            plan(policy, ["A", "B"], start_year=2025, years=1)

    def test_elected_head_breaks_no_repeat(self) -> None:
        past = [Leadership(year=2024, head="A", deputy="B")]
        policy = Election(results=(ElectionResult(year=2025, head="A"),), no_repeat_within=2)
        with pytest.raises(InvalidValueError, match="no_repeat_within"):
            plan(policy, ["A", "B"], start_year=2025, years=1, history=past)


class TestFlagWinnerLeads:
    def test_winner_heads_next_year(self) -> None:
        policy = FlagWinnerLeads(
            winners=(FlagWinner(year=2017, member="KHKT", runner_up="CTD"),), order=("CTD",)
        )
        assert pairs(plan(policy, ["CTD", "KHKT", "NB"], start_year=2018, years=2)) == [
            ("KHKT", "CTD"),
            ("NB", "CTD"),
        ]

    def test_keep_current_fallback(self) -> None:
        policy = FlagWinnerLeads(
            winners=(FlagWinner(year=2017, member="B"),), fallback="keep-current"
        )
        assert heads(plan(policy, ["A", "B", "C"], start_year=2018, years=3)) == ["B", "B", "B"]

    def test_winner_barred_uses_fallback(self) -> None:
        policy = FlagWinnerLeads(winners=(FlagWinner(year=2018, member="B"),), no_repeat_within=2)
        past = [Leadership(year=2018, head="B", deputy="C")]
        assert heads(plan(policy, ["A", "B", "C"], start_year=2019, years=1, history=past)) == ["C"]

    def test_merged_winner_successor_heads(self) -> None:
        policy = FlagWinnerLeads(winners=(FlagWinner(year=2025, member="B", runner_up="A"),))
        leads = plan(
            policy,
            ["A", "B", "C"],
            start_year=2025,
            years=2,
            changes=[Merge(member="B", successor="S", year=2026)],
        )
        assert pairs(leads)[1] == ("S", "A")

    def test_runner_up_who_left(self) -> None:
        policy = FlagWinnerLeads(winners=(FlagWinner(year=2025, member="B", runner_up="Z"),))
        leads = plan(
            policy,
            ["A", "B", "C"],
            start_year=2026,
            years=1,
            changes=[Leave(member="Z", year=2020)],
        )
        assert pairs(leads) == [("B", "C")]


class TestHandover:
    def test_label_golden(self) -> None:
        h = Handover(
            year=2024, outgoing="hoi-ccb.tinh", incoming="hoi-nd.tinh", date=dt.date(2023, 11, 29)
        )
        names = {"hoi-ccb.tinh": "Hội Cựu chiến binh tỉnh", "hoi-nd.tinh": "Hội Nông dân tỉnh"}
        assert h.label(names) == (
            "Hội Cựu chiến binh tỉnh bàn giao nhiệm vụ Khối trưởng năm 2024 cho Hội Nông dân tỉnh"
        )
        assert h.label(standard_bodies(Level.PROVINCE)) == h.label(names)
        assert h.label() == "hoi-ccb.tinh bàn giao nhiệm vụ Khối trưởng năm 2024 cho hoi-nd.tinh"
        assert h.items == (BANNER, RECORDS)

    def test_label_items(self) -> None:
        h = Handover(year=2023, outgoing="A", incoming="B", items=(BANNER,))
        assert h.label(title="Cụm trưởng", with_items=True) == (
            "A bàn giao nhiệm vụ Cụm trưởng năm 2023 cho B, cùng cờ luân lưu"
        )
        assert (
            Handover(year=2023, outgoing="A", incoming="B", items=())
            .label(with_items=True)
            .endswith("cho B")
        )

    def test_between_and_handovers(self) -> None:
        leads = [
            Leadership(year=2024, head="B", deputy="A"),
            Leadership(year=2022, head="A", deputy="B"),
            Leadership(year=2023, head="A", deputy="B"),
            Leadership(year=2026, head="A", deputy="B"),
        ]
        found = handovers(leads, dates={2024: dt.date(2023, 12, 20)}, items=["sổ sách"])
        assert found == (
            Handover(
                year=2024,
                outgoing="A",
                incoming="B",
                date=dt.date(2023, 12, 20),
                items=("sổ sách",),
            ),
        )

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"year": 2024, "outgoing": "A", "incoming": "A"}, "incoming"),
            ({"year": "2024", "outgoing": "A", "incoming": "B"}, "year"),
            ({"year": 2024, "outgoing": "", "incoming": "B"}, "outgoing"),
            ({"year": 2024, "outgoing": "A", "incoming": "B", "date": "2024-01-01"}, "date"),
            ({"year": 2024, "outgoing": "A", "incoming": "B", "items": "cờ"}, "items"),
            ({"year": 2024, "outgoing": "A", "incoming": "B", "items": [" "]}, "items"),
        ],
    )
    def test_bad_handover(self, kwargs: dict[str, object], field: str) -> None:
        with pytest.raises(InvalidValueError) as info:
            Handover(**kwargs)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_bad_between_and_label(self) -> None:
        a = Leadership(year=2024, head="A")
        with pytest.raises(InvalidValueError, match="later"):
            Handover.between(a, Leadership(year=2024, head="B"))
        with pytest.raises(InvalidValueError):
            Handover.between(a, "B")  # type: ignore[arg-type]
        h = Handover(year=2024, outgoing="A", incoming="B")
        with pytest.raises(InvalidValueError):
            h.label(42)  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError):
            h.label([42])  # type: ignore[list-item]
        with pytest.raises(InvalidValueError):
            h.label(title=" ")
        with pytest.raises(InvalidValueError):
            handovers(42)  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError):
            handovers([42])  # type: ignore[list-item]


# --------------------------------------------------------------------------- bad input


class TestBadInput:
    def test_empty_group(self) -> None:
        with pytest.raises(InvalidValueError, match="2024") as info:
            plan(FixedRotation(), [], start_year=2024, years=1)
        assert info.value.field == "members"

    def test_group_empties(self) -> None:
        with pytest.raises(InvalidValueError, match="no members in 2025"):
            plan(
                FixedRotation(),
                ["A"],
                start_year=2024,
                years=2,
                changes=[Leave(member="A", year=2025)],
            )

    def test_order_names_unknown_member(self) -> None:
        with pytest.raises(UnknownCodeError) as info:
            plan(FixedRotation(order=("HND", "HCBB")), ["HND", "HCCB"], start_year=2024, years=1)
        assert info.value.key == "HCBB"
        assert info.value.suggestions == ("HCCB",)

    def test_order_may_name_future_and_past_members(self) -> None:
        leads = plan(
            FixedRotation(order=("A", "N", "P")),
            ["A"],
            start_year=2024,
            years=3,
            history=[Leadership(year=2023, head="P")],
            changes=[Join(member="N", year=2025)],
        )
        assert heads(leads) == ["A", "N", "A"]

    def test_year_before_group_existed(self) -> None:
        bloc = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
        history = GroupHistory(
            group=bloc, years=(GroupYear(group="k", year=2020, members=["A", "B"]),)
        )
        with pytest.raises(InvalidValueError, match="2019") as info:
            plan(FixedRotation(), ["A", "B"], start_year=2019, years=1, history=history)
        assert info.value.field == "start_year"

    def test_history_from_group_history(self) -> None:
        bloc = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
        history = GroupHistory(
            group=bloc,
            years=(GroupYear(group="k", year=2020, members=["A", "B", "C"], head="A", deputy="B"),),
            events=(Leave(member="B", year=2022),),
        )
        leads = plan(
            FixedRotation(), history.members_in(2021), start_year=2021, years=2, history=history
        )
        assert heads(leads) == ["B", "C"]

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"start_year": "2024", "years": 1}, "start_year"),
            ({"start_year": True, "years": 1}, "start_year"),
            ({"start_year": 1800, "years": 1}, "start_year"),
            ({"start_year": 2024, "years": -1}, "years"),
            ({"start_year": 2024, "years": 1.5}, "years"),
            ({"start_year": 2199, "years": 5}, "years"),
            ({"start_year": 2024, "years": 1, "history": 5}, "history"),
            ({"start_year": 2024, "years": 1, "history": ["x"]}, "history"),
            ({"start_year": 2024, "years": 1, "changes": 5}, "changes"),
            ({"start_year": 2024, "years": 1, "changes": ["x"]}, "changes"),
        ],
    )
    def test_bad_arguments(self, kwargs: dict[str, object], field: str) -> None:
        with pytest.raises(InvalidValueError) as info:
            plan(FixedRotation(), ["A", "B"], **kwargs)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_bad_members(self) -> None:
        for members, value in ((["A", "A"], "A"), ("x", "x"), ([1], 1), ([" A"], " A")):
            with pytest.raises(InvalidValueError) as info:
                plan(FixedRotation(), members, start_year=2024, years=1)  # type: ignore[arg-type]
            assert info.value.value == value

    def test_bad_policy(self) -> None:
        with pytest.raises(InvalidValueError) as info:
            plan("rotate", ["A"], start_year=2024, years=1)  # type: ignore[arg-type]
        assert info.value.field == "policy"

    def test_duplicate_history_year(self) -> None:
        past = [Leadership(year=2020, head="A"), Leadership(year=2020, head="B")]
        with pytest.raises(InvalidValueError, match="2020"):
            plan(FixedRotation(), ["A", "B"], start_year=2024, years=1, history=past)

    @pytest.mark.parametrize(
        ("event", "message"),
        [
            (Join(member="A", year=2025), "already a member"),
            (Leave(member="Z", year=2025), "not a member"),
            (Merge(member="Z", successor="A", year=2025), "not a member"),
        ],
    )
    def test_inconsistent_changes(self, event: Join | Leave | Merge, message: str) -> None:
        with pytest.raises(InvalidValueError, match=message):
            plan(FixedRotation(), ["A", "B"], start_year=2024, years=2, changes=[event])

    def test_merge_cycle(self) -> None:
        changes = [
            Merge(member="A", successor="B", year=2020),
            Merge(member="B", successor="A", year=2021),
        ]
        with pytest.raises(InvalidValueError, match="cycle"):
            plan(
                FixedRotation(order=("A",)),
                ["C"],
                start_year=2024,
                years=1,
                changes=changes,
                history=[Leadership(year=2023, head="A")],
            )

    @pytest.mark.parametrize(
        ("factory", "field"),
        [
            (lambda: FixedRotation(order=("A", "A")), "order"),
            (lambda: FixedRotation(order="AB"), "order"),
            (lambda: FixedRotation(no_repeat_within=0), "no_repeat_within"),
            (lambda: FixedRotation(no_repeat_within=True), "no_repeat_within"),
            (
                lambda: FixedRotation(newcomers="middle"),  # type: ignore[arg-type]
                "newcomers",
            ),
            (
                lambda: FixedRotation(on_head_leaves="chaos"),  # type: ignore[arg-type]
                "on_head_leaves",
            ),
            (lambda: FixedRotation(source=" "), "source"),
            (
                lambda: Election(fallback="coin"),  # type: ignore[arg-type]
                "fallback",
            ),
            (
                lambda: Election(results=[ElectionResult(year=2020)]),  # type: ignore[arg-type]
                "results",
            ),
            (
                lambda: Election(results=(1,)),  # type: ignore[arg-type]
                "results",
            ),
            (
                lambda: Election(results=(ElectionResult(year=2020), ElectionResult(year=2020))),
                "results",
            ),
            (lambda: ElectionResult(year=2020, head="A", deputy="A"), "deputy"),
            (lambda: ElectionResult(year=2020, held_on=dt.datetime(2020, 1, 1)), "held_on"),
            (
                lambda: ElectionResult(
                    year=2020,
                    head_votes=(VoteCount(member="A", votes=1), VoteCount(member="A", votes=2)),
                ),
                "head_votes",
            ),
            (lambda: VoteCount(member="A", votes=-1), "votes"),
            (lambda: FlagWinner(year=2020, member="A", runner_up="A"), "runner_up"),
            (
                lambda: FlagWinnerLeads(fallback="most-votes"),  # type: ignore[arg-type]
                "fallback",
            ),
            (
                lambda: FlagWinnerLeads(
                    winners=(FlagWinner(year=2020, member="A"), FlagWinner(year=2020, member="B"))
                ),
                "winners",
            ),
        ],
    )
    def test_bad_policy_values(self, factory: object, field: str) -> None:
        with pytest.raises(InvalidValueError) as info:
            factory()  # type: ignore[operator]
        assert info.value.field == field

    def test_source_normalised(self) -> None:
        assert FixedRotation(source=" 947/QĐ-UBND ").source == "947/QĐ-UBND"


# --------------------------------------------------------------------------- serialisation


POLICIES: tuple[Policy, ...] = (
    FixedRotation(order=BLOC, no_repeat_within=3, newcomers="after-head", source="HĐTĐKT tỉnh"),
    DeputySucceeds(order=("A", "B")),
    Election(
        results=(
            ElectionResult(
                year=2023,
                head="VC",
                deputy="TP",
                head_votes=(VoteCount(member="VC", votes=6),),
                held_on=dt.date(2022, 12, 20),
            ),
        ),
        fallback="most-votes",
    ),
    FlagWinnerLeads(winners=(FlagWinner(year=2017, member="KHKT", runner_up="CTD"),)),
)


@pytest.mark.parametrize("policy", POLICIES)
def test_policy_round_trip(policy: Policy) -> None:
    data = to_data(policy, as_type=Policy)
    assert data["type"] == type(policy).__name__
    assert from_data(data, Policy) == policy


def test_values_round_trip() -> None:
    lead = Leadership(year=2023, head="A", deputy="B")
    assert from_data(to_data(lead), Leadership) == lead
    h = Handover(year=2024, outgoing="A", incoming="B", date=dt.date(2023, 11, 29))
    assert to_data(h)["date"] == "2023-11-29"
    assert from_data(to_data(h), Handover) == h


def test_bad_data_is_data_error() -> None:
    with pytest.raises(DataError):
        from_data({"type": "FixedRotation", "order": ["A", "A"]}, Policy)
    with pytest.raises(DataError):
        from_data({"type": "FixedRotation", "newcomers": "middle"}, Policy)


# --------------------------------------------------------------------------- properties

codes = st.text(alphabet="ABCDEFGHJK", min_size=1, max_size=3)
member_sets = st.lists(codes, min_size=1, max_size=8, unique=True)


NEWCOMERS: tuple[Newcomers, ...] = ("end", "start", "after-head")
FALLBACKS: tuple[Fallback, ...] = ("keep-current", "fixed-order", "most-votes")
FLAG_FALLBACKS: tuple[FlagFallback, ...] = ("keep-current", "fixed-order")


@st.composite
def policy_and_members(draw: st.DrawFn) -> tuple[Policy, list[str]]:
    members = draw(member_sets)
    order = draw(st.permutations(members).map(tuple))
    order = order[: draw(st.integers(0, len(order)))]
    window = draw(st.none() | st.integers(1, len(members)))
    newcomers: Newcomers = draw(st.sampled_from(NEWCOMERS))
    kind = draw(st.sampled_from(["fixed", "deputy", "election", "flag"]))
    years = range(2020, 2032)
    if kind == "fixed":
        return FixedRotation(order=order, no_repeat_within=window, newcomers=newcomers), members
    if kind == "deputy":
        return DeputySucceeds(order=order, no_repeat_within=window, newcomers=newcomers), members
    if kind == "election":
        results = []
        for year in draw(st.sets(st.sampled_from(years), max_size=4)):
            votes = draw(st.lists(st.sampled_from(members), unique=True, max_size=3))
            results.append(
                ElectionResult(
                    year=year,
                    head_votes=tuple(
                        VoteCount(member=m, votes=draw(st.integers(0, 5))) for m in votes
                    ),
                )
            )
        fallback: Fallback = draw(st.sampled_from(FALLBACKS))
        return Election(
            results=tuple(results), fallback=fallback, order=order, no_repeat_within=window
        ), members
    winners = tuple(
        FlagWinner(year=year, member=draw(st.sampled_from(members)))
        for year in draw(st.sets(st.sampled_from(years), max_size=5))
    )
    flag_fallback: FlagFallback = draw(st.sampled_from(FLAG_FALLBACKS))
    return FlagWinnerLeads(
        winners=winners, fallback=flag_fallback, order=order, no_repeat_within=window
    ), members


def assert_windows(leads: Sequence[Leadership], window: int | None) -> None:
    if window is None:
        return
    for i in range(len(leads)):
        chunk = [lead.head for lead in leads[i : i + window]]
        assert len(set(chunk)) == len(chunk)


@given(policy_and_members(), st.integers(1, 12))
def test_plan_invariants(case: tuple[Policy, list[str]], years: int) -> None:
    policy, members = case
    leads = plan(policy, members, start_year=2020, years=years)
    assert [lead.year for lead in leads] == list(range(2020, 2020 + years))
    for lead in leads:
        assert lead.head in members
        assert lead.deputy != lead.head
        assert (lead.deputy is None) == (len(members) == 1)
        assert lead.deputy is None or lead.deputy in members
    assert_windows(leads, policy.no_repeat_within)
    shuffled = list(reversed(members))
    assert plan(policy, shuffled, start_year=2020, years=years) == leads
    assert plan(policy, set(members), start_year=2020, years=years) == leads


@given(member_sets, st.data())
def test_fixed_rotation_window_gives_each_member_once(
    members: list[str], data: st.DataObject
) -> None:
    order = data.draw(st.permutations(members))
    start = data.draw(st.integers(2000, 2100))
    leads = plan(FixedRotation(order=order), members, start_year=start, years=3 * len(members))
    size = len(members)
    for i in range(len(leads) - size + 1):
        assert sorted(lead.head for lead in leads[i : i + size]) == sorted(members)


@given(member_sets.filter(lambda m: len(m) >= 2), st.data())
def test_deputy_succeeds(members: list[str], data: st.DataObject) -> None:
    order = data.draw(st.permutations(members))
    window = data.draw(st.none() | st.integers(1, len(members)))
    leads = plan(
        DeputySucceeds(order=order, no_repeat_within=window), members, start_year=2020, years=15
    )
    for this, following in itertools.pairwise(leads):
        assert following.head == this.deputy
    assert_windows(leads, window)


@given(member_sets, st.integers(1, 10), st.integers(1, 20))
def test_no_repeat_satisfiable_or_clear_error(members: list[str], window: int, years: int) -> None:
    policy = FixedRotation(no_repeat_within=window)
    if window <= len(members) or years <= len(members):
        leads = plan(policy, members, start_year=2020, years=years)
        assert_windows(leads, window)
    else:
        with pytest.raises(InvalidValueError) as info:
            plan(policy, members, start_year=2020, years=years)
        assert info.value.field == "no_repeat_within"
        assert str(2020 + len(members)) in str(info.value)


@given(policy_and_members(), st.lists(st.sampled_from([0, 1, 2]), max_size=6))
def test_plan_with_changes_keeps_invariants(
    case: tuple[Policy, list[str]], kinds: list[int]
) -> None:
    policy, members = case
    assume(policy.no_repeat_within is None or policy.no_repeat_within <= 2)
    current = list(members)
    changes: list[Join | Leave | Merge] = []
    for step, kind in enumerate(kinds):
        year = 2021 + step
        if kind == 0:
            code = f"N{step}"
            changes.append(Join(member=code, year=year))
            current.append(code)
        elif len(current) > 2 and kind == 1:
            changes.append(Leave(member=current[0], year=year))
            current.pop(0)
        elif len(current) > 2:
            changes.append(Merge(member=current[0], successor=f"S{step}", year=year))
            current[0] = f"S{step}"
    leads = plan(policy, members, start_year=2020, years=len(kinds) + 2, changes=changes)
    assert_windows(leads, policy.no_repeat_within)
    for lead in leads:
        assert lead.deputy != lead.head


@given(policy_and_members(), st.lists(st.sampled_from([0, 1, 2]), max_size=6), st.data())
def test_replanning_from_a_later_year_agrees(
    case: tuple[Policy, list[str]], kinds: list[int], data: st.DataObject
) -> None:
    policy, members = case
    assume(policy.no_repeat_within is None or policy.no_repeat_within <= 2)
    current = list(members)
    changes: list[Join | Leave | Merge] = []
    by_year: dict[int, list[str]] = {2020: list(current)}
    for step, kind in enumerate(kinds):
        year = 2021 + step
        if kind == 0:
            changes.append(Join(member=f"N{step}", year=year))
            current.append(f"N{step}")
        elif len(current) > 2 and kind == 1:
            changes.append(Leave(member=current[1], year=year))
            current.pop(1)
        elif len(current) > 2:
            changes.append(Merge(member=current[0], successor=f"S{step}", year=year))
            current[0] = f"S{step}"
        by_year[year] = list(current)
    total = len(kinds) + 2
    straight = plan(policy, members, start_year=2020, years=total, changes=changes)
    split = data.draw(st.integers(1, total - 1))
    restart = 2020 + split
    again = plan(
        policy,
        by_year.get(restart, current),
        start_year=restart,
        years=total - split,
        history=straight[:split],
        changes=changes,
    )
    assert straight[split:] == again


def test_a_huge_no_repeat_window_is_answered_at_once() -> None:
    policy = FixedRotation(order=("A", "B", "C"), no_repeat_within=10**30)
    with pytest.raises(InvalidValueError, match="no_repeat_within"):
        plan(policy, ("A", "B", "C"), start_year=2024, years=4)


@given(policy_and_members(), st.data())
def test_a_window_longer_than_the_record_bars_each_recorded_head(
    case: tuple[Policy, list[str]], data: st.DataObject
) -> None:
    """A ``no_repeat_within`` longer than the recorded years: years before the record bar no one.

    Every recorded head is barred; the other members head once each, and the year after that
    is refused, naming it. Any window longer than the whole span gives the same plan, however
    long (the planner walks the record, never the window).
    """
    policy, members = case
    assume(len(members) >= 2)
    size = len(members)
    recorded = data.draw(st.permutations(members))[: data.draw(st.integers(0, size - 1))]
    start = 2030
    history = [
        Leadership(
            year=start - len(recorded) + i,
            head=head,
            deputy=next(code for code in members if code != head),
        )
        for i, head in enumerate(recorded)
    ]
    free = size - len(recorded)
    plans = []
    for window in (size + 1, 10**6, 10**30):
        windowed = attrs.evolve(policy, no_repeat_within=window)
        leads = plan(windowed, members, start_year=start, years=free, history=history)
        assert sorted(heads(leads)) == sorted(set(members) - set(recorded))
        plans.append(leads)
        with pytest.raises(InvalidValueError, match=f"cannot be met in {start + free}") as info:
            plan(windowed, members, start_year=start, years=free + 1, history=history)
        assert info.value.field == "no_repeat_within"
        assert "until each of them has headed once" in str(info.value)
    assert plans[0] == plans[1] == plans[2]


def test_a_huge_window_over_a_long_plan() -> None:
    members = [f"M{i:03d}" for i in range(200)]
    history = [Leadership(year=1990 + i, head=members[i], deputy=members[i + 1]) for i in range(20)]
    policy = FixedRotation(order=tuple(members), no_repeat_within=10**30)
    leads = plan(policy, members, start_year=2010, years=180, history=history)
    assert heads(leads) == members[20:]
    with pytest.raises(InvalidValueError, match="cannot be met in 2190"):
        plan(policy, members, start_year=2010, years=181, history=history)


# --------------------------------------------------------------------------- handover dates


@pytest.mark.parametrize(
    "bad",
    [1.5, "ab", [(2025, date(2025, 1, 5))], {2025: datetime(2025, 1, 5, 8, 0)},
     {"2025": date(2025, 1, 5)}, {2025: "2025-01-05"}, {True: date(2025, 1, 5)}],
    ids=repr,
)  # fmt: skip
def test_handover_dates_must_map_years_to_dates(bad: object) -> None:
    leads = (Leadership(year=2024, head="A"), Leadership(year=2025, head="B"))
    with pytest.raises(InvalidValueError) as info:
        handovers(leads, dates=bad)  # type: ignore[arg-type]
    assert info.value.field == "dates"


def test_handover_dates() -> None:
    leads = (Leadership(year=2024, head="A"), Leadership(year=2025, head="B"))
    assert handovers(leads, dates=None)[0].date is None
    assert handovers(leads, dates={2025: date(2024, 12, 20)})[0].date == date(2024, 12, 20)
    assert handovers(leads, dates={2030: date(2030, 1, 1)})[0].date is None
    with pytest.raises(InvalidValueError) as info:
        Handover.between(*leads, date=datetime(2024, 12, 20, 9, 0))
    assert info.value.field == "date"


@pytest.mark.parametrize(
    "instance",
    [
        FixedRotation(order=("A", "B"), no_repeat_within=2, source="QĐ"),
        DeputySucceeds(order=("A", "B"), no_repeat_within=2),
        Election(
            results=(ElectionResult(year=2025, head="A", deputy="B", held_on=date(2024, 12, 20),
                                    head_votes=(VoteCount(member="A", votes=5),)),),
            order=("A", "B"),
        ),
        ElectionResult(year=2025, head="A", deputy="B", held_on=date(2024, 12, 20),
                       head_votes=(VoteCount(member="A", votes=5),)),
        VoteCount(member="A", votes=3),
        FlagWinner(year=2024, member="A", runner_up="B"),
        FlagWinnerLeads(winners=(FlagWinner(year=2024, member="A"),), order=("A", "B")),
        Handover(year=2025, outgoing="A", incoming="B", date=date(2024, 12, 20)),
    ],
    ids=lambda value: type(value).__name__,
)  # fmt: skip
def test_fields_refuse_wrong_types(
    instance: attrs.AttrsInstance, check_wrong_types: Callable[[object], None]
) -> None:
    check_wrong_types(instance)
