"""The eligibility engine: evaluates a rule set against a recipient's history, and bonus arithmetic.

The engine never imports the bundled rules: it takes a :class:`~mttq.awards.shapes.RuleSet`
as an argument, compiles each rule once into small evaluation functions (per award kind,
assessment year and recipient kind) and builds one index per history, so many checks are
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

import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import NoReturn, TypeVar

import attrs

from mttq.awards.catalogue import _BY_CODE, AwardKind, Category, RecipientKind, find_kind
from mttq.awards.model import (
    Decision,
    DisciplineLevel,
    GroupStanding,
    History,
    InitiativeLevel,
    QuotaNote,
    Reason,
)
from mttq.awards.shapes import (
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
    in_force,
)
from mttq.codes import Rating
from mttq.errors import InvalidValueError

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
_CACHE_LIMIT = 200_000
_REASONS: dict[tuple[object, ...], Reason] = {}
_NODE_IDS = itertools.count(1)  # unique across engines: the reason cache is shared


def _reason(  # noqa: PLR0917 - hot path, positional for speed
    node: int,
    condition: str,
    source: str,
    met: bool | None,
    years: tuple[int, ...] = (),
    items: tuple[str, ...] = (),
    note: str = "",
    parts: tuple[Reason, ...] = (),
) -> Reason:
    """Build a :class:`Reason`, sharing equal instances (reasons are immutable values)."""
    key = (node, met, years, items, note, tuple(map(id, parts)) if parts else ())
    found = _REASONS.get(key)
    if found is None:
        if len(_REASONS) >= _CACHE_LIMIT:
            _REASONS.clear()
        found = Reason(
            condition=condition,
            met=met,
            source=source,
            years=years,
            items=items,
            note=note,
            parts=parts,
        )
        _REASONS[key] = found
    return found


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


def _or(values: Iterable[bool | None]) -> bool | None:
    result: bool | None = False
    for v in values:
        if v is True:
            return True
        if v is None:
            result = None
    return result


class _Index:
    """What the rules read from one history for one assessment year, built once."""

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
        self.memo: dict[int, tuple[bool | None, tuple[Reason, ...]]] = {}
        rating = {r.year: _RANK[r.rating] for r in history.ratings}
        if rating and max(rating) > year:
            _future(history.ratings, "ratings", year)
        self.rating = rating
        excluded = policy.excluded_bases
        uncertain = policy.uncertain_bases
        awards_s: dict[str, set[int]] = {}
        awards_l: dict[str, set[int]] = awards_s if not uncertain else {}
        used: dict[str, list[tuple[str, int]]] = {}
        for rec in history.awards:
            if rec.year > year:
                _future(history.awards, "awards", year)
            if rec.kind not in _BY_CODE:
                find_kind(rec.kind)  # raises UnknownCodeError with suggestions
            if rec.revoked:
                continue
            for ini in rec.initiatives_used:
                used.setdefault(ini, []).append((rec.kind, rec.year))
            basis = rec.basis
            if basis in excluded:
                continue
            if basis not in uncertain:
                awards_s.setdefault(rec.kind, set()).add(rec.year)
            if awards_l is not awards_s:
                awards_l.setdefault(rec.kind, set()).add(rec.year)
        self.awards_s = awards_s
        self.awards_l = awards_l
        self.used = used
        inits = history.initiatives
        if inits and max(i.year for i in inits) > year:
            _future(inits, "initiatives", year)
        self.inits = inits
        attestations = history.attestations
        attest = {(a.year, a.criterion): a.met for a in attestations}
        if attest:
            if max(k[0] for k in attest) > year:
                _future(attestations, "attestations", year)
            if len(attest) != len(attestations):
                for a in attestations:  # a refusal wins over a certification
                    if not a.met:
                        attest[a.year, a.criterion] = False
        self.attest = attest
        members = {m.year: m for m in history.members}
        if members and max(members) > year:
            _future(history.members, "members", year)
        self.members = members
        standings: dict[int, list[GroupStanding]] = {}
        for st in history.standings:
            if st.year > year:
                _future(history.standings, "standings", year)
            standings.setdefault(st.year, []).append(st)
        self.standings = standings
        for mv in history.movements:
            if mv.end_year > year:
                _future(history.movements, "movements", year)
        self.movements = history.movements
        self.discipline = history.discipline
        reset = _NEVER
        note = ""
        if history.discipline:
            year_end = date(year, 12, 31)
            for i, p in sorted(enumerate(history.discipline), key=lambda ip: ip[1].start):
                if p.start > year_end:
                    raise InvalidValueError(
                        f"discipline[{i}].start", p.start, f"is after year={year}"
                    )
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


@attrs.frozen
class _KindCtx:
    code: str
    category: Category


_Node = Callable[[_Index, _KindCtx], Reason]


@attrs.frozen
class _Compiled:
    """The compiled rules of one award kind for one year and recipient kind."""

    code: str
    ctx: _KindCtx
    nodes: tuple[tuple[bool, _Node], ...]
    rule_ids: tuple[str, ...]
    quotas: tuple[QuotaNote, ...]
    empty: tuple[Reason, ...]


def _name(code: str) -> str:
    kind = _BY_CODE.get(code)
    return kind.short if kind is not None else code


def _years_text(n: int) -> str:
    return "năm đánh giá" if n == 1 else f"{n} năm liên tục đến năm đánh giá"


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
        self._by_kind: dict[tuple[str, int, RecipientKind], _Compiled] = {}
        self._compiling: set[tuple[str, int, RecipientKind]] = set()
        self._policies: dict[int, CountingPolicy] = {}

    # --- compilation -------------------------------------------------------------------

    def _id(self) -> int:
        return next(_NODE_IDS)

    def _kind_rules(self, kind: str, year: int, recipient: RecipientKind) -> _Compiled:
        key = (kind, year, recipient)
        found = self._compiled.get(key)
        if found is not None:
            return found
        if key in self._compiling:
            raise InvalidValueError("requirement", kind, "refers to itself through Qualifies")
        self._compiling.add(key)
        try:
            rules = self.rules.rules_for(kind, year, recipient)
            nodes = tuple(
                (
                    isinstance(r.requirement, AllOf) and not r.requirement.description,
                    self._node(r.requirement, year, recipient),
                )
                for r in rules
            )
        finally:
            self._compiling.discard(key)
        award = find_kind(kind)
        empty = Reason(
            condition=f"Chưa có quy tắc được xác minh cho «{award.short}» năm {year}",
            met=None,
            source=award.source,
        )
        found = _Compiled(
            code=kind,
            ctx=_KindCtx(kind, award.category),
            nodes=nodes,
            rule_ids=tuple(r.id for r in rules),
            quotas=tuple(r.quota for r in rules if r.quota is not None),
            empty=(empty,),
        )
        self._compiled[key] = found
        return found

    def _node(self, req: Requirement, year: int, recipient: RecipientKind) -> _Node:
        if isinstance(req, RatingAtLeast):
            return self._rating(req)
        if isinstance(req, HoldsTitle):
            return self._holds(req)
        if isinstance(req, HasInitiative):
            return self._initiative(req)
        if isinstance(req, NoDiscipline):
            return self._nodiscipline(req)
        if isinstance(req, Attested):
            return self._attested(req)
        if isinstance(req, MemberShare | MemberCount):
            return self._members(req)
        if isinstance(req, LeadsGroup):
            return self._group(req)
        if isinstance(req, LeadsMovement):
            return self._movement(req)
        if isinstance(req, Qualifies):
            return self._qualifies(req, year, recipient)
        if isinstance(req, Undetermined):
            node = self._id()
            reason = _reason(node, req.description, req.source, None, note="chưa được mã hóa")
            return lambda ix, kc: reason
        if isinstance(req, AllOf | AnyOf):
            return self._compound(req, year, recipient)
        raise InvalidValueError("requirement", req, "is not a requirement shape")

    def _rating(self, req: RatingAtLeast) -> _Node:
        node = self._id()
        need = _RANK[req.rating]
        n, w = req.years, req.within_years
        label = req.rating.short
        better = "" if req.rating is Rating.HTXSNV else " trở lên"
        if w is None:
            cond = f"Xếp loại {label}{better} {_years_text(n)}"
        else:
            cond = f"Có ít nhất {n} năm xếp loại {label}{better} trong {w} năm gần nhất"
        src = req.source

        def single(ix: _Index, kc: _KindCtx) -> Reason:
            y = ix.year
            r = ix.rating.get(y)
            if r is not None and r < need:
                return _reason(node, cond, src, False, (y,), note="xếp loại thấp hơn")
            if y <= ix.reset_l:
                return _reason(node, cond, src, False, note=ix.reset_note)
            if r is None:
                return _reason(node, cond, src, None, (y,), note="thiếu xếp loại")
            if y <= ix.reset_s:
                return _reason(node, cond, src, None, note=ix.reset_note + _UNSURE_RESET)
            return _reason(node, cond, src, True, (y,))

        def streak(ix: _Index, kc: _KindCtx) -> Reason:
            y = ix.year
            first = y - n + 1
            ratings = ix.rating
            bad: list[int] = []
            missing: list[int] = []
            for yy in range(first, y + 1):
                r = ratings.get(yy)
                if r is None:
                    missing.append(yy)
                elif r < need:
                    bad.append(yy)
            if bad:
                return _reason(node, cond, src, False, tuple(bad), note="xếp loại thấp hơn")
            if first <= ix.reset_l:
                return _reason(node, cond, src, False, note=ix.reset_note)
            if missing:
                return _reason(node, cond, src, None, tuple(missing), note="thiếu xếp loại")
            if first <= ix.reset_s:
                return _reason(node, cond, src, None, note=ix.reset_note + _UNSURE_RESET)
            return _reason(node, cond, src, True, tuple(range(first, y + 1)))

        def window(ix: _Index, kc: _KindCtx) -> Reason:
            assert w is not None
            y = ix.year
            good_s: list[int] = []
            good_l: list[int] = []
            unknown = 0
            for yy in range(y - w + 1, y + 1):
                r = ix.rating.get(yy)
                if yy <= ix.reset_l:
                    continue
                if r is None:
                    unknown += 1
                elif r >= need:
                    good_l.append(yy)
                    if yy > ix.reset_s:
                        good_s.append(yy)
            if len(good_s) >= n:
                return _reason(node, cond, src, True, tuple(good_s))
            if len(good_l) + unknown < n:
                return _reason(node, cond, src, False, tuple(good_l), note=f"chỉ {len(good_l)}")
            return _reason(node, cond, src, None, tuple(good_l), note="thiếu dữ liệu")

        if w is None:
            return single if n == 1 else streak
        return window

    def _holds(self, req: HoldsTitle) -> _Node:
        node = self._id()
        kinds = req.kinds
        for k in kinds:
            find_kind(k)
        names = ", ".join(f"«{_name(k)}»" for k in kinds)
        count, consecutive, period, w, before = (
            req.count,
            req.consecutive,
            req.period,
            req.within_years,
            req.before,
        )
        times = f"{count} lần" + (" liên tục" if consecutive else "")
        if before:
            cond = f"Đã được tặng {names} {times} từ năm đánh giá trừ {before} trở về trước"
        elif w is not None:
            cond = f"Được tặng {names} {times} trong {w} năm gần nhất đến năm đánh giá"
        else:
            cond = f"Đã được tặng {names} {times}"
        src = req.source

        def collect(ix: _Index, awards: dict[str, set[int]], reset: int) -> set[int]:
            hi = ix.year - before
            lo = ix.year - w + 1 if w is not None else _NEVER
            lo = max(lo, reset + 1)
            out: set[int] = set()
            for k in kinds:
                ys = awards.get(k)
                if ys:
                    out.update(yy for yy in ys if lo <= yy <= hi)
            return out

        def chain(years: set[int]) -> tuple[int, ...] | None:
            if not consecutive:
                return tuple(sorted(years)) if len(years) >= count else None
            for e in sorted(years, reverse=True):
                run = tuple(e - k * period for k in range(count))
                if all(x in years for x in run):
                    return tuple(sorted(run))
            return None

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            strict = collect(ix, ix.awards_s, ix.reset_s)
            found = chain(strict)
            if found is not None:
                return _reason(node, cond, src, True, found)
            if ix.awards_l is ix.awards_s and ix.reset_l == ix.reset_s:
                lenient = strict
            else:
                lenient = collect(ix, ix.awards_l, ix.reset_l)
            if chain(lenient) is None:
                note = ix.reset_note if ix.reset_l > _NEVER else ""
                return _reason(node, cond, src, False, tuple(sorted(lenient)), note=note)
            return _reason(
                node,
                cond,
                src,
                None,
                tuple(sorted(lenient)),
                note=_UNSURE,
            )

        return f

    def _initiative(self, req: HasInitiative) -> _Node:
        node = self._id()
        need = _LEVEL[req.level]
        level_of = _LEVEL
        kinds = frozenset(req.kinds)
        count, w, unused = req.count, req.within_years, req.unused
        what = "/".join(k.label for k in req.kinds)
        when = "trong năm đánh giá" if w == 1 else (f"trong {w} năm gần nhất" if w else "")
        free = ", chưa dùng làm căn cứ khen thưởng khác" if unused else ""
        cond = f"Có {count} {what} được công nhận {req.level.label} trở lên {when}{free}".replace(
            "  ", " "
        )
        src = req.source

        def status(ix: _Index, kc: _KindCtx, ini_id: str) -> tuple[bool | None, str]:
            """Whether an initiative is free (True), used (False) or uncertain (None)."""
            uses = ix.used.get(ini_id)
            if not unused or not uses:
                return True, ""
            result: bool | None = True
            why = ""
            policy = ix.policy
            for code, yy in sorted(uses):
                if code == kc.code and yy == ix.year:
                    continue
                category = _BY_CODE[code].category
                if category is not kc.category or category is Category.FORM:
                    flag = policy.initiative_single_use
                    verdict: bool | None = None if flag is None else not flag
                else:
                    flag = policy.reuse_between_titles
                    verdict = flag
                if verdict is False or (verdict is None and result is True):
                    result = verdict
                    why = f"{ini_id} đã dùng cho {_name(code)} năm {yy}"
                if result is False:
                    break
            return result, why

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            if not ix.inits:
                return _reason(node, cond, src, False)
            y = ix.year
            lo = y - w + 1 if w is not None else _NEVER
            strict: list[str] = []
            lenient: list[str] = []
            notes: list[str] = []
            for ini in ix.inits:
                if (
                    level_of[ini.level] < need
                    or ini.kind not in kinds
                    or not lo <= ini.year <= y
                    or ini.year <= ix.reset_l
                ):
                    continue
                ok, why = status(ix, kc, ini.id)
                if why:
                    notes.append(why)
                if ok is False:
                    continue
                lenient.append(ini.id)
                if ok and ini.year > ix.reset_s:
                    strict.append(ini.id)
            note = "; ".join(sorted(notes))
            if len(strict) >= count:
                return _reason(node, cond, src, True, items=tuple(sorted(strict)), note=note)
            met = _both(False, len(lenient) >= count)
            return _reason(node, cond, src, met, items=tuple(sorted(lenient)), note=note)

        return f

    def _nodiscipline(self, req: NoDiscipline) -> _Node:
        node = self._id()
        sev = _SEVERITY[req.at_least]
        w = req.within_years
        when = "trong năm đánh giá" if w == 1 else f"trong {w} năm gần nhất"
        cond = f"Không bị kỷ luật từ mức {req.at_least.label} trở lên {when}"
        src = req.source

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            start, end = date(ix.year - w + 1, 1, 1), date(ix.year, 12, 31)
            hits = tuple(
                sorted(
                    f"{p.level.label} từ {p.start:%d/%m/%Y}"
                    for p in ix.discipline
                    if _SEVERITY[p.level] >= sev
                    and p.start <= end
                    and (p.end is None or p.end >= start)
                )
            )
            return _reason(node, cond, src, not hits, items=hits)

        return f

    def _attested(self, req: Attested) -> _Node:
        node = self._id()
        crit, cond, src = req.criterion, req.description, req.source

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            met = ix.attest.get((ix.year, crit))
            note = "chưa có xác nhận" if met is None else ""
            return _reason(node, cond, src, met, note=note)

        return f

    def _members(self, req: MemberShare | MemberCount) -> _Node:
        node = self._id()
        field = req.measure.value
        src = req.source
        if isinstance(req, MemberShare):
            percent = format((req.at_least * 100).normalize(), "f").replace(".", ",")
            cond = f"Tỷ lệ {req.measure.label} đạt từ {percent}% trở lên"
            share = req.at_least

            def test(count: int, total: int) -> bool:
                return total > 0 and Decimal(count) >= share * total

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

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            m = ix.members.get(ix.year)
            if m is None:
                return _reason(node, cond, src, None, note="thiếu số liệu thành viên")
            count = getattr(m, field)
            return _reason(
                node,
                cond,
                src,
                test(count, m.members),
                (ix.year,),
                note=f"{count}/{m.members}",
            )

        return f

    def _group(self, req: LeadsGroup) -> _Node:
        node = self._id()
        orgs = frozenset(req.organisers)
        cond = "Dẫn đầu cụm, khối thi đua do " + " hoặc ".join(o.label for o in req.organisers)
        cond += " tổ chức"
        src = req.source

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            rows = [s for s in ix.standings.get(ix.year, ()) if s.organiser in orgs]
            if not rows:
                return _reason(node, cond, src, None, note="không có dữ liệu cụm, khối thi đua")
            led = tuple(sorted(s.group for s in rows if s.leader))
            if led:
                return _reason(node, cond, src, True, (ix.year,), led)
            groups = tuple(sorted(s.group for s in rows))
            return _reason(node, cond, src, False, (ix.year,), groups)

        return f

    def _movement(self, req: LeadsMovement) -> _Node:
        node = self._id()
        orgs = frozenset(req.organisers)
        cond = (
            f"Dẫn đầu phong trào thi đua theo chuyên đề từ {req.min_years} năm trở lên do "
            + " hoặc ".join(o.label for o in req.organisers)
            + " phát động, khi tổng kết"
        )
        minimum, src = req.min_years, req.source

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            rows = [m for m in ix.movements if m.end_year == ix.year and m.organiser in orgs]
            ok = tuple(sorted(m.movement for m in rows if m.leader and m.years >= minimum))
            if ok:
                return _reason(node, cond, src, True, (ix.year,), ok)
            return _reason(node, cond, src, False, items=tuple(sorted(m.movement for m in rows)))

        return f

    def _qualifies(self, req: Qualifies, year: int, recipient: RecipientKind) -> _Node:
        node = self._id()
        compiled = self._kind_rules(req.kind, year, recipient)
        cond = f"Đạt tiêu chuẩn «{_name(req.kind)}»"
        src = req.source

        key = id(compiled)

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            found = ix.memo.get(key)
            if found is None:
                found = ix.memo[key] = _run(compiled, ix)
            met, parts = found
            return _reason(node, cond, src, met, parts=parts)

        return f

    def _compound(self, req: AllOf | AnyOf, year: int, recipient: RecipientKind) -> _Node:
        node = self._id()
        parts = tuple(self._node(p, year, recipient) for p in req.parts)
        combine = _and if isinstance(req, AllOf) else _or
        default = (
            "Đáp ứng đủ các điều kiện"
            if isinstance(req, AllOf)
            else "Đáp ứng một trong các điều kiện"
        )
        cond = req.description or default
        src = req.source

        def f(ix: _Index, kc: _KindCtx) -> Reason:
            reasons = tuple([p(ix, kc) for p in parts])
            return _reason(node, cond, src, combine([r.met for r in reasons]), (), (), "", reasons)

        return f

    # --- checking -----------------------------------------------------------------------

    def _policy(self, year: int) -> CountingPolicy:
        found = self._policies.get(year)
        if found is None:
            found = self._policies[year] = self.rules.policy_for(year)
        return found

    def check(
        self, kind: str | AwardKind, history: History, *, year: int, on: date | None = None
    ) -> Decision:
        """Check one award kind; see :func:`evaluate`.

        Examples:
            >>> from mttq.awards.model import History, Recipient
            >>> compile_rules(RuleSet()).check("ldtt", History(recipient=Recipient(id="p")),
            ...                                year=2025).reasons[0].condition
            'Chưa có quy tắc được xác minh cho «LĐTT» năm 2025'
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
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
            raise InvalidValueError("year", year, "expected a year between 1900 and 2200")
        if not isinstance(history, History):
            raise InvalidValueError("history", history, "expected a History")
        if on is None:
            on = date(year, 12, 31)
        elif not isinstance(on, date):
            raise InvalidValueError("on", on, "expected a datetime.date")
        recipient = history.recipient
        rkind = recipient.kind
        compiled: list[_Compiled] = []
        for k in kinds:
            found = self._by_kind.get((k, year, rkind)) if isinstance(k, str) else None
            if found is None:
                award = find_kind(k)
                if not award.allows(rkind):
                    raise InvalidValueError(
                        "history.recipient.kind",
                        rkind.value,
                        f"a {rkind.label} cannot receive «{award.name}»",
                    )
                found = self._kind_rules(award.code, year, rkind)
                if isinstance(k, str):
                    self._by_kind[k, year, rkind] = found
            compiled.append(found)
        policy = self._policy(year)
        ix = _Index(history, year, policy)
        deferral = _deferral(history, policy, on) if history.pending else None
        out: list[Decision] = []
        rid = recipient.id
        memo = ix.memo
        for c in compiled:
            result = memo.get(id(c))
            if result is None:
                result = memo[id(c)] = _run(c, ix)
            eligible, reasons = result
            deferred = False
            if deferral is not None:
                reasons = (*reasons, deferral)
                if deferral.met is None:
                    eligible = _and((eligible, None))
                else:
                    deferred = True
            out.append(
                Decision(
                    kind=c.code,
                    year=year,
                    recipient=rid,
                    eligible=eligible,
                    deferred=deferred,
                    reasons=reasons,
                    rules=c.rule_ids,
                    quotas=c.quotas,
                )
            )
        return tuple(out)


def _run(c: _Compiled, ix: _Index) -> tuple[bool | None, tuple[Reason, ...]]:
    """Evaluate the compiled rules of one kind: AND of the rules, their reasons flattened."""
    if not c.nodes:
        return None, c.empty
    if len(c.nodes) == 1:
        flatten, fn = c.nodes[0]
        r = fn(ix, c.ctx)
        return r.met, (r.parts if flatten else (r,))
    reasons: list[Reason] = []
    mets: list[bool | None] = []
    for flatten, fn in c.nodes:
        r = fn(ix, c.ctx)
        mets.append(r.met)
        if flatten:
            reasons.extend(r.parts)
        else:
            reasons.append(r)
    return _and(mets), tuple(reasons)


_UNSURE_RESET = "; chưa rõ có tính lại không"
_UNSURE = "chưa rõ khen thưởng đột xuất, chuyên đề hoặc thời gian trước kỷ luật có được tính"
_DEFER_COND = "Không có vụ việc đang xem xét (kỷ luật, thanh tra, điều tra, khiếu nại, xác minh)"


def _deferral(history: History, policy: CountingPolicy, on: date) -> Reason | None:
    open_ = tuple(
        sorted(f"{p.kind.label} từ {p.since:%d/%m/%Y}" for p in history.pending if p.open_on(on))
    )
    if not open_:
        return None
    if policy.defer_when_pending is None:
        return Reason(
            condition=_DEFER_COND,
            met=None,
            source=policy.source,
            items=open_,
            note="quy định tạm hoãn của giai đoạn này chưa được xác minh",
        )
    if not policy.defer_when_pending:
        return None
    return Reason(
        condition=_DEFER_COND, met=False, source=policy.source, items=open_, note="tạm hoãn xét"
    )


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
        UnknownCodeError: ``kind`` or an award record's kind is not in the catalogue.
        InvalidValueError: a record for a year after ``year``; a recipient who may not
            receive ``kind`` (a household for an individual title); a bad ``year``.

    Examples:
        >>> from mttq.awards.model import History, Recipient
        >>> evaluate(RuleSet(), "ldtt", History(recipient=Recipient(id="p")), year=2025).eligible
    """
    return compile_rules(rules).check(kind, history, year=year, on=on)


# --- bonus arithmetic ------------------------------------------------------------------

_STEP = Decimal(10_000)


def round_up_bonus(amount: Decimal | int) -> int:
    """Round a bonus up to the next multiple of 10,000 đồng (NĐ 152/2025/NĐ-CP Điều 49).

    Examples:
        >>> round_up_bonus(Decimal("702000"))
        710000
        >>> round_up_bonus(700000)
        700000
    """
    value = Decimal(amount)
    return int((value / _STEP).to_integral_value(rounding=ROUND_CEILING) * _STEP)


_T = TypeVar("_T", BonusRule, HouseholdFactor, BaseSalary)


def _pick(items: Iterable[_T], on: date, test: Callable[[_T], bool] = lambda _: True) -> _T | None:
    found: _T | None = None
    for item in items:
        if test(item) and in_force(item.effective_from, item.effective_to, on):
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

    Raises:
        UnknownCodeError: unknown ``kind`` or ``recipient``.
        InvalidValueError: ``on`` is not a date, ``base_salary`` is not a positive int, or the
            recipient may not receive ``kind``.

    Examples:
        >>> rule = BonusRule(id="b", kind="ldtt", recipient=RecipientKind.INDIVIDUAL,
        ...                  multiplier=Decimal("0.3"), source="NĐ 152/2025/NĐ-CP, Điều 50")
        >>> bonus_amount("ldtt", on=date(2025, 8, 1), recipient="individual",
        ...              base_salary=2_340_000, bonuses=(rule,))
        710000
    """
    award = find_kind(kind)
    who = recipient if isinstance(recipient, RecipientKind) else RecipientKind.parse(recipient)
    if not isinstance(on, date):
        raise InvalidValueError("on", on, "expected a datetime.date")
    if base_salary is not None and (
        not isinstance(base_salary, int) or isinstance(base_salary, bool) or base_salary <= 0
    ):
        raise InvalidValueError("base_salary", base_salary, "expected a positive int (đồng)")
    if not award.allows(who):
        raise InvalidValueError("recipient", who.value, f"cannot receive «{award.name}»")
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
    amount = round_up_bonus(rule.multiplier * base_salary)
    return amount if factor == 1 else round_up_bonus(amount * factor)
