"""Imports' writes: whole rows with their own ids, inside the caller's one transaction.

The importers (services/transfer/writer.py and json_import.py) check every record first; these
functions only insert and report what is already there, so a second import adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from innerchild_desktop.domain.entries import normalise_tag
from innerchild_desktop.domain.settings import is_exported
from innerchild_desktop.store.bulk import MEMORY_COLUMNS, PLAIN_TABLES, SESSION_COLUMNS
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.fts import index_entry, index_memory
from innerchild_desktop.store.memories import link_entry

ENTRY_ROW = (
    "id",
    "created_at",
    "updated_at",
    "tz",
    "entry_date",
    "title",
    "body",
    "kind",
    "mood",
    "valence",
    "energy",
    "distress",
    "prompt_id",
    "prompt_text",
    "reply_to",
    "heavy",
    "starred",
    "source",
    "source_id",
    "deleted_at",
)
_INSERT_ENTRY = (
    f"INSERT INTO entries ({', '.join(ENTRY_ROW)}) VALUES ({', '.join('?' * len(ENTRY_ROW))})"
)
JSON_MEMORY_COLUMNS = ("fuzzy_time", "emotions", "needs", "people")

__all__ = [
    "ENTRY_ROW",
    "JSON_MEMORY_COLUMNS",
    "TagIds",
    "add_link",
    "attachment_ids",
    "entry_ids",
    "entry_source_keys",
    "existing_source_ids",
    "insert_attachment",
    "insert_entry_row",
    "insert_memory_record",
    "insert_plain_record",
    "insert_prompt_event",
    "insert_sessions",
    "insert_settings",
    "memory_ids",
    "prompt_event_keys",
    "replace_body",
    "set_reply_to",
    "tag_id",
]


# --- entries ---------------------------------------------------------------------------------


def existing_source_ids(conn: Connection, source: str) -> set[str]:
    """Source ids already imported from ``source`` (trashed entries count: no resurrection)."""
    return {r[0] for r in conn.execute("SELECT source_id FROM entries WHERE source = ?", (source,))}


def entry_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM entries")}


def entry_source_keys(conn: Connection) -> set[tuple[str | None, str | None]]:
    """``(source, source_id)`` of every imported entry."""
    return {
        (r[0], r[1])
        for r in conn.execute("SELECT source, source_id FROM entries WHERE source IS NOT NULL")
    }


class TagIds:
    """Tag name -> ``(id, name as stored)``, made if new; each name is looked up once per import
    (two statements a tag an entry were a tenth of a 10,000-entry import's SQL)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._known: dict[str, tuple[int, str]] = {}

    def __call__(self, name: str) -> tuple[int, str]:
        found = self._known.get(name)
        if found is None:
            self._conn.execute(
                "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,)
            )
            row = self._conn.execute("SELECT id, name FROM tags WHERE name = ?", (name,)).fetchone()
            found = self._known[name] = (int(row[0]), str(row[1]))
        return found


_TITLE, _BODY, _DELETED = (ENTRY_ROW.index(c) for c in ("title", "body", "deleted_at"))
# The row fts.index_entry would read back, written from the values at hand: a live entry's
# title, body and tag names in tag-id order (tests/unit/test_import_speed.py holds them equal).
# Always the newest table (store/fts.py): a new entry's seq is the highest; were it not (the
# newest 20,000 emptied from the trash), it is still found there, and the next roll moves it.
_INDEX_ENTRY = "INSERT INTO entries_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)"


def insert_entry_row(
    conn: Connection, row: Sequence[Any], tags: Sequence[str], tag_ids: TagIds | None = None
) -> None:
    """Insert one full entries row (values in ``ENTRY_ROW`` order), its tags and index row.

    ``tag_ids`` is the import's cache of tag ids (one is made for this row if not given)."""
    seq = conn.execute(_INSERT_ENTRY, tuple(row)).lastrowid
    lookup = tag_ids or TagIds(conn)
    found = sorted({lookup(name) for name in map(normalise_tag, tags) if name})
    if found:
        conn.executemany(
            "INSERT INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
            [(row[0], tid) for tid, _ in found],
        )
    if row[_DELETED] is None:
        conn.execute(_INDEX_ENTRY, (seq, row[_TITLE], row[_BODY], " ".join(n for _, n in found)))


def replace_body(conn: Connection, entry_id: str, body: str) -> None:
    """A just-imported entry's body, links rewritten (updated_at kept as imported)."""
    conn.execute("UPDATE entries SET body = ? WHERE id = ?", (body, entry_id))
    index_entry(conn, entry_id)


def set_reply_to(conn: Connection, entry_id: str, reply_to: str) -> None:
    conn.execute("UPDATE entries SET reply_to = ? WHERE id = ?", (reply_to, entry_id))


def tag_id(conn: Connection, name: str) -> int:
    """The id of the (already normalised) tag ``name``, made if new."""
    conn.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,))
    return int(conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0])


# --- memories, links, attachments ------------------------------------------------------------


def memory_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM memories")}


def insert_memory_record(conn: Connection, rec: Mapping[str, Any], tag_ids: Iterable[int]) -> None:
    """Insert a memory as exported (``MEMORY_COLUMNS`` keys), its tags and its index row."""
    values = []
    for column in MEMORY_COLUMNS:
        value = rec.get(column)
        if column in JSON_MEMORY_COLUMNS:
            value = json.dumps(value if value is not None else [])
        elif column == "heavy":
            value = int(bool(value))
        elif column == "body" and value is None:
            value = ""
        values.append(value)
    conn.execute(
        f"INSERT INTO memories ({', '.join(MEMORY_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(MEMORY_COLUMNS))})",
        values,
    )
    for tid in tag_ids:
        conn.execute(
            "INSERT OR IGNORE INTO memory_tags (memory_id, tag_id) VALUES (?, ?)",
            (rec["id"], tid),
        )
    index_memory(conn, rec["id"], new=True)


add_link = link_entry  # entry <-> memory, ignored when already linked


def attachment_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM attachments")}


_ATTACHMENT_ROW = (
    "id",
    "entry_id",
    "memory_id",
    "filename",
    "mime",
    "sha256",
    "data",
    "thumbnail",
    "created_at",
)


def insert_attachment(conn: Connection, rec: Mapping[str, Any]) -> None:
    """Insert an attachment as exported (bytes already decoded and checked)."""
    conn.execute(
        f"INSERT INTO attachments ({', '.join(_ATTACHMENT_ROW)})"
        f" VALUES ({', '.join('?' * len(_ATTACHMENT_ROW))})",
        tuple(rec.get(k) for k in _ATTACHMENT_ROW),
    )


# --- sessions, settings, prompt history and the plain tables ---------------------------------


def insert_sessions(conn: Connection, records: Iterable[Mapping[str, Any]]) -> None:
    """Exercise sessions as exported; ids already present are kept as they are."""
    conn.executemany(
        f"INSERT OR IGNORE INTO sessions ({', '.join(SESSION_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(SESSION_COLUMNS))})",
        [
            tuple(int(r[c]) if c == "completed" else r.get(c) for c in SESSION_COLUMNS)
            for r in records
        ],
    )


def insert_settings(conn: Connection, settings: Mapping[str, Any]) -> None:
    """Settings the journal does not have yet (its own choices win); never the app's own
    bookkeeping of another file (domain.settings ``internal``). A value of the wrong type is
    kept as it came: reading it gives the default (store.settings)."""
    for key, value in sorted(settings.items()):
        if not is_exported(key):
            continue
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            (key, json.dumps(value)),
        )


def prompt_event_keys(conn: Connection) -> set[tuple[Any, ...]]:
    return {
        tuple(r) for r in conn.execute("SELECT prompt_id, event, at, entry_id FROM prompt_events")
    }


def insert_prompt_event(conn: Connection, row: tuple[Any, ...]) -> None:
    """``(prompt_id, event, at, entry_id)``."""
    conn.execute("INSERT INTO prompt_events (prompt_id, event, at, entry_id) VALUES (?,?,?,?)", row)


def insert_plain_record(conn: Connection, table: str, values: Mapping[str, Any]) -> None:
    """A row of one of ``PLAIN_TABLES`` (its columns only), unless its key is there already."""
    columns = PLAIN_TABLES[table][0]
    names = [k for k in values if k in columns]
    marks = ", ".join("?" * len(names))
    conn.execute(
        f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) VALUES ({marks})",
        tuple(values[k] for k in names),
    )
