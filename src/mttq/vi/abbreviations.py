"""The abbreviations of the MTTQ system, the State, the Party and emulation work, expanded.

The table holds the abbreviations in common use in documents and reports of the Mặt trận Tổ
quốc Việt Nam and the socio-political (chính trị - xã hội) organisations; each entry's
``source`` names the document that defines it or a page where it is attested:

* the document-type codes and copy codes of Decree 30/2020/NĐ-CP on clerical work
  (Nghị định 30/2020/NĐ-CP, Appendix III, in force 5 March 2020) and the signing marks of its
  Appendix I (``TM.``, ``KT.``, ``TL.``, ``TUQ.``, ``Q.``);
* the Party document codes of Hướng dẫn 36-HD/VPTW (3 April 2018);
* the organisations, bodies and titles (``MTTQ``, ``UBND``, ``HĐND``, ``LĐLĐ``, ``UVTV``...);
* the titles and forms of commendation of the Law on Emulation and Commendation
  (Luật Thi đua, khen thưởng 06/2022/QH15, Arts. 19-20) and the grades of the annual review.

Some codes have more than one meaning (``BTT`` is the standing board, Ban Thường trực, and a
document type, bản thỏa thuận; ``CĐ`` is Công đoàn and công điện; ``TU`` is Tỉnh ủy and also
Thành ủy): :func:`expand` gives the first, :attr:`Abbreviation.other_expansions` the rest.

:func:`expand` matches the code as written first (case-sensitive, NFC, ``Ð`` read as ``Đ``, a
final dot optional), then a folded match (:func:`mttq.vi.text.fold`: case and accents
ignored) when that names exactly one entry; otherwise it raises
:class:`~mttq.errors.UnknownCodeError` with the closest codes.

Examples:
    >>> expand("UBND")
    'Ủy ban nhân dân'
    >>> expand("hdnd")
    'Hội đồng nhân dân'
    >>> lookup("BTT").other_expansions
    ('bản thỏa thuận',)
    >>> [a.code for a in find_abbreviations("UBMTTQ tỉnh và LĐLĐ tỉnh được tặng Bằng khen")]
    ['UBMTTQ', 'LĐLĐ']

Sources:
    Nghị định 30/2020/NĐ-CP, Phụ lục I and III [S77, S78]; Hướng dẫn 36-HD/VPTW (03/04/2018)
    [S83]; Luật Thi đua, khen thưởng 06/2022/QH15, Điều 19-20 [S79]; the document symbols of
    the UBTWMTTQ (82/HD-MTTW-BTT) [S22]; elsewhere standard usage, with an attested example
    where one was found [S45, S62b, S76].
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, get_args

import attrs

from mttq.errors import MAX_SUGGESTION_KEY, InvalidValueError, UnknownCodeError, closest
from mttq.vi.text import fold

__all__ = [
    "Abbreviation",
    "AbbreviationCategory",
    "abbreviations",
    "expand",
    "find_abbreviations",
    "lookup",
]

AbbreviationCategory = Literal[
    "front", "organisation", "state", "party", "emulation", "document", "signing"
]
"""The group an abbreviation belongs to."""


_CATEGORIES: tuple[str, ...] = get_args(AbbreviationCategory)


def _clean(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(field, value, f"must be a str, not {type(value).__name__}")
    if not value.strip():
        raise InvalidValueError(field, value, "must not be empty")
    return unicodedata.normalize("NFC", value)


def _to_code(value: str) -> str:
    return _clean("code", value)


def _to_expansion(value: str) -> str:
    return _clean("expansion", value)


def _to_source(value: str) -> str:
    return _clean("source", value)


def _to_others(value: tuple[str, ...]) -> tuple[str, ...]:
    if not isinstance(value, (tuple, list)):
        raise InvalidValueError("other_expansions", value, "must be a tuple of str")
    return tuple(_clean("other_expansions", item) for item in value)


def _category(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if value not in _CATEGORIES:
        raise InvalidValueError(attribute.name, value, f"must be one of {', '.join(_CATEGORIES)}")


@attrs.frozen(kw_only=True)
class Abbreviation:
    """One abbreviation and what it stands for.

    Attributes:
        code: the abbreviation as written (``"UBND"``, ``"CT-XH"``, ``"QyĐ"``).
        expansion: the full Vietnamese form, in the case used mid-sentence.
        other_expansions: further meanings of the same code, if any.
        category: the group it belongs to.
        source: where the abbreviation and its meaning are recorded.

    The text fields must be non-empty strings (stored in NFC) and ``category`` one of
    :data:`AbbreviationCategory`; anything else raises :class:`~mttq.errors.InvalidValueError`.

    Examples:
        >>> lookup("CSTĐ")
        Abbreviation(code='CSTĐ', expansion='Chiến sĩ thi đua', ...)
    """

    code: str = attrs.field(converter=_to_code)
    expansion: str = attrs.field(converter=_to_expansion)
    other_expansions: tuple[str, ...] = attrs.field(default=(), converter=_to_others)
    category: AbbreviationCategory = attrs.field(validator=_category)
    source: str = attrs.field(converter=_to_source)


_PRACTICE = "standard usage"
_FRONT = "document symbols of the UBTWMTTQ, e.g. 82/HD-MTTW-BTT [S22]"
_ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục III (document types)"
_ND30_COPY = "Nghị định 30/2020/NĐ-CP, Phụ lục III (copy types)"
_ND30_SIGN = "Nghị định 30/2020/NĐ-CP, Phụ lục I (signing marks) [S77][S78]"
_PARTY_DOC = "Hướng dẫn 36-HD/VPTW (2018), Party document types [S83]"
_LAW = "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 19-20 [S79]"

# (code, expansion, other expansions, category, source)
_ROWS: tuple[tuple[str, str, tuple[str, ...], AbbreviationCategory, str], ...] = (
    # Mặt trận
    ("MTTQ", "Mặt trận Tổ quốc", (), "front", _PRACTICE),
    ("MTTQVN", "Mặt trận Tổ quốc Việt Nam", (), "front", _PRACTICE),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc", (), "front", _PRACTICE),
    ("UBTWMTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", (), "front", _PRACTICE),
    ("UBTƯ MTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", (), "front", _PRACTICE),
    ("MTTW", "Mặt trận Trung ương", (), "front", _FRONT),
    ("BTT", "Ban Thường trực", ("bản thỏa thuận",), "front", _FRONT),
    ("ĐCT", "Đoàn Chủ tịch", (), "front", _PRACTICE),
    ("BCTMT", "Ban công tác Mặt trận", (), "front", _PRACTICE),
    # Organisations
    ("CT-XH", "chính trị - xã hội", (), "organisation", _PRACTICE),
    ("LĐLĐ", "Liên đoàn Lao động", (), "organisation", _PRACTICE),
    ("TLĐ", "Tổng Liên đoàn Lao động Việt Nam", (), "organisation", _PRACTICE),
    ("Tổng LĐLĐVN", "Tổng Liên đoàn Lao động Việt Nam", (), "organisation", _PRACTICE),
    ("CĐ", "Công đoàn", ("công điện",), "organisation", _PRACTICE),
    ("CĐCS", "công đoàn cơ sở", (), "organisation", _PRACTICE),
    ("HND", "Hội Nông dân", (), "organisation", _PRACTICE),
    ("HNDVN", "Hội Nông dân Việt Nam", (), "organisation", _PRACTICE),
    ("HCCB", "Hội Cựu chiến binh", (), "organisation", _PRACTICE),
    ("CCB", "cựu chiến binh", (), "organisation", _PRACTICE),
    ("HLHPN", "Hội Liên hiệp Phụ nữ", (), "organisation", _PRACTICE),
    ("LHPN", "Liên hiệp Phụ nữ", (), "organisation", _PRACTICE),
    ("ĐTN", "Đoàn Thanh niên", (), "organisation", _PRACTICE),
    ("ĐTNCS", "Đoàn Thanh niên Cộng sản", (), "organisation", _PRACTICE),
    ("Đoàn TNCS HCM", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", (), "organisation", _PRACTICE),
    ("ĐVTN", "đoàn viên thanh niên", (), "organisation", _PRACTICE),
    ("TWĐ", "Trung ương Đoàn", (), "organisation", _PRACTICE),
    ("TWTN", "Trung ương Đoàn", (), "organisation", _PRACTICE + "; in document symbols [S45]"),
    ("VUSTA", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", (), "organisation", _PRACTICE),
    # State
    ("HĐND", "Hội đồng nhân dân", (), "state", _PRACTICE),
    ("UBND", "Ủy ban nhân dân", (), "state", _PRACTICE),
    ("QH15", "Quốc hội khóa XV", (), "state", _PRACTICE),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội", (), "state", _PRACTICE),
    ("TTg", "Thủ tướng", (), "state", _PRACTICE),
    ("CP", "Chính phủ", (), "state", _PRACTICE),
    ("NĐ-CP", "Nghị định của Chính phủ", (), "state", _PRACTICE),
    ("BNV", "Bộ Nội vụ", (), "state", _PRACTICE),
    ("TT-BNV", "Thông tư của Bộ Nội vụ", (), "state", _PRACTICE),
    ("SNV", "Sở Nội vụ", (), "state", _PRACTICE),
    # Party
    ("TW", "Trung ương", (), "party", _PRACTICE),
    ("TƯ", "Trung ương", (), "party", _PRACTICE),
    ("BCH", "Ban Chấp hành", (), "party", _PRACTICE),
    ("BCT", "Bộ Chính trị", (), "party", _PRACTICE),
    ("BBT", "Ban Bí thư", (), "party", _PRACTICE),
    ("BTV", "Ban Thường vụ", (), "party", _PRACTICE),
    ("UVTV", "Ủy viên Thường vụ", (), "party", _PRACTICE),
    ("TU", "Tỉnh ủy", ("Thành ủy",), "party", _PRACTICE),
    ("HU", "Huyện ủy", (), "party", _PRACTICE),
    ("ĐU", "Đảng ủy", (), "party", _PRACTICE),
    ("VPTW", "Văn phòng Trung ương", (), "party", _PRACTICE),
    ("BTCTW", "Ban Tổ chức Trung ương", (), "party", _PRACTICE),
    ("BTGTU", "Ban Tuyên giáo Tỉnh ủy", (), "party", _PRACTICE + " [S62b]"),
    # Emulation and commendation
    ("TĐKT", "thi đua, khen thưởng", (), "emulation", _PRACTICE),
    ("HĐTĐKT", "Hội đồng Thi đua - Khen thưởng", (), "emulation", _PRACTICE),
    ("BTĐKT", "Ban Thi đua - Khen thưởng", (), "emulation", _PRACTICE),
    ("PTTĐ", "phong trào thi đua", (), "emulation", _PRACTICE),
    ("CVĐ", "cuộc vận động", (), "emulation", _PRACTICE),
    ("CSTĐ", "Chiến sĩ thi đua", (), "emulation", _LAW),
    ("LĐTT", "Lao động tiên tiến", (), "emulation", _LAW),
    ("TTLĐXS", "Tập thể lao động xuất sắc", (), "emulation", _LAW),
    ("TTLĐTT", "Tập thể lao động tiên tiến", (), "emulation", _PRACTICE),
    ("BK", "Bằng khen", (), "emulation", _PRACTICE),
    ("GK", "Giấy khen", (), "emulation", _PRACTICE),
    ("KNC", "Kỷ niệm chương", (), "emulation", _PRACTICE),
    ("HCLĐ", "Huân chương Lao động", (), "emulation", _PRACTICE),
    ("ĐHTT", "điển hình tiên tiến", (), "emulation", _PRACTICE),
    ("NTVT", "người tốt việc tốt", (), "emulation", _PRACTICE + " [S76]"),
    ("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", (), "emulation", _PRACTICE),
    ("HTTNV", "Hoàn thành tốt nhiệm vụ", (), "emulation", _PRACTICE),
    ("HTNV", "Hoàn thành nhiệm vụ", (), "emulation", _PRACTICE),
    ("KHTNV", "Không hoàn thành nhiệm vụ", (), "emulation", _PRACTICE),
    ("NTM", "nông thôn mới", (), "emulation", _PRACTICE),
    ("ĐTVM", "đô thị văn minh", (), "emulation", _PRACTICE),
    # Document types (NĐ 30/2020, Appendix III) and Party document codes
    ("NQ", "Nghị quyết", (), "document", _ND30),
    ("QĐ", "Quyết định", (), "document", _ND30),
    ("CT", "Chỉ thị", (), "document", _ND30),
    ("QC", "Quy chế", (), "document", _ND30),
    ("QyĐ", "Quy định", (), "document", _ND30),
    ("TC", "Thông cáo", (), "document", _ND30),
    ("TB", "Thông báo", (), "document", _ND30),
    ("HD", "Hướng dẫn", (), "document", _ND30),
    ("CTr", "Chương trình", (), "document", _ND30),
    ("KH", "Kế hoạch", (), "document", _ND30),
    ("PA", "Phương án", (), "document", _ND30),
    ("ĐA", "Đề án", (), "document", _ND30),
    ("DA", "Dự án", (), "document", _ND30),
    ("BC", "Báo cáo", (), "document", _ND30),
    ("BB", "Biên bản", (), "document", _ND30),
    ("TTr", "Tờ trình", (), "document", _ND30),
    ("HĐ", "Hợp đồng", (), "document", _ND30),
    ("BGN", "Bản ghi nhớ", (), "document", _ND30),
    ("GUQ", "Giấy ủy quyền", (), "document", _ND30),
    ("GM", "Giấy mời", (), "document", _ND30),
    ("GGT", "Giấy giới thiệu", (), "document", _ND30),
    ("GNP", "Giấy nghỉ phép", (), "document", _ND30),
    ("PG", "Phiếu gửi", (), "document", _ND30),
    ("PC", "Phiếu chuyển", (), "document", _ND30),
    ("PB", "Phiếu báo", (), "document", _ND30),
    ("SY", "Bản sao y", (), "document", _ND30_COPY),
    ("TrS", "Bản trích sao", (), "document", _ND30_COPY),
    ("SL", "Bản sao lục", (), "document", _ND30_COPY),
    ("CV", "Công văn", (), "document", _PARTY_DOC),
    ("KL", "Kết luận", (), "document", _PARTY_DOC),
    # Signing marks (written with a final dot)
    ("TM", "thay mặt", (), "signing", _ND30_SIGN),
    ("Q", "quyền", (), "signing", _ND30_SIGN),
    ("KT", "ký thay", (), "signing", _ND30_SIGN),
    ("TL", "thừa lệnh", (), "signing", _ND30_SIGN),
    ("TUQ", "thừa ủy quyền", (), "signing", _ND30_SIGN),
)

_TABLE: Mapping[str, Abbreviation] = MappingProxyType(
    {
        code: Abbreviation(
            code=code, expansion=expansion, other_expansions=others, category=category, source=src
        )
        for code, expansion, others, category, src in _ROWS
    }
)


def _build_folded() -> dict[str, tuple[str, ...]]:
    folded: dict[str, list[str]] = {}
    for code in _TABLE:
        folded.setdefault(fold(code), []).append(code)
    return {key: tuple(codes) for key, codes in folded.items()}


_FOLDED = _build_folded()
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def abbreviations() -> Mapping[str, Abbreviation]:
    """Return the whole table, code -> :class:`Abbreviation` (a read-only mapping).

    Examples:
        >>> table = abbreviations()
        >>> table["HĐND"].expansion, table["HĐND"].category
        ('Hội đồng nhân dân', 'state')
    """
    return _TABLE


def lookup(abbreviation: str) -> Abbreviation:
    """Find the entry of an abbreviation (exact match first, then a folded match).

    Args:
        abbreviation: the code as written, e.g. ``"LĐLĐ"``, ``"KT."``, ``"ubnd"``.

    Returns:
        The matching entry.

    Raises:
        InvalidValueError: ``abbreviation`` is not a ``str``.
        UnknownCodeError: no entry matches, or the folded form names several entries; the
            error suggests the closest codes.

    Examples:
        >>> lookup("KT.").expansion
        'ký thay'
        >>> lookup("UBMTTQ").source
        'standard usage'
    """
    if not isinstance(abbreviation, str):
        raise InvalidValueError(
            "abbreviation", abbreviation, f"must be a str, not {type(abbreviation).__name__}"
        )
    if len(abbreviation) > MAX_SUGGESTION_KEY:
        raise UnknownCodeError("abbreviation", abbreviation)
    text = " ".join(unicodedata.normalize("NFC", abbreviation).translate(_ETH).split())
    candidates = (text, text[:-1]) if text.endswith(".") else (text,)
    for candidate in candidates:
        entry = _TABLE.get(candidate)
        if entry is not None:
            return entry
    key = fold(text)
    codes = _FOLDED.get(key, ())
    if len(codes) == 1:
        return _TABLE[codes[0]]
    if not codes:
        close = closest(key, _FOLDED)
        codes = tuple(code for match in close for code in _FOLDED[match])
    raise UnknownCodeError("abbreviation", abbreviation, codes)


def expand(abbreviation: str) -> str:
    """Return the full Vietnamese form of an abbreviation.

    Args:
        abbreviation: the code as written; case and accents may differ when only one entry
            matches (``"ubnd"``, ``"LDLD"``).

    Returns:
        The expansion (the first meaning when the code has several).

    Raises:
        InvalidValueError: ``abbreviation`` is not a ``str``.
        UnknownCodeError: no entry matches (the error suggests the closest codes).

    Examples:
        >>> expand("CT-XH"), expand("UVTV"), expand("LDLD")
        ('chính trị - xã hội', 'Ủy viên Thường vụ', 'Liên đoàn Lao động')
        >>> expand("UBNDD")
        Traceback (most recent call last):
        ...
        mttq.errors.UnknownCodeError: unknown abbreviation 'UBNDD'; did you mean: 'UBND'...?
    """
    return lookup(abbreviation).expansion


def _build_finder() -> re.Pattern[str]:
    codes = sorted(_TABLE, key=len, reverse=True)
    signing = "|".join(re.escape(c) + r"\." for c in codes if _TABLE[c].category == "signing")
    others = "|".join(re.escape(c) for c in codes if _TABLE[c].category != "signing")
    return re.compile(rf"(?<![\w.])(?:(?:{signing})|(?:{others})(?![\w]))")


_FINDER = _build_finder()


def find_abbreviations(text: str) -> tuple[Abbreviation, ...]:
    """Find the known abbreviations written in ``text``, in order of first appearance.

    Matches are case-sensitive and whole words (the longest code wins, so ``NĐ-CP`` is found
    rather than ``CP``); signing marks count only with their dot (``KT.``).

    Args:
        text: any text.

    Returns:
        The entries found, each once.

    Raises:
        InvalidValueError: ``text`` is not a ``str``.

    Examples:
        >>> [a.code for a in find_abbreviations("KT. CHỦ TỊCH UBND, theo 98/2023/NĐ-CP")]
        ['KT', 'UBND', 'NĐ-CP']
    """
    if not isinstance(text, str):
        raise InvalidValueError("text", text, f"must be a str, not {type(text).__name__}")
    text = unicodedata.normalize("NFC", text).translate(_ETH)
    found: dict[str, Abbreviation] = {}
    for match in _FINDER.finditer(text):
        code = match.group().rstrip(".")
        found.setdefault(code, _TABLE[code])
    return tuple(found.values())
