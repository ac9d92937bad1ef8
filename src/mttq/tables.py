"""Bundled tables, built on first use, and the registry every table joins.

The library ships tables of values: the provinces, the standard organisations, the congresses,
the movements, the award catalogue and the national award rules, the grading schemes, vote
thresholds, salaries and bonuses. Each is a :class:`Table`: a read-only sequence whose values
are built the first time it is read (never at ``import mttq``), once, under a lock, so that
several threads reading it at once see one and the same tuple::

    >>> squares = Table("squares", lambda: tuple(n * n for n in range(4)), register=False)
    >>> squares.built
    False
    >>> list(squares), squares[1], len(squares), squares.built
    ([0, 1, 4, 9], 1, 4, True)
    >>> squares.values() is squares.values()
    True

Every table registers itself under its name when it is created, so the shared table test of
the library finds each one (unique ids, dates of effect in order, a public source, a round
trip through :mod:`mttq.io`) without a hand-kept list: :func:`registered` lists them.

Sources: none (the library's own convention, see the docs' Design page).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Final, Generic, TypeVar, overload

from mttq.errors import InvalidValueError

__all__ = ["Table", "registered"]

_T = TypeVar("_T")

_REGISTRY: Final[dict[str, Table[object]]] = {}
_REGISTRY_LOCK: Final = threading.Lock()


class Table(Sequence[_T], Generic[_T]):
    """A bundled table: a read-only sequence of values built on first use.

    Args:
        name: the table's name in the registry (``"awards.national.rules"``); unique.
        build: the function that makes the values (called once, on first use).
        register: list the table in :func:`registered` (every bundled table does; a
            caller's own table need not).

    Raises:
        InvalidValueError: another table already has the name.

    Examples:
        >>> words = Table("words", lambda: ("một", "hai"), register=False)
        >>> "hai" in words, words.index("hai"), tuple(reversed(words))
        (True, 1, ('hai', 'một'))
    """

    __slots__ = ("_build", "_lock", "_values", "name")

    def __init__(
        self, name: str, build: Callable[[], tuple[_T, ...]], *, register: bool = True
    ) -> None:
        if not isinstance(name, str) or not name:
            raise InvalidValueError("name", name, "expected a non-empty table name")
        self.name = name
        self._build = build
        self._values: tuple[_T, ...] | None = None
        self._lock = threading.Lock()
        if not register:
            return
        with _REGISTRY_LOCK:
            if name in _REGISTRY:
                raise InvalidValueError("name", name, "a table of that name exists already")
            _REGISTRY[name] = self  # type: ignore[assignment]

    @property
    def built(self) -> bool:
        """Whether the values have been built yet."""
        return self._values is not None

    def values(self) -> tuple[_T, ...]:
        """The values, as a tuple (built on the first call, then the same tuple every time)."""
        values = self._values
        if values is None:
            with self._lock:
                values = self._values
                if values is None:
                    values = self._values = tuple(self._build())
        return values

    @overload
    def __getitem__(self, index: int) -> _T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[_T, ...]: ...
    def __getitem__(self, index: int | slice) -> _T | tuple[_T, ...]:
        return self.values()[index]

    def __len__(self) -> int:
        return len(self.values())

    def __iter__(self) -> Iterator[_T]:
        return iter(self.values())

    def __contains__(self, value: object) -> bool:
        return value in self.values()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Table):
            return self.values() == other.values()
        if isinstance(other, tuple):
            return self.values() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        state = f"{len(self)} values" if self.built else "not built yet"
        return f"Table({self.name!r}, {state})"

    def __reduce__(self) -> tuple[object, ...]:
        if _REGISTRY.get(self.name) is self:
            return (_registered_table, (self.name,))
        return (tuple, (self.values(),))  # a caller's own table pickles as its values


def _registered_table(name: str) -> Table[object]:
    """The registered table of that name (how a table unpickles: as the same object)."""
    return _REGISTRY[name]


def registered() -> tuple[Table[object], ...]:
    """Every table created so far, in the order they were created.

    ``import mttq`` creates all the bundled ones (without building them).

    Examples:
        >>> import mttq
        >>> all(isinstance(t, Table) for t in registered())
        True
    """
    with _REGISTRY_LOCK:
        return tuple(_REGISTRY.values())
