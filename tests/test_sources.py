"""Every practice source id cited in the package (``[S22]``) is listed on docs/sources.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTED = set(
    re.findall(r"^\| `(S\d+[a-z]?)` \|", (ROOT / "docs" / "sources.md").read_text("utf-8"), re.M)
)


def cited() -> set[str]:
    ids: set[str] = set()
    for path in (ROOT / "src" / "mttq").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for group in re.findall(r"\[(S\d+[a-z]?(?:[, ]+S\d+[a-z]?)*)\]", text):
            ids.update(re.findall(r"S\d+[a-z]?", group))
    return ids


def test_every_cited_source_is_listed() -> None:
    assert cited()
    assert not cited() - LISTED
