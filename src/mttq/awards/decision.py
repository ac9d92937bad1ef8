"""The outputs of an eligibility check: the :class:`Decision`, its reasons, its verdict.

A check returns a :class:`Decision` made of :class:`Reason` values, each naming the condition,
whether it was met (``True``/``False``/``None`` when it cannot be decided from the data), the
evidence and its legal source, rendered in Vietnamese by :attr:`Reason.text_vi` and
:meth:`Decision.explain`. The verdicts-only fast path returns a :class:`Verdict`, the
``(eligible, deferred)`` pair of a decision without its explanation::

    >>> d = Decision(kind="ldtt", year=2025, recipient="p1", eligible=True,
    ...              reasons=(Reason(condition="Xếp loại HTTNV", met=True,
    ...                              source="Luật 06/2022/QH15, Điều 24 k1"),))
    >>> print(d.explain())
    Lao động tiên tiến, năm 2025, p1: đủ điều kiện
      [x] Xếp loại HTTNV: đạt [Luật 06/2022/QH15, Điều 24 k1]
    >>> d.verdict
    Verdict(eligible=True, deferred=False)

Sources: an open matter defers an award (NĐ 152/2025/NĐ-CP, Điều 4 k4); quotas of a title
among the units' LĐTT (NĐ 91/2017/NĐ-CP, Điều 9 k3).
"""

from __future__ import annotations

from typing import Final, NamedTuple

import attrs

from mttq.awards.catalogue import KINDS_BY_CODE, kind_code
from mttq.awards.history import AwardShare
from mttq.errors import InvalidValueError
from mttq.fields import Code, Slug, Text, Year, check_fields

__all__ = [
    "MAX_REASON_DEPTH",
    "Decision",
    "QuotaNote",
    "Reason",
    "Verdict",
    "new_decision",
    "new_reason",
]

#: How deeply :class:`Reason` values may nest (``parts`` of ``parts``...).
MAX_REASON_DEPTH: Final = 256


class Verdict(NamedTuple):
    """The outcome of a check without its explanation: ``eligible`` and ``deferred``.

    What :meth:`mttq.awards.Engine.verdict` returns, always equal to
    :attr:`Decision.verdict` of the :class:`Decision` that :meth:`~mttq.awards.Engine.check`
    returns for the same arguments. It unpacks as ``eligible, deferred = verdict``.

    Attributes:
        eligible: ``True``, ``False`` or ``None`` (undetermined).
        deferred: an open matter defers the award (NĐ 152/2025/NĐ-CP Điều 4 k4).

    Examples:
        >>> v = Verdict.of(True, False)
        >>> v.eligible, v.may_award, v is Verdict.of(True, False)
        (True, True, True)
    """

    eligible: bool | None
    deferred: bool

    @property
    def may_award(self) -> bool:
        """Eligible and not deferred."""
        return self.eligible is True and not self.deferred

    @staticmethod
    def of(eligible: bool | None, deferred: bool) -> Verdict:
        """The shared verdict for ``eligible`` and ``deferred`` (six values, built once).

        Raises:
            InvalidValueError: ``eligible`` is not ``True``/``False``/``None`` or
                ``deferred`` is not a bool.
        """
        found = _VERDICTS.get((eligible, deferred))
        if found is None or type(deferred) is not bool or type(eligible) not in _TRI:
            raise InvalidValueError(
                "verdict", (eligible, deferred), "expected (True/False/None, True/False)"
            )
        return found


_TRI: Final = frozenset((bool, type(None)))
_VERDICTS: Final[dict[tuple[bool | None, bool], Verdict]] = {
    (e, d): Verdict(e, d) for e in (True, False, None) for d in (False, True)
}


_STATUS = {True: "đạt", False: "không đạt", None: "chưa xác định"}
_MARK = {True: "[x]", False: "[ ]", None: "[?]"}


@attrs.frozen(kw_only=True)
class Reason:
    """One condition of a rule, whether it was met, the evidence, and its legal source.

    Attributes:
        condition: the condition in Vietnamese.
        met: ``True``, ``False``, or ``None`` when the data cannot decide it.
        source: the legal source ("Luật 06/2022/QH15, Điều 23").
        years: the years that were evidence for the outcome.
        items: other evidence: initiatives (their title, or their id when untitled), groups,
            movements, discipline measures.
        note: a short Vietnamese remark (what was missing, why a year did not count).
        parts: the sub-conditions of a compound condition.

    Examples:
        >>> r = Reason(condition="Xếp loại HTXSNV năm 2025", met=True,
        ...            source="Luật 06/2022/QH15, Điều 23", years=(2025,))
        >>> r.text_vi
        'Xếp loại HTXSNV năm 2025: đạt (năm 2025) [Luật 06/2022/QH15, Điều 23]'
    """

    condition: str
    met: bool | None
    source: str = ""
    years: tuple[int, ...] = ()
    items: tuple[str, ...] = ()
    note: str = ""
    parts: tuple[Reason, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        if _too_deep(self.parts, MAX_REASON_DEPTH - 1):
            raise InvalidValueError(
                "parts", self.parts, f"nest more than {MAX_REASON_DEPTH} levels deep"
            )

    @property
    def text_vi(self) -> str:
        """The reason as one Vietnamese sentence."""
        text = f"{self.condition}: {_STATUS[self.met]}"
        evidence: list[str] = []
        if self.years:
            evidence.append("năm " + ", ".join(str(y) for y in self.years))
        evidence.extend(self.items)
        if self.note:
            evidence.append(self.note)
        if evidence:
            text += " (" + "; ".join(evidence) + ")"
        if self.source:
            text += f" [{self.source}]"
        return text

    def lines(self, depth: int = 0) -> list[str]:
        """The reason and its parts as indented lines, with a mark for the outcome.

        Args:
            depth: the indentation of the first line, in steps of two spaces (0 to 100).

        Raises:
            InvalidValueError: ``depth`` is not an int between 0 and 100.

        Examples:
            >>> Reason(condition="A", met=None).lines()
            ['[?] A: chưa xác định']
        """
        if isinstance(depth, bool) or not isinstance(depth, int) or not 0 <= depth <= 100:
            raise InvalidValueError("depth", depth, "expected an int between 0 and 100")
        out: list[str] = []
        self._lines(int(depth), out)
        return out

    def _lines(self, depth: int, out: list[str]) -> None:
        out.append("  " * depth + f"{_MARK[self.met]} {self.text_vi}")
        for part in self.parts:
            part._lines(depth + 1, out)


def _too_deep(parts: tuple[Reason, ...], room: int) -> bool:
    """Whether ``parts`` span more than ``room`` levels (looks no deeper than that)."""
    if not parts:
        return False
    if room <= 0:
        return True
    return any(_too_deep(p.parts, room - 1) for p in parts)


@attrs.frozen(kw_only=True)
class QuotaNote:
    """A quota attached to a rule that a single history cannot check (a unit-level cap).

    Examples:
        >>> from decimal import Decimal
        >>> QuotaNote(share=Decimal("0.15"), of_kind="ldtt", source="NĐ 91/2017/NĐ-CP").share
        Decimal('0.15')
    """

    share: AwardShare
    of_kind: str = attrs.field(converter=kind_code)
    source: str
    note: str = ""

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@attrs.frozen(kw_only=True)
class Decision:
    """The explained answer of an eligibility check.

    Attributes:
        kind: the award kind's code.
        year: the assessment year.
        recipient: the recipient's id.
        recipient_name: the recipient's name (``""`` when the history gives none); the
            explanation shows it, or the id when it is empty.
        eligible: ``True``, ``False`` or ``None`` (undetermined: the bundled rules or the
            data cannot decide).
        deferred: an open matter defers the award (NĐ 152/2025/NĐ-CP Điều 4 k4).
        reasons: the conditions checked, each with its source.
        rules: the ids of the rules applied.
        quotas: unit-level caps to apply on top (they do not affect ``eligible``).

    Examples:
        >>> d = Decision(kind="ldtt", year=2025, recipient="p1", recipient_name="Nguyễn Văn A",
        ...              eligible=True, reasons=(Reason(condition="Xếp loại HTTNV", met=True),))
        >>> print(d.explain())
        Lao động tiên tiến, năm 2025, Nguyễn Văn A: đủ điều kiện
          [x] Xếp loại HTTNV: đạt
    """

    kind: Slug
    year: Year
    recipient: Code
    recipient_name: Text = ""
    eligible: bool | None
    deferred: bool = False
    reasons: tuple[Reason, ...] = ()
    rules: tuple[str, ...] = ()
    quotas: tuple[QuotaNote, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    @property
    def may_award(self) -> bool:
        """Eligible and not deferred.

        Examples:
            >>> Decision(kind="ldtt", year=2025, recipient="p", eligible=True,
            ...          deferred=True).may_award
            False
        """
        return self.eligible is True and not self.deferred

    @property
    def verdict(self) -> Verdict:
        """The outcome without the explanation, as the verdicts-only fast path gives it.

        Examples:
            >>> Decision(kind="ldtt", year=2025, recipient="p", eligible=None).verdict
            Verdict(eligible=None, deferred=False)
        """
        return Verdict.of(self.eligible, self.deferred)

    def explain(self) -> str:
        """A Vietnamese, multi-line explanation: the award, the year, the recipient's name.

        The recipient is named by :attr:`recipient_name`, or by the id when it is empty.

        Examples:
            >>> print(Decision(kind="cstdcs", year=2025, recipient="p2", eligible=None).explain())
            Chiến sĩ thi đua cơ sở, năm 2025, p2: chưa xác định được
        """
        kind = KINDS_BY_CODE.get(self.kind)
        name = kind.name if kind is not None else self.kind
        verdict = {
            True: "đủ điều kiện",
            False: "không đủ điều kiện",
            None: "chưa xác định được",
        }[self.eligible]
        who = self.recipient_name or self.recipient
        lines = [f"{name}, năm {self.year}, {who}: {verdict}"]
        if self.deferred:
            lines[0] += " (tạm hoãn xét do đang có vụ việc chưa kết luận)"
        for reason in self.reasons:
            lines.extend(reason.lines(1))
        for quota in self.quotas:
            base = KINDS_BY_CODE.get(quota.of_kind)
            percent = format((quota.share * 100).normalize(), "f").replace(".", ",")
            lines.append(
                f"  Lưu ý: số được khen không quá {percent}% số đạt "
                f"{base.short if base is not None else quota.of_kind} [{quota.source}]"
            )
        return "\n".join(lines)


# Reason and Decision have no validator, converter or default factory, so setting their
# slots directly builds exactly what ``Reason(...)`` and ``Decision(...)`` build (tests pin
# the field order and the equality). The engine builds many of them.
_SET_REASON = tuple(getattr(Reason, a.name).__set__ for a in attrs.fields(Reason))
_SET_DECISION = tuple(getattr(Decision, a.name).__set__ for a in attrs.fields(Decision))
_new = object.__new__


def new_reason(  # noqa: PLR0917 - private, positional for speed
    condition: str,
    met: bool | None,
    source: str,
    years: tuple[int, ...],
    items: tuple[str, ...],
    note: str,
    parts: tuple[Reason, ...],
) -> Reason:
    """``Reason(condition=condition, met=met, ...)``, faster."""
    r: Reason = _new(Reason)
    s_condition, s_met, s_source, s_years, s_items, s_note, s_parts = _SET_REASON
    s_condition(r, condition)
    s_met(r, met)
    s_source(r, source)
    s_years(r, years)
    s_items(r, items)
    s_note(r, note)
    s_parts(r, parts)
    return r


def new_decision(  # noqa: PLR0917 - private, positional for speed
    kind: str,
    year: int,
    recipient: str,
    recipient_name: str,
    eligible: bool | None,
    deferred: bool,
    reasons: tuple[Reason, ...],
    rules: tuple[str, ...],
    quotas: tuple[QuotaNote, ...],
) -> Decision:
    """``Decision(kind=kind, year=year, ...)``, faster."""
    d: Decision = _new(Decision)
    (
        s_kind,
        s_year,
        s_recipient,
        s_recipient_name,
        s_eligible,
        s_deferred,
        s_reasons,
        s_rules,
        s_quotas,
    ) = _SET_DECISION
    s_kind(d, kind)
    s_year(d, year)
    s_recipient(d, recipient)
    s_recipient_name(d, recipient_name)
    s_eligible(d, eligible)
    s_deferred(d, deferred)
    s_reasons(d, reasons)
    s_rules(d, rules)
    s_quotas(d, quotas)
    return d
