"""Secret ballots (bỏ phiếu kín) and their tally against the full membership.

A bloc or council votes on who leads and who is proposed for an award. The rules this module
encodes, with their sources:

* The threshold is a share of **all** members, not of those present: at least 90% of all
  council members for Anh hùng, CSTĐ toàn quốc and CSTĐ bộ/tỉnh, at least 80% for CSTĐCS, Cờ
  thi đua bộ/tỉnh and Cờ thi đua của Chính phủ; absent members vote in writing, recorded in the
  minutes (Nghị định 98/2023/NĐ-CP Điều 30 khoản 7, in force 2024-01-01 to 2025-06-30; whether
  Nghị định 152/2025/NĐ-CP keeps it is not verified, so the threshold is always an argument and
  :data:`EIGHTY_PERCENT` / :data:`NINETY_PERCENT` are presets, not defaults).
* A quorum, when given, is a share of the members present (two thirds in the practice of the
  courts, TT 01/2024/TT-TANDTC, and of Bắc Ninh's council, QĐ 86/2025/QĐ-UBND Điều 8).
* At most two rounds; when the second round decides nothing, the Trưởng cụm together with the
  Phó Trưởng cụm decide (TT 01/2024/TT-TANDTC Điều 29, a sector's practice). The fallback is a
  setting (:class:`Fallback`) and the tally records it; the library never picks a winner itself.

A :class:`Ballot` carries no voter identity, and no result keeps the ballots: only counts.
Results do not depend on the order of the ballots.

Examples:
    >>> ballots = [Ballot(approve=("VUSTA",))] * 8 + [Ballot(approve=("HLHPN",))]
    >>> result = tally(ballots, candidates=("VUSTA", "HLHPN"), members=9,
    ...                threshold=EIGHTY_PERCENT)
    >>> result.outcome.value, result.elected
    ('elected', ('VUSTA',))

Sources:
    Nghị định 98/2023/NĐ-CP, Điều 30 k7; Thông tư 01/2024/TT-TANDTC, Điều 29;
    Quyết định 86/2025/QĐ-UBND of Bắc Ninh, Điều 8.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import attrs

from mttq.codes import CodeEnum
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.scoring.codes import check_labelled as _check_fields
from mttq.vi.numbers import format_number

__all__ = [
    "EIGHTY_PERCENT",
    "NINETY_PERCENT",
    "TWO_THIRDS",
    "Ballot",
    "CandidateVotes",
    "Fallback",
    "Outcome",
    "Ratio",
    "Tally",
    "tally",
]

#: The most rounds a vote may take (TT 01/2024/TT-TANDTC Điều 29).
MAX_ROUNDS = 2


@attrs.frozen(kw_only=True)
class Ratio:
    """An exact share such as 4/5, kept as two integers so it serialises without loss.

    Attributes:
        numerator: the top number.
        denominator: the bottom number, positive.

    Examples:
        >>> str(Ratio(numerator=4, denominator=5)), Ratio.of(Decimal("0.9")).denominator
        ('4/5', 10)
    """

    numerator: int
    denominator: int

    def __attrs_post_init__(self) -> None:
        for name in ("numerator", "denominator"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidValueError(f"ratio.{name}", value, "expected an int")
        if self.denominator <= 0:
            raise InvalidValueError("ratio.denominator", self.denominator, "must be positive")
        if not 0 <= self.numerator <= self.denominator:
            raise InvalidValueError("ratio", str(self), "must be between 0 and 1")

    def __str__(self) -> str:
        return f"{self.numerator}/{self.denominator}"

    @classmethod
    def of(cls, value: Ratio | Fraction | Decimal | int, field: str = "ratio") -> Ratio:
        """Read a share given as a Ratio, Fraction, Decimal or int (never a float).

        Raises:
            InvalidValueError: a float, a non-finite number or a share outside 0..1.

        Examples:
            >>> Ratio.of(Fraction(2, 3))
            Ratio(numerator=2, denominator=3)
        """
        if isinstance(value, Ratio):
            return value
        if isinstance(value, bool) or not isinstance(value, (Fraction, Decimal, int)):
            raise InvalidValueError(field, value, "expected a Fraction, Decimal or int share")
        if isinstance(value, Decimal) and not value.is_finite():
            raise InvalidValueError(field, value, "must be finite")
        share = Fraction(value)
        if not 0 <= share <= 1:
            raise InvalidValueError(field, value, "must be between 0 and 1")
        return cls(numerator=share.numerator, denominator=share.denominator)

    def as_fraction(self) -> Fraction:
        """The share as a :class:`~fractions.Fraction`.

        Examples:
            >>> EIGHTY_PERCENT.as_fraction()
            Fraction(4, 5)
        """
        return Fraction(self.numerator, self.denominator)

    def percent(self) -> str:
        """The share as a Vietnamese percentage, to two decimals at most.

        Examples:
            >>> TWO_THIRDS.percent(), EIGHTY_PERCENT.percent()
            ('66,67%', '80%')
        """
        value = (Decimal(self.numerator) * 100 / Decimal(self.denominator)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
        return format_number(value) + "%"


#: 80% of all members: CSTĐCS, Cờ thi đua bộ/tỉnh, Cờ thi đua của Chính phủ (NĐ 98/2023 Điều 30 k7).
EIGHTY_PERCENT = Ratio(numerator=4, denominator=5)
#: 90% of all members: Anh hùng, CSTĐ toàn quốc, CSTĐ bộ/tỉnh (NĐ 98/2023 Điều 30 k7).
NINETY_PERCENT = Ratio(numerator=9, denominator=10)
#: Two thirds: the quorum in TT 01/2024/TT-TANDTC and QĐ 86/2025/QĐ-UBND Bắc Ninh (practice).
TWO_THIRDS = Ratio(numerator=2, denominator=3)


class Outcome(CodeEnum):
    """What a round of voting decided.

    Examples:
        >>> Outcome.NO_MAJORITY.label
        'không ứng viên nào đạt tỷ lệ phiếu yêu cầu'
    """

    ELECTED = "elected", "có kết quả"
    NO_MAJORITY = "no-majority", "không ứng viên nào đạt tỷ lệ phiếu yêu cầu"
    TIE = "tie", "các ứng viên bằng phiếu ở suất cuối"
    NO_QUORUM = "no-quorum", "không đủ số thành viên có mặt theo quy định"


class Fallback(CodeEnum):
    """What happens when a round decides nothing (recorded in the tally, never auto-applied).

    Examples:
        >>> Fallback.HEAD_AND_DEPUTY.label
        'Trưởng khối/cụm cùng Phó Trưởng khối/cụm quyết định'
    """

    SECOND_ROUND = "second-round", "bỏ phiếu vòng hai giữa các ứng viên nhiều phiếu nhất"
    HEAD_AND_DEPUTY = "head-and-deputy", "Trưởng khối/cụm cùng Phó Trưởng khối/cụm quyết định"
    CHAIR = "chair", "Chủ tịch Hội đồng quyết định"
    NONE = "none", "không đề nghị"


@attrs.frozen(kw_only=True)
class Ballot:
    """One anonymous ballot: the candidates it approves. It names no voter.

    Attributes:
        approve: the candidates ticked (crossed-out names are simply not listed).
        spoiled: a ballot declared invalid (phiếu không hợp lệ); it counts as cast and
            approves no one.

    Raises:
        InvalidValueError: a candidate listed twice or a code that is not text.

    Examples:
        >>> Ballot(approve=("HND", "HCCB")).approve
        ('HND', 'HCCB')
    """

    approve: tuple[str, ...] = ()
    spoiled: bool = False

    def __attrs_post_init__(self) -> None:
        approve: object = self.approve
        if isinstance(approve, list):
            approve = tuple(approve)
        if not isinstance(approve, tuple) or not all(
            isinstance(c, str) and c.strip() for c in approve
        ):
            raise InvalidValueError(
                "ballot.approve", approve, "expected a tuple of candidate codes"
            )
        if len(set(approve)) != len(approve):
            raise InvalidValueError("ballot.approve", approve, "a candidate is ticked twice")
        object.__setattr__(self, "approve", approve)
        if not isinstance(self.spoiled, bool):
            raise InvalidValueError("ballot.spoiled", self.spoiled, "expected bool")


@attrs.frozen(kw_only=True)
class CandidateVotes:
    """One candidate's count.

    Attributes:
        candidate: the candidate's code.
        votes: approving ballots (in the meeting and in writing).
        percent: votes as a percentage of the full membership, rounded half up to 0.01.
        passed: whether the votes reach the threshold of the full membership (exact).

    Examples:
        >>> CandidateVotes(candidate="HND", votes=8, percent=Decimal("88.89"), passed=True).votes
        8

    Raises:
        InvalidValueError: a field of the wrong type, negative votes or a percentage outside
            0..100; the error names the field and the value.
    """

    candidate: str
    votes: int
    percent: Decimal
    passed: bool

    def __attrs_post_init__(self) -> None:
        _check_fields(self)
        if self.votes < 0:
            raise InvalidValueError("votes", self.votes, "must not be negative")
        if not 0 <= self.percent <= 100:
            raise InvalidValueError("percent", self.percent, "must be between 0 and 100")


@attrs.frozen(kw_only=True)
class Tally:
    """The result of one round, with every count and the decision it leads to.

    Attributes:
        round: 1 or 2.
        members: the full membership (the denominator of the threshold).
        present: members present at the meeting.
        cast: ballots cast in the meeting.
        written: ballots of absent members, given in writing.
        spoiled: invalid ballots among them (declared spoiled, or over ``max_choices``).
        threshold: the share of all members a candidate needs.
        quorum: the share of members who must be present, if any.
        quorum_met: whether the quorum was met (``True`` when there is none).
        places: how many candidates are to be chosen.
        results: the candidates by votes (most first), then code.
        outcome: what the round decided.
        elected: the candidates chosen.
        tied: the candidates tied for the last places, if any.
        fallback: what happens next when the round did not fill the places.
        runoff: the candidates of the next round, when the fallback is a second round.

    Examples:
        >>> t = tally([Ballot(approve=("A",))] * 3, candidates=("A", "B"), members=5,
        ...           threshold=EIGHTY_PERCENT)
        >>> t.outcome.value, t.fallback.value, t.runoff
        ('no-majority', 'second-round', ('A', 'B'))

    Raises:
        InvalidValueError: a field of the wrong type (``round=None``), a round other than 1 or
            2, or a negative count; the error names the field and the value.
    """

    round: int
    members: int
    present: int
    cast: int
    written: int
    spoiled: int
    threshold: Ratio
    quorum: Ratio | None
    quorum_met: bool
    places: int
    results: tuple[CandidateVotes, ...]
    outcome: Outcome
    elected: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()
    fallback: Fallback | None = None
    runoff: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_fields(self)
        if not 1 <= self.round <= MAX_ROUNDS:
            raise InvalidValueError("round", self.round, f"expected 1 to {MAX_ROUNDS}")
        for name in ("members", "present", "cast", "written", "spoiled", "places"):
            if getattr(self, name) < 0:
                raise InvalidValueError(name, getattr(self, name), "must not be negative")

    def votes(self, candidate: str) -> int:
        """The votes of one candidate.

        Raises:
            UnknownCodeError: not a candidate of this round.

        Examples:
            >>> t = tally([Ballot(approve=("A",))], candidates=("A",), members=1,
            ...           threshold=EIGHTY_PERCENT)
            >>> t.votes("A")
            1
        """
        for entry in self.results:
            if entry.candidate == candidate:
                return entry.votes
        raise UnknownCodeError("candidate", candidate, [r.candidate for r in self.results])

    def explain(self) -> str:
        """The minutes of the count in Vietnamese.

        Examples:
            >>> ballots = [Ballot(approve=("VUSTA",))] * 7
            >>> print(tally(ballots, candidates=("VUSTA",), members=9, threshold=EIGHTY_PERCENT,
            ...             written_votes=[Ballot(approve=("VUSTA",))]).explain())
            Vòng 1: tổng số 9 thành viên, có mặt 7.
            Số phiếu: 7 tại hội nghị, 1 bằng văn bản, 0 không hợp lệ.
            Tỷ lệ yêu cầu: từ 80% tổng số thành viên trở lên (4/5).
            - VUSTA: 8 phiếu (88,89% tổng số thành viên), đạt.
            Kết quả: VUSTA.
        """
        head = f"Vòng {self.round}: tổng số {self.members} thành viên, có mặt {self.present}."
        count = (
            f"Số phiếu: {self.cast} tại hội nghị, {self.written} bằng văn bản, "
            f"{self.spoiled} không hợp lệ."
        )
        need = (
            f"Tỷ lệ yêu cầu: từ {self.threshold.percent()} tổng số thành viên trở lên "
            f"({self.threshold})."
        )
        lines = [head, count, need]
        if self.quorum is not None:
            met = "đủ" if self.quorum_met else "không đủ"
            lines.append(f"Số thành viên có mặt: {met} {self.quorum.percent()} theo quy định.")
        for entry in self.results:
            verdict = "đạt" if entry.passed else "không đạt"
            lines.append(
                f"- {entry.candidate}: {entry.votes} phiếu "
                f"({format_number(entry.percent)}% tổng số thành viên), {verdict}."
            )
        if self.elected:
            lines.append("Kết quả: " + ", ".join(self.elected) + ".")
        if self.outcome is not Outcome.ELECTED:
            lines.append(f"Không đủ kết quả: {self.outcome.label}.")
        if self.tied:
            lines.append("Bằng phiếu ở suất cuối: " + ", ".join(self.tied) + ".")
        if self.fallback is Fallback.SECOND_ROUND:
            lines.append("Bỏ phiếu vòng hai giữa: " + ", ".join(self.runoff) + ".")
        elif self.fallback is not None:
            lines.append(f"Hướng xử lý: {self.fallback.label} (ghi vào biên bản).")
        return "\n".join(lines)


def _count_arg(field: str, value: object, *, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, "expected an int")
    if value < low:
        raise InvalidValueError(field, value, f"must be at least {low}")
    return value


def _ballots(field: str, value: object) -> tuple[Ballot, ...]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidValueError(field, value, "expected an iterable of Ballot")
    out = tuple(value)
    for ballot in out:
        if not isinstance(ballot, Ballot):
            raise InvalidValueError(field, ballot, "expected a Ballot")
    return out


def tally(
    ballots: Iterable[Ballot],
    *,
    candidates: Iterable[str],
    members: int,
    threshold: Ratio | Fraction | Decimal | int,
    quorum: Ratio | Fraction | Decimal | None = None,
    written_votes: Iterable[Ballot] = (),
    present: int | None = None,
    round: int = 1,
    places: int = 1,
    max_choices: int | None = None,
    final_fallback: Fallback = Fallback.HEAD_AND_DEPUTY,
) -> Tally:
    """Count one round of a secret ballot against the full membership.

    A candidate passes when ``votes / members >= threshold``, compared exactly. The places
    go to the passing candidates with the most votes; equal votes across the last place make
    a tie. When the places are not filled, round 1 leads to a second round (among the tied
    candidates, or the ``places + 1`` best-placed ones with their ties) and round 2 to
    ``final_fallback``, recorded in the tally.

    Args:
        ballots: the ballots cast in the meeting, in any order.
        candidates: the candidates of this round.
        members: the full membership, present or not.
        threshold: the share of all members needed (see :data:`EIGHTY_PERCENT`,
            :data:`NINETY_PERCENT`); a Ratio, Fraction, Decimal or int, never a float.
        quorum: the share of members who must be present, if any.
        written_votes: ballots of absent members given in writing; they count as votes.
        present: members present (default: the number of ballots cast in the meeting).
        round: 1 or 2.
        places: how many candidates to choose.
        max_choices: the most candidates one ballot may tick; a ballot ticking more is
            counted as spoiled.
        final_fallback: what decides after a second round that decided nothing.

    Returns:
        The tally of the round.

    Raises:
        InvalidValueError: more ballots than members, more present than members, bad
            counts, shares or rounds.
        UnknownCodeError: a ballot ticks someone who is not a candidate of this round.

    Examples:
        >>> ballots = [Ballot(approve=("KHKT",))] * 6 + [Ballot(approve=("CTD",))] * 5
        >>> t = tally(ballots, candidates=("KHKT", "CTD", "NB"), members=11,
        ...           threshold=Fraction(1, 2))
        >>> t.elected, t.results[0].percent
        (('KHKT',), Decimal('54.55'))
    """
    members = _count_arg("members", members, low=1)
    places = _count_arg("places", places, low=1)
    round_no = _count_arg("round", round, low=1)
    if round_no > MAX_ROUNDS:
        raise InvalidValueError("round", round_no, f"at most {MAX_ROUNDS} rounds are held")
    need = Ratio.of(threshold, "threshold")
    if need.numerator == 0:
        raise InvalidValueError("threshold", str(need), "must be above 0")
    quorum_ratio = None if quorum is None else Ratio.of(quorum, "quorum")
    if not isinstance(final_fallback, Fallback) or final_fallback is Fallback.SECOND_ROUND:
        raise InvalidValueError("final_fallback", final_fallback, "expected a final Fallback")
    if isinstance(candidates, str) or not isinstance(candidates, Iterable):
        raise InvalidValueError("candidates", candidates, "expected a collection of codes")
    names = tuple(candidates)
    if not names:
        raise InvalidValueError("candidates", names, "needs at least one candidate")
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise InvalidValueError("candidates", name, "expected a candidate code")
    if len(set(names)) != len(names):
        raise InvalidValueError("candidates", names, "a candidate is listed twice")
    limit = None if max_choices is None else _count_arg("max_choices", max_choices, low=1)
    in_meeting = _ballots("ballots", ballots)
    in_writing = _ballots("written_votes", written_votes)
    if len(in_meeting) + len(in_writing) > members:
        raise InvalidValueError(
            "ballots",
            len(in_meeting) + len(in_writing),
            f"more ballots than the {members} members",
        )
    here = len(in_meeting) if present is None else _count_arg("present", present, low=0)
    if here < len(in_meeting):
        raise InvalidValueError("present", here, f"fewer than the {len(in_meeting)} ballots cast")
    if here + len(in_writing) > members:
        raise InvalidValueError(
            "present", here, f"present plus written votes exceed the {members} members"
        )
    known = set(names)
    counts = dict.fromkeys(names, 0)
    spoiled = 0
    for ballot in in_meeting + in_writing:
        for name in ballot.approve:
            if name not in known:
                raise UnknownCodeError(f"candidate of round {round_no}", name, sorted(known))
        if ballot.spoiled or (limit is not None and len(ballot.approve) > limit):
            spoiled += 1
            continue
        for name in ballot.approve:
            counts[name] += 1
    quorum_met = quorum_ratio is None or (
        here * quorum_ratio.denominator >= quorum_ratio.numerator * members
    )
    order = sorted(names, key=lambda n: (-counts[n], n))
    results = tuple(
        CandidateVotes(
            candidate=n,
            votes=counts[n],
            percent=(Decimal(counts[n]) * 100 / members).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP
            ),
            passed=quorum_met and counts[n] * need.denominator >= need.numerator * members,
        )
        for n in order
    )

    def make(
        outcome: Outcome,
        elected: tuple[str, ...] = (),
        tied: tuple[str, ...] = (),
        fallback: Fallback | None = None,
        runoff: tuple[str, ...] = (),
    ) -> Tally:
        return Tally(
            round=round_no,
            members=members,
            present=here,
            cast=len(in_meeting),
            written=len(in_writing),
            spoiled=spoiled,
            threshold=need,
            quorum=quorum_ratio,
            quorum_met=quorum_met,
            places=places,
            results=results,
            outcome=outcome,
            elected=elected,
            tied=tied,
            fallback=fallback,
            runoff=runoff if fallback is Fallback.SECOND_ROUND else (),
        )

    if not quorum_met:
        return make(Outcome.NO_QUORUM)
    passing = [r for r in results if r.passed]
    next_step = Fallback.SECOND_ROUND if round_no < MAX_ROUNDS else final_fallback
    if not passing:
        # the places + 1 best-placed candidates, with everyone tied with the last of them
        cut = results[min(places, len(results) - 1)].votes
        runoff = tuple(r.candidate for r in results if r.votes >= cut)
        return make(Outcome.NO_MAJORITY, fallback=next_step, runoff=runoff)
    edge = passing[min(places, len(passing)) - 1].votes
    chosen = tuple(r.candidate for r in passing if r.votes >= edge)
    if len(chosen) <= places:
        return make(Outcome.ELECTED, elected=chosen)
    above = tuple(r.candidate for r in passing if r.votes > edge)
    at_edge = tuple(r.candidate for r in passing if r.votes == edge)
    return make(Outcome.TIE, elected=above, tied=at_edge, fallback=next_step, runoff=at_edge)
