"""A Hypothesis state machine: members join, leave and merge while the years advance.

Each step of the machine either records a membership event for next year or plans the next
year with :func:`mttq.rotation.plan` (history: the :class:`mttq.groups.GroupHistory` built so
far) and records the result as the next :class:`mttq.groups.GroupYear`. After every step the
rotation invariants must hold.
"""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from mttq.codes import Level
from mttq.groups import Bloc, GroupHistory, GroupYear, Join, Leadership, Leave, Merge
from mttq.rotation import DeputySucceeds, FixedRotation, Policy, plan

BLOC = Bloc(code="khoi", name="Khối thi đua", organiser="UBND tỉnh", level=Level.PROVINCE)
START = 2020


class RotationMachine(RuleBasedStateMachine):
    """Joins, leaves and mergers between years; a plan and a recorded edition each year."""

    def __init__(self) -> None:
        super().__init__()
        self.policy: Policy = FixedRotation()
        self.history: GroupHistory | None = None
        self.year = START
        self.members: list[str] = []
        self.touched: set[str] = set()
        self.counter = 0
        self.stable_since = START
        self.leads: list[Leadership] = []

    @initialize(
        kind=st.sampled_from(["fixed", "fixed-deputy", "deputy"]),
        size=st.integers(2, 6),
        window=st.none() | st.integers(1, 2),
        newcomers=st.sampled_from(["end", "start", "after-head"]),
    )
    def start(self, kind: str, size: int, window: int | None, newcomers: str) -> None:
        self.members = [f"U{i}" for i in range(size)]
        order = tuple(reversed(self.members))
        if kind == "deputy":
            self.policy = DeputySucceeds(
                order=order,
                no_repeat_within=window,
                newcomers=newcomers,  # type: ignore[arg-type]
            )
        else:
            self.policy = FixedRotation(
                order=order,
                no_repeat_within=window,
                newcomers=newcomers,  # type: ignore[arg-type]
                on_head_leaves="deputy" if kind == "fixed-deputy" else "next-in-order",
            )
        (lead,) = plan(self.policy, self.members, start_year=START, years=1)
        self.leads = [lead]
        self.history = GroupHistory(
            group=BLOC,
            years=(
                GroupYear(
                    group="khoi",
                    year=START,
                    members=tuple(self.members),
                    head=lead.head,
                    deputy=lead.deputy,
                ),
            ),
        )

    # -- membership events for next year ------------------------------------------------

    def untouched(self) -> list[str]:
        return [code for code in self.members if code not in self.touched]

    def add(self, event: Join | Leave | Merge) -> None:
        assert self.history is not None
        self.history = self.history.with_event(event)
        self.stable_since = self.year + 1

    @rule()
    def join(self) -> None:
        self.counter += 1
        code = f"N{self.counter}"
        self.add(Join(member=code, year=self.year + 1))
        self.members.append(code)
        self.touched.add(code)

    @precondition(lambda self: len(self.members) > 2 and len(self.untouched()) >= 1)
    @rule(data=st.data())
    def leave(self, data: st.DataObject) -> None:
        code = data.draw(st.sampled_from(self.untouched()))
        self.add(Leave(member=code, year=self.year + 1))
        self.members.remove(code)
        self.touched.add(code)

    @precondition(lambda self: len(self.members) > 2 and len(self.untouched()) >= 1)
    @rule(data=st.data(), into_existing=st.booleans())
    def merge(self, data: st.DataObject, into_existing: bool) -> None:
        code = data.draw(st.sampled_from(self.untouched()))
        others = [other for other in self.untouched() if other != code]
        if into_existing and others:
            successor = data.draw(st.sampled_from(others))
            self.members.remove(code)
        else:
            self.counter += 1
            successor = f"S{self.counter}"
            self.members[self.members.index(code)] = successor
        self.add(Merge(member=code, successor=successor, year=self.year + 1))
        self.touched.update({code, successor})

    # -- the year advances --------------------------------------------------------------

    @rule()
    def advance(self) -> None:
        assert self.history is not None
        year = self.year + 1
        members = self.history.members_in(year)
        assert sorted(members) == sorted(self.members)
        (lead,) = plan(self.policy, members, start_year=year, years=1, history=self.history)
        previous = self.leads[-1]
        self.check_succession(previous, lead)
        self.leads.append(lead)
        self.history = self.history.with_year(
            GroupYear(group="khoi", year=year, members=members, head=lead.head, deputy=lead.deputy)
        )
        self.year = year
        self.touched.clear()

    def barred(self, year: int) -> set[str]:
        assert self.history is not None
        window = self.policy.no_repeat_within
        if window is None:
            return set()
        return {
            self.history.successor(lead.head, year)
            for lead in self.leads
            if year - window < lead.year < year
        }

    def check_succession(self, previous: Leadership, lead: Leadership) -> None:
        assert self.history is not None
        if isinstance(self.policy, DeputySucceeds) and previous.deputy is not None:
            expected = self.history.successor(previous.deputy, lead.year)
            if expected in self.members and expected not in self.barred(lead.year):
                assert lead.head == expected

    @invariant()
    def leaders_are_distinct_members(self) -> None:
        if self.history is None:
            return
        lead = self.leads[-1]
        members = self.history.members_in(self.year)
        assert lead.head in members
        assert lead.deputy in members
        assert lead.head != lead.deputy
        assert self.history.leadership_in(self.year) == lead

    @invariant()
    def no_repeat_within_window(self) -> None:
        if self.history is None or self.policy.no_repeat_within is None:
            return
        assert self.leads[-1].head not in self.barred(self.year)

    @invariant()
    def fixed_rotation_visits_everyone(self) -> None:
        size = len(self.members)
        if (
            not isinstance(self.policy, FixedRotation)
            or self.policy.no_repeat_within is not None
            or self.year - self.stable_since + 1 < size
        ):
            return
        recent = [lead.head for lead in self.leads[-size:]]
        assert sorted(recent) == sorted(self.members)


RotationMachine.TestCase.settings = settings(
    RotationMachine.TestCase.settings, max_examples=60, stateful_step_count=25
)
TestRotationMachine = RotationMachine.TestCase
