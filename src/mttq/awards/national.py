"""The bundled national tables of the awards package, each dated and citing its source.

Award rules, counting policies, bonuses, council vote thresholds and base salaries.

:data:`NATIONAL` (the default rule set of :func:`mttq.awards.check`) holds only rules verified
in the texts: up to assessment year 2023 the 2013 law with NĐ 91/2017/NĐ-CP, from 2024-01-01
Luật 06/2022/QH15 with NĐ 98/2023/NĐ-CP, from 2025-07-01 NĐ 152/2025/NĐ-CP. Where a text is
not verified, the rule says so with an :class:`~mttq.awards.requirements.Undetermined` part or
a ``None`` policy flag, so that a check answers "undetermined" rather than guess (the table
of what is bundled, and why, is in ``docs/awards.md``). Each table is a
:class:`mttq.tables.Table` in the library's registry; the bonuses, vote thresholds and base
salaries are built on first use::

    >>> [r.id for r in NATIONAL.rules_for("cstdcs", 2023, RecipientKind.INDIVIDUAL)]
    ['nd91-2017.cstdcs']
    >>> [r.id for r in NATIONAL.rules_for("cstdcs", 2024, RecipientKind.INDIVIDUAL)]
    ['luat-2022.cstdcs']
    >>> vote_threshold("cstdcs", on=date(2024, 12, 20)).share
    Decimal('0.8')
    >>> vote_threshold("cstdcs", on=date(2025, 12, 20)) is None
    True
    >>> base_salary_on(date(2025, 8, 1)), base_salary_on(date(2024, 6, 30))
    (2340000, None)

Sources: Luật 06/2022/QH15, Điều 21-28, 44 k1 e, 73 k1 b, 74 k1, 93; NĐ 91/2017/NĐ-CP, Điều 9
k3, 10; NĐ 98/2023/NĐ-CP, Điều 30 k7; NĐ 152/2025/NĐ-CP, Điều 4 k3, k4, Điều 49-54;
CV 5007/BNV-TĐKT (2023); NĐ 73/2024/NĐ-CP, Điều 3 k2; QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 3 k2,
Điều 4 k2.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from mttq.awards.bonus import salary_on
from mttq.awards.catalogue import AwardKind, RecipientKind, find_kind
from mttq.awards.decision import QuotaNote
from mttq.awards.history import Basis, InitiativeKind, InitiativeLevel, Organiser
from mttq.awards.requirements import (
    AllOf,
    AnyOf,
    Attested,
    AwardRule,
    BaseSalary,
    BonusRule,
    CountingPolicy,
    HasInitiative,
    HoldsTitle,
    HouseholdFactor,
    LeadsGroup,
    LeadsMovement,
    MemberCount,
    MemberMeasure,
    MemberShare,
    Qualifies,
    RatingAtLeast,
    RuleSet,
    Undetermined,
    VoteThreshold,
    items_of,
)
from mttq.codes import (
    BASE_SALARY_2024_FROM,
    LAW_06_2022_FROM,
    LAW_2013_TO,
    ND_98_2023_TO,
    ND_152_2025_FROM,
    Rating,
)
from mttq.fields import as_date, in_force
from mttq.tables import Table

__all__ = [
    "BONUSES",
    "HOUSEHOLD_FACTORS",
    "NATIONAL",
    "POLICIES",
    "RULES",
    "SALARIES",
    "THRESHOLDS",
    "base_salary_on",
    "vote_threshold",
]

OLD_END = LAW_2013_TO
LAW_START = LAW_06_2022_FROM
ND152_START = ND_152_2025_FROM
ND98_END = ND_98_2023_TO

L = "Luật 06/2022/QH15"
LAW_2003 = "Luật 15/2003/QH11 (sửa đổi 2013)"
ND91 = "NĐ 91/2017/NĐ-CP"
BN = "QĐ 86/2025/QĐ-UBND Bắc Ninh"
IND = RecipientKind.INDIVIDUAL
C = RecipientKind.COLLECTIVE

# --- qualitative criteria (certified by the unit or council) ------------------------------

LDTT_SPIRIT = Attested(
    criterion="ldtt-tinh-than",
    description=(
        "Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua"
    ),
    source=f"{L}, Điều 24 k1",
)
_EXEMPLARY = Attested(
    criterion="guong-mau-chap-hanh",
    description="Gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước",
    source=f"{L}, Điều 74 k1",
)
_EXCEEDED = Attested(
    criterion="vuot-chi-tieu",
    description=(
        "Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm; "
        "là tập thể tiêu biểu xuất sắc"
    ),
    source=f"{L}, Điều 25, Điều 26",
)
_SOLIDARITY_FLAG = Attested(
    criterion="doan-ket-tiet-kiem",
    description=(
        "Nội bộ đoàn kết; tổ chức đảng, đoàn thể vững mạnh; thực hành tiết kiệm, "
        "chống lãng phí, tham nhũng, tiêu cực"
    ),
    source=f"{L}, Điều 25, Điều 26",
)
_MOVEMENT = Attested(
    criterion="phong-trao-thi-dua",
    description="Có phong trào thi đua thường xuyên, thiết thực, hiệu quả",
    source=f"{L}, Điều 27, Điều 28 ({BN}, Điều 3 k2, Điều 4 k2)",
)
_SOLIDARITY_UNIT = Attested(
    criterion="doan-ket-chap-hanh",
    description="Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật",
    source=f"{L}, Điều 27, Điều 28 ({BN}, Điều 3 k2, Điều 4 k2)",
)

_GRASSROOTS_WORK = AnyOf(
    parts=(
        RatingAtLeast(rating=Rating.HTXSNV, source=f"{L}, Điều 23"),
        HasInitiative(
            level=InitiativeLevel.GRASSROOTS,
            kinds=(InitiativeKind.INITIATIVE,),
            source=f"{L}, Điều 23; {L}, Điều 3 k4",
        ),
        HasInitiative(
            level=InitiativeLevel.GRASSROOTS,
            kinds=(InitiativeKind.RESEARCH,),
            source=f"{L}, Điều 23",
        ),
        HasInitiative(
            level=InitiativeLevel.GRASSROOTS,
            kinds=(InitiativeKind.COMBAT,),
            source=f"{L}, Điều 23",
        ),
    ),
    description=(
        "Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài khoa học, "
        "sáng kiến chiến đấu được công nhận"
    ),
    source=f"{L}, Điều 23",
)

_RULES: tuple[AwardRule, ...] = (
    # --- before 2024: the 2003 law as amended in 2013, NĐ 91/2017 -------------------------
    AwardRule(
        id="nd91-2017.ldtt",
        kind="ldtt",
        source=f"{LAW_2003}; {ND91}, Điều 10",
        effective_to=OLD_END,
        requirement=AllOf(
            parts=(
                Attested(
                    criterion="ldtt-tieu-chuan",
                    description="Đạt tiêu chuẩn “Lao động tiên tiến” của Luật Thi đua, khen "
                    "thưởng 2003 (sửa đổi 2013)",
                    source=LAW_2003,
                ),
                Attested(
                    criterion="ldtt-du-10-thang",
                    description="Không phải người mới tuyển dụng dưới 10 tháng",
                    source=f"{ND91}, Điều 10",
                ),
                Attested(
                    criterion="ldtt-nghi-duoi-40-ngay",
                    description="Không nghỉ từ 40 ngày làm việc trở lên",
                    source=f"{ND91}, Điều 10",
                ),
            )
        ),
    ),
    AwardRule(
        id="nd91-2017.cstdcs",
        kind="cstdcs",
        source=f"{ND91}, Điều 9",
        effective_to=OLD_END,
        requirement=AllOf(
            parts=(
                Qualifies(kind="ldtt", source=f"{ND91}, Điều 9"),
                HasInitiative(
                    level=InitiativeLevel.GRASSROOTS,
                    source=f"{ND91}, Điều 9 (bắt buộc có sáng kiến)",
                ),
            )
        ),
        quota=QuotaNote(
            share=Decimal("0.15"),
            of_kind="ldtt",
            source=f"{ND91}, Điều 9 k3",
            note="tỷ lệ do đơn vị áp dụng trên tổng số cá nhân đạt LĐTT",
        ),
    ),
    # --- from 2024: Luật 06/2022/QH15 --------------------------------------------------------
    AwardRule(
        id="luat-2022.ldtt",
        kind="ldtt",
        source=f"{L}, Điều 24 k1",
        effective_from=LAW_START,
        requirement=AllOf(
            parts=(RatingAtLeast(rating=Rating.HTTNV, source=f"{L}, Điều 24 k1"), LDTT_SPIRIT)
        ),
        note="cán bộ, công chức, viên chức, người lao động (khoản 1); khoản 3 do tỉnh quy định",
    ),
    AwardRule(
        id="luat-2022.cstt",
        kind="cstt",
        source=f"{L}, Điều 24 k2",
        effective_from=LAW_START,
        requirement=AllOf(
            parts=(RatingAtLeast(rating=Rating.HTTNV, source=f"{L}, Điều 24 k2"), LDTT_SPIRIT)
        ),
    ),
    AwardRule(
        id="luat-2022.cstdcs",
        kind="cstdcs",
        source=f"{L}, Điều 23",
        effective_from=LAW_START,
        requirement=AllOf(parts=(Qualifies(kind="ldtt", source=f"{L}, Điều 23"), _GRASSROOTS_WORK)),
        note="không có giới hạn tỷ lệ trong luật",
    ),
    AwardRule(
        id="luat-2022.cstd-bo-tinh",
        kind="cstd-bo-tinh",
        source=f"{L}, Điều 22",
        effective_from=LAW_START,
        requirement=AnyOf(
            description="3 lần liên tục đạt “Chiến sĩ thi đua cơ sở” và có sáng kiến được công "
            "nhận ở cấp bộ, ban, ngành, tỉnh",
            source=f"{L}, Điều 22 k1",
            parts=(
                AllOf(
                    description="Lần thứ ba ở năm đánh giá",
                    source=f"{L}, Điều 22 k1",
                    parts=(
                        HoldsTitle(
                            kinds=("cstdcs",),
                            count=3,
                            consecutive=True,
                            within_years=3,
                            source=f"{L}, Điều 22 k1",
                        ),
                        HasInitiative(
                            level=InitiativeLevel.MINISTRY_PROVINCE,
                            within_years=3,
                            source=f"{L}, Điều 22 k1, k2",
                        ),
                    ),
                ),
                AllOf(
                    description="Lần thứ ba ở năm trước năm đánh giá (đề nghị vào năm sau)",
                    source=f"{L}, Điều 22 k1",
                    parts=(
                        HoldsTitle(
                            kinds=("cstdcs",),
                            count=3,
                            consecutive=True,
                            within_years=4,
                            before=1,
                            source=f"{L}, Điều 22 k1",
                        ),
                        HasInitiative(
                            level=InitiativeLevel.MINISTRY_PROVINCE,
                            within_years=4,
                            source=f"{L}, Điều 22 k1, k2",
                        ),
                        Undetermined(
                            description="Thời điểm đề nghị (ngay trong năm đạt lần thứ ba hay "
                            "vào năm sau) chưa được xác minh; Luật chỉ quy định “03 lần liên tục”",
                            source=f"{L}, Điều 22 k1",
                        ),
                    ),
                ),
            ),
        ),
        note="3 lần CSTĐCS liên tục kết thúc ở năm đánh giá; kết thúc ở năm trước: chưa xác "
        "định (thời điểm đề nghị chưa được xác minh); hội đồng bỏ phiếu riêng",
    ),
    AwardRule(
        id="luat-2022.cstd-toan-quoc",
        kind="cstd-toan-quoc",
        source=f"{L}, Điều 21",
        effective_from=LAW_START,
        requirement=AllOf(
            parts=(
                AnyOf(
                    description="2 lần liên tục đạt “Chiến sĩ thi đua bộ, ban, ngành, tỉnh” "
                    "(cách nhau 3 năm)",
                    source=f"{L}, Điều 21 k1",
                    parts=(
                        HoldsTitle(
                            kinds=("cstd-bo-tinh",),
                            count=2,
                            consecutive=True,
                            period=3,
                            within_years=4,
                            source=f"{L}, Điều 21 k1",
                        ),
                        AllOf(
                            description="Lần thứ hai ở năm trước năm đánh giá (đề nghị vào năm "
                            "sau)",
                            source=f"{L}, Điều 21 k1",
                            parts=(
                                HoldsTitle(
                                    kinds=("cstd-bo-tinh",),
                                    count=2,
                                    consecutive=True,
                                    period=3,
                                    within_years=5,
                                    before=1,
                                    source=f"{L}, Điều 21 k1",
                                ),
                                Undetermined(
                                    description="Thời điểm đề nghị (ngay trong năm đạt lần thứ "
                                    "hai hay vào năm sau) chưa được xác minh",
                                    source=f"{L}, Điều 21 k1",
                                ),
                            ),
                        ),
                    ),
                ),
                HasInitiative(
                    level=InitiativeLevel.NATIONAL,
                    within_years=None,
                    source=f"{L}, Điều 21 k1, k2",
                ),
            )
        ),
        note="2 lần CSTĐ bộ, ban, ngành, tỉnh liên tục (cách nhau 3 năm), lần sau ở năm đánh giá; "
        "lần sau ở năm trước: chưa xác định (thời điểm đề nghị chưa được xác minh)",
    ),
    AwardRule(
        id="luat-2022.ttldtt",
        kind="ttldtt",
        source=f"{L}, Điều 28 ({BN}, Điều 4 k2)",
        recipients=(C,),
        effective_from=LAW_START,
        requirement=AllOf(
            parts=(
                RatingAtLeast(rating=Rating.HTTNV, source=f"{L}, Điều 28"),
                _MOVEMENT,
                MemberShare(
                    measure=MemberMeasure.LDTT,
                    at_least=Decimal("0.70"),
                    source=f"{L}, Điều 28 ({BN}, Điều 4 k2)",
                ),
                MemberCount(
                    measure=MemberMeasure.DISCIPLINED,
                    at_most=0,
                    source=f"{L}, Điều 28 ({BN}, Điều 4 k2)",
                ),
                _SOLIDARITY_UNIT,
            )
        ),
    ),
    AwardRule(
        id="luat-2022.ttldxs",
        kind="ttldxs",
        source=f"{L}, Điều 27 ({BN}, Điều 3 k2)",
        recipients=(C,),
        effective_from=LAW_START,
        requirement=AllOf(
            parts=(
                RatingAtLeast(rating=Rating.HTXSNV, source=f"{L}, Điều 27"),
                _MOVEMENT,
                MemberShare(
                    measure=MemberMeasure.COMPLETED,
                    at_least=Decimal(1),
                    source=f"{L}, Điều 27 ({BN}, Điều 3 k2)",
                ),
                MemberShare(
                    measure=MemberMeasure.LDTT,
                    at_least=Decimal("0.70"),
                    source=f"{L}, Điều 27 ({BN}, Điều 3 k2)",
                ),
                MemberCount(
                    measure=MemberMeasure.CSTDCS,
                    at_least=1,
                    source=f"{L}, Điều 27 ({BN}, Điều 3 k2)",
                ),
                _SOLIDARITY_UNIT,
            )
        ),
    ),
    AwardRule(
        id="luat-2022.co-thi-dua-bo-tinh",
        kind="co-thi-dua-bo-tinh",
        source=f"{L}, Điều 26",
        recipients=(C,),
        effective_from=LAW_START,
        requirement=AnyOf(
            description="Dẫn đầu cụm, khối thi đua hoặc phong trào thi đua theo chuyên đề",
            source=f"{L}, Điều 26",
            parts=(
                AllOf(
                    parts=(
                        LeadsGroup(
                            organisers=(Organiser.MINISTRY_PROVINCE,), source=f"{L}, Điều 26 k1"
                        ),
                        _EXCEEDED,
                        _SOLIDARITY_FLAG,
                    ),
                    description="Dẫn đầu cụm, khối thi đua (thường xuyên)",
                    source=f"{L}, Điều 26 k1",
                ),
                LeadsMovement(
                    organisers=(Organiser.MINISTRY_PROVINCE,),
                    min_years=3,
                    source=f"{L}, Điều 26 k2",
                ),
            ),
        ),
        note="mặc định mỗi cụm, khối một cờ mỗi năm (số ít “tập thể dẫn đầu”)",
    ),
    AwardRule(
        id="luat-2022.co-thi-dua-cp",
        kind="co-thi-dua-cp",
        source=f"{L}, Điều 25",
        recipients=(C,),
        effective_from=LAW_START,
        requirement=AnyOf(
            description="Đạt một trong các trường hợp của khoản 1, 2, 3 Điều 25",
            source=f"{L}, Điều 25",
            parts=(
                AllOf(
                    parts=(
                        LeadsGroup(
                            organisers=(Organiser.MINISTRY_PROVINCE,), source=f"{L}, Điều 25 k1"
                        ),
                        Attested(
                            criterion="tieu-bieu-nhat",
                            description="Được lựa chọn là tập thể tiêu biểu xuất sắc nhất trong "
                            "số các tập thể dẫn đầu cụm, khối thi đua",
                            source=f"{L}, Điều 25 k1",
                        ),
                        _EXCEEDED,
                        _SOLIDARITY_FLAG,
                    ),
                    description="Tiêu biểu nhất trong các tập thể dẫn đầu cụm, khối của bộ, tỉnh",
                    source=f"{L}, Điều 25 k1",
                ),
                LeadsGroup(
                    organisers=(Organiser.CENTRAL_COUNCIL,),
                    source=f"{L}, Điều 25 k2",
                ),
                LeadsMovement(
                    organisers=(Organiser.PRIME_MINISTER,),
                    min_years=5,
                    source=f"{L}, Điều 25 k3",
                ),
            ),
        ),
    ),
    AwardRule(
        id="luat-2022.bang-khen-bo-tinh",
        kind="bang-khen-bo-tinh",
        source=f"{L}, Điều 74 k1",
        effective_from=LAW_START,
        requirement=AllOf(
            parts=(
                _EXEMPLARY,
                AnyOf(
                    parts=(
                        Attested(
                            criterion="bk-thanh-tich-phong-trao",
                            description="(a) Có thành tích xuất sắc được bình xét trong phong "
                            "trào thi đua do bộ, ban, ngành, tỉnh phát động",
                            source=f"{L}, Điều 74 k1 a",
                        ),
                        Attested(
                            criterion="bk-thanh-tich-linh-vuc",
                            description="(b) Lập được nhiều thành tích hoặc thành tích đột xuất "
                            "có phạm vi ảnh hưởng trong lĩnh vực",
                            source=f"{L}, Điều 74 k1 b",
                        ),
                        Attested(
                            criterion="bk-dong-gop",
                            description="(c) Có đóng góp lớn vào sự phát triển kinh tế - xã hội, "
                            "khoa học, xã hội, từ thiện nhân đạo",
                            source=f"{L}, Điều 74 k1 c",
                        ),
                        AnyOf(
                            parts=(
                                HoldsTitle(
                                    kinds=("cstdcs",),
                                    count=2,
                                    consecutive=True,
                                    within_years=2,
                                    source=f"{L}, Điều 74 k1 d",
                                ),
                                AllOf(
                                    parts=(
                                        RatingAtLeast(
                                            rating=Rating.HTXSNV,
                                            years=2,
                                            source=f"{L}, Điều 74 k1 d",
                                        ),
                                        HasInitiative(
                                            level=InitiativeLevel.GRASSROOTS,
                                            count=2,
                                            within_years=2,
                                            source=f"{L}, Điều 74 k1 d; CV 5007/BNV-TĐKT",
                                        ),
                                    ),
                                    description="2 năm liên tục HTXSNV, trong đó có 2 sáng kiến",
                                    source=f"{L}, Điều 74 k1 d",
                                ),
                            ),
                            description="(d) 2 lần liên tục CSTĐCS, hoặc 2 năm liên tục HTXSNV "
                            "với 2 sáng kiến được công nhận",
                            source=f"{L}, Điều 74 k1 d",
                        ),
                    ),
                    description="Đạt một trong các điểm a, b, c, d khoản 1 Điều 74",
                    source=f"{L}, Điều 74 k1",
                ),
            )
        ),
    ),
    AwardRule(
        id="luat-2022.bang-khen-ttg",
        kind="bang-khen-ttg",
        source=f"{L}, Điều 73 k1",
        effective_from=LAW_START,
        requirement=AnyOf(
            description="Đạt một trong các điểm của khoản 1 Điều 73",
            source=f"{L}, Điều 73 k1",
            parts=(
                AllOf(
                    parts=(
                        HoldsTitle(
                            kinds=("bang-khen-bo-tinh",),
                            before=5,
                            source=f"{L}, Điều 73 k1 b",
                        ),
                        RatingAtLeast(rating=Rating.HTTNV, years=5, source=f"{L}, Điều 73 k1 b"),
                        HoldsTitle(
                            kinds=("cstdcs",),
                            count=3,
                            within_years=5,
                            source=f"{L}, Điều 73 k1 b",
                        ),
                    ),
                    description="(b) Đã có Bằng khen bộ, ban, ngành, tỉnh, sau đó 5 năm liên tục "
                    "HTTNV trở lên, trong đó có 3 lần CSTĐCS",
                    source=f"{L}, Điều 73 k1 b",
                ),
                Undetermined(
                    description="Các điểm khác của khoản 1 Điều 73 (chưa được xác minh)",
                    source=f"{L}, Điều 73 k1",
                ),
            ),
        ),
    ),
    AwardRule(
        id="luat-2022.huan-chuong-lao-dong-3",
        kind="huan-chuong-lao-dong-3",
        source=f"{L}, Điều 44 k1",
        effective_from=LAW_START,
        requirement=AnyOf(
            description="Đạt một trong các điểm của khoản 1 Điều 44 (hạng Ba, cá nhân)",
            source=f"{L}, Điều 44 k1",
            parts=(
                AllOf(
                    parts=(
                        HoldsTitle(kinds=("bang-khen-ttg",), before=5, source=f"{L}, Điều 44 k1 e"),
                        RatingAtLeast(rating=Rating.HTTNV, years=5, source=f"{L}, Điều 44 k1 e"),
                        RatingAtLeast(
                            rating=Rating.HTXSNV,
                            years=1,
                            within_years=5,
                            source=f"{L}, Điều 44 k1 e",
                        ),
                        HoldsTitle(
                            kinds=("cstdcs",),
                            count=3,
                            within_years=5,
                            source=f"{L}, Điều 44 k1 e",
                        ),
                    ),
                    description="(e) Đã có Bằng khen của Thủ tướng, sau đó 5 năm liên tục HTTNV "
                    "trở lên, trong đó có 1 năm HTXSNV và 3 lần CSTĐCS",
                    source=f"{L}, Điều 44 k1 e",
                ),
                Undetermined(
                    description="Các điểm khác của khoản 1 Điều 44, trong đó điểm g (quá trình "
                    "cống hiến, NĐ 152/2025/NĐ-CP Điều 21) (chưa được xác minh)",
                    source=f"{L}, Điều 44 k1",
                ),
            ),
        ),
    ),
)

_POLICIES: tuple[CountingPolicy, ...] = (
    CountingPolicy(
        id="nd91-2017.counting",
        source=f"{LAW_2003}; {ND91}",
        effective_to=OLD_END,
        uncertain_bases=(Basis.SUDDEN, Basis.THEMATIC),
    ),
    CountingPolicy(
        id="luat-2022.counting",
        source=f"{L}; NĐ 98/2023/NĐ-CP; CV 5007/BNV-TĐKT (2023)",
        effective_from=LAW_START,
        effective_to=ND98_END,
        uncertain_bases=(Basis.SUDDEN, Basis.THEMATIC),
        initiative_single_use=True,
    ),
    CountingPolicy(
        id="nd152-2025.counting",
        source="NĐ 152/2025/NĐ-CP, Điều 4 k3, k4; CV 5007/BNV-TĐKT (2023)",
        effective_from=ND152_START,
        excluded_bases=(Basis.SUDDEN, Basis.THEMATIC),
        reset_after_discipline=True,
        defer_when_pending=True,
        initiative_single_use=True,
    ),
)

#: The bundled award rules and counting policies, as tables (built with :data:`NATIONAL`).
RULES: Table[AwardRule] = Table("awards.national.rules", lambda: _RULES)
POLICIES: Table[CountingPolicy] = Table("awards.national.policies", lambda: _POLICIES)

NATIONAL = RuleSet(rules=_RULES, policies=_POLICIES)
"""The bundled national rule set (the default of :func:`mttq.awards.check`)."""


def _bonus(kind: str, who: RecipientKind, multiplier: str, article: str) -> BonusRule:
    return BonusRule(
        id=f"nd152-2025.bonus.{kind}.{who.value}",
        kind=kind,
        recipient=who,
        multiplier=Decimal(multiplier),
        source=f"NĐ 152/2025/NĐ-CP, {article}",
        effective_from=ND152_START,
    )


def _bonuses() -> tuple[BonusRule, ...]:
    return (
        _bonus("cstd-toan-quoc", IND, "4.5", "Điều 50 k1"),
        _bonus("cstd-bo-tinh", IND, "3.0", "Điều 50 k1"),
        _bonus("cstdcs", IND, "1.0", "Điều 50 k1 c"),
        _bonus("ldtt", IND, "0.3", "Điều 50 k1 d"),
        _bonus("cstt", IND, "0.3", "Điều 50 k1 d"),
        _bonus("ttldxs", C, "1.5", "Điều 50 k2"),
        _bonus("dvqt", C, "1.5", "Điều 50 k2"),
        _bonus("ttldtt", C, "0.8", "Điều 50 k2"),
        _bonus("dvtt", C, "0.8", "Điều 50 k2"),
        _bonus("xa-tieu-bieu", C, "2.0", "Điều 50 k2"),
        _bonus("thon-van-hoa", C, "1.5", "Điều 50 k2"),
        _bonus("co-thi-dua-cp", C, "12.0", "Điều 50 k2"),
        _bonus("co-thi-dua-bo-tinh", C, "8.0", "Điều 50 k2"),
        _bonus("huan-chuong-sao-vang", C, "92", "Điều 51"),
        _bonus("huan-chuong-ho-chi-minh", C, "61", "Điều 51"),
        _bonus("huan-chuong-doc-lap-1", C, "30", "Điều 51"),
        _bonus("huan-chuong-doc-lap-2", C, "25", "Điều 51"),
        _bonus("huan-chuong-quan-cong-1", C, "30", "Điều 51"),
        _bonus("huan-chuong-quan-cong-2", C, "25", "Điều 51"),
        *(
            _bonus(f"huan-chuong-{name}-{n}", C, m, "Điều 51")
            for name in ("lao-dong", "chien-cong", "bao-ve-to-quoc")
            for n, m in ((1, "18"), (2, "15"), (3, "9"))
        ),
        _bonus("huan-chuong-dai-doan-ket", C, "15", "Điều 51"),
        _bonus("huan-chuong-dung-cam", C, "9", "Điều 51"),
        _bonus("anh-hung-llvtnd", C, "31", "Điều 50-54"),
        _bonus("anh-hung-lao-dong", C, "31", "Điều 50-54"),
        _bonus("bang-khen-ttg", C, "7", "Điều 54"),
        _bonus("bang-khen-bo-tinh", C, "3", "Điều 54"),
        _bonus("giay-khen", C, "0.6", "Điều 54"),
    )


BONUSES: Table[BonusRule] = Table("awards.national.bonuses", _bonuses)
"""Bonus multipliers of NĐ 152/2025/NĐ-CP (individual huân chương/Bằng khen amounts: none)."""


def _household_factors() -> tuple[HouseholdFactor, ...]:
    return (
        HouseholdFactor(
            id="nd152-2025.bonus.household",
            factor=Decimal("1.5"),
            source="NĐ 152/2025/NĐ-CP, Điều 50-54",
            effective_from=ND152_START,
        ),
    )


HOUSEHOLD_FACTORS: Table[HouseholdFactor] = Table(
    "awards.national.household-factors", _household_factors
)

# --- council vote thresholds (NĐ 98/2023/NĐ-CP, Điều 30 k7) ---------------------------

_VOTE_SOURCE = "NĐ 98/2023/NĐ-CP, Điều 30 k7"


def _thresholds() -> tuple[VoteThreshold, ...]:
    return (
        VoteThreshold(
            id="nd98-2023.vote-90",
            kinds=("anh-hung-llvtnd", "anh-hung-lao-dong", "cstd-toan-quoc", "cstd-bo-tinh"),
            share=Decimal("0.9"),
            source=_VOTE_SOURCE,
            effective_from=LAW_06_2022_FROM,
            effective_to=ND_98_2023_TO,
        ),
        VoteThreshold(
            id="nd98-2023.vote-80",
            kinds=("cstdcs", "co-thi-dua-bo-tinh", "co-thi-dua-cp"),
            share=Decimal("0.8"),
            source=_VOTE_SOURCE,
            effective_from=LAW_06_2022_FROM,
            effective_to=ND_98_2023_TO,
        ),
    )


THRESHOLDS: Table[VoteThreshold] = Table("awards.national.vote-thresholds", _thresholds)


def vote_threshold(
    kind: str | AwardKind,
    *,
    on: date,
    thresholds: Sequence[VoteThreshold] = THRESHOLDS,
) -> VoteThreshold | None:
    """The vote threshold for ``kind`` at a council meeting on ``on``, or ``None``.

    ``None`` means no ballot threshold is bundled for that award on that day. ``on`` may be
    a datetime: it is read as its date. The last threshold of ``thresholds`` in force for
    ``kind`` wins.

    Raises:
        UnknownCodeError: unknown ``kind``.
        InvalidValueError: ``on`` is not a date, or ``thresholds`` is not a tuple of
            :class:`~mttq.awards.requirements.VoteThreshold`.

    Examples:
        >>> vote_threshold("CSTĐ toàn quốc", on=date(2024, 6, 1)).share
        Decimal('0.9')
        >>> from datetime import datetime
        >>> vote_threshold("cstdcs", on=datetime(2025, 6, 30, 16, 0)).share
        Decimal('0.8')
    """
    code = find_kind(kind).code
    day = as_date(on)
    found: VoteThreshold | None = None
    for t in items_of("thresholds", thresholds, VoteThreshold):
        if code in t.kinds and in_force(t.effective_from, t.effective_to, day):
            found = t
    return found


# --- base salaries (mức lương cơ sở) ------------------------------------------------------


def _salaries() -> tuple[BaseSalary, ...]:
    return (
        BaseSalary(
            id="luong-co-so.2024-07-01",
            amount=2_340_000,
            effective_from=BASE_SALARY_2024_FROM,
            source="NĐ 73/2024/NĐ-CP, Điều 3 k2",
        ),
    )


SALARIES: Table[BaseSalary] = Table("awards.national.salaries", _salaries)


def base_salary_on(on: date) -> int | None:
    """The bundled base salary in đồng in force on ``on``, or ``None`` if none is bundled.

    ``on`` may be a datetime: it is read as its date.

    Raises:
        InvalidValueError: ``on`` is not a date.

    Examples:
        >>> base_salary_on(date(2026, 1, 1))
        2340000
    """
    found = salary_on(on, SALARIES)
    return None if found is None else found.amount
