"""Seed 004: the 2021 cluster of the MTTQ committees of seven south-eastern provinces.

"Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh miền Đông Nam Bộ, gồm 7 tỉnh: Bà Rịa - Vũng Tàu,
Bình Phước, Bình Thuận, Bình Dương, Đồng Nai, Tây Ninh và Ninh Thuận" (online conference,
3/12/2021). The cluster is run by the UBTƯ MTTQ Việt Nam, which confers its own Cờ thi đua on
the leading committee. After the 2025 mergers (NQ 202/2025/QH15) each province has a
successor, listed at the end. Scores and the rotation order are illustrative.
"""

import datetime as dt
from decimal import Decimal

from mttq.codes import Level, OrgKind
from mttq.geo import successor
from mttq.groups import Cluster, GroupYear
from mttq.organisations import standard
from mttq.report import render
from mttq.rotation import FixedRotation
from mttq.samples import sample_rubric, sample_scheme, sheets_from_totals
from mttq.yearend import Highlight, review

PROVINCES = (
    "Bà Rịa - Vũng Tàu",
    "Bình Phước",
    "Bình Thuận",
    "Bình Dương",
    "Đồng Nai",
    "Tây Ninh",
    "Ninh Thuận",
)
TOTALS = ("95.5", "93", "92.5", "96", "94", "91.5", "94.5")


def main() -> None:
    held_on = dt.date(2021, 12, 3)
    bodies = [standard(OrgKind.MTTQ, Level.PROVINCE, p, on=held_on) for p in PROVINCES]
    codes = tuple(o.code for o in bodies)
    cluster = Cluster(
        code="cum-mien-dong-nam-bo",
        name="Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh miền Đông Nam Bộ",
        organiser="UBTƯ MTTQ Việt Nam",
        level=Level.PROVINCE,
    )
    year = GroupYear(group=cluster.code, year=2021, members=codes, head=codes[-1])
    rubric = sample_rubric(2021, rubric_id="cum-dnb-2021")
    totals = dict(zip(codes, map(Decimal, TOTALS), strict=True))
    result = review(
        year,
        sheets_from_totals(rubric, totals),
        rubric=rubric,
        scheme=sample_scheme(),
        policy=FixedRotation(order=codes),
        group=cluster,
        names=bodies,
        held_on=held_on,
        title="Hội nghị trực tuyến tổng kết công tác Mặt trận năm 2021",
        highlights=(
            Highlight(
                text="Mặt trận tỉnh Ninh Thuận tổ chức {} hội nghị phản biện chuyên đề", value=23
            ),
            Highlight(
                text="Mặt trận tỉnh Ninh Thuận huy động trên {} hỗ trợ phòng, chống dịch COVID-19",
                value=80_000_000_000,
                money=True,
            ),
        ),
    )
    assert result.flag_kind == "co-thi-dua-ubtw-mttq"
    print(render(result), end="")
    print()
    print("Các tỉnh của cụm sau sắp xếp đơn vị hành chính năm 2025:")
    for name in PROVINCES:
        after = successor(name)
        word = "thành phố" if after.kind.value == "thanh-pho" else "tỉnh"
        print(f"- {name} → {word} {after.name}")


if __name__ == "__main__":
    main()
