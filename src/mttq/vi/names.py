"""Vietnamese personal names: family name, middle name, given name, and name-list order.

A Vietnamese full name is written family name (họ) + middle name (tên đệm, zero or more
syllables) + given name (tên, the last syllable): ``Nguyễn Thị Minh Khai`` is family
``Nguyễn``, middle ``Thị Minh``, given ``Khai``. Name lists (class rosters, staff lists, lists of
delegates and of people commended) are sorted by the given name first, then the middle name,
then the family name, each compared in the Vietnamese collation of :func:`mttq.vi.text.sort_key`.

Some family names have two or more syllables (họ kép). :data:`COMPOUND_FAMILY_NAMES` is the
table :meth:`PersonName.parse` recognises at the start of a name (longest first): the Nguyễn
Phúc (Phước) royal clan and the branches of its descendants Tôn Thất (men), Tôn Nữ and Công Tằng
Tôn Nữ (women), and the Sino-Vietnamese double surnames Âu Dương, Hoàng Phủ, Gia Cát, Tư Mã.
``Nguyễn Phúc`` is ambiguous (``Phúc`` is also a common middle name); pass
``family_names=()`` or your own table to :meth:`PersonName.parse` to decide otherwise. A compound
family name is only taken when at least one syllable is left for the given name.

A single syllable is read as a given name alone (family and middle empty), so lists of given
names sort and print as written.

Examples:
    >>> PersonName.parse("Nguyễn Thị Minh Khai")
    PersonName(family='Nguyễn', middle='Thị Minh', given='Khai')
    >>> PersonName.parse("Tôn Thất Thuyết").family
    'Tôn Thất'
    >>> sort_by_given_name(["Trần Đức", "Lê Văn Dũng", "Phạm Thị Ánh", "Ngô Bảo"])
    ['Phạm Thị Ánh', 'Ngô Bảo', 'Lê Văn Dũng', 'Trần Đức']

Sources:
    The usual order of Vietnamese name lists (given name, then middle, then family name); the
    collation of :mod:`mttq.vi.text` (CLDR ``vi``); the compound family names as commonly
    written (Nguyễn Phúc, Tôn Thất, Tôn Nữ, Công Tằng Tôn Nữ, Âu Dương, Hoàng Phủ, Gia Cát,
    Tư Mã).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Self, TypeVar

import attrs

from mttq.errors import InvalidValueError, ParseError
from mttq.vi.text import SortKey, sort_key

__all__ = ["COMPOUND_FAMILY_NAMES", "PersonName", "sort_by_given_name"]

COMPOUND_FAMILY_NAMES: tuple[str, ...] = (
    "Công Tằng Tôn Nữ",
    "Nguyễn Phúc",
    "Nguyễn Phước",
    "Tôn Thất",
    "Tôn Nữ",
    "Âu Dương",
    "Hoàng Phủ",
    "Gia Cát",
    "Tư Mã",
)
"""The multi-syllable family names (họ kép) recognised by default, longest match first."""

_DIGIT = re.compile(r"\d")
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})

N = TypeVar("N", str, "PersonName")


def _clean(text: str) -> str:
    """NFC, eth read as Đ, and whitespace collapsed to single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_ETH).split())


def _to_family(value: object) -> str:
    """Converter of :attr:`PersonName.family`."""
    return _part("family", value)


def _to_middle(value: object) -> str:
    """Converter of :attr:`PersonName.middle`."""
    return _part("middle", value)


def _to_given(value: object) -> str:
    """Converter of :attr:`PersonName.given`."""
    return _part("given", value)


def _part(field: str, value: object) -> str:
    """Check and clean one name part: a ``str``, NFC, single spaces."""
    if not isinstance(value, str):
        raise InvalidValueError(field, value, f"must be a str, not {type(value).__name__}")
    return _clean(value)


def _syllables_key(text: str) -> tuple[str, ...]:
    """Case-insensitive key of a run of syllables, for matching compound family names."""
    return tuple(_clean(text).casefold().split())


@attrs.frozen(kw_only=True)
class PersonName:
    """A Vietnamese personal name split into family, middle and given name.

    Attributes:
        family: the family name (họ), possibly several syllables (``Tôn Nữ``); may be empty.
        middle: the middle name (tên đệm), zero or more syllables; may be empty.
        given: the given name (tên), never empty.

    Every part is stored as NFC with single spaces (``Ð`` read as ``Đ``); the spelling and the
    tone placement are kept as written.

    Examples:
        >>> name = PersonName(family="Lê", middle="", given="Duẩn")
        >>> str(name), name.full
        ('Lê Duẩn', 'Lê Duẩn')
    """

    family: str = attrs.field(converter=_to_family)
    middle: str = attrs.field(converter=_to_middle)
    given: str = attrs.field(converter=_to_given)

    @given.validator
    def _check_given(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value:
            raise InvalidValueError("given", value, "a name needs a given name (tên)")

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        family_names: Iterable[str] = COMPOUND_FAMILY_NAMES,
    ) -> Self:
        """Split a full name written in the Vietnamese order into its parts.

        The last syllable is the given name; the first syllable is the family name unless the
        name starts with one of ``family_names`` (compared case-insensitively, longest first)
        and at least one syllable follows it; the syllables between are the middle name. One
        syllable alone is a given name.

        Args:
            text: the full name, e.g. ``"Công Tằng Tôn Nữ Thị Bích"``.
            family_names: the compound family names to recognise (default
                :data:`COMPOUND_FAMILY_NAMES`; ``()`` for none).

        Returns:
            The parsed name.

        Raises:
            InvalidValueError: ``text`` is not a ``str`` or ``family_names`` is not an iterable
                of ``str``.
            ParseError: ``text`` holds no syllable or contains a digit.

        Examples:
            >>> PersonName.parse("  Công Tằng Tôn Nữ   Thị Bích ")
            PersonName(family='Công Tằng Tôn Nữ', middle='Thị', given='Bích')
            >>> PersonName.parse("Lê Duẩn")
            PersonName(family='Lê', middle='', given='Duẩn')
            >>> PersonName.parse("Khai")
            PersonName(family='', middle='', given='Khai')
        """
        if not isinstance(text, str):
            raise InvalidValueError("text", text, f"must be a str, not {type(text).__name__}")
        family, middle, given = _split(text, _compound_keys(family_names))
        return cls(family=family, middle=middle, given=given)

    @property
    def full(self) -> str:
        """The full name in the Vietnamese order, family first.

        Examples:
            >>> PersonName.parse("Nguyễn  Văn An").full
            'Nguyễn Văn An'
        """
        return " ".join(part for part in (self.family, self.middle, self.given) if part)

    def __str__(self) -> str:
        return self.full

    def sort_key(self) -> tuple[SortKey, SortKey, SortKey]:
        """The key of the name-list order: given name, then middle name, then family name.

        Each part is compared in the Vietnamese collation of :func:`mttq.vi.text.sort_key`.

        Examples:
            >>> a, b = PersonName.parse("Trần Văn An"), PersonName.parse("Lê Bảo")
            >>> a.sort_key() < b.sort_key()
            True
        """
        return (_part_key(self.given), _part_key(self.middle), _part_key(self.family))


def _split(text: str, compounds: tuple[tuple[str, ...], ...]) -> tuple[str, str, str]:
    """Split a full name into (family, middle, given); see :meth:`PersonName.parse`."""
    syllables = _clean(text).split()
    if not syllables:
        raise ParseError("person name", text, "no name in the text")
    joined = "".join(syllables)
    if not joined.isprintable() or _DIGIT.search(joined):
        raise ParseError("person name", text, "a name holds no digits or control characters")
    if len(syllables) == 1:
        return "", "", syllables[0]
    size = 1
    for compound in compounds:
        if len(compound) < len(syllables) and compound[0] == syllables[0].casefold():
            folded = tuple(syllable.casefold() for syllable in syllables[: len(compound)])
            if folded == compound:
                size = len(compound)
                break
    return " ".join(syllables[:size]), " ".join(syllables[size:-1]), syllables[-1]


def _compound_keys(family_names: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The compound family names as casefolded syllable tuples, longest first."""
    if family_names is COMPOUND_FAMILY_NAMES:
        return _DEFAULT_COMPOUNDS
    if isinstance(family_names, str) or not isinstance(family_names, Iterable):
        raise InvalidValueError("family_names", family_names, "must be an iterable of str")
    keys: list[tuple[str, ...]] = []
    for name in family_names:
        if not isinstance(name, str):
            raise InvalidValueError("family_names", name, "must be an iterable of str")
        key = _syllables_key(name)
        if key:
            keys.append(key)
    return tuple(sorted(keys, key=len, reverse=True))


_DEFAULT_COMPOUNDS = _compound_keys(list(COMPOUND_FAMILY_NAMES))


_PART_KEYS: dict[str, SortKey] = {}
_MAX_CACHED = 65536


def _part_key(part: str) -> SortKey:
    """The collation key of one name part (cached: name parts repeat across a list)."""
    key = _PART_KEYS.get(part)
    if key is None:
        key = sort_key(part)
        if len(_PART_KEYS) < _MAX_CACHED:
            _PART_KEYS[part] = key
    return key


def _given_name_key(name: object) -> tuple[SortKey, SortKey, SortKey]:
    """The name-list key of a ``str`` or :class:`PersonName`."""
    if isinstance(name, PersonName):
        return name.sort_key()
    if isinstance(name, str):
        family, middle, given = _split(name, _DEFAULT_COMPOUNDS)
        return (_part_key(given), _part_key(middle), _part_key(family))
    raise InvalidValueError("names", name, "each name must be a str or a PersonName")


def sort_by_given_name(names: Iterable[N]) -> list[N]:
    """Sort names in the order of Vietnamese name lists: given, then middle, then family name.

    Args:
        names: full names as ``str`` (parsed with :meth:`PersonName.parse`) or
            :class:`PersonName` values; each item is returned as it was given.

    Returns:
        A new list, in name-list order (stable for equal names).

    Raises:
        InvalidValueError: ``names`` is not an iterable, or an item is neither a ``str`` nor a
            :class:`PersonName`.
        ParseError: a ``str`` item holds no name.

    Examples:
        >>> sort_by_given_name(["Nguyễn Văn Giang", "Lê Mạnh Cường", "Đỗ Văn An"])
        ['Đỗ Văn An', 'Lê Mạnh Cường', 'Nguyễn Văn Giang']
    """
    if isinstance(names, str | PersonName) or not isinstance(names, Iterable):
        raise InvalidValueError("names", names, "must be an iterable of names")
    return sorted(names, key=_given_name_key)
