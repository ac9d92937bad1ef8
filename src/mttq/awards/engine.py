"""The eligibility engine: compiles a rule set and checks recipients' histories against it.

The engine never imports the bundled rules: it takes a :class:`~mttq.awards.requirements.RuleSet`
as an argument and compiles each rule once (per award kind, assessment year and recipient
kind) into the small functions of :mod:`mttq.awards.conditions`, which read a light index of
one history, so many checks are cheap. :meth:`Engine.check` explains; :meth:`Engine.verdict`
gives the verdict alone, faster::

    >>> from mttq.awards.history import History, Recipient, YearRating
    >>> from mttq.awards.requirements import AllOf, AwardRule, RatingAtLeast, RuleSet
    >>> from mttq.codes import Rating
    >>> rules = RuleSet(rules=(AwardRule(
    ...     id="demo.ldtt", kind="ldtt", source="Luật 06/2022/QH15, Điều 24",
    ...     requirement=AllOf(parts=(
    ...         RatingAtLeast(rating=Rating.HTTNV, source="Luật 06/2022/QH15, Điều 24 k1"),
    ...     ))),))
    >>> h = History(recipient=Recipient(id="p1"),
    ...             ratings=(YearRating(year=2025, rating=Rating.HTTNV),))
    >>> engine = compile_rules(rules)
    >>> engine.check("ldtt", h, year=2025).eligible, engine.verdict("ldtt", h, year=2025)
    (True, Verdict(eligible=True, deferred=False))

How it is fast: each compiled condition first reduces the history to a small *key*, the few
facts its outcome depends on (a rating, an attestation, the matching initiatives...), with
the outcome (met or not) as the key's first item. The explained :class:`Reason` of a key,
and the reasons of a whole award kind, are built once and shared by every history with the
same key. :meth:`Engine.verdict` finds the outcome alone: it stops at the first part that
decides an ``AllOf`` (one not met) or an ``AnyOf`` (one met), and builds no explanation.
An engine may be shared by threads: compiling takes a lock, checking needs none.

Logic is three-valued: a condition is met (``True``), not met (``False``) or undetermined
(``None``, e.g. a rating or an attestation is missing, or the counting policy of the period
is not verified and the two readings disagree). ``AllOf`` is ``False`` if any part is
``False``, else ``None`` if any is ``None``; ``AnyOf`` is ``True`` if any part is ``True``,
else ``None`` if any is ``None``. An open matter defers the award (NĐ 152/2025/NĐ-CP Điều 4
k4).

Sources: NĐ 152/2025/NĐ-CP, Điều 4 k4 (deferral); the counting rules of
:mod:`mttq.awards.conditions`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from datetime import date

from mttq.awards.catalogue import AwardKind, RecipientKind, find_kind
from mttq.awards.conditions import (
    CACHE_LIMIT,
    NO_KEY,
    FreshFn,
    Index,
    Key,
    KeyFn,
    KindContext,
    Node,
    VerdictFn,
    attested_node,
    fresh_parts,
    holds_node,
    initiative_node,
    kind_name,
    leads_group_node,
    leads_movement_node,
    members_node,
    no_discipline_node,
    rating_node,
    undetermined_node,
)
from mttq.awards.decision import Decision, QuotaNote, Reason, Verdict, new_decision, new_reason
from mttq.awards.history import History
from mttq.awards.requirements import (
    AllOf,
    AnyOf,
    Attested,
    CountingPolicy,
    HasInitiative,
    HoldsTitle,
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
)
from mttq.errors import InvalidValueError
from mttq.fields import as_date, year_end

__all__ = ["Engine", "compile_rules"]

_Result = tuple[bool | None, tuple[Reason, ...]]
_UNSET = object()


def _and(values: Iterable[bool | None]) -> bool | None:
    result: bool | None = True
    for v in values:
        if v is False:
            return False
        if v is None:
            result = None
    return result


def _and_keys(keys: tuple[Key, ...]) -> bool | None:
    result: bool | None = True
    for k in keys:
        v = k[0]
        if v is False:
            return False
        if v is None:
            result = None
    return result


def _or_keys(keys: tuple[Key, ...]) -> bool | None:
    result: bool | None = False
    for k in keys:
        v = k[0]
        if v is True:
            return True
        if v is None:
            result = None
    return result


def _combined(fns: tuple[KeyFn, ...], every: bool) -> KeyFn:
    """The key of a compound: its outcome, then the keys of its parts (one flat tuple).

    ``every``: all parts must be met (AllOf), else one is enough (AnyOf). Three-valued: a
    deciding part (``False`` for AllOf, ``True`` for AnyOf) decides, else ``None`` if a part
    is undetermined. Unrolled up to 4 parts.
    """
    win: bool = not every  # the outcome of one part that decides the whole
    lose: bool = every
    if len(fns) == 2:
        f0, f1 = fns

        def key2(ix: Index) -> Key:
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

        def key3(ix: Index) -> Key:
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

        def key4(ix: Index) -> Key:
            a, b, c, d = f0(ix), f1(ix), f2(ix), f3(ix)
            va, vb, vc, vd = a[0], b[0], c[0], d[0]
            if va is win or vb is win or vc is win or vd is win:
                return (win, a, b, c, d)
            if va is None or vb is None or vc is None or vd is None:
                return (None, a, b, c, d)
            return (lose, a, b, c, d)

        return key4
    combine = _and_keys if every else _or_keys

    def key(ix: Index) -> Key:
        keys = tuple([f(ix) for f in fns])
        return (combine(keys), *keys)

    return key


def _decided(fns: tuple[VerdictFn, ...], every: bool) -> VerdictFn:
    """The verdict of a compound, stopping at the first part that decides it.

    Equal to the first item of :func:`_combined`'s key for the same parts (three-valued
    AND/OR may stop early), and no condition raises once compiled, so stopping early
    changes nothing but the time.
    """
    win: bool = not every
    lose: bool = every
    if len(fns) == 2:
        g0, g1 = fns

        def verdict2(ix: Index) -> bool | None:
            a = g0(ix)
            if a is win:
                return win
            b = g1(ix)
            if b is win:
                return win
            return None if a is None or b is None else lose

        return verdict2

    def verdict(ix: Index) -> bool | None:
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
        nodes: tuple[tuple[bool, Node], ...],
        rule_ids: tuple[str, ...],
        quotas: tuple[QuotaNote, ...],
        empty: tuple[Reason, ...],
    ) -> None:
        self.code = code
        self.nodes = nodes
        self.rule_ids = rule_ids
        self.quotas = quotas
        self.empty = empty
        self.cache: dict[Key, _Result] = {}
        self.mark = object()  # where an index remembers this kind's verdict
        self.fresh: FreshFn | None
        self.key: KeyFn
        self.verdict: VerdictFn
        if not nodes:
            self.key = lambda ix: NO_KEY
            self.verdict = lambda ix: None
            self.fresh = None
        elif len(nodes) == 1:
            self.key = nodes[0][1].key
            self.verdict = nodes[0][1].verdict
            self.fresh = nodes[0][1].fresh
        else:
            self.key = _combined(tuple(n.key for _, n in nodes), every=True)
            self.verdict = _decided(tuple(n.verdict for _, n in nodes), every=True)
            self.fresh = fresh_parts([n.fresh for _, n in nodes])

    def of(self, ix: Index) -> Key:
        """The key of this kind for ``ix``, computed once per index."""
        memo = ix.memo
        found = memo.get(self)
        if found is None:
            found = memo[self] = self.key(ix)
        return found

    def decide(self, ix: Index) -> bool | None:
        """The outcome of this kind for ``ix`` (the first item of :meth:`of`), once per index."""
        memo = ix.memo
        mark = self.mark
        found = memo.get(mark, _UNSET)
        if found is _UNSET:
            found = memo[mark] = self.verdict(ix)
        return found  # type: ignore[no-any-return]

    def result(self, key: Key) -> _Result:
        fresh = self.fresh
        if fresh is not None and fresh(key):  # not remembered: no need to look it up
            return self._build(key)
        found = self.cache.get(key)
        if found is None:
            found = self._build(key)
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            self.cache[key] = found
        return found

    def _build(self, key: Key) -> _Result:
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


class Engine:
    """A compiled rule set: checks histories against the rules it was built from.

    Build it with :func:`compile_rules`; it caches the compiled requirement of each award
    kind per assessment year and recipient kind.

    Examples:
        >>> from mttq.awards.requirements import RuleSet
        >>> engine = compile_rules(RuleSet())
        >>> from mttq.awards.history import History, Recipient
        >>> engine.check("ldtt", History(recipient=Recipient(id="p")), year=2025).eligible is None
        True
    """

    def __init__(self, rules: RuleSet) -> None:
        if not isinstance(rules, RuleSet):
            raise InvalidValueError("rules", rules, "expected a RuleSet")
        self.rules = rules
        self._compiled: dict[tuple[str, int, RecipientKind], _Compiled] = {}
        self._by_kinds: dict[tuple[object, int, RecipientKind], tuple[_Compiled, ...]] = {}
        # Compilation runs under ``_lock`` (re-entrant: ``Qualifies`` compiles the kind it
        # names), so ``_compiling`` is the stack of the one thread compiling: a cycle is
        # found on that stack only, never on another thread's. Checking needs no lock.
        self._lock = threading.RLock()
        self._compiling: set[tuple[str, int, RecipientKind]] = set()
        self._policies: dict[int, CountingPolicy] = {}

    # --- compilation -------------------------------------------------------------------

    def _kind_rules(self, kind: str, year: int, recipient: RecipientKind) -> _Compiled:
        key = (kind, year, recipient)
        found = self._compiled.get(key)
        if found is not None:
            return found
        with self._lock:
            found = self._compiled.get(key)  # another thread may have compiled it meanwhile
            if found is not None:
                return found
            return self._compile(kind, year, recipient)

    def _compile(self, kind: str, year: int, recipient: RecipientKind) -> _Compiled:
        """Compile the rules of ``kind`` (``_lock`` held)."""
        key = (kind, year, recipient)
        if key in self._compiling:
            raise InvalidValueError("requirement", kind, "refers to itself through Qualifies")
        self._compiling.add(key)
        ctx = KindContext(kind)
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

    def _node(
        self, req: Requirement, year: int, recipient: RecipientKind, ctx: KindContext
    ) -> Node:
        """Compile ``req``, a part of the rules of ``ctx.code`` for assessment year ``year``."""
        if isinstance(req, RatingAtLeast):
            return rating_node(req, year)
        if isinstance(req, HoldsTitle):
            return holds_node(req, year)
        if isinstance(req, HasInitiative):
            return initiative_node(req, year, ctx)
        if isinstance(req, NoDiscipline):
            return no_discipline_node(req, year)
        if isinstance(req, Attested):
            return attested_node(req, year)
        if isinstance(req, MemberShare | MemberCount):
            return members_node(req, year)
        if isinstance(req, LeadsGroup):
            return leads_group_node(req, year)
        if isinstance(req, LeadsMovement):
            return leads_movement_node(req, year)
        if isinstance(req, Qualifies):
            return self._qualifies(req, year, recipient)
        if isinstance(req, Undetermined):
            return undetermined_node(req)
        if isinstance(req, AllOf | AnyOf):
            return self._compound(req, year, recipient, ctx)
        raise InvalidValueError("requirement", req, "is not a requirement shape")

    def _qualifies(self, req: Qualifies, year: int, recipient: RecipientKind) -> Node:
        code = find_kind(req.kind).code  # a name counts as its code
        compiled = self._kind_rules(code, year, recipient)
        cond = f"Đạt tiêu chuẩn “{kind_name(code)}”"
        src = req.source

        def build(key: Key) -> Reason:
            met, parts = compiled.result(key)
            return new_reason(cond, met, src, (), (), "", parts)

        node = Node(compiled.of, build, verdict=compiled.decide)
        node.fresh = compiled.fresh
        return node

    def _compound(
        self, req: AllOf | AnyOf, year: int, recipient: RecipientKind, ctx: KindContext
    ) -> Node:
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

        def build(key: Key) -> Reason:
            return new_reason(cond, key[0], src, (), (), "", node.part_reasons(key))

        node = Node(key, build, parts, verdict=verdict)
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
                    ("history", "recipient", "kind"),
                    rkind.value,
                    f"a {rkind.label} cannot receive '{award.name}'",
                )
            try:
                compiled.append(self._kind_rules(award.code, year, rkind))
            except RecursionError:
                with self._lock:
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
    ) -> tuple[tuple[_Compiled, ...], Index, Reason | None]:
        """Check the arguments; the compiled kinds, the history's index and any deferral."""
        year_end(year)  # refuses what is not a year
        if not isinstance(history, History):
            raise InvalidValueError("history", history, "expected a History")
        if on is not None:
            on = as_date(on)
        compiled = self._kinds(kinds, year, history.recipient.kind)
        policy = self._policy(year)
        ix = Index(history, year, policy)
        deferral = None
        if history.pending:
            deferral = _deferral(history, policy, date(year, 12, 31) if on is None else on)
        return compiled, ix, deferral

    def check(
        self, kind: str | AwardKind, history: History, *, year: int, on: date | None = None
    ) -> Decision:
        """Is ``history``'s recipient eligible for ``kind`` in assessment ``year``, and why?

        The rules in force on 31 December of ``year`` apply (all of them, combined with AND).
        ``on`` is the day open matters are looked at for deferral (default: 31 December).

        Raises:
            UnknownCodeError: ``kind`` is not in the catalogue.
            InvalidValueError: a record for a year after ``year``; a recipient who may not
                receive ``kind`` (a household for an individual title); a bad ``year``.

        Examples:
            >>> from mttq.awards.history import History, Recipient
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
            >>> from mttq.awards.history import History, Recipient
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
                new_decision(
                    c.code, year, rid, rname, eligible, deferred, reasons, c.rule_ids, c.quotas
                )
            )
        return tuple(out)

    def verdict(
        self, kind: str | AwardKind, history: History, *, year: int, on: date | None = None
    ) -> Verdict:
        """The verdict of :meth:`check` without its explanation.

        Always equal to ``check(...).verdict`` with the same arguments, and raises the same
        errors, but builds no :class:`Reason` and no :class:`Decision`: use it to screen
        many histories, then :meth:`check` the ones whose explanation is wanted.

        Examples:
            >>> from mttq.awards.history import History, Recipient
            >>> compile_rules(RuleSet()).verdict("ldtt", History(recipient=Recipient(id="p")),
            ...                                  year=2025)
            Verdict(eligible=None, deferred=False)
        """
        return self.verdicts((kind,), history, year=year, on=on)[0]

    def verdicts(
        self,
        kinds: Sequence[str | AwardKind],
        history: History,
        *,
        year: int,
        on: date | None = None,
    ) -> tuple[Verdict, ...]:
        """The verdicts of :meth:`check_many` without explanations, one per kind, in order.

        Each is always equal to the :attr:`Decision.verdict` of the :class:`Decision` that
        :meth:`check_many` returns for that kind.

        Examples:
            >>> from mttq.awards.history import History, Recipient
            >>> [v.eligible for v in compile_rules(RuleSet()).verdicts(
            ...     ("ldtt", "cstdcs"), History(recipient=Recipient(id="p")), year=2025)]
            [None, None]
        """
        compiled, ix, deferral = self._start(kinds, history, year, on)
        try:
            if deferral is None:
                return tuple([_OPEN[c.decide(ix)] for c in compiled])
            if deferral.met is None:
                return tuple([_OPEN[_UNSURE_OF[c.decide(ix)]] for c in compiled])
            return tuple([_DEFERRED[c.decide(ix)] for c in compiled])
        except RecursionError:  # Qualifies chains of deeply nested rules
            raise InvalidValueError("rules", kinds, _TOO_DEEP) from None


# The verdicts, shared: not deferred, deferred; and an outcome ANDed with "undetermined".
_OPEN = {e: Verdict.of(e, False) for e in (True, False, None)}
_DEFERRED = {e: Verdict.of(e, True) for e in (True, False, None)}
_UNSURE_OF: dict[bool | None, bool | None] = {True: None, False: False, None: None}
_DEFER_COND = "Không có vụ việc đang xem xét (kỷ luật, thanh tra, điều tra, khiếu nại, xác minh)"
_TOO_DEEP = "its requirements nest too deeply (through Qualifies and AllOf/AnyOf)"


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
        return new_reason(_DEFER_COND, None, policy.source, (), open_, note, ())
    if not policy.defer_when_pending:
        return None
    return new_reason(_DEFER_COND, False, policy.source, (), open_, "tạm hoãn xét", ())


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
