"""The bundled sample: a provincial bloc of the six organisations, for ``mttq demo`` and the docs.

The sample rebuilds the 2021 year end of seed 000 (a provincial "Khối thi đua Mặt trận và
các tổ chức chính trị - xã hội tỉnh"): the Ủy ban MTTQ Việt Nam tỉnh, the Liên đoàn Lao động
tỉnh, the Tỉnh đoàn, the Hội Liên hiệp Phụ nữ tỉnh, the Hội Nông dân tỉnh and the Hội Cựu
chiến binh tỉnh, scored on a 100-point table, with the outcome the seed reports: the UBMTTQ and
the Veterans' Association proposed to the UBND tỉnh for the Cờ thi đua dẫn đầu khối, and the
Farmers' Union elected head (khối trưởng) for 2022. The seed's figures (33.257 new members,
6.473 people introduced to the Party, 2.947 new Party members, over 60 tỷ đồng for the vaccine
fund) are its highlights.

**What is illustrative:** the seed gives no scores, no table, no ballot counts, no 2021 head
and does not name the province; those parts of the sample are made up to be plausible (the
table's sections follow the kinds of work in real tables [S22, S24, S25]; the conference
place is a sample value). The grading scheme is the bloc's own (:func:`sample_scheme`, bands
90/70/50 in the wording of the yearly rating): QĐ 366-QĐ/TW only applies from 2025, so it is
not used for 2021.

Helpers shared by the examples: :func:`sample_rubric`, :func:`sheets_from_totals` (spread a
total over the table's sections, deterministically) and :func:`provincial_bodies`.

Examples:
    >>> data = demo_input()
    >>> [data.names[code] for code in data.group_year.members][:2]
    ['Ủy ban MTTQ Việt Nam tỉnh', 'Liên đoàn Lao động tỉnh']
    >>> demo_result().selected("flag")
    ('mttq.tinh', 'hoi-ccb.tinh')

Sources:
    The press report of the bloc's 2021 year end (seed 000); the scoring tables 82/HD-MTTW-BTT
    (2017) [S22], 87/KH-MTTQ-BTT (2018) [S24] and 15/HD-MTTQ-BTT (2016) [S25] for the shape
    of the sample table; Quy định 366-QĐ/TW (2025) for the years it does not apply to.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from decimal import ROUND_DOWN, Decimal

from mttq.codes import Level, Rating
from mttq.errors import InvalidValueError
from mttq.groups import Bloc, GroupYear
from mttq.organisations import Organisation, standard_bodies
from mttq.rotation import Election
from mttq.scoring import (
    Band,
    Criterion,
    CriterionKind,
    GradingScheme,
    Quota,
    Rubric,
    ScoreItem,
    ScoreSheet,
)
from mttq.voting import Ballot
from mttq.yearend import Highlight, ReviewInput, YearEndResult

__all__ = [
    "DEMO_DATE",
    "DEMO_PLACE",
    "demo_input",
    "demo_result",
    "provincial_bodies",
    "sample_rubric",
    "sample_scheme",
    "sheets_from_totals",
]

#: The day of the sample conference (seed 000: "Sáng ngày 12/01/2022").
DEMO_DATE = dt.date(2022, 1, 12)
#: The place of the sample conference (a sample value: the seed does not name the province).
DEMO_PLACE = "Gia Lai"

_SECTIONS: tuple[tuple[str, str, int], ...] = (
    ("1", "Công tác tuyên truyền, vận động đoàn viên, hội viên và Nhân dân", 20),
    ("2", "Xây dựng, củng cố tổ chức; phát triển đoàn viên, hội viên", 20),
    ("3", "Tổ chức các phong trào thi đua, các cuộc vận động", 20),
    ("4", "Giám sát, phản biện xã hội; tham gia xây dựng Đảng, chính quyền", 15),
    ("5", "Công tác an sinh xã hội, chăm lo đời sống Nhân dân", 15),
    ("6", "Thực hiện quy chế hoạt động của khối; chế độ thông tin, báo cáo", 10),
)


def sample_rubric(year: int, *, rubric_id: str | None = None) -> Rubric:
    """A 100-point scoring table of six sections, with bonus and deduction points.

    The sections are illustrative (real tables total 90-100 points with bonus and deduction
    points [S22, S24, S25, S26]); the total is capped at 100.

    Examples:
        >>> table = sample_rubric(2021)
        >>> table.id, table.content_max, table.nominal
        ('khoi-mau-2021', Decimal('100'), Decimal('100'))
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidValueError("year", year, "expected an int year")
    criteria = [
        Criterion(id=cid, title=title, max_points=Decimal(points))
        for cid, title, points in _SECTIONS
    ]
    criteria.append(
        Criterion(
            id="T",
            title="Điểm thưởng: mô hình mới, cách làm hay được nhân rộng",
            max_points=Decimal(5),
            kind=CriterionKind.BONUS,
        )
    )
    criteria.append(
        Criterion(
            id="D",
            title="Điểm trừ: chậm gửi báo cáo, không tham gia hoạt động chung của khối",
            max_points=Decimal(5),
            kind=CriterionKind.DEDUCTION,
        )
    )
    return Rubric(
        id=rubric_id or f"khoi-mau-{year}",
        title=f"Bảng chấm điểm thi đua năm {year} (mẫu)",
        criteria=tuple(criteria),
        nominal_max=Decimal(100),
        source="Bảng điểm mẫu của thư viện (minh họa)",
    )


def sample_scheme() -> GradingScheme:
    """The sample bloc's own grading: HTXSNV from 90, HTTNV from 70, HTNV from 50 points.

    A bloc's rule, not a national one (users bring their own; QĐ 366-QĐ/TW has the same
    thresholds but applies only from 2025).

    Examples:
        >>> from mttq.scoring import classify
        >>> classify(sample_scheme(), 90).grade.short
        'HTXSNV'
    """
    return GradingScheme(
        id="khoi-mau",
        title="Quy chế thi đua của khối (mẫu)",
        bands=(
            Band(grade=Rating.HTXSNV, minimum=Decimal(90)),
            Band(grade=Rating.HTTNV, minimum=Decimal(70)),
            Band(grade=Rating.HTNV, minimum=Decimal(50)),
            Band(grade=Rating.KHTNV, minimum=Decimal(0)),
        ),
        source="Quy chế thi đua của khối (mẫu minh họa)",
    )


def _leaf_maxima(rubric: Rubric) -> list[tuple[str, Decimal]]:
    leaves: list[tuple[str, Decimal]] = []
    for top in rubric.criteria:
        if top.kind is not CriterionKind.CONTENT:
            continue
        for node in top.walk():
            if not node.children:
                leaves.append((node.id, node.maximum))
    return leaves


def _spread(rubric: Rubric, total: Decimal) -> dict[str, Decimal]:
    leaves = _leaf_maxima(rubric)
    full = sum((m for _, m in leaves), Decimal(0))
    if not 0 <= total <= full:
        raise InvalidValueError("total", total, f"must be between 0 and {full}")
    deficit = full - total
    points: dict[str, Decimal] = {}
    taken = Decimal(0)
    for cid, maximum in leaves:
        cut = (deficit * maximum / full).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        points[cid] = maximum - cut
        taken += cut
    rest = deficit - taken
    for cid, _ in leaves:
        if not rest:
            break
        step = min(rest, points[cid])
        points[cid] -= step
        rest -= step
    return {k: v.normalize() if v else Decimal(0) for k, v in points.items()}


def sheets_from_totals(
    rubric: Rubric,
    agreed: Mapping[str, Decimal | int],
    *,
    self_totals: Mapping[str, Decimal | int] | None = None,
    bonus: Mapping[str, tuple[str, Decimal | int, str]] | None = None,
) -> tuple[ScoreSheet, ...]:
    """Score sheets whose content points add up to the given totals.

    Each total is spread over the content criteria in proportion to their maxima
    (deterministically), so examples can state a unit's total and get a full sheet.

    Args:
        rubric: the table.
        agreed: unit -> agreed content total.
        self_totals: unit -> self-scored content total (default: the agreed total).
        bonus: unit -> (criterion id, points, reason) of one bonus or deduction item.

    Raises:
        InvalidValueError: an argument of the wrong type, or a total outside the rubric's
            content range.

    Examples:
        >>> sheet = sheets_from_totals(sample_rubric(2021), {"HND": Decimal("95.5")})[0]
        >>> sum(sheet.agreed_scores.values()) == Decimal("95.5")
        True
    """
    if not isinstance(rubric, Rubric):
        raise InvalidValueError("rubric", rubric, "expected a Rubric")
    given = _totals("agreed", agreed)
    own = {} if self_totals is None else _totals("self_totals", self_totals)
    extra: dict[str, tuple[str, Decimal, str]] = {}
    if bonus is not None:
        if not isinstance(bonus, Mapping):
            raise InvalidValueError("bonus", bonus, "expected a mapping unit -> item")
        for unit, entry in bonus.items():
            if not isinstance(entry, tuple) or len(entry) != 3:
                raise InvalidValueError(
                    f"bonus[{unit!r}]", entry, "expected (criterion, points, reason)"
                )
            cid, points, reason = entry
            extra[unit] = (cid, _total(f"bonus[{unit!r}]", points), reason)
    sheets = []
    for unit, total in given.items():
        items: tuple[ScoreItem, ...] = ()
        if unit in extra:
            cid, points, reason = extra[unit]
            items = (ScoreItem(criterion=cid, points=points, reason=reason),)
        sheets.append(
            ScoreSheet(
                unit=unit,
                self_scores=_spread(rubric, own.get(unit, total)),
                agreed_scores=_spread(rubric, total),
                items=items,
            )
        )
    return tuple(sheets)


def _total(field: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidValueError(field, value, "expected a Decimal or an int")
    result = Decimal(value)
    if not result.is_finite():
        raise InvalidValueError(field, value, "must be finite")
    return result


def _totals(field: str, value: object) -> dict[str, Decimal]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(field, value, "expected a mapping unit -> total")
    out: dict[str, Decimal] = {}
    for unit, total in value.items():
        if not isinstance(unit, str):
            raise InvalidValueError(field, unit, "expected unit codes")
        out[unit] = _total(f"{field}[{unit!r}]", total)
    return out


def provincial_bodies(on: dt.date | None = None) -> tuple[Organisation, ...]:
    """The six bodies of a province's bloc, named generically (``Hội Nông dân tỉnh``).

    Examples:
        >>> [o.code for o in provincial_bodies()][:3]
        ['mttq.tinh', 'cong-doan.tinh', 'doan-tn.tinh']
    """
    return standard_bodies(Level.PROVINCE, on=on)


def _names(bodies: Iterable[Organisation]) -> dict[str, str]:
    return {o.code: o.name for o in bodies}


_DEMO_AGREED = {
    "mttq.tinh": Decimal("97.5"),
    "cong-doan.tinh": Decimal(92),
    "doan-tn.tinh": Decimal("90.5"),
    "hoi-lhpn.tinh": Decimal("94.5"),
    "hoi-nd.tinh": Decimal(95),
    "hoi-ccb.tinh": Decimal("96.5"),
}
_DEMO_SELF = {
    "mttq.tinh": Decimal(98),
    "cong-doan.tinh": Decimal(93),
    "doan-tn.tinh": Decimal(97),
    "hoi-lhpn.tinh": Decimal(95),
    "hoi-nd.tinh": Decimal(96),
    "hoi-ccb.tinh": Decimal(97),
}


def demo_input() -> ReviewInput:
    """The sample review: seed 000's bloc in 2021 with its sheets, ballots and figures.

    Examples:
        >>> d = demo_input()
        >>> d.group_year.year, len(d.sheets), len(d.ballots or ())
        (2021, 6, 6)
    """
    bodies = provincial_bodies(DEMO_DATE)
    codes = tuple(o.code for o in bodies)
    bloc = Bloc(
        code="khoi-mttq-ctxh-tinh",
        name="Khối thi đua Mặt trận và các tổ chức chính trị - xã hội tỉnh",
        organiser="UBND tỉnh",
        level=Level.PROVINCE,
    )
    rubric = sample_rubric(2021)
    year = GroupYear(
        group=bloc.code,
        year=2021,
        members=codes,
        head="hoi-lhpn.tinh",
        deputy="hoi-nd.tinh",
        rubric_id=rubric.id,
    )
    ballots = (Ballot(approve=("hoi-nd.tinh",)),) * 5 + (Ballot(approve=("hoi-lhpn.tinh",)),)
    return ReviewInput(
        group=bloc,
        group_year=year,
        rubric=rubric,
        sheets=sheets_from_totals(
            rubric,
            _DEMO_AGREED,
            self_totals=_DEMO_SELF,
            bonus={"mttq.tinh": ("T", 1, "Mô hình tổ Covid cộng đồng được nhân rộng")},
        ),
        policy=Election(order=codes, fallback="most-votes"),
        custom_scheme=sample_scheme(),
        ballots=ballots,
        names=_names(bodies),
        flag_count=2,
        commendation_quota=Quota(count=2),
        place=DEMO_PLACE,
        date=DEMO_DATE,
        title="Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021",
        highlights=(
            Highlight(text="kích hoạt hơn {} tổ Covid cộng đồng", value=1000),
            Highlight(text="phát triển {} đoàn viên, hội viên mới", value=33257),
            Highlight(
                text="giới thiệu {} quần chúng ưu tú để các cấp ủy xem xét, cho ý kiến",
                value=6473,
            ),
            Highlight(text="kết nạp được {} đảng viên mới", value=2947),
            Highlight(
                text="ủng hộ tuyến đầu chống dịch và Quỹ Vaccine phòng, chống dịch Covid-19 "
                "đạt trên {}",
                value=60_000_000_000,
                money=True,
            ),
        ),
    )


@functools.cache
def demo_result() -> YearEndResult:
    """The review of :func:`demo_input` (computed once).

    Examples:
        >>> demo_result().next_leadership.head
        'hoi-nd.tinh'
    """
    return demo_input().run()
