"""Who heads a bloc or cluster each year: rotation policies, the planner and handovers.

Every bloc (khối thi đua) and cluster (cụm thi đua) has a head (khối trưởng / cụm trưởng) and
a deputy (khối phó / cụm phó) for each year. The guidance of the central Emulation and
Commendation Board says they are chosen by the members, by rotation, at the year-end review
(Ban TĐKT TW 1122/BTĐKT-VI of 30/06/2011; 2746/HD-BTĐKT of 24/11/2015 for the central blocs),
but practice is not uniform, so the succession rule is a value the user chooses:

* :class:`FixedRotation`: a yearly rotation in an order fixed by the province (Bắc Giang,
  2017→2018: "the units take turns as head, one year each", under the provincial council's
  guidance);
* :class:`Election`: the members elect next year's head and deputy at the year-end review
  (Đồng Nai cluster II of district MTTQ committees, 2022→2023; the national cluster of the
  socio-political organisations, 2024→2026; seed: a provincial bloc electing the Farmers'
  Union head for 2022). No rule for ties was found, so a failed or tied vote is resolved by
  the policy's stated ``fallback``;
* :class:`FlagWinnerLeads`: the unit that won the flag for year Y heads the group in Y+1
  (an associations bloc, 2017);
* :class:`DeputySucceeds`: the deputy of year Y heads the group in Y+1. No text stating this
  rule was found (UNVERIFIED): it is offered as a setting, not as law.

:func:`plan` is a pure function ``plan(policy, members, *, start_year, years) ->
tuple[Leadership, ...]``: deterministic, independent of the order the members are passed in
(the policy fixes the order; members it does not name are placed by its ``newcomers`` rule,
sorted by code), aware of the past (``history``) and of membership changes (``changes``:
:class:`~mttq.groups.Join`, :class:`~mttq.groups.Leave`, :class:`~mttq.groups.Merge`; a merged
unit's successor takes its place in the order and its leadership record).
:class:`Handover` is the handing over of the headship and of the rotating banner (cờ luân lưu).

Examples:
    >>> policy = FixedRotation(order=("LDLD", "HCCB", "HND", "HLHPN", "TD", "UBMTTQ"))
    >>> for lead in plan(policy, {"UBMTTQ", "LDLD", "TD", "HLHPN", "HND", "HCCB"},
    ...                  start_year=2024, years=3):
    ...     print(lead.year, lead.head, lead.deputy)
    2024 LDLD HCCB
    2025 HCCB HND
    2026 HND HLHPN

Sources:
    Ban TĐKT TW 1122/BTĐKT-VI (30/06/2011) [S37] and 2746/HD-BTĐKT (24/11/2015) [S36]; the
    reports of the Bắc Giang bloc (2017→2018) [S9], Đồng Nai cluster II (2022→2023) [S1], an
    associations bloc (2017) [S14] and the national cluster (2024→2026) [S17, S18, S20]; Luật
    Thi đua, khen thưởng 06/2022/QH15, Điều 25-26 (the flags that go to group leaders).
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, Protocol, TypeGuard, runtime_checkable

import attrs

from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.groups import (
    MAX_YEAR,
    GroupHistory,
    Join,
    Leadership,
    Leave,
    Merge,
    event_sort_key,
)

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

__all__ = [
    "BANNER",
    "RECORDS",
    "DeputySucceeds",
    "Election",
    "ElectionResult",
    "Fallback",
    "FixedRotation",
    "FlagFallback",
    "FlagWinner",
    "FlagWinnerLeads",
    "Handover",
    "Leadership",
    "Newcomers",
    "OnHeadLeaves",
    "Policy",
    "VoteCount",
    "handovers",
    "plan",
]

#: The rotating banner of the head (cờ luân lưu), handed over with the headship.
BANNER = "cờ luân lưu"
#: The group's files and record books (hồ sơ, sổ sách), handed over with the headship.
RECORDS = "hồ sơ, sổ sách"

#: Where units that the order does not name enter it. Founding members it does not name go,
#: sorted by code, at the end (``"end"``, ``"after-head"``) or the start (``"start"``); a unit
#: that joins later goes at the end (``"end"``, so it heads last in the cycle), the start
#: (``"start"``) or right after the head of the year before it joined (``"after-head"``, so it
#: heads next).
Newcomers = Literal["end", "start", "after-head"]
#: What follows when last year's head is no longer a member: ``"next-in-order"`` (the
#: rotation goes on from its place) or ``"deputy"`` (last year's deputy heads, and the
#: rotation goes on from the deputy's place).
OnHeadLeaves = Literal["next-in-order", "deputy"]
#: How a year without an elected head (no result, a failed or tied vote) is resolved:
#: ``"keep-current"`` (last year's head stays), ``"fixed-order"`` (the next in the order) or
#: ``"most-votes"`` (the member with the most votes; a tie goes to the earlier in the order).
Fallback = Literal["keep-current", "fixed-order", "most-votes"]
#: How a year without an eligible flag winner is resolved (see :data:`Fallback`).
FlagFallback = Literal["keep-current", "fixed-order"]

_NEWCOMERS = ("end", "start", "after-head")
_ON_HEAD_LEAVES = ("next-in-order", "deputy")
_FALLBACKS = ("keep-current", "fixed-order", "most-votes")
_FLAG_FALLBACKS = ("keep-current", "fixed-order")


# --------------------------------------------------------------------------- validators


def _check_code(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(field, value, f"must be a str code, not {type(value).__name__}")
    text = unicodedata.normalize("NFC", value)
    if not text or text != text.strip():
        raise InvalidValueError(field, value, "must be non-empty, without surrounding spaces")
    return text


def _check_year(value: object, field: str = "year") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, f"must be an int year, not {type(value).__name__}")
    if not 1930 <= value <= MAX_YEAR:
        raise InvalidValueError(field, value, f"must be between 1930 and {MAX_YEAR}")
    return value


def _is_collection(value: object) -> TypeGuard[Iterable[object]]:
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes))


def _to_order(value: Iterable[str]) -> tuple[str, ...]:
    if not _is_collection(value):
        raise InvalidValueError("order", value, "must be a sequence of member codes")
    codes = tuple(_check_code(item, "order") for item in value)
    if len(set(codes)) != len(codes):
        twice = next(code for code in codes if codes.count(code) > 1)
        raise InvalidValueError("order", twice, "is listed twice in the rotation order")
    return codes


def _to_source(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError("source", value, "must be a non-empty str or None")
    return unicodedata.normalize("NFC", value.strip())


def _no_repeat_validator(_: object, __: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError("no_repeat_within", value, "must be a positive int or None")


def _choice(field: str, allowed: tuple[str, ...]) -> _Validator:
    def validate(_: object, __: attrs.Attribute[str], value: object) -> None:
        if value not in allowed:
            raise InvalidValueError(field, value, f"must be one of {', '.join(allowed)}")

    return validate


def _year_validator(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    _check_year(value, attribute.name)


def _to_member(value: str) -> str:
    return _check_code(value, "member")


def _to_optional_head(value: str | None) -> str | None:
    return None if value is None else _check_code(value, "head")


def _to_optional_deputy(value: str | None) -> str | None:
    return None if value is None else _check_code(value, "deputy")


def _to_runner_up(value: str | None) -> str | None:
    return None if value is None else _check_code(value, "runner_up")


def _date_validator(_: object, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
    if value is not None and (isinstance(value, dt.datetime) or not isinstance(value, dt.date)):
        raise InvalidValueError(
            attribute.name, value, "must be a datetime.date (not a datetime) or None"
        )


def _tuple_of(cls: type[object], field: str) -> _Validator:
    def validate(_: object, __: attrs.Attribute[object], value: object) -> None:
        if not isinstance(value, tuple):
            raise InvalidValueError(field, value, "must be a tuple")
        for item in value:
            if not isinstance(item, cls):
                raise InvalidValueError(field, item, f"must be a {cls.__name__}")

    return validate


# --------------------------------------------------------------------------- policies


@attrs.frozen(kw_only=True)
class FixedRotation:
    """Heads take turns in a fixed order, one year each (thay phiên, mỗi năm một đơn vị).

    The head of year Y is the next member in ``order`` after the head of Y-1; the deputy is
    the member after the head (so, with a stable membership, next year's head).

    Attributes:
        order: the rotation order (member codes). Members it does not name are placed by
            ``newcomers``, sorted by code; it may not name units unknown to the plan.
        no_repeat_within: if set to N, no unit heads twice within N consecutive years;
            a unit that would break it is skipped.
        newcomers: where members the order does not name enter it (:data:`Newcomers`).
        on_head_leaves: what follows when last year's head has left (:data:`OnHeadLeaves`).
        source: the decision that fixes the order, if any (e.g. a provincial decision).

    Examples:
        >>> [lead.head for lead in plan(FixedRotation(order=("C", "A", "B")), ["A", "B", "C"],
        ...                                start_year=2024, years=4)]
        ['C', 'A', 'B', 'C']
    """

    order: tuple[str, ...] = attrs.field(default=(), converter=_to_order)
    no_repeat_within: int | None = attrs.field(default=None, validator=_no_repeat_validator)
    newcomers: Newcomers = attrs.field(default="end", validator=_choice("newcomers", _NEWCOMERS))
    on_head_leaves: OnHeadLeaves = attrs.field(
        default="next-in-order", validator=_choice("on_head_leaves", _ON_HEAD_LEAVES)
    )
    source: str | None = attrs.field(default=None, converter=_to_source)


@attrs.frozen(kw_only=True)
class DeputySucceeds:
    """The deputy of year Y heads the group in Y+1; the new deputy is the next in ``order``.

    This succession rule is reported in practice but no text stating it was found
    (UNVERIFIED); it is offered as a setting. When last year's deputy has left, the member
    after the deputy's place in the order heads instead; with no history, the first in the
    order heads.

    Attributes:
        order: the order from which new deputies are taken (as in :class:`FixedRotation`).
        no_repeat_within: as in :class:`FixedRotation`; a deputy is chosen among the members
            who may head the next year.
        newcomers: where members the order does not name enter it.
        source: the rule's source, if any.

    Examples:
        >>> past = [Leadership(year=2023, head="A", deputy="C")]
        >>> [(lead.head, lead.deputy) for lead in plan(
        ...     DeputySucceeds(order=("A", "B", "C")), ["A", "B", "C"],
        ...     start_year=2024, years=2, history=past)]
        [('C', 'A'), ('A', 'B')]
    """

    order: tuple[str, ...] = attrs.field(default=(), converter=_to_order)
    no_repeat_within: int | None = attrs.field(default=None, validator=_no_repeat_validator)
    newcomers: Newcomers = attrs.field(default="end", validator=_choice("newcomers", _NEWCOMERS))
    source: str | None = attrs.field(default=None, converter=_to_source)


def _vote_validator(_: object, __: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError("votes", value, "must be an int >= 0")


@attrs.frozen(kw_only=True)
class VoteCount:
    """The votes one member received.

    Examples:
        >>> VoteCount(member="VUSTA", votes=7)
        VoteCount(member='VUSTA', votes=7)
    """

    member: str = attrs.field(converter=_to_member)
    votes: int = attrs.field(validator=_vote_validator)


def _check_counts(field: str) -> _Validator:
    check_type = _tuple_of(VoteCount, field)

    def validate(
        instance: object, attribute: attrs.Attribute[object], value: tuple[VoteCount, ...]
    ) -> None:
        check_type(instance, attribute, value)
        members = [count.member for count in value]
        if len(set(members)) != len(members):
            twice = next(code for code in members if members.count(code) > 1)
            raise InvalidValueError(field, twice, "has two vote counts")

    return validate


@attrs.frozen(kw_only=True)
class ElectionResult:
    """The result of electing a year's head and deputy at the previous year-end review.

    A ``head`` of ``None`` means the vote failed (no majority, a tie) or was not held; the
    :class:`Election`'s ``fallback`` then decides, using ``head_votes`` if it asks for the most
    votes.

    Attributes:
        year: the year the elected units lead (2023 for an election at the 2022 review).
        head: the elected head, or ``None``.
        deputy: the elected deputy, or ``None`` (then the next in the order after the head).
        head_votes: the vote counts for the head, if recorded.
        deputy_votes: the vote counts for the deputy, if recorded.
        held_on: the date of the review where the vote was held, if known.

    Examples:
        >>> ElectionResult(year=2023, head="VINH-CUU", deputy="TAN-PHU").head
        'VINH-CUU'
    """

    year: int = attrs.field(validator=_year_validator)
    head: str | None = attrs.field(default=None, converter=_to_optional_head)
    deputy: str | None = attrs.field(default=None, converter=_to_optional_deputy)
    head_votes: tuple[VoteCount, ...] = attrs.field(
        default=(), validator=_check_counts("head_votes")
    )
    deputy_votes: tuple[VoteCount, ...] = attrs.field(
        default=(), validator=_check_counts("deputy_votes")
    )
    held_on: dt.date | None = attrs.field(default=None, validator=_date_validator)

    def __attrs_post_init__(self) -> None:
        if self.head is not None and self.head == self.deputy:
            raise InvalidValueError(
                "deputy", self.deputy, f"is also elected head for {self.year}: they must differ"
            )


def _unique_years(field: str) -> _Validator:
    def validate(_: object, __: attrs.Attribute[object], value: tuple[ElectionResult, ...]) -> None:
        years = [item.year for item in value]
        if len(set(years)) != len(years):
            twice = next(year for year in years if years.count(year) > 1)
            raise InvalidValueError(field, twice, "has two entries for this year")

    return validate


@attrs.frozen(kw_only=True)
class Election:
    """The members elect next year's head and deputy at the year-end review (bầu, bình bầu).

    Attributes:
        results: the election results, one per year at most.
        fallback: how a year without an elected head is resolved (:data:`Fallback`).
        order: the order used by the fallback and to pick a deputy who was not elected.
        no_repeat_within: if set to N, an elected head who headed within N years is refused
            with :class:`~mttq.errors.InvalidValueError`; the fallback skips such units.
        newcomers: where members the order does not name enter it.
        source: the rule's source, if any.

    Examples:
        >>> vote = Election(results=(ElectionResult(year=2023, head="VINH-CUU",
        ...                                         deputy="TAN-PHU"),))
        >>> plan(vote, ["CAM-MY", "VINH-CUU", "TAN-PHU"], start_year=2023, years=1)
        (Leadership(year=2023, head='VINH-CUU', deputy='TAN-PHU'),)
    """

    results: tuple[ElectionResult, ...] = attrs.field(
        default=(),
        validator=[_tuple_of(ElectionResult, "results"), _unique_years("results")],
    )
    fallback: Fallback = attrs.field(
        default="fixed-order", validator=_choice("fallback", _FALLBACKS)
    )
    order: tuple[str, ...] = attrs.field(default=(), converter=_to_order)
    no_repeat_within: int | None = attrs.field(default=None, validator=_no_repeat_validator)
    newcomers: Newcomers = attrs.field(default="end", validator=_choice("newcomers", _NEWCOMERS))
    source: str | None = attrs.field(default=None, converter=_to_source)


@attrs.frozen(kw_only=True)
class FlagWinner:
    """The unit that won the group's flag (cờ thi đua) for a year, and the runner-up.

    Examples:
        >>> FlagWinner(year=2017, member="LHH-KHKT").member
        'LHH-KHKT'
    """

    year: int = attrs.field(validator=_year_validator)
    member: str = attrs.field(converter=_to_member)
    runner_up: str | None = attrs.field(default=None, converter=_to_runner_up)

    def __attrs_post_init__(self) -> None:
        if self.runner_up == self.member:
            raise InvalidValueError("runner_up", self.runner_up, "is also the flag winner")


@attrs.frozen(kw_only=True)
class FlagWinnerLeads:
    """The flag winner of year Y heads the group in Y+1; the runner-up is its deputy.

    When there is no winner for Y, or the winner has left or may not head again
    (``no_repeat_within``), ``fallback`` decides (:data:`FlagFallback`). Without a runner-up,
    the deputy is the next in the order after the head.

    Attributes:
        winners: the flag winners, one per year at most.
        fallback: ``"fixed-order"`` (default) or ``"keep-current"``.
        order: the order used by the fallback and for deputies.
        no_repeat_within: as in :class:`FixedRotation`.
        newcomers: where members the order does not name enter it.
        source: the rule's source, if any.

    Examples:
        >>> policy = FlagWinnerLeads(winners=(FlagWinner(year=2017, member="KHKT"),))
        >>> plan(policy, ["CTD", "KHKT", "NB"], start_year=2018, years=1)[0].head
        'KHKT'
    """

    winners: tuple[FlagWinner, ...] = attrs.field(
        default=(),
        validator=[_tuple_of(FlagWinner, "winners"), _unique_years("winners")],
    )
    fallback: FlagFallback = attrs.field(
        default="fixed-order", validator=_choice("fallback", _FLAG_FALLBACKS)
    )
    order: tuple[str, ...] = attrs.field(default=(), converter=_to_order)
    no_repeat_within: int | None = attrs.field(default=None, validator=_no_repeat_validator)
    newcomers: Newcomers = attrs.field(default="end", validator=_choice("newcomers", _NEWCOMERS))
    source: str | None = attrs.field(default=None, converter=_to_source)


#: A rotation policy (serialised as a tagged union: ``{"type": "FixedRotation", ...}``).
Policy = FixedRotation | DeputySucceeds | Election | FlagWinnerLeads

_POLICIES = (FixedRotation, DeputySucceeds, Election, FlagWinnerLeads)


# --------------------------------------------------------------------------- planner


@runtime_checkable
class Coded(Protocol):
    """Anything with a member ``code`` (an :class:`~mttq.organisations.Organisation`)."""

    @property
    def code(self) -> str:
        """The member code."""


def _member_code(item: object, field: str) -> str:
    if isinstance(item, str):
        return _check_code(item, field)
    if isinstance(item, Coded):
        return _check_code(item.code, field)
    raise InvalidValueError(field, item, "must be a member code or have a .code")


def _member_codes(members: object) -> list[str]:
    if isinstance(members, GroupHistory) or not _is_collection(members):
        raise InvalidValueError("members", members, "must be a collection of member codes")
    codes: list[str] = []
    seen: set[str] = set()
    for item in members:
        code = _member_code(item, "members")
        if code in seen:
            raise InvalidValueError("members", code, "is listed twice")
        seen.add(code)
        codes.append(code)
    return codes


def _check_count(value: object, start: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError("years", value, "must be an int >= 0")
    if start + value - 1 > MAX_YEAR:
        raise InvalidValueError("years", value, f"would plan beyond {MAX_YEAR}")
    return value


Event = Join | Leave | Merge


def _past_and_events(
    history: object, changes: object, start: int
) -> tuple[list[Leadership], list[Event], tuple[str, ...] | None]:
    past: list[Leadership] = []
    events: tuple[object, ...] = ()
    founding: tuple[str, ...] | None = None
    if isinstance(history, GroupHistory):
        founding = history.years[0].members
        if start < history.first_year or (
            history.group.since is not None and start < history.group.since
        ):
            raise InvalidValueError(
                "start_year",
                start,
                f"is before the group {history.group.code!r} existed"
                f" (first recorded year {history.first_year})",
            )
        past = list(history.leaderships())
        events = history.events
    elif history is not None:
        if not _is_collection(history):
            raise InvalidValueError("history", history, "must be Leadership values or a history")
        for item in history:
            if not isinstance(item, Leadership):
                raise InvalidValueError("history", item, "must be a Leadership")
            past.append(item)
    years = [lead.year for lead in past]
    if len(set(years)) != len(years):
        twice = next(year for year in years if years.count(year) > 1)
        raise InvalidValueError("history", twice, "has two leaderships for this year")
    if changes is not None:
        if not _is_collection(changes):
            raise InvalidValueError("changes", changes, "must be Join, Leave or Merge events")
        events = tuple(changes)
    checked: list[Event] = []
    for event in events:
        if not isinstance(event, (Join, Leave, Merge)):
            raise InvalidValueError("changes", event, "must be a Join, Leave or Merge")
        checked.append(event)
    checked.sort(key=event_sort_key)
    return [lead for lead in past if lead.year < start], checked, founding


def _check_order(
    policy: Policy, present: list[str], past: list[Leadership], events: list[Event]
) -> None:
    """Refuse an order that names a unit unknown to the plan (members, events, history)."""
    known = set(present)
    for event in events:
        known.add(event.member)
        if isinstance(event, Merge):
            known.add(event.successor)
    for lead in past:
        known.add(lead.head)
        if lead.deputy is not None:
            known.add(lead.deputy)
    for code in policy.order:
        if code not in known:
            raise UnknownCodeError(
                "member in the rotation order",
                code,
                difflib.get_close_matches(code, sorted(known), n=3),
            )


def _replay(
    state: _Planner,
    *,
    present: list[str],
    past: list[Leadership],
    events: list[Event],
    start: int,
    founding: tuple[str, ...] | None,
) -> None:
    """Build the rotation order as it stands in ``start``, replaying the earlier events.

    The order starts as the policy's order plus the founding members it does not name
    (sorted, at the start or the end). The events up to ``start`` are then replayed as the
    planner applies them year by year (a newcomer placed after the head of the year before
    it joined, a merged unit's successor taking its place), so that re-planning from a later
    year gives the same order as planning straight through.
    """
    earlier = [event for event in events if event.year <= start]
    if founding is None:
        gone = {event.member for event in earlier if not isinstance(event, Join)}
        added = {event.member for event in earlier if isinstance(event, Join)}
        added |= {event.successor for event in earlier if isinstance(event, Merge)}
        founding = tuple((set(present) | gone) - added)
    state.slots = list(state.policy.order)
    state.reindex()
    unnamed = sorted(code for code in founding if code not in state.index)
    if state.policy.newcomers == "start":
        state.slots[0:0] = unnamed
    else:
        state.slots.extend(unnamed)
    state.reindex()
    for lead in past:
        state.heads[lead.year] = lead.head
    for event in earlier:
        if isinstance(event, Join):
            if event.member not in state.index:
                state.cursor = state.heads.get(event.year - 1)
                state.place([event.member])
        elif isinstance(event, Merge):
            state.merge(event.member, event.successor)
    state.cursor = state.deputy = None
    if past:
        latest = max(past, key=lambda lead: lead.year)
        state.cursor = state.resolve(latest.head)
        state.deputy = None if latest.deputy is None else state.resolve(latest.deputy)
        for year, head in state.heads.items():
            state.heads[year] = state.resolve(head)
    missing = [code for code in present if code not in state.index]
    if missing:
        state.place(missing)


class _Planner:
    """The mutable state of one :func:`plan` run (private; never escapes)."""

    def __init__(self, policy: Policy, present: list[str], start: int) -> None:
        self.policy = policy
        self.window = policy.no_repeat_within
        self.present = set(present)
        self.rename: dict[str, str] = {}
        self.slots: list[str] = []
        self.index: dict[str, int] = {}
        self.heads: dict[int, str] = {}
        self.cursor: str | None = None
        self.deputy: str | None = None
        self.start = start

    # -- order ---------------------------------------------------------------------------

    def resolve(self, code: str) -> str:
        seen = {code}
        while code in self.rename:
            code = self.rename[code]
            if code in seen:
                raise InvalidValueError("successor", code, "the mergers form a cycle")
            seen.add(code)
        return code

    def reindex(self) -> None:
        self.index = {code: i for i, code in enumerate(self.slots)}

    def place(self, codes: list[str]) -> None:
        """Give ``codes`` (not yet in the order) a place by the ``newcomers`` rule."""
        codes = sorted(codes)
        where = self.policy.newcomers
        if where == "start":
            self.slots[0:0] = codes
        elif where == "after-head" and self.cursor in self.index:
            at = self.index[self.cursor] + 1
            self.slots[at:at] = codes
        else:
            self.slots.extend(codes)
        self.reindex()

    def next_after(self, code: str | None, excluded: set[str]) -> str | None:
        """The first present member after ``code``'s place (cyclic) not in ``excluded``."""
        slots = self.slots
        size = len(slots)
        at = self.index.get(code, -1) if code is not None else -1
        present = self.present
        for step in range(1, size + 1):
            candidate = slots[(at + step) % size]
            if candidate in present and candidate not in excluded:
                return candidate
        return None

    # -- membership ----------------------------------------------------------------------

    def apply(self, event: Event) -> None:
        code, year = event.member, event.year
        if isinstance(event, Join):
            if code in self.present:
                raise InvalidValueError("member", code, f"joins in {year} but is already a member")
            self.present.add(code)
            if code not in self.index:
                self.place([code])
            return
        if code not in self.present:
            verb = "leaves" if isinstance(event, Leave) else "is merged"
            raise InvalidValueError("member", code, f"{verb} in {year} but is not a member")
        self.present.discard(code)
        if isinstance(event, Leave):
            return
        self.merge(code, event.successor)
        self.present.add(event.successor)

    def merge(self, old: str, new: str) -> None:
        """Let ``new`` take ``old``'s place in the order and in the leadership record."""
        self.rename[old] = new
        if old in self.index:
            if new in self.index:
                del self.slots[self.index[old]]
            else:
                self.slots[self.index[old]] = new
            self.reindex()
        elif new not in self.index:
            self.place([new])
        if self.cursor == old:
            self.cursor = new
        if self.deputy == old:
            self.deputy = new
        for year, head in self.heads.items():
            if head == old:
                self.heads[year] = new

    # -- choice --------------------------------------------------------------------------

    def recent(self, year: int, first: int) -> set[str]:
        """The heads of ``first``..``year - 1`` (the units barred by ``no_repeat_within``)."""
        heads = self.heads
        if year - first <= len(heads):
            return {heads[y] for y in range(first, year) if y in heads}
        # Walk the recorded years, not the window: a window may be far longer than the history.
        return {head for y, head in heads.items() if first <= y < year}

    def refuse(self, year: int) -> InvalidValueError:
        members = ", ".join(sorted(self.present))
        size = len(self.present)
        hint = ""
        if self.window is not None and self.window > size:
            hint = (
                f"; a window longer than the number of members ({size}) can only be met"
                " until each of them has headed once"
            )
        return InvalidValueError(
            "no_repeat_within",
            self.window,
            f"cannot be met in {year}: every member ({members}) headed the group"
            f" within the last {self.window} years{hint}",
        )

    def fallback(self, kind: str, excluded: set[str]) -> str | None:
        cursor = self.cursor
        if kind == "keep-current" and cursor in self.present and cursor not in excluded:
            return cursor
        return self.next_after(cursor, excluded)

    def choose_head(self, year: int, excluded: set[str]) -> str | None:
        policy = self.policy
        cursor, deputy = self.cursor, self.deputy
        if isinstance(policy, FixedRotation):
            if (
                policy.on_head_leaves == "deputy"
                and cursor is not None
                and cursor not in self.present
                and deputy in self.present
                and deputy not in excluded
            ):
                return deputy
            return self.next_after(cursor, excluded)
        if isinstance(policy, DeputySucceeds):
            if deputy is None:
                return self.next_after(cursor, excluded)
            if deputy in self.present and deputy not in excluded:
                return deputy
            return self.next_after(deputy if deputy in self.index else cursor, excluded)
        if isinstance(policy, Election):
            return self.elect_head(policy, year, excluded)
        return self.flag_head(policy, year, excluded)

    def elect_head(self, policy: Election, year: int, excluded: set[str]) -> str | None:
        result = next((r for r in policy.results if r.year == year), None)
        if result is not None and result.head is not None:
            head = result.head
            if head not in self.present:
                raise InvalidValueError(
                    "head", head, f"is elected for {year} but is not a member in {year}"
                )
            if head in excluded:
                raise InvalidValueError(
                    "head",
                    head,
                    f"is elected for {year} but headed the group within the last"
                    f" {self.window} years (no_repeat_within)",
                )
            return head
        if policy.fallback == "most-votes" and result is not None:
            best = self.most_votes(result.head_votes, excluded)
            if best is not None:
                return best
        return self.fallback(policy.fallback, excluded)

    def most_votes(self, counts: tuple[VoteCount, ...], excluded: set[str]) -> str | None:
        ranked = [
            (-count.votes, self.index[count.member], count.member)
            for count in counts
            if count.member in self.present and count.member not in excluded
        ]
        return min(ranked)[2] if ranked else None

    def flag_head(self, policy: FlagWinnerLeads, year: int, excluded: set[str]) -> str | None:
        winner = next((w for w in policy.winners if w.year == year - 1), None)
        if winner is not None:
            head = self.resolve(winner.member)
            if head in self.present and head not in excluded:
                return head
        return self.fallback(policy.fallback, excluded)

    def choose_deputy(self, year: int, head: str) -> str | None:
        policy = self.policy
        named: str | None = None
        if isinstance(policy, Election):
            result = next((r for r in policy.results if r.year == year), None)
            if result is not None and result.deputy is not None:
                if result.deputy not in self.present:
                    raise InvalidValueError(
                        "deputy",
                        result.deputy,
                        f"is elected for {year} but is not a member in {year}",
                    )
                named = result.deputy
            elif result is not None and policy.fallback == "most-votes":
                named = self.most_votes(result.deputy_votes, {head})
        elif isinstance(policy, FlagWinnerLeads):
            winner = next((w for w in policy.winners if w.year == year - 1), None)
            if winner is not None and winner.runner_up is not None:
                runner_up = self.resolve(winner.runner_up)
                if runner_up in self.present:
                    named = runner_up
        if named is not None and named != head:
            return named
        if self.window is not None:
            barred = self.recent(year + 1, year + 2 - self.window) | {head}
            found = self.next_after(head, barred)
            if found is not None:
                return found
        return self.next_after(head, {head})

    def step(self, year: int) -> Leadership:
        if not self.present:
            raise InvalidValueError("members", (), f"the group has no members in {year}")
        window = self.window
        excluded = self.recent(year, year + 1 - window) if window is not None else set()
        head = self.choose_head(year, excluded)
        if head is None:
            raise self.refuse(year)
        deputy = self.choose_deputy(year, head)
        self.heads[year] = head
        self.cursor, self.deputy = head, deputy
        return _leadership(year, head, deputy)


def _leadership(year: int, head: str, deputy: str | None) -> Leadership:
    """Build a :class:`Leadership` from values the planner has already checked.

    The planner's codes are validated once on entry and ``head != deputy`` holds by
    construction, so the per-year validators are skipped (this halves the time of a plan).
    """
    lead = object.__new__(Leadership)
    setter = object.__setattr__
    setter(lead, "year", year)
    setter(lead, "head", head)
    setter(lead, "deputy", deputy)
    return lead


def plan(
    policy: Policy,
    members: Iterable[str | Coded],
    *,
    start_year: int,
    years: int,
    history: GroupHistory | Iterable[Leadership] | None = None,
    changes: Iterable[Join | Leave | Merge] | None = None,
) -> tuple[Leadership, ...]:
    """Plan the head and deputy of a group for ``years`` years from ``start_year``.

    Args:
        policy: the rotation policy (:class:`FixedRotation`, :class:`DeputySucceeds`,
            :class:`Election` or :class:`FlagWinnerLeads`).
        members: the members in ``start_year`` (codes, or values with a ``code`` such as
            :class:`~mttq.organisations.Organisation`); their order does not matter.
        start_year: the first year planned.
        years: how many years to plan (0 gives an empty tuple).
        history: the past: :class:`Leadership` values or a :class:`~mttq.groups.GroupHistory`
            (its recorded leaderships, and its events unless ``changes`` is given). Only years
            before ``start_year`` are used; the latest one is where the rotation goes on from.
        changes: membership events. Those of years after ``start_year`` are applied in their
            year; earlier ones only carry mergers over (a merged unit's successor takes its
            place in the order and in the record), since ``members`` already reflects them.

    Returns:
        One :class:`Leadership` per year, oldest first. The head and deputy are always
        members of that year and differ; the deputy is ``None`` only for a one-member group.

    Raises:
        InvalidValueError: an empty group, a duplicate member, a year before the group
            existed (with a history), an elected head who is not a member, a
            ``no_repeat_within`` that cannot be met (naming the year), a bad argument.
        UnknownCodeError: the policy's order names a unit that is neither a member nor in
            the changes or the history.

    Examples:
        >>> plan(FixedRotation(), ["B", "A"], start_year=2025, years=2)
        (Leadership(year=2025, head='A', deputy='B'), Leadership(year=2026, head='B', deputy='A'))
        >>> plan(FixedRotation(order=("A", "X")), ["A", "B"], start_year=2025, years=1)
        Traceback (most recent call last):
        ...
        mttq.errors.UnknownCodeError: unknown member in the rotation order 'X'
    """
    if not isinstance(policy, _POLICIES):
        raise InvalidValueError(
            "policy", policy, "must be FixedRotation, DeputySucceeds, Election or FlagWinnerLeads"
        )
    start = _check_year(start_year, "start_year")
    count = _check_count(years, start)
    present = _member_codes(members)
    if not present:
        raise InvalidValueError("members", (), f"the group has no members in {start} (empty group)")
    past, events, founding = _past_and_events(history, changes, start)
    _check_order(policy, present, past, events)
    state = _Planner(policy, present, start)
    _replay(state, present=present, past=past, events=events, start=start, founding=founding)
    by_year: dict[int, list[Event]] = {}
    for event in events:
        if event.year > start:
            by_year.setdefault(event.year, []).append(event)
    result: list[Leadership] = []
    for year in range(start, start + count):
        for event in by_year.get(year, ()):
            state.apply(event)
        result.append(state.step(year))
    return tuple(result)


# --------------------------------------------------------------------------- handover


def _handover_incoming_validator(instance: Handover, _: attrs.Attribute[str], value: str) -> None:
    if value == instance.outgoing:
        raise InvalidValueError(
            "incoming", value, f"is already the head before {instance.year}: nothing to hand over"
        )


def _to_outgoing(value: str) -> str:
    return _check_code(value, "outgoing")


def _to_incoming(value: str) -> str:
    return _check_code(value, "incoming")


def _to_items(value: Iterable[str]) -> tuple[str, ...]:
    if not _is_collection(value):
        raise InvalidValueError("items", value, "must be a sequence of str")
    items: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise InvalidValueError("items", item, "must be a non-empty str")
        items.append(" ".join(unicodedata.normalize("NFC", item).split()))
    return tuple(items)


@runtime_checkable
class Named(Protocol):
    """Anything with a ``code`` and a Vietnamese ``name`` (an Organisation)."""

    @property
    def code(self) -> str:
        """The member code."""

    @property
    def name(self) -> str:
        """The Vietnamese name."""


def _names(names: Mapping[str, str] | Iterable[Named] | None) -> Mapping[str, str]:
    if names is None:
        return {}
    if isinstance(names, Mapping):
        return names
    if not _is_collection(names):
        raise InvalidValueError("names", names, "must be a mapping or Organisation values")
    table: dict[str, str] = {}
    for item in names:
        if not isinstance(item, Named):
            raise InvalidValueError("names", item, "must have a code and a name")
        table[item.code] = item.name
    return table


def _join_vi(items: tuple[str, ...]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


@attrs.frozen(kw_only=True)
class Handover:
    """The outgoing head hands the headship (and the rotating banner) to the incoming one.

    Attributes:
        year: the year the incoming head leads.
        outgoing: the outgoing head's code.
        incoming: the incoming head's code.
        date: the day of the handover (usually the year-end review), if known.
        items: what is handed over: the rotating banner (:data:`BANNER`), the group's files
            (:data:`RECORDS`), ...

    Examples:
        >>> h = Handover(year=2024, outgoing="HCCB", incoming="HND")
        >>> h.label({"HCCB": "Hội Cựu chiến binh tỉnh", "HND": "Hội Nông dân tỉnh"})
        'Hội Cựu chiến binh tỉnh bàn giao nhiệm vụ Khối trưởng năm 2024 cho Hội Nông dân tỉnh'
    """

    year: int = attrs.field(validator=_year_validator)
    outgoing: str = attrs.field(converter=_to_outgoing)
    incoming: str = attrs.field(converter=_to_incoming, validator=_handover_incoming_validator)
    date: dt.date | None = attrs.field(default=None, validator=_date_validator)
    items: tuple[str, ...] = attrs.field(default=(BANNER, RECORDS), converter=_to_items)

    @classmethod
    def between(
        cls,
        before: Leadership,
        after: Leadership,
        *,
        date: dt.date | None = None,
        items: Iterable[str] = (BANNER, RECORDS),
    ) -> Handover:
        """Build the handover from the head of ``before`` to the head of ``after``.

        Raises:
            InvalidValueError: if ``after`` is not later than ``before``, or the head is the
                same (nothing to hand over).

        Examples:
            >>> Handover.between(Leadership(year=2022, head="CAM-MY"),
            ...                  Leadership(year=2023, head="VINH-CUU")).incoming
            'VINH-CUU'
        """
        for field, value in (("before", before), ("after", after)):
            if not isinstance(value, Leadership):
                raise InvalidValueError(field, value, "must be a Leadership")
        if after.year <= before.year:
            raise InvalidValueError("after", after.year, f"must be later than {before.year}")
        return cls(
            year=after.year, outgoing=before.head, incoming=after.head, date=date, items=items
        )

    def label(
        self,
        names: Mapping[str, str] | Iterable[Named] | None = None,
        *,
        title: str = "Khối trưởng",
        with_items: bool = False,
    ) -> str:
        """Describe the handover in Vietnamese.

        Args:
            names: the units' names, as a mapping from code to name or as values with a
                ``code`` and a ``name`` (Organisations); a code without a name is shown as is.
            title: the headship (``"Khối trưởng"``; ``"Cụm trưởng"`` for a cluster, see
                :attr:`mttq.groups.EmulationGroup.head_title`).
            with_items: also list the items handed over.

        Examples:
            >>> print(Handover(year=2023, outgoing="Cẩm Mỹ", incoming="Vĩnh Cửu").label(
            ...     title="Cụm trưởng", with_items=True))
            Cẩm Mỹ bàn giao nhiệm vụ Cụm trưởng năm 2023 cho Vĩnh Cửu,
            cùng cờ luân lưu và hồ sơ, sổ sách
        """
        table = _names(names)
        title = _check_code(title, "title")
        outgoing = table.get(self.outgoing, self.outgoing)
        incoming = table.get(self.incoming, self.incoming)
        text = f"{outgoing} bàn giao nhiệm vụ {title} năm {self.year} cho {incoming}"
        if with_items and self.items:
            text += ", cùng " + _join_vi(self.items)
        return text


def _to_dates(value: object) -> dict[int, dt.date]:
    """The ``dates`` argument of :func:`handovers` as a checked dict (``None``: no dates)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidValueError("dates", value, "must be a mapping from year to datetime.date")
    table: dict[int, dt.date] = {}
    for year, day in value.items():
        _check_year(year, "dates")
        if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
            raise InvalidValueError(
                "dates",
                day,
                f"the handover date of {year} must be a datetime.date (not a datetime)",
            )
        table[year] = day
    return table


def handovers(
    leaderships: Iterable[Leadership],
    *,
    dates: Mapping[int, dt.date] | None = None,
    items: Iterable[str] = (BANNER, RECORDS),
) -> tuple[Handover, ...]:
    """Return the handovers between consecutive years whose head changes.

    Args:
        leaderships: the leaderships (any order), for example the result of :func:`plan`.
        dates: the handover date for a year (keyed by the incoming head's year), if known;
            a plain date, as it is stored in :attr:`Handover.date` (a datetime is refused).
        items: what is handed over each time.

    Raises:
        InvalidValueError: a leadership is not a :class:`Leadership`, ``dates`` is not a
            mapping from int years to dates, or an item is not a non-empty str.

    Examples:
        >>> leads = plan(FixedRotation(order=("A", "B")), ["A", "B"], start_year=2024, years=3)
        >>> [(h.year, h.outgoing, h.incoming) for h in handovers(leads)]
        [(2025, 'A', 'B'), (2026, 'B', 'A')]
    """
    if not _is_collection(leaderships):
        raise InvalidValueError("leaderships", leaderships, "must be Leadership values")
    ordered: list[Leadership] = []
    for item in leaderships:
        if not isinstance(item, Leadership):
            raise InvalidValueError("leaderships", item, "must be a Leadership")
        ordered.append(item)
    ordered.sort(key=lambda lead: lead.year)
    when = _to_dates(dates)
    kept = _to_items(items)
    return tuple(
        Handover.between(before, after, date=when.get(after.year), items=kept)
        for before, after in itertools.pairwise(ordered)
        if after.year == before.year + 1 and after.head != before.head
    )
