"""Seed 002: the MTTQ and the socio-political organisations of Bắc Mê district, 2021.

A district-level bloc (huyện Bắc Mê, tỉnh Hà Giang) reviewing 2021 on 6 January 2022, with the
district's figures (138/138 solid houses, 13 communes and towns on line). The district level
(cấp huyện) was abolished on 2025-07-01: the same bodies cannot be named for a later date, and
the province of Hà Giang has a successor. Scores and the 2021 head are illustrative; no flag
is proposed in the seed, so none is proposed here.
"""

import datetime as dt
from decimal import Decimal

from mttq.codes import Level
from mttq.errors import InvalidValueError
from mttq.geo import predecessors, successor
from mttq.groups import Bloc, GroupYear
from mttq.organisations import standard_bodies
from mttq.report import render
from mttq.rotation import FixedRotation
from mttq.samples import sample_rubric, sample_scheme, sheets_from_totals
from mttq.yearend import Highlight, review


def main() -> None:
    held_on = dt.date(2022, 1, 6)
    bodies = standard_bodies(Level.DISTRICT, "Bắc Mê", on=held_on, province="Hà Giang")
    codes = tuple(o.code for o in bodies)
    bloc = Bloc(
        code="khoi-mttq-ctxh-bac-me",
        name="Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện Bắc Mê",
        organiser="Huyện ủy Bắc Mê",
        level=Level.DISTRICT,
    )
    year = GroupYear(group=bloc.code, year=2021, members=codes, head=codes[0])
    rubric = sample_rubric(2021, rubric_id="bac-me-2021")
    totals = dict(zip(codes, map(Decimal, ("95", "91", "93.5", "94", "92", "90")), strict=True))
    result = review(
        year,
        sheets_from_totals(rubric, totals),
        rubric=rubric,
        scheme=sample_scheme(),
        policy=FixedRotation(order=codes),
        group=bloc,
        names=bodies,
        flag_count=0,
        place="Bắc Mê",
        held_on=held_on,
        title=(
            "Hội nghị tổng kết công tác Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
            "huyện Bắc Mê năm 2021; phương hướng, nhiệm vụ năm 2022"
        ),
        highlights=(
            Highlight(text="hội nghị trực tuyến tới {} điểm cầu xã, thị trấn", value=13),
            Highlight(
                text="hoàn thành {} nhà ở kiên cố cho người có công, cựu chiến binh nghèo, "
                "hộ nghèo (138/138, đạt 100% kế hoạch)",
                value=138,
            ),
        ),
    )
    print(render(result), end="")
    print()
    try:
        standard_bodies(Level.DISTRICT, "Bắc Mê", on=dt.date(2025, 7, 1), province="Hà Giang")
    except InvalidValueError:
        print(
            "Từ ngày 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp theo "
            "Nghị quyết 60-NQ/TW): khối thi đua cấp huyện Bắc Mê không còn."
        )
    after = successor("Hà Giang")
    merged = " và ".join(p.full_name for p in predecessors(after))
    print(f"Từ ngày 01/7/2025, {merged} hợp nhất thành {after.full_name}.")


if __name__ == "__main__":
    main()
