"""Document references: ``82/HD-MTTW-BTT``, ``98/2023/NĐ-CP``, ``124-QĐ/TW``.

A :class:`DocumentRef` is the number and symbol (số, ký hiệu) of a document, in one of the three
grammars used in this domain:

- ``"state"``: administrative documents, Nghị định 30/2020/NĐ-CP (công tác văn thư), Phụ lục I:
  ``{n}/{TYPE}-{ISSUER}[-{UNIT}]`` (``82/HD-MTTW-BTT``, ``1306/QĐ-UBND``) and, for a công văn,
  which has no type abbreviation, ``{n}/{ISSUER}-{UNIT}`` (``1121/TTg-QHĐP``);
- ``"legal"``: legal normative documents, whose number carries the year:
  ``{n}/{yyyy}/{TYPE}-{ISSUER}`` (``98/2023/NĐ-CP``, ``01/2024/TT-BNV``) and, for laws and
  resolutions of the National Assembly, ``{n}/{yyyy}/{ISSUER}`` where the issuer carries the
  legislature's term (``06/2022/QH15``, ``202/2025/QH15``, ``76/2025/UBTVQH15``);
- ``"party"``: Party documents, Hướng dẫn 36-HD/VPTW of 3 April 2018 of the Party Central
  Office: ``{n}-{TYPE}/{ISSUER}[-{UNIT}]`` with a hyphen before the type and a slash before the
  issuer (``124-QĐ/TW``, ``138-KH/TU``, ``42-HD/TWTN-BKT``).

The mass organisations follow one or the other: the MTTQ and the trade unions write state style,
the Youth Union and the Farmers' Union Party style.

    >>> from mttq.documents import DocumentRef
    >>> ref = DocumentRef.parse("Số: 82/HD-MTTW-BTT")
    >>> ref.number, ref.doc_type, ref.issuer, ref.style
    ('82', 'HD', 'MTTW-BTT', 'state')
    >>> str(DocumentRef.parse("98/2023/NĐ-CP")), DocumentRef.parse("Số 124-QĐ/TW").style
    ('98/2023/NĐ-CP', 'party')
    >>> [str(r) for r in DocumentRef.find_all("theo Quy định số 124-QĐ/TW và Luật 06/2022/QH15.")]
    ['124-QĐ/TW', '06/2022/QH15']

Reading rules and decisions:

- The word ``Số`` with or without a colon may precede the reference (Decree 30/2020 writes
  ``Số:``, the Party sample ``Số`` without one), and surrounding spaces are ignored. Inside the
  reference no spaces are allowed. Text is NFC-normalised and U+00D0 ``Ð`` is read as ``Đ``.
- The number is kept as written (``"06"``; Decree 30/2020 pads numbers below 10 with a zero).
- In the state grammar the first group of the symbol is the document type only when it is one of
  the abbreviations of Decree 30/2020, Phụ lục III (:data:`STATE_DOC_TYPES`); otherwise the
  reference is a công văn and the whole symbol is the issuer (``TTg-QHĐP``).
- Every group of a symbol starts with a capital letter (``TTg``, ``QyĐ`` keep their small
  letters).
- Joint documents with a second slash (``19/2008/NQLT/CP-UBTUMTTQVN``,
  ``01/QCPH/UBND-UBMTTQ``) are not read.
- :meth:`DocumentRef.parse` raises :class:`~mttq.errors.ParseError`;
  :meth:`DocumentRef.is_valid` never raises (the python-stdnum contract).

Sources:
    Nghị định 30/2020/NĐ-CP (công tác văn thư), Phụ lục I and III [S77, S78]; Hướng dẫn
    36-HD/VPTW (03/04/2018) [S83]; the symbols of the MTTQ, the Youth Union and the Farmers'
    Union as they write them [S22, S45, S58].
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date as date_type
from types import MappingProxyType
from typing import Literal, Self

import attrs

from mttq.errors import InvalidValueError, MttqError, ParseError, UnknownCodeError
from mttq.vi.dates import format_date

__all__ = [
    "LEGAL_DOC_TYPES",
    "PARTY_DOC_TYPES",
    "STATE_DOC_TYPES",
    "DocStyle",
    "DocumentRef",
    "cite",
    "doc_type_name",
]

DocStyle = Literal["state", "legal", "party"]
"""The three grammars of document references."""

_STYLES = ("state", "legal", "party")

STATE_DOC_TYPES: Mapping[str, str] = MappingProxyType(
    {
        # Nghị định 30/2020/NĐ-CP, Phụ lục III (abbreviations of administrative document types).
        "NQ": "Nghị quyết",
        "QĐ": "Quyết định",
        "CT": "Chỉ thị",
        "QC": "Quy chế",
        "QyĐ": "Quy định",
        "TC": "Thông cáo",
        "TB": "Thông báo",
        "HD": "Hướng dẫn",
        "CTr": "Chương trình",
        "KH": "Kế hoạch",
        "PA": "Phương án",
        "ĐA": "Đề án",
        "DA": "Dự án",
        "BC": "Báo cáo",
        "BB": "Biên bản",
        "TTr": "Tờ trình",
        "HĐ": "Hợp đồng",
        "CĐ": "Công điện",
        "BGN": "Bản ghi nhớ",
        "BTT": "Bản thỏa thuận",
        "GUQ": "Giấy ủy quyền",
        "GM": "Giấy mời",
        "GGT": "Giấy giới thiệu",
        "GNP": "Giấy nghỉ phép",
        "PG": "Phiếu gửi",
        "PC": "Phiếu chuyển",
        "PB": "Phiếu báo",
    }
)
"""Document types of the state grammar (Nghị định 30/2020/NĐ-CP, Phụ lục III).

The abbreviations are checked against the appendix [S77]; of the full names, QyĐ, CTr, TTr, CĐ
and BTT were checked too, the others are the appendix's usual names and were not cross-checked
against the decree's text.
"""

LEGAL_DOC_TYPES: Mapping[str, str] = MappingProxyType(
    {
        # The types in the legal normative examples of practice (NĐ-CP, TT-BNV, QĐ-UBND, NQ).
        "NĐ": "Nghị định",
        "TT": "Thông tư",
        "QĐ": "Quyết định",
        "NQ": "Nghị quyết",
    }
)
"""Document types seen in legal normative references (``98/2023/NĐ-CP``, ``01/2024/TT-BNV``)."""

PARTY_DOC_TYPES: Mapping[str, str] = MappingProxyType(
    {
        # Hướng dẫn 36-HD/VPTW (2018); CV, KL, TB, ĐA named in practice, KH as in "Kế hoạch số
        # 138-KH/TU". "QĐ" is left out on purpose: Party documents numbered "-QĐ/" are Quy định
        # (124-QĐ/TW) as well as Quyết định, so the kind must be given.
        "NQ": "Nghị quyết",
        "CT": "Chỉ thị",
        "KL": "Kết luận",
        "TB": "Thông báo",
        "HD": "Hướng dẫn",
        "KH": "Kế hoạch",
        "ĐA": "Đề án",
        "TTr": "Tờ trình",
        "CV": "Công văn",
    }
)
"""Document types of the Party grammar with an unambiguous name."""

_TYPE_TABLES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"state": STATE_DOC_TYPES, "legal": LEGAL_DOC_TYPES, "party": PARTY_DOC_TYPES}
)

# A group of a symbol: a letter, then letters and digits; possessive, so never backtracks.
_G = r"[^\W\d_][^\W_]*+"
_SYMBOL = rf"{_G}(?:-{_G})*+"
_NUM = r"[0-9]{1,6}"
_LEGAL = re.compile(rf"(?P<num>{_NUM})/(?P<year>[0-9]{{4}})/(?P<sym>{_SYMBOL})")
_STATE = re.compile(rf"(?P<num>{_NUM})/(?P<sym>{_SYMBOL})")
_PARTY = re.compile(rf"(?P<num>{_NUM})-(?P<type>{_G})/(?P<sym>{_SYMBOL})")
_GROUP = re.compile(_G)
_ISSUER = re.compile(_SYMBOL)
_NUMBER = re.compile(_NUM)
_PREFIX = re.compile(r"(?i:số)\s*+:?\s*+")
# A candidate reference in running text; one followed by "/" is part of a joint reference.
_FIND = re.compile(
    rf"(?<![\w/.-])[0-9]{{1,6}}"
    rf"(?:/[0-9]{{4}}/{_SYMBOL}|/{_SYMBOL}|-{_G}/{_SYMBOL})(?!/)"
)
_MAX_LEN = 100


def _capital_groups(symbol: str) -> bool:
    """Tell whether every hyphen-separated group of ``symbol`` starts with a capital."""
    return all(group[:1].isupper() for group in symbol.split("-"))


def _clean(text: str) -> str:
    """NFC-normalise ``text``, read U+00D0 as Đ and NBSP as a space."""
    text = unicodedata.normalize("NFC", text)
    return text.replace("\u00d0", "\u0110").replace("\u00a0", " ")


def _check_str(field: str, value: object, pattern: re.Pattern[str], reason: str) -> None:
    """Refuse ``value`` unless it is a str that ``pattern`` matches in full."""
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise InvalidValueError(field, value, reason)


@attrs.frozen(kw_only=True)
class DocumentRef:
    """The number and symbol of a document (số và ký hiệu văn bản).

    Attributes:
        number: the running number as written (``"82"``, ``"06"``).
        year: the year in a legal normative reference (``98/2023/NĐ-CP``), else None.
        doc_type: the type abbreviation (``"HD"``, ``"NĐ"``, ``"QĐ"``), or None for a state
            công văn and for a law or resolution of the National Assembly.
        issuer: the issuer and optional drafting unit (``"MTTW-BTT"``, ``"CP"``, ``"QH15"``).
        style: ``"state"``, ``"legal"`` or ``"party"``.

    The constructor refuses fields that would not round-trip through :meth:`parse` (a state
    reference without a type whose issuer starts with a type abbreviation, for example).

    Examples:
        >>> ref = DocumentRef(number="124", doc_type="QĐ", issuer="TW", style="party")
        >>> str(ref)
        '124-QĐ/TW'
        >>> DocumentRef.parse(str(ref)) == ref
        True
    """

    number: str
    year: int | None = None
    doc_type: str | None = None
    issuer: str
    style: DocStyle

    def __attrs_post_init__(self) -> None:
        """Check the fields and how they fit together."""
        _check_str("number", self.number, _NUMBER, "expected 1 to 6 digits")
        if not self.number.strip("0"):
            raise InvalidValueError("number", self.number, "a document number is never zero")
        if self.style not in _STYLES:
            raise InvalidValueError("style", self.style, "expected state, legal or party")
        _check_str("issuer", self.issuer, _ISSUER, "expected groups of letters joined by '-'")
        if not _capital_groups(self.issuer):
            raise InvalidValueError(
                "issuer", self.issuer, "each group must start with a capital letter"
            )
        if self.doc_type is not None:
            _check_str("doc_type", self.doc_type, _GROUP, "expected one group of letters")
            if not self.doc_type[:1].isupper():
                raise InvalidValueError(
                    "doc_type", self.doc_type, "must start with a capital letter"
                )
        self._check_style()

    def _check_style(self) -> None:
        """Check the fields that depend on the grammar."""
        if self.style == "legal":
            if (
                not isinstance(self.year, int)
                or isinstance(self.year, bool)
                or not 1000 <= self.year <= 9999
            ):
                raise InvalidValueError("year", self.year, "a legal reference needs a 4-digit year")
            if self.doc_type is None and "-" in self.issuer:
                raise InvalidValueError(
                    "issuer", self.issuer, "without a doc_type the issuer is a single group"
                )
            return
        if self.year is not None:
            raise InvalidValueError("year", self.year, f"a {self.style} reference has no year")
        if self.style == "party":
            if self.doc_type is None:
                raise InvalidValueError("doc_type", None, "a Party reference needs a type")
            return
        if self.doc_type is not None and self.doc_type not in STATE_DOC_TYPES:
            raise InvalidValueError(
                "doc_type", self.doc_type, "not a type of Decree 30/2020, Phụ lục III"
            )
        if self.doc_type is None and self.issuer.split("-", 1)[0] in STATE_DOC_TYPES:
            raise InvalidValueError(
                "issuer", self.issuer, "starts with a document type: set doc_type instead"
            )

    def __str__(self) -> str:
        """Return the canonical form, such as ``82/HD-MTTW-BTT``."""
        symbol = self.issuer if self.doc_type is None else f"{self.doc_type}-{self.issuer}"
        if self.style == "party":
            return f"{self.number}-{self.doc_type}/{self.issuer}"
        if self.style == "legal":
            return f"{self.number}/{self.year}/{symbol}"
        return f"{self.number}/{symbol}"

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read a reference in any of the three grammars, with or without ``Số``/``Số:``.

        Args:
            text: the reference, such as ``"Số: 82/HD-MTTW-BTT"`` or ``" 124-QĐ/TW "``.

        Returns:
            The reference.

        Raises:
            ParseError: if ``text`` is not a str or not a reference.

        Examples:
            >>> r = DocumentRef.parse("06/2022/QH15")
            >>> r.year, r.doc_type, r.issuer, r.style
            (2022, None, 'QH15', 'legal')
            >>> DocumentRef.parse("1121/TTg-QHĐP").doc_type is None
            True
        """
        if not isinstance(text, str):
            raise ParseError("document reference", text, "expected a string")
        if len(text) > _MAX_LEN:
            raise ParseError("document reference", text, f"longer than {_MAX_LEN} characters")
        clean = _clean(text).strip()
        if (prefix := _PREFIX.match(clean)) is not None:
            clean = clean[prefix.end() :]
        try:
            return cls._from_clean(clean)
        except InvalidValueError as exc:
            raise ParseError("document reference", text, exc.reason) from None
        except ParseError:
            raise ParseError("document reference", text, _GRAMMARS) from None

    @classmethod
    def _from_clean(cls, clean: str) -> Self:
        """Read a cleaned reference without its prefix."""
        if (m := _LEGAL.fullmatch(clean)) is not None:
            doc_type, issuer = _split_type(m["sym"])
            return cls(
                number=m["num"], year=int(m["year"]), doc_type=doc_type, issuer=issuer,
                style="legal",
            )  # fmt: skip
        if (m := _PARTY.fullmatch(clean)) is not None:
            return cls(number=m["num"], doc_type=m["type"], issuer=m["sym"], style="party")
        if (m := _STATE.fullmatch(clean)) is not None:
            doc_type, issuer = _split_type(m["sym"])
            if doc_type is not None and doc_type not in STATE_DOC_TYPES:
                doc_type, issuer = None, m["sym"]
            if doc_type is None and issuer in STATE_DOC_TYPES:
                raise InvalidValueError("issuer", None, f"{issuer!r} is a type without an issuer")
            return cls(number=m["num"], doc_type=doc_type, issuer=issuer, style="state")
        raise ParseError("document reference", clean, _GRAMMARS)

    @classmethod
    def is_valid(cls, text: object) -> bool:
        """Tell whether ``text`` is a reference :meth:`parse` reads; never raises.

        Examples:
            >>> DocumentRef.is_valid("98/2023/NĐ-CP"), DocumentRef.is_valid("98/2023"), DocumentRef.is_valid(None)
            (True, False, False)
        """  # noqa: E501
        try:
            cls.parse(text)  # type: ignore[arg-type]
        except MttqError:
            return False
        return True

    @classmethod
    def find_all(cls, text: str) -> tuple[Self, ...]:
        """Find every reference in a paragraph, in order.

        Args:
            text: any text.

        Returns:
            The references, in the order they occur (repeats kept).

        Raises:
            ParseError: if ``text`` is not a str.

        Examples:
            >>> refs = DocumentRef.find_all(
            ...     "theo Quy định số 124-QĐ/TW, ngày 02 tháng 02 năm 2018 của Ban Bí thư và "
            ...     "Kế hoạch số 138-KH/TU, ngày 05 tháng 7 năm 2018"
            ... )
            >>> [str(r) for r in refs]
            ['124-QĐ/TW', '138-KH/TU']
        """
        if not isinstance(text, str):
            raise ParseError("document references", text, "expected a string")
        found = []
        for match in _FIND.finditer(_clean(text)):
            try:
                found.append(cls._from_clean(match.group()))
            except MttqError:
                continue
        return tuple(found)

    def cite(
        self,
        *,
        kind: str | None = None,
        date: date_type | None = None,
        issuer_name: str | None = None,
        title: str | None = None,
    ) -> str:
        """Write a citation such as ``Quy định số 124-QĐ/TW, ngày 02 tháng 02 năm 2018 của Ban Bí thư``.

        Same as :func:`cite`.

        Examples:
            >>> DocumentRef.parse("98/2023/NĐ-CP").cite(issuer_name="Chính phủ")
            'Nghị định số 98/2023/NĐ-CP của Chính phủ'
        """  # noqa: E501
        return cite(self, kind=kind, date=date, issuer_name=issuer_name, title=title)


_GRAMMARS = "expected n/TYPE-ISSUER, n/yyyy/TYPE-ISSUER, n/yyyy/QHxx or n-TYPE/ISSUER"


def _split_type(symbol: str) -> tuple[str | None, str]:
    """Split ``TYPE-ISSUER`` into its type and issuer; a single group is an issuer."""
    head, sep, rest = symbol.partition("-")
    return (head, rest) if sep else (None, symbol)


def doc_type_name(code: str, *, style: DocStyle = "state") -> str:
    """Return the Vietnamese name of a document type abbreviation.

    Args:
        code: the abbreviation (``"NĐ"``, ``"HD"``, ``"QyĐ"``).
        style: the grammar whose table to use: ``"state"`` (Decree 30/2020, Phụ lục III),
            ``"legal"`` or ``"party"``.

    Returns:
        The name with a capital first letter (``"Nghị định"``).

    Raises:
        UnknownCodeError: if the table of ``style`` does not know ``code`` (a Party ``QĐ`` is
            unknown on purpose: it is a Quy định or a Quyết định).
        InvalidValueError: if ``style`` is not one of the three grammars.

    Examples:
        >>> doc_type_name("HD"), doc_type_name("NĐ", style="legal"), doc_type_name("KH", style="party")
        ('Hướng dẫn', 'Nghị định', 'Kế hoạch')
    """  # noqa: E501
    table = _TYPE_TABLES.get(style) if isinstance(style, str) else None
    if table is None:
        raise InvalidValueError("style", style, "expected state, legal or party")
    if isinstance(code, str) and (name := table.get(_clean(code).strip())) is not None:
        return name
    raise UnknownCodeError(f"{style} document type", code, sorted(table))


def cite(
    ref: DocumentRef,
    *,
    kind: str | None = None,
    date: date_type | None = None,
    issuer_name: str | None = None,
    title: str | None = None,
) -> str:
    """Write a citation of a document, as in reports and news.

    The parts are ``{kind} số {ref}[, ngày … tháng … năm …][ của {issuer_name}][ {title}]``,
    the date in the Decree 30/2020 style.

    Args:
        ref: the reference.
        kind: the kind word (``"Quy định"``); by default the name of ``ref.doc_type`` in the
            table of its grammar, or ``"Công văn"`` for a state reference without a type.
        date: the date of issue (a datetime is read as its date).
        issuer_name: the issuer in words (``"Ban Bí thư"``).
        title: the rest of the title, written after one space as given (``"về ..."``).

    Returns:
        The citation.

    Raises:
        InvalidValueError: if ``ref`` is not a DocumentRef, a part has the wrong type, or no
            ``kind`` is given where the type does not name one (a Party ``QĐ``, a law).

    Examples:
        >>> from datetime import date
        >>> ref = DocumentRef.parse("124-QĐ/TW")
        >>> cite(ref, kind="Quy định", date=date(2018, 2, 2), issuer_name="Ban Bí thư")
        'Quy định số 124-QĐ/TW, ngày 02 tháng 02 năm 2018 của Ban Bí thư'
        >>> cite(DocumentRef.parse("1121/TTg-QHĐP"))
        'Công văn số 1121/TTg-QHĐP'
    """
    if not isinstance(ref, DocumentRef):
        raise InvalidValueError("ref", ref, "expected a DocumentRef")
    for field, value in (("kind", kind), ("issuer_name", issuer_name), ("title", title)):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InvalidValueError(field, value, "expected a non-empty string")
    if kind is None:
        if ref.doc_type is None:
            if ref.style != "state":
                raise InvalidValueError("kind", None, f"{ref} names no document type: pass kind=")
            kind = "Công văn"
        else:
            kind = _TYPE_TABLES[ref.style].get(ref.doc_type)
            if kind is None:
                raise InvalidValueError(
                    "kind", None, f"the type {ref.doc_type!r} of {ref} has no default name"
                )
    text = f"{_tidy(kind)} số {ref}"
    if date is not None:
        text += ", " + format_date(date, style="admin")
    if issuer_name is not None:
        text += f" của {_tidy(issuer_name)}"
    if title is not None:
        text += f" {_tidy(title)}"
    return text


def _tidy(text: str) -> str:
    """NFC-normalise ``text`` and collapse its spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split())
