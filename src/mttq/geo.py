"""Province-level units of Viet Nam, dated: the 63 before 1 July 2025 and the 34 after.

The table holds every province-level unit (đơn vị hành chính cấp tỉnh) the library knows, each
with the dates it was valid (``valid_from``/``valid_to``, both inclusive, ``None`` = open),
its kind (tỉnh or thành phố trực thuộc trung ương), the unit it became part of and the units
it was formed from.

**The boundary date is 2025-07-01.** Nghị quyết 202/2025/QH15 (12/06/2025) reorganised the 63
units into 34 (28 tỉnh and 6 thành phố: 23 formed by merging 52 old units, 11 unchanged). It
took effect on the day it was passed, but it also provides that the authorities of the new
units begin work on 01/07/2025 and that the old provinces' authorities carry on until then
[S46, S47]. From 01/07/2025 the two-tier local government runs and the district level is gone,
so this module dates the old units to 2025-06-30 and the new ones from 2025-07-01
(:data:`CHANGEOVER`), the same boundary as :class:`~mttq.codes.Level` ``DISTRICT``. The date
of passage is kept as :data:`NQ_202_PASSED`.

Earlier, tỉnh Thừa Thiên Huế became thành phố Huế (centrally-run) on 01/01/2025
(NQ 175/2024/QH15); both are in the table, so there are 63 units on any date up to 2025-06-30.
The first day of the 63-unit map is not in the sources read: the old units have
``valid_from=None``.

Name matching ignores case, accents, tone placement, ``Ð``/``Đ``, punctuation and a leading
``tỉnh``/``thành phố``/``TP``/``thủ đô``::

    >>> from datetime import date
    >>> len(provinces(on=date(2020, 1, 1))), len(provinces(on=date(2025, 7, 1)))
    (63, 34)
    >>> province("tinh Binh Duong").full_name
    'tỉnh Bình Dương'
    >>> successor("Bình Dương").full_name
    'Thành phố Hồ Chí Minh'
    >>> successor("Ninh Thuận").name
    'Khánh Hòa'
    >>> [p.name for p in predecessors("TP HCM")]
    ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']

Administrative centres are given only where an official text confirms them (``centre`` is
``None`` elsewhere).

**Dates and datetimes.** A day the caller *asks about* (``on=`` here and in
:mod:`mttq.terms`, :mod:`mttq.organisations`; :meth:`~mttq.terms.Period.contains`) may be a
:class:`~datetime.datetime`: it is read as its calendar date (:func:`as_date`; the time and
any time zone are ignored, nothing is converted). A day that is *stored* (a ``date`` field of
a value class, such as :attr:`Province.valid_from` or :attr:`~mttq.movements.Pledge.signed_on`)
must be a plain :class:`~datetime.date`: a datetime is refused with
:class:`~mttq.errors.InvalidValueError` (:func:`typed`), since it would compare unequal to its
date and would not round-trip through :mod:`mttq.io` as one::

    >>> from datetime import datetime
    >>> len(provinces(on=datetime(2025, 7, 1, 8, 30)))
    34

Sources:
    Nghị quyết 202/2025/QH15 (the 34 units, passed 12/06/2025; the new authorities from
    01/07/2025) and the annex of Nghị quyết 60-NQ/TW (12/04/2025) [S46, S47, S74, S75];
    Nghị quyết 175/2024/QH15 (thành phố Huế from 01/01/2025).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any, Final

import attrs

from mttq.codes import (
    DISTRICT_LEVEL_TO,
    HUE_CITY_FROM,
    NQ_202_2025_PASSED,
    RESTRUCTURING_FROM,
    CodeEnum,
)
from mttq.data import provinces as _data
from mttq.errors import MAX_SUGGESTION_KEY, InvalidValueError, UnknownCodeError, closest
from mttq.fields import as_date
from mttq.fields import nfc as _nfc
from mttq.vi.text import fold, slugify

__all__ = [
    "CHANGEOVER",
    "NQ_202_PASSED",
    "PROVINCES",
    "Province",
    "ProvinceKind",
    "as_date",
    "match_key",
    "nfc",
    "nfc_tuple",
    "predecessors",
    "province",
    "provinces",
    "successor",
    "typed",
]

#: The first day of the 34-unit map and of the two-tier local government (NQ 202/2025/QH15);
#: :data:`mttq.codes.RESTRUCTURING_FROM` under the name this module has always used.
CHANGEOVER: Final = RESTRUCTURING_FROM

#: The day NQ 202/2025/QH15 was passed and took effect (its new units work from CHANGEOVER).
NQ_202_PASSED: Final = NQ_202_2025_PASSED
_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PREFIXES: Final = ("thanh pho ", "thu do ", "tinh ", "tp ")


class ProvinceKind(CodeEnum):
    """The kind of a province-level unit.

    Examples:
        >>> ProvinceKind.THANH_PHO.label, ProvinceKind.THANH_PHO.short
        ('thành phố trực thuộc trung ương', 'thành phố')
    """

    TINH = "tinh", "tỉnh", "tỉnh"
    THANH_PHO = "thanh-pho", "thành phố trực thuộc trung ương", "thành phố"


def nfc(text: str, field: str = "text") -> str:
    r"""Return ``text`` in NFC with U+00D0 ``Ð`` read as ``Đ`` (an attrs converter).

    The attrs-converter face of :func:`mttq.fields.nfc`.

    Args:
        text: the text.
        field: the name a refusal gives the value (the attrs field being converted).

    Raises:
        InvalidValueError: ``text`` is not a str.

    Examples:
        >>> nfc(chr(0xD0) + "a" + chr(0x300) + " Nẵng")
        'Đà Nẵng'
        >>> nfc(None, "name")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid name=None: must be a str, not NoneType
    """
    return _nfc(text, field)


def nfc_tuple(items: Iterable[str], field: str = "items") -> tuple[str, ...]:
    """Return ``items`` as a tuple of :func:`nfc` strings (an attrs converter for text tuples).

    Raises:
        InvalidValueError: ``items`` is a str or not iterable, or an item is not a str.

    Examples:
        >>> nfc_tuple(["TP HCM", "HCM"], "aliases")
        ('TP HCM', 'HCM')
        >>> nfc_tuple(None, "aliases")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid aliases=None: must be a tuple of str
    """
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidValueError(field, items, "must be a tuple of str")
    return tuple(nfc(item, field) for item in items)


def typed(cls: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator that refuses a value not of ``cls`` with :class:`InvalidValueError`.

    ``typed(date)`` also refuses a :class:`~datetime.datetime` (a stored day holds no time,
    see the module docstring) and ``typed(int)`` a bool. Wrap it in
    ``attrs.validators.optional`` for a field that may be ``None``.

    Examples:
        >>> import attrs
        >>> @attrs.frozen
        ... class Box:
        ...     kind: ProvinceKind = attrs.field(validator=typed(ProvinceKind))
        >>> Box("tinh")
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid kind='tinh': must be a ProvinceKind
        >>> @attrs.frozen
        ... class Day:
        ...     on: date = attrs.field(validator=typed(date))
        >>> Day(datetime(2025, 7, 1, 8, 30))
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid on=datetime.datetime(2025, 7, 1, 8, 30): \
must be a datetime.date, not a datetime
    """
    refused: tuple[type, ...] = (datetime,) if cls is date else (bool,) if cls is int else ()
    name = "datetime.date" if cls is date else cls.__name__

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            raise InvalidValueError(attribute.name, value, f"must be a {name}")
        if refused and isinstance(value, refused):
            what = type(value).__name__
            raise InvalidValueError(attribute.name, value, f"must be a {name}, not a {what}")

    return check


def match_key(text: str) -> str:
    """The key names are compared by: :func:`~mttq.vi.text.fold` and ``Việt Nam`` -> ``vn``.

    Examples:
        >>> match_key("Ủy ban MTTQ Việt Nam")
        'uy ban mttq vn'
    """
    key = fold(text)
    return re.sub(r"\bviet nam\b", "vn", key)


def _to_name(value: str) -> str:
    return nfc(value, "name")


def _to_source(value: str) -> str:
    return nfc(value, "source")


def _to_centre(value: str | None) -> str | None:
    return None if value is None else nfc(value, "centre")


def _to_aliases(value: Iterable[str]) -> tuple[str, ...]:
    return nfc_tuple(value, "aliases")


def _code(field: str, value: object) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise InvalidValueError(field, value, "must be lower-case ASCII words joined by '-'")
    return value


def _to_predecessors(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidValueError("predecessors", value, "must be a tuple of province codes")
    return tuple(_code("predecessors", item) for item in value)


def _check_successor(_: object, __: attrs.Attribute[str | None], value: object) -> None:
    if value is not None:
        _code("successor", value)


@attrs.frozen(kw_only=True)
class Province:
    """A province-level unit with the dates it existed.

    Attributes:
        code: stable ASCII code: the slug of the name (``"ninh-thuan"``); a unit formed by the
            2025 merger that reuses an old name gets the suffix ``-2025``
            (``"khanh-hoa-2025"``), so both can be told apart in data that spans the change.
        name: the proper name without the kind word (``"Khánh Hòa"``, ``"Hồ Chí Minh"``).
        kind: tỉnh or thành phố trực thuộc trung ương.
        valid_from: first day of validity (``None``: before the library's horizon).
        valid_to: last day of validity (``None``: still valid).
        successor: code of the unit this one became (or became part of), if any.
        predecessors: codes of the units this one was formed from, in the order of the source.
        centre: the old unit whose seat is the administrative centre, where verified.
        aliases: other names people write (``"TP HCM"``, ``"BR-VT"``).
        source: the legal act and the document that lists it.

    Examples:
        >>> p = province("Khánh Hòa", on=date(2026, 1, 1))
        >>> p.code, p.kind.short, p.valid_from
        ('khanh-hoa-2025', 'tỉnh', datetime.date(2025, 7, 1))
    """

    code: str = attrs.field()
    name: str = attrs.field(converter=_to_name)
    kind: ProvinceKind = attrs.field(validator=typed(ProvinceKind))
    valid_from: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(date))
    )
    valid_to: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(date))
    )
    successor: str | None = attrs.field(default=None, validator=_check_successor)
    predecessors: tuple[str, ...] = attrs.field(default=(), converter=_to_predecessors)
    centre: str | None = attrs.field(default=None, converter=_to_centre)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_aliases)
    source: str = attrs.field(converter=_to_source)

    @code.validator
    def _check_code(self, _: attrs.Attribute[str], value: str) -> None:
        _code("code", value)

    @valid_to.validator
    def _check_range(self, _: attrs.Attribute[date | None], value: date | None) -> None:
        if self.valid_from is not None and value is not None and value < self.valid_from:
            raise InvalidValueError("valid_to", value, "is before valid_from")

    @property
    def full_name(self) -> str:
        """The name with its kind word, as written inside a sentence or an organisation's name.

        Thành phố Hồ Chí Minh keeps its capital ``T`` (the word is part of the proper name,
        NĐ 30/2020/NĐ-CP Phụ lục II); other units write the kind word in lower case.

        Examples:
            >>> province("Ninh Thuận").full_name, province("Hà Nội").full_name
            ('tỉnh Ninh Thuận', 'thành phố Hà Nội')
        """
        if self.name == "Hồ Chí Minh":
            return "Thành phố Hồ Chí Minh"
        return f"{self.kind.short} {self.name}"

    def valid_on(self, on: date) -> bool:
        """Whether the unit existed on ``on`` (a datetime is read as its date).

        Raises:
            InvalidValueError: ``on`` is not a date.

        Examples:
            >>> province("Ninh Thuận").valid_on(date(2025, 7, 1))
            False
        """
        on = as_date(on)
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )

    def match_keys(self) -> frozenset[str]:
        """The match keys of this unit: its name, full name and aliases, folded.

        Examples:
            >>> sorted(province("Hà Nội").match_keys())
            ['ha noi', 'hn', 'thanh pho ha noi']
        """
        names = (self.name, self.full_name, *self.aliases)
        return frozenset(match_key(name) for name in names)


def _build() -> tuple[Province, ...]:
    last_old = DISTRICT_LEVEL_TO
    new_of: dict[str, str] = {}
    new_rows: list[Province] = []
    for name, is_city, olds, centre, source in _data.MERGED_2025:
        code = slugify(name) + "-2025"
        for old in olds:
            new_of[old] = code
        new_rows.append(
            Province(
                code=code,
                name=name,
                kind=ProvinceKind.THANH_PHO if is_city else ProvinceKind.TINH,
                valid_from=CHANGEOVER,
                predecessors=tuple(slugify(old) for old in olds),
                centre=centre,
                aliases=_data.ALIASES.get(name, ()),
                source=source,
            )
        )
    old_rows: list[Province] = []
    for _name, _is_city, olds, _centre, source in _data.MERGED_2025:
        for old in olds:
            city = old in _data.OLD_CITIES
            old_rows.append(
                Province(
                    code=slugify(old),
                    name=old,
                    kind=ProvinceKind.THANH_PHO if city else ProvinceKind.TINH,
                    valid_to=last_old,
                    successor=new_of[old],
                    aliases=_data.ALIASES.get(old, ()),
                    source=source,
                )
            )
    unchanged = [
        Province(
            code=slugify(name),
            name=name,
            kind=ProvinceKind.THANH_PHO if is_city else ProvinceKind.TINH,
            aliases=_data.ALIASES.get(name, ()),
            source=_data.UNCHANGED_SOURCE,
        )
        for name, is_city in _data.UNCHANGED
    ]
    hue = (
        Province(
            code="thua-thien-hue",
            name="Thừa Thiên Huế",
            kind=ProvinceKind.TINH,
            valid_to=HUE_CITY_FROM - timedelta(days=1),
            successor="hue",
            aliases=_data.ALIASES["Thừa Thiên Huế"],
            source=_data.HUE_SOURCE,
        ),
        Province(
            code="hue",
            name="Huế",
            kind=ProvinceKind.THANH_PHO,
            valid_from=HUE_CITY_FROM,
            predecessors=("thua-thien-hue",),
            source=_data.HUE_SOURCE,
        ),
    )
    return (*unchanged, *hue, *old_rows, *new_rows)


#: Every province-level unit in the table (old, unchanged and new), in a stable order.
PROVINCES: Final[tuple[Province, ...]] = _build()
_BY_CODE: Final[dict[str, Province]] = {p.code: p for p in PROVINCES}
_BY_KEY: Final[dict[str, tuple[Province, ...]]] = {}
for _p in PROVINCES:
    for _k in _p.match_keys():
        _BY_KEY[_k] = (*_BY_KEY.get(_k, ()), _p)


def provinces(*, on: date) -> tuple[Province, ...]:
    """The province-level units that existed on ``on``: 63 up to 2025-06-30, 34 from 2025-07-01.

    Args:
        on: the day asked about (no default: the library never reads the clock); a datetime
            is read as its date.

    Returns:
        The units valid on that day, in table order.

    Raises:
        InvalidValueError: ``on`` is not a date.

    Examples:
        >>> len(provinces(on=date(2015, 6, 1))), len(provinces(on=date(2026, 1, 1)))
        (63, 34)
    """
    on = as_date(on)
    return tuple(p for p in PROVINCES if p.valid_on(on))


def _strip_prefix(key: str) -> str:
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            return key[len(prefix) :]
    return key


def _candidates(name: object) -> tuple[Province, ...]:
    if isinstance(name, Province):
        return (name,)
    if not isinstance(name, str):
        raise InvalidValueError("name", name, "must be a str (a province name or code)")
    if len(name) > MAX_SUGGESTION_KEY:
        raise UnknownCodeError("province", name)
    if name in _BY_CODE:
        return (_BY_CODE[name],)
    key = match_key(name)
    found = _BY_KEY.get(key) or _BY_KEY.get(_strip_prefix(key))
    if found:
        return found
    choices = sorted({p.name for p in PROVINCES})
    folded = {match_key(c): c for c in choices}
    close = closest(_strip_prefix(key), folded)
    raise UnknownCodeError("province", name, [folded[c] for c in close])


def _explain(found: tuple[Province, ...], name: object, on: date) -> InvalidValueError:
    unit = found[-1]
    if unit.valid_to is not None and on > unit.valid_to:
        after = _BY_CODE[unit.successor] if unit.successor else None
        into = f"; it became part of {after.full_name}" if after else ""
        reason = f"{unit.full_name} existed only until {unit.valid_to.isoformat()}{into}"
    else:
        before = ", ".join(_BY_CODE[c].full_name for c in unit.predecessors)
        was = f"; before that: {before}" if before else ""
        start = unit.valid_from.isoformat() if unit.valid_from else "?"
        reason = f"{unit.full_name} exists only from {start}{was}"
    return InvalidValueError("province", name, f"not a province on {on.isoformat()}: {reason}")


def province(name: str | Province, *, on: date | None = None) -> Province:
    """Find a province-level unit by name, alias or code.

    Args:
        name: ``"Ninh Thuận"``, ``"tinh Binh Duong"``, ``"TP. Hồ Chí Minh"``, ``"TP HCM"``,
            ``"Thành phố Hồ Chí Minh"``, ``"khanh-hoa-2025"``, or a :class:`Province`.
        on: the day the unit must exist on (a datetime is read as its date). Without it, where
            an old and a new unit share the name (Khánh Hòa before and after 2025), the unit
            still valid is returned.

    Returns:
        The unit.

    Raises:
        UnknownCodeError: no unit has that name; the closest names are suggested.
        InvalidValueError: the unit did not exist on ``on`` (a unit merged away, or one formed
            later, such as thành phố Huế before 2025); the message says when it existed.

    Examples:
        >>> province("TP HCM", on=date(2020, 5, 1)).code
        'ho-chi-minh'
        >>> province("TP. Hồ Chí Minh").code
        'ho-chi-minh-2025'
        >>> province("Huế", on=date(2020, 1, 1))
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid province='Huế': not a province on 2020-01-01: \
thành phố Huế exists only from 2025-01-01; before that: tỉnh Thừa Thiên Huế
    """
    found = _candidates(name)
    if on is None:
        current = [p for p in found if p.valid_to is None]
        if current:
            return current[0]
        return max(found, key=lambda p: p.valid_to or date.max)
    on = as_date(on)
    valid = [p for p in found if p.valid_on(on)]
    if valid:
        return valid[0]
    raise _explain(found, name, on)


def successor(name: str | Province) -> Province:
    """The unit that carries an old unit on today: itself if never merged or renamed.

    Follows the chain to the end (Thừa Thiên Huế -> Huế; Bình Dương -> Thành phố Hồ Chí Minh).
    A name shared by an old and a new unit (``"Khánh Hòa"``) means the old one here.

    Args:
        name: a name, alias or code, or a :class:`Province`.

    Raises:
        UnknownCodeError: no unit has that name.

    Examples:
        >>> successor("Bà Rịa - Vũng Tàu").code, successor("Thừa Thiên Huế").name
        ('ho-chi-minh-2025', 'Huế')
        >>> successor("Khánh Hòa").predecessors
        ('khanh-hoa', 'ninh-thuan')
    """
    found = _candidates(name)
    unit = min(found, key=lambda p: p.valid_from or date.min)
    while unit.successor is not None:
        unit = _BY_CODE[unit.successor]
    return unit


def predecessors(name: str | Province) -> tuple[Province, ...]:
    """The units a unit was formed from (empty for a unit never merged or renamed).

    A name shared by an old and a new unit (``"Khánh Hòa"``) means the newest one here.

    Args:
        name: a name, alias or code, or a :class:`Province`.

    Raises:
        UnknownCodeError: no unit has that name.

    Examples:
        >>> [p.name for p in predecessors("Khánh Hòa")]
        ['Khánh Hòa', 'Ninh Thuận']
        >>> predecessors("Ninh Thuận")
        ()
    """
    return tuple(_BY_CODE[code] for code in province(name).predecessors)
