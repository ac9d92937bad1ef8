"""Tests of mttq.groups: blocs, clusters, group years, membership events and histories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import date, datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.codes import Level
from mttq.errors import DataError, InvalidValueError, UnknownCodeError
from mttq.groups import (
    Bloc,
    Cluster,
    EmulationGroup,
    GroupHistory,
    GroupYear,
    Join,
    Leadership,
    Leave,
    Merge,
    apply_event,
    event_sort_key,
)
from mttq.io import from_data, to_data
from mttq.movements import Pledge, PledgeKind
from mttq.organisations import standard_bodies

BLOC = Bloc(
    code="khoi-mttq",
    name="Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh",
    organiser="UBND tỉnh",
    level=Level.PROVINCE,
)
# Seed 004: the UBTƯ MTTQ cluster of the seven south-eastern provinces (2021 review).
DONG_NAM_BO = Cluster(
    code="cum-dong-nam-bo",
    name="Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh miền Đông Nam Bộ",
    organiser="UBTƯ MTTQ Việt Nam",
    level=Level.PROVINCE,
)
SEVEN = (
    "BA-RIA-VUNG-TAU",
    "BINH-PHUOC",
    "BINH-THUAN",
    "BINH-DUONG",
    "DONG-NAI",
    "TAY-NINH",
    "NINH-THUAN",
)


def edition(
    year: int,
    members: tuple[str, ...],
    *,
    head: str | None = None,
    deputy: str | None = None,
    rubric_id: str | None = None,
) -> GroupYear:
    return GroupYear(
        group="khoi-mttq", year=year, members=members, head=head, deputy=deputy, rubric_id=rubric_id
    )


class TestGroups:
    def test_bloc_and_cluster(self) -> None:
        assert isinstance(BLOC, EmulationGroup)
        assert (BLOC.head_title, BLOC.deputy_title) == ("Khối trưởng", "Khối phó")
        assert (DONG_NAM_BO.head_title, DONG_NAM_BO.deputy_title) == ("Cụm trưởng", "Cụm phó")
        assert DONG_NAM_BO.label() == (
            "Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh miền Đông Nam Bộ"
            " (cấp tỉnh, do UBTƯ MTTQ Việt Nam tổ chức)"
        )

    def test_text_is_normalised(self) -> None:
        decomposed = "Khối  thi đua".replace("ố", "o\u0302\u0301")
        bloc = Bloc(code="k", name=decomposed, organiser=" UBND tỉnh ", level="Cấp tỉnh")
        assert bloc.name == "Khối thi đua"
        assert bloc.organiser == "UBND tỉnh"
        assert bloc.level is Level.PROVINCE

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"code": ""}, "code"),
            ({"code": 5}, "code"),
            ({"name": "  "}, "name"),
            ({"name": None}, "name"),
            ({"organiser": 1}, "organiser"),
            ({"level": 3}, "level"),
            ({"since": "2016"}, "since"),
            ({"since": 1800}, "since"),
        ],
    )
    def test_bad_group(self, kwargs: dict[str, object], field: str) -> None:
        values: dict[str, object] = {
            "code": "k",
            "name": "Khối",
            "organiser": "UBND tỉnh",
            "level": Level.PROVINCE,
            **kwargs,
        }
        with pytest.raises(InvalidValueError) as info:
            Bloc(**values)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_unknown_level(self) -> None:
        with pytest.raises(UnknownCodeError):
            Bloc(code="k", name="Khối", organiser="UBND", level="galactic")

    def test_check_year(self) -> None:
        bloc = Bloc(code="k", name="Khối", organiser="UBND", level=Level.PROVINCE, since=2016)
        assert bloc.check_year(2020) == 2020
        with pytest.raises(InvalidValueError, match="2015"):
            bloc.check_year(2015)


class TestGroupYear:
    def test_invariants_hold(self) -> None:
        gy = edition(2023, ("A", "B", "C"), head="A", deputy="B", rubric_id="khoi-2023")
        assert gy.leadership() == Leadership(year=2023, head="A", deputy="B")
        assert gy.rubric_id == "khoi-2023"
        assert gy.names() == {}

    def test_units(self) -> None:
        bodies = standard_bodies(Level.PROVINCE)
        gy = edition(2024, tuple(body.code for body in bodies), head="hoi-nd.tinh")
        gy = GroupYear(group="k", year=2024, members=gy.members, units=bodies)
        assert gy.names()["hoi-ccb.tinh"] == "Hội Cựu chiến binh tỉnh"
        with pytest.raises(InvalidValueError, match=r"mttq\.tinh"):
            GroupYear(group="k", year=2024, members=("hoi-nd.tinh",), units=bodies)
        with pytest.raises(InvalidValueError):
            GroupYear(group="k", year=2024, members=("A",), units=("A",))  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError):
            GroupYear(group="k", year=2024, members=("A",), units=5)  # type: ignore[arg-type]

    def test_pledges(self) -> None:
        pledge = Pledge(
            unit="A", year=2024, kind=PledgeKind.GIAO_UOC, signed_on=dt.date(2024, 3, 1)
        )
        gy = GroupYear(group="k", year=2024, members=("A", "B"), pledges=[pledge])
        assert gy.pledges == (pledge,)
        assert from_data(to_data(gy), GroupYear) == gy
        with pytest.raises(InvalidValueError, match="'Z'"):
            GroupYear(group="k", year=2024, members=("A",), pledges=(Pledge(unit="Z", year=2024),))
        with pytest.raises(InvalidValueError, match="not for 2024"):
            GroupYear(group="k", year=2024, members=("A",), pledges=(Pledge(unit="A", year=2023),))
        with pytest.raises(InvalidValueError):
            GroupYear(group="k", year=2024, members=("A",), pledges=("A",))  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError):
            GroupYear(group="k", year=2024, members=("A",), pledges=1)  # type: ignore[arg-type]

    def test_empty_group(self) -> None:
        with pytest.raises(InvalidValueError, match="no members in 2023") as info:
            edition(2023, ())
        assert info.value.field == "members"

    def test_head_not_member(self) -> None:
        with pytest.raises(InvalidValueError, match="2023") as info:
            edition(2023, ("A", "B"), head="Z")
        assert (info.value.field, info.value.value) == ("head", "Z")

    def test_deputy_not_member(self) -> None:
        with pytest.raises(InvalidValueError) as info:
            edition(2023, ("A", "B"), head="A", deputy="Z")
        assert (info.value.field, info.value.value) == ("deputy", "Z")

    def test_head_is_deputy(self) -> None:
        with pytest.raises(InvalidValueError, match="must differ"):
            edition(2023, ("A", "B"), head="A", deputy="A")

    @pytest.mark.parametrize(
        ("members", "value"), [(("A", "A"), "A"), ("AB", "AB"), ((1,), 1), (("",), "")]
    )
    def test_bad_members(self, members: object, value: object) -> None:
        with pytest.raises(InvalidValueError) as info:
            edition(2023, members)  # type: ignore[arg-type]
        assert info.value.value == value

    def test_bad_year(self) -> None:
        for year in ("2023", 2023.0, True, 1000):
            with pytest.raises(InvalidValueError):
                edition(year, ("A",))  # type: ignore[arg-type]

    def test_round_trip(self) -> None:
        gy = GroupYear(
            group="k",
            year=2024,
            members=("hoi-nd.tinh",),
            units=standard_bodies(Level.PROVINCE)[4:5],
            head="hoi-nd.tinh",
        )
        assert from_data(to_data(gy), GroupYear) == gy
        with pytest.raises(DataError):
            from_data({"group": "k", "year": 2024, "members": ["A"], "head": "B"}, GroupYear)

    def test_leadership_values(self) -> None:
        assert edition(2023, ("A",)).leadership() is None
        with pytest.raises(InvalidValueError):
            Leadership(year=2023, head="")
        with pytest.raises(InvalidValueError):
            Leadership(year=2023, head="A", deputy="A")


class TestEvents:
    def test_apply(self) -> None:
        members = ("A", "B", "C")
        assert apply_event(members, Join(member="D", year=2025)) == ("A", "B", "C", "D")
        assert apply_event(members, Leave(member="B", year=2025)) == ("A", "C")
        assert apply_event(members, Merge(member="B", successor="S", year=2025)) == ("A", "S", "C")
        assert apply_event(members, Merge(member="B", successor="C", year=2025)) == ("A", "C")

    @pytest.mark.parametrize(
        ("event", "message"),
        [
            (Join(member="A", year=2025), "already a member"),
            (Leave(member="Z", year=2025), "leaves in 2025"),
            (Merge(member="Z", successor="A", year=2025), "is merged in 2025"),
        ],
    )
    def test_apply_refuses(self, event: Join | Leave | Merge, message: str) -> None:
        with pytest.raises(InvalidValueError, match=message) as info:
            apply_event(("A", "B"), event)
        assert info.value.field == "member"

    def test_apply_type(self) -> None:
        with pytest.raises(InvalidValueError):
            apply_event(("A",), "join")  # type: ignore[arg-type]

    def test_bad_events(self) -> None:
        with pytest.raises(InvalidValueError, match="itself"):
            Merge(member="A", successor="A", year=2025)
        with pytest.raises(InvalidValueError) as info:
            Join(member="A", year=2025, date=dt.date(2020, 1, 1))
        assert info.value.field == "date"
        with pytest.raises(InvalidValueError):
            Join(member="A", year=2025, date=dt.datetime(2025, 1, 1))
        assert Leave(member="A", year=2025, date=dt.date(2024, 12, 31)).date == dt.date(
            2024, 12, 31
        )

    def test_sort_key(self) -> None:
        events: list[Join | Leave | Merge] = [
            Join(member="B", year=2025),
            Merge(member="C", successor="D", year=2025),
            Leave(member="A", year=2025),
            Join(member="A", year=2024),
        ]
        assert [type(e).__name__ for e in sorted(events, key=event_sort_key)] == [
            "Join",
            "Leave",
            "Merge",
            "Join",
        ]

    def test_round_trip(self) -> None:
        merge = Merge(
            member="BINH-PHUOC", successor="DONG-NAI", year=2026, date=dt.date(2025, 7, 1)
        )
        data = to_data(
            GroupHistory(
                group=DONG_NAM_BO,
                years=(GroupYear(group="cum-dong-nam-bo", year=2021, members=SEVEN),),
                events=(merge,),
            )
        )
        assert data["events"] == [
            {
                "type": "Merge",
                "member": "BINH-PHUOC",
                "successor": "DONG-NAI",
                "year": 2026,
                "date": "2025-07-01",
            }
        ]
        assert data["group"]["type"] == "Cluster"
        assert from_data(data, GroupHistory).events == (merge,)


class TestHistory:
    def history(self) -> GroupHistory:
        return GroupHistory(
            group=BLOC,
            years=(
                edition(2023, ("A", "B", "C"), head="C", deputy="B"),
                edition(2021, ("A", "B"), head="A", deputy="B"),
            ),
            events=(
                Join(member="C", year=2022),
                Merge(member="B", successor="S", year=2025),
                Leave(member="A", year=2026),
                Join(member="D", year=2026),
            ),
        )

    def test_members_in(self) -> None:
        history = self.history()
        assert history.first_year == 2021
        assert history.last_year == 2023
        assert history.members_in(2021) == ("A", "B")
        assert history.members_in(2022) == ("A", "B", "C")
        assert history.members_in(2024) == ("A", "B", "C")
        assert history.members_in(2025) == ("A", "S", "C")
        assert history.members_in(2026) == ("S", "C", "D")
        assert history.members_in(2040) == ("S", "C", "D")

    def test_leadership_in(self) -> None:
        history = self.history()
        assert history.leadership_in(2023) == Leadership(year=2023, head="C", deputy="B")
        assert history.leadership_in(2022) is None
        assert history.leaderships() == (
            Leadership(year=2021, head="A", deputy="B"),
            Leadership(year=2023, head="C", deputy="B"),
        )

    def test_before_existence(self) -> None:
        history = self.history()
        for call in (history.members_in, history.leadership_in):
            with pytest.raises(InvalidValueError, match="2020") as info:
                call(2020)
            assert info.value.field == "year"

    def test_successor(self) -> None:
        history = self.history()
        assert history.successor("B", 2024) == "B"
        assert history.successor("B", 2025) == "S"

    def test_next_year_and_with(self) -> None:
        history = self.history()
        nxt = history.next_year(head="B", deputy="C", rubric_id="r-2024")
        assert (nxt.year, nxt.members) == (2024, ("A", "B", "C"))
        with pytest.raises(InvalidValueError):
            history.next_year(head="S")  # S is not a member before 2025
        longer = history.with_year(history.next_year(head="B", deputy="C"))
        assert longer.last_year == 2024
        assert longer.get(2024) is not None
        replaced = longer.with_year(edition(2024, ("A", "B", "C"), head="A"))
        assert replaced.leadership_in(2024) == Leadership(year=2024, head="A")
        assert len(replaced.years) == 3
        with pytest.raises(InvalidValueError):
            history.with_year("2024")  # type: ignore[arg-type]
        joined = history.with_event(Join(member="E", year=2027))
        assert joined.members_in(2027) == ("S", "C", "D", "E")

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"years": ()}, "at least one"),
            ({"years": "x"}, "sequence"),
            ({"years": (1,)}, "GroupYear"),
            ({"events": 5}, "sequence"),
            ({"events": ("join",)}, "Join"),
            ({"group": "khoi"}, "Bloc or a Cluster"),
        ],
    )
    def test_bad_history(self, kwargs: dict[str, object], message: str) -> None:
        values: dict[str, object] = {"group": BLOC, "years": (edition(2021, ("A",)),), **kwargs}
        with pytest.raises(InvalidValueError, match=message):
            GroupHistory(**values)  # type: ignore[arg-type]

    def test_inconsistent_history(self) -> None:
        with pytest.raises(InvalidValueError, match="recorded twice"):
            GroupHistory(group=BLOC, years=(edition(2021, ("A",)), edition(2021, ("B",))))
        with pytest.raises(InvalidValueError, match="another group"):
            GroupHistory(group=BLOC, years=(GroupYear(group="x", year=2021, members=("A",)),))
        with pytest.raises(InvalidValueError, match="2020"):
            GroupHistory(
                group=BLOC, years=(edition(2021, ("A",)),), events=(Join(member="B", year=2020),)
            )
        since = Bloc(
            code="khoi-mttq", name="Khối", organiser="UBND", level=Level.PROVINCE, since=2022
        )
        with pytest.raises(InvalidValueError, match="2021"):
            GroupHistory(group=since, years=(edition(2021, ("A",)),))
        with pytest.raises(InvalidValueError, match="already a member"):
            GroupHistory(
                group=BLOC, years=(edition(2021, ("A",)),), events=(Join(member="A", year=2022),)
            )

    @pytest.mark.parametrize(
        ("event", "message"),
        [
            (Join(member="Z", year=2022), "not in the 2022 list"),
            (Leave(member="A", year=2022), "still in the 2022 list"),
            (Merge(member="A", successor="Z", year=2022), "still in the 2022 list"),
            (Merge(member="Q", successor="Z", year=2022), "not listed"),
        ],
    )
    def test_events_must_agree_with_recorded_years(
        self, event: Join | Leave | Merge, message: str
    ) -> None:
        with pytest.raises(InvalidValueError, match=message):
            GroupHistory(
                group=BLOC,
                years=(edition(2021, ("A", "Q")), edition(2022, ("A", "B"))),
                events=(event,),
            )

    def test_events_agreeing_with_recorded_years(self) -> None:
        history = GroupHistory(
            group=BLOC,
            years=(edition(2021, ("A", "B")), edition(2022, ("S", "B", "C"))),
            events=(
                Merge(member="A", successor="S", year=2022),
                Join(member="C", year=2022),
                Leave(member="C", year=2023),
            ),
        )
        assert history.members_in(2023) == ("S", "B")

    def test_round_trip(self) -> None:
        history = self.history()
        assert from_data(to_data(history), GroupHistory) == history


@given(st.lists(st.sampled_from(["join", "leave", "merge"]), max_size=12))
def test_members_follow_events(kinds: list[str]) -> None:
    members = ["A", "B"]
    events: list[Join | Leave | Merge] = []
    for step, kind in enumerate(kinds):
        year = 2022 + step
        if kind == "join" or len(members) < 2:
            events.append(Join(member=f"N{step}", year=year))
            members.append(f"N{step}")
        elif kind == "leave":
            events.append(Leave(member=members[-1], year=year))
            members.pop()
        else:
            events.append(Merge(member=members[0], successor=f"S{step}", year=year))
            members[0] = f"S{step}"
    history = GroupHistory(group=BLOC, years=(edition(2021, ("A", "B")),), events=events)
    assert history.members_in(2022 + len(kinds)) == tuple(members)
    assert len(set(history.members_in(2030))) == len(history.members_in(2030))


# --------------------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    "bad", [None, 1.5, "AB", b"AB", ("A", "A"), (1,), ("A", ""), {"A": 1, "B": 2}.items()],
    ids=repr,
)  # fmt: skip
def test_apply_event_refuses_bad_members(bad: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        apply_event(bad, Join(member="C", year=2024))  # type: ignore[arg-type]
    assert info.value.field == "members"


def test_apply_event_takes_any_collection_of_codes() -> None:
    join = Join(member="C", year=2024)
    assert apply_event(["A", "B"], join) == apply_event(("A", "B"), join) == ("A", "B", "C")


@pytest.mark.parametrize(
    "bad", [None, 1.5, "join", datetime(2024, 1, 1), Leadership(year=2024, head="A")], ids=repr
)
def test_event_sort_key_refuses_what_is_not_an_event(bad: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        event_sort_key(bad)  # type: ignore[arg-type]
    assert info.value.field == "event"


def test_event_sort_key_of_each_kind() -> None:
    day = date(2024, 3, 1)
    assert event_sort_key(Leave(member="A", year=2024, date=day)) == (2024, day, 0, "A")
    assert event_sort_key(Merge(member="A", successor="S", year=2024)) == (
        2024, date.min, 1, "A",
    )  # fmt: skip
    assert event_sort_key(Join(member="A", year=2024)) == (2024, date.min, 2, "A")


@pytest.mark.parametrize(
    "instance",
    [
        BLOC,
        DONG_NAM_BO,
        edition(2023, ("A", "B", "C"), head="C", deputy="B", rubric_id="r"),
        Leadership(year=2023, head="A", deputy="B"),
        Join(member="A", year=2024, date=date(2023, 12, 1)),
        Leave(member="A", year=2024, date=date(2024, 3, 1)),
        Merge(member="A", successor="S", year=2024),
        TestHistory().history(),
    ],
    ids=lambda value: type(value).__name__,
)
def test_fields_refuse_wrong_types(
    instance: attrs.AttrsInstance, check_wrong_types: Callable[[object], None]
) -> None:
    check_wrong_types(instance)
