"""The rule shapes: award requirements, dated award rules, counting policies, money tables.

Rules are data. A requirement is a tree made of a small closed set of frozen shapes, each
citing its legal source; an :class:`AwardRule` dates a requirement and ties it to an award
kind; a :class:`RuleSet` holds the rules and the cross-cutting :class:`CountingPolicy` values.
The engine (:mod:`mttq.awards.engine`) evaluates them; the bundled national values live in
:mod:`mttq.awards.national`. A province or a bloc composes its own requirements from the same
shapes (no subclassing)::

    >>> from mttq.codes import Rating
    >>> req = AllOf(parts=(
    ...     RatingAtLeast(rating=Rating.HTTNV, source="Luật 06/2022/QH15, Điều 24 k1"),
    ...     NoDiscipline(source="QĐ của tỉnh"),
    ... ))
    >>> rule = AwardRule(id="tinh.giay-khen", kind="giay-khen", requirement=req,
    ...                  effective_from=date(2025, 12, 15), source="QĐ 86/2025/QĐ-UBND")
    >>> rule.in_force_for(2025), rule.in_force_for(2024)
    (True, False)

Every field that names an award kind (``AwardRule.kind``, ``HoldsTitle.kinds``,
``Qualifies.kind``, ``BonusRule.kind``, ``VoteThreshold.kinds``) accepts a code, a name, an
abbreviation or an alias and stores the code (an unknown kind raises
:class:`~mttq.errors.UnknownCodeError`)::

    >>> Qualifies(kind="Lao động tiên tiến").kind, HoldsTitle(kinds=["CSTĐCS"]).kinds
    ('ldtt', ('cstdcs',))

Every shape type-checks its fields when built and bounds its numbers: year spans up to
:data:`MAX_SPAN`, counts up to :data:`MAX_COUNT`, ``AllOf``/``AnyOf`` nested up to
:data:`MAX_DEPTH` levels, shares ``Decimal`` from 0 to 1, multipliers positive ``Decimal``
up to :data:`MAX_MULTIPLIER`, amounts whole đồng up to :data:`MAX_AMOUNT` (never a float)::

    >>> MemberShare(measure=MemberMeasure.LDTT, at_least=Decimal("NaN"))
    Traceback (most recent call last):
    ...
    mttq.errors.InvalidValueError: invalid at_least=Decimal('NaN'): expected a finite Decimal \
(or an int)

Which rule applies to an assessment year is decided by dates only: a rule applies to year
``Y`` when it is in force on 31 December of ``Y`` (the end of the assessment period). The
shapes are serialised by :mod:`mttq.io` as a tagged union (``"type"`` = the class name).

Sources: none for the shapes themselves (each value cites its own; the bundled ones are in
:mod:`mttq.awards.national`); the counting policy's flags follow NĐ 152/2025/NĐ-CP, Điều 4
k3, k4.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Final, TypeAlias, TypeVar

import attrs

from mttq.awards.catalogue import (
    RecipientKind,
    check_date_order,
    check_nonempty,
    kind_code,
    kind_codes,
)
from mttq.awards.decision import QuotaNote
from mttq.awards.history import (
    AwardShare,
    Basis,
    DisciplineLevel,
    InitiativeKind,
    InitiativeLevel,
    Organiser,
)
from mttq.codes import CodeEnum, Rating
from mttq.errors import InvalidValueError
from mttq.fields import (
    EXACT,
    MAX_AMOUNT,
    Code,
    Count,
    Dated,
    Slug,
    Spec,
    check_fields,
    enum_check,
    in_force,
    year_end,
)
from mttq.tables import Table

__all__ = [
    "MAX_AMOUNT",
    "MAX_COUNT",
    "MAX_DEPTH",
    "MAX_MULTIPLIER",
    "MAX_MULTIPLIER_PLACES",
    "MAX_SPAN",
    "AllOf",
    "AnyOf",
    "Attested",
    "AwardRule",
    "BaseSalary",
    "BonusRule",
    "CountingPolicy",
    "HasInitiative",
    "HoldsTitle",
    "HouseholdFactor",
    "LeadsGroup",
    "LeadsMovement",
    "MemberCount",
    "MemberMeasure",
    "MemberShare",
    "Multiplier",
    "NoDiscipline",
    "Qualifies",
    "RatingAtLeast",
    "Required",
    "Requirement",
    "RuleSet",
    "Salary",
    "Undetermined",
    "VoteThreshold",
    "Years",
    "YearsBack",
    "items_of",
]


#: The longest span of years a rule may name (``years``, ``within_years``, ``period``,
#: ``before``, ``min_years``). A window longer than every record (more than the
#: MAX_YEAR - MIN_YEAR + 1 assessment years) reads as "at any time".
MAX_SPAN: Final = 10_000

#: The most awards or initiatives a rule may require (``count``).
MAX_COUNT: Final = 1000

#: How deeply ``AllOf``/``AnyOf`` requirements may nest.
MAX_DEPTH: Final = 32

#: The largest bonus multiplier (of the base salary) and household factor.
MAX_MULTIPLIER: Final = Decimal(1000)

#: The most digits a multiplier or a household factor has after the point.
MAX_MULTIPLIER_PLACES: Final = 4


#: A number of years a rule names (``years``, ``within_years``, ``period``, ``min_years``).
Years: TypeAlias = Annotated[
    int, Spec(name="Years", what="a number of years", minimum=1, maximum=MAX_SPAN)
]

#: A number of years back from the assessment year (``before``), from 0.
YearsBack: TypeAlias = Annotated[
    int, Spec(name="YearsBack", what="a number of years", minimum=0, maximum=MAX_SPAN)
]

#: How many awards or initiatives a rule requires (``count``).
Required: TypeAlias = Annotated[
    int, Spec(name="Required", what="a required count", minimum=1, maximum=MAX_COUNT)
]

#: A bonus multiplier or household factor: a Decimal above 0 (at most 4 places, so at least
#: 0.0001) and up to :data:`MAX_MULTIPLIER`.
Multiplier: TypeAlias = Annotated[
    Decimal,
    Spec(
        name="Multiplier",
        what="a multiplier",
        minimum=Decimal(1).scaleb(-MAX_MULTIPLIER_PLACES),
        maximum=MAX_MULTIPLIER,
        places=MAX_MULTIPLIER_PLACES,
    ),
]

#: A base salary in whole đồng, above 0 and up to :data:`MAX_AMOUNT`.
Salary: TypeAlias = Annotated[
    int, Spec(name="Money", what="an amount in đồng", minimum=1, maximum=MAX_AMOUNT)
]


_T = TypeVar("_T")


def items_of(field: str, values: object, cls: type[_T]) -> tuple[_T, ...]:
    """A tuple or list of ``cls`` values given to a function, as a tuple."""
    if isinstance(values, Table):
        values = values.values()
    if not isinstance(values, tuple | list):
        raise InvalidValueError(field, values, f"expected a tuple of {cls.__name__}")
    for i, v in enumerate(values):
        if not isinstance(v, cls):
            raise InvalidValueError((field, i), v, f"expected a {cls.__name__}")
    return tuple(values)


class MemberMeasure(CodeEnum):
    """Which member figure of a collective (:class:`~mttq.awards.history.MemberYear`) to read.

    Examples:
        >>> MemberMeasure.LDTT.label
        'cá nhân đạt Lao động tiên tiến'
    """

    LDTT = "ldtt", "cá nhân đạt Lao động tiên tiến"
    CSTDCS = "cstdcs", "cá nhân đạt Chiến sĩ thi đua cơ sở"
    COMPLETED = "completed", "cá nhân hoàn thành nhiệm vụ trở lên"
    DISCIPLINED = "disciplined", "cá nhân bị kỷ luật từ cảnh cáo trở lên"


@attrs.frozen(kw_only=True)
class RatingAtLeast:
    """The recipient's rating is ``rating`` or better in the years counted.

    With ``within_years=None``: each of the ``years`` years ending with the assessment year
    (a consecutive streak; a worse or missing year breaks it). With ``within_years=w``: at
    least ``years`` such years among the last ``w`` years.

    Examples:
        >>> RatingAtLeast(rating=Rating.HTXSNV, years=2).years
        2
    """

    rating: Rating
    years: Years = 1
    within_years: Years | None = None
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if self.within_years is not None and self.years > self.within_years:
            raise InvalidValueError(
                "years", self.years, f"is more than within_years={self.within_years}"
            )


@attrs.frozen(kw_only=True)
class HoldsTitle:
    """The recipient holds one of ``kinds`` ``count`` times.

    Attributes:
        kinds: award kind codes that count (a name, abbreviation or alias is stored as its
            code, so both count the same).
        count: how many awards are needed.
        consecutive: the awards must follow each other every ``period`` years.
        period: years between consecutive awards (1 for yearly titles).
        within_years: only awards of the last ``within_years`` years count (``None``: any).
        before: only awards of year ``Y - before`` or earlier count (``Y`` the assessment year).

    Examples:
        >>> HoldsTitle(kinds=("cstdcs",), count=3, consecutive=True, within_years=3).count
        3
    """

    kinds: tuple[str, ...] = attrs.field(converter=kind_codes)
    count: Required = 1
    consecutive: bool = False
    period: Years = 1
    within_years: Years | None = None
    before: YearsBack = 0
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if not self.kinds:
            raise InvalidValueError("kinds", self.kinds, "must name at least one award kind")


@attrs.frozen(kw_only=True)
class HasInitiative:
    """At least ``count`` recognised initiatives (or research, combat solutions).

    Attributes:
        level: the narrowest scope that counts.
        kinds: which kinds of recognised work count.
        within_years: recognised in the last ``within_years`` years (``None``: any time).
        unused: the initiative must not already be the basis of another award.

    Examples:
        >>> HasInitiative(level=InitiativeLevel.GRASSROOTS).count
        1
    """

    level: InitiativeLevel
    count: Required = 1
    kinds: tuple[InitiativeKind, ...] = (
        InitiativeKind.INITIATIVE,
        InitiativeKind.RESEARCH,
        InitiativeKind.COMBAT,
    )
    within_years: Years | None = 1
    unused: bool = True
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if not self.kinds:
            raise InvalidValueError("kinds", self.kinds, "must name at least one kind of work")


@attrs.frozen(kw_only=True)
class NoDiscipline:
    """No discipline at ``at_least`` or heavier in force during the last ``within_years`` years.

    Examples:
        >>> NoDiscipline(at_least=DisciplineLevel.CANH_CAO).within_years
        1
    """

    at_least: DisciplineLevel = DisciplineLevel.KHIEN_TRACH
    within_years: Years = 1
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class Attested:
    """A qualitative criterion, certified for the assessment year by an attestation.

    Without an attestation the condition is undetermined.

    Examples:
        >>> Attested(criterion="doan-ket", description="Nội bộ đoàn kết").criterion
        'doan-ket'
    """

    criterion: Code
    description: str
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        check_nonempty(self, "description")


@attrs.frozen(kw_only=True)
class MemberShare:
    """The share of members with ``measure`` in the assessment year is at least ``at_least``.

    Examples:
        >>> MemberShare(measure=MemberMeasure.LDTT, at_least=Decimal("0.7")).at_least
        Decimal('0.7')
    """

    measure: MemberMeasure
    at_least: AwardShare
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class MemberCount:
    """The number of members with ``measure`` is within ``[at_least, at_most]``.

    Examples:
        >>> MemberCount(measure=MemberMeasure.DISCIPLINED, at_most=0).at_most
        0
    """

    measure: MemberMeasure
    at_least: Count = 0
    at_most: Count | None = None
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if self.at_most is not None and self.at_most < self.at_least:
            raise InvalidValueError("at_most", self.at_most, f"is below at_least={self.at_least}")


@attrs.frozen(kw_only=True)
class LeadsGroup:
    """The collective leads a cluster/bloc organised by one of ``organisers`` that year.

    Examples:
        >>> LeadsGroup(organisers=(Organiser.MINISTRY_PROVINCE,)).organisers[0].value
        'ministry-province'
    """

    organisers: tuple[Organiser, ...]
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _some_organisers(self.organisers)


def _some_organisers(organisers: tuple[Organiser, ...]) -> None:
    if not organisers:
        raise InvalidValueError("organisers", organisers, "must name at least one organiser")


@attrs.frozen(kw_only=True)
class LeadsMovement:
    """The collective led a thematic movement of ``min_years`` or more, reviewed that year.

    Examples:
        >>> LeadsMovement(organisers=(Organiser.PRIME_MINISTER,), min_years=5).min_years
        5
    """

    organisers: tuple[Organiser, ...]
    min_years: Years = 1
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _some_organisers(self.organisers)


@attrs.frozen(kw_only=True)
class Qualifies:
    """The recipient meets the standard of another award kind the same year.

    Examples:
        >>> Qualifies(kind="ldtt").kind
        'ldtt'
    """

    kind: str = attrs.field(converter=kind_code)
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class Undetermined:
    """A condition the bundled rules cannot decide (an unverified part of the law).

    It is always undetermined. Its ``description`` is the condition the explanation shows,
    and should say what is not known and why; with an empty description the explanation
    reads "Điều kiện khác: chưa xác định (chưa được mã hóa)".

    Examples:
        >>> Undetermined(description="Các tiêu chuẩn khác").description
        'Các tiêu chuẩn khác'
    """

    description: str = ""
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class AllOf:
    """Every part must be met.

    Examples:
        >>> len(AllOf(parts=(Qualifies(kind="ldtt"),)).parts)
        1
    """

    parts: tuple[Requirement, ...]
    description: str = ""
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _check_parts(self.parts)


@attrs.frozen(kw_only=True)
class AnyOf:
    """At least one part must be met (alternative routes).

    Examples:
        >>> len(AnyOf(parts=(Qualifies(kind="ldtt"), Qualifies(kind="cstt"))).parts)
        2
    """

    parts: tuple[Requirement, ...]
    description: str = ""
    source: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        _check_parts(self.parts)


def _check_parts(parts: tuple[Requirement, ...]) -> None:
    """Refuse an empty compound, or one nested more than :data:`MAX_DEPTH` levels deep."""
    if not parts:
        raise InvalidValueError("parts", parts, "must hold at least one requirement")
    if _too_deep(parts, MAX_DEPTH - 1):
        raise InvalidValueError("parts", parts, f"nest more than {MAX_DEPTH} levels deep")


def _too_deep(parts: tuple[Requirement, ...], room: int) -> bool:
    """Whether compounds among ``parts`` span more than ``room`` levels (looks no deeper)."""
    for p in parts:
        if isinstance(p, AllOf | AnyOf) and (room <= 0 or _too_deep(p.parts, room - 1)):
            return True
    return False


Requirement = (
    RatingAtLeast
    | HoldsTitle
    | HasInitiative
    | NoDiscipline
    | Attested
    | MemberShare
    | MemberCount
    | LeadsGroup
    | LeadsMovement
    | Qualifies
    | Undetermined
    | AllOf
    | AnyOf
)


@attrs.frozen(kw_only=True)
class AwardRule(Dated):
    """A requirement for an award kind, with its dates and legal source.

    Several rules in force for the same kind, year and recipient all apply (their
    requirements are combined with AND): that is how a province adds its own conditions on
    top of the national rule.

    Attributes:
        id: a stable identifier (public API), e.g. ``"luat-2022.ldtt"``.
        kind: the award kind's code (a name, abbreviation or alias is stored as its code).
        requirement: the conditions.
        source: the legal source of the rule as a whole.
        recipients: which recipients the rule applies to.
        effective_from: first day in force (``None``: open).
        effective_to: last day in force (``None``: still in force).
        quota: a unit-level cap to report beside the decision.
        note: a remark (the reading chosen where the text leaves room).

    Examples:
        >>> r = AwardRule(id="x", kind="ldtt", requirement=Qualifies(kind="cstt"), source="s",
        ...               effective_to=date(2023, 12, 31))
        >>> r.in_force_for(2023), r.in_force_for(2024)
        (True, False)
    """

    id: Slug
    kind: str = attrs.field(converter=kind_code)
    requirement: Requirement
    source: str
    recipients: tuple[RecipientKind, ...] = (RecipientKind.INDIVIDUAL,)
    effective_from: date | None = None
    effective_to: date | None = None
    quota: QuotaNote | None = None
    note: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if not self.recipients:
            raise InvalidValueError("recipients", self.recipients, "must name at least one")
        check_date_order(self)


@attrs.frozen(kw_only=True)
class CountingPolicy(Dated):
    """The cross-cutting counting rules in force for a period (NĐ 152/2025/NĐ-CP, Điều 4).

    Each flag is ``True`` (the rule applies), ``False`` (it does not) or ``None`` (not
    verified for the period): the engine then evaluates both readings and reports the
    condition as undetermined when they disagree.

    Attributes:
        excluded_bases: award bases that never count towards regular awards.
        uncertain_bases: bases whose counting is not verified for the period.
        reset_after_discipline: achievements count only after a discipline period ends.
        defer_when_pending: an open matter defers the award.
        initiative_single_use: an initiative may be the basis of one award only (and one
            used for a title cannot serve a form of commendation, and vice versa).
        reuse_between_titles: an initiative that served one title may serve another title.

    Examples:
        >>> p = CountingPolicy(id="p", source="s", reset_after_discipline=True)
        >>> p.in_force_for(2025)
        True
    """

    id: Slug
    source: str
    effective_from: date | None = None
    effective_to: date | None = None
    excluded_bases: tuple[Basis, ...] = ()
    uncertain_bases: tuple[Basis, ...] = ()
    reset_after_discipline: bool | None = None
    defer_when_pending: bool | None = None
    initiative_single_use: bool | None = None
    reuse_between_titles: bool | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        check_date_order(self)


_UNKNOWN_POLICY = CountingPolicy(
    id="unknown",
    source="(không có quy định được xác minh)",
    uncertain_bases=(Basis.SUDDEN, Basis.THEMATIC),
)


@attrs.frozen(kw_only=True)
class RuleSet:
    """A set of award rules and counting policies.

    Examples:
        >>> rs = RuleSet(rules=(AwardRule(id="a", kind="ldtt", source="s",
        ...                               requirement=Qualifies(kind="cstt")),))
        >>> [r.id for r in rs.rules_for("ldtt", 2025, RecipientKind.INDIVIDUAL)]
        ['a']
        >>> rs.extend(AwardRule(id="b", kind="ldtt", source="t",
        ...                     requirement=Qualifies(kind="cstt"))).ids()
        ('a', 'b')
    """

    rules: tuple[AwardRule, ...] = ()
    policies: tuple[CountingPolicy, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        seen: set[str] = set()
        for i, rule in enumerate(self.rules):
            if rule.id in seen:
                raise InvalidValueError(("rules", i, "id"), rule.id, "duplicate rule id")
            seen.add(rule.id)

    def ids(self) -> tuple[str, ...]:
        """The ids of the rules, in order."""
        return tuple(r.id for r in self.rules)

    def criteria(self) -> frozenset[str]:
        """The codes of the qualitative criteria the rules ask to be attested.

        Examples:
            >>> rs = RuleSet(rules=(AwardRule(id="a", kind="ldtt", source="s",
            ...     requirement=AllOf(parts=(Attested(criterion="doan-ket", description="x"),))),))
            >>> sorted(rs.criteria())
            ['doan-ket']
        """
        found: set[str] = set()
        stack: list[Requirement] = [rule.requirement for rule in self.rules]
        while stack:
            node = stack.pop()
            if isinstance(node, Attested):
                found.add(node.criterion)
            elif isinstance(node, AllOf | AnyOf):
                stack.extend(node.parts)
        return frozenset(found)

    def extend(self, *rules: AwardRule, policies: tuple[CountingPolicy, ...] = ()) -> RuleSet:
        """A new rule set with ``rules`` (and ``policies``) added after the existing ones.

        Raises:
            InvalidValueError: a rule is not an :class:`AwardRule`, ``policies`` is not a
                tuple of :class:`CountingPolicy`, or a rule id is already used.
        """
        added = items_of("rules", rules, AwardRule)
        more = items_of("policies", policies, CountingPolicy)
        return RuleSet(rules=self.rules + added, policies=self.policies + more)

    def without(self, *ids: str) -> RuleSet:
        """A new rule set without the rules whose id is in ``ids``.

        Raises:
            InvalidValueError: an id is not a str.

        Examples:
            >>> RuleSet().without("x").ids()
            ()
        """
        drop = frozenset(items_of("ids", ids, str))
        return attrs.evolve(self, rules=tuple(r for r in self.rules if r.id not in drop))

    def rules_for(
        self, kind: str, year: int, recipient: RecipientKind | str
    ) -> tuple[AwardRule, ...]:
        """The rules that apply to ``kind`` for assessment year ``year`` and ``recipient``.

        ``kind`` may be a code, a name, an abbreviation or an alias; ``recipient`` a
        :class:`~mttq.awards.catalogue.RecipientKind` or its wire code.

        Raises:
            UnknownCodeError: ``kind`` is not an award kind of the catalogue.
            InvalidValueError: ``year`` is not an int year, or ``recipient`` is not a
                recipient kind.
        """
        code = kind_code(kind)
        who = _RECIPIENT("recipient", recipient)
        day = year_end(year)
        return tuple(
            r
            for r in self.rules
            if r.kind == code
            and who in r.recipients
            and in_force(r.effective_from, r.effective_to, day)
        )

    def policy_for(self, year: int) -> CountingPolicy:
        """The counting policy of ``year`` (the last one in force), or an all-unknown policy.

        Raises:
            InvalidValueError: ``year`` is not an int from 1900 to 2200.

        Examples:
            >>> RuleSet().policy_for(2025).id
            'unknown'
        """
        day = year_end(year)
        found = _UNKNOWN_POLICY
        for p in self.policies:
            if in_force(p.effective_from, p.effective_to, day):
                found = p
        return found


_RECIPIENT = enum_check(RecipientKind)


@attrs.frozen(kw_only=True)
class BonusRule(Dated):
    """A bonus as a multiple of the base salary (mức lương cơ sở).

    Examples:
        >>> BonusRule(id="b", kind="ldtt", recipient=RecipientKind.INDIVIDUAL,
        ...           multiplier=Decimal("0.3"), source="NĐ 152/2025/NĐ-CP").multiplier
        Decimal('0.3')
    """

    id: Slug
    kind: str = attrs.field(converter=kind_code)
    recipient: RecipientKind
    multiplier: Multiplier
    source: str
    effective_from: date | None = None
    effective_to: date | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        check_date_order(self)


@attrs.frozen(kw_only=True)
class HouseholdFactor(Dated):
    """A household's bonus as a multiple of an individual's for the same form.

    Examples:
        >>> HouseholdFactor(id="h", factor=Decimal("1.5"), source="s").factor
        Decimal('1.5')
    """

    id: Slug
    factor: Multiplier
    source: str
    effective_from: date | None = None
    effective_to: date | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        check_date_order(self)


@attrs.frozen(kw_only=True)
class BaseSalary(Dated):
    """The base salary (mức lương cơ sở) in đồng per month, with its dates.

    Examples:
        >>> BaseSalary(id="s", amount=2_340_000, effective_from=date(2024, 7, 1),
        ...            source="NĐ 73/2024/NĐ-CP").amount
        2340000
    """

    id: Slug
    amount: Salary
    effective_from: date
    source: str
    effective_to: date | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        check_date_order(self)


@attrs.frozen(kw_only=True)
class VoteThreshold(Dated):
    """The share of the FULL council membership a ballot needs for the listed awards.

    Examples:
        >>> t = VoteThreshold(id="t", kinds=("cstdcs",), share=Decimal("0.8"), source="s")
        >>> t.passes(yes=8, members=10), t.passes(yes=7, members=10)
        (True, False)
    """

    id: Slug
    kinds: tuple[str, ...] = attrs.field(converter=kind_codes)
    share: AwardShare
    source: str
    effective_from: date | None = None
    effective_to: date | None = None

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if not self.kinds:
            raise InvalidValueError("kinds", self.kinds, "must name at least one award kind")
        check_date_order(self)

    def passes(self, *, yes: int, members: int) -> bool:
        """Whether ``yes`` votes out of ``members`` (all members, present or not) pass."""
        for name, value in (("yes", yes), ("members", members)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise InvalidValueError(name, value, "expected a non-negative int")
        if yes > members or members == 0:
            raise InvalidValueError("yes", yes, f"must be between 0 and members={members} > 0")
        return Decimal(yes) >= EXACT.multiply(self.share, Decimal(members))
