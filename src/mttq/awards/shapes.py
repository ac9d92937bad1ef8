"""The rule shapes: award requirements, dated award rules, counting policies, money tables.

Rules are data. A requirement is a tree made of a small closed set of frozen shapes, each
citing its legal source; an :class:`AwardRule` dates a requirement and ties it to an award
kind; a :class:`RuleSet` holds the rules and the cross-cutting :class:`CountingPolicy` values.
The engine (:mod:`mttq.awards.engine`) evaluates them; the bundled national values live in
:mod:`mttq.rules.awards`. A province or a bloc composes its own requirements from the same
shapes (no subclassing)::

    >>> from mttq.codes import Rating
    >>> req = AllOf(parts=(
    ...     RatingAtLeast(rating=Rating.HTTNV, source="Luật 06/2022/QH15, Điều 24 k1"),
    ...     NoDiscipline(source="QĐ của tỉnh"),
    ... ))
    >>> rule = AwardRule(id="tinh.giay-khen", kind="giay-khen", requirement=req,
    ...                  effective_from=date(2025, 12, 15), source="QĐ 86/2025/QĐ-UBND")
    >>> rule.in_force(2025), rule.in_force(2024)
    (True, False)

Every field that names an award kind (``AwardRule.kind``, ``HoldsTitle.kinds``,
``Qualifies.kind``, ``BonusRule.kind``, ``VoteThreshold.kinds``) accepts a code, a name, an
abbreviation or an alias and stores the code (an unknown kind raises
:class:`~mttq.errors.UnknownCodeError`)::

    >>> Qualifies(kind="Lao động tiên tiến").kind, HoldsTitle(kinds=["CSTĐCS"]).kinds
    ('ldtt', ('cstdcs',))

Which rule applies to an assessment year is decided by dates only: a rule applies to year
``Y`` when it is in force on 31 December of ``Y`` (the end of the assessment period). The
shapes are serialised by :mod:`mttq.io` as a tagged union (``"type"`` = the class name).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from mttq.awards.catalogue import RecipientKind, _code, _codes
from mttq.awards.model import (
    Basis,
    DisciplineLevel,
    InitiativeKind,
    InitiativeLevel,
    Organiser,
    QuotaNote,
)
from mttq.codes import CodeEnum, Rating
from mttq.errors import InvalidValueError

__all__ = [
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
    "NoDiscipline",
    "Qualifies",
    "RatingAtLeast",
    "Requirement",
    "RuleSet",
    "Undetermined",
    "VoteThreshold",
    "in_force",
]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidValueError(attribute.name, value, "expected an int >= 1")


def _optional_positive(
    instance: object,
    attribute: attrs.Attribute[int] | attrs.Attribute[int | None],
    value: int | None,
) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise InvalidValueError(attribute.name, value, "expected None or an int >= 1")


def _share(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not Decimal(0) <= value <= Decimal(1):
        raise InvalidValueError(attribute.name, value, "expected a Decimal between 0 and 1")


def in_force(effective_from: date | None, effective_to: date | None, on: date) -> bool:
    """Whether ``on`` falls within the (open-ended where ``None``) dates.

    Examples:
        >>> in_force(date(2024, 1, 1), None, date(2025, 1, 1))
        True
    """
    if effective_from is not None and on < effective_from:
        return False
    return effective_to is None or on <= effective_to


class MemberMeasure(CodeEnum):
    """Which member figure of a collective (:class:`~mttq.awards.model.MemberYear`) to read.

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
    years: int = attrs.field(default=1, validator=_positive)
    within_years: int | None = attrs.field(default=None, validator=_optional_positive)
    source: str = ""


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

    kinds: tuple[str, ...] = attrs.field(converter=_codes)
    count: int = attrs.field(default=1, validator=_positive)
    consecutive: bool = False
    period: int = attrs.field(default=1, validator=_positive)
    within_years: int | None = attrs.field(default=None, validator=_optional_positive)
    before: int = 0
    source: str = ""


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
    count: int = attrs.field(default=1, validator=_positive)
    kinds: tuple[InitiativeKind, ...] = (
        InitiativeKind.INITIATIVE,
        InitiativeKind.RESEARCH,
        InitiativeKind.COMBAT,
    )
    within_years: int | None = attrs.field(default=1, validator=_optional_positive)
    unused: bool = True
    source: str = ""


@attrs.frozen(kw_only=True)
class NoDiscipline:
    """No discipline at ``at_least`` or heavier in force during the last ``within_years`` years.

    Examples:
        >>> NoDiscipline(at_least=DisciplineLevel.CANH_CAO).within_years
        1
    """

    at_least: DisciplineLevel = DisciplineLevel.KHIEN_TRACH
    within_years: int = attrs.field(default=1, validator=_positive)
    source: str = ""


@attrs.frozen(kw_only=True)
class Attested:
    """A qualitative criterion, certified for the assessment year by an attestation.

    Without an attestation the condition is undetermined.

    Examples:
        >>> Attested(criterion="doan-ket", description="Nội bộ đoàn kết").criterion
        'doan-ket'
    """

    criterion: str
    description: str
    source: str = ""


@attrs.frozen(kw_only=True)
class MemberShare:
    """The share of members with ``measure`` in the assessment year is at least ``at_least``.

    Examples:
        >>> MemberShare(measure=MemberMeasure.LDTT, at_least=Decimal("0.7")).at_least
        Decimal('0.7')
    """

    measure: MemberMeasure
    at_least: Decimal = attrs.field(validator=_share)
    source: str = ""


@attrs.frozen(kw_only=True)
class MemberCount:
    """The number of members with ``measure`` is within ``[at_least, at_most]``.

    Examples:
        >>> MemberCount(measure=MemberMeasure.DISCIPLINED, at_most=0).at_most
        0
    """

    measure: MemberMeasure
    at_least: int = 0
    at_most: int | None = None
    source: str = ""


@attrs.frozen(kw_only=True)
class LeadsGroup:
    """The collective leads a cluster/bloc organised by one of ``organisers`` that year.

    Examples:
        >>> LeadsGroup(organisers=(Organiser.MINISTRY_PROVINCE,)).organisers[0].value
        'ministry-province'
    """

    organisers: tuple[Organiser, ...]
    source: str = ""


@attrs.frozen(kw_only=True)
class LeadsMovement:
    """The collective led a thematic movement of ``min_years`` or more, reviewed that year.

    Examples:
        >>> LeadsMovement(organisers=(Organiser.PRIME_MINISTER,), min_years=5).min_years
        5
    """

    organisers: tuple[Organiser, ...]
    min_years: int = attrs.field(default=1, validator=_positive)
    source: str = ""


@attrs.frozen(kw_only=True)
class Qualifies:
    """The recipient meets the standard of another award kind the same year.

    Examples:
        >>> Qualifies(kind="ldtt").kind
        'ldtt'
    """

    kind: str = attrs.field(converter=_code)
    source: str = ""


@attrs.frozen(kw_only=True)
class Undetermined:
    """A condition the bundled rules cannot decide (an unverified part of the law).

    Examples:
        >>> Undetermined(description="Các tiêu chuẩn khác").description
        'Các tiêu chuẩn khác'
    """

    description: str
    source: str = ""


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


def _year_end(year: int) -> date:
    return date(year, 12, 31)


@attrs.frozen(kw_only=True)
class AwardRule:
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
        >>> r.in_force(2023), r.in_force(2024)
        (True, False)
    """

    id: str
    kind: str = attrs.field(converter=_code)
    requirement: Requirement
    source: str
    recipients: tuple[RecipientKind, ...] = (RecipientKind.INDIVIDUAL,)
    effective_from: date | None = None
    effective_to: date | None = None
    quota: QuotaNote | None = None
    note: str = ""

    def in_force(self, year: int) -> bool:
        """Whether the rule applies to assessment year ``year`` (in force on 31 December)."""
        return in_force(self.effective_from, self.effective_to, _year_end(year))


@attrs.frozen(kw_only=True)
class CountingPolicy:
    """The cross-cutting counting rules in force for a period (Luật 06/2022/QH15 §3.13).

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
        >>> p.in_force(2025)
        True
    """

    id: str
    source: str
    effective_from: date | None = None
    effective_to: date | None = None
    excluded_bases: tuple[Basis, ...] = ()
    uncertain_bases: tuple[Basis, ...] = ()
    reset_after_discipline: bool | None = None
    defer_when_pending: bool | None = None
    initiative_single_use: bool | None = None
    reuse_between_titles: bool | None = None

    def in_force(self, year: int) -> bool:
        """Whether the policy applies to assessment year ``year``."""
        return in_force(self.effective_from, self.effective_to, _year_end(year))


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
        seen: set[str] = set()
        for i, rule in enumerate(self.rules):
            if rule.id in seen:
                raise InvalidValueError(f"rules[{i}].id", rule.id, "duplicate rule id")
            seen.add(rule.id)

    def ids(self) -> tuple[str, ...]:
        """The ids of the rules, in order."""
        return tuple(r.id for r in self.rules)

    def extend(self, *rules: AwardRule, policies: tuple[CountingPolicy, ...] = ()) -> RuleSet:
        """A new rule set with ``rules`` (and ``policies``) added after the existing ones."""
        return RuleSet(rules=self.rules + rules, policies=self.policies + policies)

    def without(self, *ids: str) -> RuleSet:
        """A new rule set without the rules whose id is in ``ids``.

        Examples:
            >>> RuleSet().without("x").ids()
            ()
        """
        return attrs.evolve(self, rules=tuple(r for r in self.rules if r.id not in ids))

    def rules_for(self, kind: str, year: int, recipient: RecipientKind) -> tuple[AwardRule, ...]:
        """The rules that apply to ``kind`` for assessment year ``year`` and ``recipient``."""
        return tuple(
            r
            for r in self.rules
            if r.kind == kind and recipient in r.recipients and r.in_force(year)
        )

    def policy_for(self, year: int) -> CountingPolicy:
        """The counting policy of ``year`` (the last one in force), or an all-unknown policy.

        Examples:
            >>> RuleSet().policy_for(2025).id
            'unknown'
        """
        found = _UNKNOWN_POLICY
        for p in self.policies:
            if p.in_force(year):
                found = p
        return found


@attrs.frozen(kw_only=True)
class BonusRule:
    """A bonus as a multiple of the base salary (mức lương cơ sở).

    Examples:
        >>> BonusRule(id="b", kind="ldtt", recipient=RecipientKind.INDIVIDUAL,
        ...           multiplier=Decimal("0.3"), source="NĐ 152/2025/NĐ-CP").multiplier
        Decimal('0.3')
    """

    id: str
    kind: str = attrs.field(converter=_code)
    recipient: RecipientKind
    multiplier: Decimal
    source: str
    effective_from: date | None = None
    effective_to: date | None = None


@attrs.frozen(kw_only=True)
class HouseholdFactor:
    """A household's bonus as a multiple of an individual's for the same form.

    Examples:
        >>> HouseholdFactor(id="h", factor=Decimal("1.5"), source="s").factor
        Decimal('1.5')
    """

    id: str
    factor: Decimal
    source: str
    effective_from: date | None = None
    effective_to: date | None = None


@attrs.frozen(kw_only=True)
class BaseSalary:
    """The base salary (mức lương cơ sở) in đồng per month, with its dates.

    Examples:
        >>> BaseSalary(id="s", amount=2_340_000, effective_from=date(2024, 7, 1),
        ...            source="NĐ 73/2024/NĐ-CP").amount
        2340000
    """

    id: str
    amount: int
    effective_from: date
    source: str
    effective_to: date | None = None


@attrs.frozen(kw_only=True)
class VoteThreshold:
    """The share of the FULL council membership a ballot needs for the listed awards.

    Examples:
        >>> t = VoteThreshold(id="t", kinds=("cstdcs",), share=Decimal("0.8"), source="s")
        >>> t.passes(yes=8, members=10), t.passes(yes=7, members=10)
        (True, False)
    """

    id: str
    kinds: tuple[str, ...] = attrs.field(converter=_codes)
    share: Decimal = attrs.field(validator=_share)
    source: str
    effective_from: date | None = None
    effective_to: date | None = None

    def passes(self, *, yes: int, members: int) -> bool:
        """Whether ``yes`` votes out of ``members`` (all members, present or not) pass."""
        for name, value in (("yes", yes), ("members", members)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise InvalidValueError(name, value, "expected a non-negative int")
        if yes > members or members == 0:
            raise InvalidValueError("yes", yes, f"must be between 0 and members={members} > 0")
        return Decimal(yes) >= self.share * members
