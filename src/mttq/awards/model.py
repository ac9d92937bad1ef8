"""Award records, a recipient's history, and the explained decision of an eligibility check.

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

A check returns a :class:`Decision` made of :class:`Reason` values, each naming the condition,
whether it was met (``True``/``False``/``None`` when it cannot be decided from the data), the
evidence and its legal source, and rendered in Vietnamese by :attr:`Reason.text_vi` and
:meth:`Decision.explain`.

Sources: discipline levels of civil servants (khiển trách, cảnh cáo, ...) and the rule that
sudden (đột xuất) and thematic (chuyên đề) commendations do not count towards regular ones
(NĐ 152/2025/NĐ-CP Điều 4 k3); pending matters defer an award (NĐ 152/2025/NĐ-CP Điều 4 k4);
revoked awards no longer count (Luật 06/2022/QH15 Điều 93).
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from typing import Final

import attrs

from mttq.awards.catalogue import (
    _BY_CODE,
    RecipientKind,
    _code,
    _nonempty,
)
from mttq.codes import CodeEnum, Rating
from mttq.documents import DocumentRef
from mttq.errors import InvalidValueError
from mttq.fields import check_fields, too_precise
from mttq.geo import as_date

__all__ = [
    "MAX_REASON_DEPTH",
    "MAX_SHARE_PLACES",
    "MAX_YEAR",
    "MIN_YEAR",
    "Attestation",
    "AwardRecord",
    "Basis",
    "Decision",
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
    "QuotaNote",
    "Reason",
    "Recipient",
    "YearRating",
]


#: The first and last assessment years the awards package accepts.
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200

#: How deeply :class:`Reason` values may nest (``parts`` of ``parts``...).
MAX_REASON_DEPTH: Final = 256


def _check_year(field: str, value: object) -> int:
    """Refuse anything but an int year within :data:`MIN_YEAR`..:data:`MAX_YEAR`."""
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
        raise InvalidValueError(field, value, f"expected a year between {MIN_YEAR} and {MAX_YEAR}")
    return int(value)


def _year(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    _check_year(attribute.name, value)


#: The most digits a share (of members, of council votes, a quota) has after the point.
MAX_SHARE_PLACES: Final = 10


def _check_share(field: str, value: Decimal) -> None:
    """Refuse a share (a finite Decimal, already type-checked) outside 0..1 or too precise."""
    if not Decimal(0) <= value <= Decimal(1):
        raise InvalidValueError(field, value, "expected a Decimal between 0 and 1")
    if too_precise(value, MAX_SHARE_PLACES):
        raise InvalidValueError(
            field, value, f"has more than {MAX_SHARE_PLACES} digits after the point"
        )


def _count(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidValueError(attribute.name, value, "expected a non-negative int")


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

    id: str
    name: str = ""
    kind: RecipientKind = RecipientKind.INDIVIDUAL

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _nonempty(self, "id")


@attrs.frozen(kw_only=True)
class YearRating:
    """The quality rating of one assessment year.

    Examples:
        >>> YearRating(year=2024, rating=Rating.HTTNV).rating.label
        'Hoàn thành tốt nhiệm vụ'
    """

    year: int = attrs.field(validator=_year)
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

    id: str
    year: int = attrs.field(validator=_year)
    level: InitiativeLevel
    kind: InitiativeKind = InitiativeKind.INITIATIVE
    title: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _nonempty(self, "id")


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

    recipient: str
    kind: str = attrs.field(converter=_code)
    year: int = attrs.field(validator=_year)
    basis: Basis = Basis.REGULAR
    decided_on: date | None = None
    decision: DocumentRef | None = None
    initiatives_used: tuple[str, ...] = ()
    revoked: bool = False

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _nonempty(self, "recipient")


@attrs.frozen(kw_only=True)
class Attestation:
    """A qualitative criterion certified (or refused) for one year by the unit or council.

    Criteria such as "tinh thần tự lực, đoàn kết" cannot be computed; a rule names the
    criterion by its code and the history says whether it was certified.

    Examples:
        >>> Attestation(year=2025, criterion="ldtt-tinh-than", met=True).met
        True
    """

    year: int = attrs.field(validator=_year)
    criterion: str
    met: bool = True
    by: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _nonempty(self, "criterion")


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

    year: int = attrs.field(validator=_year)
    members: int = attrs.field(validator=_count)
    ldtt: int = attrs.field(default=0, validator=_count)
    cstdcs: int = attrs.field(default=0, validator=_count)
    completed: int = attrs.field(default=0, validator=_count)
    disciplined: int = attrs.field(default=0, validator=_count)

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

    year: int = attrs.field(validator=_year)
    group: str
    organiser: Organiser
    leader: bool

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _nonempty(self, "group")


@attrs.frozen(kw_only=True)
class MovementLead:
    """A thematic movement (phong trào chuyên đề) and whether the collective led it.

    Examples:
        >>> MovementLead(movement="Chung sức xây dựng nông thôn mới", start_year=2021,
        ...              end_year=2025, organiser=Organiser.MINISTRY_PROVINCE,
        ...              leader=True).years
        5
    """

    movement: str
    organiser: Organiser
    start_year: int = attrs.field(validator=_year)
    end_year: int = attrs.field(validator=_year)
    leader: bool

    @property
    def years(self) -> int:
        """How many years the movement lasted, both ends included."""
        return self.end_year - self.start_year + 1

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _nonempty(self, "movement")
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
                raise InvalidValueError(f"ratings[{i}].year", r.year, "rated twice")
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
                raise InvalidValueError(f"initiatives[{i}].id", ini.id, "duplicate id")
            ids.add(ini.id)
        for i, rec in enumerate(self.awards):
            if rec.recipient != self.recipient.id:
                raise InvalidValueError(
                    f"awards[{i}].recipient", rec.recipient, f"is not {self.recipient.id!r}"
                )
        seen_members: set[int] = set()
        for i, m in enumerate(self.members):
            if m.year in seen_members:
                raise InvalidValueError(f"members[{i}].year", m.year, "given twice")
            seen_members.add(m.year)

    def rating(self, year: int) -> Rating | None:
        """The rating of ``year``, or ``None``.

        Raises:
            InvalidValueError: ``year`` is not an int year.

        Examples:
            >>> History(recipient=Recipient(id="x")).rating(2020) is None
            True
        """
        year = _check_year("year", year)
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
        year = _check_year("year", year)
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


_STATUS = {True: "đạt", False: "không đạt", None: "chưa xác định"}
_MARK = {True: "[x]", False: "[ ]", None: "[?]"}


@attrs.frozen(kw_only=True)
class Reason:
    """One condition of a rule, whether it was met, the evidence, and its legal source.

    Attributes:
        condition: the condition in Vietnamese.
        met: ``True``, ``False``, or ``None`` when the data cannot decide it.
        source: the legal source ("Luật 06/2022/QH15, Điều 23").
        years: the years that were evidence for the outcome.
        items: other evidence: initiatives (their title, or their id when untitled), groups,
            movements, discipline measures.
        note: a short Vietnamese remark (what was missing, why a year did not count).
        parts: the sub-conditions of a compound condition.

    Examples:
        >>> r = Reason(condition="Xếp loại HTXSNV năm 2025", met=True,
        ...            source="Luật 06/2022/QH15, Điều 23", years=(2025,))
        >>> r.text_vi
        'Xếp loại HTXSNV năm 2025: đạt (năm 2025) [Luật 06/2022/QH15, Điều 23]'
    """

    condition: str
    met: bool | None
    source: str = ""
    years: tuple[int, ...] = ()
    items: tuple[str, ...] = ()
    note: str = ""
    parts: tuple[Reason, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if _too_deep(self.parts, MAX_REASON_DEPTH - 1):
            raise InvalidValueError(
                "parts", self.parts, f"nest more than {MAX_REASON_DEPTH} levels deep"
            )

    @property
    def text_vi(self) -> str:
        """The reason as one Vietnamese sentence."""
        text = f"{self.condition}: {_STATUS[self.met]}"
        evidence: list[str] = []
        if self.years:
            evidence.append("năm " + ", ".join(str(y) for y in self.years))
        evidence.extend(self.items)
        if self.note:
            evidence.append(self.note)
        if evidence:
            text += " (" + "; ".join(evidence) + ")"
        if self.source:
            text += f" [{self.source}]"
        return text

    def lines(self, depth: int = 0) -> list[str]:
        """The reason and its parts as indented lines, with a mark for the outcome.

        Args:
            depth: the indentation of the first line, in steps of two spaces (0 to 100).

        Raises:
            InvalidValueError: ``depth`` is not an int between 0 and 100.

        Examples:
            >>> Reason(condition="A", met=None).lines()
            ['[?] A: chưa xác định']
        """
        if isinstance(depth, bool) or not isinstance(depth, int) or not 0 <= depth <= 100:
            raise InvalidValueError("depth", depth, "expected an int between 0 and 100")
        out: list[str] = []
        self._lines(int(depth), out)
        return out

    def _lines(self, depth: int, out: list[str]) -> None:
        out.append("  " * depth + f"{_MARK[self.met]} {self.text_vi}")
        for part in self.parts:
            part._lines(depth + 1, out)


def _too_deep(parts: tuple[Reason, ...], room: int) -> bool:
    """Whether ``parts`` span more than ``room`` levels (looks no deeper than that)."""
    if not parts:
        return False
    if room <= 0:
        return True
    return any(_too_deep(p.parts, room - 1) for p in parts)


@attrs.frozen(kw_only=True)
class QuotaNote:
    """A quota attached to a rule that a single history cannot check (a unit-level cap).

    Examples:
        >>> QuotaNote(share=Decimal("0.15"), of_kind="ldtt", source="NĐ 91/2017/NĐ-CP").share
        Decimal('0.15')
    """

    share: Decimal
    of_kind: str = attrs.field(converter=_code)
    source: str
    note: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _check_share("share", self.share)


@attrs.frozen(kw_only=True)
class Decision:
    """The explained answer of an eligibility check.

    Attributes:
        kind: the award kind's code.
        year: the assessment year.
        recipient: the recipient's id.
        recipient_name: the recipient's name (``""`` when the history gives none); the
            explanation shows it, or the id when it is empty.
        eligible: ``True``, ``False`` or ``None`` (undetermined: the bundled rules or the
            data cannot decide).
        deferred: an open matter defers the award (NĐ 152/2025/NĐ-CP Điều 4 k4).
        reasons: the conditions checked, each with its source.
        rules: the ids of the rules applied.
        quotas: unit-level caps to apply on top (they do not affect ``eligible``).

    Examples:
        >>> d = Decision(kind="ldtt", year=2025, recipient="p1", recipient_name="Nguyễn Văn A",
        ...              eligible=True, reasons=(Reason(condition="Xếp loại HTTNV", met=True),))
        >>> print(d.explain())
        Lao động tiên tiến, năm 2025, Nguyễn Văn A: đủ điều kiện
          [x] Xếp loại HTTNV: đạt
    """

    kind: str
    year: int
    recipient: str
    recipient_name: str = ""
    eligible: bool | None
    deferred: bool = False
    reasons: tuple[Reason, ...] = ()
    rules: tuple[str, ...] = ()
    quotas: tuple[QuotaNote, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _nonempty(self, "kind", "recipient")
        _check_year("year", self.year)

    @property
    def may_award(self) -> bool:
        """Eligible and not deferred.

        Examples:
            >>> Decision(kind="ldtt", year=2025, recipient="p", eligible=True,
            ...          deferred=True).may_award
            False
        """
        return self.eligible is True and not self.deferred

    def explain(self) -> str:
        """A Vietnamese, multi-line explanation: the award, the year, the recipient's name.

        The recipient is named by :attr:`recipient_name`, or by the id when it is empty.

        Examples:
            >>> print(Decision(kind="cstdcs", year=2025, recipient="p2", eligible=None).explain())
            Chiến sĩ thi đua cơ sở, năm 2025, p2: chưa xác định được
        """
        kind = _BY_CODE.get(self.kind)
        name = kind.name if kind is not None else self.kind
        verdict = {
            True: "đủ điều kiện",
            False: "không đủ điều kiện",
            None: "chưa xác định được",
        }[self.eligible]
        who = self.recipient_name or self.recipient
        lines = [f"{name}, năm {self.year}, {who}: {verdict}"]
        if self.deferred:
            lines[0] += " (tạm hoãn xét do đang có vụ việc chưa kết luận)"
        for reason in self.reasons:
            lines.extend(reason.lines(1))
        for quota in self.quotas:
            base = _BY_CODE.get(quota.of_kind)
            percent = format((quota.share * 100).normalize(), "f").replace(".", ",")
            lines.append(
                f"  Lưu ý: số được khen không quá {percent}% số đạt "
                f"{base.short if base is not None else quota.of_kind} [{quota.source}]"
            )
        return "\n".join(lines)


# Reason and Decision have no validator, converter or default factory, so setting their
# slots directly builds exactly what ``Reason(...)`` and ``Decision(...)`` build (tests pin
# the field order and the equality). The engine builds many of them.
_SET_REASON = tuple(getattr(Reason, a.name).__set__ for a in attrs.fields(Reason))
_SET_DECISION = tuple(getattr(Decision, a.name).__set__ for a in attrs.fields(Decision))
_new = object.__new__


def _reason(  # noqa: PLR0917 - private, positional for speed
    condition: str,
    met: bool | None,
    source: str,
    years: tuple[int, ...],
    items: tuple[str, ...],
    note: str,
    parts: tuple[Reason, ...],
) -> Reason:
    """``Reason(condition=condition, met=met, ...)``, faster."""
    r: Reason = _new(Reason)
    s_condition, s_met, s_source, s_years, s_items, s_note, s_parts = _SET_REASON
    s_condition(r, condition)
    s_met(r, met)
    s_source(r, source)
    s_years(r, years)
    s_items(r, items)
    s_note(r, note)
    s_parts(r, parts)
    return r


def _decision(  # noqa: PLR0917 - private, positional for speed
    kind: str,
    year: int,
    recipient: str,
    recipient_name: str,
    eligible: bool | None,
    deferred: bool,
    reasons: tuple[Reason, ...],
    rules: tuple[str, ...],
    quotas: tuple[QuotaNote, ...],
) -> Decision:
    """``Decision(kind=kind, year=year, ...)``, faster."""
    d: Decision = _new(Decision)
    (
        s_kind,
        s_year,
        s_recipient,
        s_recipient_name,
        s_eligible,
        s_deferred,
        s_reasons,
        s_rules,
        s_quotas,
    ) = _SET_DECISION
    s_kind(d, kind)
    s_year(d, year)
    s_recipient(d, recipient)
    s_recipient_name(d, recipient_name)
    s_eligible(d, eligible)
    s_deferred(d, deferred)
    s_reasons(d, reasons)
    s_rules(d, rules)
    s_quotas(d, quotas)
    return d
