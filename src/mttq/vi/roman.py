"""Roman numerals, as Vietnamese writes congress terms, quarters and ordinals.

Vietnamese uses Roman numerals for the terms of elected bodies and the ordinals of congresses
(``Quốc hội khóa XV``, ``Đại hội lần thứ XIII``, ``lần thứ IX``) and for quarters
(``quý I/2024``), while session and plenum numbers stay in Arabic digits (``kỳ họp thứ 5``,
``Hội nghị Trung ương 8``).

* :func:`to_roman` writes the standard subtractive form (``IV``, ``IX``, ``XL``, ``XC``,
  ``CD``, ``CM``) in upper case, for 1 to 3999: there is no Roman zero, and 4000 would need
  ``MMMM`` or an overline.
* :func:`from_roman` is strict: it accepts exactly the canonical form, in any letter case
  and with surrounding whitespace, and refuses ``IIII``, ``VX``, ``IC``, ``IL``, ``MMMM``,
  the empty string and anything with other characters. It reads in one linear pass, then
  checks that the value writes back to the same letters, so junk of any length fails fast.
* :func:`roman_label` joins a Vietnamese prefix and the numeral: ``lần thứ IX``.

Sources: the standard Roman numeral notation (subtractive pairs only for I/X/C before the next
two larger symbols); usage as in the names of the Party congresses and the National Assembly
terms (``Quốc hội khóa XV``, 2021-2026) and GSO quarterly reports (``quý I/2024``).

Examples:
    >>> to_roman(2024)
    'MMXXIV'
    >>> from_roman("xiii")
    13
    >>> roman_label("Quốc hội khóa", 15)
    'Quốc hội khóa XV'
"""

from __future__ import annotations

import unicodedata

from mttq.errors import InvalidValueError, ParseError

__all__ = ["from_roman", "roman_label", "to_roman"]

_MIN = 1
_MAX = 3999
_LONGEST = 15  # MMMDCCCLXXXVIII
_THOUSANDS = ("", "M", "MM", "MMM")
_HUNDREDS = ("", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM")
_TENS = ("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC")
_ONES = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    """Write ``n`` (1 to 3999) in upper-case Roman numerals.

    Args:
        n: the number.

    Returns:
        The canonical numeral.

    Raises:
        InvalidValueError: ``n`` is not an int between 1 and 3999.

    Examples:
        >>> to_roman(14), to_roman(90), to_roman(3999)
        ('XIV', 'XC', 'MMMCMXCIX')
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise InvalidValueError("n", n, "expected an int")
    if not _MIN <= n <= _MAX:
        raise InvalidValueError("n", n, f"a Roman numeral is between {_MIN} and {_MAX}")
    return _THOUSANDS[n // 1000] + _HUNDREDS[n // 100 % 10] + _TENS[n // 10 % 10] + _ONES[n % 10]


def from_roman(text: str) -> int:
    """Read a Roman numeral strictly (canonical form only; any letter case).

    Args:
        text: the numeral, such as ``"XIV"`` or ``"xiv"``; surrounding whitespace is ignored.

    Returns:
        Its value, 1 to 3999.

    Raises:
        InvalidValueError: ``text`` is not a ``str``.
        ParseError: ``text`` is empty, has a character other than ``IVXLCDM``, or is not
            the canonical numeral of its value (``IIII``, ``VX``, ``IC``).

    Examples:
        >>> from_roman("MCMXCIV")
        1994
        >>> from_roman("IIII")
        Traceback (most recent call last):
        ...
        mttq.errors.ParseError: cannot parse Roman numeral from 'IIII': not canonical; ...
    """
    if not isinstance(text, str):
        raise InvalidValueError("text", text, "expected a str")
    body = text.strip()
    if not body:
        raise ParseError("Roman numeral", text, "empty")
    if len(body) > _LONGEST:
        raise ParseError("Roman numeral", text, f"longer than {_LONGEST} letters")
    letters = body.upper() if body.isascii() else ""
    total = 0
    previous = 0
    for letter in reversed(letters):
        value = _VALUES.get(letter)
        if value is None:
            break
        if value < previous:
            total -= value
        else:
            total += value
            previous = value
    else:
        if letters and _MIN <= total <= _MAX:
            canonical = to_roman(total)
            if canonical == letters:
                return total
            raise ParseError(
                "Roman numeral", text, f"not canonical; {total} is written {canonical}"
            )
        if letters:
            raise ParseError("Roman numeral", text, f"out of range {_MIN}..{_MAX}")
    raise ParseError("Roman numeral", text, "only the letters I V X L C D M are allowed")


def roman_label(prefix: str, n: int) -> str:
    """Join a Vietnamese prefix and a Roman numeral: ``lần thứ IX``, ``khóa XV``.

    Args:
        prefix: the words before the numeral (NFC-normalised, surrounding spaces removed).
        n: the number, 1 to 3999.

    Returns:
        ``prefix``, one space and the numeral (or only the numeral if ``prefix`` is blank).

    Raises:
        InvalidValueError: ``prefix`` is not a ``str`` or ``n`` is not 1..3999.

    Examples:
        >>> roman_label("lần thứ", 9)
        'lần thứ IX'
        >>> roman_label("Đại hội đại biểu toàn quốc lần thứ", 13)
        'Đại hội đại biểu toàn quốc lần thứ XIII'
    """
    if not isinstance(prefix, str):
        raise InvalidValueError("prefix", prefix, "expected a str")
    numeral = to_roman(n)
    words = unicodedata.normalize("NFC", prefix).strip()
    return f"{words} {numeral}" if words else numeral
