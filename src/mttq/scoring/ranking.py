"""Ranking: :func:`rank` totals with competition ranking (1, 2, 2, 4) and stated tie-breakers.

Equal totals are separated only by the :class:`TieBreaker` values the
caller states, in order; a tie that remains is shared, never broken by input order. The
preference for women-led collectives is Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6; no rule for
other tie-breakers is known, so which ones apply is the caller's choice. Each unit's place is
a :class:`Ranked`; :func:`explain_ranking` says it in Vietnamese.

Examples:
    >>> from decimal import Decimal
    >>> print(explain_ranking([Ranked(unit="A", rank=1, total=Decimal(97)),
    ...                        Ranked(unit="B", rank=1, total=Decimal(97), tied=True)]))
    Kết quả xếp hạng:
    A: hạng 1, 97 điểm.
    B: hạng 1 (đồng hạng), 97 điểm.

Sources:
    * Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6 (the women-led preference).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import (
    Decimal,
)

import attrs

from mttq.codes import CodeEnum
from mttq.errors import InvalidValueError
from mttq.scoring.codes import (
    ZERO,
    check_labelled,
    fmt,
    trusted,
)
from mttq.scoring.sheets import ScoreResult

__all__ = [
    "Ranked",
    "TieBreaker",
    "explain_ranking",
    "rank",
]


class TieBreaker(CodeEnum):
    """A stated criterion that separates units with equal totals, in the order given.

    ``women-led`` is the preference of NĐ 152/2025/NĐ-CP Điều 4 khoản 6 for women and for
    collectives with at least 70% women; the caller says which units qualify.

    Examples:
        >>> TieBreaker.WOMEN_LED.value
        'women-led'
    """

    HIGHER_BONUS = "higher-bonus", "điểm thưởng cao hơn"
    FEWER_DEDUCTIONS = "fewer-deductions", "ít điểm trừ hơn"
    MORE_VOTES = "more-votes", "nhiều phiếu bầu hơn"
    WOMEN_LED = (
        "women-led",
        "ưu tiên tập thể nữ hoặc có từ 70% nữ trở lên (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6)",
    )


# --- ranking --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Ranked:
    """One unit's place in a ranking.

    Attributes:
        unit: the unit's code.
        rank: the competition rank (1, 2, 2, 4).
        total: the unit's total.
        tied: whether another unit shares the rank after every tie-breaker.
        broken_by: the tie-breaker that set this unit apart from the units with the same
            total (the last one needed), or ``None``.
        group: the group (cluster) ranked within, if any.
        bonus: the unit's bonus points.
        deductions: the unit's deductions.

    Examples:
        >>> from mttq.scoring.sheets import ScoreSheet, score

        >>> from mttq.scoring.rubric import Criterion, Rubric
        >>> r = Rubric(id="r", title="R", criteria=(
        ...     Criterion(id="1", title="A", max_points=Decimal(100)),))
        >>> res = [score(r, ScoreSheet(unit=u, agreed_scores={"1": 90})) for u in "AB"]
        >>> [(x.unit, x.rank, x.tied) for x in rank(res)]
        [('A', 1, True), ('B', 1, True)]

    Raises:
        InvalidValueError: built by hand with a field of the wrong type or a rank below 1
            (the error names the field); :func:`rank` builds its entries through a fast path
            without the check.
    """

    unit: str
    rank: int
    total: Decimal
    tied: bool = False
    broken_by: TieBreaker | None = None
    group: str | None = None
    bonus: Decimal = ZERO
    deductions: Decimal = ZERO

    def __attrs_post_init__(self) -> None:
        check_labelled(self)
        if self.rank < 1:
            raise InvalidValueError("rank", self.rank, "ranks start at 1")

    def explain(self) -> str:
        """One Vietnamese sentence on this place.

        Examples:
            >>> print(Ranked(unit="HND", rank=2, total=Decimal("95.5"), tied=True).explain())
            HND: hạng 2 (đồng hạng), 95,5 điểm.
        """
        text = f"{self.unit}: hạng {self.rank}"
        if self.tied:
            text += " (đồng hạng)"
        text += f", {fmt(self.total)} điểm"
        if self.group is not None:
            text += f", cụm/khối {self.group}"
        if self.broken_by is not None:
            text += f"; phân định khi bằng điểm theo tiêu chí: {self.broken_by.label}"
        return text + "."


def _parse_tie_breakers(value: object) -> tuple[TieBreaker, ...]:
    if isinstance(value, (str, TieBreaker)) or not isinstance(value, Iterable):
        raise InvalidValueError("tie_breakers", value, "expected a tuple of TieBreaker codes")
    out: list[TieBreaker] = []
    for item in value:
        if isinstance(item, TieBreaker):
            code = item
        elif isinstance(item, str):
            code = TieBreaker.parse(item)
        else:
            raise InvalidValueError("tie_breakers", item, "expected a TieBreaker code")
        if code in out:
            raise InvalidValueError("tie_breakers", code.value, "listed twice")
        out.append(code)
    return tuple(out)


def rank(
    results: Iterable[ScoreResult],
    *,
    tie_breakers: Sequence[TieBreaker | str] = (),
    votes: Mapping[str, int] | None = None,
    women_led: Collection[str] = frozenset(),
    groups: Mapping[str, str] | None = None,
) -> tuple[Ranked, ...]:
    """Rank units by total with competition ranking (1, 2, 2, 4).

    Equal totals are separated only by the stated tie-breakers, in order; a tie that remains
    is shared, whatever the input order. No rule for tie-breaking was found beyond the
    preference of NĐ 152/2025/NĐ-CP Điều 4 khoản 6, so none is applied unless asked for.

    Args:
        results: one result per unit, in any order.
        tie_breakers: the tie-breakers to apply, in order (``"higher-bonus"``,
            ``"fewer-deductions"``, ``"more-votes"``, ``"women-led"``).
        votes: unit -> votes received; required by ``more-votes`` (a unit not listed has 0).
        women_led: units that qualify for the ``women-led`` preference.
        groups: unit -> group (cluster) id; when given, each group is ranked on its own and
            every unit must have a group.

    Returns:
        The ranking, ordered by group, then rank, then unit code.

    Raises:
        InvalidValueError: a result for the same unit twice, a unit without a group, bad
            votes, or ``more-votes`` without ``votes``.

    Examples:
        >>> from mttq.scoring.sheets import ScoreSheet, score

        >>> from mttq.scoring.rubric import Criterion, Rubric
        >>> r = Rubric(id="r", title="R", criteria=(
        ...     Criterion(id="1", title="A", max_points=Decimal(100)),))
        >>> res = [score(r, ScoreSheet(unit=u, agreed_scores={"1": p}))
        ...        for u, p in [("D", 80), ("C", 90), ("B", 90), ("A", 95)]]
        >>> [(x.unit, x.rank) for x in rank(res)]
        [('A', 1), ('B', 2), ('C', 2), ('D', 4)]
    """
    breakers = _parse_tie_breakers(tie_breakers)
    if isinstance(results, (str, bytes, Mapping)) or not isinstance(results, Iterable):
        raise InvalidValueError("results", results, "expected an iterable of ScoreResult")
    items: dict[str, ScoreResult] = {}
    for result in results:
        if not isinstance(result, ScoreResult):
            raise InvalidValueError("results", result, "expected a ScoreResult")
        if result.unit in items:
            raise InvalidValueError("results", result.unit, "two results for one unit")
        items[result.unit] = result
    if TieBreaker.MORE_VOTES in breakers and votes is None:
        raise InvalidValueError("votes", None, "the tie-breaker more-votes needs the votes")
    if votes is not None:
        if not isinstance(votes, Mapping):
            raise InvalidValueError("votes", votes, "expected a mapping unit -> votes")
        for unit, count in votes.items():
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise InvalidValueError(f"votes[{unit}]", count, "expected a whole number >= 0")
    if isinstance(women_led, str) or not isinstance(women_led, Iterable):
        raise InvalidValueError("women_led", women_led, "expected a collection of unit codes")
    women = frozenset(women_led)
    if groups is not None and not isinstance(groups, Mapping):
        raise InvalidValueError("groups", groups, "expected a mapping unit -> group")
    by_group: dict[str | None, list[ScoreResult]] = {}
    for unit, result in items.items():
        group: str | None = None
        if groups is not None:
            found = groups.get(unit)
            if not isinstance(found, str):
                raise InvalidValueError(f"groups[{unit}]", found, "every unit needs a group id")
            group = found
        by_group.setdefault(group, []).append(result)

    def key(r: ScoreResult) -> tuple[Decimal | int, ...]:
        parts: list[Decimal | int] = []
        for b in breakers:
            if b is TieBreaker.HIGHER_BONUS:
                parts.append(r.bonus)
            elif b is TieBreaker.FEWER_DEDUCTIONS:
                parts.append(-r.deductions)
            elif b is TieBreaker.MORE_VOTES:
                assert votes is not None
                parts.append(votes.get(r.unit, 0))
            else:
                parts.append(1 if r.unit in women else 0)
        return tuple(parts)

    out: list[Ranked] = []
    for group in sorted(by_group, key=lambda g: (g is not None, g or "")):
        members = by_group[group]
        keyed = sorted(
            ((r.total, key(r), r) for r in members), key=lambda t: (t[0], t[1]), reverse=True
        )
        position = 0
        placed: list[Ranked] = []
        i = 0
        while i < len(keyed):
            total, k, _ = keyed[i]
            j = i
            while j < len(keyed) and keyed[j][0] == total and keyed[j][1] == k:
                j += 1
            block = keyed[i:j]
            position = i + 1
            # the deepest tie-breaker needed against the nearest other key of the same total
            depths: list[int] = []
            for neighbour in (i - 1, j):
                if 0 <= neighbour < len(keyed) and keyed[neighbour][0] == total:
                    other = keyed[neighbour][1]
                    depth = next(n for n, (a, b) in enumerate(zip(k, other, strict=True)) if a != b)
                    depths.append(depth)
            broken = breakers[max(depths)] if depths else None
            for _, _, r in block:
                placed.append(
                    trusted(
                        Ranked,
                        unit=r.unit,
                        rank=position,
                        total=total,
                        tied=len(block) > 1,
                        broken_by=broken,
                        group=group,
                        bonus=r.bonus,
                        deductions=r.deductions,
                    )
                )
            i = j
        placed.sort(key=lambda x: (x.rank, x.unit))
        out.extend(placed)
    return tuple(out)


def explain_ranking(ranking: Iterable[Ranked]) -> str:
    """Explain a ranking in Vietnamese, one line per unit.

    Examples:
        >>> print(explain_ranking([Ranked(unit="A", rank=1, total=Decimal(97)),
        ...                        Ranked(unit="B", rank=2, total=Decimal(95))]))
        Kết quả xếp hạng:
        A: hạng 1, 97 điểm.
        B: hạng 2, 95 điểm.

    Raises:
        InvalidValueError: not an iterable of :class:`Ranked`.
    """
    if isinstance(ranking, (str, bytes, Mapping)) or not isinstance(ranking, Iterable):
        raise InvalidValueError("ranking", ranking, "expected the tuple rank() returns")
    lines = ["Kết quả xếp hạng:"]
    for entry in ranking:
        if not isinstance(entry, Ranked):
            raise InvalidValueError("ranking", entry, "expected Ranked values")
        lines.append(entry.explain())
    return "\n".join(lines)
