r"""Vietnamese numbers and money: format, parse, percentages, VND and compact amounts.

Vietnamese groups thousands with a dot and writes decimals with a comma (``1.234.567,89``): the
CLDR ``vi`` number symbols (``group="."``, ``decimal=","``, ``minimumGroupingDigits=1``, so four
digit numbers are grouped too), the same as ICU and glibc ``vi_VN`` ``LC_NUMERIC``. Every string
this module writes comes from its own code and tables, never from babel at run time, so a
CLDR upgrade cannot change the output.

* :func:`format_number` follows the CLDR ``vi`` decimal pattern ``#,##0.###``: at most three
  fraction digits, trailing zeros dropped, rounding half-even (as CLDR, ICU and babel do). It
  writes the same string as ``babel.numbers.format_decimal(x, locale="vi")`` (checked on
  hundreds of thousands of random ints, floats and Decimals, ties included), including ``-0``
  for a negative value that rounds to zero (as CLDR and ICU), about ten times faster or more;
  numbers of more than 28 significant digits are written exactly (babel raises
  ``InvalidOperation``). The output does not depend on the caller's decimal context.
  ``decimals=n`` writes exactly ``n`` fraction digits. Money never shows ``-0``.
* :func:`format_year` never groups: a calendar year is ``2024``, not ``2.024``.
* :func:`parse_number` is strict. A dot always groups thousands, so a dot group must hold three
  digits: ``1.5`` is refused as ambiguous (English ``1.5`` or a typo for ``1.500``) instead of
  being read as 15 (babel ``parse_decimal`` non-strict) or 1.5.
* :func:`format_percent` takes a fraction (``0.125`` is 12,5 %) and writes no space before
  ``%`` (CLDR ``vi`` percent pattern ``#,##0%``).
* :func:`format_vnd` writes the CLDR/ICU ``vi`` currency form ``#,##0 ¤``: the dong sign U+20AB
  after a no-break space U+00A0, no minor units (ISO 4217: VND has 0 decimals), rounded
  half-up (as ICU and ECMA-402 ``Intl.NumberFormat``; babel rounds half-even and writes
  ``2 ₫`` for 2.5).
* :func:`format_money` writes ``60.000.000.000 đồng``; ``compact=True`` writes the press form
  ``60 tỷ đồng``, ``2,5 tỷ đồng``, ``45 triệu đồng`` and, from 10^12, ``1.500 tỷ đồng`` (the
  press never writes CLDR's ``1,5 nghìn tỷ``). The unit is chosen after rounding, so
  999.999.999 is ``1 tỷ đồng`` (babel: ``1000 triệu``). Below one triệu the amount is written
  in full (``150.000 đồng``): the press does not write ``0,15 triệu`` and ``nghìn`` is rare in
  money. An amount that rounds to one triệu at the requested precision (999.999 with two
  fraction digits) is ``1 triệu đồng``.
* :func:`format_compact_number` uses the same units and thresholds without ``đồng``.

Rounding: :func:`format_number` and :func:`format_percent` round half-even (the CLDR default);
money and the compact forms round half-up (ICU currency formatting, and the school rule of
"làm tròn số"). Floats are read through their shortest ``repr`` (``Decimal(repr(x))``), so
``0.1`` is 0.1, not 0.1000000000000000055...; money refuses floats that are not whole.

Sources: CLDR 47 ``common/main/vi.xml`` (symbols, decimal, percent and currency patterns,
compact ``triệu``/``tỷ``); ISO 4217 (VND, 0 minor units); checked against babel 2.18.0 and
ICU 78 (see the "Vietnamese formatting" guide).

Examples:
    >>> format_number(1234567.891)
    '1.234.567,891'
    >>> format_number(2.5, decimals=2)
    '2,50'
    >>> parse_number("1.234,5")
    Decimal('1234.5')
    >>> format_vnd(2_500_000_000)
    '2.500.000.000\xa0₫'
    >>> format_money(2_500_000_000, compact=True)
    '2,5 tỷ đồng'
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_EVEN, Context, Decimal, getcontext

from mttq.errors import InvalidValueError, ParseError

__all__ = [
    "format_compact_number",
    "format_money",
    "format_number",
    "format_percent",
    "format_vnd",
    "format_year",
    "parse_number",
]

#: The group (thousands) separator of CLDR ``vi``.
GROUP = "."
#: The decimal separator of CLDR ``vi``.
DECIMAL = ","
#: The Vietnamese dong sign (U+20AB).
DONG_SIGN = "\u20ab"
#: The currency noun written after an amount.
DONG = "đồng"

_NBSP = "\u00a0"
_NNBSP = "\u202f"
_DIGIT_CHARS = "0123456789"
_DIGITS = frozenset(_DIGIT_CHARS)
_MAX_DECIMALS = 30
_MAX_DIGITS = 4300
_MAX_PARSE_LENGTH = 1000
_MILLION = 10**6
_FLOAT_DIRECT = 2.0**33
_FLOAT_PLAIN = 1e16
_MILLI = Decimal("0.001")
# Rounds half-even independently of the caller's decimal context; values it cannot hold
# (more than 60 digits) give NaN instead of raising and take the general path.
_HALF_EVEN = Context(prec=60, rounding=ROUND_HALF_EVEN, traps=[])
_BILLION = 10**9
# Compact units, smallest first: (power of ten, word). Amounts of 10^12 and more stay in tỷ.
_TRIEU = (6, "triệu")
_TY = (9, "tỷ")

Number = int | Decimal | float


# --------------------------------------------------------------------------- helpers


def _to_decimal(value: object, field: str) -> Decimal:
    """Return ``value`` as a finite :class:`~decimal.Decimal`, refusing anything else."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidValueError(field, value, "must be a finite number")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(field, value, "expected an int, a Decimal or a float")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValueError(field, value, "must be a finite number")
        return Decimal(repr(value))
    return Decimal(value)


def _check_size(value: Decimal, field: str) -> None:
    """Refuse numbers too large to write (more than 4300 digits, Python's ``int`` limit)."""
    if value.adjusted() >= _MAX_DIGITS:
        raise InvalidValueError(field, value, f"has more than {_MAX_DIGITS} digits")


def _shift(value: Decimal, places: int) -> Decimal:
    """Return ``value * 10**places`` exactly (``Decimal.scaleb`` rounds to the context)."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits, exponent + places))


def _check_places(places: object, field: str) -> int:
    """Validate a number of fraction digits."""
    if isinstance(places, bool) or not isinstance(places, int):
        raise InvalidValueError(field, places, "expected an int")
    if not 0 <= places <= _MAX_DECIMALS:
        raise InvalidValueError(field, places, f"must be between 0 and {_MAX_DECIMALS}")
    return places


def _round(value: Decimal, places: int, *, half_even: bool) -> tuple[bool, str, str]:
    """Round ``value`` to at most ``places`` fraction digits without any context precision.

    Returns ``(negative, integer_digits, fraction_digits)`` of the finite ``value``; the
    fraction has exactly ``places`` digits, or fewer when the value has fewer (no padding).
    The sign of a value that rounds to zero is kept (``negative`` is True for ``-0.0001``).
    """
    if value.adjusted() < -places - 1:  # below half a unit of the last place: zero
        return value.is_signed(), "0", ""
    text = f"{value:f}"
    negative = text[0] == "-"
    if negative:
        text = text[1:]
    whole, _, frac = text.partition(".")
    if len(frac) > places:
        kept, rest = frac[:places], frac[places:]
        first = rest[0]
        if first > "5":
            up = True
        elif first < "5":
            up = False
        elif rest[1:].strip("0"):
            up = True
        elif half_even:
            last = kept[-1] if kept else whole[-1]
            up = last in "13579"
        else:
            up = True
        if up:
            bumped = str(int(whole + kept) + 1)
            if places:
                bumped = bumped.rjust(places + 1, "0")
                whole, kept = bumped[:-places], bumped[-places:]
            else:
                whole, kept = bumped, ""
        frac = kept
    return negative, whole, frac


def _join(negative: bool, whole: str, frac: str, *, signed_zero: bool = False) -> str:
    """Assemble a Vietnamese number from its rounded parts.

    A negative value that rounded to zero keeps its sign only if ``signed_zero`` (CLDR, ICU
    and babel write ``-0`` in :func:`format_number`; money never does).
    """
    text = f"{int(whole):,}".replace(",", GROUP) if len(whole) > 3 else whole.lstrip("0") or "0"
    if frac:
        text += DECIMAL + frac
    if negative and (signed_zero or whole.strip("0") or frac.strip("0")):
        return "-" + text
    return text


def _write(value: Decimal, places: int, *, fixed: bool, half_even: bool, signed_zero: bool) -> str:
    """Write ``value`` with at most (or, if ``fixed``, exactly) ``places`` fraction digits."""
    negative, whole, frac = _round(value, places, half_even=half_even)
    frac = frac.ljust(places, "0") if fixed else frac.rstrip("0")
    return _join(negative, whole, frac, signed_zero=signed_zero)


def _frac3(frac: str) -> str | None:
    """Round fraction digits (more than three) to three, half-even; None on a tie or a carry."""
    digit = frac[3]
    if digit < "5":
        return frac[:3]
    if digit > "5" or frac[4:].strip("0"):
        up = int(frac[:3]) + 1001
        if up == 2000:  # 999 rounds up into the integer part
            return None
        return str(up)[1:]
    return None


def _fast_default(text: str) -> str | None:
    """Write :func:`format_number`'s common case from a float's ``repr`` or a Decimal's ``str``.

    Handles plain decimal text rounded to three fraction digits half-even when neither a tie
    nor a carry into the integer part is involved; returns None for everything else
    (exponents, NaN, infinities, ties, carries, huge numbers), which takes the general path.
    """
    negative = text[0] == "-"
    if "e" in text or "E" in text or text[-1] not in _DIGIT_CHARS:
        return None
    if negative:
        text = text[1:]
    whole, _, frac = text.partition(".")
    if len(frac) > 3:
        rounded = _frac3(frac)
        if rounded is None:
            return None
        frac = rounded
    frac = frac.rstrip("0")
    size = len(whole)
    if size > 3:
        if size <= 6:
            whole = whole[:-3] + GROUP + whole[-3:]
        elif size <= 9:
            whole = whole[:-6] + GROUP + whole[-6:-3] + GROUP + whole[-3:]
        elif size <= _MAX_DIGITS:
            whole = f"{int(whole):,}".replace(",", GROUP)
        else:
            return None
    if frac:
        whole += DECIMAL + frac
    return "-" + whole if negative else whole


def _whole_amount(amount: object, field: str) -> int:
    """Return a money amount in whole đồng: Decimals rounded half-up, floats only if whole."""
    if isinstance(amount, float) and not isinstance(amount, bool):
        if not math.isfinite(amount):
            raise InvalidValueError(field, amount, "must be a finite number")
        if not amount.is_integer():
            raise InvalidValueError(
                field, amount, "a float amount must be whole; pass a Decimal to round"
            )
        return int(amount)
    if isinstance(amount, int) and not isinstance(amount, bool):
        return amount
    value = _to_decimal(amount, field)
    _check_size(value, field)
    negative, whole, _ = _round(value, 0, half_even=False)
    return -int(whole) if negative else int(whole)


# --------------------------------------------------------------------------- formatting


def format_number(value: Number, *, decimals: int | None = None) -> str:
    """Write a number the Vietnamese way: ``.`` groups thousands, ``,`` marks decimals.

    Args:
        value: an ``int``, a :class:`~decimal.Decimal` or a ``float`` (read through its
            shortest ``repr``); ``bool``, NaN and infinities are refused.
        decimals: ``None`` (default) writes at most three fraction digits and drops trailing
            zeros (CLDR ``#,##0.###``); an int writes exactly that many. Rounding is
            half-even and a negative value that rounds to zero is ``-0``, as CLDR and babel.

    Returns:
        The formatted number, such as ``"1.234.567,89"``.

    Raises:
        InvalidValueError: ``value`` is not a finite number or ``decimals`` is not 0..30.

    Examples:
        >>> format_number(1234567)
        '1.234.567'
        >>> format_number(Decimal("1234.5"))
        '1.234,5'
        >>> format_number(0.05)
        '0,05'
        >>> format_number(Decimal("2.0005"))
        '2'
        >>> format_number(1234.5, decimals=2)
        '1.234,50'
    """
    kind = type(value)
    if decimals is None:
        # Fast paths for the common cases; anything unusual takes the checked path below.
        if kind is int:
            try:
                return f"{value:,}".replace(",", GROUP)
            except ValueError:  # more digits than int -> str allows
                raise InvalidValueError(
                    "value", value, f"has more than {_MAX_DIGITS} digits"
                ) from None
        if isinstance(value, Decimal):
            if (
                getcontext().rounding == ROUND_HALF_EVEN
                and value.is_finite()
                and value.adjusted() < _MAX_DIGITS
            ):
                # Decimal formatting rounds with the caller's context rounding: use it only
                # when that is CLDR's half-even.
                text = f"{value:,.3f}".rstrip("0").rstrip(".")
                return text.replace(",", "_").replace(".", DECIMAL).replace("_", GROUP)
            text = str(value)
            if "E" in text or len(text.partition(".")[2]) > 3:
                # Round half-even whatever the caller's decimal context says.
                text = str(value.quantize(_MILLI, context=_HALF_EVEN))
            fast = _fast_default(text)
            if fast is not None:
                return fast
        elif isinstance(value, float):
            # Away from a rounding tie, rounding the binary value (C-level formatting) gives
            # the same three digits as rounding its shortest repr (what CLDR/babel round):
            # below 2**33 the two differ by less than 1e-6, well inside the 1e-5 margin.
            if -_FLOAT_DIRECT < value < _FLOAT_DIRECT:
                if not 0.49 < value * 1000.0 % 1.0 < 0.51:
                    text = f"{value:_.3f}".rstrip("0").rstrip(".")
                    return text.replace(".", DECIMAL).replace("_", GROUP)
            elif -_FLOAT_PLAIN < value < _FLOAT_PLAIN:
                # From 2**33 to 1e16 a float's repr is plain and its integer part is int(value)
                # (an integer there is itself a float, so the repr never crosses one).
                frac = repr(value).partition(".")[2]
                rounded = _frac3(frac) if len(frac) > 3 else frac
                if rounded is not None:
                    head = f"{int(value):_}".replace("_", GROUP)
                    rounded = rounded.rstrip("0")
                    return head + DECIMAL + rounded if rounded else head
            fast = _fast_default(repr(value))
            if fast is not None:
                return fast
    number = _to_decimal(value, "value")
    _check_size(number, "value")
    if decimals is None:
        return _write(number, 3, fixed=False, half_even=True, signed_zero=True)
    places = _check_places(decimals, "decimals")
    return _write(number, places, fixed=True, half_even=True, signed_zero=True)


def format_year(year: int) -> str:
    """Write a calendar year, never grouped (``năm 2024``, not ``năm 2.024``).

    Args:
        year: the year, 1 to 9999.

    Returns:
        The year in digits.

    Raises:
        InvalidValueError: ``year`` is not an int between 1 and 9999.

    Examples:
        >>> format_year(2024)
        '2024'
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidValueError("year", year, "expected an int")
    if not 1 <= year <= 9999:
        raise InvalidValueError("year", year, "must be between 1 and 9999")
    return str(year)


def format_percent(value: Number, *, decimals: int = 0) -> str:
    """Write a fraction as a Vietnamese percentage (``0.125`` -> ``12,5%``).

    Args:
        value: the fraction (1 is 100 %), as int, Decimal or float.
        decimals: the exact number of fraction digits of the percentage (default 0);
            rounding is half-even, as CLDR.

    Returns:
        The percentage with a decimal comma and no space before ``%``.

    Raises:
        InvalidValueError: ``value`` is not a finite number or ``decimals`` is not 0..30.

    Examples:
        >>> format_percent(0.125, decimals=1)
        '12,5%'
        >>> format_percent(Decimal("0.9"))
        '90%'
    """
    number = _to_decimal(value, "value")
    _check_size(number, "value")
    places = _check_places(decimals, "decimals")
    return _write(_shift(number, 2), places, fixed=True, half_even=True, signed_zero=True) + "%"


def format_vnd(amount: Number) -> str:
    r"""Write an amount of Vietnamese dong with the dong sign: ``2.500.000.000\xa0₫``.

    Args:
        amount: the amount in đồng: an int, a Decimal (rounded half-up to whole đồng) or a
            whole float.

    Returns:
        The grouped amount, a no-break space (U+00A0) and ``₫`` (U+20AB).

    Raises:
        InvalidValueError: ``amount`` is not a number, or a float with a fraction.

    Examples:
        >>> format_vnd(-15000)
        '-15.000\xa0₫'
        >>> format_vnd(Decimal("2.5"))
        '3\xa0₫'
    """
    return format_number(_whole_amount(amount, "amount")) + _NBSP + DONG_SIGN


def _compact(value: Decimal, places: int) -> str:
    """Write ``value`` in triệu or tỷ when large enough (see the module docs), else in full."""
    size = value.copy_abs()
    unit: tuple[int, str] | None
    if size >= _BILLION:
        unit = _TY
    elif size >= _MILLION:
        unit = _TRIEU
    else:
        unit = None
        # An amount that rounds to one triệu at the shown precision is written in triệu.
        _, whole, _ = _round(_shift(size, -6), places, half_even=False)
        if int(whole) >= 1:
            unit = _TRIEU
    if unit is None:
        return _write(value, places, fixed=False, half_even=False, signed_zero=False)
    power, word = unit
    negative, whole, frac = _round(_shift(value, -power), places, half_even=False)
    if unit is _TRIEU and len(whole.lstrip("0")) > 3:
        # 999,999.. triệu rounded up to 1000 triệu: the next unit.
        power, word = _TY
        negative, whole, frac = _round(_shift(value, -power), places, half_even=False)
    return _join(negative, whole, frac.rstrip("0")) + " " + word


def format_money(amount: Number, *, compact: bool = False, max_fraction_digits: int = 2) -> str:
    """Write an amount of money in đồng, in full or in the compact press form.

    Args:
        amount: the amount in đồng: an int, a Decimal or a whole float.
        compact: ``False`` writes every digit (``60.000.000.000 đồng``, Decimals rounded
            half-up to whole đồng); ``True`` writes ``60 tỷ đồng``, ``2,5 tỷ đồng``,
            ``45 triệu đồng``, ``1.500 tỷ đồng`` (10^12 and more), and amounts below one triệu
            in full (``150.000 đồng``).
        max_fraction_digits: the most fraction digits of the compact number (trailing zeros
            are dropped); rounding is half-up and the unit is chosen after rounding.

    Returns:
        The amount followed by ``đồng``.

    Raises:
        InvalidValueError: ``amount`` is not a number, is a float with a fraction, or
            ``max_fraction_digits`` is not 0..30.

    Examples:
        >>> format_money(60_000_000_000)
        '60.000.000.000 đồng'
        >>> format_money(45_000_000, compact=True)
        '45 triệu đồng'
        >>> format_money(999_999, compact=True)
        '1 triệu đồng'
        >>> format_money(1_500_000_000_000, compact=True)
        '1.500 tỷ đồng'
        >>> format_money(150_000, compact=True)
        '150.000 đồng'
    """
    places = _check_places(max_fraction_digits, "max_fraction_digits")
    whole = _whole_amount(amount, "amount")
    if not compact:
        return format_number(whole) + " " + DONG
    return _compact(Decimal(whole), places) + " " + DONG


def format_compact_number(value: Number, *, max_fraction_digits: int = 2) -> str:
    """Write a large number in the compact form ``2,5 tỷ``, ``45 triệu``, ``1.500 tỷ``.

    The units and thresholds are those of :func:`format_money` with ``compact=True``: triệu
    from one million (after rounding), tỷ from one billion, tỷ counted with grouping from
    10^12; smaller numbers are written in full with at most ``max_fraction_digits`` fraction
    digits. Rounding is half-up.

    Args:
        value: an int, a Decimal or a float.
        max_fraction_digits: the most fraction digits shown (trailing zeros are dropped).

    Returns:
        The compact number.

    Raises:
        InvalidValueError: ``value`` is not a finite number or ``max_fraction_digits`` is
            not 0..30.

    Examples:
        >>> format_compact_number(2_500_000_000)
        '2,5 tỷ'
        >>> format_compact_number(1_234_567)
        '1,23 triệu'
        >>> format_compact_number(12_345)
        '12.345'
    """
    places = _check_places(max_fraction_digits, "max_fraction_digits")
    number = _to_decimal(value, "value")
    _check_size(number, "value")
    return _compact(number, places)


# --------------------------------------------------------------------------- parsing

_SEPARATORS = frozenset((GROUP, _NBSP, _NNBSP))
_MINUS = ("-", "\u2212")


def parse_number(text: str) -> Decimal:
    """Read a number written the Vietnamese way, strictly.

    Accepted: an optional ``+``/``-`` (or U+2212 minus), digits grouped by ``.``, a no-break
    space or a narrow no-break space in groups of three (``1.234.567``) or not grouped at all
    (``1234567``), and an optional decimal comma with digits (``1.234,5``); whitespace around
    the number is ignored. Anything else is refused, in particular ``1.5`` (a dot group that
    is not three digits is ambiguous), ``0.123``, mixed separators, exponents and words.

    Args:
        text: the text to read.

    Returns:
        The exact value, keeping the fraction digits as written (``"2,50"`` ->
        ``Decimal("2.50")``).

    Raises:
        InvalidValueError: ``text`` is not a ``str``.
        ParseError: ``text`` is not a Vietnamese number.

    Examples:
        >>> parse_number("1.234.567")
        Decimal('1234567')
        >>> parse_number(" -1.234,50 ")
        Decimal('-1234.50')
        >>> parse_number("1.5")
        Traceback (most recent call last):
        ...
        mttq.errors.ParseError: cannot parse number from '1.5': ambiguous: ...
    """
    if not isinstance(text, str):
        raise InvalidValueError("text", text, "expected a str")
    if len(text) > _MAX_PARSE_LENGTH:
        raise ParseError("number", text, f"longer than {_MAX_PARSE_LENGTH} characters")
    body = text.strip()
    if not body:
        raise ParseError("number", text, "empty")
    sign = ""
    if body[0] in _MINUS:
        sign, body = "-", body[1:]
    elif body[0] == "+":
        body = body[1:]
    whole, comma, frac = body.partition(DECIMAL)
    if comma and (not frac or not _DIGITS.issuperset(frac)):
        raise ParseError("number", text, "expected digits after the decimal comma")
    if not whole:
        raise ParseError("number", text, "expected digits before the decimal comma")
    if not _DIGITS.issuperset(whole):
        whole = _ungroup(whole, text)
    return Decimal(sign + whole + ("." + frac if comma else ""))


def _ungroup(whole: str, text: str) -> str:
    """Check and remove the thousands separators of the integer part of ``text``."""
    seps = {c for c in whole if c not in _DIGITS}
    if len(seps) != 1 or not seps <= _SEPARATORS:
        bad = "".join(sorted(seps - _SEPARATORS)) or "".join(sorted(seps))
        if seps <= _SEPARATORS:
            reason = "mixed thousands separators"
        else:
            reason = f"unexpected character(s) {bad!r}"
        raise ParseError("number", text, reason)
    (sep,) = seps
    groups = whole.split(sep)
    first = groups[0]
    if not 1 <= len(first) <= 3 or first[0] == "0" or any(len(g) != 3 for g in groups[1:]):
        if sep == GROUP:
            reason = (
                "ambiguous: a dot groups thousands in Vietnamese and each group has three "
                "digits; write a decimal comma (1,5) or full groups (1.500)"
            )
        else:
            reason = "thousands groups must have three digits"
        raise ParseError("number", text, reason)
    return "".join(groups)
