"""Organisations of the MTTQ system: their names, short names and codes at every level.

The Mặt trận Tổ quốc Việt Nam and the five socio-political organisations (Công đoàn, Đoàn TNCS
Hồ Chí Minh, Hội LHPN, Hội Nông dân, Hội Cựu chiến binh) exist at the central, provincial,
district (until 2025-06-30) and commune levels. :func:`standard` writes the name and usual short
name of each body [S22, S45, S50, S55, S58]:

=============  =======================================  ==============================
kind           provincial body (tỉnh Ninh Thuận)        short name
=============  =======================================  ==============================
MTTQ           Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận     UBMTTQ tỉnh
Công đoàn      Liên đoàn Lao động tỉnh Ninh Thuận       LĐLĐ tỉnh
Đoàn           Tỉnh đoàn Ninh Thuận                     Tỉnh đoàn
Hội LHPN       Hội Liên hiệp Phụ nữ tỉnh Ninh Thuận     Hội LHPN tỉnh
Hội Nông dân   Hội Nông dân tỉnh Ninh Thuận             HND tỉnh
Hội CCB        Hội Cựu chiến binh tỉnh Ninh Thuận       HCCB tỉnh
=============  =======================================  ==============================

Centrally-run cities use ``thành phố`` (``Thành đoàn`` for the Đoàn); districts use their own
word (``huyện``, ``quận``, ``thị xã``, ``thành phố``; ``Huyện đoàn``, ``Quận đoàn``,
``Thị đoàn``, ``Thành đoàn``); communes ``xã``, ``phường``, ``thị trấn`` (until 2025-06-30) or
``đặc khu`` (from 2025-07-01; NĐ 152/2025/NĐ-CP, Điều 50). The central bodies are the
UBTWMTTQ, the Tổng Liên đoàn Lao động Việt Nam, the Trung ương Đoàn and the Trung ương of each
Hội. The commune-level Công đoàn (``Công đoàn xã``) is named in the 2025 congress guidance
[S55]; whether it existed before is UNVERIFIED, so it is not refused for earlier dates.

The district level was abolished on 2025-07-01 (two-tier local government; NQ 202/2025/QH15
[S47]): a district body for a later date is refused.

**Codes** are stable ASCII strings ``{body}.{level}[.{province}][.{place}]``:

* ``body``: ``mttq``, ``cong-doan``, ``doan-tn``, ``hoi-lhpn``, ``hoi-nd``, ``hoi-ccb``;
* ``level``: ``tw`` (central, nothing follows), ``tinh``, ``huyen``, ``xa``;
* ``province``: the :mod:`mttq.geo` code of the province (``ninh-thuan``, ``khanh-hoa-2025``
  for the unit formed in 2025), for a province-level body or when given for a lower one;
* ``place``: the slug of a district or commune name, prefixed with its kind word when that is
  not the level's usual one (``bac-me`` for huyện Bắc Mê, ``quan-ba-dinh``, ``phuong-ba-dinh``).

A body whose place is not named (``"Hội Cựu chiến binh tỉnh"`` in a report about one province)
is the generic body of its level: ``hoi-ccb.tinh``.

Examples:
    >>> from datetime import date
    >>> ccb = standard(OrgKind.HOI_CCB, Level.PROVINCE, "Ninh Thuận", on=date(2021, 12, 3))
    >>> ccb.code, ccb.name, ccb.short_name
    ('hoi-ccb.tinh.ninh-thuan', 'Hội Cựu chiến binh tỉnh Ninh Thuận', 'HCCB tỉnh')
    >>> bodies = standard_bodies(Level.PROVINCE, "Ninh Thuận", on=date(2021, 12, 3))
    >>> find("hoi ccb tinh", bodies) == find("Hội CCB tỉnh", bodies) == find("HCCB tỉnh", bodies)
    True

Sources:
    The names and short names as used by the bodies themselves [S22, S45, S50, S55, S58];
    Nghị quyết 202/2025/QH15 and the two-tier local government from 01/07/2025 [S47];
    Nghị định 152/2025/NĐ-CP, Điều 50 (``xã, phường, đặc khu``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Final

import attrs

from mttq.codes import DISTRICT_LEVEL_TO, Level, OrgKind
from mttq.errors import MAX_SUGGESTION_KEY, InvalidValueError, UnknownCodeError, closest
from mttq.geo import CHANGEOVER, Province, as_date, match_key, nfc, nfc_tuple, typed
from mttq.geo import province as _province
from mttq.vi.text import slugify

__all__ = [
    "BODY_CODES",
    "DISTRICT_LAST_DAY",
    "STANDARD_KINDS",
    "Level",
    "OrgKind",
    "Organisation",
    "find",
    "place_phrase",
    "standard",
    "standard_bodies",
]

#: The last day of the district level (cấp huyện): it was abolished on 2025-07-01.
DISTRICT_LAST_DAY: Final = DISTRICT_LEVEL_TO

#: The kinds :func:`standard` can name, in the order the MTTQ system lists them.
STANDARD_KINDS: Final[tuple[OrgKind, ...]] = (
    OrgKind.MTTQ,
    OrgKind.CONG_DOAN,
    OrgKind.DOAN_TN,
    OrgKind.HOI_LHPN,
    OrgKind.HOI_ND,
    OrgKind.HOI_CCB,
)

#: The first segment of an organisation's code, by kind.
BODY_CODES: Final[Mapping[OrgKind, str]] = MappingProxyType(
    {
        OrgKind.MTTQ: "mttq",
        OrgKind.CONG_DOAN: "cong-doan",
        OrgKind.DOAN_TN: "doan-tn",
        OrgKind.HOI_LHPN: "hoi-lhpn",
        OrgKind.HOI_ND: "hoi-nd",
        OrgKind.HOI_CCB: "hoi-ccb",
    }
)

_LEVEL_CODES: Final = {
    Level.CENTRAL: "tw",
    Level.PROVINCE: "tinh",
    Level.DISTRICT: "huyen",
    Level.COMMUNE: "xa",
}

# The unit words of each level; the first is the default.
_UNITS: Final[dict[Level, tuple[str, ...]]] = {
    Level.PROVINCE: ("tỉnh", "thành phố"),
    Level.DISTRICT: ("huyện", "quận", "thị xã", "thành phố"),
    Level.COMMUNE: ("xã", "phường", "thị trấn", "đặc khu"),
}

_DOAN_PREFIX: Final = {
    "tỉnh": "Tỉnh đoàn",
    "thành phố": "Thành đoàn",
    "huyện": "Huyện đoàn",
    "quận": "Quận đoàn",
    "thị xã": "Thị đoàn",
}

# Central bodies: (name, short name, other names).
_CENTRAL: Final[dict[OrgKind, tuple[str, str, tuple[str, ...]]]] = {
    OrgKind.MTTQ: (
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "UBTWMTTQ",
        (
            "Ủy ban Trung ương MTTQ Việt Nam",
            "UBTƯ MTTQ Việt Nam",
            "UBTƯ MTTQVN",
            "UBTW MTTQ VN",
            "UBTWMTTQVN",
            "MTTW",
            "Mặt trận Tổ quốc Việt Nam",
            "MTTQ Việt Nam",
            "MTTQVN",
        ),
    ),
    OrgKind.CONG_DOAN: (
        "Tổng Liên đoàn Lao động Việt Nam",
        "Tổng LĐLĐVN",
        ("Tổng LĐLĐ Việt Nam", "TLĐ", "Công đoàn Việt Nam"),
    ),
    OrgKind.DOAN_TN: (
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "TWĐ",
        (
            "Trung ương Đoàn",
            "TW Đoàn",
            "TƯ Đoàn",
            "TWTN",
            "TWĐTN",
            "Trung ương Đoàn TNCS Hồ Chí Minh",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Đoàn TNCS Hồ Chí Minh",
        ),
    ),
    OrgKind.HOI_LHPN: (
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        "TW Hội LHPN VN",
        (
            "Trung ương Hội LHPN Việt Nam",
            "TW Hội LHPN Việt Nam",
            "TW HLHPN",
            "Hội Liên hiệp Phụ nữ Việt Nam",
            "Hội LHPN Việt Nam",
            "HLHPN Việt Nam",
        ),
    ),
    OrgKind.HOI_ND: (
        "Trung ương Hội Nông dân Việt Nam",
        "TW Hội NDVN",
        (
            "Trung ương Hội Nông dân VN",
            "TW Hội Nông dân Việt Nam",
            "TW HND",
            "HNDTW",
            "Hội Nông dân Việt Nam",
            "HNDVN",
        ),
    ),
    OrgKind.HOI_CCB: (
        "Trung ương Hội Cựu chiến binh Việt Nam",
        "TW Hội CCB VN",
        (
            "TW Hội CCB Việt Nam",
            "TW HCCB",
            "Hội Cựu chiến binh Việt Nam",
            "Hội CCB Việt Nam",
            "HCCB Việt Nam",
        ),
    ),
}

# The ways each body is named below the centre, before the place words.
_STEMS: Final[dict[OrgKind, tuple[str, ...]]] = {
    OrgKind.MTTQ: (
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Ủy ban Mặt trận Tổ quốc",
        "Ủy ban MTTQ Việt Nam",
        "Ủy ban MTTQ",
        "UBMTTQ Việt Nam",
        "UBMTTQVN",
        "UBMTTQ",
        "Mặt trận Tổ quốc Việt Nam",
        "Mặt trận Tổ quốc",
        "MTTQ Việt Nam",
        "MTTQ",
        "Mặt trận",
    ),
    OrgKind.CONG_DOAN: ("Liên đoàn Lao động", "LĐLĐ", "Công đoàn", "CĐ"),
    OrgKind.DOAN_TN: (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Đoàn TNCS Hồ Chí Minh",
        "Đoàn TNCS HCM",
        "Đoàn Thanh niên",
        "Đoàn TN",
        "ĐTN",
        "Đoàn",
    ),
    OrgKind.HOI_LHPN: ("Hội Liên hiệp Phụ nữ", "Hội LHPN", "HLHPN", "Hội Phụ nữ"),
    OrgKind.HOI_ND: ("Hội Nông dân", "Hội ND", "HND"),
    OrgKind.HOI_CCB: ("Hội Cựu chiến binh", "Hội CCB", "HCCB"),
}

_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*")


def _to_aliases(items: Iterable[str]) -> tuple[str, ...]:
    return nfc_tuple(items, "aliases")


def _nonempty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidValueError(attribute.name, value, "must not be empty")


def _to_name(text: str) -> str:
    return nfc(text, "name")


def _to_short_name(text: str) -> str:
    return nfc(text, "short_name")


def _to_locality(text: str | None) -> str | None:
    return None if text is None else nfc(text, "locality")


@attrs.frozen(kw_only=True)
class Organisation:
    """One body: its code, names, kind, level and place.

    Attributes:
        code: stable ASCII code (see the module docstring for the scheme).
        name: full Vietnamese name (``"Liên đoàn Lao động tỉnh Ninh Thuận"``).
        short_name: the usual short name (``"LĐLĐ tỉnh"``).
        kind: what kind of body it is.
        level: the level it works at.
        locality: its place with the kind word (``"tỉnh Ninh Thuận"``, ``"huyện Bắc Mê"``);
            ``None`` for a central body or a body whose place is not named.
        aliases: other names and abbreviations it is found by.

    Examples:
        >>> Organisation(code="ubnd.tinh", name="Ủy ban nhân dân tỉnh", short_name="UBND tỉnh",
        ...              kind=OrgKind.STATE, level=Level.PROVINCE).short_name
        'UBND tỉnh'
    """

    code: str = attrs.field()
    name: str = attrs.field(converter=_to_name, validator=_nonempty)
    short_name: str = attrs.field(converter=_to_short_name, validator=_nonempty)
    kind: OrgKind = attrs.field(validator=typed(OrgKind))
    level: Level = attrs.field(validator=typed(Level))
    locality: str | None = attrs.field(default=None, converter=_to_locality)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_aliases)

    @code.validator
    def _check_code(self, _: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _CODE.fullmatch(value):
            raise InvalidValueError(
                "code", value, "must be lower-case ASCII words joined by '-' and '.'"
            )

    def match_keys(self) -> frozenset[str]:
        """The match keys of this body: code, name, short name and aliases, folded.

        Examples:
            >>> "hccb tinh" in standard(OrgKind.HOI_CCB, Level.PROVINCE).match_keys()
            True
        """
        names = (self.code, self.name, self.short_name, *self.aliases)
        return frozenset(_key(name) for name in names)


def _key(text: str) -> str:
    key = match_key(text)
    key = re.sub(r"\btp\b", "thanh pho", key)
    return re.sub(r"\b(?:tw|tu)\b", "trung uong", key)


@attrs.frozen
class _Place:
    unit: str
    name: str | None
    phrase: str
    proper: str | None
    code: tuple[str, ...]
    aliases: tuple[str, ...] = ()


def _as_kind(kind: object) -> OrgKind:
    if isinstance(kind, OrgKind):
        return kind
    if isinstance(kind, str):
        return OrgKind.parse(kind)
    raise InvalidValueError("kind", kind, "must be an OrgKind or its code")


def _as_level(level: object) -> Level:
    if isinstance(level, Level):
        return level
    if isinstance(level, str):
        return Level.parse(level)
    raise InvalidValueError("level", level, "must be a Level or its code")


def _check_on(on: object) -> date | None:
    """``on`` as a date (a datetime gives its calendar date), or ``None``."""
    return None if on is None else as_date(on)


def _split_unit(level: Level, locality: str) -> tuple[str, str | None]:
    """Split ``"huyện Bắc Mê"`` into ``("huyện", "Bắc Mê")``; the level's default unit if none."""
    text = " ".join(nfc(locality).split())
    words = text.split(" ")
    for unit in sorted(_UNITS[level], key=len, reverse=True):
        size = len(unit.split(" "))
        if _key(" ".join(words[:size])) == _key(unit):
            rest = " ".join(words[size:])
            return unit, rest or None
    return _UNITS[level][0], text


def _check_unit(level: Level, unit: str, on: date | None, locality: str) -> None:
    if on is None:
        return
    if unit == "thị trấn" and on >= CHANGEOVER:
        raise InvalidValueError(
            "locality",
            locality,
            "there are no thị trấn after 2025-06-30: communes are xã, phường or đặc khu "
            "(two-tier local government from 2025-07-01)",
        )
    if unit == "đặc khu" and on < CHANGEOVER:
        raise InvalidValueError(
            "locality", locality, "đặc khu are commune-level units only from 2025-07-01"
        )


def place_phrase(
    level: Level,
    locality: str | Province | None = None,
    *,
    on: date | None = None,
    province: str | Province | None = None,
) -> str:
    """The place words that follow a body's name at a level: ``"tỉnh Ninh Thuận"``, ``"huyện"``.

    Args:
        level: the level (not central).
        locality: a province name (province level) or a district/commune name with or without
            its kind word; ``None`` for the level's generic word.
        on: the day, to check that the place existed (a datetime is read as its date).
        province: the province of a district or commune (only checked, not written).

    Raises:
        InvalidValueError: the level is central, or the place did not exist on ``on``.
        UnknownCodeError: the province is unknown.

    Examples:
        >>> place_phrase(Level.PROVINCE, "TP HCM")
        'Thành phố Hồ Chí Minh'
        >>> place_phrase(Level.DISTRICT, "Bắc Mê"), place_phrase(Level.COMMUNE, "phường Ba Đình")
        ('huyện Bắc Mê', 'phường Ba Đình')
    """
    level = _as_level(level)
    if level is Level.CENTRAL:
        raise InvalidValueError("level", level, "the central level has no place words")
    return _place(level, locality, _check_on(on), province).phrase


def _place(
    level: Level,
    locality: str | Province | None,
    on: date | None,
    province: str | Province | None,
) -> _Place:
    if locality is not None and not isinstance(locality, str | Province):
        raise InvalidValueError("locality", locality, "must be a str, a Province or None")
    if level is Level.PROVINCE:
        if locality is None or (
            isinstance(locality, str) and _key(locality) in {_key(u) for u in _UNITS[level]}
        ):
            unit = "tỉnh" if locality is None else _split_unit(level, locality)[0]
            return _Place(unit, None, unit, None, ())
        unit_of = _province(locality, on=on)
        full = unit_of.full_name
        proper = full if full[0].isupper() else unit_of.name
        return _Place(
            unit_of.kind.short, unit_of.name, full, proper, (unit_of.code,), unit_of.aliases
        )
    codes: tuple[str, ...] = ()
    if province is not None:
        codes = (_province(province, on=on).code,)
    if locality is None:
        unit, name = _UNITS[level][0], None
    elif isinstance(locality, Province):
        raise InvalidValueError("locality", locality.name, "a Province is not a lower-level place")
    else:
        unit, name = _split_unit(level, locality)
        _check_unit(level, unit, on, locality)
    if name is None:
        if unit != _UNITS[level][0]:
            codes = (*codes, slugify(unit))
        return _Place(unit, None, unit, None, codes)
    place_slug = slugify(name) if unit == _UNITS[level][0] else slugify(f"{unit} {name}")
    if not place_slug:
        raise InvalidValueError("locality", locality, "has no letters or digits")
    return _Place(unit, name, f"{unit} {name}", name, (*codes, place_slug))


def _central(kind: OrgKind) -> Organisation:
    name, short, aliases = _CENTRAL[kind]
    return Organisation(
        code=f"{BODY_CODES[kind]}.tw",
        name=name,
        short_name=short,
        kind=kind,
        level=Level.CENTRAL,
        aliases=aliases,
    )


def _local_names(kind: OrgKind, level: Level, place: _Place) -> tuple[str, str, list[str]]:
    unit, phrase = place.unit, place.phrase
    if kind is OrgKind.DOAN_TN:
        prefix = _DOAN_PREFIX.get(unit, f"Đoàn {unit}")
        name = f"{prefix} {place.proper}" if place.proper else prefix
        return name, prefix, [prefix]
    if kind is OrgKind.CONG_DOAN and level is Level.COMMUNE:
        return f"Công đoàn {phrase}", f"Công đoàn {unit}", []
    full, short = {
        OrgKind.MTTQ: ("Ủy ban MTTQ Việt Nam", "UBMTTQ"),
        OrgKind.CONG_DOAN: ("Liên đoàn Lao động", "LĐLĐ"),
        OrgKind.HOI_LHPN: ("Hội Liên hiệp Phụ nữ", "Hội LHPN"),
        OrgKind.HOI_ND: ("Hội Nông dân", "HND"),
        OrgKind.HOI_CCB: ("Hội Cựu chiến binh", "HCCB"),
    }[kind]
    return f"{full} {phrase}", f"{short} {unit}", []


def standard(
    kind: OrgKind,
    level: Level,
    locality: str | Province | None = None,
    *,
    on: date | None = None,
    province: str | Province | None = None,
) -> Organisation:
    """The standard body of ``kind`` at ``level`` in ``locality``, with its real names.

    Args:
        kind: one of :data:`STANDARD_KINDS` (or its code).
        level: the level (or its code).
        locality: for the province level a province name, alias or code (checked against
            :mod:`mttq.geo` for ``on``); for a district or commune its name, optionally with its
            kind word (``"Bắc Mê"``, ``"quận Ba Đình"``, ``"phường Ba Đình"``); ``None`` for the
            central level or for the generic body of a level (``"Hội Nông dân tỉnh"``).
        on: the day the body is named for (a datetime is read as its date). Checks that the
            district level and the province existed then; ``None`` skips the date checks.
        province: the province of a district or commune body; it only goes into the code.

    Returns:
        The organisation.

    Raises:
        InvalidValueError: a kind without standard names, a district body after 2025-06-30, a
            place given for the central level, or a province that did not exist on ``on``.
        UnknownCodeError: an unknown kind, level or province.

    Examples:
        >>> standard(OrgKind.MTTQ, Level.PROVINCE, "Ninh Thuận").name
        'Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận'
        >>> doan = standard(OrgKind.DOAN_TN, Level.PROVINCE, "Hà Nội")
        >>> doan.name, doan.short_name
        ('Thành đoàn Hà Nội', 'Thành đoàn')
        >>> standard(OrgKind.HOI_LHPN, Level.DISTRICT, "Bắc Mê", province="Hà Giang").code
        'hoi-lhpn.huyen.ha-giang.bac-me'
        >>> standard(OrgKind.CONG_DOAN, Level.CENTRAL).name
        'Tổng Liên đoàn Lao động Việt Nam'
        >>> standard(OrgKind.HOI_ND, Level.DISTRICT, "Bắc Mê", on=date(2025, 7, 1))
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid level=<Level.DISTRICT: 'district'>: \
the district level (cấp huyện) was abolished on 2025-07-01 (two-tier local government, \
NQ 202/2025/QH15); there is no district body on 2025-07-01
    """
    kind = _as_kind(kind)
    level = _as_level(level)
    on = _check_on(on)
    if kind not in STANDARD_KINDS:
        raise InvalidValueError(
            "kind",
            kind,
            "only the MTTQ and the five socio-political organisations have standard names",
        )
    if level is Level.DISTRICT and on is not None and on > DISTRICT_LAST_DAY:
        raise InvalidValueError(
            "level",
            level,
            "the district level (cấp huyện) was abolished on 2025-07-01 (two-tier local "
            f"government, NQ 202/2025/QH15); there is no district body on {on.isoformat()}",
        )
    if level is Level.CENTRAL:
        if locality is not None or province is not None:
            raise InvalidValueError("locality", locality, "a central body has no locality")
        return _central(kind)
    place = _place(level, locality, on, province)
    name, short, extra = _local_names(kind, level, place)
    aliases = [*extra]
    for stem in _STEMS[kind]:
        aliases.append(f"{stem} {place.unit}")
        if place.name is not None:
            aliases.append(f"{stem} {place.phrase}")
            aliases.append(f"{stem} {place.name}")
        for other in place.aliases:
            aliases.append(f"{stem} {place.unit} {other}")
            aliases.append(f"{stem} {other}")
    if kind is OrgKind.DOAN_TN and place.name is not None:
        aliases.append(f"{short} {place.name}")
    code = ".".join((BODY_CODES[kind], _LEVEL_CODES[level], *place.code))
    seen = {name, short}
    unique = [a for a in dict.fromkeys(aliases) if a not in seen]
    return Organisation(
        code=code,
        name=name,
        short_name=short,
        kind=kind,
        level=level,
        locality=None if place.name is None else place.phrase,
        aliases=tuple(unique),
    )


def standard_bodies(
    level: Level,
    locality: str | Province | None = None,
    *,
    on: date | None = None,
    province: str | Province | None = None,
) -> tuple[Organisation, ...]:
    """The six standard bodies of a level and place (MTTQ first), as :func:`standard` names them.

    Examples:
        >>> [o.short_name for o in standard_bodies(Level.PROVINCE, "Ninh Thuận")]
        ['UBMTTQ tỉnh', 'LĐLĐ tỉnh', 'Tỉnh đoàn', 'Hội LHPN tỉnh', 'HND tỉnh', 'HCCB tỉnh']
    """
    return tuple(
        standard(kind, level, locality, on=on, province=province) for kind in STANDARD_KINDS
    )


def _default_pool(
    level: Level | None,
    locality: str | Province | None,
    on: date | None,
    province: str | Province | None,
) -> list[Organisation]:
    if level is None and locality is not None:
        level = Level.PROVINCE
    if level is not None:
        return list(standard_bodies(level, locality, on=on, province=province))
    pool = list(standard_bodies(Level.CENTRAL))
    for each in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE):
        if each is Level.DISTRICT and on is not None and on > DISTRICT_LAST_DAY:
            continue
        pool.extend(standard_bodies(each, on=on))
    return pool


def _among(among: object) -> list[Organisation]:
    if isinstance(among, (str, bytes)) or not isinstance(among, Iterable):
        raise InvalidValueError("among", among, "must be a collection of Organisation values")
    pool = list(among)
    for item in pool:
        if not isinstance(item, Organisation):
            raise InvalidValueError("among", item, "must hold Organisation values")
    return pool


def find(
    name: str,
    among: Iterable[Organisation] | None = None,
    *,
    level: Level | None = None,
    locality: str | Province | None = None,
    on: date | None = None,
    province: str | Province | None = None,
) -> Organisation:
    """Find an organisation by its code, name, short name or any alias.

    Matching ignores case, accents, tone placement (``Hòa``/``Hoà``), ``Ð``/``Đ``, punctuation
    and the spellings ``Việt Nam``/``VN``, ``TP``/``thành phố``, ``TW``/``TƯ``/``Trung ương``.

    Args:
        name: what to look for: ``"HCCB tỉnh"``, ``"Hội CCB tỉnh"``, ``"hoi ccb tinh"``.
        among: the organisations to search. Without it, the standard bodies of ``level`` and
            ``locality`` (see :func:`standard_bodies`) are searched; with neither, the central
            bodies and the generic bodies of every level.
        level: the level of the standard bodies to search (when ``among`` is not given).
        locality: their place (a province when ``level`` is not given).
        on: the day, for the date checks of :func:`standard`.
        province: the province of a district or commune.

    Returns:
        The one organisation that has this name.

    Raises:
        UnknownCodeError: no organisation has that name; the closest names are suggested.
        InvalidValueError: ``name`` is not a str, ``among`` is not a collection of
            organisations, or several organisations have that name.

    Examples:
        >>> find("Hội Liên hiệp phụ nữ tỉnh").code
        'hoi-lhpn.tinh'
        >>> find("UBTƯ MTTQVN").name
        'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'
        >>> find("Tinh doan", locality="Ninh Thuận").name
        'Tỉnh đoàn Ninh Thuận'
    """
    if not isinstance(name, str):
        raise InvalidValueError("name", name, "must be a str")
    if len(name) > MAX_SUGGESTION_KEY:
        raise UnknownCodeError("organisation", name)
    if among is None:
        level = None if level is None else _as_level(level)
        pool = _default_pool(level, locality, _check_on(on), province)
    else:
        pool = _among(among)
    for org in pool:
        if org.code == name:
            return org
    key = _key(name)
    found = list({id(o): o for o in pool if key in o.match_keys()}.values())
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(repr(o.name) for o in found[:5])
        raise InvalidValueError("name", name, f"ambiguous: it names {names}")
    by_key: dict[str, str] = {}
    for org in pool:
        for each in (org.name, org.short_name, *org.aliases):
            by_key.setdefault(_key(each), each)
    close = closest(key, by_key)
    raise UnknownCodeError("organisation", name, [by_key[c] for c in close])
