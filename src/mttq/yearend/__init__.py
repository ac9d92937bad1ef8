"""One group's year end (tổng kết): scores, grades, ranking, proposals and next year's leaders.

At the year-end review of a bloc (khối thi đua) or a cluster (cụm thi đua) the members report
and score themselves against the bloc's table, the bloc agrees the scores (bình xét), ranks
and classifies the members, acclaims the leading unit(s) (suy tôn) and proposes them to the
body that organises the group for its emulation flag (Cờ thi đua), proposes a few others for
its Bằng khen, and elects or rotates the head and deputy of the next year, who take over at a
handover (bàn giao) of the rotating banner (cờ luân lưu). :func:`review` does all of that in
one pure, deterministic call, by composing the engines:

* scores, grades, ranking, leaders and proposals: :mod:`mttq.scoring` (rubric and grading
  scheme are arguments; QĐ 366-QĐ/TW of 2025 is the bundled scheme :data:`mttq.scoring.QD366`);
* the secret ballot for next year's head: :mod:`mttq.voting` (the threshold is an argument;
  :data:`DEFAULT_THRESHOLD` is a documented default, not law);
* next year's head and deputy and the handover: :mod:`mttq.rotation`;
* eligibility of the leading units for the flag: :func:`mttq.awards.check`, when the caller
  gives the units' award histories (otherwise recorded as "not checked").

How many units a group proposes for the flag and for the Bằng khen is not fixed by any text
found, so both are arguments; a large gap between self and agreed scores is flagged above a
threshold the caller sets (:data:`DEFAULT_GAP_THRESHOLD`, a default of this library).

Examples:
    >>> from mttq.samples import demo_input
    >>> data = demo_input()
    >>> result = review(data.group_year, data.sheets, rubric=data.rubric,
    ...                 scheme=data.grading_scheme(), policy=data.policy, group=data.group,
    ...                 ballots=data.ballots, names=data.names, flag_count=2,
    ...                 commendation_quota=data.commendation_quota)
    >>> [entry.unit for entry in result.flag]
    ['mttq.tinh', 'hoi-ccb.tinh']
    >>> result.next_leadership.head
    'hoi-nd.tinh'

Sources:
    The steps of the year-end review, suy tôn, the proposal to the organiser and the rotating
    election of the head: Ban TĐKT TW 1122/BTĐKT-VI (30/06/2011) [S37], HD 1479/HD-BTĐKT
    (25/07/2016) [S38], and the reviews reported in [S1], [S9], [S14] and [S20]. The
    organiser's flag for the group's leading unit: Luật Thi đua, khen thưởng 06/2022/QH15,
    Điều 25-26 (Cờ thi đua of a province for the units leading the clusters and blocs it
    organises); the UBTƯ MTTQ's Cờ thi đua for the provincial committees leading its
    clusters [S30]; a provincial MTTQ committee's flag for its clusters [S1].
"""

from __future__ import annotations

from mttq.yearend.result import (
    DEFAULT_GAP_THRESHOLD,
    DEFAULT_THRESHOLD,
    FLAG_KINDS,
    Eligibility,
    GroupKind,
    Highlight,
    ReviewWarning,
    WarningKind,
    YearEndResult,
)
from mttq.yearend.review import ReviewInput, flag_kind_for, review

__all__ = [
    "DEFAULT_GAP_THRESHOLD",
    "DEFAULT_THRESHOLD",
    "FLAG_KINDS",
    "Eligibility",
    "GroupKind",
    "Highlight",
    "ReviewInput",
    "ReviewWarning",
    "WarningKind",
    "YearEndResult",
    "flag_kind_for",
    "review",
]
