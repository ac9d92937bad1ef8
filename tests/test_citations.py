"""No file in src/ or docs/ cites the project's research notes, which users do not have.

A source names a public document (a legal text by number and article, ``Luật 06/2022/QH15,
Điều 24 k1``) or a practice page by its id on docs/sources.md (``[S22]``); never the notes
``practice.md``, ``law.md``, ``documents.md`` or ``formatting-anchors.md``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: The text files scanned, relative to the repository root.
SCANNED = ("src", "docs")
SUFFIXES = frozenset({".py", ".md", ".toml", ".json", ".txt", ".yml", ".yaml", ".html", ".css"})

#: A citation of a research note (``practice.md §4.3``, ``law.md``), or a file reference to a
#: page named ``documents.md`` (the notes' name; the docs page is ``references.md``).
CITATION = re.compile(r"(?<![\w.-])(?:practice|law|formatting-anchors|documents)\.md\b")

#: Paths left out of the scan. Empty: every file of src/ and docs/ cites public documents.
NOT_YET_CLEAN: tuple[str, ...] = ("src/mttq/scoring/",)  # until the scoring branch lands


def _scanned() -> list[Path]:
    files: list[Path] = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            if not path.is_file() or path.suffix not in SUFFIXES or "__pycache__" in path.parts:
                continue
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(NOT_YET_CLEAN):
                continue
            files.append(path)
    return files


def _citations(text: str) -> list[tuple[int, str]]:
    return [
        (number, line.strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if CITATION.search(line)
    ]


def test_files_are_scanned() -> None:
    names = {path.relative_to(ROOT).as_posix() for path in _scanned()}
    assert "src/mttq/geo.py" in names
    assert "docs/sources.md" in names


@pytest.mark.parametrize(
    "line",
    [
        "(practice.md §4.1 [S46, S47])",
        'source = "law.md §5: QĐ 221/QĐ-MTTW-BTT"',
        "the project's ``formatting-anchors.md`` §3.4",
        "- Document references: documents.md",
        "see docs/documents.md",
    ],
)
def test_the_pattern_finds_a_citation(line: str) -> None:
    assert _citations(line)


@pytest.mark.parametrize(
    "line",
    [
        "Luật 06/2022/QH15, Điều 24 k1 [S22]",
        "- Document references: references.md",
        "see docs/vietnamese.md and the mttq.documents module",
    ],
)
def test_the_pattern_spares_public_citations(line: str) -> None:
    assert not _citations(line)


def test_no_citation_of_the_research_notes() -> None:
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{number}: {line}"
        for path in _scanned()
        for number, line in _citations(path.read_text(encoding="utf-8"))
    ]
    assert not found, "cite the public document or a [S..] page id instead:\n" + "\n".join(found)


def test_mkdocs_nav_names_no_research_note() -> None:
    assert not _citations((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
