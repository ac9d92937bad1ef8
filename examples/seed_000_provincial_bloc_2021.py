"""Seed 000: the provincial bloc of the MTTQ and the socio-political organisations, 2021.

The bloc proposes the Ủy ban MTTQ Việt Nam tỉnh and the Hội Cựu chiến binh tỉnh to the UBND
tỉnh for the Cờ thi đua dẫn đầu khối and elects the Hội Nông dân tỉnh head for 2022. The
seed's figures (33.257 new members, 6.473 people introduced, 2.947 new Party members, over
60 tỷ đồng) are written through mttq.vi. Scores and ballots are the bundled sample's.
"""

from mttq.report import render
from mttq.samples import demo_input


def main() -> None:
    data = demo_input()
    result = data.run()
    assert result.selected("flag") == ("mttq.tinh", "hoi-ccb.tinh")
    assert result.next_leadership.head == "hoi-nd.tinh"
    print(render(result), end="")
    flag = " và ".join(result.name(u) for u in result.selected("flag"))
    head = result.name(result.next_leadership.head)
    print()
    print(
        f"{flag} được đề nghị {result.organiser} tặng Cờ thi đua dẫn đầu khối; "
        f"bầu {head} làm Khối trưởng khối thi đua năm {result.next_year}."
    )


if __name__ == "__main__":
    main()
