"""Golden forms of what the library reads from CLDR's ``vi`` data through babel."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mttq import vi
from mttq.errors import InvalidValueError, MttqError, UnknownCodeError

# Each row pins a CLDR form the library relies on: a babel upgrade that changed one fails here.
LISTS = [
    ([], "and", ""),
    (["Hội Nông dân"], "and", "Hội Nông dân"),
    (["A", "B"], "and", "A và B"),
    (["A", "B", "C"], "and", "A, B và C"),
    (["A", "B", "C", "D"], "and", "A, B, C và D"),
    (["A", "B"], "or", "A hoặc B"),
    (["A", "B", "C"], "or", "A, B hoặc C"),
]

TERRITORIES = [
    ("VN", "Việt Nam"),
    ("LA", "Lào"),
    ("KH", "Campuchia"),
    ("CN", "Trung Quốc"),
    ("US", "Hoa Kỳ"),
    ("vn", "Việt Nam"),
]

LANGUAGES = [
    ("vi", False, "Tiếng Việt"),
    ("vi", True, "tiếng Việt"),
    ("en", True, "tiếng Anh"),
    ("km", False, "Tiếng Khmer"),
    ("zh", True, "tiếng Trung"),
    ("FR", True, "tiếng Pháp"),
]


@pytest.mark.parametrize(("items", "style", "expected"), LISTS)
def test_format_list(items: list[str], style: str, expected: str) -> None:
    assert vi.format_list(items, style=style) == expected  # type: ignore[arg-type]


def test_format_list_takes_any_iterable_and_keeps_nfc() -> None:
    assert vi.format_list(iter(["Hòa", "Thủy"])) == "Hòa và Thủy"


@pytest.mark.parametrize(
    ("items", "style"),
    [("AB", "and"), (["A", 3], "and"), (None, "and"), (["A"], "và"), (["A"], None)],
)
def test_format_list_refuses(items: object, style: object) -> None:
    with pytest.raises(InvalidValueError):
        vi.format_list(items, style=style)  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "expected"), TERRITORIES)
def test_territory_name(code: str, expected: str) -> None:
    assert vi.territory_name(code) == expected


@pytest.mark.parametrize(("code", "in_sentence", "expected"), LANGUAGES)
def test_language_name(code: str, in_sentence: bool, expected: str) -> None:
    assert vi.language_name(code, in_sentence=in_sentence) == expected


@pytest.mark.parametrize("call", [vi.territory_name, vi.language_name])
@pytest.mark.parametrize("bad", ["XX-YY", "", 3, None])
def test_unknown_codes_are_refused(call: object, bad: object) -> None:
    with pytest.raises(MttqError) as info:
        call(bad)  # type: ignore[operator]
    assert isinstance(info.value, UnknownCodeError | InvalidValueError)


def test_importing_mttq_does_not_import_babel() -> None:
    code = "import sys, mttq, mttq.vi; print('babel' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
