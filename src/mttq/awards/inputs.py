"""The input of a batch of award checks, as one value that loads from a file and runs.

:class:`CheckInput` is what ``mttq check FILE`` reads and what a service receives: an award
kind, an assessment year and the histories to check. It refuses, when it is built, what no
check could use: an unknown award kind (even with no history to apply it to), no history at
all and two histories of one recipient; when it runs, an attestation of a criterion that no
rule applied asks for (a misspelt criterion would otherwise be dropped silently)::

    >>> from mttq.awards.history import Attestation, History, Recipient, YearRating
    >>> from mttq.codes import Rating
    >>> data = CheckInput(kind="ldtt", year=2025, histories=(
    ...     History(recipient=Recipient(id="a"),
    ...             ratings=(YearRating(year=2025, rating=Rating.HTTNV),),
    ...             attestations=(Attestation(year=2025, criterion="ldtt-tinh-than"),)),))
    >>> [d.eligible for d in data.run()]
    [True]
    >>> CheckInput(kind="ldtt", year=2025, histories=(History(recipient=Recipient(id="a"),
    ...     attestations=(Attestation(year=2025, criterion="ldtt-tinh-thanh"),)),)).run()
    Traceback (most recent call last):
    ...
    mttq.errors.UnknownCodeError: unknown attested criterion 'ldtt-tinh-thanh'; did you mean: ...

Sources: Luật 06/2022/QH15 and its decrees through :mod:`mttq.awards.national` (each
decision cites its articles).
"""

from __future__ import annotations

import attrs

from mttq.awards.catalogue import find_kind
from mttq.awards.decision import Decision
from mttq.awards.engine import compile_rules
from mttq.awards.history import History
from mttq.awards.national import NATIONAL
from mttq.awards.requirements import RuleSet
from mttq.errors import InvalidValueError, MttqError, UnknownCodeError, closest
from mttq.fields import Text, Year, check_fields, check_unique

__all__ = ["CheckInput"]


@attrs.frozen(kw_only=True)
class CheckInput:
    """The input of ``mttq check``: an award kind, a year and the histories to check.

    Attributes:
        kind: the award kind (a code such as ``"ldtt"``, a name or an abbreviation).
        year: the assessment year.
        histories: one history per person or unit (at least one; one per recipient).

    Raises:
        InvalidValueError: a field of the wrong type, no history, two histories of one
            recipient; the error is located (``("histories", 2)``).
        UnknownCodeError: an unknown award kind (at ``("kind",)``).

    Examples:
        >>> CheckInput(kind="ldtt", year=2025, histories=())
        Traceback (most recent call last):
        ...
        mttq.errors.InvalidValueError: invalid histories=(): there is no history to check
    """

    kind: Text
    year: Year
    histories: tuple[History, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)
        try:
            find_kind(self.kind)
        except UnknownCodeError as exc:
            raise exc.within("kind") from None
        if not self.histories:
            raise InvalidValueError("histories", (), "there is no history to check")
        check_unique(("histories",), [h.recipient.id for h in self.histories], "recipient")

    def run(self, *, rules: RuleSet | None = None) -> tuple[Decision, ...]:
        """Check every history, in order.

        Args:
            rules: the rules to apply (default: the bundled national rules).

        Raises:
            UnknownCodeError: an attestation of a criterion that none of the rules asks for
                (at ``("histories", i, "attestations", j, "criterion")``).
            MttqError: what :func:`mttq.awards.check` refuses, located in this input
                (``("histories", 1, "ratings", 0, "year")``).
        """
        ruleset = rules if rules is not None else NATIONAL
        known = ruleset.criteria()
        for i, history in enumerate(self.histories):
            for j, attestation in enumerate(history.attestations):
                if attestation.criterion not in known:
                    raise UnknownCodeError(
                        "attested criterion",
                        attestation.criterion,
                        closest(attestation.criterion, sorted(known)),
                        where=("histories", i, "attestations", j, "criterion"),
                    )
        engine = compile_rules(ruleset)
        decisions = []
        for i, history in enumerate(self.histories):
            try:
                decisions.append(engine.check(self.kind, history, year=self.year))
            except MttqError as exc:
                raise exc.within("histories", i) from None
        return tuple(decisions)
