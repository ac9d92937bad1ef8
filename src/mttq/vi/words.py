"""Vietnamese number words: cardinals, decimals, the "Bằng chữ" money line and ordinals.

The reading rules (the school-textbook standard, Northern by default):

* units: ``không một hai ba bốn năm sáu bảy tám chín``; 10 is ``mười``, 20-90 ``hai mươi``...
  (tens digit 1 is ``mười``, 2-9 take ``mươi``);
* after ``mươi`` (tens 2-9) a unit 1 is ``mốt`` (``hai mươi mốt``) and a unit 4 is ``tư``
  (``hai mươi tư``; ``four="bốn"`` keeps ``bốn``); after ``mười`` or a zero tens they stay
  ``một``/``bốn`` (``mười một``, ``mười bốn``, ``một trăm linh bốn``);
* after any tens digit 1-9 a unit 5 is ``lăm`` (``mười lăm``, ``hai mươi lăm``); after a zero
  tens it stays ``năm`` (``một trăm linh năm``);
* a zero tens between a spoken hundreds and a unit is ``linh`` (``lẻ`` with
  ``dialect="south"``);
* groups of three digits: ``nghìn`` (``ngàn`` in the South), ``triệu``, ``tỷ`` (``tỉ`` with
  ``billion="tỉ"``). Every group after the first is read in full, with ``không trăm``
  (``một nghìn không trăm linh năm``, ``một triệu không trăm linh năm nghìn``). An all-zero
  group is skipped and the next group is read in full: 1.000.005 is
  ``một triệu không trăm linh năm`` (the other readings in use, ``một triệu không nghìn không
  trăm linh năm`` and the colloquial ``một triệu lẻ năm``, are not produced);
* above 999 tỷ the number of tỷ is read as a number and ``tỷ`` is said once:
  10^12 ``một nghìn tỷ``, 2,5·10^12 ``hai nghìn năm trăm tỷ`` (never ``hai nghìn tỷ năm trăm
  tỷ``), 10^15 ``một triệu tỷ``, 10^18 ``một tỷ tỷ``; so ``tỷ tỷ`` first appears at 10^18;
* a negative number starts with ``âm``; the decimal comma is ``phẩy``; the fraction's leading
  zeros are each ``không`` and the rest is read as a number (``2,38`` = ``hai phẩy ba mươi
  tám``, ``0,05`` = ``không phẩy không năm``) or, with ``fraction="digits"``, digit by digit
  (``ba phẩy một bốn``). The fraction is read as written: ``Decimal("2.50")`` ends in
  ``năm mươi``.

Input is an ``int``, a :class:`~decimal.Decimal` or a Vietnamese number string
(``"1.234,5"``, read by :func:`mttq.vi.numbers.parse_number`), never a ``float``: a float
such as ``0.1`` or ``2.675`` is not the number its digits show, and reading it through
``'%.2f'`` is how num2words says ``hai phẩy năm mươi`` for 2.5. Floats raise
:class:`~mttq.errors.InvalidValueError`; pass ``Decimal(str(x))`` if you mean the digits.

Sources: the reading rules taught in the Vietnamese primary mathematics curriculum (Toán 3-4,
"đọc số"); the public issue threads num2words #69 (``không trăm``), read-vietnamese-number-js
#38 (the single ``tỷ``) and phpviet/number-to-words #5 (``tư``/``bốn``); ordinals
``thứ nhất``, ``thứ tư`` as in ICU RBNF ``vi`` ``spellout-ordinal``.

Examples:
    >>> number_to_words(1_000_005)
    'một triệu không trăm linh năm'
    >>> number_to_words(2_500_000_000_000)
    'hai nghìn năm trăm tỷ'
    >>> number_to_words("0,05")
    'không phẩy không năm'
    >>> money_to_words(33_257)
    'Ba mươi ba nghìn hai trăm năm mươi bảy đồng'
    >>> ordinal_words(4)
    'thứ tư'
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from mttq.errors import InvalidValueError
from mttq.vi.numbers import parse_number

__all__ = [
    "Billion",
    "Dialect",
    "Four",
    "Fraction",
    "Two",
    "money_to_words",
    "number_to_words",
    "ordinal_words",
]

Dialect = Literal["north", "south"]
Four = Literal["tư", "bốn"]
Fraction = Literal["number", "digits"]
Billion = Literal["tỷ", "tỉ"]
Two = Literal["hai", "nhì"]

_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_MAX_DIGITS = 4300
_MAX_BITS = 14284  # 2**14284 < 10**4300: every int of this size has at most 4300 digits
_ZERO_TENS = {"north": "linh", "south": "lẻ"}
_THOUSAND = {"north": "nghìn", "south": "ngàn"}
_FOURS = ("tư", "bốn")
_BILLIONS = ("tỷ", "tỉ")
_FRACTIONS = ("number", "digits")


def _read_group(hundreds: int, tens: int, units: int, *, full: bool, zero: str, four: str) -> str:
    """Read one group of three digits (never all zero when ``full`` is False)."""
    words: list[str] = []
    if full or hundreds:
        words += (_UNITS[hundreds], "trăm")
    if tens == 0:
        if units:
            if words:
                words.append(zero)
            words.append(_UNITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _UNITS[units])
    else:
        words += (_UNITS[tens], "mươi")
        if units == 1:
            words.append("mốt")
        elif units == 4:
            words.append(four)
        elif units == 5:
            words.append("lăm")
        elif units:
            words.append(_UNITS[units])
    return " ".join(words)


# One reader per option set: (leading readings, full readings, nghìn/ngàn, tỷ/tỉ).
_Reader = tuple[tuple[str, ...], tuple[str, ...], str, str]
_READERS: dict[tuple[object, object, object], _Reader] = {}


def _reader(dialect: object, four: object, billion: object) -> _Reader:
    """The readings of every 3-digit group 0-999 for one option set (validated, cached)."""
    key = (dialect, four, billion)
    try:
        reader = _READERS.get(key)
    except TypeError:  # an unhashable option: refused below
        reader = None
    if reader is None:
        _check_option("dialect", dialect, ("north", "south"))
        _check_option("four", four, _FOURS)
        _check_option("billion", billion, _BILLIONS)
        zero = _ZERO_TENS[str(dialect)]
        lead = ["không"]
        full = [_read_group(0, 0, 0, full=True, zero=zero, four=str(four))]
        for n in range(1, 1000):
            h, t, u = n // 100, n // 10 % 10, n % 10
            lead.append(_read_group(h, t, u, full=False, zero=zero, four=str(four)))
            full.append(_read_group(h, t, u, full=True, zero=zero, four=str(four)))
        reader = (tuple(lead), tuple(full), _THOUSAND[str(dialect)], str(billion))
        _READERS[key] = reader
    return reader


def _read_int(n: int, reader: _Reader) -> str:
    """Read a non-negative int."""
    lead, full, thousand, billion = reader
    if n < 1000:
        return lead[n]
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words: list[str] = []
    table = lead
    for level in range(len(groups) - 1, -1, -1):
        group = groups[level]
        step = level % 3
        if group:
            words.append(table[group])
            table = full
            if step == 1:
                words.append(thousand)
            elif step == 2:
                words.append("triệu")
        if step == 0 and level:
            words.append(billion)
    return " ".join(words)


def _check_option(name: str, value: object, allowed: tuple[str, ...]) -> str:
    """Validate a keyword option against its allowed values."""
    if not isinstance(value, str) or value not in allowed:
        raise InvalidValueError(name, value, "must be one of " + ", ".join(map(repr, allowed)))
    return value


def _split(value: object) -> tuple[bool, str, str]:
    """Return ``(negative, integer digits, fraction digits)`` of an int, Decimal or vi string."""
    if isinstance(value, bool | float):
        raise InvalidValueError(
            "value",
            value,
            "floats are not read (their digits are not exact); pass an int, a Decimal or a "
            "Vietnamese number string such as '2,5'",
        )
    if isinstance(value, int):
        if value.bit_length() > _MAX_BITS:
            raise InvalidValueError("value", value, f"has more than {_MAX_DIGITS} digits")
        return value < 0, str(abs(value)), ""
    if isinstance(value, str):
        value = parse_number(value)
    if not isinstance(value, Decimal):
        raise InvalidValueError("value", value, "expected an int, a Decimal or a str")
    if not value.is_finite():
        raise InvalidValueError("value", value, "must be a finite number")
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if value.adjusted() >= _MAX_DIGITS or -exponent > _MAX_DIGITS:
        raise InvalidValueError("value", value, f"has more than {_MAX_DIGITS} digits")
    text = f"{value:f}"
    negative = text[0] == "-"
    whole, _, frac = text.lstrip("-").partition(".")
    return negative, whole, frac


def number_to_words(
    value: int | Decimal | str,
    *,
    dialect: Dialect = "north",
    four: Four = "tư",
    fraction: Fraction = "number",
    billion: Billion = "tỷ",
) -> str:
    """Read a number in Vietnamese words.

    Args:
        value: an ``int`` of any size (up to 4300 digits), a :class:`~decimal.Decimal`, or a
            Vietnamese number string such as ``"1.234,5"``. Floats are refused.
        dialect: ``"north"`` (``linh``, ``nghìn``; the school standard) or ``"south"``
            (``lẻ``, ``ngàn``).
        four: how a unit 4 after ``mươi`` is read: ``"tư"`` (default) or ``"bốn"``.
        fraction: ``"number"`` reads the digits after the comma as a number after their
            leading zeros (``hai phẩy ba mươi tám``); ``"digits"`` reads them one by one
            (``hai phẩy ba tám``).
        billion: the spelling of 10^9: ``"tỷ"`` (default) or ``"tỉ"``.

    Returns:
        The words, in lower case, separated by single spaces.

    Raises:
        InvalidValueError: a float, a non-number, a number too long, or an unknown option.
        ParseError: a string that is not a Vietnamese number (see ``parse_number``).

    Examples:
        >>> number_to_words(1005)
        'một nghìn không trăm linh năm'
        >>> number_to_words(1005, dialect="south")
        'một ngàn không trăm lẻ năm'
        >>> number_to_words(24), number_to_words(24, four="bốn")
        ('hai mươi tư', 'hai mươi bốn')
        >>> number_to_words(-5)
        'âm năm'
        >>> number_to_words(Decimal("3.14"), fraction="digits")
        'ba phẩy một bốn'
        >>> number_to_words(10**15)
        'một triệu tỷ'
    """
    reader = _reader(dialect, four, billion)
    if fraction not in _FRACTIONS:
        _check_option("fraction", fraction, _FRACTIONS)
    if type(value) is int and 0 <= value < 10**18:
        return _read_int(value, reader)
    negative, whole, frac = _split(value)
    text = _read_int(int(whole), reader)
    if frac:
        rest = frac.lstrip("0")
        words = ["không"] * (len(frac) - len(rest))
        if rest:
            if fraction == "digits":
                words += (_UNITS[int(d)] for d in rest)
            else:
                words.append(_read_int(int(rest), reader))
        text += " phẩy " + " ".join(words)
    if negative and (whole.strip("0") or frac.strip("0")):
        text = "âm " + text
    return text


def money_to_words(
    amount: int | Decimal | str,
    *,
    dialect: Dialect = "north",
    four: Four = "tư",
    billion: Billion = "tỷ",
) -> str:
    """Write the "Bằng chữ" line of an invoice or receipt: the amount in words and ``đồng``.

    Args:
        amount: a whole number of đồng (int, a Decimal or vi string without a fraction).
        dialect: as in :func:`number_to_words`.
        four: as in :func:`number_to_words`.
        billion: as in :func:`number_to_words`.

    Returns:
        The words with a capital first letter, followed by ``đồng``.

    Raises:
        InvalidValueError: the amount is a float, has a fraction, or an option is unknown.
        ParseError: a string that is not a Vietnamese number.

    Examples:
        >>> money_to_words(2_500_000_000)
        'Hai tỷ năm trăm triệu đồng'
        >>> money_to_words(15000)
        'Mười lăm nghìn đồng'
    """
    negative, whole, frac = _split(amount)
    if frac.strip("0"):
        raise InvalidValueError("amount", amount, "must be a whole number of đồng")
    number = Decimal(("-" if negative else "") + whole)
    text = number_to_words(number, dialect=dialect, four=four, billion=billion)
    return text[0].upper() + text[1:] + " đồng"


def ordinal_words(
    n: int,
    *,
    two: Two = "hai",
    dialect: Dialect = "north",
    four: Four = "tư",
    billion: Billion = "tỷ",
) -> str:
    """Read an ordinal: ``thứ nhất``, ``thứ hai``, ``thứ ba``, ``thứ tư``, ``thứ mười``...

    ``thứ`` followed by the cardinal, except the suppletive ``thứ nhất`` (1st) and
    ``thứ tư`` (4th). Numbers ending in 1 or 4 above ten follow the cardinal
    (``thứ mười một``, ``thứ hai mươi mốt``, ``thứ mười bốn``).

    Args:
        n: the position, 1 or more.
        two: ``"hai"`` (default) or ``"nhì"`` (as ICU RBNF) for the 2nd.
        dialect: as in :func:`number_to_words`.
        four: as in :func:`number_to_words`.
        billion: as in :func:`number_to_words`.

    Returns:
        The ordinal words.

    Raises:
        InvalidValueError: ``n`` is not an int of at least 1, or an option is unknown.

    Examples:
        >>> ordinal_words(1), ordinal_words(2), ordinal_words(10)
        ('thứ nhất', 'thứ hai', 'thứ mười')
        >>> ordinal_words(2, two="nhì")
        'thứ nhì'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise InvalidValueError("n", n, "expected an int")
    if n < 1:
        raise InvalidValueError("n", n, "an ordinal starts at 1")
    _check_option("two", two, ("hai", "nhì"))
    if n == 1:
        return "thứ nhất"
    if n == 2:
        return "thứ " + two
    if n == 4:
        return "thứ tư"
    return "thứ " + number_to_words(n, dialect=dialect, four=four, billion=billion)
