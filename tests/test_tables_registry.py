"""mttq.tables: a table is built once, on first use, safely from several threads."""

from __future__ import annotations

import pickle
import sys
import threading

import pytest

from mttq.errors import InvalidValueError
from mttq.tables import Table, registered


def test_built_once_on_first_use() -> None:
    calls: list[int] = []

    def build() -> tuple[int, ...]:
        calls.append(1)
        return (3, 1, 2)

    table = Table("test.once", build, register=False)
    assert not table.built
    assert calls == []
    assert table[0] == 3
    assert table[1:] == (1, 2)
    assert sorted(table) == [1, 2, 3]
    assert len(table) == 3
    assert 2 in table
    assert table == (3, 1, 2)
    assert table != [3, 1, 2]
    assert calls == [1]
    assert "3 values" in repr(table)


def test_built_once_from_many_threads() -> None:
    calls: list[int] = []
    barrier = threading.Barrier(8)

    def build() -> tuple[int, ...]:
        calls.append(1)
        return tuple(range(1000))

    table = Table("test.threads", build, register=False)
    seen: list[tuple[int, ...]] = []
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:

        def read() -> None:
            barrier.wait()
            seen.append(table.values())

        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(old)
    assert calls == [1]
    assert all(values is seen[0] for values in seen)


def test_registered_tables_have_unique_names_and_pickle_as_themselves() -> None:
    table = Table("test.registered", lambda: ("a",))
    assert table in registered()
    assert pickle.loads(pickle.dumps(table)) is table
    with pytest.raises(InvalidValueError):
        Table("test.registered", lambda: ("b",))
    own = Table("test.own", lambda: ("x", "y"), register=False)
    assert pickle.loads(pickle.dumps(own)) == ("x", "y")
    with pytest.raises(InvalidValueError):
        Table("", lambda: ())
    assert not Table("test.not-read", lambda: (), register=False).built
    assert "not built yet" in repr(Table("test.repr", lambda: (), register=False))
    assert hash(table) == hash("test.registered")
