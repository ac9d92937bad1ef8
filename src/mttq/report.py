"""Vietnamese reports of a year-end review: text, Markdown, a printable HTML page, and CSV.

:func:`render` writes a :class:`~mttq.yearend.YearEndResult` in the register of the news
items of the year-end conferences (the seeds): the conference title line, the group, the
place and date line of Decree 30/2020/NĐ-CP (Phụ lục I: ``Gia Lai, ngày 12 tháng 01 năm
2022``), the year's figures, the ranking table with the grades, the proposals to the organiser
("Đề nghị UBND tỉnh tặng Cờ thi đua dẫn đầu khối cho ..."), the head of next year ("Bầu ...
làm Khối trưởng năm ...") and the handover, and the points to look at. Every number, amount
and date is written by :mod:`mttq.vi` (``97,5``; ``60 tỷ đồng``; ``ngày 12 tháng 01 năm
2022``). :func:`to_csv` gives the ranking for spreadsheets.

``format="html"`` is one standalone page: inline CSS, no script, no link to anything outside,
every text HTML-escaped, with the ranking table and an inline SVG bar chart of the scores; it
prints on A4.

Examples:
    >>> from mttq.samples import demo_result
    >>> text = render(demo_result())
    >>> print(text.splitlines()[2])
    Gia Lai, ngày 12 tháng 01 năm 2022
    >>> "Đề nghị UBND tỉnh tặng Cờ thi đua dẫn đầu khối cho Ủy ban MTTQ Việt Nam tỉnh" in text
    True

Sources:
    Nghị định 30/2020/NĐ-CP, Phụ lục I (the place and date line); the wording of the press
    reports of year-end conferences (the proposals, the election of the head, the handover).
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

import attrs

from mttq.errors import InvalidValueError
from mttq.rotation import DeputySucceeds, Election, FixedRotation, FlagWinnerLeads
from mttq.scoring import SelectionStatus
from mttq.vi.dates import format_date, place_date
from mttq.vi.lists import format_list
from mttq.vi.numbers import format_number
from mttq.vi.roman import to_roman
from mttq.voting import Outcome
from mttq.yearend import YearEndResult

__all__ = ["FORMULA_STARTS", "Format", "csv_cell", "render", "to_csv"]

#: The output formats of :func:`render`.
Format = Literal["text", "markdown", "html"]

_FORMATS = ("text", "markdown", "html")


@attrs.frozen
class _Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]


@attrs.frozen
class _Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    table: _Table | None = None


@attrs.frozen
class _Report:
    title: str
    group: str
    place_date: str | None
    sections: tuple[_Section, ...]


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _pts(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


def _title(result: YearEndResult) -> str:
    if result.title is not None:
        return result.title
    return f"Hội nghị tổng kết công tác thi đua, khen thưởng năm {result.year}"


def _group_word(result: YearEndResult) -> str:
    return "khối" if result.group_kind == "bloc" else "cụm"


def _ranking_section(result: YearEndResult) -> _Section:
    by_unit = {s.unit: s for s in result.scores}
    rows = []
    for entry in result.ranking:
        score = by_unit[entry.unit]
        name = result.name(entry.unit) + (" (đồng hạng)" if entry.tied else "")
        rows.append(
            (
                str(entry.rank),
                name,
                _pts(score.self_total),
                _pts(entry.total),
                result.grades[entry.unit].grade.label,
            )
        )
    table = _Table(
        headers=("Hạng", "Đơn vị", "Tự chấm", "Bình xét", "Xếp loại"),
        rows=tuple(rows),
        numeric=(True, False, True, True, False),
    )
    intro = (
        f"Chấm điểm theo {result.rubric_title}, thang điểm "
        f"{format_number(result.nominal_max)}; xếp loại theo {result.scheme_title}. "
        f"Có {len(result.ranking)}/{len(result.members)} đơn vị được chấm điểm, xếp hạng."
    )
    return _Section(heading="Kết quả chấm điểm, xếp hạng", paragraphs=(intro,), table=table)


def _grades_section(result: YearEndResult) -> _Section:
    groups: dict[str, list[str]] = {}
    order: list[str] = []
    for entry in result.ranking:
        label = result.grades[entry.unit].grade.label
        if label not in groups:
            groups[label] = []
            order.append(label)
        groups[label].append(result.name(entry.unit))
    bullets = tuple(
        f"{label}: {len(groups[label])} đơn vị ({format_list(groups[label])})." for label in order
    )
    return _Section(heading="Xếp loại", bullets=bullets)


def _proposals_section(result: YearEndResult) -> _Section:
    word = _group_word(result)
    bullets: list[str] = []
    flag = [result.name(u) for u in result.selected("flag")]
    if flag:
        bullets.append(
            f"Đề nghị {result.organiser} tặng Cờ thi đua dẫn đầu {word} cho {format_list(flag)}."
        )
    tied = [result.name(e.unit) for e in result.flag if e.status is SelectionStatus.TIED]
    if tied:
        bullets.append(
            f"Đồng hạng ở suất Cờ thi đua: {format_list(tied)}; "
            f"{word} bỏ phiếu hoặc quyết định thêm."
        )
    commended = [result.name(u) for u in result.selected("commendations")]
    if commended:
        bullets.append(f"Đề nghị {result.organiser} tặng Bằng khen cho {format_list(commended)}.")
    tied = [result.name(e.unit) for e in result.commendations if e.status is SelectionStatus.TIED]
    if tied:
        bullets.append(
            f"Đồng hạng ở suất Bằng khen: {format_list(tied)}; "
            f"{word} bỏ phiếu hoặc quyết định thêm."
        )
    for entry in result.eligibility:
        bullets.append(f"Điều kiện tặng Cờ thi đua cho {result.name(entry.unit)}: {entry.label()}.")
    return _Section(heading="Đề nghị khen thưởng", bullets=tuple(bullets))


def _election_phrase(result: YearEndResult) -> str:
    lead = result.next_leadership
    head = result.name(lead.head)
    title = f"{result.head_title} năm {lead.year}"
    policy = result.policy
    if isinstance(policy, Election):
        voted = next((r for r in policy.results if r.year == lead.year), None)
        if voted is not None and voted.head == lead.head:
            text = f"Bầu {head} làm {title}"
            tally = result.election
            if tally is not None and tally.outcome is Outcome.ELECTED:
                votes = tally.votes(lead.head)
                share = next(r.percent for r in tally.results if r.candidate == lead.head)
                text += f" ({votes}/{tally.members} phiếu, đạt {format_number(share)}%)"
            return text + "."
        return f"{head} làm {title} theo quy tắc dự phòng của {_group_word(result)}."
    if isinstance(policy, FixedRotation):
        return f"Theo thứ tự luân phiên, {head} làm {title}."
    if isinstance(policy, DeputySucceeds):
        return f"{head} ({result.deputy_title} năm {result.year}) làm {title}."
    assert isinstance(policy, FlagWinnerLeads)
    return f"{head} làm {title} theo kết quả Cờ thi đua năm {result.year}."


def _leaders_section(result: YearEndResult) -> _Section:
    lead = result.next_leadership
    bullets = [_election_phrase(result)]
    if lead.deputy is not None:
        bullets.append(f"{result.name(lead.deputy)} làm {result.deputy_title} năm {lead.year}.")
    if result.handover is not None:
        bullets.append(
            _sentence(result.handover.label(result.names, title=result.head_title, with_items=True))
        )
    heading = f"{result.head_title}, {result.deputy_title} năm {lead.year}"
    return _Section(heading=heading, bullets=tuple(bullets))


def _build(result: YearEndResult) -> _Report:
    if not isinstance(result, YearEndResult):
        raise InvalidValueError("result", result, "expected a YearEndResult")
    sections: list[_Section] = []
    if result.highlights:
        sections.append(
            _Section(
                heading=f"Kết quả nổi bật năm {result.year}",
                bullets=tuple(_sentence(h.render()) for h in result.highlights),
            )
        )
    for section in (
        _ranking_section(result),
        _grades_section(result),
        _proposals_section(result),
        _leaders_section(result),
    ):
        if section.bullets or section.paragraphs or section.table is not None:
            sections.append(section)
    if result.warnings:
        sections.append(
            _Section(
                heading="Những vấn đề cần lưu ý",
                bullets=tuple(w.message for w in result.warnings),
            )
        )
    line = None
    if result.held_on is not None:
        if result.place is not None:
            line = place_date(result.place, result.held_on)
        else:
            line = _sentence(format_date(result.held_on, style="admin"))[:-1]
    return _Report(
        title=_title(result),
        group=result.group_name,
        place_date=line,
        sections=tuple(sections),
    )


def _numbered(sections: Sequence[_Section]) -> list[tuple[str, _Section]]:
    return [(to_roman(i), s) for i, s in enumerate(sections, start=1)]


# --------------------------------------------------------------------------- text


def _text_table(table: _Table) -> list[str]:
    widths = [len(h) for h in table.headers]
    for row in table.rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(cells, widths, table.numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return [line(table.headers), rule, *(line(r) for r in table.rows)]


def _text(report: _Report) -> str:
    lines = [report.title, report.group]
    if report.place_date is not None:
        lines.append(report.place_date)
    for number, section in _numbered(report.sections):
        lines.append("")
        lines.append(f"{number}. {section.heading.upper()}")
        lines.extend(section.paragraphs)
        if section.table is not None:
            lines.extend(_text_table(section.table))
        lines.extend(f"- {b}" for b in section.bullets)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- markdown


def _md(text: str) -> str:
    """Escape the characters Markdown would read as markup."""
    out = []
    for char in text:
        if char in "\\`*_[]<>|#":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _markdown(report: _Report) -> str:
    lines = [f"# {_md(report.title)}", "", f"**{_md(report.group)}**"]
    if report.place_date is not None:
        lines.extend(["", f"*{_md(report.place_date)}*"])
    for number, section in _numbered(report.sections):
        lines.extend(["", f"## {number}. {_md(section.heading)}", ""])
        for paragraph in section.paragraphs:
            lines.extend([_md(paragraph), ""])
        if section.table is not None:
            table = section.table
            lines.append("| " + " | ".join(_md(h) for h in table.headers) + " |")
            lines.append("|" + "|".join("---:" if n else ":---" for n in table.numeric) + "|")
            lines.extend("| " + " | ".join(_md(c) for c in row) + " |" for row in table.rows)
            lines.append("")
        lines.extend(f"- {_md(b)}" for b in section.bullets)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- html

_CSS = """
@page { size: A4; margin: 18mm; }
body { font-family: "Times New Roman", "Noto Serif", serif; color: #111; background: #fff;
       max-width: 190mm; margin: 0 auto; padding: 12px; line-height: 1.45; }
h1 { font-size: 1.35em; text-align: center; text-transform: uppercase; margin: 0.2em 0; }
p.group { text-align: center; font-weight: bold; margin: 0.2em 0; }
p.place { text-align: right; font-style: italic; margin: 0.6em 0 1em; }
h2 { font-size: 1.08em; text-transform: uppercase; margin: 1.2em 0 0.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { border: 1px solid #444; padding: 4px 6px; }
th { background: #e8eef7; }
td.num { text-align: right; }
svg { display: block; margin: 0.6em auto; }
@media print { body { padding: 0; } }
""".strip()

_BAR_COLOURS = ("#b22222", "#1f5fa8")


def _svg_chart(result: YearEndResult) -> str:
    entries = result.ranking
    top = max([result.nominal_max, *(e.total for e in entries)])
    label_w, bar_w, row_h = 260, 360, 26
    height = row_h * len(entries) + 30
    width = label_w + bar_w + 70
    flag = set(result.selected("flag"))
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="'
            f'{html.escape("Biểu đồ điểm thi đua")}">'
        ),
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for i, entry in enumerate(entries):
        y = 10 + i * row_h
        length = int((entry.total / top) * bar_w) if top else 0
        colour = _BAR_COLOURS[0] if entry.unit in flag else _BAR_COLOURS[1]
        name = html.escape(result.name(entry.unit))
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="13">{name}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{length}" height="{row_h - 8}" '
            f'fill="{colour}"/>'
        )
        parts.append(
            f'<text x="{label_w + length + 6}" y="{y + 16}" font-size="13">'
            f"{html.escape(format_number(entry.total))}</text>"
        )
    axis_y = 10 + len(entries) * row_h + 4
    parts.append(
        f'<line x1="{label_w}" y1="{axis_y}" x2="{label_w + bar_w}" y2="{axis_y}" '
        'stroke="#444" stroke-width="1"/>'
    )
    parts.append(
        f'<text x="{label_w + bar_w}" y="{axis_y + 14}" text-anchor="end" font-size="11">'
        f"{html.escape(format_number(top))} điểm</text>"
    )
    parts.append("</svg>")
    return "\n".join(parts)


def _html(report: _Report, result: YearEndResult) -> str:
    e = html.escape
    body = [f"<h1>{e(report.title)}</h1>", f'<p class="group">{e(report.group)}</p>']
    if report.place_date is not None:
        body.append(f'<p class="place">{e(report.place_date)}</p>')
    for number, section in _numbered(report.sections):
        body.append(f"<h2>{e(number)}. {e(section.heading)}</h2>")
        body.extend(f"<p>{e(p)}</p>" for p in section.paragraphs)
        if section.table is not None:
            table = section.table
            body.append("<table>")
            body.append(
                "<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in table.headers) + "</tr></thead>"
            )
            body.append("<tbody>")
            for row in table.rows:
                cells = "".join(
                    f'<td class="num">{e(c)}</td>' if n else f"<td>{e(c)}</td>"
                    for c, n in zip(row, table.numeric, strict=True)
                )
                body.append(f"<tr>{cells}</tr>")
            body.append("</tbody></table>")
            body.append(_svg_chart(result))
        if section.bullets:
            body.append("<ul>")
            body.extend(f"<li>{e(b)}</li>" for b in section.bullets)
            body.append("</ul>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(report.title)} - {e(report.group)}</title>\n"
        f"<style>\n{_CSS}\n</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- public


def render(result: YearEndResult, *, format: Format = "text") -> str:
    """Write the Vietnamese report of a year-end review.

    Args:
        result: the review (:func:`mttq.yearend.review`).
        format: ``"text"`` (plain text), ``"markdown"`` or ``"html"`` (one standalone,
            printable page with an SVG bar chart; no script, no network).

    Returns:
        The report, ending with a newline.

    Raises:
        InvalidValueError: an unknown format, or ``result`` is not a YearEndResult.

    Examples:
        >>> from mttq.samples import demo_result
        >>> md = render(demo_result(), format="markdown")
        >>> md.splitlines()[0]
        '# Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021'
        >>> page = render(demo_result(), format="html")
        >>> "<script" in page, "<svg" in page
        (False, True)
    """
    if format not in _FORMATS:
        raise InvalidValueError("format", format, "must be 'text', 'markdown' or 'html'")
    report = _build(result)
    if format == "text":
        return _text(report)
    if format == "markdown":
        return _markdown(report)
    return _html(report, result)


#: The characters a spreadsheet reads as the start of a formula (or that hide one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula (CSV injection).

    A text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is given a
    leading apostrophe, which Excel and LibreOffice show as text; other text is kept as is.
    Numbers are not passed through this: the library writes them itself.

    Examples:
        >>> csv_cell("=SUM(A1:A9)"), csv_cell("Hội Nông dân")
        ("'=SUM(A1:A9)", 'Hội Nông dân')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(result: YearEndResult, *, delimiter: str = ",", bom: bool = False) -> str:
    """The ranking as CSV (one header row), for spreadsheets.

    Points are written the Vietnamese way (``97,5``, quoted as CSV requires); the last column
    says what the unit is proposed for. Text cells that a spreadsheet would run as a formula
    are neutralised (:func:`csv_cell`).

    Args:
        result: the year-end result.
        delimiter: the field separator: ``","`` (default) or ``";"`` (what Excel expects
            where the list separator is a semicolon, as on Windows set to Vietnamese), or a tab.
        bom: start with a byte order mark, so that Excel reads the file as UTF-8 (``mttq
            review --format csv`` writes one unless told not to).

    Raises:
        InvalidValueError: ``result`` is not a YearEndResult, or ``delimiter`` is not one
            of ``","``, ``";"`` and a tab.

    Examples:
        >>> from mttq.samples import demo_result
        >>> print(to_csv(demo_result()).splitlines()[1])
        1,mttq.tinh,Ủy ban MTTQ Việt Nam tỉnh,99,"98,5",Hoàn thành xuất sắc nhiệm vụ,Cờ thi đua
        >>> print(to_csv(demo_result(), delimiter=";").splitlines()[1])
        1;mttq.tinh;Ủy ban MTTQ Việt Nam tỉnh;99;98,5;Hoàn thành xuất sắc nhiệm vụ;Cờ thi đua
    """
    if not isinstance(result, YearEndResult):
        raise InvalidValueError("result", result, "expected a YearEndResult")
    if delimiter not in (",", ";", "\t"):
        raise InvalidValueError("delimiter", delimiter, "expected ',', ';' or a tab")
    if bom is not True and bom is not False:
        raise InvalidValueError("bom", bom, "expected True or False")
    flag = set(result.selected("flag"))
    commended = set(result.selected("commendations"))
    by_unit = {s.unit: s for s in result.scores}
    buffer = io.StringIO()
    if bom:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(("Hạng", "Mã đơn vị", "Đơn vị", "Tự chấm", "Bình xét", "Xếp loại", "Đề nghị"))
    for entry in result.ranking:
        proposal = "Cờ thi đua" if entry.unit in flag else ""
        if entry.unit in commended:
            proposal = "Bằng khen"
        writer.writerow(
            (
                entry.rank,
                csv_cell(entry.unit),
                csv_cell(result.name(entry.unit)),
                _pts(by_unit[entry.unit].self_total),
                _pts(entry.total),
                result.grades[entry.unit].grade.label,
                proposal,
            )
        )
    return buffer.getvalue()
