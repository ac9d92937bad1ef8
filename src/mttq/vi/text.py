"""Vietnamese text: normalisation, accent folding, slugs and collation.

Every function takes ``str`` and refuses anything else with
:class:`~mttq.errors.InvalidValueError`.

* :func:`normalize` returns NFC text, reads U+00D0 ``Ð`` (Icelandic eth, a look-alike that
  legacy Windows-1258/Latin-1 conversions leave in Vietnamese data) as U+0110 ``Đ`` and puts the
  tone mark of the open syllables ``oa``, ``oe``, ``uy`` in one consistent place:
  ``tone_style="old"`` (the traditional placement, default: ``hòa``, ``khỏe``, ``thủy``,
  ``Ủy ban``) or ``"new"`` (the mark on the main vowel, as in school textbooks: ``hoà``,
  ``khoẻ``, ``thuỷ``). Only those three open syllables change; ``hoàng``, ``thuyết``, ``quý``,
  ``quả`` are the same in both styles. The style names are a convention of this library; no
  legal text is encoded.
* :func:`remove_accents` strips the five tone marks and the breve, circumflex and horn, and
  maps ``đ``/``Đ`` to ``d``/``D`` explicitly (they have no canonical decomposition).
* :func:`fold` is the key for matching: lower case, accents and punctuation removed,
  whitespace collapsed, digits kept.
* :func:`slugify` makes URL/file slugs: ``"Thừa Thiên Huế"`` -> ``"thua-thien-hue"``.
* :func:`sort_key` and :func:`sort` implement the CLDR ``vi`` collation (the tailoring
  ``&a<ă<â &d<đ &e<ê &o<ô<ơ &u<ư`` with tones ``&̀<<̉<<̃<<́<<̣`` at the secondary level), which is
  also the dictionary order of the Vietlex/Trung tâm Từ điển học rules (Vũ Xuân Lương): letters
  ``a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y`` compared over the whole string
  first, then tones ``ngang < huyền < hỏi < ngã < sắc < nặng``, then case (lower case first).
  A space sorts before any letter, so ``Hà Minh`` < ``Hàn``. Sources: CLDR ``vi`` collation
  (quoted verbatim in glibc's ``vi_VN`` locale) and the Vietlex rules, checked against ICU 78
  and glibc; two deliberate differences from ICU: ``Ð`` sorts as ``Đ``, and old/new tone
  placement sort as one word.

Examples:
    >>> normalize("Ủy ban nhân dân tỉnh Khánh Hoà")
    'Ủy ban nhân dân tỉnh Khánh Hòa'
    >>> normalize("Ủy ban nhân dân tỉnh Khánh Hòa", tone_style="new")
    'Uỷ ban nhân dân tỉnh Khánh Hoà'
    >>> remove_accents("Đặng Thị Thủy")
    'Dang Thi Thuy'
    >>> fold("Hà Nội, Việt Nam!")
    'ha noi viet nam'
    >>> slugify("Bà Rịa – Vũng Tàu")
    'ba-ria-vung-tau'
    >>> sort(["Hàn", "Đặng", "Hà Minh", "Dũng"])
    ['Dũng', 'Đặng', 'Hà Minh', 'Hàn']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

from mttq.errors import InvalidValueError

__all__ = [
    "SortKey",
    "ToneStyle",
    "fold",
    "normalize",
    "remove_accents",
    "slugify",
    "sort",
    "sort_key",
]

ToneStyle = Literal["old", "new"]
"""Where the tone mark of the open syllables ``oa``, ``oe``, ``uy`` goes."""

T = TypeVar("T")

_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})

# The five tone marks (combining), in the CLDR vi / Vietlex order after ngang (no mark).
_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
_TONE_MARKS = (_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT)
# The marks that make a new letter in Vietnamese: breve (ă), circumflex (â ê ô), horn (ơ ư).
_LETTER_MARKS = ("\u0306", "\u0302", "\u031b")
_VI_MARKS = frozenset(_TONE_MARKS + _LETTER_MARKS)


def _check_text(text: object, field: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise :class:`InvalidValueError` otherwise."""
    if not isinstance(text, str):
        raise InvalidValueError(field, text, f"must be a str, not {type(text).__name__}")
    return text


def _nfc(text: str) -> str:
    """NFC-normalise ``text`` and read the eth look-alikes ``Ð``/``ð`` as ``Đ``/``đ``."""
    return unicodedata.normalize("NFC", text).translate(_ETH)


# --------------------------------------------------------------------------- accents


def _build_accent_table() -> dict[int, str | None]:
    """Map every precomposed Latin letter with only Vietnamese marks to its base letter."""
    table: dict[int, str | None] = {}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        if marks and base.isascii() and base.isalpha() and all(m in _VI_MARKS for m in marks):
            table[code] = base
    for mark in _VI_MARKS:
        table[ord(mark)] = None
    table.update({0x0110: "D", 0x0111: "d", 0x00D0: "D", 0x00F0: "d"})
    return table


_ACCENTS = _build_accent_table()


def remove_accents(text: str) -> str:
    """Remove the Vietnamese diacritics from ``text``, keeping case and punctuation.

    The five tone marks and the breve, circumflex and horn are removed; ``đ``/``Đ`` (and the
    look-alike ``ð``/``Ð``) become ``d``/``D``. Other characters, including letters of other
    languages with other marks (``ç``, ``ü``), are kept. The result is NFC.

    Args:
        text: any text (NFC or NFD).

    Returns:
        The text without Vietnamese diacritics.

    Raises:
        InvalidValueError: ``text`` is not a ``str``.

    Examples:
        >>> remove_accents("ĐƯỜNG LÊ LỢI, Tiếng Việt")
        'DUONG LE LOI, Tieng Viet'
    """
    text = _check_text(text)
    stripped = unicodedata.normalize("NFC", text).translate(_ACCENTS)
    return unicodedata.normalize("NFC", stripped)


# --------------------------------------------------------------------------- tone placement

_LOWER_VOWELS = "aăâeêioôơuưy"
_VOWELS = frozenset(_LOWER_VOWELS + _LOWER_VOWELS.upper())
# Plain (no tone) <-> toned forms of the five letters that take part in the oa/oe/uy rule.
_TONED: dict[tuple[str, int], str] = {}
_UNTONE: dict[str, tuple[str, int]] = {}
for _base in "aeouyAEOUY":
    for _index, _mark in enumerate(("", *_TONE_MARKS)):
        _form = unicodedata.normalize("NFC", _base + _mark)
        _TONED[_base, _index] = _form
        _UNTONE[_form] = (_base, _index)
_PAIRS = frozenset({("o", "a"), ("o", "e"), ("u", "y")})
# Onsets may be any consonant letters except a final q (``qu`` + ``y``: ``quý`` is q-u-ý).
_ONSET = frozenset("bcdđghklmnprstvxBCDĐGHKLMNPRSTVX")
# Words that may need a move: up to four onset letters, then o/u and a/e/y (any tone), whole
# word only (the lookbehind keeps the scan linear: no attempt starts inside a word).
_FIRST = "".join(form for (base, _), form in _TONED.items() if base in "ouOU")
_SECOND = "".join(form for (base, _), form in _TONED.items() if base in "aeyAEY")
_CANDIDATE = re.compile(rf"(?<![^\W\d_])[^\W\d_]{{0,4}}[{_FIRST}][{_SECOND}](?![^\W\d_])")


def _place_tone(word: str, new: bool) -> str:
    """Move the tone of an open ``oa``/``oe``/``uy`` syllable to the old or new place.

    ``word`` is a match of ``_CANDIDATE``: two to six letters ending in o/u + a/e/y.
    """
    (b1, t1), (b2, t2) = _UNTONE[word[-2]], _UNTONE[word[-1]]
    if (b1.lower(), b2.lower()) not in _PAIRS or (t1 == 0) == (t2 == 0):
        return word
    onset = word[:-2]
    if any(char not in _ONSET for char in onset):
        return word
    tone = t1 or t2
    if new:
        return onset + _TONED[b1, 0] + _TONED[b2, tone]
    return onset + _TONED[b1, tone] + _TONED[b2, 0]


def normalize(text: str, *, tone_style: ToneStyle = "old") -> str:
    """Normalise Vietnamese text: NFC, ``Ð`` read as ``Đ``, one tone placement.

    The tone placement rule concerns the open syllables (no final consonant, no third vowel)
    whose vowel is ``oa``, ``oe`` or ``uy`` after a consonant onset (or none):
    ``tone_style="old"`` puts the mark on the first vowel (``hòa``, ``khỏe``, ``thủy``,
    ``Ủy``), ``"new"`` on the second (``hoà``, ``khoẻ``, ``thuỷ``, ``Uỷ``). Every other
    syllable is left as written: closed syllables (``hoàng``, ``toán``, ``huyện``), the
    ``qu`` onset where ``u`` is part of the consonant (``quý``, ``quỳ``, ``quả``), and the
    triphthongs (``ngoài``, ``khuya``). Capitals keep their case.

    Args:
        text: any text (NFC or NFD).
        tone_style: ``"old"`` (default) or ``"new"``.

    Returns:
        The normalised NFC text.

    Raises:
        InvalidValueError: ``text`` is not a ``str`` or ``tone_style`` is not known.

    Examples:
        >>> normalize("HOÀ BÌNH, Thuỷ, quý, hoàng, Ðặng")
        'HÒA BÌNH, Thủy, quý, hoàng, Đặng'
        >>> normalize("hòa thủy khỏe", tone_style="new")
        'hoà thuỷ khoẻ'
    """
    text = _check_text(text)
    if tone_style not in ("old", "new"):
        raise InvalidValueError("tone_style", tone_style, "must be 'old' or 'new'")
    text = _nfc(text)
    new = tone_style == "new"
    placed = _CANDIDATE.sub(lambda match: _place_tone(match.group(), new), text)
    if placed != text:  # a moved mark may now compose with a following combining mark
        placed = unicodedata.normalize("NFC", placed)
    return placed


# --------------------------------------------------------------------------- folding

_MAX_CACHED = 65536


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table for :func:`fold`, filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if unicodedata.category(char).startswith("M"):
            value = ""
        elif char.isalnum() or char in ".,":
            value = char
        else:
            value = " "
        if len(self) < _MAX_CACHED:
            self[code] = value
        return value


_FOLD_TABLE = _FoldTable({ord("đ"): "d", ord("ð"): "d", ord("₫"): "d"})
# A dot or comma is kept only between two digits (a number such as 100.000 or 2,5).
_LOOSE_PUNCT = re.compile(r"(?<!\d)[.,]|[.,](?!\d)")


def fold(text: str) -> str:
    """Fold ``text`` into a key for matching and searching.

    Lower case (Unicode case folding), compatibility forms resolved (NFKD), every combining
    mark removed, ``đ`` (and ``ð``, ``₫``) read as ``d``, every run of characters that are not
    letters or digits turned into one space, and the ends trimmed. A dot or comma between two
    digits is kept, so numbers stay whole (``100.000đ`` -> ``100.000d``, ``2,5`` -> ``2,5``).
    Old and new tone placement (``Hòa``/``Hoà``) fold alike.

    Args:
        text: any text.

    Returns:
        The folded key (may be empty).

    Raises:
        InvalidValueError: ``text`` is not a ``str``.

    Examples:
        >>> fold("Hà Nội, Việt Nam!")
        'ha noi viet nam'
        >>> fold("Thuỷ") == fold("THỦY") == "thuy"
        True
        >>> fold("Chi 100.000đ cho 2,5 tỷ")
        'chi 100.000d cho 2,5 ty'
    """
    text = _check_text(text)
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    folded = _LOOSE_PUNCT.sub(" ", decomposed.translate(_FOLD_TABLE))
    return " ".join(folded.split())


def slugify(text: str, *, separator: str = "-") -> str:
    """Make an ASCII-friendly slug: :func:`fold`, then runs of non-alphanumerics -> ``separator``.

    Args:
        text: any text.
        separator: the string put between words (default ``"-"``).

    Returns:
        The slug, trimmed of separators at the ends (may be empty).

    Raises:
        InvalidValueError: ``text`` or ``separator`` is not a ``str``.

    Examples:
        >>> slugify("  Khánh  Hòa  "), slugify("Quý I/2024"), slugify("Đà Nẵng")
        ('khanh-hoa', 'quy-i-2024', 'da-nang')
    """
    text = _check_text(text)
    separator = _check_text(separator, "separator")
    folded = fold(text.replace(".", " ").replace(",", " "))
    return separator.join(folded.split())


# --------------------------------------------------------------------------- collation

# Primary weights: ignorable < space < other punctuation/symbols < digits < Latin letters in
# the vi order < letters of other scripts (by code point).
_ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip
_LETTER_WEIGHT = {letter: chr(0x40 + index) for index, letter in enumerate(_ALPHABET)}
_SPACE_WEIGHT = "\x01"  # equal to _COMMON and _LOWER: sort_key joins words with it
_PUNCT_WEIGHT = "\x02"
# Secondary weights: the common weight of a base character is lower than every mark; tones in
# the CLDR vi order (grave < hook above < tilde < acute < dot below), other marks after them.
_COMMON = "\x01"
_TONE_WEIGHT = {mark: chr(0x02 + index) for index, mark in enumerate(_TONE_MARKS)}
# Tertiary weights: lower case (and uncased) before upper case.
_LOWER, _UPPER = "\x01", "\x02"


def _mark_weight(mark: str) -> str:
    """The secondary weight of a combining mark (tones first, then by code point)."""
    tone = _TONE_WEIGHT.get(mark)
    if tone is not None:
        return tone
    return chr(min(0x10 + ord(mark), 0x10FFFF))


def _collation_elements(char: str) -> tuple[str, str, str]:
    """Return the (primary, secondary, tertiary) weight strings of one NFC character."""
    if char in "\u00d0\u00f0":
        char = char.translate(_ETH)
    category = unicodedata.category(char)
    if char.isspace():
        return _SPACE_WEIGHT, _COMMON, _LOWER
    if category.startswith("M"):
        return "", _mark_weight(char), ""
    if category in ("Cc", "Cf"):
        return "", "", ""
    tertiary = _UPPER if char != char.lower() else _LOWER
    decimal = unicodedata.decimal(char, None)
    if decimal is not None:
        return chr(0x30 + decimal), _COMMON, tertiary
    parts = unicodedata.normalize("NFD", char)
    base, marks = parts[0], parts[1:]
    letter_marks = "".join(m for m in marks if m in _LETTER_MARKS)
    letter = unicodedata.normalize("NFC", base + letter_marks).lower()
    if letter in _LETTER_WEIGHT:
        marks = "".join(m for m in marks if m not in _LETTER_MARKS)
    else:
        letter = base.lower()
    primary = _LETTER_WEIGHT.get(letter)
    if primary is None:
        if not char.isalnum():
            return _PUNCT_WEIGHT, _COMMON, tertiary
        primary = chr(min(0x100 + ord(base), 0x10FFFF))
        marks = parts[1:]
    return primary, _COMMON + "".join(_mark_weight(m) for m in marks), tertiary


class _LevelTable(dict[int, str]):
    """A ``str.translate`` table of one collation level, filled on first use of a character."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def __missing__(self, code: int) -> str:
        value = _collation_elements(chr(code))[self.level]
        if len(self) < _MAX_CACHED:
            self[code] = value
        return value


_PRIMARY = _LevelTable(0)
_SECONDARY = _LevelTable(1)
_TERTIARY = _LevelTable(2)
for _code in (*range(0x20, 0x7F), *range(0xC0, 0x250), *range(0x1EA0, 0x1F00)):
    _PRIMARY[_code], _SECONDARY[_code], _TERTIARY[_code] = _collation_elements(chr(_code))

SortKey = tuple[str, str, str, str]
"""A collation key: primary, secondary and tertiary weights, then the NFC text itself."""


def sort_key(text: str) -> SortKey:
    """Return the CLDR ``vi`` collation key of ``text``.

    The key compares, in order: the letters over the whole string (``a ă â b c d đ e ê g h i k
    l m n o ô ơ p q r s t u ư v x y``, a space before any letter, punctuation before digits
    before letters), then the tones (``ngang < huyền < hỏi < ngã < sắc < nặng``), then case
    (lower case first), and finally the NFC text itself, so the order is total and the key of
    an NFD string equals the key of its NFC form. ``Ð`` (U+00D0) sorts as ``Đ``, and the old
    and new tone placements (``Hòa``/``Hoà``, see :func:`normalize`) sort as the same word on
    the first three levels, so ``Hoa < Hòa, Hoà < Hóa, Hoá`` (plain ICU would interleave them:
    ``Hoà < Hoá < Hòa < Hóa``).

    Args:
        text: any text.

    Returns:
        A tuple of four strings, comparable with ``<``.

    Raises:
        InvalidValueError: ``text`` is not a ``str``.

    Examples:
        >>> sort_key("Hà Minh") < sort_key("Hàn") < sort_key("Hạnh")
        True
        >>> sort(["Hóa", "Hoá", "Hòa", "Hoa", "Hoà"])
        ['Hoa', 'Hoà', 'Hòa', 'Hoá', 'Hóa']
        >>> import unicodedata
        >>> sort_key("Việt") == sort_key(unicodedata.normalize("NFD", "Việt"))
        True
    """
    text = unicodedata.normalize("NFC", _check_text(text))
    words = [_word_key(word) for word in text.split(" ")]
    return (
        _SPACE_WEIGHT.join([word[0] for word in words]),
        _COMMON.join([word[1] for word in words]),
        _LOWER.join([word[2] for word in words]),
        text,
    )


_WORD_KEYS: dict[str, tuple[str, str, str]] = {}


def _word_key(word: str) -> tuple[str, str, str]:
    """The three weight strings of one space-free piece of NFC text (cached per word)."""
    key = _WORD_KEYS.get(word)
    if key is None:
        placed = _CANDIDATE.sub(
            lambda match: _place_tone(match.group(), False), word.translate(_ETH)
        )
        key = (
            placed.translate(_PRIMARY),
            placed.translate(_SECONDARY),
            placed.translate(_TERTIARY),
        )
        if len(_WORD_KEYS) < _MAX_CACHED and len(word) <= 32:
            _WORD_KEYS[word] = key
    return key


def sort(
    items: Iterable[T],
    *,
    key: Callable[[T], str] | None = None,
    reverse: bool = False,
) -> list[T]:
    """Sort ``items`` in the Vietnamese (CLDR ``vi``) order of :func:`sort_key`.

    Args:
        items: the strings to sort, or any objects when ``key`` is given.
        key: a function giving the text to sort each item by (default: the item itself).
        reverse: sort in descending order.

    Returns:
        A new list, like :func:`sorted`.

    Raises:
        InvalidValueError: ``items`` is not iterable, an item (or its ``key``) is not a
            ``str``, ``key`` is not callable or ``reverse`` is not a bool.

    Examples:
        >>> sort(["Bùi", "Ân", "Ánh", "Ăn", "Ảnh", "Anh"])
        ['Anh', 'Ảnh', 'Ánh', 'Ăn', 'Ân', 'Bùi']
        >>> sort([("Hàn", 2), ("Hà Minh", 1)], key=lambda item: item[0])
        [('Hà Minh', 1), ('Hàn', 2)]
    """
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise InvalidValueError("items", items, "must be an iterable of str")
    if key is not None and not callable(key):
        raise InvalidValueError("key", key, "must be a function or None")
    if not isinstance(reverse, bool):
        raise InvalidValueError("reverse", reverse, "must be a bool")
    if key is None:
        return sorted(items, key=_item_key, reverse=reverse)
    text_of = key
    return sorted(items, key=lambda item: sort_key(text_of(item)), reverse=reverse)


def _item_key(item: object) -> SortKey:
    """The key of one item sorted without a ``key`` function (it must be a ``str``)."""
    return sort_key(_check_text(item, "item"))
