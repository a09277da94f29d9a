"""What the store asks of an open database connection, as a type.

Only ``store/vault.py`` imports the ``sqlcipher3`` driver; every other module receives a
connection and names its type through this Protocol, so they are checked against one
definition instead of each re-declaring ``Connection = Any``. The methods are the subset of
the DB-API (as ``sqlite3`` and ``sqlcipher3.dbapi2`` implement it) that the code uses; add one
here when a module needs it.

A row is a tuple of SQLite values (``None``, ``int``, ``float``, ``str``, ``bytes``); each
query knows its own columns, so a fetched row stays ``Any`` and the caller converts what it
reads into its dataclass.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, Self

#: The bound values of one statement: ``?`` placeholders take a sequence, ``:name`` a mapping.
Parameters = Sequence[object] | Mapping[str, object]


class Cursor(Protocol):
    """The result of one statement: iterate it, or fetch one row or all of them."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """An open (sqlcipher3) connection, opened by ``store.vault.connect``."""

    @property
    def total_changes(self) -> int: ...

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Parameters = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> Cursor: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc_info: object) -> bool | None: ...
