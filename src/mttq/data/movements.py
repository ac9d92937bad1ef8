"""Emulation movements (phong trào thi đua) and campaigns (cuộc vận động), as plain rows.

Each row is a dict with the keys of :class:`mttq.movements.Movement`: ``code``, ``name``,
``kind`` (a wire value or ``None`` where the sources do not say), ``launched_by``,
``launched_on`` (ISO date or ``None``), ``precision`` (``"day"``, ``"month"``, ``"year"`` or
``None``), ``running``, ``organisation`` (an OrgKind wire value or ``None``), ``aliases``,
``source`` and ``note``.

A launch date is given only where a source states it without doubt; a month or a year is stored
as its first day with the matching precision. ``running`` is set only where a source says the
movement ended (``False``); elsewhere it is ``None`` (not verified for the current year). For
the movements only a seed report names (a news report of a year-end conference), that report is
the source and every other field is left empty.

Sources:
    The pages cited per row by id ([S2], [S58], [S64], [S85]-[S95] on the Sources page);
    Thông báo kết luận 264-TB/TW (31/07/2009) and Chỉ thị 28/CT-TTg (26/10/2021) for the
    campaign "Người Việt Nam ưu tiên dùng hàng Việt Nam".

Examples:
    >>> len({row["code"] for row in MOVEMENTS}) == len(MOVEMENTS)
    True
"""

from __future__ import annotations

from typing import Final

Row = dict[str, str | bool | tuple[str, ...] | None]

#: The catalogue rows, MTTQ-wide campaigns first, then each organisation's, then the seeds'.
MOVEMENTS: Final[tuple[Row, ...]] = (
    {
        "code": "xay-dung-doi-song-van-hoa-o-khu-dan-cu",
        "name": "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
        "kind": "cuoc-van-dong",
        "launched_by": "Mặt trận Tổ quốc Việt Nam",
        "launched_on": "1995-01-01",
        "precision": "year",
        "organisation": "mttq",
        "source": "[S85]",
    },
    {
        "code": "toan-dan-doan-ket-xay-dung-doi-song-van-hoa",
        "name": "Toàn dân đoàn kết xây dựng đời sống văn hóa",
        "kind": "phong-trao-thi-dua",
        "source": "[S85b]",
        "note": "state-led, with a steering committee; about 20 years old in 2020 (start "
        "about 2000, not exact)",
    },
    {
        "code": "ngay-vi-nguoi-ngheo",
        "name": "Ngày vì người nghèo",
        "kind": "cuoc-van-dong",
        "launched_by": "Mặt trận Tổ quốc Việt Nam",
        "organisation": "mttq",
        "aliases": ("Vì người nghèo", "Quỹ Vì người nghèo", "Quỹ Vì người nghèo tỉnh"),
        "source": "[S86]",
        "note": "about 2000 (described as 15 years old in 2015; not exact); the Quỹ "
        "'Vì người nghèo' belongs to it",
    },
    {
        "code": "nong-thon-moi-do-thi-van-minh",
        "name": "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
        "kind": "cuoc-van-dong",
        "launched_by": "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
        "launched_on": "2015-11-01",
        "precision": "month",
        "organisation": "mttq",
        "source": "[S86][S86b]",
        "note": "builds on the campaigns of 1995 (khu dân cư) and 'Ngày vì người nghèo'",
    },
    {
        "code": "nguoi-viet-nam-uu-tien-dung-hang-viet-nam",
        "name": "Người Việt Nam ưu tiên dùng hàng Việt Nam",
        "kind": "cuoc-van-dong",
        "launched_by": "Bộ Chính trị (Thông báo kết luận 264-TB/TW, 31/07/2009)",
        "launched_on": "2009-01-01",
        "precision": "year",
        "organisation": "mttq",
        "source": "264-TB/TW (31/07/2009); Chỉ thị 28/CT-TTg (26/10/2021) [S87]",
        "note": "run from 2009; the day often given, 01/08/2009, is UNVERIFIED; its central "
        "steering committee is headed by the Chairman of the UBTWMTTQ",
    },
    {
        "code": "vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau",
        "name": "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Thủ tướng Chính phủ",
        "aliases": (
            "Vì người nghèo – Không để ai bị bỏ lại phía sau",
            "Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau",
        ),
        "source": "[S88]",
        "note": "running in 2017 (start year UNVERIFIED); the 2021-2025 phase is named "
        "'Vì người nghèo – Không để ai bị bỏ lại phía sau'; the UBTWMTTQ runs a yearly "
        "'Tháng cao điểm Vì người nghèo'",
    },
    {
        "code": "xoa-nha-tam-nha-dot-nat",
        "name": "Cả nước chung tay xóa nhà tạm, nhà dột nát",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Hội đồng Thi đua - Khen thưởng Trung ương và Ủy ban Trung ương MTTQ "
        "Việt Nam",
        "launched_on": "2024-04-13",
        "precision": "day",
        "running": False,
        "aliases": ("Xóa nhà tạm, nhà dột nát",),
        "source": "[S89]",
        "note": "launched at Đà Bắc (Hòa Bình), target 2025; 450-day peak drive from "
        "05/10/2024 ('Mái ấm cho đồng bào tôi'); basically completed 26/08/2025",
    },
    {
        "code": "gia-dinh-5-khong-3-sach",
        "name": "Xây dựng gia đình 5 không, 3 sạch",
        "kind": "cuoc-van-dong",
        "launched_by": "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        "launched_on": "2010-01-01",
        "precision": "year",
        "organisation": "hoi-phu-nu",
        "source": "[S90]",
        "note": "part of the new-countryside programme from 2016; later a '5 có, 3 sạch' model",
    },
    {
        "code": "dan-van-kheo",
        "name": "Dân vận khéo",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Ban Dân vận",
        "source": "[S91]",
        "note": "launched by the Party's mass-mobilisation sector (Ban Dân vận); "
        "launch year UNVERIFIED (often given as 2009); award rules per province, "
        "e.g. Quảng Ninh 17/2018/QĐ-UBND",
    },
    {
        "code": "hoc-tap-va-lam-theo-bac",
        "name": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "source": "[S92]",
        "note": "Party-wide; Chỉ thị 05-CT/TW (2016) is UNVERIFIED",
    },
    {
        "code": "nong-dan-san-xuat-kinh-doanh-gioi",
        "name": "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và "
        "giảm nghèo bền vững",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Trung ương Hội Nông dân Việt Nam",
        "organisation": "hoi-nong-dan",
        "source": "[S58]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "nong-dan-xay-dung-nong-thon-moi",
        "name": "Nông dân thi đua xây dựng nông thôn mới",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Trung ương Hội Nông dân Việt Nam",
        "organisation": "hoi-nong-dan",
        "source": "[S58]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "nong-dan-quoc-phong-an-ninh",
        "name": "Nông dân tham gia bảo đảm quốc phòng, an ninh",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Trung ương Hội Nông dân Việt Nam",
        "organisation": "hoi-nong-dan",
        "source": "[S58]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "cuu-chien-binh-guong-mau",
        "name": "Cựu chiến binh gương mẫu",
        "launched_by": "Trung ương Hội Cựu chiến binh Việt Nam",
        "organisation": "hoi-cuu-chien-binh",
        "aliases": ("CCB gương mẫu",),
        "source": "[S2][S93]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "ccb-giup-nhau-giam-ngheo",
        "name": "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi",
        "launched_by": "Trung ương Hội Cựu chiến binh Việt Nam",
        "organisation": "hoi-cuu-chien-binh",
        "aliases": ("CCB giúp nhau giảm nghèo, làm kinh tế giỏi",),
        "source": "[S2][S93]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "lao-dong-gioi-lao-dong-sang-tao",
        "name": "Lao động giỏi, lao động sáng tạo",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Tổng Liên đoàn Lao động Việt Nam",
        "organisation": "cong-doan",
        "source": "[S2]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "phat-huy-sang-kien-cai-tien-ky-thuat",
        "name": "Phát huy sáng kiến, cải tiến kỹ thuật",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Tổng Liên đoàn Lao động Việt Nam",
        "organisation": "cong-doan",
        "source": "[S2]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "gioi-viec-nuoc-dam-viec-nha",
        "name": "Giỏi việc nước, đảm việc nhà",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Hội Liên hiệp Phụ nữ Việt Nam",
        "organisation": "hoi-phu-nu",
        "source": "[S2]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "ngay-thu-bay-tinh-nguyen",
        "name": "Ngày thứ bảy tình nguyện",
        "launched_by": "Đoàn TNCS Hồ Chí Minh",
        "organisation": "doan-thanh-nien",
        "source": "[S2]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "ky-nghi-hong",
        "name": "Kỳ nghỉ hồng",
        "launched_by": "Đoàn TNCS Hồ Chí Minh",
        "organisation": "doan-thanh-nien",
        "source": "[S2]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "hinh-mau-thanh-nien-viet-nam-thoi-ky-moi",
        "name": "Xây dựng giá trị hình mẫu thanh niên Việt Nam thời kỳ mới",
        "kind": "cuoc-van-dong",
        "launched_by": "Đoàn TNCS Hồ Chí Minh",
        "organisation": "doan-thanh-nien",
        "source": "[S64]",
        "note": "start year UNVERIFIED",
    },
    {
        "code": "chung-suc-xay-dung-nong-thon-moi",
        "name": "Chung sức xây dựng nông thôn mới",
        "kind": "phong-trao-thi-dua",
        "aliases": (
            "Cả nước chung sức xây dựng nông thôn mới",
            "Chung sức xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        ),
        "source": "[S94]; seed 001 (named as a phong trào in 2023)",
        "note": "launched by the Prime Minister in 2011 according to memory only (UNVERIFIED)",
    },
    {
        "code": "doi-moi-sang-tao-chuyen-doi-so",
        "name": "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số",
        "kind": "phong-trao-thi-dua",
        "launched_on": "2025-01-01",
        "precision": "year",
        "source": "[S94]",
        "note": "national, 2025; exact day UNVERIFIED",
    },
    {
        "code": "binh-dan-hoc-vu-so",
        "name": "Bình dân học vụ số",
        "launched_on": "2025-01-01",
        "precision": "year",
        "source": "[S94]",
        "note": "national, 2025; exact day UNVERIFIED",
    },
    {
        "code": "tang-toc-but-pha-nghi-quyet-dai-hoi-xiii",
        "name": "Tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết "
        "Đại hội XIII",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Hội đồng Thi đua - Khen thưởng Trung ương",
        "launched_on": "2025-10-05",
        "precision": "day",
        "source": "[S95]",
        "note": "ahead of the 14th Party Congress",
    },
    {
        "code": "ket-cau-ha-tang-tiet-kiem-chong-lang-phi",
        "name": "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại, thực hành tiết kiệm, "
        "chống lãng phí",
        "kind": "phong-trao-thi-dua",
        "source": "seed 001 (named as a phong trào in 2023)",
        "note": "who launched it and when is not in the sources read",
    },
    {
        "code": "giai-phong-mat-bang",
        "name": "Giải phóng mặt bằng",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Ủy ban nhân dân tỉnh",
        "source": "seed 001 (a provincial movement, 2023)",
        "note": "the province is not named in the source",
    },
    {
        "code": "trach-nhiem-ky-cuong-but-pha-di-len",
        "name": "Trách nhiệm, kỷ cương, tăng cường cải cách, tận dụng cơ hội, bứt phá đi lên",
        "kind": "phong-trao-thi-dua",
        "launched_by": "Ủy ban nhân dân tỉnh",
        "source": "seed 001 (a provincial movement, 2023)",
        "note": "the province is not named in the source",
    },
    {
        "code": "moi-tuan-mot-viec",
        "name": "Mỗi tuần một việc trong xây dựng nông thôn mới, đô thị văn minh",
        "kind": "phong-trao-thi-dua",
        "aliases": ("Mỗi tuần một việc",),
        "source": "seed 002 (huyện Bắc Mê, 2021-2022)",
        "note": "a local movement; who launched it is not in the source",
    },
    {
        "code": "thanh-nien-tinh-nguyen-he",
        "name": "Thanh niên tình nguyện hè",
        "kind": "chien-dich",
        "aliases": ("Chiến dịch thanh niên tình nguyện hè",),
        "source": "seed 003 (chiến dịch thanh niên tình nguyện hè 2024)",
        "note": "a yearly summer campaign; its organiser is not named in the source",
    },
)
