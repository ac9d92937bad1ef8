"""The Vietnamese language layer of :mod:`mttq`.

Numbers, money, number words, dates, Roman numerals, text, names and abbreviations, written
from the library's own tables so that a CLDR upgrade in babel cannot change the output::

    >>> from datetime import date
    >>> from mttq import vi
    >>> vi.format_number(1234567.5)
    '1.234.567,5'
    >>> vi.format_money(60_000_000_000, compact=True)
    '60 tỷ đồng'
    >>> vi.number_to_words(1_000_005)
    'một triệu không trăm linh năm'
    >>> vi.format_date(date(2018, 7, 5), style="admin")
    'ngày 05 tháng 7 năm 2018'
    >>> vi.quarter_label(date(2024, 2, 27), with_year=True)
    'quý I/2024'
    >>> vi.sort(["Đặng", "Dương", "Em"])
    ['Dương', 'Đặng', 'Em']

The submodules: :mod:`mttq.vi.numbers`, :mod:`mttq.vi.words`, :mod:`mttq.vi.roman`,
:mod:`mttq.vi.dates`, :mod:`mttq.vi.text`, :mod:`mttq.vi.names`,
:mod:`mttq.vi.abbreviations`.

Sources:
    Listed by each submodule: CLDR ``vi`` and ISO 4217 (numbers, money), Nghị định
    30/2020/NĐ-CP (dates, document abbreviations), the curriculum's reading rules (number
    words), the Vietlex dictionary order (collation).
"""

from mttq.vi.abbreviations import (
    Abbreviation,
    AbbreviationCategory,
    abbreviations,
    expand,
    find_abbreviations,
    lookup,
)
from mttq.vi.dates import (
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    place_date,
    quarter_label,
    weekday_name,
)
from mttq.vi.lists import format_list, language_name, territory_name
from mttq.vi.names import PersonName, sort_by_given_name
from mttq.vi.numbers import (
    format_compact_number,
    format_money,
    format_number,
    format_percent,
    format_vnd,
    format_year,
    parse_number,
)
from mttq.vi.roman import from_roman, roman_label, to_roman
from mttq.vi.text import fold, normalize, remove_accents, slugify, sort, sort_key
from mttq.vi.words import money_to_words, number_to_words, ordinal_words

__all__ = [
    "Abbreviation",
    "AbbreviationCategory",
    "PersonName",
    "abbreviations",
    "expand",
    "find_abbreviations",
    "fold",
    "format_compact_number",
    "format_date",
    "format_datetime",
    "format_list",
    "format_money",
    "format_number",
    "format_percent",
    "format_vnd",
    "format_year",
    "from_roman",
    "language_name",
    "lookup",
    "money_to_words",
    "normalize",
    "number_to_words",
    "ordinal_words",
    "parse_date",
    "parse_datetime",
    "parse_number",
    "place_date",
    "quarter_label",
    "remove_accents",
    "roman_label",
    "slugify",
    "sort",
    "sort_by_given_name",
    "sort_key",
    "territory_name",
    "to_roman",
    "weekday_name",
]
