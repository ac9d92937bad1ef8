"""mttq: emulation and commendation of the Vietnam Fatherland Front, in Python."""

from importlib.metadata import PackageNotFoundError, version

from mttq.errors import (
    DataError,
    InvalidValueError,
    MttqError,
    ParseError,
    Problem,
    UnknownCodeError,
)

try:
    __version__ = version("mttq")
except PackageNotFoundError:  # pragma: no cover - only when run from a bare source tree
    __version__ = "0.0.0"

__all__ = [
    "DataError",
    "InvalidValueError",
    "MttqError",
    "ParseError",
    "Problem",
    "UnknownCodeError",
    "__version__",
]
