"""Congresses (Đại hội) of the MTTQ and the five socio-political organisations, as plain rows.

Each row is ``(kind, level, province, ordinal, start_year, end_year, opened_on, closed_on,
source, note)``: ``kind`` and ``level`` are the wire values of :class:`mttq.codes.OrgKind` and
:class:`mttq.codes.Level`; ``province`` is a :mod:`mttq.geo` code for a provincial congress.
Dates are ISO strings or ``None`` where no source gives them.

Rows marked "derived" in their note are the congress before the first one verified, dated on
the rule that every term is 5 years (ordinal one less, years five less); their days are not
bundled. The Hội Nông dân Đại hội IX is **not** bundled: its term and date are UNVERIFIED.

Sources:
    The press reports of each congress, cited per row by page id ([S48]-[S72] on the Sources
    page); the UBTWMTTQ emulation regulations QĐ 221/QĐ-MTTW-BTT (12/02/2015) and
    QĐ 222/QĐ-MTTW (27/02/2020), which name the MTTQ terms 2014-2019 and 2019-2024.

Examples:
    >>> len(NATIONAL)
    18
"""

from __future__ import annotations

from typing import Final

Row = tuple[str, str, str | None, int | None, int, int, str | None, str | None, str, str | None]

_DERIVED: Final = "derived: the term before the first verified one (5-year terms)"

#: The national congresses (level ``central``).
NATIONAL: Final[tuple[Row, ...]] = (
    ("mttq", "central", None, 8, 2014, 2019, None, None,
     "QĐ 221/QĐ-MTTW-BTT (12/02/2015), nhiệm kỳ 2014-2019",
     "ordinal VIII follows from khóa IX [S59]; days not in the sources read"),
    ("mttq", "central", None, 9, 2019, 2024, None, None,
     "QĐ 222/QĐ-MTTW (27/02/2020), nhiệm kỳ 2019-2024; [S59]",
     "days not in the sources read"),
    ("mttq", "central", None, 10, 2024, 2029, "2024-10-16", "2024-10-18",
     "[S59][S60]",
     "1,052 official delegates; the term was reviewed as 2024-2026 and ended at Đại hội XI [S61]"),
    ("mttq", "central", None, 11, 2026, 2031, None, None,
     "[S61]",
     "planned for early May 2026 (before 15 May); the exact days are UNVERIFIED"),
    ("doan-thanh-nien", "central", None, 11, 2017, 2022, None, None,
     "[S64]", _DERIVED),
    ("doan-thanh-nien", "central", None, 12, 2022, 2027, "2022-12-14", "2022-12-16",
     "[S64]", "about 980 delegates"),
    ("doan-thanh-nien", "central", None, 13, 2026, 2031, None, None,
     "[S65]", "days UNVERIFIED"),
    ("hoi-phu-nu", "central", None, 12, 2017, 2022, None, None,
     "[S66]", _DERIVED),
    ("hoi-phu-nu", "central", None, 13, 2022, 2027, "2022-03-09", "2022-03-11",
     "[S66]", "959 official delegates"),
    ("hoi-phu-nu", "central", None, 14, 2026, 2031, None, None,
     "[S67]", "planned for June 2026; days UNVERIFIED"),
    ("hoi-nong-dan", "central", None, 7, 2018, 2023, None, None,
     "[S69]", _DERIVED),
    ("hoi-nong-dan", "central", None, 8, 2023, 2028, "2023-12-25", "2023-12-27",
     "[S69]",
     "995 delegates; Đại hội IX (term and date UNVERIFIED) is not bundled"),
    ("cong-doan", "central", None, 12, 2018, 2023, None, None,
     "[S70]", _DERIVED),
    ("cong-doan", "central", None, 13, 2023, 2028, "2023-12-01", "2023-12-03",
     "[S70]", "1,100 delegates"),
    ("cong-doan", "central", None, 14, 2026, 2031, None, None,
     "[S55]", "days UNVERIFIED"),
    ("hoi-cuu-chien-binh", "central", None, 6, 2017, 2022, None, None,
     "[S71]", _DERIVED),
    ("hoi-cuu-chien-binh", "central", None, 7, 2022, 2027, "2022-12-29", "2022-12-31",
     "[S71]", "about 506 delegates"),
    ("hoi-cuu-chien-binh", "central", None, 8, 2026, 2031, None, None,
     "[S72]", "days UNVERIFIED"),
)  # fmt: skip

#: Provincial congresses reported in the press: examples of both numberings after the
#: 2025 mergers (a merged province restarts at ``lần thứ I``; an unmerged one keeps counting).
PROVINCIAL: Final[tuple[Row, ...]] = (
    ("mttq", "province", "an-giang", 11, 2024, 2029, None, None,
     "[S62]", None),
    ("mttq", "province", "ha-tinh", 15, 2024, 2029, None, None,
     "[S62]", None),
    ("mttq", "province", "dong-nai-2025", 1, 2025, 2030, None, None,
     "[S63]", "merged province: numbering restarts"),
    ("mttq", "province", "phu-tho-2025", 1, 2025, 2030, None, None,
     "[S63][S54b]", "merged province: numbering restarts"),
    ("mttq", "province", "dong-thap-2025", 1, 2025, 2030, None, None,
     "[S63]", "merged province: numbering restarts"),
    ("mttq", "province", "nghe-an", 16, 2025, 2030, None, None,
     "[S48]", "unmerged province keeps its ordinal"),
    ("doan-thanh-nien", "province", "ha-tinh", 19, 2025, 2030, None, None,
     "[S65]", "unmerged province keeps its ordinal"),
    ("doan-thanh-nien", "province", "ho-chi-minh-2025", 1, 2025, 2030, None, None,
     "[S65]", "leadership appointed (chỉ định) by TW Đoàn"),
    ("hoi-phu-nu", "province", "phu-yen", 17, 2021, 2026, None, None,
     "[S68]", "old provincial term"),
    ("hoi-phu-nu", "province", "tuyen-quang-2025", 1, 2025, 2030, None, None,
     "[S53c]", "merged province: numbering restarts"),
    ("hoi-phu-nu", "province", "thanh-hoa", 19, 2025, 2030, None, None,
     "[S53c]", "unmerged province keeps its ordinal"),
    ("hoi-nong-dan", "province", "nghe-an", 10, 2023, 2028, None, None,
     "[S54]", "old provincial term"),
    ("hoi-nong-dan", "province", "bac-ninh-2025", 1, 2025, 2030, None, None,
     "[S54]", "reported 31/10/2025"),
    ("hoi-nong-dan", "province", "dong-nai-2025", 1, 2025, 2030, None, None,
     "[S54]", "reported 12/12/2025"),
    ("cong-doan", "province", "hung-yen-2025", 1, 2025, 2030, None, None,
     "[S55]", "reported 27/12/2025; its BCH of 27 appointed by the TLĐ"),
    ("hoi-cuu-chien-binh", "province", "thanh-hoa", 8, 2025, 2030, None, None,
     "[S72]", "reviewing 2022-2025"),
)  # fmt: skip
