"""The province-level units of Viet Nam before and after the 2025 reorganisation, as plain rows.

Each row of :data:`MERGED_2025` is ``(new name, is_city, old names, centre, source)``, where
``centre`` names the old unit whose seat became the administrative centre, or ``None`` where no
official text confirms it. Names are NFC and written as in the sources (old tone placement:
``Hòa``, ``Khánh Hòa``).

Sources:
    Nghị quyết 202/2025/QH15 (34 provincial units; passed and in force 12/06/2025, the new
    units' authorities work from 01/07/2025), following the annex of Nghị quyết 60-NQ/TW
    (12/04/2025), with the rows as read on [S47], [S74] and [S75]; Nghị quyết 175/2024/QH15
    (thành phố Huế from 01/01/2025); the five centrally-run cities before 2025 as in the
    cluster of the five cities [S8], the six after [S47].

Examples:
    >>> sum(len(row[2]) for row in MERGED_2025)
    52
"""

from __future__ import annotations

from typing import Final

S47: Final = "NQ 202/2025/QH15; 60-NQ/TW annex [S47]"
S74: Final = "NQ 202/2025/QH15 [S74]"
S75: Final = "NQ 202/2025/QH15 [S75]"

#: The 23 units formed by merger on 01/07/2025: (name, centrally-run city?, old units, centre,
#: source). The first old unit is the one that gave the new unit its name.
MERGED_2025: Final[tuple[tuple[str, bool, tuple[str, ...], str | None, str], ...]] = (
    ("Tuyên Quang", False, ("Tuyên Quang", "Hà Giang"), "Tuyên Quang", S47),
    ("Lào Cai", False, ("Lào Cai", "Yên Bái"), "Yên Bái", S47),
    ("Thái Nguyên", False, ("Thái Nguyên", "Bắc Kạn"), "Thái Nguyên", S47),
    ("Phú Thọ", False, ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"), "Phú Thọ", S47),
    ("Bắc Ninh", False, ("Bắc Ninh", "Bắc Giang"), "Bắc Giang", S47),
    ("Hưng Yên", False, ("Hưng Yên", "Thái Bình"), "Hưng Yên", S47),
    ("Hải Phòng", True, ("Hải Phòng", "Hải Dương"), "Hải Phòng", S47),
    ("Ninh Bình", False, ("Ninh Bình", "Hà Nam", "Nam Định"), "Ninh Bình", S47),
    ("Quảng Trị", False, ("Quảng Trị", "Quảng Bình"), "Quảng Bình", S47),
    ("Đà Nẵng", True, ("Đà Nẵng", "Quảng Nam"), "Đà Nẵng", S47),
    ("Quảng Ngãi", False, ("Quảng Ngãi", "Kon Tum"), None, S75),
    ("Gia Lai", False, ("Gia Lai", "Bình Định"), None, S75),
    ("Đắk Lắk", False, ("Đắk Lắk", "Phú Yên"), "Đắk Lắk", S74),
    ("Khánh Hòa", False, ("Khánh Hòa", "Ninh Thuận"), None, S75),
    ("Lâm Đồng", False, ("Lâm Đồng", "Đắk Nông", "Bình Thuận"), None, S75),
    ("Đồng Nai", False, ("Đồng Nai", "Bình Phước"), "Đồng Nai", S74),
    ("Hồ Chí Minh", True, ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"), None, S75),
    ("Tây Ninh", False, ("Tây Ninh", "Long An"), None, S75),
    ("Cần Thơ", True, ("Cần Thơ", "Sóc Trăng", "Hậu Giang"), "Cần Thơ", S74),
    ("Vĩnh Long", False, ("Vĩnh Long", "Bến Tre", "Trà Vinh"), None, S75),
    ("Đồng Tháp", False, ("Đồng Tháp", "Tiền Giang"), None, S74),
    ("Cà Mau", False, ("Cà Mau", "Bạc Liêu"), "Cà Mau", S74),
    ("An Giang", False, ("An Giang", "Kiên Giang"), "Kiên Giang", S74),
)

#: The 10 units that were neither merged nor renamed, in 2025 or 2024: (name, city?).
UNCHANGED: Final[tuple[tuple[str, bool], ...]] = (
    ("Hà Nội", True),
    ("Lai Châu", False),
    ("Điện Biên", False),
    ("Sơn La", False),
    ("Lạng Sơn", False),
    ("Quảng Ninh", False),
    ("Thanh Hóa", False),
    ("Nghệ An", False),
    ("Hà Tĩnh", False),
    ("Cao Bằng", False),
)

#: Source of the unchanged units.
UNCHANGED_SOURCE: Final = "NQ 202/2025/QH15 (not reorganised) [S47]"

#: The old units that were centrally-run cities (thành phố trực thuộc trung ương) before 2025.
OLD_CITIES: Final[frozenset[str]] = frozenset(
    {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
)

#: Thừa Thiên Huế -> thành phố Huế (NQ 175/2024/QH15, in force 01/01/2025).
HUE_SOURCE: Final = (
    "NQ 175/2024/QH15 (30/11/2024, in force 01/01/2025): tỉnh Thừa Thiên Huế becomes "
    "thành phố Huế trực thuộc trung ương; not reorganised by NQ 202/2025/QH15 [S47]"
)

#: Extra names people write for a unit (matched after accents, case and punctuation are
#: folded and a leading ``tỉnh``/``thành phố``/``TP`` is dropped). Keyed by the unit's name.
ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "Hồ Chí Minh": ("HCM", "TPHCM", "TP.HCM", "HCMC"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "BRVT"),
    "Hà Nội": ("HN",),
    "Đắk Lắk": ("Đắc Lắc",),
    "Đắk Nông": ("Đắc Nông",),
    "Thừa Thiên Huế": ("Thừa Thiên - Huế", "TT Huế", "TT-Huế"),
    "Bắc Kạn": ("Bắc Cạn",),
}
