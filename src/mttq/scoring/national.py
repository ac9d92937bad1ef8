"""The bundled national grading schemes, each with its dates, source and what is verified.

* :data:`QD366`: Quy định 366-QĐ/TW of the Politburo, dated 30/08/2025 (it replaced
  124-QĐ/TW of 04/10/2023), on reviewing and grading collectives and individuals in the
  political system: on 100 points, **HTXSNV from 90** with, for a collective, 100% of targets
  and tasks done on time, at least 30% done beyond requirements and no member of the
  leadership disciplined; **HTTNV from 70** with 100% of targets and tasks done on time;
  **HTNV from 50** with the targets and tasks done and at most 20% late. The band below 50 is
  the setting ``below_50`` of :func:`qd366_scheme` (default ``KHTNV``, marked unverified).
* :data:`TRADE_UNION`: the older grading of trade-union base units (công đoàn cơ sở):
  **Vững mạnh from 85** with no standard below half of its own maximum, **Khá from 70**,
  **Trung bình from 50**, **Yếu** below.
* :data:`MTTQ_LEVELS`: the levels **xuất sắc / mạnh / khá** of MTTQ committees, with the
  threshold settings of :func:`mttq_levels_scheme` (default 90 / 70 / 50, marked unverified).

Every scheme is a :class:`~mttq.scoring.grading.GradingScheme` value, so a caller may bring its
own instead. What was verified for each is on the docs' Scoring page.

Examples:
    >>> from decimal import Decimal
    >>> from mttq.scoring.grading import classify
    >>> classify(QD366, Decimal("89.99")).grade.short
    'HTTNV'
    >>> classify(QD366, 90, no_leader_disciplined=False).grade.short
    'HTTNV'

Sources:
    * Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị [S41].
    * [S40] (the trade-union grading; newer guidance 1294/HD-TLĐ ngày 14/8/2019).
    * [S42] (Ủy ban MTTQ tỉnh Bến Tre, tổng kết năm 2018: the MTTQ levels).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mttq.codes import Rating
from mttq.errors import InvalidValueError
from mttq.scoring.grading import Band, Condition, Grade, GradingScheme

__all__ = [
    "MTTQ_LEVELS",
    "QD366",
    "SCHEMES",
    "TRADE_UNION",
    "mttq_levels_scheme",
    "qd366_scheme",
]

_QD366_SOURCE = "Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị"

#: 100% of targets and tasks done on time (QĐ 366-QĐ/TW, HTXSNV and HTTNV of a collective).
ON_TIME = Condition(
    key="all_tasks_on_time",
    label="100% chỉ tiêu, nhiệm vụ hoàn thành đúng tiến độ",
    source=_QD366_SOURCE,
)
#: At least 30% of targets and tasks done beyond requirements (QĐ 366-QĐ/TW, HTXSNV).
EXCEEDED = Condition(
    key="tasks_exceeded_30_percent",
    label="ít nhất 30% chỉ tiêu, nhiệm vụ hoàn thành vượt yêu cầu",
    source=_QD366_SOURCE,
)
#: No member of the collective's leadership disciplined (QĐ 366-QĐ/TW, HTXSNV).
NO_DISCIPLINE = Condition(
    key="no_leader_disciplined",
    label="không có thành viên lãnh đạo của tập thể bị kỷ luật",
    source=_QD366_SOURCE,
)
#: Targets and tasks done, at most 20% late (QĐ 366-QĐ/TW, HTNV).
DONE_MOSTLY_ON_TIME = Condition(
    key="tasks_done_at_most_20_percent_late",
    label="hoàn thành các chỉ tiêu, nhiệm vụ, không quá 20% chậm tiến độ",
    source=_QD366_SOURCE,
)
#: No standard scored below half of its own maximum (trade-union Vững mạnh).
NO_STANDARD_BELOW_HALF = Condition(
    key="no_standard_below_half",
    label="không có tiêu chuẩn nào dưới 50% số điểm tối đa của tiêu chuẩn đó",
    source="Hướng dẫn đánh giá, xếp loại công đoàn cơ sở (trước 1294/HD-TLĐ năm 2019)",
)


def qd366_scheme(*, below_50: Rating = Rating.KHTNV) -> GradingScheme:
    """Build the QĐ 366-QĐ/TW scheme; the unverified band below 50 is a setting.

    Args:
        below_50: the grade for totals under 50 (default ``KHTNV``, not verified in the
            text and marked so in every classification that uses it).

    Returns:
        The scheme.

    Raises:
        InvalidValueError: ``below_50`` is not a Rating or repeats a verified grade.

    Examples:
        >>> qd366_scheme().bands[-1].verified
        False
    """
    if not isinstance(below_50, Rating):
        raise InvalidValueError("below_50", below_50, "expected a Rating")
    return GradingScheme(
        id="qd366-2025",
        title="Quy định 366-QĐ/TW",
        bands=(
            Band(
                grade=Rating.HTXSNV,
                minimum=Decimal(90),
                requires=(ON_TIME, EXCEEDED, NO_DISCIPLINE),
                note="Từ 90 điểm; điều kiện của tập thể.",
            ),
            Band(grade=Rating.HTTNV, minimum=Decimal(70), requires=(ON_TIME,)),
            Band(grade=Rating.HTNV, minimum=Decimal(50), requires=(DONE_MOSTLY_ON_TIME,)),
            Band(
                grade=below_50,
                minimum=Decimal(0),
                verified=False,
                note="Mức dưới 50 điểm là mặc định của thư viện.",
            ),
        ),
        scale=Decimal(100),
        effective_from=date(2025, 8, 30),
        source=_QD366_SOURCE + " (thay thế Quy định 124-QĐ/TW ngày 04/10/2023)",
        notes=(
            "Các mức từ 50 điểm trở lên và điều kiện đã được đối chiếu qua báo Lao Động, "
            "Thanh Niên (9/2025); mức dưới 50 điểm và ngày hiệu lực (lấy ngày ký) chưa xác minh."
        ),
    )


def mttq_levels_scheme(
    *,
    excellent: Decimal | int = 90,
    strong: Decimal | int = 70,
    fair: Decimal | int = 50,
    below: Grade = Grade.TRUNG_BINH,
) -> GradingScheme:
    """Build the MTTQ levels scheme (xuất sắc / mạnh / khá) with its threshold settings.

    The levels are verified in use (Bến Tre MTTQ 2018); the thresholds are not, so every band
    is marked unverified.

    Args:
        excellent: the lowest total for ``Xuất sắc`` (default 90).
        strong: the lowest total for ``Mạnh`` (default 70).
        fair: the lowest total for ``Khá`` (default 50).
        below: the grade under ``fair`` (default ``Trung bình``).

    Returns:
        The scheme.

    Raises:
        InvalidValueError: thresholds not strictly falling and above 0, or a repeated grade.

    Examples:
        >>> from mttq.scoring.grading import classify
        >>> classify(mttq_levels_scheme(strong=75), 72).grade.label
        'Khá'
    """
    if below in (Grade.XUAT_SAC, Grade.MANH, Grade.KHA) or not isinstance(below, Grade):
        raise InvalidValueError("below", below, "expected a Grade other than the three levels")
    note = "Ngưỡng điểm là mặc định của thư viện; chưa tìm thấy văn bản quy định."
    return GradingScheme(
        id="mttq-levels",
        title="các mức của MTTQ (xuất sắc, mạnh, khá)",
        bands=(
            Band(grade=Grade.XUAT_SAC, minimum=excellent, verified=False, note=note),
            Band(grade=Grade.MANH, minimum=strong, verified=False, note=note),
            Band(grade=Grade.KHA, minimum=fair, verified=False, note=note),
            Band(grade=below, minimum=Decimal(0), verified=False, note=note),
        ),
        scale=Decimal(100),
        source="Thực tiễn: Ủy ban MTTQ tỉnh Bến Tre, tổng kết năm 2018",
        notes=(
            "Tên các mức đã thấy trong thực tiễn; ngưỡng điểm và thời gian áp dụng chưa xác minh."
        ),
    )


#: Quy định 366-QĐ/TW (2025): HTXSNV >= 90, HTTNV >= 70, HTNV >= 50 on 100, with conditions.
QD366 = qd366_scheme()

#: The older trade-union base-unit grading: Vững mạnh >= 85, Khá >= 70, Trung bình >= 50, Yếu.
TRADE_UNION = GradingScheme(
    id="cong-doan-co-so",
    title="thang điểm công đoàn cơ sở (hướng dẫn cũ)",
    bands=(
        Band(grade=Grade.VUNG_MANH, minimum=Decimal(85), requires=(NO_STANDARD_BELOW_HALF,)),
        Band(grade=Grade.KHA, minimum=Decimal(70)),
        Band(grade=Grade.TRUNG_BINH, minimum=Decimal(50)),
        Band(grade=Grade.YEU, minimum=Decimal(0)),
    ),
    scale=Decimal(100),
    source="Hướng dẫn đánh giá, xếp loại công đoàn cơ sở của Tổng Liên đoàn (bản cũ)",
    notes=(
        "Các ngưỡng 85/70/50 đã xác minh; các điều kiện khác của mức Vững mạnh và thời gian "
        "áp dụng chưa đọc được. Hướng dẫn mới hơn: 1294/HD-TLĐ ngày 14/8/2019."
    ),
)

#: The MTTQ levels with the default thresholds 90 / 70 / 50 (unverified, see the module).
MTTQ_LEVELS = mttq_levels_scheme()

#: Every bundled scheme.
SCHEMES: tuple[GradingScheme, ...] = (QD366, TRADE_UNION, MTTQ_LEVELS)
