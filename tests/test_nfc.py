"""Every text file we ship or test against is NFC-normalised Unicode.

Vietnamese text can be written in two canonically equivalent ways (precomposed ``ệ`` or ``e``
plus two combining marks); the library publishes and compares NFC only, so its own sources,
docs, examples and test data must be NFC too (a habit taken from the ``holidays`` library).
Folders missing from the tree being tested (an sdist may not carry ``docs/``) are skipped.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("src", "docs", "tests/data", "examples")
SUFFIXES = {
    ".cfg", ".csv", ".html", ".ini", ".json", ".md", ".po", ".py", ".pyi", ".rst", ".toml",
    ".tsv", ".txt", ".yaml", ".yml",
}  # fmt: skip
SKIP_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "site"}
# Deliberately malformed inputs of the loader tests (broken syntax, wrong encodings).
SKIP_FOLDERS = ("tests/data/bad",)


def _text_files() -> list[Path]:
    files: list[Path] = []
    for folder in FOLDERS:
        base = ROOT / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if (
                path.is_file()
                and path.suffix.lower() in SUFFIXES
                and not SKIP_PARTS.intersection(path.relative_to(ROOT).parts)
                and not path.relative_to(ROOT).as_posix().startswith(SKIP_FOLDERS)
            ):
                files.append(path)
    return files


def _not_nfc_lines(text: str) -> list[int]:
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if not unicodedata.is_normalized("NFC", line)
    ]


def _not_nfc_json_values(data: object, where: str = "$") -> list[str]:
    """Paths of the JSON strings that are not NFC, except deliberate NFD test inputs.

    A row that tests NFD input says so in its ``input_note`` (``"NFD input"``); its ``input``
    is the one string allowed to be NFD.
    """
    bad: list[str] = []
    if isinstance(data, str):
        if not unicodedata.is_normalized("NFC", data):
            bad.append(where)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            bad += _not_nfc_json_values(item, f"{where}[{index}]")
    elif isinstance(data, dict):
        deliberate = "NFD" in str(data.get("input_note", ""))
        for key, value in data.items():
            if not (deliberate and key == "input"):
                bad += _not_nfc_json_values(key, f"{where}.<key>")
                bad += _not_nfc_json_values(value, f"{where}.{key}")
    return bad


def test_there_are_files_to_check() -> None:
    assert any(path.suffix == ".py" for path in _text_files())


@pytest.mark.parametrize("path", _text_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_text_file_is_nfc(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    bad: list[object] = list(_not_nfc_lines(text))
    if bad and path.suffix == ".json":
        # a JSON test file may hold a deliberate NFD input, marked by its row's input_note
        bad = list(_not_nfc_json_values(json.loads(text)))
    assert not bad, f"{path.relative_to(ROOT)}: lines not in NFC: {bad[:10]}"


def test_the_check_finds_nfd() -> None:
    assert _not_nfc_lines("Hà Nội\nVie\u0323\u0302t Nam\n") == [2]
    nfd = "Vie\u0323\u0302t"
    rows = [{"input": nfd, "input_note": "NFD input"}, {"input": nfd}, {nfd: 1}]
    assert _not_nfc_json_values(rows) == ["$[1].input", "$[2].<key>"]
