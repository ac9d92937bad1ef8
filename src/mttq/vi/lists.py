"""Lists, countries and languages in Vietnamese, from CLDR's ``vi`` data through babel.

Where CLDR's Vietnamese data is right, the library reads it through babel with an explicit
``Locale("vi")`` (never the process's locale) instead of keeping a table of its own; a golden
test pins every form the library relies on, so a CLDR upgrade that changed one would fail the
tests rather than change a report silently::

    >>> format_list(["Hội Nông dân", "Đoàn Thanh niên", "Hội Cựu chiến binh"])
    'Hội Nông dân, Đoàn Thanh niên và Hội Cựu chiến binh'
    >>> format_list(["Cờ thi đua", "Bằng khen"], style="or")
    'Cờ thi đua hoặc Bằng khen'
    >>> territory_name("LA"), language_name("km")
    ('Lào', 'Tiếng Khmer')
    >>> language_name("vi", in_sentence=True)
    'tiếng Việt'

What CLDR gets wrong for our texts, and the library therefore does itself: CLDR gives a
language name with a capital (``Tiếng Việt``), the form that stands alone (a heading, a menu);
inside a sentence Vietnamese writes ``tiếng Việt``, so ``in_sentence=True`` lower-cases the
first letter. Numbers, money, number words and dates come from the library's own tables (see
:mod:`mttq.vi.numbers`, :mod:`mttq.vi.dates`), because CLDR's forms differ from the Decree
30/2020 style there.

babel is imported on the first call, not when :mod:`mttq` is imported, so that
``import mttq`` stays fast.

Sources: Unicode CLDR, locale ``vi`` (list patterns, territory and language names), read
through babel; Nghị định 30/2020/NĐ-CP (the administrative style the other modules follow).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from mttq.errors import InvalidValueError, UnknownCodeError

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["format_list", "language_name", "territory_name"]

_STYLES: dict[str, Literal["standard", "or"]] = {"and": "standard", "or": "or"}


@functools.cache
def _locale() -> Locale:
    """The ``vi`` locale of babel, loaded once, on first use."""
    from babel import Locale  # noqa: PLC0415 - babel loads on first use, not at import

    return Locale("vi")


def format_list(items: Iterable[str], *, style: Literal["and", "or"] = "and") -> str:
    """Join items the Vietnamese way: ``A``, ``A và B``, ``A, B và C`` (CLDR ``vi``).

    Args:
        items: the texts, in order.
        style: ``"and"`` (``và``) or ``"or"`` (``hoặc``).

    Raises:
        InvalidValueError: ``items`` is not an iterable of str, or ``style`` is unknown.

    Examples:
        >>> format_list([])
        ''
        >>> format_list(["Hội Nông dân"])
        'Hội Nông dân'
        >>> format_list(["A", "B"])
        'A và B'
    """
    pattern = _STYLES.get(style) if isinstance(style, str) else None
    if pattern is None:
        raise InvalidValueError("style", style, "expected 'and' or 'or'")
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise InvalidValueError("items", items, "expected an iterable of str")
    texts = list(items)
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise InvalidValueError(("items", i), text, "expected a str")
    if len(texts) <= 1:
        return "".join(texts)
    from babel.lists import format_list as babel_format_list  # noqa: PLC0415 - on first use

    joined: str = babel_format_list(texts, style=pattern, locale=_locale())
    return joined


def territory_name(code: str) -> str:
    """The Vietnamese name of a country or territory by its ISO 3166 code (CLDR ``vi``).

    Raises:
        UnknownCodeError: ``code`` is not a territory CLDR names.

    Examples:
        >>> territory_name("VN"), territory_name("kh")
        ('Việt Nam', 'Campuchia')
    """
    if not isinstance(code, str):
        raise InvalidValueError("code", code, "expected a str")
    name = _locale().territories.get(code.upper())
    if not isinstance(name, str):
        raise UnknownCodeError("territory", code)
    return name


def language_name(code: str, *, in_sentence: bool = False) -> str:
    """The Vietnamese name of a language by its ISO 639 code (CLDR ``vi``).

    Args:
        code: the language code (``"vi"``, ``"km"``, ``"en"``).
        in_sentence: the form written inside a sentence (``tiếng Việt``) instead of CLDR's
            stand-alone form (``Tiếng Việt``).

    Raises:
        UnknownCodeError: ``code`` is not a language CLDR names.

    Examples:
        >>> language_name("en"), language_name("en", in_sentence=True)
        ('Tiếng Anh', 'tiếng Anh')
    """
    if not isinstance(code, str):
        raise InvalidValueError("code", code, "expected a str")
    name = _locale().languages.get(code.lower())
    if not isinstance(name, str):
        raise UnknownCodeError("language", code)
    if in_sentence and name[:1].isupper():
        return name[:1].lower() + name[1:]
    return name
