"""Emulation blocs (khối thi đua) and clusters (cụm thi đua), year by year.

A *bloc* groups bodies of the same sector (the provincial MTTQ committee and the
socio-political organisations, the mass associations, the departments of a province); a
*cluster* groups territorial units (districts, communes, provinces). Both compete for one
year, have a head (khối trưởng / cụm trưởng) and a deputy (khối phó / cụm phó), and are formed
by a body that confers the flag for leading them (the provincial People's Committee, the
Central Committee of the MTTQ, ...):

* Law on Emulation and Commendation 06/2022/QH15, Art. 25 and 26: the Government's flag and the
  flag of a ministry or province go to units that lead the clusters and blocs organised by
  the central Council or by the ministry or province;
* Ban TĐKT TW 1122/BTĐKT-VI (30/06/2011) and 2746/HD-BTĐKT (24/11/2015): a cluster or bloc has
  a head and a deputy chosen by its members; HD 1479/HD-BTĐKT (25/07/2016): the provincial
  People's Committee organises its clusters and blocs and has them sign emulation pledges.

How heads are chosen varies (fixed rotation, election, flag winner, deputy succeeds): that is
:mod:`mttq.rotation`. This module holds the values:

* :class:`Bloc` and :class:`Cluster` (the standing group), with a common base
  :class:`EmulationGroup`;
* :class:`GroupYear`: the group's edition for one year (members, head, deputy, the rubric it
  scores with by id, the members' pledges), whose invariants are enforced at construction;
* :class:`Join`, :class:`Leave`, :class:`Merge`: membership events (the 2025 mergers, NQ
  202/2025/QH15: a province's committee disappears into its successor's);
* :class:`GroupHistory`: several years plus the events, answering "who was in the group and
  who led it in year Y";
* :class:`Leadership`: the head and deputy of one year (also the result type of
  :func:`mttq.rotation.plan`).

Examples:
    >>> from mttq.codes import Level
    >>> bloc = Bloc(
    ...     code="khoi-mttq",
    ...     name="Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh",
    ...     organiser="UBND tỉnh",
    ...     level=Level.PROVINCE,
    ... )
    >>> y2023 = GroupYear(
    ...     group="khoi-mttq",
    ...     year=2023,
    ...     members=("UBMTTQ", "LDLD", "TD", "HLHPN", "HND", "HCCB"),
    ...     head="HCCB",
    ...     deputy="HND",
    ... )
    >>> history = GroupHistory(group=bloc, years=(y2023,))
    >>> history.leadership_in(2023)
    Leadership(year=2023, head='HCCB', deputy='HND')
    >>> history.next_year(head="HND").head
    'HND'

Layering: this module is L3 and refers to a scoring rubric by its id only
(:attr:`GroupYear.rubric_id`).

Sources:
    Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25-26; Ban TĐKT TW 1122/BTĐKT-VI
    (30/06/2011) [S37], 2746/HD-BTĐKT (24/11/2015) [S36] and HD 1479/HD-BTĐKT (25/07/2016)
    [S38]; Nghị quyết 202/2025/QH15 (the 2025 mergers).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from typing import ClassVar, TypeGuard

import attrs

from mttq.codes import Level
from mttq.errors import InvalidValueError
from mttq.movements import Pledge
from mttq.organisations import Organisation

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "Bloc",
    "Cluster",
    "EmulationGroup",
    "GroupHistory",
    "GroupYear",
    "Join",
    "Leadership",
    "Leave",
    "MembershipEvent",
    "Merge",
    "apply_event",
    "event_sort_key",
]

#: The earliest year a group edition, event or plan may name (the MTTQ's predecessor was
#: founded in 1930; nothing earlier is meaningful).
MIN_YEAR = 1930
#: The latest year accepted.
MAX_YEAR = 2200


# --------------------------------------------------------------------------- validators


def _check_year(value: object, field: str = "year") -> int:
    """Return ``value`` if it is an ``int`` year in range; raise otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, f"must be an int year, not {type(value).__name__}")
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise InvalidValueError(field, value, f"must be between {MIN_YEAR} and {MAX_YEAR}")
    return value


def _check_code(value: object, field: str) -> str:
    """Return ``value`` NFC-normalised if it is a non-empty code string; raise otherwise."""
    if not isinstance(value, str):
        raise InvalidValueError(field, value, f"must be a str code, not {type(value).__name__}")
    text = unicodedata.normalize("NFC", value)
    if not text or text != text.strip():
        raise InvalidValueError(field, value, "must be non-empty, without surrounding spaces")
    return text


def _check_text(value: object, field: str) -> str:
    """Return ``value`` NFC-normalised and stripped if it is a non-empty string."""
    if not isinstance(value, str):
        raise InvalidValueError(field, value, f"must be a str, not {type(value).__name__}")
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if not text:
        raise InvalidValueError(field, value, "must not be empty")
    return text


def _is_collection(value: object) -> TypeGuard[Iterable[object]]:
    """Tell whether ``value`` is an iterable of items (not a string or bytes)."""
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes))


def _check_codes(value: object, field: str) -> tuple[str, ...]:
    """Return ``value`` as a tuple of unique codes; raise on a non-sequence or a duplicate."""
    if not _is_collection(value):
        raise InvalidValueError(field, value, "must be a sequence of codes")
    codes = tuple(_check_code(item, field) for item in value)
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise InvalidValueError(field, code, "is listed twice")
        seen.add(code)
    return codes


def _to_leader(value: str) -> str:
    return _check_code(value, "head")


def _to_head(value: str | None) -> str | None:
    return None if value is None else _check_code(value, "head")


def _to_deputy(value: str | None) -> str | None:
    return None if value is None else _check_code(value, "deputy")


def _to_members(value: Iterable[str]) -> tuple[str, ...]:
    return _check_codes(value, "members")


def _to_member(value: str) -> str:
    return _check_code(value, "member")


def _to_successor(value: str) -> str:
    return _check_code(value, "successor")


def _to_code(value: str) -> str:
    return _check_code(value, "code")


def _to_group(value: str) -> str:
    return _check_code(value, "group")


def _to_name(value: str) -> str:
    return _check_text(value, "name")


def _to_organiser(value: str) -> str:
    return _check_text(value, "organiser")


def _to_rubric_id(value: str | None) -> str | None:
    return None if value is None else _check_code(value, "rubric_id")


def _to_units(value: Iterable[Organisation]) -> tuple[Organisation, ...]:
    if not _is_collection(value):
        raise InvalidValueError("units", value, "must be a sequence of Organisation values")
    units: list[Organisation] = []
    for item in value:
        if not isinstance(item, Organisation):
            raise InvalidValueError("units", item, "must be an Organisation")
        units.append(item)
    return tuple(units)


def _to_pledges(value: Iterable[Pledge]) -> tuple[Pledge, ...]:
    if not _is_collection(value):
        raise InvalidValueError("pledges", value, "must be a sequence of Pledge values")
    pledges: list[Pledge] = []
    for item in value:
        if not isinstance(item, Pledge):
            raise InvalidValueError("pledges", item, "must be a Pledge")
        pledges.append(item)
    return tuple(pledges)


def _to_level(value: Level | str) -> Level:
    if isinstance(value, Level):
        return value
    if not isinstance(value, str):
        raise InvalidValueError("level", value, "must be a mttq.codes.Level")
    return Level.parse(value)


def _year_validator(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    _check_year(value, attribute.name)


def _optional_year_validator(
    _: object, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is not None:
        _check_year(value, attribute.name)


# --------------------------------------------------------------------------- groups


@attrs.frozen(kw_only=True)
class EmulationGroup:
    """What a bloc and a cluster share: code, Vietnamese name, organiser and level.

    Attributes:
        code: a stable identifier chosen by the user (``"khoi-10"``, ``"cum-ii"``).
        name: the Vietnamese name as the organiser writes it.
        organiser: the body that forms the group and confers its flag, as written
            (``"UBND tỉnh"``, ``"UBTƯ MTTQ Việt Nam"``, ``"UBMTTQ tỉnh Đồng Nai"``).
        level: the level of the group's members (:class:`mttq.codes.Level`).
        since: the first year the group existed, if known; earlier years are refused.

    Examples:
        >>> from mttq.codes import Level
        >>> g = Cluster(code="c", name="Cụm thi đua số II", organiser="UBMTTQ tỉnh",
        ...             level=Level.DISTRICT)
        >>> isinstance(g, EmulationGroup), g.head_title, g.deputy_title
        (True, 'Cụm trưởng', 'Cụm phó')
    """

    #: The title of the head of this kind of group.
    head_title: ClassVar[str] = "Trưởng"
    #: The title of the deputy.
    deputy_title: ClassVar[str] = "Phó"

    code: str = attrs.field(converter=_to_code)
    name: str = attrs.field(converter=_to_name)
    organiser: str = attrs.field(converter=_to_organiser)
    level: Level = attrs.field(converter=_to_level)
    since: int | None = attrs.field(default=None, validator=_optional_year_validator)

    def label(self) -> str:
        """Return the group's name with the level and the organiser, in Vietnamese.

        Examples:
            >>> from mttq.codes import Level
            >>> Bloc(code="k", name="Khối thi đua số 10", organiser="UBND tỉnh Đồng Nai",
            ...      level=Level.PROVINCE).label()
            'Khối thi đua số 10 (cấp tỉnh, do UBND tỉnh Đồng Nai tổ chức)'
        """
        return f"{self.name} ({self.level.label}, do {self.organiser} tổ chức)"

    def check_year(self, year: int) -> int:
        """Return ``year`` if the group existed then; raise :class:`InvalidValueError` if not.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE,
            ...          since=2016)
            >>> g.check_year(2016)
            2016
        """
        _check_year(year)
        if self.since is not None and year < self.since:
            raise InvalidValueError(
                "year", year, f"is before the group {self.code!r} existed (since {self.since})"
            )
        return year


@attrs.frozen(kw_only=True)
class Bloc(EmulationGroup):
    """An emulation bloc (khối thi đua): bodies of one sector, headed by a Khối trưởng.

    Examples:
        >>> from mttq.codes import Level
        >>> b = Bloc(code="khoi-6", name="Khối thi đua số 6", organiser="UBND tỉnh",
        ...          level="province")
        >>> b.level is Level.PROVINCE, b.head_title
        (True, 'Khối trưởng')
    """

    head_title: ClassVar[str] = "Khối trưởng"
    deputy_title: ClassVar[str] = "Khối phó"


@attrs.frozen(kw_only=True)
class Cluster(EmulationGroup):
    """An emulation cluster (cụm thi đua): territorial units, headed by a Cụm trưởng.

    Examples:
        >>> from mttq.codes import Level
        >>> c = Cluster(
        ...     code="cum-dong-nam-bo",
        ...     name="Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh miền Đông Nam Bộ",
        ...     organiser="UBTƯ MTTQ Việt Nam",
        ...     level=Level.PROVINCE,
        ... )
        >>> c.head_title
        'Cụm trưởng'
    """

    head_title: ClassVar[str] = "Cụm trưởng"
    deputy_title: ClassVar[str] = "Cụm phó"


# --------------------------------------------------------------------------- leadership


def _leadership_deputy_validator(
    instance: Leadership, _: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and value == instance.head:
        raise InvalidValueError(
            "deputy", value, f"is also the head in {instance.year}: head and deputy must differ"
        )


@attrs.frozen(kw_only=True)
class Leadership:
    """The head and deputy of a group for one year.

    Attributes:
        year: the year they lead.
        head: the head's member code (khối trưởng / cụm trưởng).
        deputy: the deputy's member code (khối phó / cụm phó), ``None`` if the group has a
            single member or the deputy is not known.

    Examples:
        >>> Leadership(year=2023, head="VINH-CUU", deputy="TAN-PHU")
        Leadership(year=2023, head='VINH-CUU', deputy='TAN-PHU')
        >>> Leadership(year=2023, head="A", deputy="A")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid deputy='A': is also the head in 2023: ...
    """

    year: int = attrs.field(validator=_year_validator)
    head: str = attrs.field(converter=_to_leader)
    deputy: str | None = attrs.field(
        default=None, converter=_to_deputy, validator=_leadership_deputy_validator
    )


# --------------------------------------------------------------------------- group year


@attrs.frozen(kw_only=True)
class GroupYear:
    """A group's edition for one year: members, head, deputy, rubric and pledges.

    The invariants are enforced at construction: the members are unique and there is at
    least one; the head and the deputy, when given, are members and are not the same unit.

    Attributes:
        group: the code of the :class:`Bloc` or :class:`Cluster`.
        year: the emulation year.
        members: the member units' codes, in the order the group lists them.
        head: the head for this year (``None`` if not known).
        deputy: the deputy for this year (``None`` if not known).
        rubric_id: the id of the scoring rubric the group uses this year (the head writes it;
            :mod:`mttq.scoring` holds the rubric itself), if any.
        pledges: the members' registrations or signed pledges for this year
            (:class:`~mttq.movements.Pledge`; each by a member, for this year).
        units: the members as :class:`~mttq.organisations.Organisation` values, if known
            (each one's code must be a member); they give the names for reports.

    Examples:
        >>> gy = GroupYear(group="cum-ii", year=2023, members=("A", "B"), head="A", deputy="B")
        >>> gy.leadership()
        Leadership(year=2023, head='A', deputy='B')
        >>> GroupYear(group="cum-ii", year=2023, members=("A", "B"), head="C")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid head='C': is not a member of group 'cum-ii' in 2023
    """

    group: str = attrs.field(converter=_to_group)
    year: int = attrs.field(validator=_year_validator)
    members: tuple[str, ...] = attrs.field(converter=_to_members)
    head: str | None = attrs.field(default=None, converter=_to_head)
    deputy: str | None = attrs.field(default=None, converter=_to_deputy)
    rubric_id: str | None = attrs.field(default=None, converter=_to_rubric_id)
    pledges: tuple[Pledge, ...] = attrs.field(default=(), converter=_to_pledges)
    units: tuple[Organisation, ...] = attrs.field(default=(), converter=_to_units)

    def __attrs_post_init__(self) -> None:
        if not self.members:
            raise InvalidValueError(
                "members", (), f"group {self.group!r} has no members in {self.year}"
            )
        for pledge in self.pledges:
            if pledge.unit not in self.members:
                raise InvalidValueError(
                    "pledges",
                    pledge.unit,
                    f"is not a member of group {self.group!r} in {self.year}",
                )
            if pledge.year != self.year:
                raise InvalidValueError(
                    "pledges", pledge.year, f"a pledge of {pledge.unit!r} is not for {self.year}"
                )
        for unit in self.units:
            if unit.code not in self.members:
                raise InvalidValueError(
                    "units", unit.code, f"is not a member of group {self.group!r} in {self.year}"
                )
        for field, code in (("head", self.head), ("deputy", self.deputy)):
            if code is not None and code not in self.members:
                raise InvalidValueError(
                    field, code, f"is not a member of group {self.group!r} in {self.year}"
                )
        if self.head is not None and self.head == self.deputy:
            raise InvalidValueError(
                "deputy",
                self.deputy,
                f"is also the head of group {self.group!r} in {self.year}: they must differ",
            )

    def names(self) -> dict[str, str]:
        """Return the members' names from :attr:`units` (code -> name), for labels.

        Examples:
            >>> from mttq.codes import Level
            >>> from mttq.organisations import standard_bodies
            >>> bodies = standard_bodies(Level.PROVINCE)
            >>> gy = GroupYear(group="k", year=2024, members=tuple(b.code for b in bodies),
            ...                units=bodies)
            >>> gy.names()["hoi-nd.tinh"]
            'Hội Nông dân tỉnh'
        """
        return {unit.code: unit.name for unit in self.units}

    def leadership(self) -> Leadership | None:
        """Return this year's :class:`Leadership`, or ``None`` if the head is not known.

        Examples:
            >>> GroupYear(group="g", year=2022, members=("A",)).leadership() is None
            True
        """
        if self.head is None:
            return None
        return Leadership(year=self.year, head=self.head, deputy=self.deputy)


# --------------------------------------------------------------------------- events


def _event_date_validator(
    instance: Join | Leave | Merge, _: attrs.Attribute[dt.date | None], value: object
) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidValueError("date", value, "must be a datetime.date (not a datetime)")
    if value.year not in {instance.year, instance.year - 1}:
        raise InvalidValueError(
            "date", value, f"must fall in {instance.year} or the year before (the review)"
        )


@attrs.frozen(kw_only=True)
class Join:
    """A unit joins the group from ``year`` on.

    Attributes:
        member: the unit's code.
        year: the first year it is a member.
        date: when the decision was made, if known (in ``year`` or the year before).

    Examples:
        >>> Join(member="HOI-CTD", year=2024)
        Join(member='HOI-CTD', year=2024, date=None)
    """

    member: str = attrs.field(converter=_to_member)
    year: int = attrs.field(validator=_year_validator)
    date: dt.date | None = attrs.field(default=None, validator=_event_date_validator)


@attrs.frozen(kw_only=True)
class Leave:
    """A unit leaves the group: ``year`` is the first year it is no longer a member.

    Examples:
        >>> Leave(member="HOI-CTD", year=2026).year
        2026
    """

    member: str = attrs.field(converter=_to_member)
    year: int = attrs.field(validator=_year_validator)
    date: dt.date | None = attrs.field(default=None, validator=_event_date_validator)


def _merge_successor_validator(instance: Merge, _: attrs.Attribute[str], value: str) -> None:
    if value == instance.member:
        raise InvalidValueError("successor", value, "a unit cannot merge into itself")


@attrs.frozen(kw_only=True)
class Merge:
    """A unit is merged into a successor from ``year`` on; the successor takes its place.

    The successor takes the merged unit's place in the group (and, in :mod:`mttq.rotation`,
    its place in the rotation order and its leadership record). If the successor is already
    a member, the merged unit simply disappears. Example: from 1 July 2025 the Bình Phước
    provincial committee is part of Đồng Nai's (NQ 202/2025/QH15).

    Attributes:
        member: the unit that disappears.
        successor: the unit it is merged into.
        year: the first year the successor stands in its place.
        date: when the merger took effect, if known.

    Examples:
        >>> Merge(member="BINH-PHUOC", successor="DONG-NAI", year=2026)
        Merge(member='BINH-PHUOC', successor='DONG-NAI', year=2026, date=None)
    """

    member: str = attrs.field(converter=_to_member)
    successor: str = attrs.field(converter=_to_successor, validator=_merge_successor_validator)
    year: int = attrs.field(validator=_year_validator)
    date: dt.date | None = attrs.field(default=None, validator=_event_date_validator)


#: A membership event: a unit joins, leaves, or is merged into a successor.
MembershipEvent = Join | Leave | Merge


def event_sort_key(event: Join | Leave | Merge) -> tuple[int, dt.date, int, str]:
    """Return the key that orders membership events: year, date, kind, member code.

    Within a year, departures come before mergers and mergers before arrivals.

    Raises:
        InvalidValueError: ``event`` is not a :class:`Join`, :class:`Leave` or :class:`Merge`.

    Examples:
        >>> events = [Join(member="B", year=2024), Leave(member="A", year=2024)]
        >>> [type(e).__name__ for e in sorted(events, key=event_sort_key)]
        ['Leave', 'Join']
    """
    event = _check_event(event, "event")
    rank = 0 if isinstance(event, Leave) else 1 if isinstance(event, Merge) else 2
    return (event.year, event.date or dt.date.min, rank, event.member)


def _check_event(value: object, field: str = "events") -> Join | Leave | Merge:
    if not isinstance(value, (Join, Leave, Merge)):
        raise InvalidValueError(field, value, "must be a Join, Leave or Merge")
    return value


def apply_event(members: Sequence[str], event: Join | Leave | Merge) -> tuple[str, ...]:
    """Return ``members`` after ``event``; a merged unit's successor takes its place.

    Args:
        members: the member codes before the event (unique, non-empty strings).
        event: a :class:`Join`, :class:`Leave` or :class:`Merge`.

    Raises:
        InvalidValueError: ``members`` is not a collection of unique codes, ``event`` is not
            an event, a member joins twice, or a non-member leaves or is merged.

    Examples:
        >>> apply_event(("A", "B", "C"), Merge(member="B", successor="S", year=2025))
        ('A', 'S', 'C')
        >>> apply_event(("A", "S"), Merge(member="A", successor="S", year=2025))
        ('S',)
        >>> apply_event(("A",), Leave(member="Z", year=2025))
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid member='Z': leaves in 2025 but is not a member
    """
    result = list(_check_codes(members, "members"))
    _apply(result, _check_event(event, "event"))
    return tuple(result)


def _apply(members: list[str], event: Join | Leave | Merge) -> None:
    """Apply ``event`` to ``members`` in place."""
    code, year = event.member, event.year
    if isinstance(event, Join):
        if code in members:
            raise InvalidValueError("member", code, f"joins in {year} but is already a member")
        members.append(code)
        return
    if code not in members:
        verb = "leaves" if isinstance(event, Leave) else "is merged"
        raise InvalidValueError("member", code, f"{verb} in {year} but is not a member")
    index = members.index(code)
    if isinstance(event, Leave) or event.successor in members:
        del members[index]
    else:
        members[index] = event.successor


def _check_recorded(members: tuple[str, ...], event: Join | Leave | Merge) -> None:
    """Check that a recorded year's members agree with an event of that year."""
    code, year = event.member, event.year
    if isinstance(event, Join) and code not in members:
        raise InvalidValueError("member", code, f"joins in {year} but is not in the {year} list")
    if isinstance(event, (Leave, Merge)) and code in members:
        raise InvalidValueError(
            "member", code, f"leaves or is merged in {year} but is still in the {year} list"
        )
    if isinstance(event, Merge) and event.successor not in members:
        raise InvalidValueError(
            "successor", event.successor, f"takes {code!r}'s place in {year} but is not listed"
        )


# --------------------------------------------------------------------------- history


def _to_years(value: Iterable[GroupYear]) -> tuple[GroupYear, ...]:
    if not _is_collection(value):
        raise InvalidValueError("years", value, "must be a sequence of GroupYear")
    items = tuple(value)
    for item in items:
        if not isinstance(item, GroupYear):
            raise InvalidValueError("years", item, "must be a GroupYear")
    return tuple(sorted(items, key=lambda gy: gy.year))


def _to_events(value: Iterable[Join | Leave | Merge]) -> tuple[Join | Leave | Merge, ...]:
    if not _is_collection(value):
        raise InvalidValueError("events", value, "must be a sequence of Join, Leave or Merge")
    return tuple(sorted((_check_event(item) for item in value), key=event_sort_key))


def _check_group(_: object, __: attrs.Attribute[Bloc | Cluster], value: object) -> None:
    if not isinstance(value, EmulationGroup):
        raise InvalidValueError("group", value, "must be a Bloc or a Cluster")


@attrs.frozen(kw_only=True)
class GroupHistory:
    """A group's recorded years and membership events.

    Recorded :class:`GroupYear` values are authoritative for their year; between and after
    them the membership follows the events (:class:`Join`, :class:`Leave`, :class:`Merge`,
    applied in :func:`event_sort_key` order). The events must agree with the recorded years
    (a unit that leaves in a recorded year is not listed in it, ...).

    Attributes:
        group: the :class:`Bloc` or :class:`Cluster`.
        years: the recorded editions (stored sorted by year; at least one; one per year).
        events: the membership events (stored sorted), none before the first recorded year.

    Examples:
        >>> from mttq.codes import Level
        >>> cluster = Cluster(
        ...     code="cum-dnb",
        ...     name="Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh miền Đông Nam Bộ",
        ...     organiser="UBTƯ MTTQ Việt Nam",
        ...     level=Level.PROVINCE,
        ... )
        >>> y2021 = GroupYear(group="cum-dnb", year=2021, members=(
        ...     "BA-RIA-VUNG-TAU", "BINH-PHUOC", "BINH-THUAN", "BINH-DUONG", "DONG-NAI",
        ...     "TAY-NINH", "NINH-THUAN"))
        >>> h = GroupHistory(group=cluster, years=(y2021,), events=(
        ...     Merge(member="BINH-PHUOC", successor="DONG-NAI", year=2026),))
        >>> "BINH-PHUOC" in h.members_in(2025), "BINH-PHUOC" in h.members_in(2026)
        (True, False)
        >>> h.successor("BINH-PHUOC", 2026)
        'DONG-NAI'
        >>> h.members_in(2020)
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid year=2020: is before the group 'cum-dnb' existed ...
    """

    group: Bloc | Cluster = attrs.field(validator=_check_group)
    years: tuple[GroupYear, ...] = attrs.field(converter=_to_years)
    events: tuple[Join | Leave | Merge, ...] = attrs.field(default=(), converter=_to_events)

    def __attrs_post_init__(self) -> None:
        if not self.years:
            raise InvalidValueError(
                "years", (), f"group {self.group.code!r} needs at least one recorded year"
            )
        self.group.check_year(self.years[0].year)
        seen: set[int] = set()
        for gy in self.years:
            if gy.group != self.group.code:
                raise InvalidValueError(
                    "group", gy.group, f"the {gy.year} edition belongs to another group"
                )
            if gy.year in seen:
                raise InvalidValueError("year", gy.year, "is recorded twice")
            seen.add(gy.year)
        for event in self.events:
            self._check_not_before(event.year)
        last = max(self.years[-1].year, self.events[-1].year if self.events else 0)
        self._members_through(last)

    @property
    def first_year(self) -> int:
        """The first recorded year.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> GroupHistory(group=g, years=(GroupYear(group="k", year=2021, members=("A",)),)
            ...              ).first_year
            2021
        """
        return self.years[0].year

    @property
    def last_year(self) -> int:
        """The last recorded year."""
        return self.years[-1].year

    def _check_not_before(self, year: int) -> None:
        if year < self.first_year:
            raise InvalidValueError(
                "year",
                year,
                f"is before the group {self.group.code!r} existed"
                f" (first recorded year {self.first_year})",
            )

    def _members_through(self, year: int) -> tuple[str, ...]:
        recorded = {gy.year: gy.members for gy in self.years}
        members = list(self.years[0].members)
        events = iter(self.events)
        pending = next(events, None)
        for current in range(self.first_year, year + 1):
            if current in recorded:
                members = list(recorded[current])
            while pending is not None and pending.year == current:
                if current in recorded:
                    _check_recorded(recorded[current], pending)
                else:
                    _apply(members, pending)
                pending = next(events, None)
        return tuple(members)

    def get(self, year: int) -> GroupYear | None:
        """Return the recorded edition of ``year``, or ``None``.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> h = GroupHistory(group=g, years=(GroupYear(group="k", year=2021, members=("A",)),))
            >>> h.get(2021).year, h.get(2022)
            (2021, None)
        """
        _check_year(year)
        for gy in self.years:
            if gy.year == year:
                return gy
        return None

    def members_in(self, year: int) -> tuple[str, ...]:
        """Return the members in ``year``: the recorded list, or the list the events give.

        Raises:
            InvalidValueError: if ``year`` is before the group's first recorded year.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> h = GroupHistory(
            ...     group=g,
            ...     years=(GroupYear(group="k", year=2021, members=("A", "B")),),
            ...     events=(Join(member="C", year=2023), Leave(member="A", year=2024)),
            ... )
            >>> h.members_in(2022), h.members_in(2023), h.members_in(2030)
            (('A', 'B'), ('A', 'B', 'C'), ('B', 'C'))
        """
        _check_year(year)
        self._check_not_before(year)
        return self._members_through(year)

    def leadership_in(self, year: int) -> Leadership | None:
        """Return who led the group in ``year``, or ``None`` if no head is recorded.

        Raises:
            InvalidValueError: if ``year`` is before the group's first recorded year.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> h = GroupHistory(group=g, years=(
            ...     GroupYear(group="k", year=2021, members=("A", "B"), head="A"),))
            >>> h.leadership_in(2021), h.leadership_in(2022)
            (Leadership(year=2021, head='A', deputy=None), None)
        """
        _check_year(year)
        self._check_not_before(year)
        gy = self.get(year)
        return None if gy is None else gy.leadership()

    def leaderships(self) -> tuple[Leadership, ...]:
        """Return the recorded leaderships, oldest first (years with a known head).

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> GroupHistory(group=g, years=(
            ...     GroupYear(group="k", year=2021, members=("A", "B"), head="A"),
            ...     GroupYear(group="k", year=2022, members=("A", "B")),
            ... )).leaderships()
            (Leadership(year=2021, head='A', deputy=None),)
        """
        found = (gy.leadership() for gy in self.years)
        return tuple(item for item in found if item is not None)

    def successor(self, code: str, year: int) -> str:
        """Return the unit that stands for ``code`` in ``year``, following mergers.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> h = GroupHistory(
            ...     group=g,
            ...     years=(GroupYear(group="k", year=2024, members=("A", "B")),),
            ...     events=(Merge(member="A", successor="S", year=2025),),
            ... )
            >>> h.successor("A", 2024), h.successor("A", 2025), h.successor("B", 2025)
            ('A', 'S', 'B')
        """
        code = _check_code(code, "code")
        _check_year(year)
        for event in self.events:
            if isinstance(event, Merge) and event.member == code and event.year <= year:
                code = event.successor
        return code

    def next_year(
        self,
        *,
        head: str | None = None,
        deputy: str | None = None,
        rubric_id: str | None = None,
        pledges: Iterable[Pledge] = (),
    ) -> GroupYear:
        """Build the edition of the year after the last recorded one, members from the events.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> h = GroupHistory(
            ...     group=g,
            ...     years=(GroupYear(group="k", year=2024, members=("A", "B")),),
            ...     events=(Merge(member="A", successor="S", year=2025),),
            ... )
            >>> h.next_year(head="S", deputy="B")
            GroupYear(group='k', year=2025, members=('S', 'B'), head='S', deputy='B', ...)
        """
        year = self.last_year + 1
        return GroupYear(
            group=self.group.code,
            year=year,
            members=self.members_in(year),
            head=head,
            deputy=deputy,
            rubric_id=rubric_id,
            pledges=pledges,
        )

    def with_year(self, edition: GroupYear) -> GroupHistory:
        """Return a history with ``edition`` added (replacing a recorded edition of its year).

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> h = GroupHistory(group=g, years=(GroupYear(group="k", year=2024, members=("A",)),))
            >>> h.with_year(h.next_year(head="A")).last_year
            2025
        """
        if not isinstance(edition, GroupYear):
            raise InvalidValueError("edition", edition, "must be a GroupYear")
        kept = tuple(gy for gy in self.years if gy.year != edition.year)
        return attrs.evolve(self, years=(*kept, edition))

    def with_event(self, event: Join | Leave | Merge) -> GroupHistory:
        """Return a history with ``event`` added.

        Examples:
            >>> from mttq.codes import Level
            >>> g = Bloc(code="k", name="Khối", organiser="UBND tỉnh", level=Level.PROVINCE)
            >>> h = GroupHistory(group=g, years=(GroupYear(group="k", year=2024, members=("A",)),))
            >>> h.with_event(Join(member="B", year=2025)).members_in(2025)
            ('A', 'B')
        """
        return attrs.evolve(self, events=(*self.events, _check_event(event, "event")))
