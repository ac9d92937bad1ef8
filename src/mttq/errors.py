"""The exceptions of :mod:`mttq`.

Every error the library raises on bad input is a subclass of :class:`MttqError`, and each
subclass also derives from the closest builtin exception, so callers may catch either::

    >>> from mttq.errors import InvalidValueError, MttqError
    >>> try:
    ...     raise InvalidValueError("year", 1899, "must be 1900 or later")
    ... except ValueError as exc:
    ...     print(exc)
    invalid year=1899: must be 1900 or later
    >>> issubclass(InvalidValueError, MttqError)
    True

Messages are in English and name the field and the offending value; where a Vietnamese term
helps, the message carries it too. All errors pickle and unpickle to an equal message.

Every error carries a structured location, :attr:`MttqError.where`: a tuple of field names and
indexes from the value the caller passed in (``("sheets", 2, "agreed_scores", "1")``). Engines
raise locations, never formatted text; the edge that knows where the value came from prefixes
it (:meth:`MttqError.within`) and formats it once (:func:`format_path`)::

    >>> err = InvalidValueError(("agreed_scores", "1"), 31, "over the maximum 30")
    >>> err.where
    ('agreed_scores', '1')
    >>> format_path(err.within("sheets", 2).where)
    '$.sheets[2].agreed_scores.1'
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Self, TypeAlias

import attrs

__all__ = [
    "MAX_SUGGESTION_KEY",
    "DataError",
    "InvalidValueError",
    "MttqError",
    "ParseError",
    "Problem",
    "UnknownCodeError",
    "Where",
    "closest",
    "format_path",
]

#: A structured location: field names (``str``) and sequence indexes (``int``) from the root
#: of the value a caller passed in, outermost first. ``()`` is the root itself.
Where: TypeAlias = tuple[str | int, ...]

_PLAIN_KEY = re.compile(r"[^\W][\w-]*")


def format_path(where: Where, root: str = "$") -> str:
    """Format a structured location as a path: ``$.sheets[2].agreed_scores.1``.

    An index is written ``[2]``, a name or key ``.name``; a key that is not a plain word
    (``"2.1"``, ``"a b"``) is quoted, ``["2.1"]``, so the path is never ambiguous.

    Examples:
        >>> format_path(("sheets", 2, "agreed_scores", "1"))
        '$.sheets[2].agreed_scores.1'
        >>> format_path(("scores", "2.1"))
        '$.scores["2.1"]'
        >>> format_path(())
        '$'
    """
    parts = [root]
    for part in where:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif _PLAIN_KEY.fullmatch(part):
            parts.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace('"', '\\"')
            parts.append(f'["{escaped}"]')
    return "".join(parts)


def _as_where(value: object) -> Where:
    if isinstance(value, tuple):
        return value
    return (str(value),)


def _relative(where: Where) -> str:
    """The path of ``where`` without its root: ``sheets[2].agreed_scores.1``."""
    return format_path(where, root="").removeprefix(".")


_MAX_SHOWN = 80

#: Keys longer than this get no "did you mean" suggestions: comparing a long key with every
#: name of a catalogue costs time in proportion to both lengths, and no real name is this long.
MAX_SUGGESTION_KEY = 120


def _show(value: object) -> str:
    """Return a short ``repr`` of ``value`` for an error message."""
    text = repr(value)
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 3] + "..."
    return text


class MttqError(Exception):
    """The base class of every error raised by :mod:`mttq` on bad input.

    Attributes:
        where: the structured location of the refused value (:data:`Where`), ``()`` when the
            error is about the whole argument or the location is not known.

    Examples:
        >>> issubclass(ParseError, MttqError) and issubclass(ParseError, ValueError)
        True
    """

    where: Where = ()

    def within(self, *prefix: str | int) -> Self:
        """Return a copy of this error located inside ``prefix`` (outermost first).

        The caller that passed a value on to an engine knows where that value sits in its
        own input; it prefixes the engine's location with it.

        Examples:
            >>> err = UnknownCodeError("member", "X", where=("head",))
            >>> err.within("group_year").where
            ('group_year', 'head')
        """
        located = copy.copy(self)
        located.where = (*prefix, *self.where)
        return located

    @property
    def path(self) -> str:
        """The location formatted once, as a path: ``$.sheets[2].agreed_scores.1``."""
        return format_path(self.where)

    def describe(self) -> str:
        """What is wrong, without the location (the edge prints :attr:`path` beside it).

        Examples:
            >>> InvalidValueError(("year",), 1850, "too early").describe()
            'invalid value 1850: too early'
        """
        return str(self)


class InvalidValueError(MttqError, ValueError):
    """A value is of the right type but not allowed (out of range, inconsistent, ...).

    Args:
        field: the location of the value: a field or argument name, or a structured location
            (:data:`Where`) such as ``("sheets", 2, "agreed_scores", "1")``.
        value: the offending value.
        reason: why it is refused, in English (Vietnamese term in parentheses where useful).

    Attributes:
        where: the structured location (a plain name ``"head"`` is ``("head",)``).

    Examples:
        >>> str(InvalidValueError("head", "HND", "is not a member of the group"))
        "invalid head='HND': is not a member of the group"
        >>> InvalidValueError(("ratings", 2), 7, "expected a Rating").field
        'ratings[2]'
    """

    def __init__(self, field: str | Where, value: object, reason: str) -> None:
        super().__init__(field, value, reason)
        self.where = _as_where(field)
        self._text = field if isinstance(field, str) else None
        self.value = value
        self.reason = reason

    @property
    def field(self) -> str:
        """The location as text without its root (``sheets[2].agreed_scores.1``).

        A location given as a plain name is shown as given; a structured one is formatted.
        """
        if self._text is not None and self.where == (self._text,):
            return self._text
        return _relative(self.where)

    def __str__(self) -> str:
        return f"invalid {self.field}={_show(self.value)}: {self.reason}"

    def describe(self) -> str:
        """What is wrong, without the location: ``invalid value 1850: too early``."""
        return f"invalid value {_show(self.value)}: {self.reason}"


class ParseError(MttqError, ValueError):
    """Text could not be parsed into the value it should spell.

    Args:
        what: what was being parsed (``"number"``, ``"date"``, ``"document reference"``).
        text: the text that was given.
        reason: why it could not be read.
        where: the structured location of the text in the caller's input, if any.

    Examples:
        >>> str(ParseError("number", "1.5", "ambiguous: a dot groups thousands in Vietnamese"))
        "cannot parse number from '1.5': ambiguous: a dot groups thousands in Vietnamese"
    """

    def __init__(self, what: str, text: object, reason: str, *, where: Where = ()) -> None:
        super().__init__(what, text, reason)
        self.what = what
        self.text = text
        self.reason = reason
        self.where = where

    def __str__(self) -> str:
        return f"cannot parse {self.what} from {_show(self.text)}: {self.reason}"


class UnknownCodeError(MttqError, LookupError):
    """A name or code was looked up and not found.

    Args:
        what: the kind of thing looked up (``"province"``, ``"award kind"``).
        key: the name or code given.
        suggestions: the closest known names, best first (may be empty).
        where: the structured location of the name in the caller's input, if any.

    Examples:
        >>> str(UnknownCodeError("province", "Binh Duongg", ["Bình Dương"]))
        "unknown province 'Binh Duongg'; did you mean: 'Bình Dương'?"
    """

    def __init__(
        self, what: str, key: object, suggestions: Iterable[str] = (), *, where: Where = ()
    ) -> None:
        suggestions = tuple(suggestions)
        super().__init__(what, key, suggestions)
        self.what = what
        self.key = key
        self.suggestions = suggestions
        self.where = where

    def __str__(self) -> str:
        text = f"unknown {self.what} {_show(self.key)}"
        if self.suggestions:
            text += "; did you mean: " + ", ".join(repr(s) for s in self.suggestions) + "?"
        return text


@attrs.frozen(kw_only=True)
class Problem:
    """One problem found in loaded data: where it is and what is wrong.

    Attributes:
        path: a JSONPath-like location such as ``$.members[3].code`` (``$`` is the root).
        message: what is wrong there.

    Examples:
        >>> str(Problem(path="$.members[3].code", message="expected a string"))
        '$.members[3].code: expected a string'
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class DataError(MttqError, ValueError):
    """Structured data (a dict, a JSON or TOML file) does not describe a valid value.

    Args:
        problems: every problem found, each with its path.
        source: the file the data came from, if any.

    Examples:
        >>> err = DataError([Problem(path="$.year", message="expected an int")], source="x.json")
        >>> print(err)
        x.json: $.year: expected an int
        >>> err.problems[0].path
        '$.year'
    """

    def __init__(self, problems: Sequence[Problem], source: str | None = None) -> None:
        problems = tuple(problems)
        super().__init__(problems, source)
        self.problems: tuple[Problem, ...] = problems
        self.source = source

    def __str__(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        if not self.problems:
            return prefix + "invalid data"
        shown = "; ".join(str(p) for p in self.problems[:10])
        more = len(self.problems) - 10
        if more > 0:
            shown += f"; and {more} more"
        return prefix + shown

    def with_source(self, source: str) -> DataError:
        """Return a copy of this error that names the file the data came from."""
        return DataError(self.problems, source=source)


def closest(key: str, choices: Iterable[str], *, n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Return up to ``n`` of ``choices`` closest to ``key``, best first, for error messages.

    The suggestions of :class:`UnknownCodeError`. A key longer than
    :data:`MAX_SUGGESTION_KEY` characters gets none, so a lookup stays fast on junk.

    Examples:
        >>> closest("binh duongg", ["binh duong", "binh dinh", "ha noi"])
        ['binh duong', 'binh dinh']
        >>> closest("x" * 500, ["binh duong"])
        []

    Raises:
        InvalidValueError: ``choices`` is not an iterable of str, ``n`` is not a positive
            int or ``cutoff`` is not a number from 0 to 1.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InvalidValueError("n", n, "must be a positive int")
    if (
        isinstance(cutoff, bool)
        or not isinstance(cutoff, int | float)
        or not 0.0 <= cutoff <= 1.0  # also refuses NaN
    ):
        raise InvalidValueError("cutoff", cutoff, "must be a number from 0 to 1")
    if isinstance(choices, str) or not isinstance(choices, Iterable):
        raise InvalidValueError("choices", choices, "must be an iterable of str")
    names = list(choices)
    if not all(isinstance(name, str) for name in names):
        raise InvalidValueError("choices", choices, "must be an iterable of str")
    if not isinstance(key, str) or len(key) > MAX_SUGGESTION_KEY:
        return []
    found: list[str] = difflib.get_close_matches(key, names, n=n, cutoff=cutoff)
    return found
