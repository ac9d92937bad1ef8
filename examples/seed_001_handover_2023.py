"""Seed 001: the provincial bloc's 2023 year end; the Veterans hand over to the Farmers' Union.

"Hội Cựu chiến binh tỉnh bàn giao nhiệm vụ khối trưởng Khối thi đua MTTQ và các tổ chức chính
trị - xã hội cho Hội Nông dân tỉnh" (29/11/2023). The seed names the movements the bloc ran;
they are looked up in mttq.movements. The rotation order and the scores are illustrative.
"""

import datetime as dt
from decimal import Decimal

from mttq.codes import Level
from mttq.groups import Bloc, GroupYear
from mttq.movements import find
from mttq.report import render
from mttq.rotation import FixedRotation
from mttq.samples import provincial_bodies, sample_rubric, sample_scheme, sheets_from_totals
from mttq.yearend import review

MOVEMENTS = (
    "Chung sức xây dựng nông thôn mới",
    "Vì người nghèo - Không để ai bị bỏ lại phía sau",
    "Phát huy sáng kiến, cải tiến kỹ thuật",
    "Xây dựng gia đình 5 không, 3 sạch",
)


def main() -> None:
    held_on = dt.date(2023, 11, 29)
    bodies = provincial_bodies(held_on)
    codes = tuple(o.code for o in bodies)
    bloc = Bloc(
        code="khoi-mttq-ctxh",
        name="Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh",
        organiser="UBND tỉnh",
        level=Level.PROVINCE,
    )
    year = GroupYear(group=bloc.code, year=2023, members=codes, head="hoi-ccb.tinh")
    rubric = sample_rubric(2023)
    totals = dict(zip(codes, map(Decimal, ("96", "93.5", "92", "94", "95.5", "97")), strict=True))
    order = ("hoi-ccb.tinh", "hoi-nd.tinh", "hoi-lhpn.tinh", "doan-tn.tinh", "cong-doan.tinh")
    result = review(
        year,
        sheets_from_totals(rubric, totals),
        rubric=rubric,
        scheme=sample_scheme(),
        policy=FixedRotation(order=(*order, "mttq.tinh")),
        group=bloc,
        names=bodies,
        held_on=held_on,
        title="Tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024",
    )
    assert result.handover is not None
    print(render(result), end="")
    print()
    print("Các phong trào thi đua, cuộc vận động đã triển khai:")
    for name in MOVEMENTS:
        movement = find(name)
        print(f"- {movement.kind.label if movement.kind else 'phong trào'} “{movement.name}”")
    handover = result.handover.label(result.names, title="khối trưởng")
    print()
    print(f"{handover}.")


if __name__ == "__main__":
    main()
