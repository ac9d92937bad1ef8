"""The eligibility engine: evaluates a rule set against a recipient's history, and bonus arithmetic.

The engine never imports the bundled rules: it takes a :class:`~mttq.awards.shapes.RuleSet`
as an argument and compiles each rule once (per award kind, assessment year and recipient
kind) into small functions that read a light index of one history, so many checks are
cheap::

    >>> from mttq.awards.model import History, Recipient, YearRating, Attestation
    >>> from mttq.awards.shapes import AllOf, Attested, AwardRule, RatingAtLeast, RuleSet
    >>> from mttq.codes import Rating
    >>> rules = RuleSet(rules=(AwardRule(
    ...     id="demo.ldtt", kind="ldtt", source="Luật 06/2022/QH15, Điều 24",
    ...     requirement=AllOf(parts=(
    ...         RatingAtLeast(rating=Rating.HTTNV, source="Luật 06/2022/QH15, Điều 24 k1"),
    ...     ))),))
    >>> h = History(recipient=Recipient(id="p1"),
    ...             ratings=(YearRating(year=2025, rating=Rating.HTTNV),))
    >>> evaluate(rules, "ldtt", h, year=2025).eligible
    True

How it is fast: each compiled condition first reduces the history to a small *key*, the few
facts its outcome depends on (a rating, an attestation, the matching initiatives...), with
the outcome (met or not) as the key's first item. The explained :class:`Reason` of a key,
and the reasons of a whole award kind, are built once and shared by every history with the
same key. :meth:`Engine.decide` finds the outcome alone: it stops at the first part that
decides an ``AllOf`` (one not met) or an ``AnyOf`` (one met), and builds no explanation.

Logic is three-valued: a condition is met (``True``), not met (``False``) or undetermined
(``None``, e.g. a rating or an attestation is missing, or the counting policy of the period
is not verified and the two readings disagree). ``AllOf`` is ``False`` if any part is
``False``, else ``None`` if any is ``None``; ``AnyOf`` is ``True`` if any part is ``True``,
else ``None`` if any is ``None``.

Counting rules (the :class:`~mttq.awards.shapes.CountingPolicy` of the period):
revoked awards never count (Luật 06/2022/QH15 Điều 93); awards of an excluded basis (đột
xuất, chuyên đề) do not count towards regular awards (NĐ 152/2025/NĐ-CP Điều 4 k3); a year
counts only if it started after the end of the latest discipline period, and nothing counts
while a discipline period runs at the end of the assessment year (NĐ 152/2025/NĐ-CP Điều 4
k4); an initiative serves as the basis of one award only (CV 5007/BNV-TĐKT, 2023); an open
matter defers the award (NĐ 152/2025/NĐ-CP Điều 4 k4).

Bonuses (:func:`bonus_amount`) multiply the base salary in force on the decision date and
round up to the next 10,000 đồng (NĐ 152/2025/NĐ-CP Điều 49).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date
from decimal import ROUND_CEILING, Decimal
from operator import attrgetter
from typing import Any, NoReturn, TypeVar

from mttq.awards.catalogue import (
    _BY_CODE,
    AwardKind,
    Category,
    RecipientKind,
    _within,
    find_kind,
)
from mttq.awards.model import (
    Decision,
    DisciplineLevel,
    GroupStanding,
    History,
    InitiativeKind,
    InitiativeLevel,
    QuotaNote,
    Reason,
    _decision,
    _reason,
)
from mttq.awards.shapes import (
    MAX_AMOUNT,
    AllOf,
    AnyOf,
    Attested,
    BaseSalary,
    BonusRule,
    CountingPolicy,
    HasInitiative,
    HoldsTitle,
    HouseholdFactor,
    LeadsGroup,
    LeadsMovement,
    MemberCount,
    MemberShare,
    NoDiscipline,
    Qualifies,
    RatingAtLeast,
    Requirement,
    RuleSet,
    Undetermined,
    _items,
)
from mttq.codes import Rating
from mttq.errors import InvalidValueError
from mttq.fields import EXACT
from mttq.geo import as_date

__all__ = [
    "Engine",
    "bonus_amount",
    "compile_rules",
    "evaluate",
    "round_up_bonus",
]

_RANK = {Rating.KHTNV: 0, Rating.HTNV: 1, Rating.HTTNV: 2, Rating.HTXSNV: 3}
_LEVEL = {level: level.rank for level in InitiativeLevel}
_SEVERITY = {level: level.severity for level in DisciplineLevel}
_NEVER = -(10**9)
_CACHE_LIMIT = 4096  # entries per cache (one cache per compiled condition and award kind)
_SHORT_WINDOW = 50  # years: a HoldsTitle window up to this long is read year by year
_YEAR_OF = attrgetter("year")
_NOTHING: dict[Any, Any] = {}  # shared by every index that has no such records: never written

# A key: what a compiled condition's outcome depends on, its first item the outcome itself
# (True, False or None); a tuple of ints, strings, bools, tuples and the ``_FRESH`` mark.
_Key = tuple[Any, ...]
_Result = tuple[bool | None, tuple[Reason, ...]]


def _r(  # noqa: PLR0917 - private shorthand
    condition: str,
    source: str,
    met: bool | None,
    years: tuple[int, ...] = (),
    items: tuple[str, ...] = (),
    note: str = "",
    parts: tuple[Reason, ...] = (),
) -> Reason:
    return _reason(condition, met, source, years, items, note, parts)


def _both(strict: bool, lenient: bool) -> bool | None:
    """Combine the strict and lenient readings of an uncertain counting rule."""
    if strict:
        return True
    if not lenient:
        return False
    return None


def _and(values: Iterable[bool | None]) -> bool | None:
    result: bool | None = True
    for v in values:
        if v is False:
            return False
        if v is None:
            result = None
    return result


def _and_keys(keys: tuple[_Key, ...]) -> bool | None:
    result: bool | None = True
    for k in keys:
        v = k[0]
        if v is False:
            return False
        if v is None:
            result = None
    return result


def _or_keys(keys: tuple[_Key, ...]) -> bool | None:
    result: bool | None = False
    for k in keys:
        v = k[0]
        if v is True:
            return True
        if v is None:
            result = None
    return result


class _Index:
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
        year_end = date(year, 12, 31)
        for i, p in sorted(enumerate(history.discipline), key=lambda ip: ip[1].start):
            if p.start > year_end:
                raise InvalidValueError(f"discipline[{i}].start", p.start, f"is after year={year}")
            if p.end is None or p.end > year_end:
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
            raise InvalidValueError(f"{name}[{i}].{field}", value, f"is after year={year}")
    raise AssertionError("unreachable")  # pragma: no cover


_KeyFn = Callable[[_Index], _Key]
_VerdictFn = Callable[[_Index], bool | None]


def _first(key: _KeyFn) -> _VerdictFn:
    """The verdict of a leaf condition: the first item of its key."""

    def verdict(ix: _Index) -> bool | None:
        met: bool | None = key(ix)[0]
        return met

    return verdict


# Ends a key that names records of one history (initiative ids): its reason is not shared
# with other histories, so it is not remembered (it would only fill the caches, and the
# garbage collector would walk them).
_FRESH = object()
_FreshFn = Callable[[_Key], bool]


def _fresh_leaf(key: _Key) -> bool:
    return key[-1] is _FRESH


def _fresh_parts(parts: Sequence[_FreshFn | None]) -> _FreshFn | None:
    """Whether a compound key ``(met, key, ...)`` holds a fresh key of its parts."""
    tests = tuple((i, f) for i, f in enumerate(parts, start=1) if f is not None)
    if not tests:
        return None

    def fresh(key: _Key) -> bool:
        for i, f in tests:  # noqa: SIM110 - a loop is faster than any() over a generator
            if f(key[i]):
                return True
        return False

    return fresh


class _Node:
    """One compiled condition: ``key`` reads an index, ``reason`` explains a key.

    ``reason`` remembers the reasons it built (up to ``_CACHE_LIMIT`` keys, then it starts
    afresh), so the reason of a common key is built once. ``parts`` are the compiled parts
    of a compound condition; ``fresh`` tells whether a key names one history's records
    (``None``: none of its keys does). ``verdict`` is the outcome alone (the first item of
    the key), which a compound finds by stopping at the first part that decides it.
    """

    __slots__ = ("build", "cache", "fresh", "key", "parts", "verdict")

    def __init__(
        self,
        key: _KeyFn,
        build: Callable[[_Key], Reason],
        parts: tuple[_Node, ...] = (),
        *,
        fresh: _FreshFn | None = None,
        verdict: _VerdictFn | None = None,
    ) -> None:
        self.key = key
        self.build = build
        self.parts = parts
        self.verdict: _VerdictFn = verdict if verdict is not None else _first(key)
        self.fresh: _FreshFn | None = (
            fresh if fresh is not None else _fresh_parts([p.fresh for p in parts])
        )
        self.cache: dict[_Key, Reason] = {}

    def reason(self, key: _Key) -> Reason:
        fresh = self.fresh
        if fresh is not None and fresh(key):  # not remembered: no need to look it up
            return self.build(key)
        found = self.cache.get(key)
        if found is None:
            found = self.build(key)
            if len(self.cache) >= _CACHE_LIMIT:
                self.cache.clear()
            self.cache[key] = found
        return found

    def part_reasons(self, key: _Key) -> tuple[Reason, ...]:
        """The reasons of the parts of a compound, from its key ``(met, key, ...)``."""
        return tuple([p.reason(k) for p, k in zip(self.parts, key[1:], strict=True)])


_NO_KEY: _Key = (None,)
_UNSET = object()
_YES: _Key = (True,)
_NO: _Key = (False,)


def _combined(fns: tuple[_KeyFn, ...], every: bool) -> _KeyFn:
    """The key of a compound: its outcome, then the keys of its parts (one flat tuple).

    ``every``: all parts must be met (AllOf), else one is enough (AnyOf). Three-valued: a
    deciding part (``False`` for AllOf, ``True`` for AnyOf) decides, else ``None`` if a part
    is undetermined. Unrolled up to 4 parts.
    """
    win: bool = not every  # the outcome of one part that decides the whole
    lose: bool = every
    if len(fns) == 2:
        f0, f1 = fns

        def key2(ix: _Index) -> _Key:
            a, b = f0(ix), f1(ix)
            va, vb = a[0], b[0]
            if va is win or vb is win:
                return (win, a, b)
            if va is None or vb is None:
                return (None, a, b)
            return (lose, a, b)

        return key2
    if len(fns) == 3:
        f0, f1, f2 = fns

        def key3(ix: _Index) -> _Key:
            a, b, c = f0(ix), f1(ix), f2(ix)
            va, vb, vc = a[0], b[0], c[0]
            if va is win or vb is win or vc is win:
                return (win, a, b, c)
            if va is None or vb is None or vc is None:
                return (None, a, b, c)
            return (lose, a, b, c)

        return key3
    if len(fns) == 4:
        f0, f1, f2, f3 = fns

        def key4(ix: _Index) -> _Key:
            a, b, c, d = f0(ix), f1(ix), f2(ix), f3(ix)
            va, vb, vc, vd = a[0], b[0], c[0], d[0]
            if va is win or vb is win or vc is win or vd is win:
                return (win, a, b, c, d)
            if va is None or vb is None or vc is None or vd is None:
                return (None, a, b, c, d)
            return (lose, a, b, c, d)

        return key4
    combine = _and_keys if every else _or_keys

    def key(ix: _Index) -> _Key:
        keys = tuple([f(ix) for f in fns])
        return (combine(keys), *keys)

    return key


def _decided(fns: tuple[_VerdictFn, ...], every: bool) -> _VerdictFn:
    """The verdict of a compound, stopping at the first part that decides it.

    Equal to the first item of :func:`_combined`'s key for the same parts (three-valued
    AND/OR may stop early), and no condition raises once compiled, so stopping early
    changes nothing but the time.
    """
    win: bool = not every
    lose: bool = every
    if len(fns) == 2:
        g0, g1 = fns

        def verdict2(ix: _Index) -> bool | None:
            a = g0(ix)
            if a is win:
                return win
            b = g1(ix)
            if b is win:
                return win
            return None if a is None or b is None else lose

        return verdict2

    def verdict(ix: _Index) -> bool | None:
        result: bool | None = lose
        for g in fns:
            v = g(ix)
            if v is win:
                return win
            if v is None:
                result = None
        return result

    return verdict


class _Compiled:
    """The compiled rules of one award kind for one year and recipient kind.

    ``key`` reduces an index to the kind's key (its first item is the outcome); ``result``
    turns a key into the outcome and the flattened reasons, remembered per key.
    """

    __slots__ = (
        "cache",
        "code",
        "empty",
        "fresh",
        "key",
        "mark",
        "nodes",
        "quotas",
        "rule_ids",
        "verdict",
    )

    def __init__(
        self,
        *,
        code: str,
        nodes: tuple[tuple[bool, _Node], ...],
        rule_ids: tuple[str, ...],
        quotas: tuple[QuotaNote, ...],
        empty: tuple[Reason, ...],
    ) -> None:
        self.code = code
        self.nodes = nodes
        self.rule_ids = rule_ids
        self.quotas = quotas
        self.empty = empty
        self.cache: dict[_Key, _Result] = {}
        self.mark = object()  # where an index remembers this kind's verdict
        self.fresh: _FreshFn | None
        self.key: _KeyFn
        self.verdict: _VerdictFn
        if not nodes:
            self.key = lambda ix: _NO_KEY
            self.verdict = lambda ix: None
            self.fresh = None
        elif len(nodes) == 1:
            self.key = nodes[0][1].key
            self.verdict = nodes[0][1].verdict
            self.fresh = nodes[0][1].fresh
        else:
            self.key = _combined(tuple(n.key for _, n in nodes), every=True)
            self.verdict = _decided(tuple(n.verdict for _, n in nodes), every=True)
            self.fresh = _fresh_parts([n.fresh for _, n in nodes])

    def of(self, ix: _Index) -> _Key:
        """The key of this kind for ``ix``, computed once per index."""
        memo = ix.memo
        found = memo.get(self)
        if found is None:
            found = memo[self] = self.key(ix)
        return found

    def decide(self, ix: _Index) -> bool | None:
        """The outcome of this kind for ``ix`` (the first item of :meth:`of`), once per index."""
        memo = ix.memo
        mark = self.mark
        found = memo.get(mark, _UNSET)
        if found is _UNSET:
            found = memo[mark] = self.verdict(ix)
        return found  # type: ignore[no-any-return]

    def result(self, key: _Key) -> _Result:
        fresh = self.fresh
        if fresh is not None and fresh(key):  # not remembered: no need to look it up
            return self._build(key)
        found = self.cache.get(key)
        if found is None:
            found = self._build(key)
            if len(self.cache) >= _CACHE_LIMIT:
                self.cache.clear()
            self.cache[key] = found
        return found

    def _build(self, key: _Key) -> _Result:
        """AND of the rules, their reasons flattened."""
        nodes = self.nodes
        if not nodes:
            return None, self.empty
        if len(nodes) == 1:
            flatten, node = nodes[0]
            return key[0], (node.part_reasons(key) if flatten else (node.reason(key),))
        reasons: list[Reason] = []
        for (flatten, node), k in zip(nodes, key[1:], strict=True):
            if flatten:
                reasons.extend(node.part_reasons(k))
            else:
                reasons.append(node.reason(k))
        return key[0], tuple(reasons)


def _name(code: str) -> str:
    kind = _BY_CODE.get(code)
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


class _KindCtx:
    """The award kind whose rules a compiled condition belongs to (category set last)."""

    __slots__ = ("category", "code")

    def __init__(self, code: str) -> None:
        self.code = code
        self.category: Category | None = None


# Tags of the rating keys (the second item; the first is the outcome).
_LOW, _MISSING, _OK, _RESET, _UNSURE_TAG = 0, 1, 2, 3, 4


class Engine:
    """A compiled rule set: checks histories against the rules it was built from.

    Build it with :func:`compile_rules`; it caches the compiled requirement of each award
    kind per assessment year and recipient kind.

    Examples:
        >>> from mttq.awards.shapes import RuleSet
        >>> engine = compile_rules(RuleSet())
        >>> from mttq.awards.model import History, Recipient
        >>> engine.check("ldtt", History(recipient=Recipient(id="p")), year=2025).eligible is None
        True
    """

    def __init__(self, rules: RuleSet) -> None:
        if not isinstance(rules, RuleSet):
            raise InvalidValueError("rules", rules, "expected a RuleSet")
        self.rules = rules
        self._compiled: dict[tuple[str, int, RecipientKind], _Compiled] = {}
        self._by_kinds: dict[tuple[object, int, RecipientKind], tuple[_Compiled, ...]] = {}
        self._compiling: set[tuple[str, int, RecipientKind]] = set()
        self._policies: dict[int, CountingPolicy] = {}

    # --- compilation -------------------------------------------------------------------

    def _kind_rules(self, kind: str, year: int, recipient: RecipientKind) -> _Compiled:
        key = (kind, year, recipient)
        found = self._compiled.get(key)
        if found is not None:
            return found
        if key in self._compiling:
            raise InvalidValueError("requirement", kind, "refers to itself through Qualifies")
        self._compiling.add(key)
        ctx = _KindCtx(kind)
        try:
            rules = self.rules.rules_for(kind, year, recipient)
            nodes = tuple(
                (
                    isinstance(r.requirement, AllOf) and not r.requirement.description,
                    self._node(r.requirement, year, recipient, ctx),
                )
                for r in rules
            )
        finally:
            self._compiling.discard(key)
        award = find_kind(kind)
        ctx.category = award.category
        empty = Reason(
            condition=f"Chưa có quy tắc được xác minh cho “{award.short}” năm {year}",
            met=None,
            source=award.source,
        )
        found = _Compiled(
            code=kind,
            nodes=nodes,
            rule_ids=tuple(r.id for r in rules),
            quotas=tuple(r.quota for r in rules if r.quota is not None),
            empty=(empty,),
        )
        self._compiled[key] = found
        return found

    def _node(self, req: Requirement, year: int, recipient: RecipientKind, ctx: _KindCtx) -> _Node:
        """Compile ``req``, a part of the rules of ``ctx.code`` for assessment year ``year``."""
        if isinstance(req, RatingAtLeast):
            return self._rating(req, year)
        if isinstance(req, HoldsTitle):
            return self._holds(req, year)
        if isinstance(req, HasInitiative):
            return self._initiative(req, year, ctx)
        if isinstance(req, NoDiscipline):
            return self._nodiscipline(req, year)
        if isinstance(req, Attested):
            return self._attested(req, year)
        if isinstance(req, MemberShare | MemberCount):
            return self._members(req, year)
        if isinstance(req, LeadsGroup):
            return self._group(req, year)
        if isinstance(req, LeadsMovement):
            return self._movement(req, year)
        if isinstance(req, Qualifies):
            return self._qualifies(req, year, recipient)
        if isinstance(req, Undetermined):
            # its own description says what is not known; a bare one gets a generic wording
            if req.description:
                reason = _r(req.description, req.source, None)
            else:
                reason = _r(_OTHER_CONDITION, req.source, None, note=_NOT_ENCODED)
            return _Node(lambda ix: _NO_KEY, lambda key: reason, verdict=lambda ix: None)
        if isinstance(req, AllOf | AnyOf):
            return self._compound(req, year, recipient, ctx)
        raise InvalidValueError("requirement", req, "is not a requirement shape")

    def _rating(self, req: RatingAtLeast, y: int) -> _Node:
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
        low: _Key = (False, _LOW, (y,))
        missing: _Key = (None, _MISSING, (y,))
        ok: _Key = (True, _OK, (y,) if n == 1 else streak_years)

        def single(ix: _Index) -> _Key:
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

        def streak(ix: _Index) -> _Key:
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

        def build(key: _Key) -> Reason:
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
            return _Node(single if n == 1 else streak, build)
        window_years = tuple(range(y - w + 1, y + 1))

        def window(ix: _Index) -> _Key:
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

        def build_window(key: _Key) -> Reason:
            met, years = key
            if met:
                return _r(cond, src, True, years)
            if met is False:
                return _r(cond, src, False, years, note=f"chỉ {len(years)}")
            return _r(cond, src, None, years, note="thiếu dữ liệu")

        return _Node(window, build_window)

    def _holds(self, req: HoldsTitle, y: int) -> _Node:
        kinds = tuple(find_kind(k).code for k in req.kinds)  # a name counts as its code
        names = ", ".join(f"“{_name(k)}”" for k in kinds)
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

        def key(ix: _Index) -> _Key:
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

        def build(key: _Key) -> Reason:
            if key[0]:
                return _r(cond, src, True, key[1])
            met, years, note = key
            return _r(cond, src, met, years, note=note)

        return _Node(key, build)

    def _initiative(self, req: HasInitiative, y: int, kc: _KindCtx) -> _Node:
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
        none: _Key = (False, (), "")

        def status(ix: _Index, ini_id: str, label: str) -> tuple[bool | None, str]:
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
                used_category = _BY_CODE[used_for].category
                if used_category is not kc.category or used_category is Category.FORM:
                    flag = policy.initiative_single_use
                    verdict: bool | None = None if flag is None else not flag
                else:
                    flag = policy.reuse_between_titles
                    verdict = flag
                if verdict is False or (verdict is None and result is True):
                    result = verdict
                    why = f"{label} đã dùng cho {_name(used_for)} năm {yy}"
                if result is False:
                    break
            return result, why

        def key(ix: _Index) -> _Key:
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

        def build(key: _Key) -> Reason:
            return _reason(cond, key[0], src, (), key[1], key[2], ())

        return _Node(key, build, fresh=_fresh_leaf)

    def _nodiscipline(self, req: NoDiscipline, y: int) -> _Node:
        sev = _SEVERITY[req.at_least]
        w = req.within_years
        when = "trong năm đánh giá" if w == 1 else f"trong {w} năm gần nhất"
        cond = f"Không bị kỷ luật từ mức {req.at_least.label} trở lên {when}"
        src = req.source
        clean: _Key = (True, ())
        # A window reaching before year 1 starts at year 1: no date is earlier.
        start, end = date(max(1, y - w + 1), 1, 1), date(y, 12, 31)

        def key(ix: _Index) -> _Key:
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

        def build(key: _Key) -> Reason:
            met, hits = key
            return _r(cond, src, met, items=hits)

        return _Node(key, build)

    def _attested(self, req: Attested, y: int) -> _Node:
        # ``y`` is the index's year: the index keeps the attestations of that year only
        crit, cond, src = req.criterion, req.description, req.source

        def key(ix: _Index) -> _Key:
            met = ix.attest.get(crit)
            if met is True:
                return _YES
            if met is False:
                return _NO
            return _NO_KEY if met is None else (met,)

        def build(key: _Key) -> Reason:
            met = key[0]
            return _r(cond, src, met, note="chưa có xác nhận" if met is None else "")

        return _Node(key, build)

    def _members(self, req: MemberShare | MemberCount, y: int) -> _Node:
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

        def key(ix: _Index) -> _Key:
            m = ix.members.get(y)
            if m is None:
                return _NO_KEY
            count = field(m)
            return (test(count, m.members), count, m.members)

        def build(key: _Key) -> Reason:
            if len(key) == 1:
                return _r(cond, src, None, note="thiếu số liệu thành viên")
            met, count, total = key
            return _r(cond, src, met, (y,), note=f"{count}/{total}")

        return _Node(key, build)

    def _group(self, req: LeadsGroup, y: int) -> _Node:
        orgs = frozenset(req.organisers)
        cond = "Dẫn đầu cụm, khối thi đua do " + " hoặc ".join(o.label for o in req.organisers)
        cond += " tổ chức"
        src = req.source

        def key(ix: _Index) -> _Key:
            rows = [s for s in ix.standings.get(y, ()) if s.organiser in orgs]
            if not rows:
                return _NO_KEY
            led = tuple(sorted(s.group for s in rows if s.leader))
            if led:
                return (True, led)
            return (False, tuple(sorted(s.group for s in rows)))

        def build(key: _Key) -> Reason:
            if len(key) == 1:
                return _r(cond, src, None, note="không có dữ liệu cụm, khối thi đua")
            met, groups = key
            return _r(cond, src, met, (y,), groups)

        return _Node(key, build)

    def _movement(self, req: LeadsMovement, y: int) -> _Node:
        orgs = frozenset(req.organisers)
        cond = (
            f"Dẫn đầu phong trào thi đua theo chuyên đề từ {req.min_years} năm trở lên do "
            + " hoặc ".join(o.label for o in req.organisers)
            + " phát động, khi tổng kết"
        )
        minimum, src = req.min_years, req.source
        nothing: _Key = (False, ())

        def key(ix: _Index) -> _Key:
            if not ix.movements:
                return nothing
            rows = [m for m in ix.movements if m.end_year == y and m.organiser in orgs]
            ok = tuple(sorted(m.movement for m in rows if m.leader and m.years >= minimum))
            if ok:
                return (True, ok)
            return (False, tuple(sorted(m.movement for m in rows)))

        def build(key: _Key) -> Reason:
            met, names = key
            if met:
                return _r(cond, src, True, (y,), names)
            return _r(cond, src, False, items=names)

        return _Node(key, build)

    def _qualifies(self, req: Qualifies, year: int, recipient: RecipientKind) -> _Node:
        code = find_kind(req.kind).code  # a name counts as its code
        compiled = self._kind_rules(code, year, recipient)
        cond = f"Đạt tiêu chuẩn “{_name(code)}”"
        src = req.source

        def build(key: _Key) -> Reason:
            met, parts = compiled.result(key)
            return _r(cond, src, met, parts=parts)

        node = _Node(compiled.of, build, verdict=compiled.decide)
        node.fresh = compiled.fresh
        return node

    def _compound(
        self, req: AllOf | AnyOf, year: int, recipient: RecipientKind, ctx: _KindCtx
    ) -> _Node:
        parts = tuple(self._node(p, year, recipient, ctx) for p in req.parts)
        every = isinstance(req, AllOf)
        default = (
            "Đáp ứng đủ các điều kiện"
            if isinstance(req, AllOf)
            else "Đáp ứng một trong các điều kiện"
        )
        cond = req.description or default
        src = req.source

        key = _combined(tuple(p.key for p in parts), every)
        verdict = _decided(tuple(p.verdict for p in parts), every)

        def build(key: _Key) -> Reason:
            return _reason(cond, key[0], src, (), (), "", node.part_reasons(key))

        node = _Node(key, build, parts, verdict=verdict)
        return node

    # --- checking -----------------------------------------------------------------------

    def _policy(self, year: int) -> CountingPolicy:
        found = self._policies.get(year)
        if found is None:
            found = self._policies[year] = self.rules.policy_for(year)
        return found

    def _kinds(
        self, kinds: Sequence[str | AwardKind], year: int, rkind: RecipientKind
    ) -> tuple[_Compiled, ...]:
        """The compiled rules of ``kinds``, in order (remembered per tuple of kinds)."""
        if type(kinds) is tuple:
            seq: tuple[object, ...] = kinds
        elif isinstance(kinds, str | bytes) or not isinstance(kinds, Iterable):
            raise InvalidValueError(
                "kinds", kinds, "expected a sequence of award kinds (codes or AwardKind)"
            )
        else:
            seq = tuple(kinds)
        key: tuple[object, int, RecipientKind] | None = (seq, year, rkind)
        try:
            found = self._by_kinds.get((seq, year, rkind))
        except TypeError:  # an unhashable kind: refused below
            key, found = None, None
        if found is not None:
            return found
        compiled: list[_Compiled] = []
        for k in seq:
            award = find_kind(k)  # type: ignore[arg-type]  # refuses what is not a kind
            if not award.allows(rkind):
                raise InvalidValueError(
                    "history.recipient.kind",
                    rkind.value,
                    f"a {rkind.label} cannot receive '{award.name}'",
                )
            try:
                compiled.append(self._kind_rules(award.code, year, rkind))
            except RecursionError:
                self._compiled.clear()  # nothing half-compiled is kept
                self._compiling.clear()
                raise InvalidValueError("rules", award.code, _TOO_DEEP) from None
        found = tuple(compiled)
        if key is not None:
            if len(self._by_kinds) >= 1024:
                self._by_kinds.clear()
            self._by_kinds[key] = found
        return found

    def _start(
        self,
        kinds: Sequence[str | AwardKind],
        history: History,
        year: int,
        on: date | None,
    ) -> tuple[tuple[_Compiled, ...], _Index, Reason | None]:
        """Check the arguments; the compiled kinds, the history's index and any deferral."""
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
            raise InvalidValueError("year", year, "expected a year between 1900 and 2200")
        if not isinstance(history, History):
            raise InvalidValueError("history", history, "expected a History")
        if on is not None:
            on = as_date(on)
        compiled = self._kinds(kinds, year, history.recipient.kind)
        policy = self._policy(year)
        ix = _Index(history, year, policy)
        deferral = None
        if history.pending:
            deferral = _deferral(history, policy, date(year, 12, 31) if on is None else on)
        return compiled, ix, deferral

    def check(
        self, kind: str | AwardKind, history: History, *, year: int, on: date | None = None
    ) -> Decision:
        """Check one award kind; see :func:`evaluate`.

        Examples:
            >>> from mttq.awards.model import History, Recipient
            >>> compile_rules(RuleSet()).check("ldtt", History(recipient=Recipient(id="p")),
            ...                                year=2025).reasons[0].condition
            'Chưa có quy tắc được xác minh cho “LĐTT” năm 2025'
        """
        return self.check_many((kind,), history, year=year, on=on)[0]

    def check_many(
        self,
        kinds: Sequence[str | AwardKind],
        history: History,
        *,
        year: int,
        on: date | None = None,
    ) -> tuple[Decision, ...]:
        """Check several award kinds against one history, building its index once.

        Examples:
            >>> from mttq.awards.model import History, Recipient
            >>> engine = compile_rules(RuleSet())
            >>> len(engine.check_many(("ldtt", "cstdcs"), History(recipient=Recipient(id="p")),
            ...                       year=2025))
            2
        """
        compiled, ix, deferral = self._start(kinds, history, year, on)
        rid, rname = history.recipient.id, history.recipient.name
        out: list[Decision] = []
        memo = ix.memo
        for c in compiled:
            key = memo.get(c)
            try:
                if key is None:
                    key = memo[c] = c.key(ix)
                result = c.cache.get(key)
                eligible, reasons = result if result is not None else c.result(key)
            except RecursionError:  # Qualifies chains of deeply nested rules
                raise InvalidValueError("rules", c.code, _TOO_DEEP) from None
            deferred = False
            if deferral is not None:
                reasons = (*reasons, deferral)
                if deferral.met is None:
                    eligible = _and((eligible, None))
                else:
                    deferred = True
            out.append(
                _decision(
                    c.code, year, rid, rname, eligible, deferred, reasons, c.rule_ids, c.quotas
                )
            )
        return tuple(out)

    def decide(
        self, kind: str | AwardKind, history: History, *, year: int, on: date | None = None
    ) -> tuple[bool | None, bool]:
        """The verdict of :meth:`check` without its explanation: ``(eligible, deferred)``.

        Always equal to ``(d.eligible, d.deferred)`` for ``d = check(...)`` with the same
        arguments, and raises the same errors, but builds no :class:`Reason` and no
        :class:`Decision`: use it to screen many histories, then :meth:`check` the ones
        whose explanation is wanted.

        Examples:
            >>> from mttq.awards.model import History, Recipient
            >>> compile_rules(RuleSet()).decide("ldtt", History(recipient=Recipient(id="p")),
            ...                                 year=2025)
            (None, False)
        """
        return self.decide_many((kind,), history, year=year, on=on)[0]

    def decide_many(
        self,
        kinds: Sequence[str | AwardKind],
        history: History,
        *,
        year: int,
        on: date | None = None,
    ) -> tuple[tuple[bool | None, bool], ...]:
        """The verdicts of :meth:`check_many` without explanations, one per kind, in order.

        Each item is ``(eligible, deferred)``, always equal to the ``eligible`` and
        ``deferred`` of the :class:`Decision` that :meth:`check_many` returns for it.

        Examples:
            >>> from mttq.awards.model import History, Recipient
            >>> compile_rules(RuleSet()).decide_many(
            ...     ("ldtt", "cstdcs"), History(recipient=Recipient(id="p")), year=2025)
            ((None, False), (None, False))
        """
        compiled, ix, deferral = self._start(kinds, history, year, on)
        try:
            if deferral is None:
                return tuple([(c.decide(ix), False) for c in compiled])
            if deferral.met is None:
                return tuple([(_and((c.decide(ix), None)), False) for c in compiled])
            return tuple([(c.decide(ix), True) for c in compiled])
        except RecursionError:  # Qualifies chains of deeply nested rules
            raise InvalidValueError("rules", kinds, _TOO_DEEP) from None


_UNSURE_RESET = "; chưa rõ có tính lại không"
_UNSURE = "chưa rõ khen thưởng đột xuất, chuyên đề hoặc thời gian trước kỷ luật có được tính"
_DEFER_COND = "Không có vụ việc đang xem xét (kỷ luật, thanh tra, điều tra, khiếu nại, xác minh)"


_TOO_DEEP = "its requirements nest too deeply (through Qualifies and AllOf/AnyOf)"
_OTHER_CONDITION = "Điều kiện khác"
_NOT_ENCODED = "chưa được mã hóa"


def _deferral(history: History, policy: CountingPolicy, on: date) -> Reason | None:
    open_ = tuple(
        sorted(
            f"{p.kind.label} từ {p.since:%d/%m/%Y}"
            for p in history.pending
            if p.since <= on and (p.resolved is None or p.resolved > on)
        )
    )
    if not open_:
        return None
    if policy.defer_when_pending is None:
        note = "quy định tạm hoãn của giai đoạn này chưa được xác minh"
        return _reason(_DEFER_COND, None, policy.source, (), open_, note, ())
    if not policy.defer_when_pending:
        return None
    return _reason(_DEFER_COND, False, policy.source, (), open_, "tạm hoãn xét", ())


_ENGINES: dict[int, tuple[RuleSet, Engine]] = {}


def compile_rules(rules: RuleSet) -> Engine:
    """Compile ``rules`` into an :class:`Engine` (cached for the same ``RuleSet`` object).

    Examples:
        >>> compile_rules(RuleSet()) is compile_rules(RuleSet())
        False
    """
    found = _ENGINES.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    engine = Engine(rules)
    if len(_ENGINES) >= 64:
        _ENGINES.clear()
    _ENGINES[id(rules)] = (rules, engine)
    return engine


def evaluate(
    rules: RuleSet,
    kind: str | AwardKind,
    history: History,
    *,
    year: int,
    on: date | None = None,
) -> Decision:
    """Check whether ``history``'s recipient is eligible for ``kind`` in assessment ``year``.

    The rules in force on 31 December of ``year`` apply (all of them, combined with AND).
    ``on`` is the day open matters are looked at for deferral (default: 31 December).

    Raises:
        UnknownCodeError: ``kind`` is not in the catalogue.
        InvalidValueError: a record for a year after ``year``; a recipient who may not
            receive ``kind`` (a household for an individual title); a bad ``year``.

    Examples:
        >>> from mttq.awards.model import History, Recipient
        >>> evaluate(RuleSet(), "ldtt", History(recipient=Recipient(id="p")), year=2025).eligible
    """
    return compile_rules(rules).check(kind, history, year=year, on=on)


# --- bonus arithmetic ------------------------------------------------------------------

_STEP = 10_000


def round_up_bonus(amount: Decimal | int) -> int:
    """Round a bonus up to the next multiple of 10,000 đồng (NĐ 152/2025/NĐ-CP Điều 49).

    Args:
        amount: the amount in đồng, an int or a finite Decimal (never a float) from 0 to
            :data:`~mttq.awards.shapes.MAX_AMOUNT` (10^12 đồng); the rounding is exact.

    Raises:
        InvalidValueError: ``amount`` is not an int or a Decimal, or is out of range.

    Examples:
        >>> round_up_bonus(Decimal("702000"))
        710000
        >>> round_up_bonus(700000)
        700000
        >>> round_up_bonus(1.5)
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid amount=1.5: must be int or Decimal đồng, not a float
    """
    if isinstance(amount, int) and not isinstance(amount, bool):
        value = Decimal(int(amount))
    elif isinstance(amount, Decimal):
        value = amount
    else:
        what = ", not a float" if isinstance(amount, float) else ""
        raise InvalidValueError("amount", amount, f"must be int or Decimal đồng{what}")
    if not value.is_finite() or not 0 <= value <= MAX_AMOUNT:
        raise InvalidValueError("amount", amount, f"expected 0 to {MAX_AMOUNT:,} đồng")
    whole = int(value.to_integral_value(rounding=ROUND_CEILING))  # at most 13 digits
    return -(-whole // _STEP) * _STEP


_T = TypeVar("_T", BonusRule, HouseholdFactor, BaseSalary)


def _pick(items: Iterable[_T], on: date, test: Callable[[_T], bool] = lambda _: True) -> _T | None:
    found: _T | None = None
    for item in items:
        if test(item) and _within(item.effective_from, item.effective_to, on):
            found = item
    return found


def bonus_amount(
    kind: str | AwardKind,
    *,
    on: date,
    recipient: RecipientKind | str,
    base_salary: int | None = None,
    bonuses: Sequence[BonusRule],
    salaries: Sequence[BaseSalary] = (),
    household: Sequence[HouseholdFactor] = (),
) -> int | None:
    """The bonus in whole đồng for ``kind`` decided on ``on``, or ``None`` if not known.

    The multiplier in force on ``on`` times the base salary (``base_salary`` if given, else
    the one of ``salaries`` in force on ``on``), rounded up to 10,000 đồng. A household gets
    the individual amount times the household factor in force. ``None`` when no verified
    multiplier (or base salary) exists: amounts are never guessed.

    ``on`` is the decision's day (a datetime is read as its date). The tables are checked
    when built (:class:`~mttq.awards.shapes.BonusRule` multipliers are positive Decimals up
    to :data:`~mttq.awards.shapes.MAX_MULTIPLIER`, base salaries whole đồng up to
    :data:`~mttq.awards.shapes.MAX_AMOUNT`), so the amount is exact.

    Raises:
        UnknownCodeError: unknown ``kind`` or ``recipient``.
        InvalidValueError: ``on`` is not a date; ``base_salary`` is not an int from 1 to
            :data:`~mttq.awards.shapes.MAX_AMOUNT`; a table is not a tuple of its values;
            the recipient may not receive ``kind``; the bonus would exceed
            :data:`~mttq.awards.shapes.MAX_AMOUNT`.

    Examples:
        >>> rule = BonusRule(id="b", kind="ldtt", recipient=RecipientKind.INDIVIDUAL,
        ...                  multiplier=Decimal("0.3"), source="NĐ 152/2025/NĐ-CP, Điều 50")
        >>> bonus_amount("ldtt", on=date(2025, 8, 1), recipient="individual",
        ...              base_salary=2_340_000, bonuses=(rule,))
        710000
    """
    award = find_kind(kind)
    who = recipient if isinstance(recipient, RecipientKind) else RecipientKind.parse(recipient)
    on = as_date(on)
    if base_salary is not None and (
        not isinstance(base_salary, int)
        or isinstance(base_salary, bool)
        or not 0 < base_salary <= MAX_AMOUNT
    ):
        raise InvalidValueError(
            "base_salary", base_salary, f"expected an int from 1 to {MAX_AMOUNT:,} (đồng)"
        )
    bonuses = _items("bonuses", bonuses, BonusRule)
    salaries = _items("salaries", salaries, BaseSalary)
    household = _items("household", household, HouseholdFactor)
    if not award.allows(who):
        raise InvalidValueError("recipient", who.value, f"cannot receive '{award.name}'")
    factor = Decimal(1)
    rule = _pick(bonuses, on, lambda b: b.kind == award.code and b.recipient is who)
    if rule is None and who is RecipientKind.HOUSEHOLD:
        hh = _pick(household, on)
        rule = _pick(
            bonuses,
            on,
            lambda b: b.kind == award.code and b.recipient is RecipientKind.INDIVIDUAL,
        )
        if hh is None:
            return None
        factor = hh.factor
    if rule is None:
        return None
    if base_salary is None:
        salary = _pick(salaries, on)
        if salary is None:
            return None
        base_salary = salary.amount
    amount = _bonus(
        EXACT.multiply(rule.multiplier, Decimal(base_salary)), "base_salary", base_salary
    )
    if factor == 1:
        return amount
    return _bonus(EXACT.multiply(Decimal(amount), factor), "factor", factor)


def _bonus(amount: Decimal, field: str, value: object) -> int:
    """:func:`round_up_bonus` of a product of checked values, refusing one out of range."""
    if amount > MAX_AMOUNT:
        raise InvalidValueError(field, value, f"gives a bonus above {MAX_AMOUNT:,} đồng")
    return round_up_bonus(amount)
