"""Vietnamese dates: the numeric, administrative (Decree 30/2020) and weekday styles, and parsers.

Writing (every string comes from the tables in this module, never from CLDR, so a babel or
CLDR upgrade cannot change our output):

    >>> from datetime import date, datetime
    >>> from mttq.vi.dates import format_date, format_datetime, place_date, quarter_label
    >>> format_date(date(2022, 1, 12))
    '12/01/2022'
    >>> format_date(date(2018, 7, 5), style="admin")
    'ngày 05 tháng 7 năm 2018'
    >>> format_date(date(2024, 2, 27), style="weekday")
    'Thứ Ba, 27/02/2024'
    >>> format_datetime(datetime(2024, 2, 27, 11, 29))
    '27/02/2024, 11:29'
    >>> place_date("Hà Nội", date(2018, 7, 5))
    'Hà Nội, ngày 05 tháng 7 năm 2018'
    >>> quarter_label(date(2024, 2, 27), with_year=True)
    'quý I/2024'

Reading: :func:`parse_date` and :func:`parse_datetime` read the forms found in Vietnamese news
and administrative documents, always day first:

    >>> from mttq.vi.dates import parse_date, parse_datetime
    >>> parse_date("Hà Nội, ngày 05 tháng 7 năm 2018")
    datetime.date(2018, 7, 5)
    >>> parse_datetime("Thứ 4, 29/11/2023 | 17:18:52")
    datetime.datetime(2023, 11, 29, 17, 18, 52)
    >>> parse_date("Ngày 3-12", default_year=2021)
    datetime.date(2021, 12, 3)

Rules and their sources:

- R-DMY: numeric dates are day/month/year, ``dd/MM/yyyy`` with zero padding (vi-VN usage; CLDR
  ``vi`` short date pattern ``dd/MM/y``).
- R-ND30: Nghị định 30/2020/NĐ-CP on clerical work (công tác văn thư), Phụ lục I, part I, item
  on the place and date of issue (địa danh và thời gian ban hành văn bản): the date is written in
  full as ``ngày … tháng … năm …`` in Arabic digits; days below 10 and the months 1 and 2 take a
  leading zero (``ngày 05 tháng 7 năm 2018``, ``ngày 02 tháng 02 năm 2018``); the line reads
  ``Địa danh, ngày … tháng … năm …``.
- R-WD: weekdays are Thứ Hai (Monday) … Thứ Bảy (Saturday) and Chủ nhật (Sunday); the numeric
  forms are Thứ 2 … Thứ 7 (Thứ 3 is Tuesday; Sunday is never "Thứ 1" or "Thứ 8") and the calendar
  abbreviations T2 … T7, CN. Capitalisation (``Thứ Ba``, ``Chủ nhật``) is this library's house
  style.
- R-QUARTER: quarters take Roman numerals, lower-case ``quý`` (``quý I``, ``quý I/2024``), as
  in the statistics office's and the press's usage.

Decisions where the rules leave room:

- A :class:`~datetime.datetime` passed to :func:`format_date`, :func:`place_date`,
  :func:`weekday_name` or :func:`quarter_label` is read as its date part.
- :func:`format_datetime` writes the wall-clock time to the minute; a time zone, if any, is not
  written.
- :func:`parse_date` also reads a text that carries a time of day (the time is checked, then
  dropped); :func:`parse_datetime` requires a time of day. A stated offset (``[GMT+7]``,
  ``UTC+07:00``, ISO ``+07:00``) gives an aware datetime with that fixed offset.
- Times are on the 24-hour clock; after ``chiều`` or ``tối`` (afternoon, evening) an hour from 1
  to 11 is read as p.m. (``3 giờ chiều`` is 15:00).
- A stated weekday must agree with the date; a year must be written with four digits
  (``5/7/18`` is refused), except after the word ``năm``; a missing year is taken from
  ``default_year`` only when it is given.
- python-dateutil's general parser is not used for the Vietnamese forms: it fills a missing year
  from the clock and reads ``5/7/18`` as 2018. ISO 8601 text (``2024-02-27``,
  ``2024-02-27T11:29+07:00``) is read by :func:`dateutil.parser.isoparse`.

Parsing is linear in the length of the text (one pass of a tokenizer without nested
quantifiers) and refuses texts longer than 200 characters outright.

Sources:
    Nghị định 30/2020/NĐ-CP, Phụ lục I (R-ND30); CLDR ``vi`` (R-DMY, R-WD); the statistics
    office's usage (R-QUARTER), as given with each rule above.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Literal

from dateutil.parser import isoparse

from mttq.errors import InvalidValueError, ParseError

__all__ = [
    "DateStyle",
    "WeekdayStyle",
    "format_date",
    "format_datetime",
    "parse_date",
    "parse_datetime",
    "place_date",
    "quarter_label",
    "weekday_name",
]

DateStyle = Literal["numeric", "admin", "weekday"]
"""The styles of :func:`format_date`."""

WeekdayStyle = Literal["long", "numeric", "abbr"]
"""The styles of :func:`weekday_name`."""

# Own tables (R-WD, R-QUARTER): index 0 is Monday, as in date.weekday().
_WEEKDAY_LONG = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_WEEKDAY_NUMERIC = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
_WEEKDAY_ABBR = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
_WEEKDAY_TABLES = {"long": _WEEKDAY_LONG, "numeric": _WEEKDAY_NUMERIC, "abbr": _WEEKDAY_ABBR}
_QUARTER_ROMAN = ("I", "II", "III", "IV")
_DATE_STYLES = ("numeric", "admin", "weekday")

_MAX_LEN = 200

# --------------------------------------------------------------------------------------------
# Writing


def _as_date(field: str, value: object) -> date:
    """Return ``value`` as a :class:`date` (a datetime gives its date part) or refuse it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise InvalidValueError(field, value, "expected a datetime.date")


def _admin(d: date) -> str:
    """Write ``d`` in the Decree 30/2020 style (R-ND30)."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def _numeric(d: date) -> str:
    """Write ``d`` as ``dd/MM/yyyy`` (R-DMY)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_date(d: date, style: DateStyle = "numeric") -> str:
    """Write a date in Vietnamese.

    Args:
        d: the date (a datetime is read as its date part).
        style: ``"numeric"`` (``12/01/2022``), ``"admin"`` (Decree 30/2020:
            ``ngày 05 tháng 7 năm 2018``) or ``"weekday"`` (``Thứ Ba, 27/02/2024``).

    Returns:
        The date as text.

    Raises:
        InvalidValueError: if ``d`` is not a date or ``style`` is unknown.

    Examples:
        >>> from datetime import date
        >>> format_date(date(2018, 2, 2), style="admin")
        'ngày 02 tháng 02 năm 2018'
        >>> format_date(date(2024, 3, 3), style="weekday")
        'Chủ nhật, 03/03/2024'
    """
    day = _as_date("d", d)
    if style == "numeric":
        return _numeric(day)
    if style == "admin":
        return _admin(day)
    if style == "weekday":
        return f"{_WEEKDAY_LONG[day.weekday()]}, {_numeric(day)}"
    raise InvalidValueError("style", style, f"expected one of {', '.join(_DATE_STYLES)}")


def format_datetime(dt: datetime) -> str:
    """Write a date and time as ``dd/MM/yyyy, HH:mm`` (24-hour clock).

    Args:
        dt: the datetime; its wall-clock time is written, its time zone is not.

    Returns:
        The text, such as ``27/02/2024, 11:29``.

    Raises:
        InvalidValueError: if ``dt`` is not a datetime.

    Examples:
        >>> from datetime import datetime
        >>> format_datetime(datetime(2024, 2, 27, 11, 29, 59))
        '27/02/2024, 11:29'
    """
    if not isinstance(dt, datetime):
        raise InvalidValueError("dt", dt, "expected a datetime.datetime")
    return f"{_numeric(dt)}, {dt.hour:02d}:{dt.minute:02d}"


def place_date(place: str, d: date) -> str:
    """Write the place-and-date line of an administrative document (Decree 30/2020, Phụ lục I).

    Args:
        place: the place name (địa danh), such as ``Hà Nội``; it is NFC-normalised and trimmed.
        d: the date of issue.

    Returns:
        ``<place>, ngày … tháng … năm …``.

    Raises:
        InvalidValueError: if ``place`` is not a non-empty string or ``d`` is not a date.

    Examples:
        >>> from datetime import date
        >>> place_date("Hà Nội", date(2018, 7, 5))
        'Hà Nội, ngày 05 tháng 7 năm 2018'
    """
    if not isinstance(place, str) or not place.strip():
        raise InvalidValueError("place", place, "expected a non-empty place name")
    name = " ".join(unicodedata.normalize("NFC", place).split())
    return f"{name}, {_admin(_as_date('d', d))}"


def weekday_name(d: date, style: WeekdayStyle = "long") -> str:
    """Return the Vietnamese name of the weekday of ``d``.

    Args:
        d: the date (a datetime is read as its date part).
        style: ``"long"`` (``Thứ Ba``, ``Chủ nhật``), ``"numeric"`` (``Thứ 3``, ``Chủ nhật``) or
            ``"abbr"`` (``T3``, ``CN``).

    Returns:
        The weekday name.

    Raises:
        InvalidValueError: if ``d`` is not a date or ``style`` is unknown.

    Examples:
        >>> from datetime import date
        >>> weekday_name(date(2024, 2, 27)), weekday_name(date(2024, 3, 3), style="numeric")
        ('Thứ Ba', 'Chủ nhật')
        >>> weekday_name(date(2024, 2, 27), style="abbr")
        'T3'
    """
    day = _as_date("d", d)
    table = _WEEKDAY_TABLES.get(style) if isinstance(style, str) else None
    if table is None:
        raise InvalidValueError("style", style, "expected one of long, numeric, abbr")
    return table[day.weekday()]


def _is_int(value: object) -> bool:
    """Tell whether ``value`` is an ``int`` and not a ``bool``."""
    return isinstance(value, int) and not isinstance(value, bool)


def quarter_label(d_or_quarter: date | int | tuple[int, int], *, with_year: bool = False) -> str:
    """Write a quarter with a Roman numeral: ``quý I``, or ``quý I/2024`` with the year.

    Args:
        d_or_quarter: a date (its quarter), a quarter number 1..4, or a ``(year, quarter)``
            tuple. A bare quarter number has no year, so ``with_year=True`` needs a date or a
            tuple.
        with_year: add ``/yyyy`` after the numeral.

    Returns:
        The label, lower-case ``quý`` as written mid-sentence.

    Raises:
        InvalidValueError: for anything else, a quarter outside 1..4, or ``with_year`` without a
            year.

    Examples:
        >>> from datetime import date
        >>> quarter_label(date(2024, 12, 25)), quarter_label(2)
        ('quý IV', 'quý II')
        >>> quarter_label((2024, 1), with_year=True)
        'quý I/2024'
    """
    year: int | None
    if isinstance(d_or_quarter, date):
        year, quarter = d_or_quarter.year, (d_or_quarter.month - 1) // 3 + 1
    elif isinstance(d_or_quarter, int) and not isinstance(d_or_quarter, bool):
        year, quarter = None, d_or_quarter
    elif (
        isinstance(d_or_quarter, tuple)
        and len(d_or_quarter) == 2
        and all(_is_int(part) for part in d_or_quarter)
    ):
        year, quarter = d_or_quarter
        if not 1 <= year <= 9999:
            raise InvalidValueError("year", year, "expected a year from 1 to 9999")
    else:
        raise InvalidValueError(
            "d_or_quarter", d_or_quarter, "expected a date, a quarter 1..4 or (year, quarter)"
        )
    if not 1 <= quarter <= 4:
        raise InvalidValueError("quarter", quarter, "expected a quarter from 1 to 4")
    label = f"quý {_QUARTER_ROMAN[quarter - 1]}"
    if not isinstance(with_year, bool):
        raise InvalidValueError("with_year", with_year, "expected True or False")
    if with_year:
        if year is None:
            raise InvalidValueError(
                "with_year", with_year, "a bare quarter number has no year: pass (year, quarter)"
            )
        label += f"/{year}"
    return label


# --------------------------------------------------------------------------------------------
# Reading

# One token per digit run, letter run or other non-space character: no nested quantifiers,
# so tokenizing is linear in the length of the text.
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+|\S")
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_PART_OF_DAY = frozenset({"sáng", "trưa", "chiều", "tối", "đêm"})
_PM_WORDS = frozenset({"chiều", "tối"})
_SEPARATORS = frozenset({",", "|", "-", "–", "—", "lúc", "vào"})
_DATE_SEPARATORS = frozenset({"/", "-", "."})
_KEYWORDS = frozenset({"thứ", "chủ", "cn", "ngày", "t", "lúc", "vào", "gmt", "utc"}) | _PART_OF_DAY
_PLACE_PUNCT = frozenset({".", "-", "–", "'"})
_OPEN = {"[": "]", "(": ")"}


class _Token:
    """A token: its text (NFC, case-folded for words), kind and position."""

    __slots__ = ("end", "kind", "start", "text")

    def __init__(self, text: str, kind: str, start: int, end: int) -> None:
        self.text = text
        self.kind = kind  # "num", "word" or "punct"
        self.start = start
        self.end = end


def _tokenize(text: str) -> list[_Token]:
    """Split ``text`` into number, word and punctuation tokens."""
    tokens = []
    for match in _TOKEN.finditer(text):
        piece = match.group()
        if piece[0] in "0123456789":
            kind = "num"
        elif piece.isalpha():
            kind = "word"
            piece = piece.casefold()
        else:
            kind = "punct"
        tokens.append(_Token(piece, kind, match.start(), match.end()))
    return tokens


class _Parts:
    """The pieces of a date and time found in a text."""

    def __init__(self) -> None:
        self.weekday: int | None = None
        self.day: int | None = None
        self.month: int | None = None
        self.year: int | None = None
        self.hour: int | None = None
        self.minute = 0
        self.second = 0
        self.pm = False
        self.tz: tzinfo | None = None
        self.part_of_day = False


class _Reader:
    """A recursive-descent reader over the tokens of one date text."""

    def __init__(self, text: str, what: str) -> None:
        self.text = text
        self.what = what
        self.tokens = _tokenize(text)
        self.pos = 0
        self.parts = _Parts()

    # -- helpers ----------------------------------------------------------------------------
    def fail(self, reason: str) -> ParseError:
        """Return the error to raise for this text."""
        return ParseError(self.what, self.text, reason)

    def peek(self, offset: int = 0) -> _Token | None:
        """Return the token ``offset`` places ahead, or None past the end."""
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def is_word(self, offset: int, *words: str) -> bool:
        """Tell whether the token ``offset`` ahead is one of ``words``."""
        tok = self.peek(offset)
        return tok is not None and tok.kind == "word" and tok.text in words

    def adjacent(self, offset: int) -> bool:
        """Tell whether the token ``offset`` ahead touches the one before it (no space)."""
        tok, before = self.peek(offset), self.peek(offset - 1)
        return tok is not None and before is not None and before.end == tok.start

    def number(self, offset: int, max_digits: int) -> int | None:
        """Return the number ``offset`` ahead if it has at most ``max_digits`` digits."""
        tok = self.peek(offset)
        if tok is None or tok.kind != "num" or len(tok.text) > max_digits:
            return None
        return int(tok.text)

    # -- grammar ----------------------------------------------------------------------------
    def read(self) -> _Parts:
        """Read the whole text into parts or raise :class:`ParseError`."""
        if not self.tokens:
            raise self.fail("empty text")
        self.skip_place()
        while self.pos < len(self.tokens):
            tok = self.tokens[self.pos]
            if tok.text in _SEPARATORS:
                self.pos += 1
            elif not (
                self.read_weekday()
                or self.read_part_of_day()
                or self.read_date()
                or self.read_time()
                or self.read_zone()
            ):
                raise self.fail(f"unexpected {tok.text!r} at position {tok.start}")
        return self.parts

    def skip_place(self) -> None:
        """Skip a leading place name: words up to a comma that is followed by ``ngày``."""
        first = self.peek()
        if first is None or first.kind != "word" or first.text in _KEYWORDS:
            return
        index = 0
        while (tok := self.peek(index)) is not None and (
            tok.kind == "word" or tok.text in _PLACE_PUNCT
        ):
            index += 1
        comma = self.peek(index)
        if comma is not None and comma.text == "," and self.is_word(index + 1, "ngày"):
            self.pos = index + 1

    def once(self, value: object, name: str) -> None:
        """Refuse a second date, time, weekday or zone in the same text."""
        if value is not None:
            raise self.fail(f"more than one {name}")

    def read_weekday(self) -> bool:
        """Read ``Thứ Ba``, ``Thứ 3``, ``Chủ nhật``, ``CN`` or ``T3``."""
        index: int | None = None
        width = 2
        if self.is_word(0, "thứ"):
            num = self.number(1, 1)
            if num is not None and 2 <= num <= 7:
                index = num - 2
            elif self.is_word(1, *_WEEKDAY_WORDS):
                index = _WEEKDAY_WORDS[self.tokens[self.pos + 1].text]
        elif self.is_word(0, "chủ") and self.is_word(1, "nhật"):
            index = 6
        elif self.is_word(0, "cn"):
            index, width = 6, 1
        elif self.is_word(0, "t") and self.adjacent(1):
            num = self.number(1, 1)
            if num is not None and 2 <= num <= 7:
                index = num - 2
        if index is None:
            return False
        self.once(self.parts.weekday, "weekday")
        self.parts.weekday = index
        self.pos += width
        return True

    def read_part_of_day(self) -> bool:
        """Read ``sáng``, ``trưa``, ``chiều``, ``tối`` or ``đêm``."""
        tok = self.peek()
        if tok is None or tok.kind != "word" or tok.text not in _PART_OF_DAY:
            return False
        if self.parts.part_of_day:
            raise self.fail("more than one part of the day")
        self.parts.part_of_day = True
        self.parts.pm = tok.text in _PM_WORDS
        self.pos += 1
        return True

    def read_date(self) -> bool:
        """Read ``ngày D tháng M [năm Y]``, ``[ngày] D/M[/Y]`` or ``D-M[-Y]``."""
        start = self.pos
        if self.is_word(0, "ngày"):
            self.pos += 1
            if self.read_words_date() or self.read_numeric_date():
                return True
            self.pos = start
            raise self.fail("'ngày' is not followed by a date")
        return self.read_words_date() or self.read_numeric_date()

    def set_date(self, day: int, month: int, year: int | None) -> None:
        """Record the date (once)."""
        self.once(self.parts.day, "date")
        self.parts.day, self.parts.month, self.parts.year = day, month, year

    def read_words_date(self) -> bool:
        """Read ``D tháng M [năm Y]`` (the administrative style) or CLDR's ``D tháng M, Y``.

        CLDR's long and medium ``vi`` forms (``27 tháng 2, 2024``, ``27 thg 2, 2024``) are
        what babel and ICU write, so they are read too.
        """
        day = self.number(0, 2)
        if day is None or not self.is_word(1, "tháng", "thg"):
            return False
        month = self.number(2, 2)
        if month is None:
            raise self.fail("'tháng' is not followed by a month number")
        year = None
        width = 3
        if self.is_word(3, "năm"):
            year = self.number(4, 4)
            if year is None:
                raise self.fail("'năm' is not followed by a year")
            width = 5
        elif self.is_punct(3, ",") and (cldr_year := self.number(4, 4)) is not None:
            year, width = cldr_year, 5
        self.set_date(day, month, year)
        self.pos += width
        return True

    def read_numeric_date(self) -> bool:
        """Read ``D/M/YYYY``, ``D-M-YYYY``, ``D.M.YYYY`` or, without a year, ``D/M`` and ``D-M``."""
        day = self.number(0, 2)
        sep = self.peek(1)
        if day is None or sep is None or sep.text not in _DATE_SEPARATORS or not self.adjacent(1):
            return False
        month = self.number(2, 2)
        if month is None or not self.adjacent(2):
            return False
        year = None
        width = 3
        after = self.peek(3)
        if after is not None and after.text == sep.text and self.adjacent(3):
            year_tok = self.peek(4)
            if year_tok is None or year_tok.kind != "num" or not self.adjacent(4):
                raise self.fail("a date separator is not followed by a year")
            if len(year_tok.text) != 4:
                raise self.fail("the year must have four digits")
            year = int(year_tok.text)
            width = 5
        elif sep.text == ".":
            return False  # "5.7" is a decimal, not a date
        self.set_date(day, month, year)
        self.pos += width
        return True

    def is_punct(self, offset: int, text: str) -> bool:
        """Tell whether the token ``offset`` ahead is ``text`` and touches the one before it."""
        tok = self.peek(offset)
        return tok is not None and tok.text == text and self.adjacent(offset)

    def read_time(self) -> bool:
        """Read ``HH:MM[:SS]``, ``HHhMM``, ``HHh`` or ``H giờ [M [phút]]``."""
        hour = self.number(0, 2)
        if hour is None:
            return False
        minute = second = 0
        width: int
        if self.is_punct(1, ":"):
            minute_v = self.two_digits(2)
            if minute_v is None:
                raise self.fail("':' is not followed by two digits of minutes")
            minute, width = minute_v, 3
            if self.is_punct(3, ":"):
                second_v = self.two_digits(4)
                if second_v is None:
                    raise self.fail("':' is not followed by two digits of seconds")
                second, width = second_v, 5
        elif self.is_word(1, "h", "g", "giờ"):
            width = 2
            step = self.number(2, 2)
            if step is not None and (self.tokens[self.pos + 1].text == "giờ" or self.adjacent(2)):
                minute, width = step, 3
                if self.is_word(3, "phút"):
                    width = 4
        else:
            return False
        if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
            raise self.fail(f"impossible time {hour}:{minute:02d}:{second:02d}")
        self.once(self.parts.hour, "time")
        self.parts.hour, self.parts.minute, self.parts.second = hour, minute, second
        self.pos += width
        return True

    def two_digits(self, offset: int) -> int | None:
        """Return the two-digit number ``offset`` ahead if it touches the token before it."""
        tok = self.peek(offset)
        if tok is None or tok.kind != "num" or len(tok.text) != 2 or not self.adjacent(offset):
            return None
        return int(tok.text)

    def read_zone(self) -> bool:
        """Read ``GMT+7``, ``UTC+07:00``, ``[GMT+7]`` or ``(GMT+7)`` after a time."""
        close = None
        offset = 0
        if (tok := self.peek()) is not None and tok.text in _OPEN:
            close, offset = _OPEN[tok.text], 1
        if not self.is_word(offset, "gmt", "utc"):
            return False
        if self.parts.hour is None:
            raise self.fail("a time zone without a time")
        offset += 1
        minutes = 0
        sign_tok = self.peek(offset)
        if sign_tok is not None and sign_tok.text in "+-" and sign_tok.kind == "punct":
            hours = self.number(offset + 1, 2)
            if hours is None:
                raise self.fail("the UTC offset has no hours")
            extra = 0
            if (colon := self.peek(offset + 2)) is not None and colon.text == ":":
                extra_v = self.two_digits(offset + 3)
                if extra_v is None:
                    raise self.fail("the UTC offset has no minutes after ':'")
                extra, offset = extra_v, offset + 2
            if hours > 14 or extra > 59:
                raise self.fail("the UTC offset is out of range")
            minutes = (hours * 60 + extra) * (-1 if sign_tok.text == "-" else 1)
            offset += 2
        if close is not None:
            end = self.peek(offset)
            if end is None or end.text != close:
                raise self.fail(f"missing {close!r}")
            offset += 1
        self.once(self.parts.tz, "time zone")
        self.parts.tz = timezone(timedelta(minutes=minutes))
        self.pos += offset
        return True


def _check_default_year(default_year: object) -> int | None:
    """Validate ``default_year``."""
    if default_year is None:
        return None
    if not _is_int(default_year) or not 1 <= default_year <= 9999:  # type: ignore[operator]
        raise InvalidValueError("default_year", default_year, "expected a year from 1 to 9999")
    return default_year  # type: ignore[return-value]


def _parse(text: object, what: str, default_year: object) -> tuple[date, bool, datetime]:
    """Parse ``text`` into a date, whether it has a time of day, and the full datetime."""
    year_default = _check_default_year(default_year)
    if not isinstance(text, str):
        raise ParseError(what, text, "expected a string")
    if len(text) > _MAX_LEN:
        raise ParseError(what, text, f"longer than {_MAX_LEN} characters")
    clean = unicodedata.normalize("NFC", text).replace("\u00a0", " ").strip()
    if _ISO.match(clean):
        try:
            value = isoparse(clean)
        except (ValueError, OverflowError) as exc:
            raise ParseError(what, text, f"not an ISO 8601 date: {exc}") from None
        offset = value.utcoffset()
        if offset is not None:  # one tzinfo type whichever way the offset was written
            value = value.replace(tzinfo=timezone(offset))
        return value.date(), len(clean) > 10, value
    reader = _Reader(clean, what)
    reader.text = text
    parts = reader.read()
    if parts.day is None or parts.month is None:
        raise reader.fail("no date found")
    year = parts.year if parts.year is not None else year_default
    if year is None:
        raise reader.fail("no year: pass default_year=")
    try:
        day = date(year, parts.month, parts.day)
    except ValueError as exc:
        raise reader.fail(f"impossible date ({exc})") from None
    if parts.weekday is not None and parts.weekday != day.weekday():
        raise reader.fail(
            f"{_WEEKDAY_LONG[parts.weekday]} does not match {_numeric(day)}, "
            f"a {_WEEKDAY_LONG[day.weekday()]}"
        )
    hour = parts.hour if parts.hour is not None else 0
    if parts.pm and 1 <= hour <= 11:
        hour += 12
    full = datetime(day.year, day.month, day.day, hour, parts.minute, parts.second, tzinfo=parts.tz)
    return day, parts.hour is not None, full


def parse_date(text: str, *, default_year: int | None = None) -> date:
    """Read a Vietnamese date, day first.

    Reads ``12/01/2022``, ``5/7/2018``, ``27-02-2024``, ISO ``2024-02-27``,
    ``ngày 02 tháng 02 năm 2018``, ``Hà Nội, ngày 05 tháng 7 năm 2018``, ``Thứ Ba, 27/02/2024``,
    ``Ngày 22/3`` and ``Ngày 3-12`` (with ``default_year``), and the datetime forms of
    :func:`parse_datetime` (their time is checked and dropped).

    Args:
        text: the text; surrounding spaces are ignored.
        default_year: the year of a date written without one; without it such a date is refused.

    Returns:
        The date.

    Raises:
        ParseError: for anything that is not exactly one possible date (junk, an impossible
            date such as 31/02/2024, a two-digit year, a weekday that does not match, a
            missing year without ``default_year``).
        InvalidValueError: if ``default_year`` is not a year from 1 to 9999.

    Examples:
        >>> parse_date("ngày 02 tháng 02 năm 2018")
        datetime.date(2018, 2, 2)
        >>> parse_date("Ngày 22/3", default_year=2024)
        datetime.date(2024, 3, 22)
        >>> parse_date("31/02/2024")
        Traceback (most recent call last):
        ...
        mttq.errors.ParseError: cannot parse date from '31/02/2024': impossible date (day is out of range for month)
    """  # noqa: E501
    return _parse(text, "date", default_year)[0]


def parse_datetime(text: str, *, default_year: int | None = None) -> datetime:
    """Read a Vietnamese date and time of day, day first, 24-hour clock.

    Reads ``27/02/2024, 11:29``, ``Thứ 3, 27/02/2024, 11:29[GMT+7]``,
    ``Thứ 4, 29/11/2023 | 17:18:52``, ``12/01/2022 09:20``, ``20:36 22/03/2024``,
    ``11h29 ngày 27/02/2024`` and ISO 8601 (``2024-02-27T11:29``).

    Args:
        text: the text; surrounding spaces are ignored.
        default_year: the year of a date written without one.

    Returns:
        The datetime: naive, or aware with a fixed offset when the text states one.

    Raises:
        ParseError: as :func:`parse_date`, and when the text has no time of day.
        InvalidValueError: if ``default_year`` is not a year from 1 to 9999.

    Examples:
        >>> parse_datetime("20:36 22/03/2024")
        datetime.datetime(2024, 3, 22, 20, 36)
        >>> parse_datetime("Thứ 3, 27/02/2024, 11:29[GMT+7]")
        datetime.datetime(2024, 2, 27, 11, 29, tzinfo=datetime.timezone(datetime.timedelta(seconds=25200)))
    """  # noqa: E501
    _, has_time, full = _parse(text, "datetime", default_year)
    if not has_time:
        raise ParseError("datetime", text, "no time of day")
    return full
