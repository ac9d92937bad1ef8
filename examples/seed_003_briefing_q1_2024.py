"""Seed 003: the quarterly briefing (giao ban) of the MTTQ and the organisations, Q1/2024.

Not a year-end review: the province's Party committee reviews quý I and sets the tasks of
quý II năm 2024 (22/3/2024). The period is a mttq.terms.Period, the movements the briefing
names come from mttq.movements, and the figures (200 houses, 2,5 tỷ đồng for 50 houses, 45
triệu đồng of solar lamps) are written through mttq.vi.
"""

import datetime as dt

from mttq.movements import find
from mttq.terms import Period
from mttq.vi.dates import format_date
from mttq.yearend import Highlight

MOVEMENTS = (
    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam",
)

FIGURES = (
    Highlight(
        text="Ủy ban MTTQ Việt Nam tỉnh phân bổ kinh phí xây dựng {} nhà đại đoàn kết cho hộ nghèo",
        value=200,
    ),
    Highlight(
        text="phân bổ {} từ Quỹ “Vì người nghèo” tỉnh hỗ trợ làm 50 nhà “Đại đoàn kết”",
        value=2_500_000_000,
        money=True,
    ),
    Highlight(text="Hội Nông dân tỉnh trồng mới hơn {} cây xanh", value=200),
    Highlight(
        text="lắp 50 đèn năng lượng chiếu sáng đường nông thôn giá trị {}",
        value=45_000_000,
        money=True,
    ),
)


def main() -> None:
    held_on = dt.date(2024, 3, 22)
    period = Period.quarter(2024, 1)
    following = Period.quarter(2024, 2)
    print(
        "Hội nghị giao ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh "
        f"{period.label()}, nhiệm vụ trọng tâm {following.label()}"
    )
    print(f"Ngày {format_date(held_on, style='admin').removeprefix('ngày ')}")
    print()
    print(f"I. KẾT QUẢ {period.label().upper()}")
    for figure in FIGURES:
        text = figure.render()
        print(f"- {text[:1].upper()}{text[1:]}.")
    print()
    print(f"II. NHIỆM VỤ TRỌNG TÂM {following.label().upper()}")
    for name in MOVEMENTS:
        movement = find(name)
        kind = movement.kind.label if movement.kind is not None else "phong trào"
        print(f"- Triển khai hiệu quả {kind} “{movement.name}”.")


if __name__ == "__main__":
    main()
