"""The year-end review of one group: :func:`review` and its input file, :class:`ReviewInput`.

:class:`ReviewInput` checks its fields once, when it is built (or loaded from a file), and
:meth:`ReviewInput.run` goes straight to the review; :func:`review` takes the same values as
loose arguments and checks them itself. An error found while reviewing is located in the
input (``("sheets", 2, "agreed_scores", "1")``, ``("next_deputy",)``)::

    >>> from mttq.samples import demo_input
    >>> demo_input().run().ranking[0].unit
    'mttq.tinh'

Sources: see :mod:`mttq.yearend`.
"""

from __future__ import annotations

import datetime as dt
import typing
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import cast

import attrs

from mttq.awards import History, check
from mttq.codes import Rating
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.groups import Bloc, Cluster, GroupYear
from mttq.organisations import Organisation
from mttq.rotation import Election, ElectionResult, Handover, Policy, VoteCount, plan
from mttq.scoring import (
    SCHEMES,
    Classification,
    Grade,
    GradingScheme,
    Quota,
    Rubric,
    ScoreResult,
    ScoreSheet,
    Selection,
    SelectionStatus,
    TieBreaker,
    classify,
    leaders,
    nominations,
    rank,
    score_all,
)
from mttq.scoring.codes import check_labelled as _check_fields
from mttq.vi.numbers import format_number
from mttq.vi.text import fold
from mttq.voting import Ballot, Outcome, Ratio, Tally, tally
from mttq.yearend.result import (
    DEFAULT_GAP_THRESHOLD,
    DEFAULT_THRESHOLD,
    FLAG_KINDS,
    Eligibility,
    Highlight,
    ReviewWarning,
    WarningKind,
    YearEndResult,
)

__all__ = ["ReviewInput", "flag_kind_for", "review"]

# --------------------------------------------------------------------------- helpers


def flag_kind_for(organiser: str) -> str:
    """The award kind of the flag the ``organiser`` confers on its group's leading unit.

    An organiser naming the MTTQ's central committee (``UBTƯ MTTQ``, ``Ủy ban Trung ương
    MTTQ``) gives ``co-thi-dua-ubtw-mttq``; another MTTQ committee ``co-thi-dua-mttq-tinh``; any
    other body (``UBND tỉnh``, a ministry) ``co-thi-dua-bo-tinh``.

    Examples:
        >>> flag_kind_for("UBND tỉnh"), flag_kind_for("UBTƯ MTTQ Việt Nam")
        ('co-thi-dua-bo-tinh', 'co-thi-dua-ubtw-mttq')
        >>> flag_kind_for("Ủy ban MTTQ Việt Nam tỉnh Đồng Nai")
        'co-thi-dua-mttq-tinh'
    """
    if not isinstance(organiser, str) or not organiser.strip():
        raise InvalidValueError("organiser", organiser, "expected a non-empty name")
    key = " " + " ".join(fold(organiser).replace(".", " ").split()) + " "
    front = any(w in key for w in (" mttq", " mat tran ", "ubmttq"))
    if not front:
        return FLAG_KINDS["state"]
    central = any(w in key for w in ("trung uong", " tu ", " tw ", "ubtu", "ubtw"))
    return FLAG_KINDS["mttq-central" if central else "mttq-province"]


def _names_table(
    names: Mapping[str, str] | Iterable[Organisation] | None, members: tuple[str, ...]
) -> dict[str, str]:
    table: dict[str, str] = {}
    if names is None:
        pass
    elif isinstance(names, Mapping):
        for code, name in names.items():
            if not isinstance(code, str) or not isinstance(name, str) or not name.strip():
                raise InvalidValueError(f"names[{code!r}]", name, "expected a non-empty name")
            table[code] = " ".join(unicodedata.normalize("NFC", name).split())
    elif isinstance(names, Iterable):
        for org in names:
            if not isinstance(org, Organisation):
                raise InvalidValueError("names", org, "expected Organisation values or a mapping")
            table[org.code] = org.name
    else:
        raise InvalidValueError("names", names, "expected a mapping code -> name")
    return {code: table[code] for code in members if code in table}


def _check_decimal(field: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidValueError(field, value, "expected a Decimal or an int")
    result = Decimal(value)
    if not result.is_finite() or result < 0:
        raise InvalidValueError(field, value, "must be a finite number >= 0")
    return result


def _fmt(value: Decimal) -> str:
    return format_number(value)


def _items(field: str, value: object, cls: type | tuple[type, ...]) -> tuple[object, ...]:
    """Read an iterable argument of ``cls`` values (not a string or a mapping) as a tuple."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidValueError(field, value, "expected a tuple")
    out = tuple(value)
    for i, item in enumerate(out):
        if not isinstance(item, cls):
            names = cls if isinstance(cls, tuple) else (cls,)
            expected = " or ".join(c.__name__ for c in names)
            raise InvalidValueError(f"{field}[{i}]", item, f"expected a {expected}")
    return out


def _gap_warnings(
    scores: tuple[ScoreResult, ...], threshold: Decimal, names: Mapping[str, str]
) -> list[ReviewWarning]:
    out: list[ReviewWarning] = []
    for result in scores:
        if result.gap is not None and abs(result.gap) > threshold:
            who = names.get(result.unit, result.unit)
            out.append(
                ReviewWarning(
                    kind=WarningKind.LARGE_GAP,
                    unit=result.unit,
                    message=(
                        f"{who} tự chấm {_fmt(result.self_total or Decimal(0))} điểm, "
                        f"bình xét {_fmt(result.agreed_total or Decimal(0))} điểm: chênh lệch "
                        f"{_fmt(abs(result.gap))} điểm, vượt ngưỡng {_fmt(threshold)} điểm."
                    ),
                )
            )
    return out


def _tie_warnings(
    entries: tuple[Selection, ...], kind: WarningKind, names: Mapping[str, str]
) -> list[ReviewWarning]:
    tied = [e for e in entries if e.status is SelectionStatus.TIED]
    if not tied:
        return []
    who = ", ".join(names.get(e.unit, e.unit) for e in tied)
    what = "Cờ thi đua" if kind is WarningKind.FLAG_TIE else "Bằng khen"
    return [
        ReviewWarning(
            kind=kind,
            unit=None,
            message=(
                f"Đồng hạng {tied[0].rank} với {_fmt(tied[0].total)} điểm ở suất {what} cuối: "
                f"{who}; cần bỏ phiếu hoặc quyết định thêm."
            ),
        )
    ]


def _election(
    ballots: tuple[Ballot, ...],
    *,
    policy: Policy,
    members: tuple[str, ...],
    candidates: tuple[str, ...] | None,
    year: int,
    threshold: Ratio | Fraction | Decimal | int,
    written_votes: tuple[Ballot, ...],
    deputy: str | None,
    held_on: dt.date | None,
) -> tuple[Tally, Election]:
    if not isinstance(policy, Election):
        raise InvalidValueError(
            "ballots",
            len(ballots),
            f"ballots elect the head, but the policy is {type(policy).__name__}, not Election",
        )
    result = tally(
        ballots,
        candidates=members if candidates is None else candidates,
        members=len(members),
        threshold=threshold,
        written_votes=written_votes,
    )
    head = result.elected[0] if result.outcome is Outcome.ELECTED else None
    counts = tuple(VoteCount(member=r.candidate, votes=r.votes) for r in result.results)
    elected = ElectionResult(
        year=year + 1,
        head=head,
        deputy=deputy if deputy != head else None,
        head_votes=counts,
        held_on=held_on,
    )
    kept = tuple(r for r in policy.results if r.year != year + 1)
    return result, attrs.evolve(policy, results=(*kept, elected))


def _eligibility(
    flag: tuple[Selection, ...],
    histories: Mapping[str, History] | None,
    kind: str,
    year: int,
) -> tuple[Eligibility, ...]:
    out: list[Eligibility] = []
    for entry in flag:
        history = None if histories is None else histories.get(entry.unit)
        if history is None:
            out.append(Eligibility(unit=entry.unit, kind=kind, checked=False, eligible=None))
            continue
        if not isinstance(history, History):
            raise InvalidValueError(f"histories[{entry.unit}]", history, "expected a History")
        decision = check(kind, history, year=year)
        out.append(
            Eligibility(
                unit=entry.unit,
                kind=kind,
                checked=True,
                eligible=decision.eligible,
                decision=decision,
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- review


def review(
    group_year: GroupYear,
    sheets: Iterable[ScoreSheet],
    *,
    rubric: Rubric,
    scheme: GradingScheme,
    policy: Policy,
    group: Bloc | Cluster,
    ballots: Iterable[Ballot] | None = None,
    written_votes: Iterable[Ballot] = (),
    candidates: Iterable[str] | None = None,
    threshold: Ratio | Fraction | Decimal | int = DEFAULT_THRESHOLD,
    next_deputy: str | None = None,
    names: Mapping[str, str] | Iterable[Organisation] | None = None,
    flag_count: int = 1,
    flag_kind: str | None = None,
    commendation_quota: Quota | None = None,
    tie_breakers: Iterable[TieBreaker | str] = (),
    women_led: Iterable[str] = (),
    histories: Mapping[str, History] | None = None,
    conditions: Mapping[str, Mapping[str, bool]] | None = None,
    gap_threshold: Decimal | int = DEFAULT_GAP_THRESHOLD,
    place: str | None = None,
    held_on: dt.date | None = None,
    title: str | None = None,
    highlights: Iterable[Highlight] = (),
) -> YearEndResult:
    """Review one group's year: scores, grades, ranking, proposals, next year's leaders.

    Args:
        group_year: the group's edition for the year reviewed (members, head, deputy).
        sheets: the members' score sheets (any order; a member without one is warned about
            and left out of the ranking).
        rubric: the group's scoring table for the year (agreed scores are the basis).
        scheme: the grading scheme (e.g. :data:`mttq.scoring.QD366`).
        policy: how next year's head and deputy are chosen (:mod:`mttq.rotation`).
        group: the :class:`~mttq.groups.Bloc` or :class:`~mttq.groups.Cluster` (its organiser
            confers the flag).
        ballots: the secret ballot for next year's head, if one was held (needs an
            :class:`~mttq.rotation.Election` policy); counted against all members.
        written_votes: ballots of absent members, given in writing.
        candidates: the candidates on the ballot (default: every member).
        threshold: the share of all members the head needs (default
            :data:`DEFAULT_THRESHOLD`, a setting).
        next_deputy: next year's deputy when the review chose one (with ``ballots``).
        names: the members' display names (a mapping or :class:`Organisation` values).
        flag_count: how many units are proposed for the flag (seed 000 shows two; 0 for a
            group that proposes none).
        flag_kind: the flag's award kind (default: :func:`flag_kind_for` the organiser).
        commendation_quota: the Bằng khen quota (``None``: no Bằng khen proposed).
        tie_breakers: tie-breakers for the ranking, in order (see :func:`mttq.scoring.rank`).
        women_led: units that qualify for the ``women-led`` tie-breaker.
        histories: award histories by unit, to check the flag leaders' eligibility with
            :func:`mttq.awards.check` (units without one are recorded as not checked).
        conditions: per unit, the grading scheme's extra conditions
            (``{"HND": {"no_leader_disciplined": True}}``).
        gap_threshold: warn when self and agreed totals differ by more than this.
        place: the place of the conference (for the report).
        held_on: the day of the conference (for the report and the handover).
        title: the conference's title line for the report (default: written from the group).
        highlights: the figures of the year for the report.

    Returns:
        The :class:`YearEndResult`; the same inputs always give the same result.

    Raises:
        InvalidValueError: a sheet of a non-member, two sheets of one unit, a score above its
            maximum, no sheet at all, ballots without an Election policy, a bad argument.
        UnknownCodeError: an unknown criterion, tie-breaker or condition.

    Examples:
        >>> from mttq.samples import demo_input
        >>> d = demo_input()
        >>> r = review(d.group_year, d.sheets, rubric=d.rubric, scheme=d.grading_scheme(),
        ...            policy=d.policy, group=d.group)
        >>> r.ranking[0].unit, r.flag[0].unit, r.next_leadership.year
        ('mttq.tinh', 'mttq.tinh', 2022)
    """
    if not isinstance(group_year, GroupYear):
        raise InvalidValueError("group_year", group_year, "expected a GroupYear")
    if not isinstance(policy, typing.get_args(Policy)):
        raise InvalidValueError("policy", policy, "expected a rotation policy")
    if not isinstance(group, (Bloc, Cluster)):
        raise InvalidValueError("group", group, "expected a Bloc or a Cluster")
    if group.code != group_year.group:
        raise InvalidValueError(
            "group", group.code, f"the year's edition is of group {group_year.group!r}"
        )
    if not isinstance(rubric, Rubric):
        raise InvalidValueError("rubric", rubric, "expected a Rubric")
    if not isinstance(scheme, GradingScheme):
        raise InvalidValueError("scheme", scheme, "expected a GradingScheme")
    if isinstance(flag_count, bool) or not isinstance(flag_count, int) or flag_count < 0:
        raise InvalidValueError("flag_count", flag_count, "expected a whole number >= 0")
    if commendation_quota is not None and not isinstance(commendation_quota, Quota):
        raise InvalidValueError("commendation_quota", commendation_quota, "expected a Quota")
    if held_on is not None and (
        isinstance(held_on, dt.datetime) or not isinstance(held_on, dt.date)
    ):
        raise InvalidValueError("held_on", held_on, "expected a datetime.date")
    if place is not None and (not isinstance(place, str) or not place.strip()):
        raise InvalidValueError("place", place, "expected a non-empty place name")
    gap_limit = _check_decimal("gap_threshold", gap_threshold)
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise InvalidValueError("title", title, "expected a non-empty title")
    figures = cast("tuple[Highlight, ...]", _items("highlights", highlights, Highlight))
    breakers = _items("tie_breakers", tie_breakers, (TieBreaker, str))
    women = _items("women_led", women_led, str)
    if histories is not None and not isinstance(histories, Mapping):
        raise InvalidValueError("histories", histories, "expected a mapping unit -> History")
    if conditions is not None and not isinstance(conditions, Mapping):
        raise InvalidValueError("conditions", conditions, "expected a mapping unit -> conditions")
    if next_deputy is not None and not isinstance(next_deputy, str):
        raise InvalidValueError("next_deputy", next_deputy, "expected a unit code")
    members = group_year.members
    year = group_year.year
    table = _names_table(names, members)
    kind = flag_kind_for(group.organiser) if flag_kind is None else flag_kind
    if not isinstance(kind, str) or not kind:
        raise InvalidValueError("flag_kind", flag_kind, "expected an award kind code")

    scores = score_all(rubric, sheets, members=members)
    if not scores:
        raise InvalidValueError("sheets", (), f"no score sheet for group {group.code!r} in {year}")
    warnings: list[ReviewWarning] = []
    scored = {r.unit for r in scores}
    for code in members:
        if code not in scored:
            who = table.get(code, code)
            warnings.append(
                ReviewWarning(
                    kind=WarningKind.MISSING_SHEET,
                    unit=code,
                    message=f"Chưa có phiếu chấm điểm của {who}: không được xếp hạng.",
                )
            )
    warnings.extend(_gap_warnings(scores, gap_limit, table))
    year_end = dt.date(year, 12, 31)
    if (scheme.effective_from is not None and scheme.effective_from > year_end) or (
        scheme.effective_to is not None and scheme.effective_to < dt.date(year, 1, 1)
    ):
        warnings.append(
            ReviewWarning(
                kind=WarningKind.SCHEME_NOT_IN_FORCE,
                unit=None,
                message=(
                    f"Thang xếp loại {scheme.title} không có hiệu lực trong năm {year}; "
                    "kiểm tra lại thang xếp loại áp dụng."
                ),
            )
        )

    ranking = rank(
        scores,
        tie_breakers=cast("tuple[TieBreaker | str, ...]", breakers),
        women_led=frozenset(cast("tuple[str, ...]", women)),
    )
    stated: Mapping[str, Mapping[str, bool]] = {} if conditions is None else conditions
    grades: dict[str, Classification] = {}
    for result in scores:
        unit_conditions = stated.get(result.unit, {})
        if not isinstance(unit_conditions, Mapping) or not all(
            isinstance(key, str) for key in unit_conditions
        ):
            raise InvalidValueError(
                f"conditions[{result.unit}]", unit_conditions, "expected a mapping key -> bool"
            )
        grades[result.unit] = classify(
            scheme, result.total, out_of=result.nominal_max, **dict(unit_conditions)
        )

    flag = leaders(ranking, count=min(flag_count, len(ranking))) if flag_count else ()
    warnings.extend(_tie_warnings(flag, WarningKind.FLAG_TIE, table))
    best: Rating | Grade = scheme.bands[0].grade
    for entry in flag:
        grade = grades[entry.unit].grade
        if grade != best:
            warnings.append(
                ReviewWarning(
                    kind=WarningKind.LEADER_GRADE,
                    unit=entry.unit,
                    message=(
                        f"{table.get(entry.unit, entry.unit)} dẫn đầu nhưng xếp loại "
                        f"{grade.label}, chưa đạt {best.label}."
                    ),
                )
            )
    commendations: tuple[Selection, ...] = ()
    if commendation_quota is not None:
        commendations = nominations(
            ranking, quota=commendation_quota, exclude={e.unit for e in flag}
        )
        warnings.extend(_tie_warnings(commendations, WarningKind.COMMENDATION_TIE, table))

    eligibility = _eligibility(flag, histories, kind, year)
    unchecked = [e for e in eligibility if not e.checked]
    if unchecked:
        who = ", ".join(table.get(e.unit, e.unit) for e in unchecked)
        warnings.append(
            ReviewWarning(
                kind=WarningKind.NOT_CHECKED,
                unit=None,
                message=f"Chưa kiểm tra điều kiện tặng Cờ thi đua (không có hồ sơ): {who}.",
            )
        )
    for status in eligibility:
        if status.checked and status.eligible is not True:
            warnings.append(
                ReviewWarning(
                    kind=WarningKind.NOT_ELIGIBLE,
                    unit=status.unit,
                    message=f"{table.get(status.unit, status.unit)}: {status.label()}.",
                )
            )

    election: Tally | None = None
    applied: Policy = policy
    if ballots is not None:
        pool = None if candidates is None else _items("candidates", candidates, str)
        election, applied = _election(
            cast("tuple[Ballot, ...]", _items("ballots", ballots, Ballot)),
            policy=policy,
            members=members,
            candidates=cast("tuple[str, ...] | None", pool),
            year=year,
            threshold=threshold,
            written_votes=cast(
                "tuple[Ballot, ...]", _items("written_votes", written_votes, Ballot)
            ),
            deputy=next_deputy,
            held_on=held_on,
        )
        if election.outcome is not Outcome.ELECTED:
            fallback = "" if election.fallback is None else f"; {election.fallback.label}"
            warnings.append(
                ReviewWarning(
                    kind=WarningKind.ELECTION_UNDECIDED,
                    unit=None,
                    message=(
                        f"Bầu {group.head_title} năm {year + 1}: {election.outcome.label}"
                        f"{fallback}; áp dụng quy tắc dự phòng của chính sách luân phiên."
                    ),
                )
            )
    current = group_year.leadership()
    history = () if current is None else (current,)
    next_leadership = plan(applied, members, start_year=year + 1, years=1, history=history)[0]
    handover = None
    if current is not None and current.head != next_leadership.head:
        handover = Handover.between(current, next_leadership, date=held_on)

    return YearEndResult(
        group=group.code,
        group_name=group.name,
        group_kind="cluster" if isinstance(group, Cluster) else "bloc",
        organiser=group.organiser,
        level=group.level,
        year=year,
        members=members,
        names=table,
        head=group_year.head,
        deputy=group_year.deputy,
        rubric=rubric.id,
        rubric_title=rubric.title,
        nominal_max=rubric.nominal,
        scheme=scheme.id,
        scheme_title=scheme.title,
        scores=scores,
        ranking=ranking,
        grades=grades,
        flag_kind=kind,
        flag=flag,
        commendations=commendations,
        eligibility=eligibility,
        election=election,
        policy=applied,
        next_leadership=next_leadership,
        handover=handover,
        warnings=tuple(warnings),
        place=None if place is None else " ".join(unicodedata.normalize("NFC", place).split()),
        held_on=held_on,
        title=None if title is None else " ".join(unicodedata.normalize("NFC", title).split()),
        highlights=figures,
    )


# --------------------------------------------------------------------------- input file


def _bundled_schemes() -> dict[str, GradingScheme]:
    return {s.id: s for s in SCHEMES}


@attrs.frozen(kw_only=True)
class ReviewInput:
    """Everything :func:`review` needs, as one value that loads from a TOML or JSON file.

    This is the input of ``mttq review FILE`` (``mttq schema ReviewInput`` prints its JSON
    Schema).

    Attributes:
        group: the :class:`~mttq.groups.Bloc` or :class:`~mttq.groups.Cluster`, tagged
            ``type = "Bloc"`` or ``"Cluster"``.
        group_year: the year's edition (members, head, deputy).
        rubric: the scoring table.
        sheets: the members' score sheets.
        policy: the rotation policy, tagged (``type = "Election"``, ...).
        scheme: the id of a bundled grading scheme (``"qd366-2025"``, ``"cong-doan-co-so"``,
            ``"mttq-levels"``), used unless ``custom_scheme`` is given.
        custom_scheme: the group's own grading scheme.
        ballots: the secret ballot for next year's head, if one was held.
        written_votes: ballots of absent members, in writing.
        candidates: the candidates on the ballot (default: every member).
        threshold: the share of all members the head needs.
        next_deputy: next year's deputy, when chosen at the review.
        names: the members' display names.
        flag_count: how many units are proposed for the flag.
        flag_kind: the flag's award kind (default: from the organiser).
        commendation_quota: the Bằng khen quota, if any.
        tie_breakers: the ranking's tie-breakers, in order.
        women_led: units that qualify for the ``women-led`` tie-breaker.
        histories: award histories of the units (by :attr:`Recipient.id`).
        conditions: per unit, the grading scheme's extra conditions.
        gap_threshold: the self-vs-agreed gap that is warned about.
        place: the place of the conference.
        date: the day of the conference.
        title: the conference's title line.
        highlights: the figures of the year.

    Examples:
        >>> from mttq.samples import demo_input
        >>> demo_input().run().next_leadership.head
        'hoi-nd.tinh'

    Raises:
        InvalidValueError: a field of the wrong type (``tie_breakers=None``, a list of strings
            for ``histories``); the error names the field (``histories[0]``) and the value.
            ``names`` and ``conditions`` are kept as read-only copies.
    """

    group: Bloc | Cluster
    group_year: GroupYear
    rubric: Rubric
    sheets: tuple[ScoreSheet, ...]
    policy: Policy
    scheme: str = "qd366-2025"
    custom_scheme: GradingScheme | None = None
    ballots: tuple[Ballot, ...] | None = None
    written_votes: tuple[Ballot, ...] = ()
    candidates: tuple[str, ...] | None = None
    threshold: Ratio = DEFAULT_THRESHOLD
    next_deputy: str | None = None
    names: Mapping[str, str] = attrs.field(factory=dict)
    flag_count: int = 1
    flag_kind: str | None = None
    commendation_quota: Quota | None = None
    tie_breakers: tuple[TieBreaker, ...] = ()
    women_led: tuple[str, ...] = ()
    histories: tuple[History, ...] = ()
    conditions: Mapping[str, Mapping[str, bool]] = attrs.field(factory=dict)
    gap_threshold: Decimal = DEFAULT_GAP_THRESHOLD
    place: str | None = None
    date: dt.date | None = None
    title: str | None = None
    highlights: tuple[Highlight, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_fields(self)

    def grading_scheme(self) -> GradingScheme:
        """The grading scheme: ``custom_scheme``, or the bundled scheme named by ``scheme``.

        Raises:
            UnknownCodeError: no bundled scheme has that id.

        Examples:
            >>> from mttq.samples import demo_input
            >>> demo_input().grading_scheme().id
            'khoi-mau'
        """
        if self.custom_scheme is not None:
            return self.custom_scheme
        schemes = _bundled_schemes()
        found = schemes.get(self.scheme)
        if found is None:
            raise UnknownCodeError("grading scheme", self.scheme, sorted(schemes))
        return found

    def run(self) -> YearEndResult:
        """Run :func:`review` on this input.

        Raises:
            InvalidValueError: two histories for one unit, or anything :func:`review` refuses.
        """
        histories: dict[str, History] = {}
        for history in self.histories:
            key = history.recipient.id
            if key in histories:
                raise InvalidValueError("histories", key, "two histories for one unit")
            histories[key] = history
        return review(
            self.group_year,
            self.sheets,
            rubric=self.rubric,
            scheme=self.grading_scheme(),
            policy=self.policy,
            group=self.group,
            ballots=self.ballots,
            written_votes=self.written_votes,
            candidates=self.candidates,
            threshold=self.threshold,
            next_deputy=self.next_deputy,
            names=self.names,
            flag_count=self.flag_count,
            flag_kind=self.flag_kind,
            commendation_quota=self.commendation_quota,
            tie_breakers=self.tie_breakers,
            women_led=self.women_led,
            histories=histories or None,
            conditions=self.conditions,
            gap_threshold=self.gap_threshold,
            place=self.place,
            held_on=self.date,
            title=self.title,
            highlights=self.highlights,
        )
