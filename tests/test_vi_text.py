"""Tests of :mod:`mttq.vi.text`: normalisation, accent folding, slugs and the vi collation."""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.errors import InvalidValueError, MttqError
from mttq.vi.text import fold, normalize, remove_accents, slugify, sort, sort_key

DATA = Path(__file__).parent / "data"
GOLDEN: list[dict[str, Any]] = json.loads((DATA / "vi-public.json").read_text(encoding="utf-8"))


def _rows(*functions: str) -> list[dict[str, Any]]:
    return [row for row in GOLDEN if row["function"] in functions]


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --------------------------------------------------------------------------- shared golden rows


@pytest.mark.parametrize("row", _rows("sort_vi"), ids=lambda r: "/".join(r["input"]))
def test_golden_sort_vi(row: dict[str, Any]) -> None:
    assert sort(row["input"]) == row["expected"]
    assert sort(reversed(row["input"])) == row["expected"]
    assert sort([_nfd(s) for s in row["input"]]) == [_nfd(s) for s in row["expected"]]


@pytest.mark.parametrize(
    ("function", "row"),
    [
        (function, row)
        for name, function in (
            ("fold", fold),
            ("remove_accents", remove_accents),
            ("slugify", slugify),
        )
        for row in _rows(name)
    ],
    ids=lambda value: value["input"] if isinstance(value, dict) else value.__name__,
)
def test_golden_text_functions(function: Callable[[str], str], row: dict[str, Any]) -> None:
    assert function(row["input"]) == row["expected"]
    assert function(_nfd(row["input"])) == row["expected"]


@pytest.mark.parametrize("row", _rows("normalize_nfc"), ids=lambda r: r["expected"])
def test_golden_normalize_nfc(row: dict[str, Any]) -> None:
    assert row["input"] != row["expected"]  # the input is the NFD form
    assert normalize(row["input"]) == row["expected"]
    assert sort_key(row["input"]) == sort_key(row["expected"])
    assert fold(row["input"]) == fold(row["expected"])


# --------------------------------------------------------------------------- tone placement

# (text, old placement, new placement, rule pinned)
TONE_ROWS = [
    ("hòa", "hòa", "hoà", "R-TONE-oa: open oa, mark on o (old) / a (new)"),
    ("hoà", "hòa", "hoà", "R-TONE-oa"),
    ("Khánh Hoà", "Khánh Hòa", "Khánh Hoà", "R-TONE-oa: only the oa syllable moves"),
    ("HOÀ BÌNH", "HÒA BÌNH", "HOÀ BÌNH", "R-TONE-case: capitals keep their case"),
    ("Oà", "Òa", "Oà", "R-TONE-case: mixed case keeps each letter's case"),
    ("họa sĩ", "họa sĩ", "hoạ sĩ", "R-TONE-oa: nặng moves like the other tones"),
    ("tỏa", "tỏa", "toả", "R-TONE-oa: hỏi"),
    ("khỏe", "khỏe", "khoẻ", "R-TONE-oe: open oe"),
    ("xoè", "xòe", "xoè", "R-TONE-oe"),
    ("thủy", "thủy", "thuỷ", "R-TONE-uy: open uy"),
    ("Thuỵ", "Thụy", "Thuỵ", "R-TONE-uy"),
    ("Ủy ban", "Ủy ban", "Uỷ ban", "R-TONE-uy: empty onset"),
    ("ỦY BAN", "ỦY BAN", "UỶ BAN", "R-TONE-uy: capitals"),
    ("oà khóc", "òa khóc", "oà khóc", "R-TONE-oa: empty onset"),
    ("nghoẻo", "nghoẻo", "nghoẻo", "R-TONE-closed: oeo is a triphthong, unchanged"),
    ("hoàng", "hoàng", "hoàng", "R-TONE-closed: a final consonant fixes the mark on a"),
    ("toán", "toán", "toán", "R-TONE-closed"),
    ("huyện", "huyện", "huyện", "R-TONE-closed: uyê carries the mark on ê"),
    ("thuyết", "thuyết", "thuyết", "R-TONE-closed"),
    ("quý", "quý", "quý", "R-TONE-qu: u belongs to the onset qu, mark on y"),
    ("QUỲ", "QUỲ", "QUỲ", "R-TONE-qu: capitals"),
    ("quả", "quả", "quả", "R-TONE-qu: qua is not oa"),
    ("ngoài", "ngoài", "ngoài", "R-TONE-triphthong: oai unchanged"),
    ("khuya", "khuya", "khuya", "R-TONE-triphthong: uya unchanged"),
    ("thuở", "thuở", "thuở", "R-TONE-other: uơ unchanged"),
    ("mía", "mía", "mía", "R-TONE-other: ia unchanged"),
    ("Samoá", "Samoá", "Samoá", "R-TONE-onset: a vowel before oa is not a Vietnamese onset"),
    ("hòá", "hòá", "hòá", "R-TONE-invalid: two marks, left alone"),
    ("hoa", "hoa", "hoa", "R-TONE-ngang: no mark, nothing to move"),
    ("Ðặng", "Đặng", "Đặng", "R-ETH: U+00D0 read as U+0110"),
    ("ðoàn", "đoàn", "đoàn", "R-ETH: U+00F0 read as U+0111"),
]


@pytest.mark.parametrize(("text", "old", "new", "rule"), TONE_ROWS, ids=[r[0] for r in TONE_ROWS])
def test_normalize_tone_placement(text: str, old: str, new: str, rule: str) -> None:
    assert normalize(text) == old, rule
    assert normalize(text, tone_style="old") == old, rule
    assert normalize(text, tone_style="new") == new, rule
    assert normalize(_nfd(text), tone_style="new") == new, rule
    assert unicodedata.is_normalized("NFC", normalize(_nfd(text)))


def test_normalize_leaves_other_text_alone() -> None:
    text = "Số 124-QĐ/TW, ngày 02/02/2018: 60 tỷ đồng; “Dân vận khéo” – 100%."
    assert normalize(text) == text
    assert normalize(text, tone_style="new") == text


def test_normalize_recomposes_after_a_move() -> None:
    # the grave moves off the a, which then composes with the following diaeresis
    assert normalize("hoà\u0308") == "hòä"
    assert normalize(normalize("hoà\u0308")) == "hòä"


# --------------------------------------------------------------------------- folding, slugs

FOLD_ROWS = [
    ("Hòa", "hoa", "R-FOLD: old tone placement"),
    ("Hoà", "hoa", "R-FOLD: new tone placement folds the same"),
    ("ĐẶNG", "dang", "R-FOLD: Đ -> d"),
    ("Ðặng", "dang", "R-FOLD: eth U+00D0 -> d"),
    ("Chi 100.000đ cho 2,5 tỷ.", "chi 100.000d cho 2,5 ty", "R-FOLD-number: separators kept"),
    ("1, 2 và 3.", "1 2 va 3", "R-FOLD-number: a comma before a space is punctuation"),
    ("½ và ₫", "1 2 va d", "R-FOLD: compatibility forms (NFKD), ₫ -> d"),
    ("  UBND\ttỉnh\n", "ubnd tinh", "R-FOLD: whitespace collapsed and trimmed"),
    ("CT-XH", "ct xh", "R-FOLD: hyphen is punctuation"),
    ("Straße", "strasse", "R-FOLD: Unicode case folding"),
    ("", "", "R-FOLD: empty"),
]


@pytest.mark.parametrize(("text", "expected", "rule"), FOLD_ROWS, ids=[r[0] for r in FOLD_ROWS])
def test_fold_rows(text: str, expected: str, rule: str) -> None:
    assert fold(text) == expected, rule


REMOVE_ROWS = [
    ("Đặng Thị Thủy", "Dang Thi Thuy", "R-FOLD: tones and letter marks"),
    ("Ăn Ân Ơn Ưng Êm Ôn", "An An On Ung Em On", "R-FOLD: breve, circumflex, horn"),
    ("Ðặng ðoàn", "Dang doan", "R-FOLD: eth"),
    ("Français, München", "Français, München", "R-FOLD: other marks are kept"),
    ("Vie\u0323\u0302t", "Viet", "R-FOLD: NFD input"),
    ("x\u0300", "x", "R-FOLD: a stray Vietnamese mark is removed"),
]


@pytest.mark.parametrize(("text", "expected", "rule"), REMOVE_ROWS, ids=[r[0] for r in REMOVE_ROWS])
def test_remove_accents_rows(text: str, expected: str, rule: str) -> None:
    assert remove_accents(text) == expected, rule


SLUG_ROWS = [
    ("Bà Rịa – Vũng Tàu", "-", "ba-ria-vung-tau", "R-SLUG: dash and spaces collapse"),
    ("Quyết định 124-QĐ/TW", "-", "quyet-dinh-124-qd-tw", "R-SLUG"),
    ("2,5 tỷ đồng", "-", "2-5-ty-dong", "R-SLUG: number separators become separators"),
    ("Hà Nội", "_", "ha_noi", "R-SLUG: custom separator"),
    ("!!!", "-", "", "R-SLUG: nothing left"),
]


@pytest.mark.parametrize(("text", "sep", "expected", "rule"), SLUG_ROWS)
def test_slugify_rows(text: str, sep: str, expected: str, rule: str) -> None:
    assert slugify(text, separator=sep) == expected, rule


# --------------------------------------------------------------------------- collation

# The ICU vi / glibc vi_VN order of the 58-probe list (formatting-anchors.md §3.4, excerpt),
# with the one deliberate difference: U+00D0 sorts as Đ (policy R-ETH), not among plain D.
ICU_ORDER = [
    "An10", "An2", "anh", "Anh", "ANH", "Ảnh", "Ánh", "Anh Tuấn", "Ăn", "Ân", "bà con",
    "ba đình", "Bùi", "Chi", "Cúc", "Dũng", "Dương", "Ðặng", "Đặng", "Đỗ Văn An", "Hà Minh",
    "Hàn", "Thao", "Thào", "Thảo", "Thão", "Tháo", "Thạo", "Trang", "Uyên", "Ưng", "Vũ Thị Thu",
    "Who", "Ý", "Yến", "Zô",
]  # fmt: skip

COLLATION_ROWS = [
    (["Hàn", "Hà Minh"], ["Hà Minh", "Hàn"], "R-COLL-space: letters over the whole string first"),
    (["ba đình", "bà con"], ["bà con", "ba đình"], "R-COLL-level: tones only after all letters"),
    (
        ["Thạo", "Tháo", "Thão", "Thảo", "Thào", "Thao"],
        ["Thao", "Thào", "Thảo", "Thão", "Tháo", "Thạo"],
        "R-COLL-tones: ngang < huyền < hỏi < ngã < sắc < nặng",
    ),
    (["ANH", "Anh", "anh"], ["anh", "Anh", "ANH"], "R-COLL-case: lower case first"),
    (["Đặng", "Ðặng"], ["Ðặng", "Đặng"], "R-COLL-total: Ð ties with Đ, broken by code point"),
    (["An2", "An10", "An"], ["An", "An10", "An2"], "R-COLL-digits: digit by digit, before h"),
    (["a-b", "a b", "ab"], ["a b", "a-b", "ab"], "R-COLL-punct: space < punctuation < letters"),
    (["Zô", "Who", "Ý"], ["Who", "Ý", "Zô"], "R-COLL-letters: f j w z keep their Latin place"),
    (["Ωmega", "Zeta"], ["Zeta", "Ωmega"], "R-COLL-scripts: other scripts after Latin"),
    (
        ["Hóa", "Hoá", "Hòa", "Hoa", "Hoà"],
        ["Hoa", "Hoà", "Hòa", "Hoá", "Hóa"],
        "R-COLL-placement: old and new tone placement sort together (code point breaks the tie)",
    ),
    (["a\u200bb", "ab"], ["ab", "a\u200bb"], "R-COLL-ignorable: format chars ignored"),
    (["Müller", "Muller", "Mưa"], ["Muller", "Müller", "Mưa"], "R-COLL-foreign marks"),
]


def test_icu_probe_order() -> None:
    shuffled = list(ICU_ORDER)
    random.Random(7).shuffle(shuffled)
    assert sort(shuffled) == ICU_ORDER
    assert sort(ICU_ORDER, reverse=True) == ICU_ORDER[::-1]


@pytest.mark.parametrize(("items", "expected", "rule"), COLLATION_ROWS)
def test_collation_rows(items: list[str], expected: list[str], rule: str) -> None:
    assert sort(items) == expected, rule


def test_sort_with_key() -> None:
    rows = [("Hàn", 2), ("Hà Minh", 1), ("Ánh", 3)]
    assert sort(rows, key=lambda row: row[0]) == [("Ánh", 3), ("Hà Minh", 1), ("Hàn", 2)]


def test_sort_key_alphabet() -> None:
    letters = [
        "a",
        "ă",
        "â",
        "b",
        "c",
        "d",
        "đ",
        "e",
        "ê",
        "g",
        "h",
        "i",
        "k",
        "l",
        "m",
        "n",
        "o",
        "ô",
        "ơ",
        "p",
        "q",
        "r",
        "s",
        "t",
        "u",
        "ư",
        "v",
        "x",
        "y",
    ]
    assert sort(reversed(letters)) == letters
    assert sort([x.upper() for x in reversed(letters)]) == [x.upper() for x in letters]


def test_sort_key_eth_equals_d_stroke_on_three_levels() -> None:
    assert sort_key("Ðặng")[:3] == sort_key("Đặng")[:3]
    assert sort_key("ðặng")[:3] == sort_key("đặng")[:3]


def test_sort_key_long_words_are_not_cached_but_equal() -> None:
    word = "Nghiêng" * 10
    assert sort_key(word) == sort_key(word)


def _names(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    family = [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
    ]
    middle = [
        "Văn",
        "Thị",
        "Minh",
        "Đức",
        "Thanh",
        "Ngọc",
        "Hữu",
        "Quang",
        "Xuân",
        "Thu",
        "Hồng",
        "Bảo",
        "Kim",
    ]
    given = [
        "An",
        "Anh",
        "Bình",
        "Cường",
        "Dũng",
        "Dương",
        "Giang",
        "Hà",
        "Hải",
        "Hạnh",
        "Hòa",
        "Hùng",
        "Hương",
        "Khánh",
        "Lan",
        "Linh",
        "Long",
        "Mai",
        "Nam",
        "Nga",
        "Ngọc",
        "Phong",
        "Phương",
        "Quân",
        "Quỳnh",
        "Sơn",
        "Tâm",
        "Thảo",
        "Thủy",
        "Trang",
        "Trung",
        "Tuấn",
        "Uyên",
        "Vân",
        "Việt",
    ]
    return [
        f"{rng.choice(family)} {rng.choice(middle)} {rng.choice(middle)} {rng.choice(given)}"
        for _ in range(count)
    ]


def test_sorting_ten_thousand_names() -> None:
    # Its speed (about 30 ms) is measured by benchmarks/vi_bench.py, not here.
    names = _names(10_000, seed=3)
    result = sort(names)
    assert sorted(result) == sorted(names)
    assert all(sort_key(a) <= sort_key(b) for a, b in itertools.pairwise(result))


# --------------------------------------------------------------------------- properties

VI_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
VI_ALPHABET = VI_LETTERS + VI_LETTERS.upper() + " ĐÐð.,-0123456789"
vi_text = st.text(alphabet=VI_ALPHABET, max_size=30)
any_text = st.text(max_size=30)
texts = st.one_of(vi_text, any_text)


@given(texts)
def test_sort_key_is_nfc_nfd_invariant(text: str) -> None:
    key = sort_key(text)
    for form in ("NFC", "NFD"):
        assert sort_key(unicodedata.normalize(form, text)) == key


@given(st.lists(texts, max_size=12), st.randoms(use_true_random=False))
def test_sort_is_total(items: list[str], rng: random.Random) -> None:
    shuffled = list(items)
    rng.shuffle(shuffled)
    first = [sort_key(item) for item in sort(items)]
    second = [sort_key(item) for item in sort(shuffled)]
    assert first == second
    assert first == sorted(first)


@given(texts, texts)
def test_equal_keys_only_for_canonically_equal_texts(a: str, b: str) -> None:
    same_key = sort_key(a) == sort_key(b)
    assert same_key == (unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))


def _strip_tones(text: str) -> str:
    marks = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    return unicodedata.normalize("NFC", "".join(c for c in _nfd(text) if c not in marks))


@given(vi_text)
def test_primary_level_ignores_tones_and_case(text: str) -> None:
    other = _strip_tones(text).swapcase()
    assert sort_key(text)[0] == sort_key(other)[0]
    if _strip_tones(text) == text:
        assert sort_key(text)[:2] == sort_key(other)[:2]


@given(texts, st.sampled_from(["old", "new"]))
def test_fold_of_normalize_is_fold(text: str, style: str) -> None:
    assert fold(normalize(text, tone_style=style)) == fold(text)  # type: ignore[arg-type]


@given(texts, st.sampled_from(["old", "new"]))
def test_normalize_is_idempotent(text: str, style: str) -> None:
    once = normalize(text, tone_style=style)  # type: ignore[arg-type]
    assert normalize(once, tone_style=style) == once  # type: ignore[arg-type]
    assert unicodedata.is_normalized("NFC", once)


@given(vi_text)
def test_tone_styles_convert_both_ways(text: str) -> None:
    old = normalize(text, tone_style="old")
    new = normalize(text, tone_style="new")
    assert normalize(new, tone_style="old") == old
    assert normalize(old, tone_style="new") == new
    assert remove_accents(old) == remove_accents(new)


@given(texts)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(vi_text)
def test_fold_and_slug_of_vietnamese_are_ascii(text: str) -> None:
    assert fold(text).isascii()
    slug = slugify(text)
    assert slug.isascii()
    assert slug == slug.strip("-")
    assert "--" not in slug
    assert remove_accents(text.replace("ð", "đ").replace("Ð", "Đ")).isascii()


# --------------------------------------------------------------------------- robustness

JUNK = [
    "",
    " ",
    "\x00\x01\x1f\x7f",
    "\ud800",
    "x" * 10_000,
    "hoà " * 2_500,
    "\u0301" * 5_000,
    "Đặng ᠎ 中文 العربية 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂",
    "\u200b\u200d\ufeff",
]


@pytest.mark.parametrize("junk", JUNK, ids=range(len(JUNK)))
@pytest.mark.parametrize(
    "function", [normalize, remove_accents, fold, slugify, sort_key], ids=lambda f: f.__name__
)
def test_junk_text_is_handled(function: Callable[[str], object], junk: str) -> None:
    # Only MttqError may escape; the time is measured by benchmarks/junk_bench.py.
    with contextlib.suppress(MttqError):
        function(junk)


@given(st.text(max_size=200))
def test_random_text_never_raises(text: str) -> None:
    for function in (normalize, remove_accents, fold, slugify, sort_key):
        function(text)
    sort([text, text[::-1]])


BAD = [None, 1, 1.5, b"Ha Noi", ["Hà"], object()]


@pytest.mark.parametrize("value", BAD, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize(
    "function", [normalize, remove_accents, fold, slugify, sort_key], ids=lambda f: f.__name__
)
def test_non_str_is_invalid(function: Callable[[object], object], value: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        function(value)
    assert info.value.field == "text"


@pytest.mark.parametrize(
    "call",
    [
        lambda: normalize("hòa", tone_style="modern"),  # type: ignore[arg-type]
        lambda: normalize("hòa", tone_style=["old"]),  # type: ignore[arg-type]
        lambda: slugify("Hà Nội", separator=1),  # type: ignore[arg-type]
        lambda: sort("abc"),
        lambda: sort(5),  # type: ignore[arg-type]
        lambda: sort(["a", 1]),
        lambda: sort([1, 2], key=lambda x: x),  # type: ignore[arg-type,return-value]
        lambda: sort(["a"], key="x"),  # type: ignore[arg-type]
        lambda: sort(["a"], reverse="yes"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_invalid(call: Callable[[], object]) -> None:
    with pytest.raises(InvalidValueError):
        call()


def test_errors_are_mttq_errors() -> None:
    with pytest.raises(MttqError):
        fold(None)  # type: ignore[arg-type]


def test_full_caches_still_give_the_same_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    import mttq.vi.text as text_module

    monkeypatch.setattr(text_module, "_MAX_CACHED", 0)
    assert fold("ꝏ ᏸ") == "ꝏ ᏸ".casefold()
    assert sort_key("ꝏ ᏸ") == sort_key("ꝏ ᏸ")
    assert sort_key("ꝏ ᏸ")[0] != ""
