"""The seeds' successions expressed with mttq.groups and mttq.rotation.

* Seed 000: the provincial bloc of the MTTQ and the socio-political organisations reviews 2021
  on 12/01/2022 and elects the provincial Farmers' Union head (khối trưởng) for 2022.
* Seed 001: at the 2023 review (29/11/2023) the provincial Veterans' Association hands the
  headship over to the provincial Farmers' Union (for 2024).
* practice.md §1.3: Đồng Nai cluster II of district MTTQ committees; Cẩm Mỹ headed 2022; the
  2022 review elected Vĩnh Cửu head and Tân Phú deputy for 2023 and handed over the head's
  rotating banner (cờ luân lưu cụm trưởng).
"""

from __future__ import annotations

import datetime as dt

from mttq.codes import Level, OrgKind
from mttq.groups import Bloc, Cluster, GroupHistory, GroupYear
from mttq.organisations import standard, standard_bodies
from mttq.rotation import (
    BANNER,
    Election,
    ElectionResult,
    Handover,
    Leadership,
    handovers,
    plan,
)

PROVINCE_BODIES = standard_bodies(Level.PROVINCE)
CODES = tuple(body.code for body in PROVINCE_BODIES)
HND, HCCB = "hoi-nd.tinh", "hoi-ccb.tinh"
BLOC = Bloc(
    code="khoi-mttq-ctxh",
    name="Khối thi đua Mặt trận và các tổ chức chính trị - xã hội tỉnh",
    organiser="UBND tỉnh",
    level=Level.PROVINCE,
)


def test_seed_000_election_of_2022_head() -> None:
    review = dt.date(2022, 1, 12)
    policy = Election(results=(ElectionResult(year=2022, head=HND, held_on=review),))
    (lead,) = plan(policy, PROVINCE_BODIES, start_year=2022, years=1)
    assert lead.year == 2022
    assert lead.head == HND
    assert lead.deputy in CODES
    assert lead.deputy != HND
    edition = GroupYear(
        group=BLOC.code, year=2022, members=CODES, head=lead.head, units=PROVINCE_BODIES
    )
    assert edition.names()[edition.head or ""] == "Hội Nông dân tỉnh"


def test_seed_001_handover_2023_to_2024() -> None:
    review = dt.date(2023, 11, 29)
    history = GroupHistory(
        group=BLOC,
        years=(GroupYear(group=BLOC.code, year=2023, members=CODES, head=HCCB),),
    )
    policy = Election(results=(ElectionResult(year=2024, head=HND, held_on=review),))
    planned = plan(policy, history.members_in(2024), start_year=2024, years=1, history=history)
    assert planned[0].head == HND
    (handover,) = handovers((*history.leaderships(), *planned), dates={2024: review})
    assert handover == Handover(year=2024, outgoing=HCCB, incoming=HND, date=review)
    assert handover.label(PROVINCE_BODIES, title=BLOC.head_title) == (
        "Hội Cựu chiến binh tỉnh bàn giao nhiệm vụ Khối trưởng năm 2024 cho Hội Nông dân tỉnh"
    )
    following = history.with_year(history.next_year(head=planned[0].head))
    assert following.leadership_in(2024) == Leadership(year=2024, head=HND)


def test_dong_nai_cluster_ii_2022_to_2023() -> None:
    on = dt.date(2022, 12, 1)
    named = [
        standard(OrgKind.MTTQ, Level.DISTRICT, place, province="Đồng Nai", on=on)
        for place in ("Cẩm Mỹ", "Vĩnh Cửu", "Tân Phú", "Thống Nhất", "Định Quán")
    ]
    cam_my, vinh_cuu, tan_phu = (unit.code for unit in named[:3])
    # The cluster has six members; the notes name five, so the sixth is a placeholder code.
    members = (*(unit.code for unit in named), "mttq.huyen.dong-nai.thanh-vien-thu-sau")
    cluster = Cluster(
        code="cum-ii",
        name="Cụm thi đua số II",
        organiser="UBMTTQ tỉnh Đồng Nai",
        level=Level.DISTRICT,
    )
    history = GroupHistory(
        group=cluster,
        years=(GroupYear(group="cum-ii", year=2022, members=members, head=cam_my, units=named),),
    )
    policy = Election(results=(ElectionResult(year=2023, head=vinh_cuu, deputy=tan_phu),))
    planned = plan(policy, members, start_year=2023, years=1, history=history)
    assert planned == (Leadership(year=2023, head=vinh_cuu, deputy=tan_phu),)
    (handover,) = handovers((*history.leaderships(), *planned), items=[BANNER])
    assert handover.items == ("cờ luân lưu",)
    assert handover.label(named, title=cluster.head_title, with_items=True) == (
        "Ủy ban MTTQ Việt Nam huyện Cẩm Mỹ bàn giao nhiệm vụ Cụm trưởng năm 2023"
        " cho Ủy ban MTTQ Việt Nam huyện Vĩnh Cửu, cùng cờ luân lưu"
    )
    assert history.next_year(head=vinh_cuu, deputy=tan_phu).leadership() == planned[0]
