"""Tests of :mod:`mttq.documents`: the three reference grammars, citations and robustness."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.documents import (
    LEGAL_DOC_TYPES,
    PARTY_DOC_TYPES,
    STATE_DOC_TYPES,
    DocumentRef,
    cite,
    doc_type_name,
)
from mttq.errors import InvalidValueError, MttqError, ParseError, UnknownCodeError

SEEDS = Path(__file__).parent / "data" / "seeds"

# (text, number, year, doc_type, issuer, style); each row cites its grammar.
GOLDEN = [
    # state, NĐ 30/2020 Phụ lục I: {n}/{TYPE}-{ISSUER}[-{UNIT}] (practice.md §5.2)
    ("82/HD-MTTW-BTT", "82", None, "HD", "MTTW-BTT", "state"),
    ("05/HD-MTTW-BTT", "05", None, "HD", "MTTW-BTT", "state"),
    ("1306/QĐ-UBND", "1306", None, "QĐ", "UBND", "state"),
    ("579/TTr-SNV", "579", None, "TTr", "SNV", "state"),
    ("87/KH-MTTQ-BTT", "87", None, "KH", "MTTQ-BTT", "state"),
    ("1670/NQ-UBTVQH15", "1670", None, "NQ", "UBTVQH15", "state"),
    ("1294/HD-TLĐ", "1294", None, "HD", "TLĐ", "state"),
    ("16/HD-MT", "16", None, "HD", "MT", "state"),
    # state công văn, no type: {n}/{ISSUER}-{UNIT} (practice.md §5.2)
    ("1121/TTg-QHĐP", "1121", None, None, "TTg-QHĐP", "state"),
    ("4912/UBND-NC", "4912", None, None, "UBND-NC", "state"),
    ("1486/SNV-TĐKT", "1486", None, None, "SNV-TĐKT", "state"),
    ("1122/BTĐKT-VI", "1122", None, None, "BTĐKT-VI", "state"),
    # legal normative: {n}/{yyyy}/{TYPE}-{ISSUER} (practice.md §5.2)
    ("98/2023/NĐ-CP", "98", 2023, "NĐ", "CP", "legal"),
    ("152/2025/NĐ-CP", "152", 2025, "NĐ", "CP", "legal"),
    ("01/2024/TT-BNV", "01", 2024, "TT", "BNV", "legal"),
    ("07/2023/QĐ-UBND", "07", 2023, "QĐ", "UBND", "legal"),
    # laws and NA resolutions: {n}/{yyyy}/QH{term} (practice.md §5.2)
    ("06/2022/QH15", "06", 2022, None, "QH15", "legal"),
    ("202/2025/QH15", "202", 2025, None, "QH15", "legal"),
    ("76/2025/UBTVQH15", "76", 2025, None, "UBTVQH15", "legal"),
    # Party, HD 36-HD/VPTW: {n}-{TYPE}/{ISSUER}[-{UNIT}] (practice.md §5.3, §5.4)
    ("124-QĐ/TW", "124", None, "QĐ", "TW", "party"),
    ("138-KH/TU", "138", None, "KH", "TU", "party"),
    ("366-QĐ/TW", "366", None, "QĐ", "TW", "party"),
    ("36-HD/VPTW", "36", None, "HD", "VPTW", "party"),
    ("1572-CV/BTGTU", "1572", None, "CV", "BTGTU", "party"),
    ("03-TTr/ĐUMTTQ", "03", None, "TTr", "ĐUMTTQ", "party"),
    ("42-HD/TWTN-BKT", "42", None, "HD", "TWTN-BKT", "party"),
    ("952-HD/HNDTW", "952", None, "HD", "HNDTW", "party"),
    ("60-NQ/TƯ", "60", None, "NQ", "TƯ", "party"),
]


@pytest.mark.parametrize("row", GOLDEN, ids=[row[0] for row in GOLDEN])
def test_golden(row: tuple[str, str, int | None, str | None, str, str]) -> None:
    text = row[0]
    ref = DocumentRef.parse(text)
    assert (text, ref.number, ref.year, ref.doc_type, ref.issuer, ref.style) == row
    assert str(ref) == text
    assert DocumentRef.is_valid(text)
    for variant in (f"Số: {text}", f"Số {text}", f"  số:{text}  ", f"SỐ : {text}\n"):
        assert DocumentRef.parse(variant) == ref


def test_normalises_text() -> None:
    # U+00D0 is read as Đ (DESIGN.md), NFD as NFC, NBSP as a space.
    assert str(DocumentRef.parse("98/2023/\u00d0-CP".replace("\u00d0", "N\u00d0"))) == (
        "98/2023/NĐ-CP"
    )
    assert DocumentRef.parse("60-NQ/TU\u031b").issuer == "TƯ"
    assert DocumentRef.parse("Số:\u00a082/HD-MTTW-BTT").number == "82"


REFUSED = [
    "",
    "Số:",
    "82",
    "82/",
    "HD-MTTW-BTT",
    "82 /HD-MTTW-BTT",  # no spaces inside
    "82/HD - MTTW",
    "82/hd-MTTW",  # groups start with a capital
    "82/HD-mttw",
    "98/2023/nđ-CP",
    "0/QĐ-UBND",  # a number is never zero
    "1234567/QĐ-UBND",  # at most six digits
    "123/QĐ",  # a type without an issuer
    "98/23/NĐ-CP",
    "98/2023",
    "124-QĐ",
    "124-QĐ/",
    "12/01/2022",
    "2021-2026",
    "19/2008/NQLT/CP-UBTUMTTQVN",  # joint documents are not read
    "82/HD-MTTW-",
    "82/HD--MTTW",
    "Số: Số: 82/HD-MTTW-BTT",
    "x" * 10_000,
    "\x00",
]


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text: str) -> None:
    with pytest.raises(ParseError):
        DocumentRef.parse(text)
    assert not DocumentRef.is_valid(text)


@pytest.mark.parametrize("bad", [None, 82, b"82/HD-MTTW", ["82/HD-MTTW-BTT"]])
def test_non_str(bad: object) -> None:
    with pytest.raises(ParseError, match="expected a string"):
        DocumentRef.parse(bad)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="expected a string"):
        DocumentRef.find_all(bad)  # type: ignore[arg-type]
    assert DocumentRef.is_valid(bad) is False


CONSTRUCTOR_REFUSED = [
    ({"number": 82, "doc_type": "HD", "issuer": "MT", "style": "state"}, "number"),
    ({"number": "00", "doc_type": "HD", "issuer": "MT", "style": "state"}, "number"),
    ({"number": "8a", "doc_type": "HD", "issuer": "MT", "style": "state"}, "number"),
    ({"number": "82", "doc_type": "HD", "issuer": "MT", "style": "other"}, "style"),
    ({"number": "82", "doc_type": "HD", "issuer": "", "style": "state"}, "issuer"),
    ({"number": "82", "doc_type": "HD", "issuer": "mt", "style": "state"}, "issuer"),
    ({"number": "82", "doc_type": "H D", "issuer": "MT", "style": "state"}, "doc_type"),
    ({"number": "82", "doc_type": "hD", "issuer": "MT", "style": "state"}, "doc_type"),
    ({"number": "82", "doc_type": "XYZ", "issuer": "MT", "style": "state"}, "doc_type"),
    ({"number": "82", "issuer": "HD-MT", "style": "state"}, "issuer"),
    ({"number": "82", "year": 2024, "doc_type": "HD", "issuer": "MT", "style": "state"}, "year"),
    ({"number": "82", "year": 2024, "doc_type": "HD", "issuer": "TW", "style": "party"}, "year"),
    ({"number": "82", "issuer": "TW", "style": "party"}, "doc_type"),
    ({"number": "98", "doc_type": "NĐ", "issuer": "CP", "style": "legal"}, "year"),
    ({"number": "98", "year": 23, "doc_type": "NĐ", "issuer": "CP", "style": "legal"}, "year"),
    ({"number": "98", "year": True, "doc_type": "NĐ", "issuer": "CP", "style": "legal"}, "year"),
    ({"number": "98", "year": "2023", "doc_type": "NĐ", "issuer": "CP", "style": "legal"}, "year"),
    ({"number": "98", "year": 2023, "issuer": "NĐ-CP", "style": "legal"}, "issuer"),
]


@pytest.mark.parametrize(("kwargs", "field"), CONSTRUCTOR_REFUSED)
def test_constructor_refuses(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValueError, match=f"^invalid {field}="):
        DocumentRef(**kwargs)  # type: ignore[arg-type]


# --- find_all on the seeds ------------------------------------------------------------------

SEED_REFS = {
    "000_658b2777d976af00.txt": ("124-QĐ/TW", "138-KH/TU"),
    "001_a8b550806935f55b.txt": (),
    "002_a62d43b72d15a40c.txt": (),
    "003_96b00c4c85eac112.txt": (),
    "004_c978d89e8b03f6c9.txt": (),
}


@pytest.mark.parametrize(("name", "expected"), sorted(SEED_REFS.items()))
def test_find_all_on_seeds(name: str, expected: tuple[str, ...]) -> None:
    # The seeds hold dates (12/01/2022, 3-12), counts (138/138), terms (2021-2026), "Covid-19":
    # none of them is a reference.
    text = (SEEDS / name).read_text("utf-8")
    assert tuple(str(r) for r in DocumentRef.find_all(text)) == expected


def test_every_seed_is_covered() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(SEED_REFS)


def test_find_all_in_a_paragraph() -> None:
    text = (
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP và "
        "Nghị định 152/2025/NĐ-CP; Hướng dẫn số 82/HD-MTTW-BTT (Số: 05/HD-MTTW-BTT); Công văn "
        "1121/TTg-QHĐP. Quy định 366-QĐ/TW; 42-HD/TWTN-BKT, 1/3 số phiếu, 27/02/2024, "
        "nhiệm kỳ 2021-2026, 19/2008/NQLT/CP-UBTUMTTQVN, 123/QĐ, 124-QĐ/TW."
    )
    assert [str(r) for r in DocumentRef.find_all(text)] == [
        "06/2022/QH15",
        "98/2023/NĐ-CP",
        "152/2025/NĐ-CP",
        "82/HD-MTTW-BTT",
        "05/HD-MTTW-BTT",
        "1121/TTg-QHĐP",
        "366-QĐ/TW",
        "42-HD/TWTN-BKT",
        "124-QĐ/TW",
    ]
    assert DocumentRef.find_all("") == ()


# --- cite and the type tables ---------------------------------------------------------------


def test_cite_seed_sentence() -> None:
    # Seed 000: "Quy định số 124-QĐ/TW, ngày 02 tháng 02 năm 2018 của Ban Bí thư và Kế hoạch số
    # 138-KH/TU, ngày 05 tháng 7 năm 2018 của Ban Thường vụ Tỉnh ủy".
    seed = (SEEDS / "000_658b2777d976af00.txt").read_text("utf-8")
    first = cite(
        DocumentRef.parse("124-QĐ/TW"),
        kind="Quy định",
        date=date(2018, 2, 2),
        issuer_name="Ban Bí thư",
    )
    second = DocumentRef.parse("138-KH/TU").cite(
        date=date(2018, 7, 5), issuer_name="Ban Thường vụ Tỉnh ủy"
    )
    assert first == "Quy định số 124-QĐ/TW, ngày 02 tháng 02 năm 2018 của Ban Bí thư"
    assert f"{first} và {second}" in seed


CITES = [
    ("98/2023/NĐ-CP", {}, "Nghị định số 98/2023/NĐ-CP"),
    ("01/2024/TT-BNV", {"issuer_name": "Bộ Nội vụ"}, "Thông tư số 01/2024/TT-BNV của Bộ Nội vụ"),
    ("82/HD-MTTW-BTT", {}, "Hướng dẫn số 82/HD-MTTW-BTT"),
    ("1121/TTg-QHĐP", {}, "Công văn số 1121/TTg-QHĐP"),
    (
        "06/2022/QH15",
        {"kind": "Luật", "title": "Thi đua,  khen thưởng", "date": date(2022, 6, 15)},
        "Luật số 06/2022/QH15, ngày 15 tháng 6 năm 2022 Thi đua, khen thưởng",
    ),
    ("366-QĐ/TW", {"kind": "Quy định"}, "Quy định số 366-QĐ/TW"),
]


@pytest.mark.parametrize(("text", "kwargs", "expected"), CITES)
def test_cite(text: str, kwargs: dict[str, object], expected: str) -> None:
    assert cite(DocumentRef.parse(text), **kwargs) == expected  # type: ignore[arg-type]


def test_cite_refuses() -> None:
    with pytest.raises(InvalidValueError, match=r"^invalid ref="):
        cite("124-QĐ/TW")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^invalid kind=.*no default name"):
        cite(DocumentRef.parse("124-QĐ/TW"))  # Party QĐ: Quy định or Quyết định
    with pytest.raises(InvalidValueError, match=r"^invalid kind=.*names no document type"):
        cite(DocumentRef.parse("06/2022/QH15"))
    for field in ("kind", "issuer_name", "title"):
        for bad in ("", "  ", 5):
            with pytest.raises(InvalidValueError, match=f"^invalid {field}="):
                cite(DocumentRef.parse("98/2023/NĐ-CP"), **{field: bad})  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^invalid d="):
        cite(DocumentRef.parse("98/2023/NĐ-CP"), date="2023-12-31")  # type: ignore[arg-type]


def test_doc_type_names() -> None:
    # Nghị định 30/2020/NĐ-CP, Phụ lục III, in the order of the appendix (practice.md §5.1).
    assert tuple(STATE_DOC_TYPES) == (
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC",
        "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
    )  # fmt: skip
    assert doc_type_name("QyĐ") == "Quy định"
    assert doc_type_name(" QĐ ") == "Quyết định"
    assert doc_type_name("NĐ", style="legal") == "Nghị định"
    assert doc_type_name("TT", style="legal") == "Thông tư"
    assert doc_type_name("KL", style="party") == "Kết luận"
    assert set(LEGAL_DOC_TYPES) == {"NĐ", "TT", "QĐ", "NQ"}
    assert "QĐ" not in PARTY_DOC_TYPES
    with pytest.raises(UnknownCodeError, match="party document type 'QĐ'"):
        doc_type_name("QĐ", style="party")
    with pytest.raises(UnknownCodeError):
        doc_type_name("NĐ")
    with pytest.raises(UnknownCodeError):
        doc_type_name(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="style"):
        doc_type_name("HD", style="other")  # type: ignore[arg-type]


def test_serialisation_round_trip() -> None:
    io = pytest.importorskip("mttq.io")
    for row in GOLDEN:
        ref = DocumentRef.parse(row[0])
        assert io.from_data(io.to_data(ref), DocumentRef) == ref


# --- properties -----------------------------------------------------------------------------

_UPPER = "ABCDEGHIKLMNOPQRSTUVXYĐƯ"
_group = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_UPPER),
    st.text(alphabet=_UPPER + "gr0123456789", max_size=6),
)
_issuer = st.lists(_group, min_size=1, max_size=3).map("-".join)
_number = st.integers(1, 999_999).map(str) | st.integers(1, 9).map(lambda n: f"0{n}")


@st.composite
def refs(draw: st.DrawFn) -> DocumentRef:
    style = draw(st.sampled_from(("state", "legal", "party")))
    number = draw(_number)
    issuer = draw(_issuer)
    if style == "party":
        return DocumentRef(number=number, doc_type=draw(_group), issuer=issuer, style="party")
    if style == "legal":
        doc_type = draw(st.none() | _group)
        if doc_type is None:
            issuer = issuer.split("-")[0]
        year = draw(st.integers(1000, 9999))
        return DocumentRef(
            number=number, year=year, doc_type=doc_type, issuer=issuer, style="legal"
        )
    doc_type = draw(st.none() | st.sampled_from(sorted(STATE_DOC_TYPES)))
    if doc_type is None and issuer.split("-")[0] in STATE_DOC_TYPES:
        issuer = "X" + issuer
    return DocumentRef(number=number, doc_type=doc_type, issuer=issuer, style="state")


@given(refs())
def test_str_parse_round_trip(ref: DocumentRef) -> None:
    assert DocumentRef.parse(str(ref)) == ref
    assert DocumentRef.parse(f"Số: {ref}") == ref
    assert DocumentRef.find_all(f"theo văn bản số {ref}, ngày 05 tháng 7 năm 2018.") == (ref,)


@given(st.text(max_size=200))
def test_junk_never_escapes(text: str) -> None:
    assert isinstance(DocumentRef.is_valid(text), bool)
    with contextlib.suppress(MttqError):
        DocumentRef.parse(text)
    assert isinstance(DocumentRef.find_all(text), tuple)


@given(st.text(alphabet="0123456789/-ĐđNQHTWCPgy :Số", max_size=60))
def test_reference_like_junk_never_escapes(text: str) -> None:
    assert isinstance(DocumentRef.is_valid(text), bool)
    for ref in DocumentRef.find_all(text):
        assert DocumentRef.parse(str(ref)) == ref


JUNK = [
    "1/A" + "a" * 10_000 + "_",
    "1-" * 5_000,
    "1/A-" * 2_500,
    "1-A/" * 2_500,
    "1/2024/" * 1_400,
    "\x00\x1b" * 5_000,
    "Số:" * 3_000,
]


@pytest.mark.parametrize("text", JUNK, ids=range(len(JUNK)))
def test_junk_is_refused(text: str) -> None:
    # The time each call takes is checked by benchmarks/junk_bench.py, not here.
    assert not DocumentRef.is_valid(text)
    assert all(isinstance(ref, DocumentRef) for ref in DocumentRef.find_all(text))


def test_cite_reads_a_datetime_as_its_date() -> None:
    ref = DocumentRef.parse("124-QĐ/TW")
    noon = datetime(2018, 2, 2, 12, 0)
    assert cite(ref, kind="Quy định", date=noon) == cite(
        ref, kind="Quy định", date=date(2018, 2, 2)
    )
    assert cite(ref, kind="Quy định", date=noon).endswith("ngày 02 tháng 02 năm 2018")
