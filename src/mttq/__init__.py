"""mttq: emulation and commendation of the Vietnam Fatherland Front, in Python.

The most used types are importable from here; the rest live in their modules
(:mod:`mttq.vi`, :mod:`mttq.geo`, :mod:`mttq.scoring`, :mod:`mttq.voting`,
:mod:`mttq.rotation`, :mod:`mttq.awards`, :mod:`mttq.yearend`, :mod:`mttq.report`,
:mod:`mttq.io`), which are imported with the package::

    >>> import mttq
    >>> mttq.Term(start_year=2021, end_year=2026).label()
    'nhiệm kỳ 2021-2026'
    >>> mttq.DocumentRef.parse("Số: 98/2023/NĐ-CP").year
    2023
    >>> mttq.geo.successor("Bình Dương").full_name
    'Thành phố Hồ Chí Minh'
"""

from mttq import (
    awards,
    geo,
    groups,
    io,
    movements,
    organisations,
    report,
    rotation,
    scoring,
    terms,
    vi,
    voting,
    yearend,
)
from mttq.awards import AwardKind, AwardRecord, Decision, History, Reason
from mttq.codes import Level, OrgKind, Rating
from mttq.documents import DocumentRef
from mttq.errors import (
    DataError,
    InvalidValueError,
    MttqError,
    ParseError,
    Problem,
    UnknownCodeError,
)
from mttq.geo import Province
from mttq.groups import Bloc, Cluster, GroupHistory, GroupYear, Leadership
from mttq.movements import Movement, Pledge
from mttq.organisations import Organisation
from mttq.rotation import Handover
from mttq.scoring import Criterion, GradingScheme, Rubric, ScoreSheet
from mttq.terms import Congress, Period, Term
from mttq.vi import PersonName
from mttq.voting import Ballot
from mttq.yearend import ReviewInput, YearEndResult

#: The version of the package: the one place it is written (the build reads it from here).
__version__ = "0.1.0"

__all__ = [
    "AwardKind",
    "AwardRecord",
    "Ballot",
    "Bloc",
    "Cluster",
    "Congress",
    "Criterion",
    "DataError",
    "Decision",
    "DocumentRef",
    "GradingScheme",
    "GroupHistory",
    "GroupYear",
    "Handover",
    "History",
    "InvalidValueError",
    "Leadership",
    "Level",
    "Movement",
    "MttqError",
    "OrgKind",
    "Organisation",
    "ParseError",
    "Period",
    "PersonName",
    "Pledge",
    "Problem",
    "Province",
    "Rating",
    "Reason",
    "ReviewInput",
    "Rubric",
    "ScoreSheet",
    "Term",
    "UnknownCodeError",
    "YearEndResult",
    "__version__",
    "awards",
    "geo",
    "groups",
    "io",
    "movements",
    "organisations",
    "report",
    "rotation",
    "scoring",
    "terms",
    "vi",
    "voting",
    "yearend",
]
