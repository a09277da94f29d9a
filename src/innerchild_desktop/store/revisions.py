"""Earlier versions of entries (table ``entry_revisions``, schema v2): functions of ``(conn, …)``.

Revisions live in the same encrypted file as everything else and are never put in the search
index (search shows an entry's current text only). ``keep_before_update`` is called by
``JournalService.update_entry`` inside the update's transaction, before the update, so a
revision and the save that replaced it commit together or not at all. When to keep one and
which to thin out later is decided in domain/revisions.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from innerchild_desktop.domain.revisions import (
    Revision,
    keep_revision,
    parse_time,
    revisions_to_drop,
)
from innerchild_desktop.store.connection import Connection

# The v2 migration (store/schema.py). A rowid table rather than WITHOUT ROWID: rows hold whole
# bodies, which WITHOUT ROWID tables store badly.
SCHEMA_SQL = """
CREATE TABLE entry_revisions (
    id        INTEGER PRIMARY KEY,
    entry_id  TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    saved_at  TEXT NOT NULL,
    kept_at   TEXT NOT NULL,
    origin    TEXT,
    title     TEXT NOT NULL DEFAULT '',
    body      TEXT NOT NULL DEFAULT '',
    UNIQUE (entry_id, seq)
);
"""

RECORD_KEYS = ("entry_id", "seq", "saved_at", "kept_at", "origin", "title", "body")
_SELECT = "SELECT entry_id, seq, title, body, saved_at, kept_at, origin FROM entry_revisions"


def utc_now() -> datetime:
    """The clock revisions are kept and thinned by (tests replace it)."""
    return datetime.now(UTC)


def _revision(row: Any) -> Revision:
    return Revision(
        entry_id=row[0],
        number=int(row[1]),
        title=row[2],
        body=row[3],
        saved_at=row[4],
        kept_at=row[5],
        origin=row[6],
    )


def add_revision(
    conn: Connection,
    entry_id: str,
    *,
    title: str,
    body: str,
    saved_at: str,
    kept_at: str | None = None,
    origin: str | None = None,
) -> int:
    """Keep one revision (inside the caller's transaction); returns its number."""
    number = int(
        conn.execute(
            "SELECT coalesce(max(seq), 0) + 1 FROM entry_revisions WHERE entry_id = ?",
            (entry_id,),
        ).fetchone()[0]
    )
    kept = kept_at or utc_now().isoformat(timespec="milliseconds")
    conn.execute(
        "INSERT INTO entry_revisions (entry_id, seq, saved_at, kept_at, origin, title, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (entry_id, number, saved_at, kept, origin, title, body),
    )
    return number


def keep_before_update(
    conn: Connection, entry_id: str, fields: Mapping[str, Any], *, session_start: bool = False
) -> int | None:
    """Before an update of ``fields``: keep the entry's current title and body as a revision if
    domain.revisions.keep_revision says so, then thin the entry's history. Returns the new
    revision's number, or None when none was kept (also when the entry does not exist)."""
    if not ({"title", "body"} & fields.keys()):
        return None
    row = conn.execute(
        "SELECT title, body, updated_at, created_at FROM entries WHERE id = ?", (entry_id,)
    ).fetchone()
    if row is None:
        return None
    old_title, old_body, updated_at, created_at = row
    new_title = fields.get("title", old_title)
    new_body = fields.get("body", old_body)
    if not isinstance(new_title, str) or not isinstance(new_body, str):
        return None  # the entry check that follows says why, in words
    last = conn.execute(
        "SELECT max(kept_at) FROM entry_revisions WHERE entry_id = ?", (entry_id,)
    ).fetchone()[0]
    now = utc_now()
    if not keep_revision(
        now=now,
        old_title=old_title,
        old_body=old_body,
        new_title=new_title,
        new_body=new_body,
        old_saved_at=parse_time(updated_at),
        # Before the first revision, the entry's creation counts as the last one kept: a new
        # entry's first few words are not kept on their own.
        last_kept_at=parse_time(last or created_at),
        session_start=session_start,
    ):
        return None
    newest = conn.execute(
        "SELECT title, body FROM entry_revisions WHERE entry_id = ? ORDER BY seq DESC LIMIT 1",
        (entry_id,),
    ).fetchone()
    if newest is not None and tuple(newest) == (old_title, old_body):
        return None  # kept already (e.g. the text a restore brought back)
    number = add_revision(
        conn,
        entry_id,
        title=old_title,
        body=old_body,
        saved_at=updated_at,
        kept_at=now.isoformat(timespec="milliseconds"),
    )
    thin(conn, entry_id, now)
    return number


def thin(conn: Connection, entry_id: str, now: datetime | None = None) -> int:
    """Let older revisions of one entry go as domain.revisions.revisions_to_drop says."""
    stamps = [
        (int(r[0]), r[1])
        for r in conn.execute(
            # Versions kept by sync (written on two computers at once: ``origin`` names the
            # computer) are never thinned away: they are the side of a conflict that lost.
            "SELECT seq, saved_at FROM entry_revisions WHERE entry_id = ? AND origin IS NULL",
            (entry_id,),
        )
    ]
    drop = revisions_to_drop(stamps, now or utc_now())
    for number in drop:
        conn.execute(
            "DELETE FROM entry_revisions WHERE entry_id = ? AND seq = ?", (entry_id, number)
        )
    return len(drop)


def revisions(conn: Connection, entry_id: str) -> list[Revision]:
    """An entry's revisions, newest first."""
    rows = conn.execute(f"{_SELECT} WHERE entry_id = ? ORDER BY seq DESC", (entry_id,))
    return [_revision(r) for r in rows]


def get_revision(conn: Connection, entry_id: str, number: int) -> Revision | None:
    row = conn.execute(f"{_SELECT} WHERE entry_id = ? AND seq = ?", (entry_id, number)).fetchone()
    return _revision(row) if row else None


def revision_records(
    conn: Connection, entry_ids: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """Every revision as a plain record (RECORD_KEYS) for the JSON export, in a stable order;
    only those of ``entry_ids`` when given."""
    wanted = None if entry_ids is None else set(entry_ids)
    rows = conn.execute(
        "SELECT entry_id, seq, saved_at, kept_at, origin, title, body FROM entry_revisions"
        " ORDER BY entry_id, seq"
    )
    return [
        dict(zip(RECORD_KEYS, r, strict=True)) for r in rows if wanted is None or r[0] in wanted
    ]


def insert_revision_record(conn: Connection, record: Mapping[str, Any]) -> bool:
    """Put back an exported revision (JSON import), keeping its number; False when the entry
    already has a revision with that number (or the entry is not there)."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO entry_revisions"
        " (entry_id, seq, saved_at, kept_at, origin, title, body)"
        " SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM entries WHERE id = ?)",
        (*(record.get(k) for k in RECORD_KEYS), record["entry_id"]),
    )
    return cursor.rowcount == 1
