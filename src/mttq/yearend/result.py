"""The values a year-end review produces: the result, its warnings, eligibility and figures.

:class:`YearEndResult` is everything :func:`mttq.yearend.review` decides, ready to report
(:mod:`mttq.report`) and to send up; it round-trips through :mod:`mttq.io`::

    >>> from mttq.samples import demo_result
    >>> result = demo_result()
    >>> result.head_title, result.next_leadership.head
    ('Khối trưởng', 'hoi-nd.tinh')

Sources: Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25-26 (the organiser's flag for the
group's leading unit); the defaults named here are the library's own settings, not law.
"""

from __future__ import annotations

import datetime as dt
import types
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

import attrs

from mttq.awards import Decision
from mttq.codes import CodeEnum, Level
from mttq.errors import InvalidValueError
from mttq.groups import Bloc, Cluster, Leadership
from mttq.rotation import Handover, Policy
from mttq.scoring import (
    Classification,
    Ranked,
    ScoreResult,
    Selection,
    SelectionStatus,
)
from mttq.scoring.codes import check_labelled as _check_fields
from mttq.vi.numbers import format_money, format_number
from mttq.voting import Ratio, Tally

__all__ = [
    "DEFAULT_GAP_THRESHOLD",
    "DEFAULT_THRESHOLD",
    "FLAG_KINDS",
    "Eligibility",
    "GroupKind",
    "Highlight",
    "ReviewWarning",
    "WarningKind",
    "YearEndResult",
]

#: The self-vs-agreed gap (in points) above which :func:`review` warns. A setting of this
#: library: no text fixing such a threshold was found.
DEFAULT_GAP_THRESHOLD = Decimal(5)

#: The share of all members the head needs in the ballot when the caller gives none: at
#: least half of the full membership (present or not). A default of this library, not law:
#: the council thresholds of NĐ 98/2023/NĐ-CP Điều 30 k7 are for awards, not for heads.
DEFAULT_THRESHOLD = Ratio(numerator=1, denominator=2)

#: The award kind of the organiser's flag for a group's leading unit, by organiser:
#: a province or ministry (Luật 06/2022/QH15 Điều 26), the UBTƯ MTTQ (its emulation
#: regulation [S30]) and a provincial MTTQ committee for the clusters it runs [S1].
#: Read-only.
FLAG_KINDS: Mapping[str, str] = types.MappingProxyType(
    {
        "state": "co-thi-dua-bo-tinh",
        "mttq-central": "co-thi-dua-ubtw-mttq",
        "mttq-province": "co-thi-dua-mttq-tinh",
    }
)

#: Whether the group is a bloc (khối) or a cluster (cụm).
GroupKind = Literal["bloc", "cluster"]


class WarningKind(CodeEnum):
    """What a :class:`ReviewWarning` of a review is about.

    Examples:
        >>> WarningKind.MISSING_SHEET.label
        'thiếu phiếu chấm điểm'
    """

    MISSING_SHEET = "missing-sheet", "thiếu phiếu chấm điểm"
    LARGE_GAP = "large-gap", "chênh lệch lớn giữa điểm tự chấm và điểm bình xét"
    FLAG_TIE = "flag-tie", "đồng hạng ở suất Cờ thi đua, chưa phân định được"
    COMMENDATION_TIE = "commendation-tie", "đồng hạng ở suất Bằng khen, chưa phân định được"
    ELECTION_UNDECIDED = "election-undecided", "bầu Khối trưởng/Cụm trưởng chưa có kết quả"
    NOT_ELIGIBLE = "not-eligible", "đơn vị dẫn đầu chưa đủ điều kiện tặng Cờ thi đua"
    LEADER_GRADE = "leader-grade", "đơn vị dẫn đầu chưa đạt mức xếp loại cao nhất"
    NOT_CHECKED = "not-checked", "chưa kiểm tra điều kiện tặng Cờ thi đua"
    SCHEME_NOT_IN_FORCE = "scheme-not-in-force", "thang xếp loại chưa có hiệu lực trong năm"


@attrs.frozen(kw_only=True)
class ReviewWarning:
    """Something the secretariat should look at before the results are sent up.

    Attributes:
        kind: what it is about.
        unit: the unit concerned, if one.
        message: the warning in Vietnamese.

    Examples:
        >>> ReviewWarning(kind=WarningKind.MISSING_SHEET, unit="HND",
        ...         message="Chưa có phiếu chấm điểm của HND.").kind.value
        'missing-sheet'

    Raises:
        InvalidValueError: a field of the wrong type (the error names the field and value).
    """

    kind: WarningKind
    unit: str | None
    message: str

    def __attrs_post_init__(self) -> None:
        _check_fields(self)


@attrs.frozen(kw_only=True)
class Eligibility:
    """Whether a unit proposed for the flag is eligible for it under the award rules.

    Attributes:
        unit: the unit's code.
        kind: the award kind checked (``"co-thi-dua-bo-tinh"``, ...).
        checked: whether a history was given and checked.
        eligible: the decision's answer (``None`` when undetermined or not checked).
        decision: the full decision with its reasons, when checked.

    Examples:
        >>> Eligibility(unit="HND", kind="co-thi-dua-bo-tinh", checked=False,
        ...             eligible=None).label()
        'chưa kiểm tra (không có hồ sơ khen thưởng)'

    Raises:
        InvalidValueError: a field of the wrong type (the error names the field and value).
    """

    unit: str
    kind: str
    checked: bool
    eligible: bool | None
    decision: Decision | None = None

    def __attrs_post_init__(self) -> None:
        _check_fields(self)

    def label(self) -> str:
        """The outcome in Vietnamese.

        Examples:
            >>> Eligibility(unit="A", kind="k", checked=True, eligible=True).label()
            'đủ điều kiện'
        """
        if not self.checked:
            return "chưa kiểm tra (không có hồ sơ khen thưởng)"
        if self.decision is not None and self.decision.deferred:
            return "tạm hoãn xét (đang có vụ việc chưa kết luận)"
        return {True: "đủ điều kiện", False: "không đủ điều kiện", None: "chưa xác định được"}[
            self.eligible
        ]


def _to_highlight_text(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidValueError("highlight.text", value, "expected a str")
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if text.count("{}") != 1:
        raise InvalidValueError("highlight.text", value, "must hold the placeholder {} once")
    return text


def _to_highlight_value(value: Decimal | int) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidValueError("highlight.value", value, "expected a Decimal or an int")
    result = Decimal(value)
    if not result.is_finite():
        raise InvalidValueError("highlight.value", value, "must be finite")
    return result


@attrs.frozen(kw_only=True)
class Highlight:
    """A figure of the year for the report, written through :mod:`mttq.vi`.

    Attributes:
        text: the Vietnamese sentence with ``{}`` where the figure goes.
        value: the figure (a count, or an amount of money in đồng).
        money: write the value as money in the press form (``60 tỷ đồng``).

    Examples:
        >>> Highlight(text="phát triển {} đoàn viên, hội viên mới", value=33257).render()
        'phát triển 33.257 đoàn viên, hội viên mới'
        >>> Highlight(text="ủng hộ Quỹ Vaccine đạt trên {}", value=60_000_000_000,
        ...           money=True).render()
        'ủng hộ Quỹ Vaccine đạt trên 60 tỷ đồng'
    """

    text: str = attrs.field(converter=_to_highlight_text)
    value: Decimal = attrs.field(converter=_to_highlight_value)
    money: bool = False

    def __attrs_post_init__(self) -> None:
        _check_fields(self)

    def render(self) -> str:
        """The sentence with the figure written the Vietnamese way."""
        figure = format_money(self.value, compact=True) if self.money else format_number(self.value)
        return self.text.replace("{}", figure)


@attrs.frozen(kw_only=True)
class YearEndResult:
    """Everything a group's year-end review decides, ready to report and to send up.

    Attributes:
        group: the group's code.
        group_name: its Vietnamese name.
        group_kind: ``"bloc"`` or ``"cluster"``.
        organiser: the body that organises the group and confers its flag (``"UBND tỉnh"``).
        level: the level of the members.
        year: the emulation year reviewed.
        members: the members in the group's order, as the year's
            :class:`~mttq.groups.GroupYear` lists them (that order is data the caller gave,
            so it is kept; everything the review computes is ordered by rank or code and does
            not depend on it).
        names: the members' display names (code -> name, read-only), for the report.
        head: the head of the year reviewed, if known.
        deputy: the deputy of the year reviewed, if known.
        rubric: the rubric's id.
        rubric_title: its title.
        nominal_max: the rubric's nominal total (thang điểm).
        scheme: the grading scheme's id.
        scheme_title: its title.
        scores: the score of each member with a sheet, by unit code.
        ranking: the ranking (competition ranks, by rank then code).
        grades: the grade of each ranked unit, by unit code (read-only).
        flag_kind: the award kind of the organiser's flag.
        flag: the unit(s) proposed for the flag (or tied for it).
        commendations: the units proposed for the organiser's Bằng khen (or tied).
        eligibility: the flag eligibility of each unit proposed for it.
        election: the tally of the ballot for next year's head, if ballots were given.
        policy: the rotation policy applied (the ballot's result added to an Election).
        next_leadership: next year's head and deputy.
        handover: the handover to next year's head, when the head changes.
        warnings: what to look at before sending the results up.
        place: the place of the conference, if given.
        held_on: the day of the conference, if given.
        title: the conference's title line, if the caller gave one.
        highlights: the figures of the year for the report.

    Examples:
        >>> from mttq.samples import demo_result
        >>> r = demo_result()
        >>> r.year, r.ranking[0].unit, r.grades["mttq.tinh"].grade.short
        (2021, 'mttq.tinh', 'HTXSNV')

    Raises:
        InvalidValueError: a field of the wrong type (the error names the field and value).
    """

    group: str
    group_name: str
    group_kind: GroupKind
    organiser: str
    level: Level
    year: int
    members: tuple[str, ...]
    names: Mapping[str, str]
    head: str | None
    deputy: str | None
    rubric: str
    rubric_title: str
    nominal_max: Decimal
    scheme: str
    scheme_title: str
    scores: tuple[ScoreResult, ...]
    ranking: tuple[Ranked, ...]
    grades: Mapping[str, Classification]
    flag_kind: str
    flag: tuple[Selection, ...]
    commendations: tuple[Selection, ...]
    eligibility: tuple[Eligibility, ...]
    election: Tally | None
    policy: Policy
    next_leadership: Leadership
    handover: Handover | None
    warnings: tuple[ReviewWarning, ...]
    place: str | None = None
    held_on: dt.date | None = None
    title: str | None = None
    highlights: tuple[Highlight, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_fields(self)

    @property
    def next_year(self) -> int:
        """The year after the one reviewed.

        Examples:
            >>> from mttq.samples import demo_result
            >>> demo_result().next_year
            2022
        """
        return self.year + 1

    def name(self, code: str) -> str:
        """The display name of a unit (its code when no name was given).

        Examples:
            >>> from mttq.samples import demo_result
            >>> demo_result().name("hoi-nd.tinh")
            'Hội Nông dân tỉnh'
        """
        if not isinstance(code, str):
            raise InvalidValueError("code", code, "expected a unit code")
        return self.names.get(code, code)

    def selected(self, what: Literal["flag", "commendations"] = "flag") -> tuple[str, ...]:
        """The units selected (not tied) for the flag or the Bằng khen, in rank order.

        Examples:
            >>> from mttq.samples import demo_result
            >>> demo_result().selected("commendations")
            ('hoi-nd.tinh', 'hoi-lhpn.tinh')
        """
        if what not in ("flag", "commendations"):
            raise InvalidValueError("what", what, "expected 'flag' or 'commendations'")
        entries = self.flag if what == "flag" else self.commendations
        return tuple(e.unit for e in entries if e.status is SelectionStatus.SELECTED)

    @property
    def head_title(self) -> str:
        """``Khối trưởng`` or ``Cụm trưởng``.

        Examples:
            >>> from mttq.samples import demo_result
            >>> demo_result().head_title, demo_result().deputy_title
            ('Khối trưởng', 'Khối phó')
        """
        return Bloc.head_title if self.group_kind == "bloc" else Cluster.head_title

    @property
    def deputy_title(self) -> str:
        """``Khối phó`` or ``Cụm phó``."""
        return Bloc.deputy_title if self.group_kind == "bloc" else Cluster.deputy_title
