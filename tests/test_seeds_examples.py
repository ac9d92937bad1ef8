"""Each seed example reproduces its news item: run it and check the key lines of its output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _run(name: str) -> list[str]:
    (script,) = EXAMPLES.glob(f"{name}*.py")
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.splitlines()


def test_seed_000_provincial_bloc_2021() -> None:
    lines = _run("seed_000")
    assert lines[0] == "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021"
    assert lines[2] == "Gia Lai, ngày 12 tháng 01 năm 2022"
    for figure in ("33.257", "6.473", "2.947", "trên 60 tỷ đồng"):
        assert any(figure in line for line in lines), figure
    assert (
        "- Đề nghị UBND tỉnh tặng Cờ thi đua dẫn đầu khối cho Ủy ban MTTQ Việt Nam tỉnh và "
        "Hội Cựu chiến binh tỉnh."
    ) in lines
    assert lines[-1] == (
        "Ủy ban MTTQ Việt Nam tỉnh và Hội Cựu chiến binh tỉnh được đề nghị UBND tỉnh tặng Cờ thi "
        "đua dẫn đầu khối; bầu Hội Nông dân tỉnh làm Khối trưởng khối thi đua năm 2022."
    )


def test_seed_001_handover_2023() -> None:
    lines = _run("seed_001")
    assert lines[2] == "Ngày 29 tháng 11 năm 2023"
    assert "- Theo thứ tự luân phiên, Hội Nông dân tỉnh làm Khối trưởng năm 2024." in lines
    assert lines[-1] == (
        "Hội Cựu chiến binh tỉnh bàn giao nhiệm vụ khối trưởng năm 2024 cho Hội Nông dân tỉnh."
    )
    assert "- cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”" in lines


def test_seed_002_bac_me_2021() -> None:
    lines = _run("seed_002")
    assert lines[1] == "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện Bắc Mê"
    assert lines[2] == "Bắc Mê, ngày 06 tháng 01 năm 2022"
    assert any("Ủy ban MTTQ Việt Nam huyện Bắc Mê" in line for line in lines)
    assert not any("Cờ thi đua" in line for line in lines)
    assert lines[-2].startswith("Từ ngày 01/7/2025 không còn cấp huyện")
    assert lines[-1] == (
        "Từ ngày 01/7/2025, tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất thành tỉnh Tuyên Quang."
    )


def test_seed_003_briefing_q1_2024() -> None:
    lines = _run("seed_003")
    assert lines[0].endswith("quý I/2024, nhiệm vụ trọng tâm quý II/2024")
    assert lines[1] == "Ngày 22 tháng 3 năm 2024"
    text = "\n".join(lines)
    assert "200 nhà đại đoàn kết" in text
    assert "Phân bổ 2,5 tỷ đồng từ Quỹ “Vì người nghèo”" in text
    assert "giá trị 45 triệu đồng." in text
    assert "cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”" in text


def test_seed_004_cluster_dong_nam_bo_2021() -> None:
    lines = _run("seed_004")
    assert lines[1] == "Cụm thi đua Ủy ban MTTQ Việt Nam các tỉnh miền Đông Nam Bộ"
    assert lines[2] == "Ngày 03 tháng 12 năm 2021"
    assert any(
        line.startswith("- Đề nghị UBTƯ MTTQ Việt Nam tặng Cờ thi đua dẫn đầu cụm cho")
        for line in lines
    )
    assert "- Bình Phước → tỉnh Đồng Nai" in lines
    assert "- Bình Dương → thành phố Hồ Chí Minh" in lines
    assert "- Ninh Thuận → tỉnh Khánh Hòa" in lines
    assert any("trên 80 tỷ đồng" in line for line in lines)


@pytest.mark.slow
def test_national() -> None:
    lines = _run("national")
    assert lines[0] == "Số tỉnh, thành phố: 34"
    assert lines[1] == "Số cụm thi đua: 340"
    assert lines[2] == "Số xã được xếp hạng: 3.321"
    assert lines[-1].startswith("Thời gian: ")
    assert lines[-1].endswith("tiến trình)")
