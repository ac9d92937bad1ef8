"""The inputs of an eligibility check: a recipient's history, award records, ratings, attestations.

A :class:`History` is everything the eligibility rules look at for one recipient (an
individual, a collective or a household): the yearly quality ratings (xếp loại chất lượng,
:class:`~mttq.codes.Rating`), discipline periods, pending matters (discipline, inspection,
investigation), recognised initiatives and research with their level, the awards already
received (:class:`AwardRecord`), the qualitative criteria the unit certified
(:class:`Attestation`), and for collectives the yearly member figures (:class:`MemberYear`),
cluster standings (:class:`GroupStanding`) and thematic-movement leadership
(:class:`MovementLead`)::

    >>> from mttq.codes import Rating
    >>> h = History(
    ...     recipient=Recipient(id="p1", name="Nguyễn Văn A"),
    ...     ratings=(YearRating(year=2025, rating=Rating.HTXSNV),),
    ... )
    >>> h.rating(2025).short
    'HTXSNV'

Each field is type-checked when a value is built, so a wrong value cannot be constructed: a
code enum also takes its exact wire value (``"httnv"``), a tuple also takes a list, text is
stored in NFC, and anything else raises :class:`~mttq.errors.InvalidValueError` naming the
field and the value::

    >>> YearRating(year=2025, rating="httnv").rating is Rating.HTTNV
    True
    >>> History(recipient=Recipient(id="p1"), ratings=None)
    Traceback (most recent call last):
    ...
    mttq.errors.InvalidValueError: invalid ratings=None: expected a tuple of YearRating

Sources: sudden (đột xuất) and thematic (chuyên đề) commendations do not count towards
regular ones (NĐ 152/2025/NĐ-CP, Điều 4 k3); pending matters defer an award (NĐ
152/2025/NĐ-CP, Điều 4 k4); revoked awards no longer count (Luật 06/2022/QH15, Điều 93); the
bases of an award (Luật 06/2022/QH15, Điều 8).
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from typing import Annotated, Final, TypeAlias

import attrs

from mttq.awards.catalogue import RecipientKind, kind_code
from mttq.codes import CodeEnum, Rating
from mttq.documents import DocumentRef
from mttq.errors import InvalidValueError
from mttq.fields import Code, Count, Spec, Text, Year, check_fields, year_end
from mttq.geo import as_date

__all__ = [
    "MAX_SHARE_PLACES",
    "Attestation",
    "AwardRecord",
    "AwardShare",
    "Basis",
    "DisciplineLevel",
    "DisciplinePeriod",
    "GroupStanding",
    "History",
    "Initiative",
    "InitiativeKind",
    "InitiativeLevel",
    "MemberYear",
    "MovementLead",
    "Organiser",
    "PendingKind",
    "PendingMatter",
    "Recipient",
    "YearRating",
]


#: The most digits a share (of members, of council votes, a quota) has after the point.
MAX_SHARE_PLACES: Final = 10

#: A share from 0 to 1 with at most :data:`MAX_SHARE_PLACES` digits after the point (of the
#: members, of the council's votes, a quota): :data:`mttq.fields.Share`, bounded in places.
AwardShare: TypeAlias = Annotated[
    Decimal,
    Spec(
        name="Share",
        what="a share",
        minimum=Decimal(0),
        maximum=Decimal(1),
        places=MAX_SHARE_PLACES,
    ),
]


class Basis(CodeEnum):
    """On what basis an award was given (loại hình khen thưởng, Luật Điều 8).

    Only regular awards count towards later regular awards (NĐ 152/2025/NĐ-CP Điều 4 k3).

    Examples:
        >>> Basis.SUDDEN.label
        'khen thưởng đột xuất'
    """

    REGULAR = "regular", "khen thưởng thường xuyên"
    SUDDEN = "sudden", "khen thưởng đột xuất"
    THEMATIC = "thematic", "khen thưởng theo chuyên đề"


class DisciplineLevel(CodeEnum):
    """The disciplinary measures (hình thức kỷ luật), lightest first.

    Examples:
        >>> DisciplineLevel.CANH_CAO.severity > DisciplineLevel.KHIEN_TRACH.severity
        True
    """

    KHIEN_TRACH = "khien-trach", "khiển trách"
    CANH_CAO = "canh-cao", "cảnh cáo"
    HA_BAC_LUONG = "ha-bac-luong", "hạ bậc lương"
    GIANG_CHUC = "giang-chuc", "giáng chức"
    CACH_CHUC = "cach-chuc", "cách chức"
    BUOC_THOI_VIEC = "buoc-thoi-viec", "buộc thôi việc"

    @property
    def severity(self) -> int:
        """0 for khiển trách, rising with the weight of the measure."""
        return list(DisciplineLevel).index(self)


class PendingKind(CodeEnum):
    """A matter that defers an award while it is open (NĐ 152/2025/NĐ-CP Điều 4 k4).

    Examples:
        >>> PendingKind.INVESTIGATION.label
        'đang điều tra'
    """

    DISCIPLINE = "discipline", "đang xem xét kỷ luật"
    INSPECTION = "inspection", "đang thanh tra, kiểm tra"
    INVESTIGATION = "investigation", "đang điều tra"
    COMPLAINT = "complaint", "đang giải quyết khiếu nại, tố cáo"
    VERIFICATION = "verification", "đang xác minh"


class InitiativeKind(CodeEnum):
    """What kind of recognised work an achievement rests on.

    Examples:
        >>> InitiativeKind.RESEARCH.label
        'đề tài, đề án, công trình khoa học được nghiệm thu'
    """

    INITIATIVE = "initiative", "sáng kiến"
    RESEARCH = "research", "đề tài, đề án, công trình khoa học được nghiệm thu"
    COMBAT = "combat", "sáng kiến, giải pháp chiến đấu"


class InitiativeLevel(CodeEnum):
    """The scope at which an initiative's effect was recognised, narrowest first.

    Examples:
        >>> InitiativeLevel.NATIONAL.rank
        2
    """

    GRASSROOTS = "grassroots", "cấp cơ sở"
    MINISTRY_PROVINCE = "ministry-province", "cấp bộ, ban, ngành, tỉnh"
    NATIONAL = "national", "cấp toàn quốc"

    @property
    def rank(self) -> int:
        """0 grassroots, 1 ministry/province, 2 national."""
        return list(InitiativeLevel).index(self)


class Organiser(CodeEnum):
    """Who organised an emulation cluster/bloc or launched a thematic movement.

    Examples:
        >>> Organiser.CENTRAL_COUNCIL.label
        'Hội đồng Thi đua - Khen thưởng Trung ương'
    """

    MINISTRY_PROVINCE = "ministry-province", "bộ, ban, ngành, tỉnh"
    CENTRAL_COUNCIL = "central-council", "Hội đồng Thi đua - Khen thưởng Trung ương"
    PRIME_MINISTER = "prime-minister", "Thủ tướng Chính phủ"
    MTTQ_CENTRAL = "mttq-central", "Ủy ban Trung ương MTTQ Việt Nam"
    MTTQ_PROVINCE = "mttq-province", "Ủy ban MTTQ Việt Nam cấp tỉnh"


@attrs.frozen(kw_only=True)
class Recipient:
    """Who a history belongs to.

    Examples:
        >>> Recipient(id="u1", name="Phòng Tổ chức", kind=RecipientKind.COLLECTIVE).kind.label
        'tập thể'
    """

    id: Code
    name: Text = ""
    kind: RecipientKind = RecipientKind.INDIVIDUAL

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class YearRating:
    """The quality rating of one assessment year.

    Examples:
        >>> YearRating(year=2024, rating=Rating.HTTNV).rating.label
        'Hoàn thành tốt nhiệm vụ'
    """

    year: Year
    rating: Rating

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class DisciplinePeriod:
    """A disciplinary measure and the days it is in force (``end=None``: still running).

    Examples:
        >>> DisciplinePeriod(start=date(2024, 3, 1), end=date(2025, 2, 28),
        ...                  level=DisciplineLevel.CANH_CAO).level.label
        'cảnh cáo'
    """

    start: date
    end: date | None
    level: DisciplineLevel

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if self.end is not None and self.end < self.start:
            raise InvalidValueError("end", self.end, f"is before start {self.start}")


@attrs.frozen(kw_only=True)
class PendingMatter:
    """An open matter that defers awards until resolved (NĐ 152/2025/NĐ-CP Điều 4 k4).

    Examples:
        >>> PendingMatter(kind=PendingKind.INSPECTION, since=date(2025, 11, 1)).open_on(
        ...     date(2025, 12, 31))
        True
    """

    kind: PendingKind
    since: date
    resolved: date | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if self.resolved is not None and self.resolved < self.since:
            raise InvalidValueError("resolved", self.resolved, f"is before since={self.since}")

    def open_on(self, on: date) -> bool:
        """Whether the matter is open on the day ``on`` (a datetime is read as its date).

        Raises:
            InvalidValueError: ``on`` is not a date.
        """
        day = as_date(on)
        return self.since <= day and (self.resolved is None or self.resolved > day)


@attrs.frozen(kw_only=True)
class Initiative:
    """An initiative, research work or combat solution recognised by a competent body.

    Attributes:
        id: a unique identifier within the history (used to track which award used it).
        year: the assessment year in which it was recognised.
        level: the scope of its recognised effect.
        kind: initiative, accepted research, or combat solution.
        title: its title.

    Examples:
        >>> Initiative(id="sk1", year=2025, level=InitiativeLevel.GRASSROOTS).kind.label
        'sáng kiến'
    """

    id: Code
    year: Year
    level: InitiativeLevel
    kind: InitiativeKind = InitiativeKind.INITIATIVE
    title: Text = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class AwardRecord:
    """One award already conferred.

    Attributes:
        recipient: the id of the recipient.
        kind: the award kind's code; a name, abbreviation or alias is accepted and stored as
            the code (see :func:`mttq.awards.catalogue.find_kind`), so both count the same.
        year: the assessment year it was given for.
        basis: regular, sudden or thematic.
        decided_on: the decision's date.
        decision: the decision's reference.
        initiatives_used: ids of the initiatives the award was based on.
        revoked: the decision was annulled (Luật 06/2022/QH15 Điều 93).

    Raises:
        UnknownCodeError: ``kind`` is not an award kind of the catalogue.

    Examples:
        >>> r = AwardRecord(recipient="p1", kind="cstdcs", year=2024)
        >>> r.basis.value
        'regular'
        >>> AwardRecord(recipient="p1", kind="Chiến sĩ thi đua cơ sở", year=2024).kind
        'cstdcs'
    """

    recipient: Code
    kind: str = attrs.field(converter=kind_code)
    year: Year
    basis: Basis = Basis.REGULAR
    decided_on: date | None = None
    decision: DocumentRef | None = None
    initiatives_used: tuple[Code, ...] = ()
    revoked: bool = False

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class Attestation:
    """A qualitative criterion certified (or refused) for one year by the unit or council.

    Criteria such as "tinh thần tự lực, đoàn kết" cannot be computed; a rule names the
    criterion by its code and the history says whether it was certified.

    Examples:
        >>> Attestation(year=2025, criterion="ldtt-tinh-than", met=True).met
        True
    """

    year: Year
    criterion: Code
    met: bool = True
    by: Text = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class MemberYear:
    """A collective's member figures for one year.

    Attributes:
        members: how many members (cá nhân) the collective has.
        ldtt: members with Lao động tiên tiến / Chiến sĩ tiên tiến or a higher title.
        cstdcs: members with Chiến sĩ thi đua cơ sở.
        completed: members rated Hoàn thành nhiệm vụ or better.
        disciplined: members disciplined at cảnh cáo or heavier during the year.

    Examples:
        >>> MemberYear(year=2025, members=10, ldtt=7).ldtt
        7
    """

    year: Year
    members: Count
    ldtt: Count = 0
    cstdcs: Count = 0
    completed: Count = 0
    disciplined: Count = 0

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        for name in ("ldtt", "cstdcs", "completed", "disciplined"):
            if getattr(self, name) > self.members:
                raise InvalidValueError(name, getattr(self, name), "exceeds members")


@attrs.frozen(kw_only=True)
class GroupStanding:
    """A collective's place in an emulation cluster or bloc for one year.

    Examples:
        >>> GroupStanding(year=2025, group="Khối 6", organiser=Organiser.MINISTRY_PROVINCE,
        ...               leader=True).leader
        True
    """

    year: Year
    group: Code
    organiser: Organiser
    leader: bool

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class MovementLead:
    """A thematic movement (phong trào chuyên đề) and whether the collective led it.

    Examples:
        >>> MovementLead(movement="Chung sức xây dựng nông thôn mới", start_year=2021,
        ...              end_year=2025, organiser=Organiser.MINISTRY_PROVINCE,
        ...              leader=True).years
        5
    """

    movement: Code
    organiser: Organiser
    start_year: Year
    end_year: Year
    leader: bool

    @property
    def years(self) -> int:
        """How many years the movement lasted, both ends included."""
        return self.end_year - self.start_year + 1

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if self.end_year < self.start_year:
            raise InvalidValueError("end_year", self.end_year, "is before start_year")


@attrs.frozen(kw_only=True)
class History:
    """Everything the eligibility rules look at for one recipient.

    Raises:
        InvalidValueError: two ratings for one year, overlapping discipline periods, two
            initiatives with the same id, or an award record of another recipient.

    Examples:
        >>> h = History(recipient=Recipient(id="p1"),
        ...             awards=(AwardRecord(recipient="p1", kind="ldtt", year=2024),))
        >>> len(h.awards)
        1
    """

    recipient: Recipient
    ratings: tuple[YearRating, ...] = ()
    discipline: tuple[DisciplinePeriod, ...] = ()
    pending: tuple[PendingMatter, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    awards: tuple[AwardRecord, ...] = ()
    attestations: tuple[Attestation, ...] = ()
    members: tuple[MemberYear, ...] = ()
    standings: tuple[GroupStanding, ...] = ()
    movements: tuple[MovementLead, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        seen: set[int] = set()
        for i, r in enumerate(self.ratings):
            if r.year in seen:
                raise InvalidValueError(("ratings", i, "year"), r.year, "rated twice")
            seen.add(r.year)
        periods = sorted(self.discipline, key=lambda p: p.start)
        for a, b in itertools.pairwise(periods):
            if a.end is None or a.end >= b.start:
                raise InvalidValueError(
                    "discipline", b.start, f"overlaps the period starting {a.start}"
                )
        ids: set[str] = set()
        for i, ini in enumerate(self.initiatives):
            if ini.id in ids:
                raise InvalidValueError(("initiatives", i, "id"), ini.id, "duplicate id")
            ids.add(ini.id)
        for i, rec in enumerate(self.awards):
            if rec.recipient != self.recipient.id:
                raise InvalidValueError(
                    ("awards", i, "recipient"), rec.recipient, f"is not {self.recipient.id!r}"
                )
        seen_members: set[int] = set()
        for i, m in enumerate(self.members):
            if m.year in seen_members:
                raise InvalidValueError(("members", i, "year"), m.year, "given twice")
            seen_members.add(m.year)

    def rating(self, year: int) -> Rating | None:
        """The rating of ``year``, or ``None``.

        Raises:
            InvalidValueError: ``year`` is not an int year.

        Examples:
            >>> History(recipient=Recipient(id="x")).rating(2020) is None
            True
        """
        year_end(year)  # refuses what is not a year
        for r in self.ratings:
            if r.year == year:
                return r.rating
        return None

    def latest_year(self) -> int | None:
        """The latest year any yearly record of this history refers to, or ``None``.

        Examples:
            >>> History(recipient=Recipient(id="x"),
            ...         ratings=(YearRating(year=2023, rating=Rating.HTNV),)).latest_year()
            2023
        """
        years = [
            *(r.year for r in self.ratings),
            *(a.year for a in self.awards),
            *(i.year for i in self.initiatives),
            *(a.year for a in self.attestations),
            *(m.year for m in self.members),
            *(s.year for s in self.standings),
            *(m.end_year for m in self.movements),
        ]
        return max(years) if years else None

    def up_to(self, year: int) -> History:
        """A copy without the yearly records after ``year`` (to check an earlier year).

        Raises:
            InvalidValueError: ``year`` is not an int year.

        Examples:
            >>> h = History(recipient=Recipient(id="x"),
            ...             ratings=(YearRating(year=2023, rating=Rating.HTNV),
            ...                      YearRating(year=2025, rating=Rating.HTNV)))
            >>> [r.year for r in h.up_to(2024).ratings]
            [2023]
        """
        year_end(year)  # refuses what is not a year
        return attrs.evolve(
            self,
            ratings=tuple(r for r in self.ratings if r.year <= year),
            initiatives=tuple(i for i in self.initiatives if i.year <= year),
            awards=tuple(a for a in self.awards if a.year <= year),
            attestations=tuple(a for a in self.attestations if a.year <= year),
            members=tuple(m for m in self.members if m.year <= year),
            standings=tuple(s for s in self.standings if s.year <= year),
            movements=tuple(m for m in self.movements if m.end_year <= year),
            discipline=tuple(p for p in self.discipline if p.start.year <= year),
        )
