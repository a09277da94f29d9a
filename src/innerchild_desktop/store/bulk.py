"""Whole-journal reads for exports and sharing: one query per table, not one per row.

Exporting 10,000 entries stays a matter of seconds because entries, their tags and the
attachment lists are each read in one statement (services/transfer/collect.py builds the domain
values from these rows). The column tuples are also the fields of the JSON export
(services/transfer/json_format.py) and what store/bulk_write.py inserts on import.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

from innerchild_desktop.domain.settings import is_exported
from innerchild_desktop.store.connection import Connection

ENTRY_COLUMNS = (
    "id, created_at, updated_at, entry_date, title, body, kind, mood, valence, energy, "
    "distress, prompt_id, prompt_text, reply_to, heavy, starred, deleted_at, tz"
)
ENTRY_HEAVY = 14  # index of "heavy" in an ENTRY_COLUMNS row

MEMORY_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "title",
    "body",
    "fuzzy_time",
    "sort_key",
    "span_start",
    "span_end",
    "stage",
    "emotions",
    "needs",
    "people",
    "place",
    "intensity",
    "heavy",
    "what_happened",
    "what_i_felt",
    "what_i_needed",
    "what_i_would_say",
    "source",
    "source_id",
    "deleted_at",
)
SESSION_COLUMNS = (
    "id",
    "exercise_id",
    "started_at",
    "ended_at",
    "completed",
    "distress_before",
    "distress_after",
    "note",
)
USER_PROMPT_COLUMNS = (
    "id",
    "pack_id",
    "text",
    "theme",
    "depth",
    "age_band",
    "follow_ups",
    "content_note",
    "template",
    "created_at",
)
PACK_COLUMNS = ("id", "name", "author", "version", "imported_at", "document")
PROGRESS_COLUMNS = ("program_id", "started_on", "completed", "paused", "updated_at")
STAGE_COLUMNS = ("name", "start_age", "end_age", "start_year", "end_year")

#: The tables copied as they are (table -> columns, order of the export).
PLAIN_TABLES: dict[str, tuple[tuple[str, ...], str]] = {
    "user_prompts": (USER_PROMPT_COLUMNS, "id"),
    "prompt_packs": (PACK_COLUMNS, "id"),
    "program_progress": (PROGRESS_COLUMNS, "program_id"),
    "life_stages": (STAGE_COLUMNS, "name"),
}
_TAG_LINKS = {"entry": ("entry_tags", "entry_id"), "memory": ("memory_tags", "memory_id")}
_OWNER_COLUMNS = {"entry": "entry_id", "memory": "memory_id"}


def _records(conn: Connection, sql: str, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in conn.execute(sql)]


# --- entries ---------------------------------------------------------------------------------


def _entry_filters(
    since: date | None, until: date | None, tag: str | None
) -> tuple[str, list[Any]]:
    where = ["e.deleted_at IS NULL"]
    params: list[Any] = []
    if since:
        where.append("e.entry_date >= ?")
        params.append(since.isoformat())
    if until:
        where.append("e.entry_date <= ?")
        params.append(until.isoformat())
    if tag:
        where.append(
            "EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            " WHERE et.entry_id = e.id AND t.name = ?)"
        )
        params.append(tag)
    return " AND ".join(where), params


def entry_rows(
    conn: Connection,
    *,
    since: date | None = None,
    until: date | None = None,
    tag: str | None = None,
) -> list[Any]:
    """Live entries (``ENTRY_COLUMNS`` rows) within the dates and with the (normalised) tag."""
    where, params = _entry_filters(since, until, tag)
    return conn.execute(
        f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE {where}"
        " ORDER BY e.entry_date, e.created_at, e.seq",
        params,
    ).fetchall()


def entry_choice_rows(
    conn: Connection,
    *,
    since: date | None = None,
    until: date | None = None,
    tag: str | None = None,
) -> list[tuple[str, str, str, int]]:
    """``(id, entry_date, title, heavy)`` of the live entries the filters let through."""
    where, params = _entry_filters(since, until, tag)
    return [
        (r[0], r[1], r[2], r[3])
        for r in conn.execute(
            f"SELECT e.id, e.entry_date, e.title, e.heavy FROM entries e WHERE {where}"
            " ORDER BY e.entry_date, e.created_at, e.seq",
            params,
        )
    ]


def all_entry_rows(conn: Connection) -> list[Any]:
    """Every entry (``ENTRY_COLUMNS`` rows), trashed ones too."""
    return conn.execute(
        f"SELECT {ENTRY_COLUMNS} FROM entries ORDER BY entry_date, created_at, id"
    ).fetchall()


def entry_sources(conn: Connection) -> dict[str, tuple[str | None, str | None]]:
    """Entry id -> (source, source_id): where an imported entry came from."""
    return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, source, source_id FROM entries")}


def tags_by_owner(conn: Connection, owner: str) -> dict[str, tuple[str, ...]]:
    """Entry (``owner="entry"``) or memory (``"memory"``) id -> its tag names, sorted."""
    table, column = _TAG_LINKS[owner]
    found: dict[str, list[str]] = defaultdict(list)
    for owner_id, name in conn.execute(
        f"SELECT x.{column}, t.name FROM {table} x JOIN tags t ON t.id = x.tag_id ORDER BY t.name"
    ):
        found[owner_id].append(name)
    return {k: tuple(v) for k, v in found.items()}


# --- memories, links, attachments, sessions --------------------------------------------------


def memory_records(conn: Connection) -> list[dict[str, Any]]:
    """Every memory as stored (``MEMORY_COLUMNS``; JSON columns still text), trash too."""
    return _records(
        conn,
        f"SELECT {', '.join(MEMORY_COLUMNS)} FROM memories ORDER BY created_at, id",
        MEMORY_COLUMNS,
    )


def entry_memory_links(conn: Connection) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT entry_id, memory_id FROM entry_memories ORDER BY entry_id, memory_id"
        )
    ]


def attachment_owner_rows(conn: Connection) -> list[tuple[str, str | None, str | None]]:
    """``(id, entry_id, memory_id)`` of every attachment, by id."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute("SELECT id, entry_id, memory_id FROM attachments ORDER BY id")
    ]


def attachment_refs_by_owner(conn: Connection, owner: str) -> list[tuple[str, str, str, str]]:
    """``(id, owner id, mime, filename)`` of the attachments of every entry or memory."""
    column = _OWNER_COLUMNS[owner]
    return [
        (r[0], r[1], r[2], r[3])
        for r in conn.execute(
            f"SELECT id, {column}, mime, filename FROM attachments WHERE {column} IS NOT NULL"
            " ORDER BY created_at, id"
        )
    ]


_ATTACHMENT_KEYS = ("id", "entry_id", "memory_id", "filename", "mime", "sha256", "created_at")


def attachment_record(conn: Connection, attachment_id: str) -> dict[str, Any]:
    """One attachment's row with its bytes (``data``, ``thumbnail``)."""
    row = conn.execute(
        f"SELECT {', '.join(_ATTACHMENT_KEYS)}, data, thumbnail FROM attachments WHERE id = ?",
        (attachment_id,),
    ).fetchone()
    record = dict(zip(_ATTACHMENT_KEYS, row[:7], strict=True))
    record["data"] = None if row[7] is None else bytes(row[7])
    record["thumbnail"] = None if row[8] is None else bytes(row[8])
    return record


def session_records(conn: Connection) -> list[dict[str, Any]]:
    return _records(
        conn,
        f"SELECT {', '.join(SESSION_COLUMNS)} FROM sessions ORDER BY started_at, id",
        SESSION_COLUMNS,
    )


# --- the rest of a complete copy -------------------------------------------------------------


def personal_settings(conn: Connection) -> dict[str, Any]:
    """Every setting but the app's own bookkeeping of this file (decoded JSON values)."""
    return {
        k: json.loads(v)
        for k, v in conn.execute("SELECT key, value FROM settings ORDER BY key")
        if is_exported(k)
    }


def prompt_event_records(conn: Connection) -> list[dict[str, Any]]:
    return _records(
        conn,
        "SELECT prompt_id, event, at, entry_id FROM prompt_events ORDER BY seq",
        ("prompt_id", "event", "at", "entry_id"),
    )


def plain_records(conn: Connection, table: str) -> list[dict[str, Any]]:
    """The rows of one of ``PLAIN_TABLES`` as stored."""
    columns, order = PLAIN_TABLES[table]
    return _records(conn, f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}", columns)
