"""Titles and awards of the Law on Emulation and Commendation, with explained eligibility checks.

The facade of the package: the catalogue (:mod:`mttq.awards.catalogue`), the inputs
(:mod:`mttq.awards.history`) and outputs (:mod:`mttq.awards.decision`) of a check, the rule
shapes (:mod:`mttq.awards.requirements`), the engine (:mod:`mttq.awards.engine`,
:mod:`mttq.awards.conditions`), bonuses (:mod:`mttq.awards.bonus`) and the bundled national
tables (:mod:`mttq.awards.national`: Luật Thi đua, khen thưởng 06/2022/QH15; NĐ 98/2023/NĐ-CP;
NĐ 152/2025/NĐ-CP; the older NĐ 91/2017/NĐ-CP rules for years up to 2023). One way to check
an award: :func:`check` (and :func:`check_many`) explain, :func:`verdict` (and
:func:`verdicts`) give the verdict alone, faster::

    >>> from mttq.awards import (Attestation, History, Recipient, YearRating, check)
    >>> from mttq.codes import Rating
    >>> h = History(
    ...     recipient=Recipient(id="p1", name="Nguyễn Văn A"),
    ...     ratings=(YearRating(year=2025, rating=Rating.HTXSNV),),
    ...     attestations=(Attestation(year=2025, criterion="ldtt-tinh-than"),),
    ... )
    >>> d = check("cstdcs", h, year=2025)
    >>> d.eligible
    True
    >>> print(d.explain())  # doctest: +NORMALIZE_WHITESPACE
    Chiến sĩ thi đua cơ sở, năm 2025, Nguyễn Văn A: đủ điều kiện
      [x] Đạt tiêu chuẩn “LĐTT”: đạt [Luật 06/2022/QH15, Điều 23]
        [x] Xếp loại HTTNV trở lên năm đánh giá: đạt (năm 2025) [Luật 06/2022/QH15, Điều 24 k1]
        [x] Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào
            thi đua: đạt [Luật 06/2022/QH15, Điều 24 k1]
      [x] Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài khoa học, sáng kiến chiến
          đấu được công nhận: đạt [Luật 06/2022/QH15, Điều 23]
        [x] Xếp loại HTXSNV năm đánh giá: đạt (năm 2025) [Luật 06/2022/QH15, Điều 23]
        [ ] Có 1 sáng kiến được công nhận ở cấp cơ sở trở lên trong năm đánh giá, chưa dùng
            làm căn cứ khen thưởng khác: không đạt [Luật 06/2022/QH15, Điều 23; Luật
            06/2022/QH15, Điều 3 k4]
        [ ] Có 1 đề tài, đề án, công trình khoa học được nghiệm thu, công nhận ở cấp cơ sở
            trở lên trong năm đánh giá, chưa dùng làm căn cứ khen thưởng khác: không đạt
            [Luật 06/2022/QH15, Điều 23]
        [ ] Có 1 sáng kiến, giải pháp chiến đấu được công nhận ở cấp cơ sở trở lên trong năm
            đánh giá, chưa dùng làm căn cứ khen thưởng khác: không đạt [Luật 06/2022/QH15,
            Điều 23]

The explanation names the recipient (``Decision.recipient_name``, or the id when the history
gives no name) and each initiative by its title (or its id when it has none).

The bonus of an award (NĐ 152/2025/NĐ-CP Điều 49-54) in whole đồng::

    >>> from datetime import date
    >>> bonus_amount("ldtt", on=date(2025, 12, 20), recipient="individual")
    710000

Sources: Luật 06/2022/QH15; NĐ 91/2017/NĐ-CP; NĐ 98/2023/NĐ-CP; NĐ 152/2025/NĐ-CP (each rule
and reason cites its article).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from mttq.awards import bonus as _bonus
from mttq.awards.bonus import round_up_bonus
from mttq.awards.catalogue import (
    KINDS,
    Authority,
    AwardKind,
    Category,
    RecipientKind,
    find_kind,
)
from mttq.awards.decision import Decision, QuotaNote, Reason, Verdict
from mttq.awards.engine import Engine, compile_rules
from mttq.awards.history import (
    Attestation,
    AwardRecord,
    Basis,
    DisciplineLevel,
    DisciplinePeriod,
    GroupStanding,
    History,
    Initiative,
    InitiativeKind,
    InitiativeLevel,
    MemberYear,
    MovementLead,
    Organiser,
    PendingKind,
    PendingMatter,
    Recipient,
    YearRating,
)
from mttq.awards.inputs import CheckInput
from mttq.awards.national import BONUSES, HOUSEHOLD_FACTORS, NATIONAL, SALARIES, vote_threshold
from mttq.awards.requirements import (
    AllOf,
    AnyOf,
    Attested,
    AwardRule,
    BaseSalary,
    BonusRule,
    CountingPolicy,
    HasInitiative,
    HoldsTitle,
    HouseholdFactor,
    LeadsGroup,
    LeadsMovement,
    MemberCount,
    MemberMeasure,
    MemberShare,
    NoDiscipline,
    Qualifies,
    RatingAtLeast,
    Requirement,
    RuleSet,
    Undetermined,
    VoteThreshold,
)

__all__ = [
    "KINDS",
    "NATIONAL",
    "AllOf",
    "AnyOf",
    "Attestation",
    "Attested",
    "Authority",
    "AwardKind",
    "AwardRecord",
    "AwardRule",
    "BaseSalary",
    "Basis",
    "BonusRule",
    "Category",
    "CheckInput",
    "CountingPolicy",
    "Decision",
    "DisciplineLevel",
    "DisciplinePeriod",
    "Engine",
    "GroupStanding",
    "HasInitiative",
    "History",
    "HoldsTitle",
    "HouseholdFactor",
    "Initiative",
    "InitiativeKind",
    "InitiativeLevel",
    "LeadsGroup",
    "LeadsMovement",
    "MemberCount",
    "MemberMeasure",
    "MemberShare",
    "MemberYear",
    "MovementLead",
    "NoDiscipline",
    "Organiser",
    "PendingKind",
    "PendingMatter",
    "Qualifies",
    "QuotaNote",
    "RatingAtLeast",
    "Reason",
    "Recipient",
    "RecipientKind",
    "Requirement",
    "RuleSet",
    "Undetermined",
    "Verdict",
    "VoteThreshold",
    "YearRating",
    "bonus_amount",
    "check",
    "check_many",
    "compile_rules",
    "find_kind",
    "round_up_bonus",
    "verdict",
    "verdicts",
    "vote_threshold",
]


def check(
    kind: str | AwardKind,
    history: History,
    *,
    year: int,
    rules: RuleSet | None = None,
    on: date | None = None,
) -> Decision:
    """Is ``history``'s recipient eligible for ``kind`` in assessment ``year``, and why?

    Applies every rule of ``rules`` (``None``: the bundled national rules,
    :data:`mttq.awards.national.NATIONAL`) in force on
    31 December of ``year``. ``on`` is the day open matters are looked at for deferral.

    Raises:
        UnknownCodeError: unknown ``kind`` or an award record of unknown kind.
        InvalidValueError: a record for a year after ``year``, a recipient who may not
            receive ``kind`` (a household for an individual title), a bad ``year``.

    Examples:
        >>> from mttq.codes import Rating
        >>> h = History(recipient=Recipient(id="p1"),
        ...             ratings=(YearRating(year=2025, rating=Rating.KHTNV),))
        >>> check("ldtt", h, year=2025).eligible
        False
    """
    return compile_rules(rules if rules is not None else NATIONAL).check(
        kind, history, year=year, on=on
    )


def check_many(
    kinds: Sequence[str | AwardKind],
    history: History,
    *,
    year: int,
    rules: RuleSet | None = None,
    on: date | None = None,
) -> tuple[Decision, ...]:
    """Check several kinds against one history (its index is built once).

    Examples:
        >>> h = History(recipient=Recipient(id="p1"))
        >>> [d.eligible for d in check_many(("ldtt", "cstdcs"), h, year=2025)]
        [None, None]
    """
    return compile_rules(rules if rules is not None else NATIONAL).check_many(
        kinds, history, year=year, on=on
    )


def verdict(
    kind: str | AwardKind,
    history: History,
    *,
    year: int,
    rules: RuleSet | None = None,
    on: date | None = None,
) -> Verdict:
    """The verdict of :func:`check` without its explanation (always ``check(...).verdict``).

    Faster: it builds no reason, and stops at the first condition that decides.

    Examples:
        >>> from mttq.codes import Rating
        >>> h = History(recipient=Recipient(id="p1"),
        ...             ratings=(YearRating(year=2025, rating=Rating.KHTNV),))
        >>> verdict("ldtt", h, year=2025)
        Verdict(eligible=False, deferred=False)
    """
    return compile_rules(rules if rules is not None else NATIONAL).verdict(
        kind, history, year=year, on=on
    )


def verdicts(
    kinds: Sequence[str | AwardKind],
    history: History,
    *,
    year: int,
    rules: RuleSet | None = None,
    on: date | None = None,
) -> tuple[Verdict, ...]:
    """The verdicts of :func:`check_many` without explanations, one per kind, in order.

    Examples:
        >>> h = History(recipient=Recipient(id="p1"))
        >>> [v.eligible for v in verdicts(("ldtt", "cstdcs"), h, year=2025)]
        [None, None]
    """
    return compile_rules(rules if rules is not None else NATIONAL).verdicts(
        kinds, history, year=year, on=on
    )


def bonus_amount(
    kind: str | AwardKind,
    *,
    on: date,
    recipient: RecipientKind | str,
    base_salary: int | None = None,
) -> int | None:
    """The bonus in whole đồng for ``kind`` decided on ``on``; ``None`` when not verified.

    The multiplier of NĐ 152/2025/NĐ-CP Điều 50-54 in force on ``on`` times the base salary
    in force on ``on`` (or ``base_salary``), rounded up to 10,000 đồng (Điều 49). ``None``
    when no verified amount exists: individual Bằng khen, Giấy khen and huân chương amounts,
    decisions before 2025-07-01, or no bundled base salary for the day. ``on`` may be a
    datetime: it is read as its date.

    Raises:
        UnknownCodeError: unknown ``kind`` or ``recipient``.
        InvalidValueError: ``on`` is not a date, ``base_salary`` is not an int from 1 to
            10^12 đồng, or the recipient may not receive ``kind``.

    Examples:
        >>> bonus_amount("co-thi-dua-bo-tinh", on=date(2025, 12, 1), recipient="collective")
        18720000
        >>> bonus_amount("bang-khen-bo-tinh", on=date(2025, 12, 1), recipient="individual")
    """
    return _bonus.bonus_amount(
        kind,
        on=on,
        recipient=recipient,
        base_salary=base_salary,
        bonuses=BONUSES,
        salaries=SALARIES,
        household=HOUSEHOLD_FACTORS,
    )
