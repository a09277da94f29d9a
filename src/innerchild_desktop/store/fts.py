"""Keeping the encrypted full-text index in step with entries and memories.

Only *live* rows are indexed: moving an entry to the trash removes its index row and restoring
it adds it back. That keeps searches inside the index, with no join against the large,
encrypted entries table (a join cost ~15 µs a row: 130 ms for a common word in 10,000 entries).

Every store function that writes an entry, its tags or a memory calls ``index_entry`` /
``index_memory`` inside the same transaction, so the index can never disagree with the data
after a commit. ``rebuild`` recreates both indexes from the tables (``verify --repair``).
INSERT/UPDATE triggers are not used: FTS5 flushes its pending index at every trigger
statement's savepoint, which made inserting 2,000 entries 6.7x slower (12.8 s vs 1.9 s).

Entries are indexed in two tables: ``entries_fts`` holds the newest ``RECENT_ENTRIES`` or a few
thousand more, ``older_entries_fts`` the rest (entries up to the ``seq`` kept in ``meta`` as
``older_entries_through``). Ranking (bm25) first counts how many rows hold each searched word in
the whole table it ranks, a pass over every match; at 100,000 entries that pass alone was ~2 ms
for a word in half of them and ~7 ms for ``safe`` (two words spelled out, 85,000 matches),
while a table of the newest 20,000 keeps it as at 20,000 (store/search.py, bench/). New entries
go to the newest table; ``roll_step`` moves the oldest of them to the older one in bounded steps
(services.upkeep, in the background), so each entry is in exactly one of the two.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from innerchild_desktop.store.connection import Connection

_ENTRY_ROW = (
    "SELECT e.seq, e.title, e.body, (SELECT coalesce(group_concat(t.name, ' '), '')"
    " FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id)"
    " FROM entries e"
)
_MEMORY_ROW = (
    "SELECT m.seq, m.title, m.body, m.what_happened || ' ' || m.what_i_felt || ' ' ||"
    " m.what_i_needed || ' ' || m.what_i_would_say, m.people || ' ' || m.place,"
    " (SELECT coalesce(group_concat(t.name, ' '), '') FROM memory_tags mt"
    " JOIN tags t ON t.id = mt.tag_id WHERE mt.memory_id = m.id) FROM memories m"
)


ENTRY_TABLES = ("entries_fts", "older_entries_fts")  # the newest entries, then the rest
RECENT_ENTRIES = 20_000  # the newest table keeps at least this many (see the docstring)
ROLL_SLACK = 5_000  # ...and up to this many more before services.upkeep moves the oldest
ROLL_BATCH = 200  # entries moved per step, its own transaction: ~0.2 s at 100,000 (bench)
_THROUGH = "older_entries_through"  # the meta key: the highest seq the older table may hold


def older_through(conn: Connection) -> int:
    """Entries up to this ``seq`` are indexed in ``older_entries_fts``; the rest, newer, in
    ``entries_fts`` (0: every entry is in the newest table)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_THROUGH,)).fetchone()
    return int(row[0]) if row is not None else 0


def _set_older_through(conn: Connection, seq: int) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_THROUGH, str(seq)))


def present_tables(conn: Connection) -> tuple[str, ...]:
    """The search indexes this database has: a backup made before schema version 5 has no
    ``older_entries_fts`` and is checked as it is (it is brought up to date when opened)."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return tuple(t for t in (*ENTRY_TABLES, "memories_fts") if t in names)


def _entry_table(conn: Connection, seq: int) -> str:
    return ENTRY_TABLES[1] if seq <= older_through(conn) else ENTRY_TABLES[0]


def index_entry(conn: Connection, entry_id: str, *, new: bool = False) -> None:
    """(Re)index one entry; a trashed entry is taken out of the index instead."""
    if not new:
        for table in ENTRY_TABLES:
            conn.execute(
                f"DELETE FROM {table} WHERE rowid = (SELECT seq FROM entries WHERE id = ?)",
                (entry_id,),
            )
    row = conn.execute(
        f"{_ENTRY_ROW} WHERE e.id = ? AND e.deleted_at IS NULL", (entry_id,)
    ).fetchone()
    if row is not None:
        conn.execute(
            f"INSERT INTO {_entry_table(conn, row[0])} (rowid, title, body, tags)"
            " VALUES (?, ?, ?, ?)",
            row,
        )


def index_memory(conn: Connection, memory_id: str, *, new: bool = False) -> None:
    """(Re)index one memory; a deleted memory is taken out of the index instead."""
    if not new:
        conn.execute(
            "DELETE FROM memories_fts WHERE rowid = (SELECT seq FROM memories WHERE id = ?)",
            (memory_id,),
        )
    row = conn.execute(
        f"{_MEMORY_ROW} WHERE m.id = ? AND m.deleted_at IS NULL", (memory_id,)
    ).fetchone()
    if row is not None:
        conn.execute(
            "INSERT INTO memories_fts (rowid, title, body, reflections, people, tags)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            row,
        )


def index_new(conn: Connection, entry_ids: Iterable[str], memory_ids: Iterable[str]) -> None:
    """Index entries and memories that have no index row yet, each kind in one statement.

    One statement rather than one per row: FTS5 writes its pending terms out at every
    statement's savepoint, so 200 one-row inserts cost ~3.7 ms each (measured while applying
    a sync batch) where one insert of 200 rows flushes once."""
    through = older_through(conn)
    entries, memories = json.dumps(sorted(entry_ids)), json.dumps(sorted(memory_ids))
    chosen = "{0}.id IN (SELECT value FROM json_each(?)) AND {0}.deleted_at IS NULL"
    if entries != "[]":  # new entries are newer than any older one, but a seq may come back
        for table, side in zip(ENTRY_TABLES, ("e.seq > ?", "e.seq <= ?"), strict=True):
            conn.execute(
                f"INSERT INTO {table} (rowid, title, body, tags) {_ENTRY_ROW}"
                f" WHERE {chosen.format('e')} AND {side} ORDER BY e.seq",
                (entries, through),
            )
    if memories != "[]":
        conn.execute(
            "INSERT INTO memories_fts (rowid, title, body, reflections, people, tags)"
            f" {_MEMORY_ROW} WHERE {chosen.format('m')} ORDER BY m.seq",
            (memories,),
        )


def index_tag_owners(conn: Connection, tag_id: int) -> None:
    """Re-index every entry and memory carrying a tag (after a rename or merge)."""
    for (entry_id,) in conn.execute(
        "SELECT entry_id FROM entry_tags WHERE tag_id = ?", (tag_id,)
    ).fetchall():
        index_entry(conn, entry_id)
    for (memory_id,) in conn.execute(
        "SELECT memory_id FROM memory_tags WHERE tag_id = ?", (tag_id,)
    ).fetchall():
        index_memory(conn, memory_id)


def rebuild(conn: Connection) -> None:
    """Both indexes again from the tables; entries split anew, the newest RECENT_ENTRIES apart."""
    through = max(0, newest_entry_seq(conn) - RECENT_ENTRIES)
    _set_older_through(conn, through)
    for table, side in zip(ENTRY_TABLES, ("e.seq > ?", "e.seq <= ?"), strict=True):
        conn.execute(f"DELETE FROM {table}")
        conn.execute(
            f"INSERT INTO {table} (rowid, title, body, tags) {_ENTRY_ROW}"
            f" WHERE e.deleted_at IS NULL AND {side}",
            (through,),
        )
    conn.execute("DELETE FROM memories_fts")
    conn.execute(
        "INSERT INTO memories_fts (rowid, title, body, reflections, people, tags)"
        f" {_MEMORY_ROW} WHERE m.deleted_at IS NULL"
    )


def newest_entry_seq(conn: Connection) -> int:
    """The highest entry seq (0 when there is none): one index seek, no count of the entries.
    How far the journal has grown since the index was last tidied (services.upkeep)."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM entries").fetchone()[0])


def roll_due(conn: Connection) -> bool:
    """Whether the newest table holds ROLL_SLACK entries more than it keeps (cheap)."""
    return newest_entry_seq(conn) - older_through(conn) > RECENT_ENTRIES + ROLL_SLACK


def roll_step(conn: Connection, batch: int | None = None) -> bool:
    """Move up to ``batch`` (ROLL_BATCH) of the oldest entries in ``entries_fts`` to
    ``older_entries_fts``, as they are indexed (the same words, no table read again); True
    while more are to move.

    Moves only what is older than the newest RECENT_ENTRIES; the boundary moves in the same
    transaction, so a step cut short by a crash or a cancel leaves each entry in one table."""
    target = newest_entry_seq(conn) - RECENT_ENTRIES
    through = older_through(conn)
    if target <= through:
        return False
    upto = min(target, through + (batch or ROLL_BATCH))
    older, newest = ENTRY_TABLES[1], ENTRY_TABLES[0]
    conn.execute(
        f"INSERT INTO {older} (rowid, title, body, tags)"
        f" SELECT rowid, title, body, tags FROM {newest} WHERE rowid <= ?",
        (upto,),
    )
    conn.execute(f"DELETE FROM {newest} WHERE rowid <= ?", (upto,))
    _set_older_through(conn, upto)
    return upto < target


def merge_step(conn: Connection, pages: int = 200) -> bool:
    """One bounded step of merging each index's segments into one; True while work remains.

    FTS5 adds a small segment per commit and merges them by levels, so a journal written over
    years, or imported, ends up with many segments, and every search term is looked up in each
    (a rare word took 31 ms instead of 3 ms at 100,000 entries, bench/). A negative 'merge'
    merges across levels a bounded amount at a time (about ``pages`` pages), so it can run in
    small transactions between saves instead of one long 'optimize' that holds the write lock
    for seconds. FTS5 signals "nothing left" by changing fewer than two rows.
    """
    worked = False
    for table in (*ENTRY_TABLES, "memories_fts"):
        before = conn.total_changes
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)", (-pages,))
        worked = worked or conn.total_changes - before >= 2
    return worked


def in_step(conn: Connection) -> bool:
    """True when every live entry and memory has exactly one index row, and nothing else has
    (an entry in both entry tables, or in neither, is out of step).

    The rows an index holds are read from its ``%_docsize`` table (FTS5 keeps one row there per
    indexed row; its own 'integrity-check' holds the two together): scanning the index itself
    reads every indexed text, 6 s instead of 0.9 s at 100,000 entries (bench journal)."""

    def missing(kind: str, tables: tuple[str, ...]) -> str:
        absent = " AND ".join(
            f"NOT EXISTS (SELECT 1 FROM {t}_docsize d WHERE d.id = x.seq)" for t in tables
        )
        return f"SELECT count(*) FROM {kind} x WHERE x.deleted_at IS NULL AND {absent}"

    def stale(table: str, kind: str) -> str:
        return (
            f"SELECT count(*) FROM {table}_docsize d WHERE NOT EXISTS"
            f" (SELECT 1 FROM {kind} x WHERE x.seq = d.id AND x.deleted_at IS NULL)"
        )

    entry_tables = tuple(t for t in present_tables(conn) if t in ENTRY_TABLES)
    newest, older = ENTRY_TABLES
    in_both = f"SELECT count(*) FROM {newest}_docsize n JOIN {older}_docsize o ON o.id = n.id"
    checks = (
        missing("entries", entry_tables),
        *(stale(table, "entries") for table in entry_tables),
        *([in_both] if entry_tables == ENTRY_TABLES else []),
        missing("memories", ("memories_fts",)),
        stale("memories_fts", "memories"),
    )
    return all(conn.execute(sql).fetchone()[0] == 0 for sql in checks)
