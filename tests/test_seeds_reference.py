"""One test per seed report: every organisation, province, term, period and movement it names.

The seeds are copies of ``shared/seeds`` in ``tests/data/seeds``. Each test first checks that the
phrase it looks up is really in the seed, then looks it up.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from mttq.codes import Level, OrgKind
from mttq.errors import InvalidValueError
from mttq.geo import province, successor
from mttq.movements import MovementKind
from mttq.movements import find as find_movement
from mttq.organisations import find, standard, standard_bodies
from mttq.terms import Congress, Period, Term, term_in_force

SEEDS = Path(__file__).parent / "data" / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def check_in(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert phrase in text, phrase


def test_seed_000_provincial_bloc_2021() -> None:
    text = seed("000")
    on = date(2022, 1, 12)
    bodies = standard_bodies(Level.PROVINCE, on=on)
    check_in(
        text,
        "Hội Liên hiệp phụ nữ tỉnh",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Hội Cựu chiến binh tỉnh",
        "Hội Nông dân tỉnh",
    )
    assert find("Hội Liên hiệp phụ nữ tỉnh", bodies).kind is OrgKind.HOI_LHPN
    assert find("Ủy ban MTTQ Việt Nam tỉnh", bodies).kind is OrgKind.MTTQ
    assert find("Hội Cựu chiến binh tỉnh", bodies).code == "hoi-ccb.tinh"
    assert find("Hội Nông dân tỉnh", bodies).code == "hoi-nd.tinh"
    # The year and the periods named.
    check_in(text, "năm 2021", "năm 2022")
    assert Period.parse("năm 2021") == Period.year(2021)
    assert Period.parse("năm 2022").contains(on)
    # Movements: thi đua “Dân vận khéo".
    check_in(text, "“Dân vận khéo")
    assert find_movement("Dân vận khéo").kind is MovementKind.PHONG_TRAO
    # The document it cites is a Party rule, not a term; the terms in force that year.
    assert term_in_force(OrgKind.HOI_CCB, on=on).label() == "nhiệm kỳ 2017-2022"
    assert term_in_force(OrgKind.MTTQ, on=on).label() == "nhiệm kỳ 2019-2024"


def test_seed_001_handover_2023() -> None:
    text = seed("001")
    on = date(2023, 11, 29)
    bodies = standard_bodies(Level.PROVINCE, on=on)
    check_in(text, "Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh", "MTTQ")
    assert find("Hội Cựu chiến binh tỉnh", bodies).kind is OrgKind.HOI_CCB
    assert find("Hội Nông dân tỉnh", bodies).kind is OrgKind.HOI_ND
    assert find("MTTQ tỉnh", bodies).kind is OrgKind.MTTQ
    check_in(text, "năm 2023", "năm 2024")
    assert Period.parse("năm 2023").contains(on)
    movements = {
        "Chung sức xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu": (
            "chung-suc-xay-dung-nong-thon-moi"
        ),
        "Vì người nghèo - Không để ai bị bỏ lại phía sau": (
            "vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau"
        ),
        "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại, thực hành tiết kiệm, "
        "chống lãng phí": "ket-cau-ha-tang-tiet-kiem-chong-lang-phi",
        "Phát huy sáng kiến, cải tiến kỹ thuật": "phat-huy-sang-kien-cai-tien-ky-thuat",
        "Xây dựng gia đình 5 không, 3 sạch": "gia-dinh-5-khong-3-sach",
        "Giải phóng mặt bằng": "giai-phong-mat-bang",
        "Trách nhiệm, kỷ cương, tăng cường cải cách, tận dụng cơ hội, bứt phá đi lên": (
            "trach-nhiem-ky-cuong-but-pha-di-len"
        ),
    }
    for name, code in movements.items():
        check_in(text, name)
        assert find_movement(name).code == code
    assert find_movement("cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”").kind is (
        MovementKind.CUOC_VAN_DONG
    )


def test_seed_002_district_bac_me_2021() -> None:
    text = seed("002")
    on = date(2022, 1, 6)
    check_in(text, "huyện Bắc Mê", "Ủy ban MTTQ", "LĐLĐ tỉnh", "Hội Cựu chiến binh")
    district = standard_bodies(Level.DISTRICT, "Bắc Mê", on=on, province="Hà Giang")
    assert find("Ủy ban MTTQ huyện", district).name == "Ủy ban MTTQ Việt Nam huyện Bắc Mê"
    assert find("Hội Cựu chiến binh huyện Bắc Mê", district).code == (
        "hoi-ccb.huyen.ha-giang.bac-me"
    )
    assert find("Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện", district).short_name == ("Huyện đoàn")
    ldld = find("LĐLĐ tỉnh", standard_bodies(Level.PROVINCE, "Hà Giang", on=on))
    assert ldld.name == "Liên đoàn Lao động tỉnh Hà Giang"
    # Hà Giang is one of the provinces merged in 2025; Bắc Mê's district level is gone.
    assert successor("Hà Giang").name == "Tuyên Quang"
    with pytest.raises(InvalidValueError, match="abolished"):
        standard(OrgKind.MTTQ, Level.DISTRICT, "Bắc Mê", on=date(2025, 7, 1))
    # Terms.
    check_in(text, "khóa XV", "nhiệm kỳ 2021-2026", "nhiệm kỳ 2022 – 2027", "lần thứ IX")
    assert Term.parse("khóa XV") == Term(ordinal=15)
    assert Term.parse("nhiệm kỳ 2021-2026").contains(on)
    assert Term.parse("nhiệm kỳ 2022 – 2027") == Term(start_year=2022, end_year=2027)
    women = Congress(
        kind=OrgKind.HOI_LHPN,
        level=Level.DISTRICT,
        ordinal=9,
        term=Term.parse("2021-2026"),
        locality="huyện",
        source="seed 002",
    )
    check_in(text, women.label())
    # The CCB and Đoàn congresses "nhiệm kỳ 2022 – 2027" match the national terms.
    assert term_in_force(OrgKind.HOI_CCB, on=date(2023, 6, 1)).label() == "nhiệm kỳ 2022-2027"
    assert term_in_force(OrgKind.DOAN_TN, on=date(2023, 6, 1)).label() == "nhiệm kỳ 2022-2027"
    # Periods and movements.
    check_in(text, "năm 2021", "năm 2022")
    assert Period.parse("năm 2021").label() == "năm 2021"
    check_in(
        text,
        "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "mỗi tuần một việc trong xây dựng nông thôn mới, đô thị văn minh",
        "mồi tuần một việc trong xây dựng nông thôn mới, đô thị văn minh",
    )
    assert find_movement("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh").code == (
        "hoc-tap-va-lam-theo-bac"
    )
    for typo in ("phong trào mỗi tuần một việc", "phong trào mồi tuần một việc"):
        assert find_movement(typo).code == "moi-tuan-mot-viec"


def test_seed_003_quarterly_briefing_2024() -> None:
    text = seed("003")
    on = date(2024, 3, 22)
    bodies = standard_bodies(Level.PROVINCE, on=on)
    check_in(text, "Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh")
    assert find("Ủy ban MTTQ Việt Nam tỉnh", bodies).kind is OrgKind.MTTQ
    assert find("Hội Nông dân tỉnh", bodies).kind is OrgKind.HOI_ND
    assert find("Hội Liên hiệp Phụ nữ tỉnh", bodies).kind is OrgKind.HOI_LHPN
    # Quarters.
    check_in(text, "tỉnh quý I, nhiệm vụ trọng tâm quý II năm 2024", "Quý II")
    q1 = Period.parse("quý I", default_year=2024)
    assert q1.label() == "quý I/2024"
    assert q1.contains(on)
    assert Period.parse("quý II năm 2024") == Period.quarters(2024)[1]
    assert Period.quarter_of(on) == q1
    # Terms.
    check_in(text, "nhiệm kỳ 2020-2025", "khóa XIV", "nhiệm kỳ 2023-2028")
    assert Term.parse("nhiệm kỳ 2020-2025").contains(on)
    assert Term.parse("khóa XIV").label() == "khóa XIV"
    for kind in (OrgKind.HOI_ND, OrgKind.CONG_DOAN):
        assert term_in_force(kind, on=on) == Term.parse("nhiệm kỳ 2023-2028")
    # Movements.
    check_in(
        text,
        "Quỹ “Vì người nghèo”",
        "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
        "“Người Việt Nam ưu tiên dùng hàng Việt Nam”",
        "chiến dịch thanh niên tình nguyện hè 2024",
    )
    assert find_movement("Quỹ “Vì người nghèo”").code == "ngay-vi-nguoi-ngheo"
    assert find_movement("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh").code == (
        "nong-thon-moi-do-thi-van-minh"
    )
    assert find_movement("“Người Việt Nam ưu tiên dùng hàng Việt Nam”").launch_label() == (
        "năm 2009"
    )
    assert find_movement("chiến dịch thanh niên tình nguyện hè 2024").kind is (
        MovementKind.CHIEN_DICH
    )


def test_seed_004_south_east_cluster_2021() -> None:
    text = seed("004")
    on = date(2021, 12, 3)
    members = {
        "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
        "Bình Phước": "Đồng Nai",
        "Bình Thuận": "Lâm Đồng",
        "Bình Dương": "Hồ Chí Minh",
        "Đồng Nai": "Đồng Nai",
        "Tây Ninh": "Tây Ninh",
        "Ninh Thuận": "Khánh Hòa",
    }
    check_in(text, "gồm 7 tỉnh", *members)
    for name, after in members.items():
        unit = province(name, on=on)
        assert unit.valid_to == date(2025, 6, 30)
        assert successor(unit).name == after
        mttq = standard(OrgKind.MTTQ, Level.PROVINCE, name, on=on)
        assert mttq.name == f"Ủy ban MTTQ Việt Nam tỉnh {name}"
        if name != after:
            with pytest.raises(InvalidValueError, match="not a province on 2026-01-01"):
                standard(OrgKind.MTTQ, Level.PROVINCE, name, on=date(2026, 1, 1))
    check_in(text, "Ủy ban MTTQ Việt Nam tỉnh", "tỉnh Ninh Thuận")
    ninh_thuan = standard_bodies(Level.PROVINCE, "Ninh Thuận", on=on)
    assert find("Ủy ban MTTQ Việt Nam tỉnh", ninh_thuan).code == "mttq.tinh.ninh-thuan"
    assert find("Mặt trận tỉnh Ninh Thuận", ninh_thuan).code == "mttq.tinh.ninh-thuan"
    # Terms and periods.
    check_in(text, "khóa XV", "nhiệm kỳ 2021-2026", "lần thứ XIII", "năm 2021")
    assert Term.parse("khóa XV").ordinal == 15
    assert Term.parse("nhiệm kỳ 2021-2026").contains(on)
    assert Period.parse("năm 2021").contains(on)
    assert term_in_force(OrgKind.MTTQ, on=on).label() == "nhiệm kỳ 2019-2024"
