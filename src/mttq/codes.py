"""Closed sets of codes shared across :mod:`mttq`.

Each code is a :class:`~enum.StrEnum` whose value is a stable ASCII wire string (used in JSON,
TOML and on the command line) and which carries its Vietnamese label beside it::

    >>> from mttq.codes import Level, Rating
    >>> Level.PROVINCE.value, Level.PROVINCE.label
    ('province', 'cấp tỉnh')
    >>> Rating("htxsnv").short
    'HTXSNV'
    >>> Rating.parse("Hoàn thành xuất sắc nhiệm vụ") is Rating.HTXSNV
    True

The wire values are public API: they never change once released.

The module also holds the legal calendar: every boundary date the bundled rules and tables
use, named once with the document and article that sets it, so a rule says
``effective_to=ND_98_2023_TO`` and never ``date(2025, 6, 30)``::

    >>> from mttq.codes import LAW_06_2022_FROM, ND_152_2025_FROM
    >>> LAW_06_2022_FROM.isoformat(), ND_152_2025_FROM.isoformat()
    ('2024-01-01', '2025-07-01')

Sources:
    Luật Thi đua, khen thưởng 06/2022/QH15, Điều 96 k1 (in force 01/01/2024); Nghị định
    98/2023/NĐ-CP (in force 01/01/2024); Nghị định 152/2025/NĐ-CP, Điều 59 (in force
    01/07/2025, repeals NĐ 98/2023); Nghị quyết 202/2025/QH15 (34 provincial units, passed
    12/06/2025); Nghị định 73/2024/NĐ-CP, Điều 3 k2 (base salary from 01/07/2024).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from enum import StrEnum
from typing import Final, Self

from mttq.errors import UnknownCodeError

__all__ = [
    "BASE_SALARY_2024_FROM",
    "DISTRICT_LEVEL_TO",
    "HUE_CITY_FROM",
    "LAW_06_2022_FROM",
    "LAW_2013_TO",
    "ND_98_2023_TO",
    "ND_152_2025_FROM",
    "NQ_202_2025_PASSED",
    "RESTRUCTURING_FROM",
    "CodeEnum",
    "Level",
    "OrgKind",
    "Rating",
]

# --- the legal calendar --------------------------------------------------------------------

#: The last day of the old regime: Luật Thi đua, khen thưởng 2003 (amended 2005, 2009, 2013)
#: and Nghị định 91/2017/NĐ-CP, replaced from 01/01/2024 (Luật 06/2022/QH15, Điều 96 k1).
LAW_2013_TO: Final = date(2023, 12, 31)

#: The first day of Luật Thi đua, khen thưởng 06/2022/QH15 (Điều 96 k1) and of its
#: implementing decree Nghị định 98/2023/NĐ-CP.
LAW_06_2022_FROM: Final = date(2024, 1, 1)

#: The last day of Nghị định 98/2023/NĐ-CP, repealed by Nghị định 152/2025/NĐ-CP, Điều 59 k2.
ND_98_2023_TO: Final = date(2025, 6, 30)

#: The first day of Nghị định 152/2025/NĐ-CP (Điều 59 k1).
ND_152_2025_FROM: Final = date(2025, 7, 1)

#: The day the National Assembly passed Nghị quyết 202/2025/QH15 on the 34 provincial units.
NQ_202_2025_PASSED: Final = date(2025, 6, 12)

#: The first day of the two-level local government and of the 34-unit map, whose authorities
#: work from this day (Nghị quyết 202/2025/QH15).
RESTRUCTURING_FROM: Final = date(2025, 7, 1)

#: The last day of the district level (cấp huyện), ended with the two-level local government.
DISTRICT_LEVEL_TO: Final = date(2025, 6, 30)

#: The first day of Huế as a centrally-run city (Nghị quyết 175/2024/QH15).
HUE_CITY_FROM: Final = date(2025, 1, 1)

#: The first day of the base salary 2,340,000 đồng (Nghị định 73/2024/NĐ-CP, Điều 3 k2).
BASE_SALARY_2024_FROM: Final = date(2024, 7, 1)


def _key(text: str) -> str:
    """Fold ``text`` for code lookup: NFC, case-insensitive, inner whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    return " ".join(text.casefold().split())


class CodeEnum(StrEnum):
    """A string enum with a Vietnamese ``label`` and an optional ``short`` form.

    Members are declared as ``NAME = "wire-value", "Vietnamese label"`` or with a third
    element, the short form (an abbreviation such as ``"HTXSNV"``).

    Examples:
        >>> from mttq.codes import OrgKind
        >>> OrgKind.HOI_CCB.label
        'Hội Cựu chiến binh'
        >>> str(OrgKind.HOI_CCB)
        'hoi-cuu-chien-binh'
    """

    label: str
    short: str

    def __new__(cls, value: str, label: str, short: str | None = None) -> Self:
        """Create a member from its wire value, label and optional short form."""
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.short = short if short is not None else label
        return member

    @classmethod
    def parse(cls, text: str) -> Self:
        """Find a member by its wire value, name, label or short form, ignoring case.

        Raises:
            UnknownCodeError: if nothing matches; the message lists the valid wire values.

        Examples:
            >>> from mttq.codes import Level
            >>> Level.parse("Cấp xã") is Level.COMMUNE
            True
        """
        if isinstance(text, str):
            key = _key(text)
            for member in cls:
                keys = (member.value, member.name, member.label, member.short)
                if key in {_key(k) for k in keys}:
                    return member
        raise UnknownCodeError(cls.__name__, text, [m.value for m in cls])


class Level(CodeEnum):
    """The administrative level (cấp) a body works at.

    The district level (cấp huyện) ends on 2025-06-30: the two-tier local government (province
    and commune) agreed in Nghị quyết 60-NQ/TW of 12 April 2025 has operated since 2025-07-01,
    and district powers of the Law on Emulation and Commendation passed to the commune
    chairman (Nghị định 129/2025/NĐ-CP, Điều 59).
    """

    CENTRAL = "central", "cấp trung ương", "trung ương"
    PROVINCE = "province", "cấp tỉnh", "tỉnh"
    DISTRICT = "district", "cấp huyện", "huyện"
    COMMUNE = "commune", "cấp xã", "xã"


class OrgKind(CodeEnum):
    """What kind of body an organisation is.

    The five socio-political organisations (tổ chức chính trị - xã hội) beside the MTTQ, the
    mass associations (hội quần chúng), state bodies, and anything else.
    """

    MTTQ = "mttq", "Mặt trận Tổ quốc Việt Nam", "MTTQ"
    CONG_DOAN = "cong-doan", "Công đoàn Việt Nam", "Công đoàn"
    DOAN_TN = "doan-thanh-nien", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"
    HOI_LHPN = "hoi-phu-nu", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội LHPN"
    HOI_ND = "hoi-nong-dan", "Hội Nông dân Việt Nam", "Hội Nông dân"
    HOI_CCB = "hoi-cuu-chien-binh", "Hội Cựu chiến binh", "Hội CCB"
    MASS_ASSOCIATION = "mass-association", "hội quần chúng"
    STATE = "state", "cơ quan nhà nước"
    OTHER = "other", "tổ chức khác"


class Rating(CodeEnum):
    """The yearly quality rating of a person or a collective (xếp loại chất lượng).

    The four levels used by Decree 98/2023/NĐ-CP, Decree 152/2025/NĐ-CP and QĐ 366-QĐ/TW.
    """

    HTXSNV = "htxsnv", "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"
    HTTNV = "httnv", "Hoàn thành tốt nhiệm vụ", "HTTNV"
    HTNV = "htnv", "Hoàn thành nhiệm vụ", "HTNV"
    KHTNV = "khtnv", "Không hoàn thành nhiệm vụ", "KHTNV"
