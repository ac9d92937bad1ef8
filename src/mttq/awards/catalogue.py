"""The catalogue of emulation titles, forms of commendation and MTTQ flags.

Every title (danh hiệu thi đua) and form of commendation (hình thức khen thưởng) of the Law on
Emulation and Commendation, and the emulation flags of the Vietnam Fatherland Front, as an
:class:`AwardKind` value: an ASCII ``code``, the Vietnamese ``name``, its :class:`Category`,
who may receive it (:class:`RecipientKind`), who confers it (:class:`Authority`, by level and
date) and its legal source::

    >>> from mttq.awards.catalogue import find_kind
    >>> from mttq.codes import Level
    >>> kind = find_kind("Chiến sĩ thi đua cơ sở")
    >>> kind.code, kind.category.label
    ('cstdcs', 'danh hiệu thi đua')
    >>> from datetime import date
    >>> local = (Level.DISTRICT, Level.COMMUNE)
    >>> [a.who for a in kind.authorities_on(date(2025, 6, 30)) if a.level in local]
    ['Chủ tịch Ủy ban nhân dân cấp huyện']
    >>> [a.who for a in kind.authorities_on(date(2025, 7, 1)) if a.level in local]
    ['Chủ tịch Ủy ban nhân dân cấp xã']

Every value class of the awards package type-checks its fields when built (the checker is
:func:`mttq.fields.check_fields`): a wrong value raises
:class:`~mttq.errors.InvalidValueError` naming the field and the value, text is stored in
NFC, and a stored date must be a plain date while a day asked about (``on=``) may be a
datetime, read as its date (:func:`mttq.fields.as_date`)::

    >>> Authority(who=None, level=None, source="s")
    Traceback (most recent call last):
    ...
    mttq.errors.InvalidValueError: invalid who=None: must be a str, not NoneType

Sources: Luật 06/2022/QH15, Điều 19, 20, 33, 71-75, 80 k1, k2, k4; NĐ 129/2025/NĐ-CP, Điều 59;
NĐ 152/2025/NĐ-CP, Điều 50; QĐ 311/QĐ-BNV (2025); QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 5 (where
each comes from: ``docs/awards.md``).
"""

from __future__ import annotations

import difflib
from datetime import date, datetime

import attrs

from mttq.codes import DISTRICT_LEVEL_TO, LAW_06_2022_FROM, RESTRUCTURING_FROM, CodeEnum, Level
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.fields import Dated, Slug, as_date, check_fields
from mttq.fields import in_force as dates_cover
from mttq.vi.text import fold

__all__ = [
    "KINDS",
    "KINDS_BY_CODE",
    "Authority",
    "AwardKind",
    "Category",
    "RecipientKind",
    "check_date_order",
    "check_nonempty",
    "find_kind",
    "in_force",
    "kind_code",
    "kind_codes",
]


class Category(CodeEnum):
    """What an award is: an emulation title, a form of commendation or an MTTQ flag.

    Examples:
        >>> Category.TITLE.label
        'danh hiệu thi đua'
    """

    TITLE = "title", "danh hiệu thi đua"
    FORM = "form", "hình thức khen thưởng"
    FLAG = "mttq-flag", "cờ thi đua của Mặt trận Tổ quốc"


class RecipientKind(CodeEnum):
    """Who receives an award: an individual, a collective or a household.

    Examples:
        >>> RecipientKind.parse("hộ gia đình") is RecipientKind.HOUSEHOLD
        True
    """

    INDIVIDUAL = "individual", "cá nhân"
    COLLECTIVE = "collective", "tập thể"
    HOUSEHOLD = "household", "hộ gia đình"


# --- field checks ----------------------------------------------------------------------------
#
# Every public value class of the awards package calls ``check_fields(self)`` of
# :mod:`mttq.fields` first thing in ``__attrs_post_init__``: each field is type-checked against
# its annotation (the vocabulary of :mod:`mttq.fields`: ``Year``, ``Code``, ``Slug``, ...), and
# the few conversions the annotation allows are made (a list for a tuple, a wire code for a code
# enum, an int for a Decimal, text to NFC). Class-specific checks (order of dates, consistency)
# follow it, on values of the right type. Values the engine builds itself bypass this through
# the fast constructors of :mod:`mttq.awards.decision`.


def check_nonempty(obj: object, *names: str) -> None:
    """Refuse an empty (or blank) text in the fields ``names`` (identifiers and names)."""
    for name in names:
        value = getattr(obj, name)
        if not value.strip():
            raise InvalidValueError(name, value, "must not be empty")


def check_date_order(obj: object, start: str = "effective_from", end: str = "effective_to") -> None:
    """Refuse an end date before the start date (both inclusive; ``None`` is open)."""
    first, last = getattr(obj, start), getattr(obj, end)
    if first is not None and last is not None and last < first:
        raise InvalidValueError(end, last, f"is before {start}={first.isoformat()}")


def _stored_date(field: str, value: object) -> date | None:
    """A stored day given to a function: ``None`` or a plain date (a datetime is refused)."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    reason = "a plain datetime.date or None"
    if isinstance(value, datetime):
        reason += ", not a datetime"
    raise InvalidValueError(field, value, f"expected {reason}")


def in_force(effective_from: date | None, effective_to: date | None, on: date) -> bool:
    """:func:`mttq.fields.in_force` for arguments given by a caller, checked first.

    Whether ``on`` falls within the (open-ended where ``None``) dates, both inclusive. ``on``
    is a day asked about: a datetime is read as its date. The two bounds are stored days:
    each must be a plain date or ``None``. (Values with dates of effect answer for themselves
    with :meth:`mttq.fields.Dated.in_force` and :meth:`~mttq.fields.Dated.in_force_for`.)

    Raises:
        InvalidValueError: a bound is not a date or ``None`` (or is a datetime), or ``on``
            is not a date.

    Examples:
        >>> in_force(date(2024, 1, 1), None, date(2025, 1, 1))
        True
        >>> in_force(None, date(2024, 12, 31), datetime(2024, 12, 31, 23, 59))
        True
    """
    return dates_cover(
        _stored_date("effective_from", effective_from),
        _stored_date("effective_to", effective_to),
        as_date(on),
    )


@attrs.frozen(kw_only=True)
class Authority(Dated):
    """Who confers an award, at which level, and during which dates.

    Attributes:
        who: the office, in Vietnamese ("Chủ tịch Ủy ban nhân dân cấp xã").
        level: the administrative level, or ``None`` for a non-territorial office (an
            enterprise director).
        effective_from: first day the power exists (``None``: before any bundled date).
        effective_to: last day the power exists (``None``: still in force).
        source: the legal source.

    Examples:
        >>> a = Authority(who="Chủ tịch nước", level=Level.CENTRAL, source="Luật 06/2022/QH15")
        >>> a.in_force(date(2030, 1, 1))
        True
    """

    who: str
    level: Level | None
    source: str
    effective_from: date | None = None
    effective_to: date | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        check_nonempty(self, "who")
        check_date_order(self)


@attrs.frozen(kw_only=True)
class AwardKind:
    """One emulation title, form of commendation or MTTQ flag.

    Attributes:
        code: stable ASCII code (the wire value), e.g. ``"ldtt"``.
        name: the Vietnamese name.
        short: the usual abbreviation ("LĐTT"), or the name.
        category: title, form or MTTQ flag.
        recipients: who may receive it.
        authorities: who confers it, by level and date (empty when not bundled).
        source: the legal source of the award itself.
        aliases: other names it is known by (older wording).

    Examples:
        >>> find_kind("ldtt").allows(RecipientKind.HOUSEHOLD)
        False
    """

    code: Slug
    name: str
    short: str
    category: Category
    recipients: tuple[RecipientKind, ...]
    source: str
    authorities: tuple[Authority, ...] = ()
    aliases: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        check_nonempty(self, "name", "short")
        if not self.recipients:
            raise InvalidValueError("recipients", self.recipients, "must name at least one")

    def allows(self, recipient: RecipientKind) -> bool:
        """Whether ``recipient`` may receive this award.

        Examples:
            >>> find_kind("gia-dinh-van-hoa").allows(RecipientKind.HOUSEHOLD)
            True
        """
        return recipient in self.recipients

    def authorities_on(self, on: date) -> tuple[Authority, ...]:
        """The authorities that may confer this award on the day ``on`` (a datetime: its date).

        Raises:
            InvalidValueError: ``on`` is not a date.

        Examples:
            >>> [a.who for a in find_kind("thon-van-hoa").authorities_on(date(2024, 5, 1))]
            ['Chủ tịch Ủy ban nhân dân cấp huyện']
        """
        day = as_date(on)
        return tuple(a for a in self.authorities if a.in_force(day))


# --- authorities -------------------------------------------------------------------------

LUAT = "Luật 06/2022/QH15"
_LAW_START = LAW_06_2022_FROM
_REFORM = RESTRUCTURING_FROM
_BEFORE_REFORM = DISTRICT_LEVEL_TO

_PRESIDENT = (
    Authority(
        who="Chủ tịch nước",
        level=Level.CENTRAL,
        source="QĐ 311/QĐ-BNV (2025), thủ tục khen thưởng cấp nhà nước",
        effective_from=_LAW_START,
    ),
)
_PRIME_MINISTER = (
    Authority(
        who="Thủ tướng Chính phủ",
        level=Level.CENTRAL,
        source="QĐ 311/QĐ-BNV (2025); NĐ 98/2023/NĐ-CP, Điều 33",
        effective_from=_LAW_START,
    ),
)
_MINISTRY_PROVINCE = (
    Authority(
        who="Bộ trưởng, thủ trưởng bộ, ban, ngành, đoàn thể trung ương",
        level=Level.CENTRAL,
        source="QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 5 (thực tiễn); TT 29/2023/TT-BGDĐT, Điều 12",
        effective_from=_LAW_START,
    ),
    Authority(
        who="Chủ tịch Ủy ban nhân dân cấp tỉnh",
        level=Level.PROVINCE,
        source="QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 5 (thực tiễn); TT 29/2023/TT-BGDĐT, Điều 12",
        effective_from=_LAW_START,
    ),
)
_DISTRICT_CHAIR = Authority(
    who="Chủ tịch Ủy ban nhân dân cấp huyện",
    level=Level.DISTRICT,
    source=f"{LUAT}, Điều 80 k2",
    effective_from=_LAW_START,
    effective_to=_BEFORE_REFORM,
)
_COMMUNE_CHAIR = Authority(
    who="Chủ tịch Ủy ban nhân dân cấp xã",
    level=Level.COMMUNE,
    source="NĐ 129/2025/NĐ-CP, Điều 59",
    effective_from=_REFORM,
)
_GRASSROOTS = (
    Authority(
        who="Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ, ban, ngành",
        level=Level.CENTRAL,
        source=f"{LUAT}, Điều 80 k1",
        effective_from=_LAW_START,
    ),
    Authority(
        who="Giám đốc sở và tương đương",
        level=Level.PROVINCE,
        source=f"{LUAT}, Điều 80 k1",
        effective_from=_LAW_START,
    ),
    _DISTRICT_CHAIR,
    _COMMUNE_CHAIR,
    Authority(
        who="Giám đốc, Tổng giám đốc doanh nghiệp, hợp tác xã",
        level=None,
        source=f"{LUAT}, Điều 80 k4",
        effective_from=_LAW_START,
    ),
)

IND = RecipientKind.INDIVIDUAL
C = RecipientKind.COLLECTIVE
H = RecipientKind.HOUSEHOLD
T = Category.TITLE
F = Category.FORM


def _k(
    code: str,
    name: str,
    category: Category,
    recipients: tuple[RecipientKind, ...],
    source: str,
    *,
    short: str | None = None,
    authorities: tuple[Authority, ...] = (),
    aliases: tuple[str, ...] = (),
) -> AwardKind:
    return AwardKind(
        code=code,
        name=name,
        short=short if short is not None else name,
        category=category,
        recipients=recipients,
        source=source,
        authorities=authorities,
        aliases=aliases,
    )


def _classes(code: str, name: str, recipients: tuple[RecipientKind, ...]) -> list[AwardKind]:
    """The three classes (hạng Nhất, Nhì, Ba) of one huân chương."""
    return [
        _k(
            f"{code}-{n}",
            f"{name} hạng {label}",
            F,
            recipients,
            f"{LUAT}, Điều 33",
            authorities=_PRESIDENT,
        )
        for n, label in ((1, "Nhất"), (2, "Nhì"), (3, "Ba"))
    ]


_HONOURS = "Danh mục danh hiệu vinh dự nhà nước (Luật 06/2022/QH15, Chương III)"
_MEDALS = "Danh mục huy chương (Luật 06/2022/QH15, Chương III)"
_MTTQ_SOURCE = "Quy chế thi đua, khen thưởng của Ủy ban Trung ương MTTQ Việt Nam"

KINDS: tuple[AwardKind, ...] = (
    # individual titles, Luật Điều 19
    _k(
        "cstd-toan-quoc",
        "Chiến sĩ thi đua toàn quốc",
        T,
        (IND,),
        f"{LUAT}, Điều 19, Điều 21",
        short="CSTĐ toàn quốc",
        authorities=_PRIME_MINISTER,
    ),
    _k(
        "cstd-bo-tinh",
        "Chiến sĩ thi đua bộ, ban, ngành, tỉnh",
        T,
        (IND,),
        f"{LUAT}, Điều 19, Điều 22",
        short="CSTĐ bộ, ban, ngành, tỉnh",
        authorities=_MINISTRY_PROVINCE,
        aliases=("Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cấp bộ", "CSTĐ tỉnh"),
    ),
    _k(
        "cstdcs",
        "Chiến sĩ thi đua cơ sở",
        T,
        (IND,),
        f"{LUAT}, Điều 19, Điều 23",
        short="CSTĐCS",
        authorities=_GRASSROOTS,
        aliases=("CSTĐ cơ sở",),
    ),
    _k(
        "ldtt",
        "Lao động tiên tiến",
        T,
        (IND,),
        f"{LUAT}, Điều 19, Điều 24",
        short="LĐTT",
        authorities=_GRASSROOTS,
    ),
    _k(
        "cstt",
        "Chiến sĩ tiên tiến",
        T,
        (IND,),
        f"{LUAT}, Điều 19, Điều 24 k2",
        short="CSTT",
    ),
    # collective titles, Luật Điều 20 k1
    _k(
        "co-thi-dua-cp",
        "Cờ thi đua của Chính phủ",
        T,
        (C,),
        f"{LUAT}, Điều 20 k1, Điều 25",
        short="Cờ thi đua của Chính phủ",
        authorities=_PRIME_MINISTER,
    ),
    _k(
        "co-thi-dua-bo-tinh",
        "Cờ thi đua của bộ, ban, ngành, tỉnh",
        T,
        (C,),
        f"{LUAT}, Điều 20 k1, Điều 26",
        authorities=_MINISTRY_PROVINCE,
        aliases=("Cờ thi đua tỉnh", "Cờ thi đua cấp tỉnh", "Cờ thi đua cấp bộ"),
    ),
    _k(
        "ttldxs",
        "Tập thể lao động xuất sắc",
        T,
        (C,),
        f"{LUAT}, Điều 20 k1, Điều 27",
        short="TTLĐXS",
        authorities=_MINISTRY_PROVINCE,
    ),
    _k("dvqt", "Đơn vị quyết thắng", T, (C,), f"{LUAT}, Điều 20 k1, Điều 27"),
    _k(
        "ttldtt",
        "Tập thể lao động tiên tiến",
        T,
        (C,),
        f"{LUAT}, Điều 20 k1, Điều 28",
        short="TTLĐTT",
        authorities=_GRASSROOTS,
    ),
    _k("dvtt", "Đơn vị tiên tiến", T, (C,), f"{LUAT}, Điều 20 k1, Điều 28"),
    _k(
        "xa-tieu-bieu",
        "Xã, phường, đặc khu tiêu biểu",
        T,
        (C,),
        f"{LUAT}, Điều 20 k1; NĐ 152/2025/NĐ-CP, Điều 50",
        aliases=("Xã, phường, thị trấn tiêu biểu",),
    ),
    _k(
        "thon-van-hoa",
        "Thôn, tổ dân phố văn hóa",
        T,
        (C,),
        f"{LUAT}, Điều 20 k1",
        authorities=(_DISTRICT_CHAIR, _COMMUNE_CHAIR),
    ),
    # household title, Luật Điều 20 k2
    _k(
        "gia-dinh-van-hoa",
        "Gia đình văn hóa",
        T,
        (H,),
        f"{LUAT}, Điều 20 k2",
        authorities=(_COMMUNE_CHAIR,),
    ),
    # forms: huân chương (Luật Điều 33)
    _k(
        "huan-chuong-sao-vang",
        "Huân chương Sao vàng",
        F,
        (IND, C),
        f"{LUAT}, Điều 33",
        authorities=_PRESIDENT,
    ),
    _k(
        "huan-chuong-ho-chi-minh",
        "Huân chương Hồ Chí Minh",
        F,
        (IND, C),
        f"{LUAT}, Điều 33",
        authorities=_PRESIDENT,
    ),
    *_classes("huan-chuong-doc-lap", "Huân chương Độc lập", (IND, C)),
    *_classes("huan-chuong-quan-cong", "Huân chương Quân công", (IND, C)),
    *_classes("huan-chuong-lao-dong", "Huân chương Lao động", (IND, C)),
    *_classes("huan-chuong-bao-ve-to-quoc", "Huân chương Bảo vệ Tổ quốc", (IND, C)),
    *_classes("huan-chuong-chien-cong", "Huân chương Chiến công", (IND, C)),
    _k(
        "huan-chuong-dai-doan-ket",
        "Huân chương Đại đoàn kết dân tộc",
        F,
        (IND, C),
        f"{LUAT}, Điều 33",
        authorities=_PRESIDENT,
    ),
    _k(
        "huan-chuong-dung-cam",
        "Huân chương Dũng cảm",
        F,
        (IND, C),
        f"{LUAT}, Điều 33",
        authorities=_PRESIDENT,
    ),
    _k(
        "huan-chuong-huu-nghi",
        "Huân chương Hữu nghị",
        F,
        (IND, C),
        f"{LUAT}, Điều 33",
        authorities=_PRESIDENT,
    ),
    # huy chương
    _k("huy-chuong-quan-ky-quyet-thang", "Huy chương Quân kỳ quyết thắng", F, (IND,), _MEDALS),
    _k("huy-chuong-vi-an-ninh-to-quoc", "Huy chương Vì an ninh Tổ quốc", F, (IND,), _MEDALS),
    _k("huy-chuong-chien-si-ve-vang", "Huy chương Chiến sĩ vẻ vang", F, (IND,), _MEDALS),
    _k("huy-chuong-huu-nghi", "Huy chương Hữu nghị", F, (IND,), _MEDALS),
    _k(
        "huy-chuong-tnxp-ve-vang",
        "Huy chương Thanh niên xung phong vẻ vang",
        F,
        (IND,),
        _MEDALS,
    ),
    # danh hiệu vinh dự nhà nước
    _k(
        "tinh-thanh-pho-anh-hung",
        "Tỉnh, Thành phố anh hùng",
        F,
        (C,),
        _HONOURS,
        authorities=_PRESIDENT,
    ),
    _k(
        "ba-me-viet-nam-anh-hung",
        "Bà mẹ Việt Nam anh hùng",
        F,
        (IND,),
        _HONOURS,
        authorities=_PRESIDENT,
    ),
    _k(
        "anh-hung-llvtnd",
        "Anh hùng Lực lượng vũ trang nhân dân",
        F,
        (IND, C),
        _HONOURS,
        authorities=_PRESIDENT,
    ),
    _k(
        "anh-hung-lao-dong",
        "Anh hùng Lao động",
        F,
        (IND, C),
        _HONOURS,
        authorities=_PRESIDENT,
    ),
    *[
        _k(code, name, F, (IND,), _HONOURS, authorities=_PRESIDENT)
        for code, name in (
            ("nha-giao-nhan-dan", "Nhà giáo Nhân dân"),
            ("nha-giao-uu-tu", "Nhà giáo Ưu tú"),
            ("thay-thuoc-nhan-dan", "Thầy thuốc Nhân dân"),
            ("thay-thuoc-uu-tu", "Thầy thuốc Ưu tú"),
            ("nghe-si-nhan-dan", "Nghệ sĩ Nhân dân"),
            ("nghe-si-uu-tu", "Nghệ sĩ Ưu tú"),
            ("nghe-nhan-nhan-dan", "Nghệ nhân Nhân dân"),
            ("nghe-nhan-uu-tu", "Nghệ nhân Ưu tú"),
        )
    ],
    # giải thưởng
    _k(
        "giai-thuong-ho-chi-minh",
        "Giải thưởng Hồ Chí Minh",
        F,
        (IND, C),
        f"{LUAT} (7 hình thức khen thưởng)",
        authorities=_PRESIDENT,
    ),
    _k(
        "giai-thuong-nha-nuoc",
        "Giải thưởng Nhà nước",
        F,
        (IND, C),
        f"{LUAT} (7 hình thức khen thưởng)",
        authorities=_PRESIDENT,
    ),
    # kỷ niệm chương, bằng khen, giấy khen
    _k("ky-niem-chuong", "Kỷ niệm chương", F, (IND,), f"{LUAT}, Điều 71 k2"),
    _k(
        "bang-khen-ttg",
        "Bằng khen của Thủ tướng Chính phủ",
        F,
        (IND, C),
        f"{LUAT}, Điều 72, Điều 73",
        short="Bằng khen của Thủ tướng",
        authorities=_PRIME_MINISTER,
    ),
    _k(
        "bang-khen-bo-tinh",
        "Bằng khen của bộ, ban, ngành, tỉnh",
        F,
        (IND, C, H),
        f"{LUAT}, Điều 72, Điều 74",
        authorities=_MINISTRY_PROVINCE,
        aliases=("Bằng khen tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen bộ"),
    ),
    _k(
        "giay-khen",
        "Giấy khen",
        F,
        (IND, C, H),
        f"{LUAT}, Điều 75",
        authorities=_GRASSROOTS,
    ),
    # MTTQ flags
    _k(
        "co-thi-dua-ubtw-mttq",
        "Cờ thi đua của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        Category.FLAG,
        (C,),
        _MTTQ_SOURCE,
        short="Cờ thi đua của UBTƯ MTTQ Việt Nam",
        authorities=(
            Authority(
                who="Ủy ban Trung ương MTTQ Việt Nam",
                level=Level.CENTRAL,
                source=f"{_MTTQ_SOURCE}; {LUAT}, Điều 3 k5",
            ),
        ),
    ),
    _k(
        "co-thi-dua-mttq-tinh",
        "Cờ thi đua của Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh",
        Category.FLAG,
        (C,),
        _MTTQ_SOURCE,
        short="Cờ thi đua của UB MTTQ Việt Nam cấp tỉnh",
        authorities=(
            Authority(
                who="Ủy ban MTTQ Việt Nam cấp tỉnh",
                level=Level.PROVINCE,
                source=_MTTQ_SOURCE,
            ),
        ),
    ),
    _k(
        "co-thi-dua-ct-xh-tw",
        "Cờ thi đua của tổ chức chính trị - xã hội ở Trung ương",
        Category.FLAG,
        (C,),
        _MTTQ_SOURCE,
    ),
)

KINDS_BY_CODE: dict[str, AwardKind] = {k.code: k for k in KINDS}


def _fold(text: str) -> str:
    return " ".join(fold(text).replace(",", " ").replace("-", " ").split())


_BY_NAME: dict[str, AwardKind] = {}
for _kind in KINDS:
    for _key in (_kind.code, _kind.name, _kind.short, *_kind.aliases):
        _BY_NAME.setdefault(_fold(_key), _kind)


def kind_code(value: str) -> str:
    """The code of an award kind written as its code, name, abbreviation or an alias.

    The converter of every field that names an award kind (records, rules, quotas, bonuses,
    thresholds), so that a name and its code count the same everywhere.
    """
    if type(value) is str and value in KINDS_BY_CODE:
        return value
    return find_kind(value).code  # raises UnknownCodeError with suggestions


def kind_codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`kind_code` of each award kind of a tuple (a list is accepted, a string is not)."""
    if not isinstance(values, tuple | list):
        raise InvalidValueError("kinds", values, "expected a tuple of award kinds")
    return tuple([kind_code(v) for v in values])


def find_kind(code_or_name: str | AwardKind) -> AwardKind:
    """Find an award kind by its code, Vietnamese name, abbreviation or an alias.

    Accents, case, commas and hyphens are ignored.

    Raises:
        UnknownCodeError: if nothing matches; suggestions list the closest codes.

    Examples:
        >>> find_kind("LĐTT").name
        'Lao động tiên tiến'
        >>> find_kind("co thi dua tinh").code
        'co-thi-dua-bo-tinh'
    """
    if isinstance(code_or_name, AwardKind):
        return code_or_name
    if not isinstance(code_or_name, str):
        raise UnknownCodeError("award kind", code_or_name)
    found = KINDS_BY_CODE.get(code_or_name)
    if found is not None:
        return found
    key = _fold(code_or_name)
    found = _BY_NAME.get(key)
    if found is not None:
        return found
    close = difflib.get_close_matches(key, list(_BY_NAME), n=3, cutoff=0.6)
    suggestions: list[str] = []
    for name in close:
        code = _BY_NAME[name].code
        if code not in suggestions:
            suggestions.append(code)
    raise UnknownCodeError("award kind", code_or_name, suggestions)
