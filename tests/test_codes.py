from __future__ import annotations

import pytest

from mttq.codes import CodeEnum, Level, OrgKind, Rating
from mttq.errors import UnknownCodeError

ENUMS: list[type[CodeEnum]] = [Level, OrgKind, Rating]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_wire_values_are_ascii_and_unique(enum: type[CodeEnum]) -> None:
    values = [m.value for m in enum]
    assert len(set(values)) == len(values)
    for member in enum:
        assert member.value.isascii()
        assert member.value == member.value.lower()
        assert member.label
        assert member.short
        assert enum.parse(member.value) is member
        assert enum.parse(member.label.upper()) is member
        assert enum.parse(member.name) is member


def test_labels() -> None:
    assert Rating.HTXSNV.label == "Hoàn thành xuất sắc nhiệm vụ"
    assert Rating.KHTNV.short == "KHTNV"
    assert Level.DISTRICT.label == "cấp huyện"
    assert OrgKind.HOI_LHPN.short == "Hội LHPN"
    assert OrgKind.STATE.short == OrgKind.STATE.label


def test_parse_folds_case_whitespace_and_eth() -> None:
    assert Level.parse("  Cấp   TỈNH ") is Level.PROVINCE
    assert OrgKind.parse("\u00d0oàn TNCS Hồ Chí Minh") is OrgKind.DOAN_TN


@pytest.mark.parametrize("bad", ["", "cấp thôn", 3, None])
def test_parse_unknown(bad: object) -> None:
    with pytest.raises(UnknownCodeError, match="Level"):
        Level.parse(bad)  # type: ignore[arg-type]
