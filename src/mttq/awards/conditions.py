"""The compiled conditions: one function per requirement shape, reading an index of a history.

Each ``*_node`` function compiles one leaf requirement of :mod:`mttq.awards.requirements`
for one assessment year into a :class:`Node`: ``key`` reduces an :class:`Index` (what the
rules read from one history, built once per check) to the few facts the outcome depends on,
with the outcome (``True``/``False``/``None``) first; ``reason`` explains a key, remembered
per key so that the reason of a common key is built once. :mod:`mttq.awards.engine` combines
the nodes (``AllOf``, ``AnyOf``, ``Qualifies``) and checks histories with them::

    >>> from mttq.awards.history import History, Recipient, YearRating
    >>> from mttq.awards.requirements import CountingPolicy, RatingAtLeast
    >>> from mttq.codes import Rating
    >>> req = RatingAtLeast(rating=Rating.HTTNV, source="Luật 06/2022/QH15, Điều 24 k1")
    >>> node = rating_node(req, 2025)
    >>> h = History(recipient=Recipient(id="p1"),
    ...             ratings=(YearRating(year=2025, rating=Rating.HTXSNV),))
    >>> ix = Index(h, 2025, CountingPolicy(id="p", source="s"))
    >>> print(node.reason(node.key(ix)).text_vi)
    Xếp loại HTTNV trở lên năm đánh giá: đạt (năm 2025) [Luật 06/2022/QH15, Điều 24 k1]

Counting rules (the :class:`~mttq.awards.requirements.CountingPolicy` of the period):
revoked awards never count (Luật 06/2022/QH15 Điều 93); awards of an excluded basis (đột
xuất, chuyên đề) do not count towards regular awards (NĐ 152/2025/NĐ-CP Điều 4 k3); a year
counts only if it started after the end of the latest discipline period, and nothing counts
while a discipline period runs at the end of the assessment year (NĐ 152/2025/NĐ-CP Điều 4
k4); an initiative serves as the basis of one award only (CV 5007/BNV-TĐKT, 2023).

Sources: Luật 06/2022/QH15, Điều 93; NĐ 152/2025/NĐ-CP, Điều 4 k3, k4; CV 5007/BNV-TĐKT (2023).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any, NoReturn

from mttq.awards.catalogue import KINDS_BY_CODE, Category, find_kind
from mttq.awards.decision import Reason, new_reason
from mttq.awards.history import (
    DisciplineLevel,
    GroupStanding,
    History,
    InitiativeKind,
    InitiativeLevel,
)
from mttq.awards.requirements import (
    Attested,
    CountingPolicy,
    HasInitiative,
    HoldsTitle,
    LeadsGroup,
    LeadsMovement,
    MemberCount,
    MemberShare,
    NoDiscipline,
    RatingAtLeast,
    Undetermined,
)
from mttq.codes import Rating
from mttq.errors import InvalidValueError
from mttq.fields import EXACT

__all__ = [
    "CACHE_LIMIT",
    "NO_KEY",
    "FreshFn",
    "Index",
    "Key",
    "KeyFn",
    "KindContext",
    "Node",
    "VerdictFn",
    "attested_node",
    "fresh_parts",
    "holds_node",
    "initiative_node",
    "kind_name",
    "leads_group_node",
    "leads_movement_node",
    "members_node",
    "no_discipline_node",
    "rating_node",
    "undetermined_node",
]

_RANK = {Rating.KHTNV: 0, Rating.HTNV: 1, Rating.HTTNV: 2, Rating.HTXSNV: 3}
_LEVEL = {level: level.rank for level in InitiativeLevel}
_SEVERITY = {level: level.severity for level in DisciplineLevel}
_NEVER = -(10**9)
CACHE_LIMIT = 4096  # entries per cache (one cache per compiled condition and award kind)
_SHORT_WINDOW = 50  # years: a HoldsTitle window up to this long is read year by year
_YEAR_OF = attrgetter("year")
_NOTHING: dict[Any, Any] = {}  # shared by every index that has no such records: never written

# A key: what a compiled condition's outcome depends on, its first item the outcome itself
# (True, False or None); a tuple of ints, strings, bools, tuples and the ``_FRESH`` mark.
Key = tuple[Any, ...]


def _r(  # noqa: PLR0917 - private shorthand
    condition: str,
    source: str,
    met: bool | None,
    years: tuple[int, ...] = (),
    items: tuple[str, ...] = (),
    note: str = "",
    parts: tuple[Reason, ...] = (),
) -> Reason:
    return new_reason(condition, met, source, years, items, note, parts)


def _both(strict: bool, lenient: bool) -> bool | None:
    """Combine the strict and lenient readings of an uncertain counting rule."""
    if strict:
        return True
    if not lenient:
        return False
    return None


class Index:
    """What the rules read from one history for one assessment year, built once.

    Building it also refuses the records that are for a year after the assessment year, in
    the order of the history's fields. Award records hold codes only (:class:`AwardRecord`
    turns a name into its code and refuses an unknown kind when it is built).
    """

    __slots__ = (
        "attest",
        "awards_l",
        "awards_s",
        "discipline",
        "inits",
        "members",
        "memo",
        "movements",
        "policy",
        "rating",
        "reset_l",
        "reset_note",
        "reset_s",
        "standings",
        "used",
        "year",
    )

    def __init__(self, history: History, year: int, policy: CountingPolicy) -> None:
        self.year = year
        self.policy = policy
        # per compiled kind: its key (under the kind) and its verdict (under its ``mark``)
        self.memo: dict[object, Any] = {}
        ratings = history.ratings
        rating = {r.year: _RANK[r.rating] for r in ratings}
        if rating and max(rating) > year:
            _future(ratings, "ratings", year)
        self.rating = rating
        used: dict[str, list[tuple[str, int]]] = _NOTHING
        awards = history.awards
        if awards:
            excluded = policy.excluded_bases
            uncertain = policy.uncertain_bases
            awards_s: dict[str, set[int]] = {}
            awards_l: dict[str, set[int]] = awards_s if not uncertain else {}
            for rec in awards:
                if rec.year > year:
                    _future(awards, "awards", year)
                kind = rec.kind
                if rec.revoked:
                    continue
                if rec.initiatives_used:
                    if used is _NOTHING:
                        used = {}
                    for ini in rec.initiatives_used:
                        used.setdefault(ini, []).append((kind, rec.year))
                basis = rec.basis
                if basis in excluded:
                    continue
                if basis not in uncertain:
                    years = awards_s.get(kind)
                    if years is None:
                        awards_s[kind] = {rec.year}
                    else:
                        years.add(rec.year)
                if awards_l is not awards_s:
                    awards_l.setdefault(kind, set()).add(rec.year)
            self.awards_s = awards_s
            self.awards_l = awards_l
        else:
            self.awards_s = self.awards_l = _NOTHING
        self.used = used
        inits = history.initiatives
        if inits and max(map(_YEAR_OF, inits)) > year:
            _future(inits, "initiatives", year)
        self.inits = inits
        attestations = history.attestations
        if attestations:
            if max(map(_YEAR_OF, attestations)) > year:
                _future(attestations, "attestations", year)
            # the criteria certified for the assessment year (the only year rules read)
            attest: dict[str, bool] = {}
            for a in attestations:
                if a.year == year:
                    criterion = a.criterion
                    if criterion not in attest:
                        attest[criterion] = a.met
                    elif not a.met:  # a refusal wins over a certification
                        attest[criterion] = False
            self.attest = attest
        else:
            self.attest = _NOTHING
        if history.members:
            members = {m.year: m for m in history.members}
            if max(members) > year:
                _future(history.members, "members", year)
            self.members = members
        else:
            self.members = _NOTHING
        if history.standings:
            standings: dict[int, list[GroupStanding]] = {}
            for st in history.standings:
                if st.year > year:
                    _future(history.standings, "standings", year)
                standings.setdefault(st.year, []).append(st)
            self.standings = standings
        else:
            self.standings = _NOTHING
        for mv in history.movements:
            if mv.end_year > year:
                _future(history.movements, "movements", year)
        self.movements = history.movements
        self.discipline = history.discipline
        if history.discipline:
            self._reset(history, year, policy)
        else:
            self.reset_s = self.reset_l = _NEVER
            self.reset_note = ""

    def _reset(self, history: History, year: int, policy: CountingPolicy) -> None:
        """The last year of discipline (nothing up to it counts) and a note saying why."""
        reset = _NEVER
        note = ""
        last_day = date(year, 12, 31)
        for i, p in sorted(enumerate(history.discipline), key=lambda ip: ip[1].start):
            if p.start > last_day:
                raise InvalidValueError(
                    ("discipline", i, "start"), p.start, f"is after year={year}"
                )
            if p.end is None or p.end > last_day:
                last = year
                note = f"đang chịu kỷ luật {p.level.label} từ {p.start:%d/%m/%Y}"
            else:
                last = p.end.year
                if last >= reset:
                    note = f"kỷ luật {p.level.label} kết thúc ngày {p.end:%d/%m/%Y}"
            reset = max(reset, last)
        flag = policy.reset_after_discipline
        self.reset_s = reset if flag is not False else _NEVER
        self.reset_l = reset if flag is True else _NEVER
        self.reset_note = note


def _future(items: Sequence[object], name: str, year: int) -> NoReturn:
    """Raise for the first record of ``items`` that is for a year after ``year``."""
    for i, item in enumerate(items):
        value = getattr(item, "end_year", None) or getattr(item, "year")  # noqa: B009
        if value > year:
            field = "end_year" if hasattr(item, "end_year") else "year"
            raise InvalidValueError((name, i, field), value, f"is after year={year}")
    raise AssertionError("unreachable")  # pragma: no cover


KeyFn = Callable[[Index], Key]
VerdictFn = Callable[[Index], bool | None]


def _first(key: KeyFn) -> VerdictFn:
    """The verdict of a leaf condition: the first item of its key."""

    def verdict(ix: Index) -> bool | None:
        met: bool | None = key(ix)[0]
        return met

    return verdict


# Ends a key that names records of one history (initiative ids): its reason is not shared
# with other histories, so it is not remembered (it would only fill the caches, and the
# garbage collector would walk them).
_FRESH = object()
FreshFn = Callable[[Key], bool]


def _fresh_leaf(key: Key) -> bool:
    return key[-1] is _FRESH


def fresh_parts(parts: Sequence[FreshFn | None]) -> FreshFn | None:
    """Whether a compound key ``(met, key, ...)`` holds a fresh key of its parts."""
    tests = tuple((i, f) for i, f in enumerate(parts, start=1) if f is not None)
    if not tests:
        return None

    def fresh(key: Key) -> bool:
        for i, f in tests:  # noqa: SIM110 - a loop is faster than any() over a generator
            if f(key[i]):
                return True
        return False

    return fresh


class Node:
    """One compiled condition: ``key`` reads an index, ``reason`` explains a key.

    ``reason`` remembers the reasons it built (up to ``CACHE_LIMIT`` keys, then it starts
    afresh), so the reason of a common key is built once. ``parts`` are the compiled parts
    of a compound condition; ``fresh`` tells whether a key names one history's records
    (``None``: none of its keys does). ``verdict`` is the outcome alone (the first item of
    the key), which a compound finds by stopping at the first part that decides it.
    """

    __slots__ = ("build", "cache", "fresh", "key", "parts", "verdict")

    def __init__(
        self,
        key: KeyFn,
        build: Callable[[Key], Reason],
        parts: tuple[Node, ...] = (),
        *,
        fresh: FreshFn | None = None,
        verdict: VerdictFn | None = None,
    ) -> None:
        self.key = key
        self.build = build
        self.parts = parts
        self.verdict: VerdictFn = verdict if verdict is not None else _first(key)
        self.fresh: FreshFn | None = (
            fresh if fresh is not None else fresh_parts([p.fresh for p in parts])
        )
        self.cache: dict[Key, Reason] = {}

    def reason(self, key: Key) -> Reason:
        """The explained reason of ``key`` (remembered unless the key is fresh)."""
        fresh = self.fresh
        if fresh is not None and fresh(key):  # not remembered: no need to look it up
            return self.build(key)
        found = self.cache.get(key)
        if found is None:
            found = self.build(key)
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            self.cache[key] = found
        return found

    def part_reasons(self, key: Key) -> tuple[Reason, ...]:
        """The reasons of the parts of a compound, from its key ``(met, key, ...)``."""
        return tuple([p.reason(k) for p, k in zip(self.parts, key[1:], strict=True)])


NO_KEY: Key = (None,)
_YES: Key = (True,)
_NO: Key = (False,)


def kind_name(code: str) -> str:
    """The short name of an award kind's code, as explanations write it (else the code)."""
    kind = KINDS_BY_CODE.get(code)
    return kind.short if kind is not None else code


# What an initiative condition names, by kind of recognised work.
_WORKS = {
    InitiativeKind.INITIATIVE: "sáng kiến",
    InitiativeKind.RESEARCH: "đề tài, đề án, công trình khoa học",
    InitiativeKind.COMBAT: "sáng kiến, giải pháp chiến đấu",
}
_RESEARCH_ONLY = frozenset((InitiativeKind.RESEARCH,))
_TOP_LEVEL = max(_LEVEL.values())


def _initiative_label(title: str, ident: str) -> str:
    """How an explanation names an initiative: its title in quotes, else its id."""
    return f"“{title}”" if title else ident


def _years_text(n: int) -> str:
    return "năm đánh giá" if n == 1 else f"{n} năm liên tục đến năm đánh giá"


class KindContext:
    """The award kind whose rules a compiled condition belongs to (category set last)."""

    __slots__ = ("category", "code")

    def __init__(self, code: str) -> None:
        self.code = code
        self.category: Category | None = None


# Tags of the rating keys (the second item; the first is the outcome).
_LOW, _MISSING, _OK, _RESET, _UNSURE_TAG = 0, 1, 2, 3, 4


_UNSURE_RESET = "; chưa rõ có tính lại không"
_UNSURE = "chưa rõ khen thưởng đột xuất, chuyên đề hoặc thời gian trước kỷ luật có được tính"
_OTHER_CONDITION = "Điều kiện khác"
_NOT_ENCODED = "chưa được mã hóa"


def rating_node(req: RatingAtLeast, y: int) -> Node:
    """A :class:`RatingAtLeast` for assessment year ``y``: a rating, a streak or a window."""
    need = _RANK[req.rating]
    n, w = req.years, req.within_years
    label = req.rating.short
    better = "" if req.rating is Rating.HTXSNV else " trở lên"
    if w is None:
        cond = f"Xếp loại {label}{better} {_years_text(n)}"
    else:
        cond = f"Có ít nhất {n} năm xếp loại {label}{better} trong {w} năm gần nhất"
    src = req.source
    first = y - n + 1
    streak_years = tuple(range(first, y + 1))
    low: Key = (False, _LOW, (y,))
    missing: Key = (None, _MISSING, (y,))
    ok: Key = (True, _OK, (y,) if n == 1 else streak_years)

    def single(ix: Index) -> Key:
        r = ix.rating.get(y)
        if r is not None and r < need:
            return low
        if y <= ix.reset_l:
            return (False, _RESET, ix.reset_note)
        if r is None:
            return missing
        if y <= ix.reset_s:
            return (None, _UNSURE_TAG, ix.reset_note)
        return ok

    def streak(ix: Index) -> Key:
        ratings = ix.rating
        bad: list[int] = []
        absent: list[int] = []
        for yy in streak_years:
            r = ratings.get(yy)
            if r is None:
                absent.append(yy)
            elif r < need:
                bad.append(yy)
        if bad:
            return (False, _LOW, tuple(bad))
        if first <= ix.reset_l:
            return (False, _RESET, ix.reset_note)
        if absent:
            return (None, _MISSING, tuple(absent))
        if first <= ix.reset_s:
            return (None, _UNSURE_TAG, ix.reset_note)
        return ok

    def build(key: Key) -> Reason:
        met, tag, data = key
        if tag == _LOW:
            return _r(cond, src, met, data, note="xếp loại thấp hơn")
        if tag == _RESET:
            return _r(cond, src, met, note=data)
        if tag == _MISSING:
            return _r(cond, src, met, data, note="thiếu xếp loại")
        if tag == _UNSURE_TAG:
            return _r(cond, src, met, note=data + _UNSURE_RESET)
        return _r(cond, src, met, data)

    if w is None:
        return Node(single if n == 1 else streak, build)
    window_years = tuple(range(y - w + 1, y + 1))

    def window(ix: Index) -> Key:
        ratings = ix.rating
        reset_l, reset_s = ix.reset_l, ix.reset_s
        good_s: list[int] = []
        good_l: list[int] = []
        unknown = 0
        for yy in window_years:
            if yy <= reset_l:
                continue
            r = ratings.get(yy)
            if r is None:
                unknown += 1
            elif r >= need:
                good_l.append(yy)
                if yy > reset_s:
                    good_s.append(yy)
        if len(good_s) >= n:
            return (True, tuple(good_s))
        if len(good_l) + unknown < n:
            return (False, tuple(good_l))
        return (None, tuple(good_l))

    def build_window(key: Key) -> Reason:
        met, years = key
        if met:
            return _r(cond, src, True, years)
        if met is False:
            return _r(cond, src, False, years, note=f"chỉ {len(years)}")
        return _r(cond, src, None, years, note="thiếu dữ liệu")

    return Node(window, build_window)


def holds_node(req: HoldsTitle, y: int) -> Node:
    """A :class:`HoldsTitle` for assessment year ``y``: the counted awards of the window."""
    kinds = tuple(find_kind(k).code for k in req.kinds)  # a name counts as its code
    names = ", ".join(f"“{kind_name(k)}”" for k in kinds)
    count, consecutive, period, w, before = (
        req.count,
        req.consecutive,
        req.period,
        req.within_years,
        req.before,
    )
    times = f"{count} lần" + (" liên tục" if consecutive else "")
    if before and w is not None:
        cond = f"Được tặng {names} {times} trong các năm từ {y - w + 1} đến {y - before}"
    elif before:
        cond = f"Đã được tặng {names} {times} từ năm {y - before} trở về trước"
    elif w is not None:
        cond = f"Được tặng {names} {times} trong {w} năm gần nhất đến năm đánh giá"
    else:
        cond = f"Đã được tặng {names} {times}"
    src = req.source
    hi = y - before
    lo = y - w + 1 if w is not None else _NEVER

    def collect(awards: dict[str, set[int]], reset: int) -> Collection[int]:
        low = lo if lo > reset else reset + 1
        out: set[int] = set()
        for k in kinds:
            ys = awards.get(k)
            if ys:
                out.update(yy for yy in ys if low <= yy <= hi)
        return out

    def ordered(years: Collection[int]) -> tuple[int, ...]:
        return tuple(sorted(years))

    if len(kinds) == 1 and w is not None and w - before <= _SHORT_WINDOW:
        # One kind in a short window (every bundled rule): the years of the window, in
        # order, that have an award; already sorted.
        only = kinds[0]
        window = tuple(range(lo, hi + 1))

        def collect(awards: dict[str, set[int]], reset: int) -> Collection[int]:
            ys = awards.get(only)
            if not ys:
                return ()
            if reset < lo:
                return tuple([x for x in window if x in ys])
            return tuple([x for x in window if x > reset and x in ys])

        def ordered(years: Collection[int]) -> tuple[int, ...]:
            return years  # type: ignore[return-value]

    def chain(years: Collection[int]) -> tuple[int, ...] | None:
        """The years that meet the count (``years`` holds at least ``count``), or None."""
        if not consecutive:
            return ordered(years)
        for e in sorted(years, reverse=True):
            run = tuple(e - k * period for k in range(count))
            if all(x in years for x in run):
                return tuple(sorted(run))
        return None

    # A window just long enough for the run holds one possible run: test its years.
    if consecutive and w is not None and hi - lo == (count - 1) * period:
        fixed = tuple(range(lo, hi + 1, period))

        def chain(years: Collection[int]) -> tuple[int, ...] | None:
            for x in fixed:
                if x not in years:
                    return None
            return fixed

    def key(ix: Index) -> Key:
        awards_s, awards_l = ix.awards_s, ix.awards_l
        if not awards_s and awards_l is awards_s:  # no award counts
            return (False, (), ix.reset_note if ix.reset_l > _NEVER else "")
        strict = collect(awards_s, ix.reset_s)
        if len(strict) >= count:
            found = chain(strict)
            if found is not None:
                return (True, found)
        if awards_l is awards_s and ix.reset_l == ix.reset_s:
            lenient, met = strict, False  # the same years: no chain either
        else:
            lenient = collect(awards_l, ix.reset_l)
            met = len(lenient) >= count and chain(lenient) is not None
        if not met:
            note = ix.reset_note if ix.reset_l > _NEVER else ""
            return (False, ordered(lenient) if lenient else (), note)
        return (None, ordered(lenient), _UNSURE)

    def build(key: Key) -> Reason:
        if key[0]:
            return _r(cond, src, True, key[1])
        met, years, note = key
        return _r(cond, src, met, years, note=note)

    return Node(key, build)


def initiative_node(req: HasInitiative, y: int, kc: KindContext) -> Node:
    """A :class:`HasInitiative` of the rules of ``kc`` for assessment year ``y``."""
    levels = frozenset(level for level, rank in _LEVEL.items() if rank >= req.level.rank)
    kinds = frozenset(req.kinds)
    count, w, unused = req.count, req.within_years, req.unused
    what = " hoặc ".join(_WORKS[k] for k in req.kinds)
    above = "" if req.level.rank == _TOP_LEVEL else " trở lên"
    verb = "được nghiệm thu, công nhận" if kinds == _RESEARCH_ONLY else "được công nhận"
    cond = f"Có {count} {what} {verb} ở {req.level.label}{above}"
    if w is not None:
        cond += " trong năm đánh giá" if w == 1 else f" trong {w} năm gần nhất"
    if unused:
        cond += ", chưa dùng làm căn cứ khen thưởng khác"
    src = req.source
    lo = y - w + 1 if w is not None else _NEVER
    none: Key = (False, (), "")

    def status(ix: Index, ini_id: str, label: str) -> tuple[bool | None, str]:
        """Whether an initiative is free (True), used (False) or uncertain (None)."""
        uses = ix.used.get(ini_id)
        if not unused or not uses:
            return True, ""
        result: bool | None = True
        why = ""
        policy = ix.policy
        for used_for, yy in sorted(uses):
            if used_for == kc.code and yy == y:
                continue
            used_category = KINDS_BY_CODE[used_for].category
            if used_category is not kc.category or used_category is Category.FORM:
                flag = policy.initiative_single_use
                verdict: bool | None = None if flag is None else not flag
            else:
                flag = policy.reuse_between_titles
                verdict = flag
            if verdict is False or (verdict is None and result is True):
                result = verdict
                why = f"{label} đã dùng cho {kind_name(used_for)} năm {yy}"
            if result is False:
                break
        return result, why

    def key(ix: Index) -> Key:
        if not ix.inits:
            return none
        reset_l = ix.reset_l
        strict: list[tuple[str, str]] = []  # (id, label), sorted by id below
        lenient: list[tuple[str, str]] = []
        notes: list[str] = []
        for ini in ix.inits:
            year = ini.year
            if (
                not lo <= year <= y
                or ini.level not in levels
                or ini.kind not in kinds
                or year <= reset_l
            ):
                continue
            label = _initiative_label(ini.title, ini.id)
            ok, why = status(ix, ini.id, label)
            if why:
                notes.append(why)
            if ok is False:
                continue
            lenient.append((ini.id, label))
            if ok and year > ix.reset_s:
                strict.append((ini.id, label))
        if not lenient and not notes:
            return none
        note = "; ".join(sorted(notes))
        if len(strict) >= count:
            return (True, tuple([label for _, label in sorted(strict)]), note, _FRESH)
        met = _both(False, len(lenient) >= count)
        return (met, tuple([label for _, label in sorted(lenient)]), note, _FRESH)

    def build(key: Key) -> Reason:
        return new_reason(cond, key[0], src, (), key[1], key[2], ())

    return Node(key, build, fresh=_fresh_leaf)


def no_discipline_node(req: NoDiscipline, y: int) -> Node:
    """A :class:`NoDiscipline` for the window ending with assessment year ``y``."""
    sev = _SEVERITY[req.at_least]
    w = req.within_years
    when = "trong năm đánh giá" if w == 1 else f"trong {w} năm gần nhất"
    cond = f"Không bị kỷ luật từ mức {req.at_least.label} trở lên {when}"
    src = req.source
    clean: Key = (True, ())
    # A window reaching before year 1 starts at year 1: no date is earlier.
    start, end = date(max(1, y - w + 1), 1, 1), date(y, 12, 31)

    def key(ix: Index) -> Key:
        if not ix.discipline:
            return clean
        hits = tuple(
            sorted(
                f"{p.level.label} từ {p.start:%d/%m/%Y}"
                for p in ix.discipline
                if _SEVERITY[p.level] >= sev
                and p.start <= end
                and (p.end is None or p.end >= start)
            )
        )
        return (not hits, hits)

    def build(key: Key) -> Reason:
        met, hits = key
        return _r(cond, src, met, items=hits)

    return Node(key, build)


def attested_node(req: Attested, y: int) -> Node:
    """An :class:`Attested` criterion of assessment year ``y``."""
    # ``y`` is the index's year: the index keeps the attestations of that year only
    crit, cond, src = req.criterion, req.description, req.source

    def key(ix: Index) -> Key:
        met = ix.attest.get(crit)
        if met is True:
            return _YES
        if met is False:
            return _NO
        return NO_KEY if met is None else (met,)

    def build(key: Key) -> Reason:
        met = key[0]
        return _r(cond, src, met, note="chưa có xác nhận" if met is None else "")

    return Node(key, build)


def members_node(req: MemberShare | MemberCount, y: int) -> Node:
    """A :class:`MemberShare` or :class:`MemberCount` of assessment year ``y``."""
    field = attrgetter(req.measure.value)
    src = req.source
    if isinstance(req, MemberShare):
        percent = format((req.at_least * 100).normalize(), "f").replace(".", ",")
        cond = f"Tỷ lệ {req.measure.label} đạt từ {percent}% trở lên"
        share = req.at_least

        def test(count: int, total: int) -> bool:
            return total > 0 and Decimal(count) >= EXACT.multiply(share, Decimal(total))

    else:
        low, high = req.at_least, req.at_most
        if high == 0:
            cond = f"Không có {req.measure.label}"
        elif high is None:
            cond = f"Có ít nhất {low} {req.measure.label}"
        else:
            cond = f"Có từ {low} đến {high} {req.measure.label}"

        def test(count: int, total: int) -> bool:
            return count >= low and (high is None or count <= high)

    def key(ix: Index) -> Key:
        m = ix.members.get(y)
        if m is None:
            return NO_KEY
        count = field(m)
        return (test(count, m.members), count, m.members)

    def build(key: Key) -> Reason:
        if len(key) == 1:
            return _r(cond, src, None, note="thiếu số liệu thành viên")
        met, count, total = key
        return _r(cond, src, met, (y,), note=f"{count}/{total}")

    return Node(key, build)


def leads_group_node(req: LeadsGroup, y: int) -> Node:
    """A :class:`LeadsGroup` for assessment year ``y``."""
    orgs = frozenset(req.organisers)
    cond = "Dẫn đầu cụm, khối thi đua do " + " hoặc ".join(o.label for o in req.organisers)
    cond += " tổ chức"
    src = req.source

    def key(ix: Index) -> Key:
        rows = [s for s in ix.standings.get(y, ()) if s.organiser in orgs]
        if not rows:
            return NO_KEY
        led = tuple(sorted(s.group for s in rows if s.leader))
        if led:
            return (True, led)
        return (False, tuple(sorted(s.group for s in rows)))

    def build(key: Key) -> Reason:
        if len(key) == 1:
            return _r(cond, src, None, note="không có dữ liệu cụm, khối thi đua")
        met, groups = key
        return _r(cond, src, met, (y,), groups)

    return Node(key, build)


def leads_movement_node(req: LeadsMovement, y: int) -> Node:
    """A :class:`LeadsMovement` whose movement ends in assessment year ``y``."""
    orgs = frozenset(req.organisers)
    cond = (
        f"Dẫn đầu phong trào thi đua theo chuyên đề từ {req.min_years} năm trở lên do "
        + " hoặc ".join(o.label for o in req.organisers)
        + " phát động, khi tổng kết"
    )
    minimum, src = req.min_years, req.source
    nothing: Key = (False, ())

    def key(ix: Index) -> Key:
        if not ix.movements:
            return nothing
        rows = [m for m in ix.movements if m.end_year == y and m.organiser in orgs]
        ok = tuple(sorted(m.movement for m in rows if m.leader and m.years >= minimum))
        if ok:
            return (True, ok)
        return (False, tuple(sorted(m.movement for m in rows)))

    def build(key: Key) -> Reason:
        met, names = key
        if met:
            return _r(cond, src, True, (y,), names)
        return _r(cond, src, False, items=names)

    return Node(key, build)


def undetermined_node(req: Undetermined) -> Node:
    """An :class:`Undetermined` part: never decided (its description says what is unknown)."""
    if req.description:
        reason = _r(req.description, req.source, None)
    else:
        reason = _r(_OTHER_CONDITION, req.source, None, note=_NOT_ENCODED)
    return Node(lambda ix: NO_KEY, lambda key: reason, verdict=lambda ix: None)
