"""Scoring a bloc's year: the engine of :mod:`mttq.scoring.engine` and the bundled schemes.

Rubrics are the bloc's own (its head writes the table each year); the grading schemes
bundled here come from :mod:`mttq.rules.grading`: :data:`QD366` (Quy định 366-QĐ/TW, 2025),
:data:`TRADE_UNION` (the older trade-union base-unit grading) and :data:`MTTQ_LEVELS` (xuất
sắc / mạnh / khá, thresholds a documented default).

Examples:
    >>> from decimal import Decimal
    >>> from mttq.scoring import QD366, classify
    >>> [classify(QD366, Decimal(t)).grade.short for t in ("90", "89.99", "70", "50")]
    ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mttq.scoring.engine import (
    Band,
    Basis,
    Classification,
    Condition,
    Criterion,
    CriterionKind,
    CrossScore,
    Grade,
    GradingScheme,
    Quota,
    Ranked,
    Rounding,
    Rubric,
    ScoreItem,
    ScoreResult,
    ScoreSheet,
    Selection,
    SelectionStatus,
    TieBreaker,
    classify,
    explain_ranking,
    leaders,
    nominations,
    rank,
    score,
    score_all,
)

if TYPE_CHECKING:
    from mttq.rules.grading import (
        MTTQ_LEVELS,
        QD366,
        SCHEMES,
        TRADE_UNION,
        mttq_levels_scheme,
        qd366_scheme,
    )

# The bundled schemes live in mttq.rules.grading (layer 5), which builds them from this
# package's engine; importing them here eagerly would be a cycle when mttq.rules.grading is
# imported first, so they are read from it on first access.
_FROM_RULES = frozenset(
    {"MTTQ_LEVELS", "QD366", "SCHEMES", "TRADE_UNION", "mttq_levels_scheme", "qd366_scheme"}
)


def __getattr__(name: str) -> object:
    """Return a bundled scheme of :mod:`mttq.rules.grading` by name."""
    if name in _FROM_RULES:
        from mttq.rules import grading  # noqa: PLC0415 - see above

        return getattr(grading, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MTTQ_LEVELS",
    "QD366",
    "SCHEMES",
    "TRADE_UNION",
    "Band",
    "Basis",
    "Classification",
    "Condition",
    "Criterion",
    "CriterionKind",
    "CrossScore",
    "Grade",
    "GradingScheme",
    "Quota",
    "Ranked",
    "Rounding",
    "Rubric",
    "ScoreItem",
    "ScoreResult",
    "ScoreSheet",
    "Selection",
    "SelectionStatus",
    "TieBreaker",
    "classify",
    "explain_ranking",
    "leaders",
    "mttq_levels_scheme",
    "nominations",
    "qd366_scheme",
    "rank",
    "score",
    "score_all",
]
