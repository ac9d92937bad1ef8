"""Council vote thresholds per award, dated (NĐ 98/2023/NĐ-CP, Điều 30 k7).

A ballot is mandatory for Anh hùng, Chiến sĩ thi đua toàn quốc, CSTĐ bộ/ban/ngành/tỉnh,
CSTĐ cơ sở, Cờ thi đua bộ/ban/ngành/tỉnh and Cờ thi đua của Chính phủ. The share is of ALL
council members, not of those present (absent members vote in writing):

* at least 90% for Anh hùng, CSTĐ toàn quốc and CSTĐ bộ, ban, ngành, tỉnh;
* at least 80% for CSTĐ cơ sở, Cờ thi đua bộ, ban, ngành, tỉnh and Cờ thi đua của Chính phủ.

These are bundled for 2024-01-01 to 2025-06-30 only: NĐ 98/2023 was repealed by
NĐ 152/2025/NĐ-CP on 2025-07-01, and whether NĐ 152 keeps the same thresholds is not
verified, so :func:`vote_threshold` returns ``None`` after that date (pass your own
:class:`~mttq.awards.shapes.VoteThreshold` to :mod:`mttq.voting` if your council's
regulation sets one)::

    >>> from datetime import date
    >>> t = vote_threshold("cstdcs", on=date(2024, 12, 20))
    >>> t.share, t.passes(yes=12, members=15)
    (Decimal('0.8'), True)
    >>> vote_threshold("cstdcs", on=date(2025, 12, 20)) is None
    True
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mttq.awards.catalogue import AwardKind, _within, find_kind
from mttq.awards.shapes import VoteThreshold, _items
from mttq.codes import LAW_06_2022_FROM, ND_98_2023_TO
from mttq.geo import as_date

__all__ = ["THRESHOLDS", "vote_threshold"]

_SOURCE = "NĐ 98/2023/NĐ-CP, Điều 30 k7"

THRESHOLDS: tuple[VoteThreshold, ...] = (
    VoteThreshold(
        id="nd98-2023.vote-90",
        kinds=("anh-hung-llvtnd", "anh-hung-lao-dong", "cstd-toan-quoc", "cstd-bo-tinh"),
        share=Decimal("0.9"),
        source=_SOURCE,
        effective_from=LAW_06_2022_FROM,
        effective_to=ND_98_2023_TO,
    ),
    VoteThreshold(
        id="nd98-2023.vote-80",
        kinds=("cstdcs", "co-thi-dua-bo-tinh", "co-thi-dua-cp"),
        share=Decimal("0.8"),
        source=_SOURCE,
        effective_from=LAW_06_2022_FROM,
        effective_to=ND_98_2023_TO,
    ),
)


def vote_threshold(
    kind: str | AwardKind,
    *,
    on: date,
    thresholds: tuple[VoteThreshold, ...] = THRESHOLDS,
) -> VoteThreshold | None:
    """The vote threshold for ``kind`` at a council meeting on ``on``, or ``None``.

    ``None`` means no ballot threshold is bundled for that award on that day. ``on`` may be
    a datetime: it is read as its date. The last threshold of ``thresholds`` in force for
    ``kind`` wins.

    Raises:
        UnknownCodeError: unknown ``kind``.
        InvalidValueError: ``on`` is not a date, or ``thresholds`` is not a tuple of
            :class:`~mttq.awards.shapes.VoteThreshold`.

    Examples:
        >>> vote_threshold("CSTĐ toàn quốc", on=date(2024, 6, 1)).share
        Decimal('0.9')
        >>> from datetime import datetime
        >>> vote_threshold("cstdcs", on=datetime(2025, 6, 30, 16, 0)).share
        Decimal('0.8')
    """
    code = find_kind(kind).code
    day = as_date(on)
    found: VoteThreshold | None = None
    for t in _items("thresholds", thresholds, VoteThreshold):
        if code in t.kinds and _within(t.effective_from, t.effective_to, day):
            found = t
    return found
