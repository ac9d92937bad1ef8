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
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Self

from mttq.errors import UnknownCodeError

__all__ = ["CodeEnum", "Level", "OrgKind", "Rating"]


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
