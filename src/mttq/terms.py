"""Terms (nhiệm kỳ, khóa), congresses (Đại hội lần thứ N) and reporting periods.

* :class:`Term` is a congress term: ``nhiệm kỳ 2021-2026``, optionally with its ordinal
  (``khóa XV``). :meth:`Term.parse` reads hyphens, en dashes and spaces (``2022 – 2027``) and
  the prefixes ``nhiệm kỳ``/``NK``/``khóa``. **A khóa without years** (``Tỉnh ủy khóa XIV``) is
  a valid :class:`Term` with only ``ordinal`` set: it labels as ``khóa XIV`` and cannot answer
  :meth:`Term.contains` (which needs years), because the years of a numbered term depend on
  the body.
* :class:`Congress` is one congress of one organisation at one level, with its term and, where
  a source gives them, its days. :data:`CONGRESSES` holds the national congresses checked in
  the press (MTTQ X 2024-2029 and XI 2026-2031, Đoàn XII/XIII, Hội LHPN XIII/XIV, Hội
  Nông dân VIII, Công đoàn XIII/XIV, Hội CCB VII/VIII, and the term before each; see
  :mod:`mttq.data.congresses`); :data:`PROVINCIAL_CONGRESSES` holds provincial examples,
  including the 2025 restart where a merged province numbers its congress ``lần thứ I``.
  :func:`congress_in_force` / :func:`term_in_force` answer "which term is in force for this
  organisation on this date".
* :class:`Period` is a reporting period: a year, a quarter, a half-year or a school year, with
  the labels of Vietnamese reports (``năm 2021``, ``quý I/2024``, ``6 tháng đầu năm 2024``,
  ``năm học 2024-2025``). A school year is taken to run from 1 September to 31 August: a
  convention of this library (the Ministry of Education sets each year's calendar), kept in
  :data:`SCHOOL_YEAR_START_MONTH`.

A day asked about (``on=``, :meth:`Period.contains`, :meth:`Period.quarter_of`,
:meth:`Term.contains`) may be a datetime, read as its calendar date; a stored day
(:attr:`Congress.opened_on`, :attr:`Congress.closed_on`) must be a plain date (see
:mod:`mttq.geo`).

Examples:
    >>> from datetime import date
    >>> Term.parse("nhiệm kỳ 2022 – 2027").label()
    'nhiệm kỳ 2022-2027'
    >>> Term.parse("khóa XIV").label()
    'khóa XIV'
    >>> term_in_force(OrgKind.HOI_CCB, on=date(2024, 6, 1)).label()
    'nhiệm kỳ 2022-2027'
    >>> Period.quarter(2024, 1).label(), Period.half(2024, 2).label()
    ('quý I/2024', '6 tháng cuối năm 2024')

Sources:
    The press reports of each congress, cited per row by page id ([S48]-[S72] on the Sources
    page; see :mod:`mttq.data.congresses`); QĐ 221/QĐ-MTTW-BTT (2015) and QĐ 222/QĐ-MTTW
    (2020) for the MTTQ terms 2014-2019 and 2019-2024.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Final, Self

import attrs

from mttq.codes import CodeEnum, Level, OrgKind
from mttq.data import congresses as _data
from mttq.errors import MAX_SUGGESTION_KEY, InvalidValueError, ParseError
from mttq.geo import as_date, match_key, nfc, typed
from mttq.geo import province as _province
from mttq.organisations import place_phrase
from mttq.vi.roman import from_roman, to_roman
from mttq.vi.text import fold

__all__ = [
    "CONGRESSES",
    "PROVINCIAL_CONGRESSES",
    "SCHOOL_YEAR_START_MONTH",
    "Congress",
    "Period",
    "PeriodKind",
    "Term",
    "congress_in_force",
    "term_in_force",
]

#: The month a school year (năm học) starts in: a convention, see the module docstring.
SCHOOL_YEAR_START_MONTH: Final = 9

_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2200
_MAX_ORDINAL: Final = 3999


def _check_int(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, "must be an int")
    if not low <= value <= high:
        raise InvalidValueError(field, value, f"must be between {low} and {high}")
    return value


def _year(field: str, value: object) -> int:
    return _check_int(field, value, _MIN_YEAR, _MAX_YEAR)


def _optional_year(_: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None:
        _year(attribute.name, value)


def _optional_ordinal(_: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None:
        _check_int(attribute.name, value, 1, _MAX_ORDINAL)


# --------------------------------------------------------------------------- Term

_TERM_YEARS = re.compile(r"(\d{4})\s*[-\u2010-\u2015\u2212]?\s*(\d{4})")
_TERM_WORDS = re.compile(r"^(?:nhiem ky|nk|khoa|,|\s)*$")


@attrs.frozen(kw_only=True)
class Term:
    """A congress term: its years and, optionally, its ordinal (khóa).

    Attributes:
        start_year: the year the term starts (``None`` only for a khóa given without years).
        end_year: the year it ends, after ``start_year``.
        ordinal: the khóa number (``15`` for ``khóa XV``), if known.

    Raises:
        InvalidValueError: one year without the other, ``end_year <= start_year``, years
            outside 1900-2200, an ordinal outside 1-3999, or neither years nor ordinal.

    Examples:
        >>> Term(start_year=2021, end_year=2026).label()
        'nhiệm kỳ 2021-2026'
        >>> Term(start_year=2021, end_year=2026, ordinal=15).label()
        'khóa XV, nhiệm kỳ 2021-2026'
    """

    start_year: int | None = attrs.field(default=None, validator=_optional_year)
    end_year: int | None = attrs.field(default=None, validator=_optional_year)
    ordinal: int | None = attrs.field(default=None, validator=_optional_ordinal)

    def __attrs_post_init__(self) -> None:
        if (self.start_year is None) != (self.end_year is None):
            raise InvalidValueError(
                "end_year" if self.end_year is None else "start_year",
                None,
                "a term needs both its first and its last year",
            )
        if self.start_year is None and self.ordinal is None:
            raise InvalidValueError("ordinal", None, "a term needs its years or its ordinal")
        if (
            self.start_year is not None
            and self.end_year is not None
            and self.end_year <= self.start_year
        ):
            raise InvalidValueError(
                "end_year", self.end_year, f"must be after start_year {self.start_year}"
            )

    def years_label(self) -> str:
        """The years alone, ``2021-2026`` (empty for a khóa without years).

        Examples:
            >>> Term(start_year=2021, end_year=2026).years_label()
            '2021-2026'
        """
        if self.start_year is None:
            return ""
        return f"{self.start_year}-{self.end_year}"

    def label(self) -> str:
        """``nhiệm kỳ 2021-2026``; ``khóa XV, nhiệm kỳ 2021-2026``; ``khóa XIV``.

        Examples:
            >>> Term(ordinal=14).label()
            'khóa XIV'
        """
        parts = []
        if self.ordinal is not None:
            parts.append(f"khóa {to_roman(self.ordinal)}")
        if self.start_year is not None:
            parts.append(f"nhiệm kỳ {self.years_label()}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return self.label()

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read a term: ``2021-2026``, ``nhiệm kỳ 2022 – 2027``, ``khóa XIV``, ``NK 2021-2026``.

        Case, accents and tone placement are ignored; the years may be joined by a hyphen, an
        en or em dash, or only spaces. A khóa may be a Roman or an Arabic numeral.

        Raises:
            ParseError: the text is not a term (or has words other than the prefixes).

        Examples:
            >>> Term.parse("2022 – 2027") == Term(start_year=2022, end_year=2027)
            True
            >>> Term.parse("Khoá XV, nhiệm kỳ 2021 - 2026").ordinal
            15
        """
        if not isinstance(text, str):
            raise ParseError("term", text, "must be a str")
        if len(text) > MAX_SUGGESTION_KEY:
            raise ParseError("term", text, "too long to be a term")
        work = nfc(text).casefold()
        years = _TERM_YEARS.search(work)
        start = end = None
        if years:
            start, end = int(years.group(1)), int(years.group(2))
            work = work[: years.start()] + " " + work[years.end() :]
        rest = fold(work)
        ordinal = None
        khoa = re.search(r"\bkhoa ([ivxlcdm]+|\d+)\b", rest)
        if khoa:
            numeral = khoa.group(1)
            try:
                ordinal = int(numeral) if numeral.isdigit() else from_roman(numeral)
            except ParseError as exc:
                raise ParseError("term", text, f"bad khóa numeral: {exc.reason}") from None
            rest = rest[: khoa.start()] + rest[khoa.end() :]
        if (start is None and ordinal is None) or not _TERM_WORDS.match(rest):
            raise ParseError("term", text, "expected 'nhiệm kỳ YYYY-YYYY' or 'khóa N'")
        try:
            return cls(start_year=start, end_year=end, ordinal=ordinal)
        except InvalidValueError as exc:
            raise ParseError("term", text, exc.reason) from None

    def contains(self, when: int | date) -> bool:
        """Whether a year (or the year of a date) falls in the term; both end years count.

        Consecutive terms share a year (2021-2026 and 2026-2031 both contain 2026); use
        :func:`congress_in_force` to decide which one holds on a given day.

        Raises:
            InvalidValueError: ``when`` is not an int or a date, or the term has no years.

        Examples:
            >>> Term(start_year=2021, end_year=2026).contains(2026)
            True
        """
        if isinstance(when, date):
            year = when.year
        elif isinstance(when, int) and not isinstance(when, bool):
            year = when
        else:
            raise InvalidValueError("when", when, "must be a year (int) or a datetime.date")
        if self.start_year is None or self.end_year is None:
            raise InvalidValueError("term", self.label(), "has no years, only a khóa number")
        return self.start_year <= year <= self.end_year


# --------------------------------------------------------------------------- Congress

# How each organisation is named in a congress title, centrally and below.
_NATIONAL_TITLE: Final = {
    OrgKind.MTTQ: "Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam",
    OrgKind.CONG_DOAN: "Đại hội Công đoàn Việt Nam",
    OrgKind.DOAN_TN: "Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh",
    OrgKind.HOI_LHPN: "Đại hội đại biểu Phụ nữ toàn quốc",
    OrgKind.HOI_ND: "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam",
    OrgKind.HOI_CCB: "Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam",
}
_LOCAL_TITLE: Final = {
    OrgKind.MTTQ: "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam",
    OrgKind.CONG_DOAN: "Đại hội Công đoàn",
    OrgKind.DOAN_TN: "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh",
    OrgKind.HOI_LHPN: "Đại hội đại biểu Phụ nữ",
    OrgKind.HOI_ND: "Đại hội đại biểu Hội Nông dân",
    OrgKind.HOI_CCB: "Đại hội đại biểu Hội Cựu chiến binh",
}


def _to_locality(text: str | None) -> str | None:
    return None if text is None else nfc(text, "locality")


def _to_note(text: str | None) -> str | None:
    return None if text is None else nfc(text, "note")


def _to_source(text: str) -> str:
    return nfc(text, "source")


def _nonempty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidValueError(attribute.name, value, "must not be empty")


def _optional_code(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(attribute.name, value, "must be a non-empty str or None")


def _congresses(value: object) -> tuple[Congress, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidValueError("congresses", value, "must be a tuple of Congress values")
    pool = tuple(value)
    for item in pool:
        if not isinstance(item, Congress):
            raise InvalidValueError("congresses", item, "must be a Congress")
    return pool


@attrs.frozen(kw_only=True)
class Congress:
    """One congress (Đại hội) of an organisation at a level.

    Attributes:
        kind: the organisation (MTTQ or one of the five socio-political organisations).
        level: the level it was held at.
        ordinal: its number (``lần thứ IX``), if known; merged provinces restart at 1 in 2025.
        term: the term it opened.
        locality: its place with the kind word (``"tỉnh Đồng Nai"``, ``"huyện"``); ``None``
            for a national congress.
        province: the :mod:`mttq.geo` code of the province of a provincial congress, if known.
        opened_on: the first day, where a source gives it.
        closed_on: the last day, where a source gives it.
        source: where the facts come from.
        note: anything else the source says (or what is unverified).

    Examples:
        >>> Congress(kind=OrgKind.HOI_LHPN, level=Level.DISTRICT, locality="huyện", ordinal=9,
        ...          term=Term.parse("2021-2026"), source="seed 002").label()
        'Đại hội đại biểu Phụ nữ huyện lần thứ IX, nhiệm kỳ 2021-2026'
    """

    kind: OrgKind = attrs.field(validator=typed(OrgKind))
    level: Level = attrs.field(validator=typed(Level))
    ordinal: int | None = attrs.field(default=None, validator=_optional_ordinal)
    term: Term = attrs.field(validator=typed(Term))
    locality: str | None = attrs.field(default=None, converter=_to_locality)
    province: str | None = attrs.field(default=None, validator=_optional_code)
    opened_on: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(date))
    )
    closed_on: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(date))
    )
    source: str = attrs.field(converter=_to_source, validator=_nonempty)
    note: str | None = attrs.field(default=None, converter=_to_note)

    @closed_on.validator
    def _check_days(self, _: attrs.Attribute[date | None], value: date | None) -> None:
        if self.opened_on is not None and value is not None and value < self.opened_on:
            raise InvalidValueError("closed_on", value, "is before opened_on")

    def __attrs_post_init__(self) -> None:
        if self.kind not in _LOCAL_TITLE:
            raise InvalidValueError(
                "kind", self.kind, "congresses are modelled for the MTTQ and the five organisations"
            )
        if self.term.start_year is None:
            raise InvalidValueError("term", self.term.label(), "a congress term needs its years")

    def title(self) -> str:
        """The congress's name without ordinal and term.

        Examples:
            >>> CONGRESSES[2].title()
            'Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam'
        """
        if self.level is Level.CENTRAL:
            return _NATIONAL_TITLE[self.kind]
        base = _LOCAL_TITLE[self.kind]
        if self.locality is None:
            return f"{base} {place_phrase(self.level)}"
        return f"{base} {self.locality}"

    def label(self) -> str:
        """``Đại hội đại biểu ... lần thứ IX, nhiệm kỳ 2021-2026``.

        Examples:
            >>> CONGRESSES[2].label()
            'Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X, nhiệm kỳ 2024-2029'
        """
        title = self.title()
        if self.ordinal is not None:
            title += f" lần thứ {to_roman(self.ordinal)}"
        return f"{title}, nhiệm kỳ {self.term.years_label()}"


def _build(rows: tuple[_data.Row, ...]) -> tuple[Congress, ...]:
    built = []
    for kind, level, code, ordinal, start, end, opened, closed, source, note in rows:
        lvl = Level.parse(level)
        locality = None if code is None else place_phrase(lvl, code)
        built.append(
            Congress(
                kind=OrgKind.parse(kind),
                level=lvl,
                ordinal=ordinal,
                term=Term(start_year=start, end_year=end),
                locality=locality,
                province=code,
                opened_on=None if opened is None else date.fromisoformat(opened),
                closed_on=None if closed is None else date.fromisoformat(closed),
                source=source,
                note=note,
            )
        )
    return tuple(built)


#: The national congresses verified in the press (and the term before each).
CONGRESSES: Final[tuple[Congress, ...]] = _build(_data.NATIONAL)

#: Provincial congresses reported in the press (examples of both numberings in 2025).
PROVINCIAL_CONGRESSES: Final[tuple[Congress, ...]] = _build(_data.PROVINCIAL)


def _started(congress: Congress, on: date) -> bool | None:
    """True if the congress had opened by ``on``, False if not, None if the source cannot tell."""
    if congress.opened_on is not None:
        return congress.opened_on <= on
    start = congress.term.start_year
    assert start is not None  # checked by Congress
    if on.year == start:
        return None
    return on.year > start


def congress_in_force(
    kind: OrgKind,
    level: Level = Level.CENTRAL,
    *,
    on: date,
    locality: str | None = None,
    congresses: tuple[Congress, ...] | None = None,
) -> Congress:
    """The congress whose term is in force for an organisation on a day.

    That is the latest congress that had opened by ``on``. Where a congress's first day is not
    in the catalogue, only its year is known: a day in that year is undetermined and refused.

    Args:
        kind: the organisation.
        level: the level (national by default).
        on: the day (a datetime is read as its date).
        locality: for a provincial congress, the province (name, alias or code; matched for
            ``on`` through :mod:`mttq.geo`); for lower levels, the locality as stored.
        congresses: the catalogue to search; :data:`CONGRESSES` and
            :data:`PROVINCIAL_CONGRESSES` by default.

    Raises:
        InvalidValueError: bad arguments; no congress of the catalogue covers ``on``; or the day
            falls in the year of a congress whose first day is unknown.

    Examples:
        >>> congress_in_force(OrgKind.MTTQ, on=date(2024, 10, 17)).ordinal
        10
        >>> congress_in_force(OrgKind.MTTQ, Level.PROVINCE, locality="Đồng Nai",
        ...                   on=date(2026, 1, 1)).label()
        'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030'
    """
    if not isinstance(kind, OrgKind):
        raise InvalidValueError("kind", kind, "must be an OrgKind")
    if not isinstance(level, Level):
        raise InvalidValueError("level", level, "must be a Level")
    on = as_date(on)
    pool = (*CONGRESSES, *PROVINCIAL_CONGRESSES) if congresses is None else _congresses(congresses)
    where = _where(level, locality, on)
    matching = sorted(
        (c for c in pool if c.kind is kind and c.level is level and where(c)),
        key=lambda c: (c.term.start_year or 0, c.ordinal or 0),
    )
    current: Congress | None = None
    for congress in matching:
        started = _started(congress, on)
        if started is None:
            raise InvalidValueError(
                "on",
                on,
                f"{congress.label()} opened on a day of {on.year} that is not in the "
                "catalogue, so the term in force that day is undetermined",
            )
        if started:
            current = congress
    if current is None:
        raise InvalidValueError(
            "on", on, f"no congress of {kind.label} ({level.label}) in the catalogue covers it"
        )
    end = current.term.end_year
    if end is not None and on.year > end:
        raise InvalidValueError(
            "on",
            on,
            f"after the term of {current.label()}, and no later congress is in the catalogue",
        )
    return current


def _where(level: Level, locality: str | None, on: date) -> _Matcher:
    if locality is None:
        return _Matcher(province=None, key=None)
    if not isinstance(locality, str):
        raise InvalidValueError("locality", locality, "must be a str or None")
    if level is Level.PROVINCE:
        return _Matcher(province=_province(locality, on=on).code, key=None)
    return _Matcher(province=None, key=match_key(locality))


@attrs.frozen
class _Matcher:
    province: str | None
    key: str | None

    def __call__(self, congress: Congress) -> bool:
        if self.province is not None:
            return congress.province == self.province
        if self.key is not None:
            return congress.locality is not None and match_key(congress.locality) == self.key
        return congress.locality is None


def term_in_force(
    kind: OrgKind,
    level: Level = Level.CENTRAL,
    *,
    on: date,
    locality: str | None = None,
    congresses: tuple[Congress, ...] | None = None,
) -> Term:
    """The term in force for an organisation on a day: :func:`congress_in_force` ``.term``.

    Examples:
        >>> term_in_force(OrgKind.MTTQ, on=date(2025, 12, 31)).label()
        'nhiệm kỳ 2024-2029'
        >>> term_in_force(OrgKind.CONG_DOAN, on=date(2027, 1, 1)).label()
        'nhiệm kỳ 2026-2031'
    """
    return congress_in_force(kind, level, on=on, locality=locality, congresses=congresses).term


# --------------------------------------------------------------------------- Period


class PeriodKind(CodeEnum):
    """The kind of a reporting period.

    Examples:
        >>> PeriodKind.SCHOOL_YEAR.label
        'năm học'
    """

    YEAR = "year", "năm"
    QUARTER = "quarter", "quý"
    HALF = "half", "6 tháng"
    SCHOOL_YEAR = "school-year", "năm học"


_PERIOD_LIMITS: Final = {PeriodKind.QUARTER: 4, PeriodKind.HALF: 2}


@attrs.frozen(kw_only=True)
class Period:
    """A reporting period: a calendar year, a quarter, a half-year or a school year.

    Build one with :meth:`year`, :meth:`quarter`, :meth:`half`, :meth:`school_year` or
    :meth:`parse`.

    Attributes:
        kind: what kind of period.
        start_year: the calendar year (for a school year, the year it starts in).
        index: the quarter (1-4) or half (1-2); ``None`` for a year or a school year.

    Examples:
        >>> p = Period.quarter(2024, 2)
        >>> p.label(), p.start, p.end
        ('quý II/2024', datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    """

    kind: PeriodKind = attrs.field(validator=typed(PeriodKind))
    start_year: int = attrs.field()
    index: int | None = None

    @start_year.validator
    def _check_year(self, _: attrs.Attribute[int], value: object) -> None:
        _year("start_year", value)

    def __attrs_post_init__(self) -> None:
        limit = _PERIOD_LIMITS.get(self.kind)
        if limit is None:
            if self.index is not None:
                raise InvalidValueError("index", self.index, f"a {self.kind.value} has no index")
        elif self.index is None:
            raise InvalidValueError("index", None, f"a {self.kind.value} needs its number")
        else:
            _check_int("index", self.index, 1, limit)

    @classmethod
    def year(cls, year: int) -> Self:
        """The calendar year ``year``.

        Examples:
            >>> Period.year(2021).label()
            'năm 2021'
        """
        return cls(kind=PeriodKind.YEAR, start_year=year)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Self:
        """Quarter ``quarter`` (1-4) of ``year``.

        Examples:
            >>> Period.quarter(2024, 4).label()
            'quý IV/2024'
        """
        return cls(kind=PeriodKind.QUARTER, start_year=year, index=quarter)

    @classmethod
    def half(cls, year: int, half: int) -> Self:
        """The first (1) or second (2) half of ``year``.

        Examples:
            >>> Period.half(2024, 1).label()
            '6 tháng đầu năm 2024'
        """
        return cls(kind=PeriodKind.HALF, start_year=year, index=half)

    @classmethod
    def school_year(cls, year: int) -> Self:
        """The school year that starts in ``year``.

        Examples:
            >>> Period.school_year(2024).label()
            'năm học 2024-2025'
        """
        return cls(kind=PeriodKind.SCHOOL_YEAR, start_year=year)

    @classmethod
    def quarters(cls, year: int) -> tuple[Self, ...]:
        """The four quarters of ``year``, in order.

        Examples:
            >>> [q.label() for q in Period.quarters(2024)]
            ['quý I/2024', 'quý II/2024', 'quý III/2024', 'quý IV/2024']
        """
        return tuple(cls.quarter(year, q) for q in range(1, 5))

    @classmethod
    def halves(cls, year: int) -> tuple[Self, ...]:
        """The two halves of ``year``.

        Examples:
            >>> [h.end for h in Period.halves(2024)]
            [datetime.date(2024, 6, 30), datetime.date(2024, 12, 31)]
        """
        return (cls.half(year, 1), cls.half(year, 2))

    @classmethod
    def quarter_of(cls, day: date) -> Self:
        """The quarter a day falls in (a datetime is read as its date).

        Raises:
            InvalidValueError: ``day`` is not a date.

        Examples:
            >>> Period.quarter_of(date(2024, 3, 22)).label()
            'quý I/2024'
        """
        day = as_date(day, "day")
        return cls.quarter(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> date:
        """The first day of the period."""
        if self.kind is PeriodKind.QUARTER:
            assert self.index is not None
            return date(self.start_year, 3 * self.index - 2, 1)
        if self.kind is PeriodKind.HALF:
            assert self.index is not None
            return date(self.start_year, 6 * self.index - 5, 1)
        if self.kind is PeriodKind.SCHOOL_YEAR:
            return date(self.start_year, SCHOOL_YEAR_START_MONTH, 1)
        return date(self.start_year, 1, 1)

    @property
    def end(self) -> date:
        """The last day of the period."""
        if self.kind is PeriodKind.QUARTER:
            assert self.index is not None
            following = date(self.start_year + self.index // 4, 3 * self.index % 12 + 1, 1)
            return following - timedelta(days=1)
        if self.kind is PeriodKind.HALF:
            assert self.index is not None
            return (
                date(self.start_year, 6, 30) if self.index == 1 else date(self.start_year, 12, 31)
            )
        if self.kind is PeriodKind.SCHOOL_YEAR:
            return date(self.start_year + 1, SCHOOL_YEAR_START_MONTH, 1) - timedelta(days=1)
        return date(self.start_year, 12, 31)

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in the period (both ends included; a datetime counts by its date).

        Raises:
            InvalidValueError: ``day`` is not a date.

        Examples:
            >>> Period.school_year(2024).contains(date(2025, 5, 31))
            True
        """
        day = as_date(day, "day")
        return self.start <= day <= self.end

    def label(self) -> str:
        """The period as Vietnamese reports write it.

        Examples:
            >>> Period.year(2021).label()
            'năm 2021'
        """
        if self.kind is PeriodKind.QUARTER:
            assert self.index is not None
            return f"quý {to_roman(self.index)}/{self.start_year}"
        if self.kind is PeriodKind.HALF:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.start_year}"
        if self.kind is PeriodKind.SCHOOL_YEAR:
            return f"năm học {self.start_year}-{self.start_year + 1}"
        return f"năm {self.start_year}"

    def __str__(self) -> str:
        return self.label()

    @classmethod
    def parse(cls, text: str, *, default_year: int | None = None) -> Self:
        """Read a period label.

        Accepts ``năm 2021``, ``2021``, ``quý I/2024``, ``quý I năm 2024``, ``Quý 1/2024``,
        ``6 tháng đầu năm 2024``, ``06 tháng cuối năm 2024``, ``sáu tháng đầu năm 2024``,
        ``năm học 2024-2025``; case, accents and tone placement are ignored. A quarter or half
        without a year takes ``default_year``.

        Raises:
            ParseError: the text is not a period, a year is missing and no default was given,
                or a school year's years are not consecutive.

        Examples:
            >>> Period.parse("quý II năm 2024") == Period.quarter(2024, 2)
            True
            >>> Period.parse("quý I", default_year=2024).label()
            'quý I/2024'
        """
        if not isinstance(text, str):
            raise ParseError("period", text, "must be a str")
        if len(text) > MAX_SUGGESTION_KEY:
            raise ParseError("period", text, "too long to be a period")
        if default_year is not None:
            _year("default_year", default_year)
        key = fold(nfc(text).replace("/", " ")).replace("sau thang", "6 thang")
        key = re.sub(r"\b0(\d)\b", r"\1", key)
        try:
            return cls._parse_key(key, text, default_year)
        except InvalidValueError as exc:
            raise ParseError("period", text, exc.reason) from None

    @classmethod
    def _parse_key(cls, key: str, text: str, default_year: int | None) -> Self:
        match = re.fullmatch(r"nam hoc (\d{4}) (\d{4})", key)
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            if second != first + 1:
                raise ParseError("period", text, "a school year spans two consecutive years")
            return cls.school_year(first)
        match = re.fullmatch(r"(?:nam )?(\d{4})", key)
        if match:
            return cls.year(int(match.group(1)))
        match = re.fullmatch(r"quy ([1-4]|[iv]+)(?: (?:nam )?(\d{4}))?", key)
        if match:
            numeral = match.group(1)
            number = int(numeral) if numeral.isdigit() else _roman(numeral, text)
            return cls.quarter(_year_of(match.group(2), default_year, text), number)
        match = re.fullmatch(r"6 thang (dau|cuoi)(?: nam)?(?: (\d{4}))?", key)
        if match:
            half = 1 if match.group(1) == "dau" else 2
            return cls.half(_year_of(match.group(2), default_year, text), half)
        raise ParseError(
            "period", text, "expected 'năm YYYY', 'quý I/YYYY', '6 tháng đầu năm YYYY'"
        )


def _roman(numeral: str, text: str) -> int:
    try:
        return from_roman(numeral)
    except ParseError as exc:
        raise ParseError("period", text, exc.reason) from None


def _year_of(group: str | None, default_year: int | None, text: str) -> int:
    if group is not None:
        return int(group)
    if default_year is None:
        raise ParseError("period", text, "no year given and no default_year")
    return default_year
