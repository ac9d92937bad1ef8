"""Scoring a bloc's year: rubrics, sheets, grades, rankings, selections and the bundled schemes.

The facade of the package; every name is defined in one of its modules:

* :mod:`mttq.scoring.rubric`: :class:`Criterion`, :class:`Rubric` (the bloc's own table);
* :mod:`mttq.scoring.sheets`: :class:`ScoreSheet`, :func:`score`, :func:`score_all`;
* :mod:`mttq.scoring.grading`: :class:`GradingScheme`, :func:`classify`;
* :mod:`mttq.scoring.ranking`: :func:`rank`, :class:`TieBreaker`;
* :mod:`mttq.scoring.selection`: :func:`leaders`, :func:`nominations`, :class:`Quota`;
* :mod:`mttq.scoring.national`: the bundled schemes :data:`QD366` (Quy định 366-QĐ/TW,
  2025), :data:`TRADE_UNION` (the older trade-union base-unit grading) and
  :data:`MTTQ_LEVELS` (xuất sắc / mạnh / khá, thresholds a documented default).

Examples:
    >>> from decimal import Decimal
    >>> from mttq.scoring import QD366, classify
    >>> [classify(QD366, Decimal(t)).grade.short for t in ("90", "89.99", "70", "50")]
    ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV']

Sources:
    * Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị [S41]; [S40]; [S42].
"""

from __future__ import annotations

from mttq.scoring.grading import Band, Classification, Condition, Grade, GradingScheme, classify
from mttq.scoring.national import (
    MTTQ_LEVELS,
    QD366,
    SCHEMES,
    TRADE_UNION,
    mttq_levels_scheme,
    qd366_scheme,
)
from mttq.scoring.ranking import Ranked, TieBreaker, explain_ranking, rank
from mttq.scoring.rubric import Criterion, CriterionKind, Rubric
from mttq.scoring.selection import (
    Quota,
    Rounding,
    Selection,
    SelectionStatus,
    leaders,
    nominations,
)
from mttq.scoring.sheets import (
    Basis,
    CrossScore,
    ScoreItem,
    ScoreResult,
    ScoreSheet,
    score,
    score_all,
)

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
