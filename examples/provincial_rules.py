"""A province's own award requirements, composed from the library's rule shapes.

Modelled on QĐ 86/2025/QĐ-UBND of Bắc Ninh (03/12/2025, in force 15/12/2025), which sets the
province's Giấy khen criteria (Điều 4 k3): an individual must be exemplary in following the
Party's and State's policies and the law, complete tasks well (HTTNV), and have either an
achievement ranked in an emulation movement or a notable/sudden achievement with local impact;
a collective must also be united.

The province adds these as new AwardRule values on top of the national rule set: no
subclassing, just the same shapes (AllOf, AnyOf, RatingAtLeast, Attested, NoDiscipline).
The last rule (no discipline in the last 2 years for a provincial Bằng khen, with a 20% cap)
is ILLUSTRATIVE ONLY: it shows how a layer-2 condition and a quota are composed; it is not a
rule of QĐ 86/2025.

The output is in Vietnamese (award names, verdicts, the explanations), for the officials
who use it.

Run: ``python examples/provincial_rules.py``.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from mttq.awards import (
    AllOf,
    AnyOf,
    Attestation,
    Attested,
    AwardRecord,
    AwardRule,
    DisciplineLevel,
    DisciplinePeriod,
    History,
    NoDiscipline,
    QuotaNote,
    RatingAtLeast,
    Recipient,
    RecipientKind,
    YearRating,
    check,
    find_kind,
)
from mttq.awards.national import NATIONAL
from mttq.codes import Rating
from mttq.io import to_data

QD86 = "QĐ 86/2025/QĐ-UBND Bắc Ninh"
IN_FORCE = date(2025, 12, 15)

EXEMPLARY = Attested(
    criterion="guong-mau-chap-hanh",
    description="Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước",
    source=f"{QD86}, Điều 4 k3",
)
ACHIEVEMENT = AnyOf(
    parts=(
        Attested(
            criterion="gk-thanh-tich-phong-trao",
            description="Có thành tích được bình xét trong phong trào thi đua",
            source=f"{QD86}, Điều 4 k3",
        ),
        Attested(
            criterion="gk-thanh-tich-dot-xuat",
            description="Có thành tích đột xuất có phạm vi ảnh hưởng ở địa phương",
            source=f"{QD86}, Điều 4 k3",
        ),
    ),
    description="Có thành tích xếp hạng hoặc thành tích đột xuất",
    source=f"{QD86}, Điều 4 k3",
)

GIAY_KHEN_INDIVIDUAL = AwardRule(
    id="bac-ninh-86-2025.giay-khen.ca-nhan",
    kind="giay-khen",
    source=f"{QD86}, Điều 4 k3",
    effective_from=IN_FORCE,
    requirement=AllOf(
        parts=(
            EXEMPLARY,
            RatingAtLeast(rating=Rating.HTTNV, source=f"{QD86}, Điều 4 k3"),
            ACHIEVEMENT,
        )
    ),
)
GIAY_KHEN_COLLECTIVE = AwardRule(
    id="bac-ninh-86-2025.giay-khen.tap-the",
    kind="giay-khen",
    source=f"{QD86}, Điều 4 k3",
    recipients=(RecipientKind.COLLECTIVE,),
    effective_from=IN_FORCE,
    requirement=AllOf(
        parts=(
            EXEMPLARY,
            RatingAtLeast(rating=Rating.HTTNV, source=f"{QD86}, Điều 4 k3"),
            ACHIEVEMENT,
            Attested(
                criterion="doan-ket-chap-hanh",
                description="Nội bộ đoàn kết",
                source=f"{QD86}, Điều 4 k3",
            ),
        )
    ),
)
ILLUSTRATIVE_BANG_KHEN = AwardRule(
    id="vi-du.bang-khen-tinh.khong-ky-luat",
    kind="bang-khen-bo-tinh",
    source="Ví dụ minh họa (không phải quy định của QĐ 86/2025)",
    effective_from=IN_FORCE,
    requirement=NoDiscipline(
        at_least=DisciplineLevel.KHIEN_TRACH, within_years=2, source="Ví dụ minh họa"
    ),
    quota=QuotaNote(share=Decimal("0.2"), of_kind="ldtt", source="Ví dụ minh họa"),
)

BAC_NINH = NATIONAL.extend(GIAY_KHEN_INDIVIDUAL, GIAY_KHEN_COLLECTIVE, ILLUSTRATIVE_BANG_KHEN)

# How a verdict reads in Vietnamese (the same words as Decision.explain()).
VERDICT = {True: "đủ điều kiện", False: "không đủ điều kiện", None: "chưa xác định được"}


def main() -> None:
    """Check two people under the national rules and under the province's."""
    an = History(
        recipient=Recipient(id="can-bo-01", name="Nguyễn Thị An"),
        ratings=(
            YearRating(year=2024, rating=Rating.HTXSNV),
            YearRating(year=2025, rating=Rating.HTXSNV),
        ),
        awards=(
            AwardRecord(recipient="can-bo-01", kind="cstdcs", year=2024),
            AwardRecord(recipient="can-bo-01", kind="cstdcs", year=2025),
        ),
        attestations=(
            Attestation(year=2025, criterion="guong-mau-chap-hanh"),
            Attestation(year=2025, criterion="gk-thanh-tich-phong-trao"),
            Attestation(year=2025, criterion="ldtt-tinh-than"),
        ),
    )
    binh = History(
        recipient=Recipient(id="can-bo-02", name="Trần Văn Bình"),
        ratings=(YearRating(year=2025, rating=Rating.HTTNV),),
        awards=(
            AwardRecord(recipient="can-bo-02", kind="cstdcs", year=2024),
            AwardRecord(recipient="can-bo-02", kind="cstdcs", year=2025),
        ),
        discipline=(
            DisciplinePeriod(
                start=date(2024, 2, 1), end=date(2024, 7, 31), level=DisciplineLevel.KHIEN_TRACH
            ),
        ),
        attestations=(Attestation(year=2025, criterion="guong-mau-chap-hanh"),),
    )
    for person in (an, binh):
        for kind in ("giay-khen", "bang-khen-bo-tinh"):
            national = check(kind, person, year=2025)
            provincial = check(kind, person, year=2025, rules=BAC_NINH)
            print(f"== {person.recipient.name}: {find_kind(kind).name}")
            print(f"   Theo quy định toàn quốc: {VERDICT[national.eligible]}")
            print("   Theo quy định toàn quốc và quy định của tỉnh:")
            print(provincial.explain())
            print()
    print("Một điều kiện Giấy khen của tỉnh ở dạng dữ liệu (mttq.io, JSON):")
    part = to_data(GIAY_KHEN_INDIVIDUAL.requirement)["parts"][1]
    print(json.dumps(part, ensure_ascii=False))


if __name__ == "__main__":
    main()
