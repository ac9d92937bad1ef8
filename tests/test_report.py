from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import struct
import subprocess
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from mttq.codes import Level
from mttq.errors import InvalidValueError
from mttq.groups import Bloc, Cluster, GroupYear
from mttq.report import render, to_csv
from mttq.rotation import DeputySucceeds, Election, FixedRotation, FlagWinner, FlagWinnerLeads
from mttq.samples import demo_result, sample_rubric, sample_scheme, sheets_from_totals
from mttq.scoring import Quota
from mttq.yearend import YearEndResult, review

CODES = ("A", "B", "C", "D")
RUBRIC = sample_rubric(2024)


def _result(totals: tuple[str, ...] = ("95", "94", "93", "92"), **kw: Any) -> YearEndResult:
    args: dict[str, Any] = {
        "rubric": RUBRIC,
        "scheme": sample_scheme(),
        "policy": FixedRotation(order=CODES),
        "group": Bloc(code="k", name="Khối thử", organiser="UBND tỉnh", level=Level.PROVINCE),
        "names": {"A": "Đơn vị A", "B": "Đơn vị B", "C": "Đơn vị C", "D": "Đơn vị D"},
    }
    args.update(kw)
    year = args.pop("group_year", GroupYear(group="k", year=2024, members=CODES, head="A"))
    sheets = sheets_from_totals(RUBRIC, dict(zip(CODES, map(Decimal, totals), strict=False)))
    return review(year, sheets, **args)


def test_demo_report_is_golden(data_dir: Path) -> None:
    golden = (data_dir / "demo-report.txt").read_text(encoding="utf-8")
    assert render(demo_result()) == golden


def test_demo_report_key_lines() -> None:
    lines = render(demo_result()).splitlines()
    assert lines[:3] == [
        "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021",
        "Khối thi đua Mặt trận và các tổ chức chính trị - xã hội tỉnh",
        "Gia Lai, ngày 12 tháng 01 năm 2022",
    ]
    text = "\n".join(lines)
    assert "- Phát triển 33.257 đoàn viên, hội viên mới." in lines
    assert "đạt trên 60 tỷ đồng." in text
    assert (
        "- Đề nghị UBND tỉnh tặng Cờ thi đua dẫn đầu khối cho Ủy ban MTTQ Việt Nam tỉnh và "
        "Hội Cựu chiến binh tỉnh." in lines
    )
    assert "- Bầu Hội Nông dân tỉnh làm Khối trưởng năm 2022 (5/6 phiếu, đạt 83,33%)." in lines


def test_markdown_table_and_escaping() -> None:
    r = _result(names={"A": "Đơn vị *A* | <b>", "B": "B", "C": "C", "D": "D"})
    md = render(r, format="markdown")
    assert "| Hạng | Đơn vị | Tự chấm | Bình xét | Xếp loại |" in md
    assert "|---:|:---|---:|---:|:---|" in md
    assert "Đơn vị \\*A\\* \\| \\<b\\>" in md
    assert md.endswith("\n")
    assert not md.endswith("\n\n")


def test_html_is_standalone_and_escaped() -> None:
    r = _result(names={"A": '<script>alert("x")</script>', "B": "B & co", "C": "C", "D": "D"})
    page = render(r, format="html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    assert "B &amp; co" in page
    assert "<svg" in page
    assert "</svg>" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    assert "<link" not in page
    assert "@import" not in page
    assert page.count("<rect") == 1 + len(r.ranking)


def test_csv() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(demo_result()))))
    assert rows[0] == ["Hạng", "Mã đơn vị", "Đơn vị", "Tự chấm", "Bình xét", "Xếp loại", "Đề nghị"]
    assert rows[1][:5] == ["1", "mttq.tinh", "Ủy ban MTTQ Việt Nam tỉnh", "99", "98,5"]
    assert [r[6] for r in rows[1:]] == ["Cờ thi đua"] * 2 + ["Bằng khen"] * 2 + [""] * 2


def test_bad_arguments() -> None:
    with pytest.raises(InvalidValueError):
        render(demo_result(), format="pdf")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        render("x")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        to_csv("x")  # type: ignore[arg-type]


def test_ties_and_quota_in_text() -> None:
    r = _result(("95", "95", "93", "93"), commendation_quota=Quota(count=1))
    text = render(r)
    assert "(đồng hạng)" in text
    assert "Đồng hạng ở suất Cờ thi đua: Đơn vị A và Đơn vị B" in text
    r = _result(("96", "93", "93", "90"), commendation_quota=Quota(count=1))
    assert "Đồng hạng ở suất Bằng khen: Đơn vị B và Đơn vị C" in render(r)


@pytest.mark.parametrize(
    ("policy", "phrase"),
    [
        (FixedRotation(order=CODES), "Theo thứ tự luân phiên, Đơn vị B làm Khối trưởng năm 2025."),
        (DeputySucceeds(order=CODES), "Đơn vị C (Khối phó năm 2024) làm Khối trưởng năm 2025."),
        (
            FlagWinnerLeads(winners=(FlagWinner(year=2024, member="D"),)),
            "Đơn vị D làm Khối trưởng năm 2025 theo kết quả Cờ thi đua năm 2024.",
        ),
        (
            Election(order=CODES),
            "Đơn vị B làm Khối trưởng năm 2025 theo quy tắc dự phòng của khối.",
        ),
    ],
)
def test_leadership_phrases(policy: Any, phrase: str) -> None:
    year = GroupYear(group="k", year=2024, members=CODES, head="A", deputy="C")
    assert phrase in render(_result(policy=policy, group_year=year))


def test_cluster_wording_and_date_without_place() -> None:
    cluster = Cluster(code="k", name="Cụm thử", organiser="UBTƯ MTTQ Việt Nam", level="province")
    r = _result(group=cluster, held_on=dt.date(2021, 12, 3))
    text = render(r)
    assert "Đề nghị UBTƯ MTTQ Việt Nam tặng Cờ thi đua dẫn đầu cụm cho Đơn vị A." in text
    assert text.splitlines()[2] == "Ngày 03 tháng 12 năm 2021"
    assert "CỤM TRƯỞNG, CỤM PHÓ NĂM 2025" in text


def test_no_date_no_place_line() -> None:
    lines = render(_result()).splitlines()
    assert lines[2] == ""


# --------------------------------------------------------------------------- Chromium


def _png_is_not_blank(data: bytes) -> bool:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return len(set(pixels)) > 8


def test_png_check_itself() -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + b"\0\0\0\0"

    flat = zlib.compress(b"\x00" + b"\xff" * 30)
    busy = zlib.compress(bytes(range(64)))
    head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", b"\0" * 13)
    assert not _png_is_not_blank(head + chunk(b"IDAT", flat) + chunk(b"IEND", b""))
    assert _png_is_not_blank(head + chunk(b"IDAT", busy) + chunk(b"IEND", b""))


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Chromium is not installed")
def test_html_renders_in_headless_chromium(tmp_path: Path) -> None:  # pragma: no cover
    page = tmp_path / "report.html"
    page.write_text(render(demo_result(), format="html"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            f"--screenshot={shot}",
            "--window-size=1024,1400",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.exists()
    assert _png_is_not_blank(shot.read_bytes())


def test_render_is_pure() -> None:
    r = demo_result()
    again = attrs.evolve(r)
    assert render(r, format="html") == render(again, format="html")


def test_empty_sections_are_left_out() -> None:
    result = attrs.evolve(demo_result(), flag=(), commendations=(), eligibility=())
    text = render(result)
    assert "ĐỀ NGHỊ KHEN THƯỞNG" not in text
    assert "XẾP LOẠI" in text


def test_csv_delimiter_and_bom() -> None:
    text = to_csv(demo_result(), delimiter=";", bom=True)
    assert text.startswith("\ufeffHạng;Mã đơn vị;")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert rows[1][4] == "98,5"
    tabbed = list(csv.reader(io.StringIO(to_csv(demo_result(), delimiter="\t")), delimiter="\t"))
    assert tabbed == list(csv.reader(io.StringIO(to_csv(demo_result()))))
    for bad in ("|", "", ",,", 5):
        with pytest.raises(InvalidValueError):
            to_csv(demo_result(), delimiter=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        to_csv(demo_result(), bom=1)  # type: ignore[arg-type]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_formulas(start: str) -> None:
    result = demo_result()
    unit = result.ranking[0].unit
    hostile = attrs.evolve(result, names={**result.names, unit: f"{start}cmd|' /C calc'!A0"})
    rows = list(csv.reader(io.StringIO(to_csv(hostile), newline="")))
    assert rows[1][2] == f"'{start}cmd|' /C calc'!A0"
    assert rows[1][3] == "99"  # numbers are numbers, never quoted away
