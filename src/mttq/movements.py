"""Emulation movements (phong trào thi đua), campaigns (cuộc vận động) and pledges.

:data:`MOVEMENTS` is the bundled catalogue of the main movements and campaigns of the MTTQ
system and its organisations, with who launched them and when, plus every movement the seed
reports name. A launch date is bundled only where a source gives it without doubt, with its
precision (day, month or year); elsewhere ``launched_on`` is ``None`` and the
``note`` says what is known. ``running`` is ``False`` where a source says the movement ended and
``None`` where it is not verified; ``kind`` is ``None`` where the sources do not say whether it
is a phong trào or a cuộc vận động. See :mod:`mttq.data.movements` for each row's source.

:func:`find` looks a movement up by its code, name or another name, ignoring case, accents,
tone placement, quotes, punctuation and a leading ``phong trào``/``cuộc vận động``; a distinctive
part of a name is enough::

    >>> find("Vì người nghèo").name
    'Ngày vì người nghèo'
    >>> find("cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”").launched_by
    'Bộ Chính trị (Thông báo kết luận 264-TB/TW, 31/07/2009)'
    >>> find("Không để ai bị bỏ lại phía sau").kind.label
    'phong trào thi đua'

A :class:`Pledge` is one unit's registration for a year: the movements it takes part in and the
titles it aims at, registered (đăng ký thi đua) or signed with the other members of its group
(ký kết giao ước thi đua, usually February-March [S3, S13]).

Sources:
    The press and portal pages cited per movement by id ([S2], [S58], [S64], [S85]-[S95] on
    the Sources page); Thông báo kết luận 264-TB/TW (31/07/2009); Chỉ thị 28/CT-TTg
    (26/10/2021); the pledge season as reported in [S3] and [S13].
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Final, TypeGuard

import attrs

from mttq.codes import CodeEnum, OrgKind
from mttq.data import movements as _data
from mttq.errors import (
    MAX_SUGGESTION_KEY,
    DataError,
    InvalidValueError,
    Problem,
    UnknownCodeError,
    closest,
)
from mttq.geo import nfc, nfc_tuple, typed
from mttq.vi.text import fold

__all__ = [
    "MOVEMENTS",
    "DatePrecision",
    "Movement",
    "MovementKind",
    "Pledge",
    "PledgeKind",
    "find",
]

_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PREFIXES: Final = (
    "phong trao thi dua ",
    "phong trao ",
    "cuoc van dong ",
    "chien dich ",
    "thi dua ",
    "pttd ",
    "cvd ",
)
_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2200


class MovementKind(CodeEnum):
    """Whether a movement is an emulation movement, a campaign or a drive.

    Examples:
        >>> MovementKind.CUOC_VAN_DONG.label, MovementKind.CUOC_VAN_DONG.short
        ('cuộc vận động', 'CVĐ')
    """

    PHONG_TRAO = "phong-trao-thi-dua", "phong trào thi đua", "PTTĐ"
    CUOC_VAN_DONG = "cuoc-van-dong", "cuộc vận động", "CVĐ"
    CHIEN_DICH = "chien-dich", "chiến dịch"


class DatePrecision(CodeEnum):
    """How much of a date is known: the day, only the month, or only the year.

    Examples:
        >>> DatePrecision.MONTH.label
        'tháng'
    """

    DAY = "day", "ngày"
    MONTH = "month", "tháng"
    YEAR = "year", "năm"


class PledgeKind(CodeEnum):
    """How a unit commits to a year's emulation.

    Examples:
        >>> PledgeKind.GIAO_UOC.label
        'ký kết giao ước thi đua'
    """

    DANG_KY = "dang-ky", "đăng ký thi đua"
    GIAO_UOC = "giao-uoc", "ký kết giao ước thi đua"


def _to_name(text: str) -> str:
    return nfc(text, "name")


def _to_source(text: str) -> str:
    return nfc(text, "source")


def _to_launched_by(text: str | None) -> str | None:
    return None if text is None else nfc(text, "launched_by")


def _to_note(text: str | None) -> str | None:
    return None if text is None else nfc(text, "note")


def _to_aliases(items: Iterable[str]) -> tuple[str, ...]:
    return nfc_tuple(items, "aliases")


def _is_collection(value: object) -> TypeGuard[Iterable[object]]:
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes))


def _catalogue(value: object) -> tuple[Movement, ...]:
    """``value`` as a tuple of movements, or refuse it (the ``catalogue`` argument)."""
    if not _is_collection(value):
        raise InvalidValueError("catalogue", value, "must be a collection of Movement values")
    pool: list[Movement] = []
    for movement in value:
        if not isinstance(movement, Movement):
            raise InvalidValueError("catalogue", movement, "must hold Movement values")
        pool.append(movement)
    return tuple(pool)


def _nonempty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidValueError(attribute.name, value, "must not be empty")


def _check_code(field: str, value: object) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise InvalidValueError(field, value, "must be lower-case ASCII words joined by '-'")
    return value


def _key(text: str) -> str:
    return fold(text)


def _strip(key: str) -> str:
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            return key[len(prefix) :]
    return key


@attrs.frozen(kw_only=True)
class Movement:
    """An emulation movement or campaign.

    Attributes:
        code: stable ASCII code (``"ngay-vi-nguoi-ngheo"``).
        name: its name, without quotes.
        kind: phong trào thi đua, cuộc vận động or chiến dịch; ``None`` where not stated.
        launched_by: who launched it, as the source says; ``None`` if unknown.
        launched_on: when, to ``precision`` (a month or a year is stored as its first day).
        precision: how much of ``launched_on`` is known; ``None`` exactly when it is ``None``.
        running: ``False`` if a source says it ended; ``True`` if it says it still runs;
            ``None`` if not verified.
        organisation: the organisation that runs it, if it is one organisation's.
        aliases: other names and short forms.
        source: where the facts come from.
        note: what else the source says, or what is unverified.

    Examples:
        >>> m = find("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh")
        >>> m.launched_on, m.precision.value, m.launch_label()
        (datetime.date(2015, 11, 1), 'month', 'tháng 11/2015')
    """

    code: str = attrs.field()
    name: str = attrs.field(converter=_to_name, validator=_nonempty)
    kind: MovementKind | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(typed(MovementKind)),
    )
    launched_by: str | None = attrs.field(default=None, converter=_to_launched_by)
    launched_on: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(date))
    )
    precision: DatePrecision | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(DatePrecision))
    )
    running: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(bool))
    )
    organisation: OrgKind | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(OrgKind))
    )
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_aliases)
    source: str = attrs.field(converter=_to_source, validator=_nonempty)
    note: str | None = attrs.field(default=None, converter=_to_note)

    @code.validator
    def _check_own_code(self, _: attrs.Attribute[str], value: str) -> None:
        _check_code("code", value)

    @precision.validator
    def _check_precision(self, _: attrs.Attribute[DatePrecision | None], value: object) -> None:
        day = self.launched_on
        if (day is None) != (value is None):
            raise InvalidValueError(
                "precision", value, "is given exactly when launched_on is given"
            )
        if day is None:
            return
        if value is DatePrecision.MONTH and day.day != 1:
            raise InvalidValueError("launched_on", day, "a month is stored as its first day")
        if value is DatePrecision.YEAR and (day.month, day.day) != (1, 1):
            raise InvalidValueError("launched_on", day, "a year is stored as 1 January")

    def launch_label(self) -> str | None:
        """The launch date as far as it is known: ``13/04/2024``, ``tháng 11/2015``, ``năm 2010``.

        Examples:
            >>> find("xoa-nha-tam-nha-dot-nat").launch_label()
            '13/04/2024'
            >>> find("Dân vận khéo").launch_label() is None
            True
        """
        day = self.launched_on
        if day is None:
            return None
        if self.precision is DatePrecision.DAY:
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        if self.precision is DatePrecision.MONTH:
            return f"tháng {day.month}/{day.year}"
        return f"năm {day.year}"

    def match_keys(self) -> frozenset[str]:
        """The folded keys this movement is found by (code, name, aliases).

        Examples:
            >>> "vi nguoi ngheo" in find("ngay-vi-nguoi-ngheo").match_keys()
            True
        """
        return frozenset(_key(n) for n in (self.code, self.name, *self.aliases))


def _text(row: _data.Row, key: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value
    raise DataError([Problem(path=f"$.{key}", message=f"expected a string, got {value!r}")])


def _build(rows: tuple[_data.Row, ...]) -> tuple[Movement, ...]:
    built = []
    for row in rows:
        kind, precision, on, owner = (
            _text(row, key) for key in ("kind", "precision", "launched_on", "organisation")
        )
        running = row.get("running")
        aliases = row.get("aliases", ())
        built.append(
            Movement(
                code=_text(row, "code") or "",
                name=_text(row, "name") or "",
                kind=None if kind is None else MovementKind.parse(kind),
                launched_by=_text(row, "launched_by"),
                launched_on=None if on is None else date.fromisoformat(on),
                precision=None if precision is None else DatePrecision.parse(precision),
                running=running if isinstance(running, bool) else None,
                organisation=None if owner is None else OrgKind.parse(owner),
                aliases=aliases if isinstance(aliases, tuple) else (),
                source=_text(row, "source") or "",
                note=_text(row, "note"),
            )
        )
    return tuple(built)


#: The bundled catalogue (see each row's ``source``), in the order of
#: :mod:`mttq.data.movements`.
MOVEMENTS: Final[tuple[Movement, ...]] = _build(_data.MOVEMENTS)


def find(name: str, catalogue: Iterable[Movement] | None = None) -> Movement:
    """Find a movement by its code, its name, another name, or a distinctive part of a name.

    Case, accents, tone placement, quotes, punctuation and a leading ``phong trào``,
    ``phong trào thi đua``, ``cuộc vận động``, ``chiến dịch`` (or ``PTTĐ``/``CVĐ``) are
    ignored. An exact name wins; otherwise the query may be a part of one name (``"Không để
    ai bị bỏ lại"``) or may contain one name (``"Chung sức xây dựng nông thôn mới nâng cao"``).

    Args:
        name: what to look for.
        catalogue: the movements to search (:data:`MOVEMENTS` by default).

    Returns:
        The movement.

    Raises:
        UnknownCodeError: nothing matches; the closest names are suggested.
        InvalidValueError: ``name`` is not a str, ``catalogue`` is not a collection of
            movements, or the part given belongs to several names.

    Examples:
        >>> find("'Dân vận khéo'").code
        'dan-van-kheo'
        >>> find("phong trào mỗi tuần một việc trong xây dựng nông thôn mới, đô thị văn minh").code
        'moi-tuan-mot-viec'
    """
    if not isinstance(name, str):
        raise InvalidValueError("name", name, "must be a str")
    if len(name) > MAX_SUGGESTION_KEY:
        raise UnknownCodeError("movement", name)
    pool = MOVEMENTS if catalogue is None else _catalogue(catalogue)
    for movement in pool:
        if movement.code == name:
            return movement
    key = _key(name)
    stripped = _strip(key)
    for query in (key, stripped):
        exact = [m for m in pool if query in m.match_keys()]
        if exact:
            return _one(exact, name)
    if len(stripped) >= 3:
        padded = f" {stripped} "
        inside = [m for m in pool if any(padded in f" {k} " for k in m.match_keys())]
        if inside:
            return _one(inside, name)
        containing = [
            (len(k), m) for m in pool for k in m.match_keys() if f" {k} " in padded and " " in k
        ]
        if containing:
            longest = max(size for size, _ in containing)
            return _one([m for size, m in containing if size == longest], name)
    names = {_key(m.name): m.name for m in pool}
    close = closest(stripped, names, cutoff=0.5)
    raise UnknownCodeError("movement", name, [names[c] for c in close])


def _one(found: list[Movement], name: str) -> Movement:
    unique = list({m.code: m for m in found}.values())
    if len(unique) == 1:
        return unique[0]
    names = ", ".join(repr(m.name) for m in unique[:5])
    raise InvalidValueError("name", name, f"ambiguous: it is part of {names}")


def _code_tuple(field: str, items: object) -> tuple[str, ...]:
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise InvalidValueError(field, items, "must be a tuple of codes")
    result = tuple(items)
    for item in result:
        if not isinstance(item, str) or not item.strip():
            raise InvalidValueError(field, item, "each code must be a non-empty str")
    if len(set(result)) != len(result):
        raise InvalidValueError(field, result, "lists a code twice")
    return result


def _movement_codes(items: Iterable[str]) -> tuple[str, ...]:
    return _code_tuple("movements", items)


def _target_codes(items: Iterable[str]) -> tuple[str, ...]:
    return _code_tuple("targets", items)


@attrs.frozen(kw_only=True)
class Pledge:
    """One unit's emulation registration or signed pledge for a year.

    Attributes:
        unit: the code of the organisation that pledges (e.g. ``"hoi-nd.tinh.ninh-thuan"``).
        year: the year pledged for.
        kind: registered (đăng ký) or signed together (ký kết giao ước thi đua).
        movements: codes of the movements it takes part in (see :data:`MOVEMENTS`, or the
            user's own).
        targets: codes of the titles it aims at (award-kind codes, as strings).
        signed_on: the day it was registered or signed, in the year or the year before.

    Examples:
        >>> p = Pledge(unit="hoi-nd.tinh", year=2024, kind=PledgeKind.GIAO_UOC,
        ...            movements=("dan-van-kheo",), targets=("co-thi-dua-tinh",),
        ...            signed_on=date(2024, 3, 1))
        >>> [m.name for m in p.resolve_movements()]
        ['Dân vận khéo']
    """

    unit: str = attrs.field()
    year: int = attrs.field()
    kind: PledgeKind = attrs.field(default=PledgeKind.DANG_KY, validator=typed(PledgeKind))
    movements: tuple[str, ...] = attrs.field(default=(), converter=_movement_codes)
    targets: tuple[str, ...] = attrs.field(default=(), converter=_target_codes)
    signed_on: date | None = attrs.field(default=None)

    @unit.validator
    def _check_unit(self, _: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValueError("unit", value, "must be an organisation code (a non-empty str)")

    @year.validator
    def _check_year(self, _: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValueError("year", value, "must be an int")
        if not _MIN_YEAR <= value <= _MAX_YEAR:
            raise InvalidValueError("year", value, f"must be between {_MIN_YEAR} and {_MAX_YEAR}")

    @signed_on.validator
    def _check_signed(self, _: attrs.Attribute[date | None], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, date) or isinstance(value, datetime):
            raise InvalidValueError(
                "signed_on", value, "must be a datetime.date (not a datetime) or None"
            )
        if value.year not in (self.year - 1, self.year):
            raise InvalidValueError(
                "signed_on",
                value,
                f"a pledge for {self.year} is signed in {self.year} or the year before",
            )

    def resolve_movements(
        self, catalogue: Iterable[Movement] | None = None
    ) -> tuple[Movement, ...]:
        """The movements of this pledge, looked up by code in ``catalogue`` (default bundled).

        Raises:
            UnknownCodeError: a code is not in the catalogue.
            InvalidValueError: ``catalogue`` is not a collection of movements.

        Examples:
            >>> Pledge(unit="hoi-nd.tinh", year=2024, movements=("ngay-vi-nguoi-ngheo",)
            ...        ).resolve_movements()[0].name
            'Ngày vì người nghèo'
        """
        pool = {m.code: m for m in (MOVEMENTS if catalogue is None else _catalogue(catalogue))}
        result = []
        for code in self.movements:
            if code not in pool:
                close = closest(code, pool)
                raise UnknownCodeError("movement", code, close)
            result.append(pool[code])
        return tuple(result)
