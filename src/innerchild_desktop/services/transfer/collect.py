"""What an export contains: the selection, and reading it from the journal in bulk.

Bulk queries (one for entries, one for their tags, one for attachment lists) rather than one
``get_entry`` per entry, so exporting 10,000 entries stays a matter of seconds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import Entry, EntryKind, Mood, normalise_tag
from innerchild_desktop.store.memories import MemoryRow, list_memories
from innerchild_desktop.store.sessions import SessionRecord
from innerchild_desktop.store.vault import Journal

Connection = Any


@dataclass(frozen=True)
class Selection:
    """Which part of the journal to export or share.

    The defaults suit sharing: entries only, no memories, no exercise history. Heavy memories
    are left out unless ``include_heavy`` is chosen explicitly; heavy *entries* are left out
    too unless named in ``entry_ids`` or ``include_heavy`` is set.
    """

    entry_ids: frozenset[str] | None = None  # None: every entry that passes the filters below
    tag: str | None = None
    since: date | None = None
    until: date | None = None
    include_entries: bool = True
    include_memories: bool = False
    include_heavy: bool = False
    include_sessions: bool = False

    @classmethod
    def everything(cls) -> Selection:
        return cls(include_memories=True, include_heavy=True, include_sessions=True)


@dataclass(frozen=True)
class AttachmentRef:
    id: str
    mime: str
    filename: str


@dataclass
class Collected:
    entries: list[Entry] = field(default_factory=list)
    memories: list[MemoryRow] = field(default_factory=list)
    memory_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sessions: list[tuple[str, SessionRecord]] = field(default_factory=list)
    attachments: dict[str, list[AttachmentRef]] = field(default_factory=dict)  # owner id -> refs

    def attachment_count(self) -> int:
        return sum(len(v) for v in self.attachments.values())


_ENTRY_COLUMNS = (
    "id, created_at, updated_at, entry_date, title, body, kind, mood, valence, energy, "
    "distress, prompt_id, prompt_text, reply_to, heavy, starred, deleted_at, tz"
)


def _entry(row: Any, tags: tuple[str, ...]) -> Entry:
    return Entry(
        id=row[0],
        created_at=row[1],
        updated_at=row[2],
        entry_date=date.fromisoformat(row[3]),
        title=row[4],
        body=row[5],
        kind=EntryKind(row[6]),
        tags=tags,
        mood=Mood(row[7], row[8], row[9]) if row[7] else None,
        distress=row[10],
        prompt_id=row[11],
        prompt_text=row[12],
        reply_to=row[13],
        heavy=bool(row[14]),
        starred=bool(row[15]),
        deleted_at=row[16],
        tz=row[17],
    )


def tags_by_owner(conn: Connection, table: str, column: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for owner, name in conn.execute(
        f"SELECT x.{column}, t.name FROM {table} x JOIN tags t ON t.id = x.tag_id ORDER BY t.name"
    ):
        found[owner].append(name)
    return {k: tuple(v) for k, v in found.items()}


@dataclass(frozen=True)
class EntryChoice:
    """One row of the share dialog's list: enough to recognise an entry, no body."""

    id: str
    entry_date: date
    title: str
    heavy: bool


def _entry_filters(selection: Selection) -> tuple[str, list[Any]]:
    where = ["e.deleted_at IS NULL"]
    params: list[Any] = []
    if selection.since:
        where.append("e.entry_date >= ?")
        params.append(selection.since.isoformat())
    if selection.until:
        where.append("e.entry_date <= ?")
        params.append(selection.until.isoformat())
    if selection.tag:
        where.append(
            "EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            " WHERE et.entry_id = e.id AND t.name = ?)"
        )
        params.append(normalise_tag(selection.tag))
    return " AND ".join(where), params


def entry_choices(conn: Connection, selection: Selection) -> list[EntryChoice]:
    """The entries the tag and date filters of ``selection`` let through, oldest first, heavy
    ones included (the person decides): what a share dialog lists to tick."""
    where, params = _entry_filters(selection)
    return [
        EntryChoice(r[0], date.fromisoformat(r[1]), r[2], bool(r[3]))
        for r in conn.execute(
            f"SELECT e.id, e.entry_date, e.title, e.heavy FROM entries e WHERE {where}"
            " ORDER BY e.entry_date, e.created_at, e.seq",
            params,
        )
    ]


def select_entries(conn: Connection, selection: Selection) -> list[Entry]:
    if not selection.include_entries:
        return []
    where, params = _entry_filters(selection)
    rows = conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE {where}"
        " ORDER BY e.entry_date, e.created_at, e.seq",
        params,
    ).fetchall()
    tags = tags_by_owner(conn, "entry_tags", "entry_id")
    chosen = []
    for row in rows:
        named = selection.entry_ids is not None and row[0] in selection.entry_ids
        if selection.entry_ids is not None and not named:
            continue
        if row[14] and not (named or selection.include_heavy):
            continue
        chosen.append(_entry(row, tags.get(row[0], ())))
    return chosen


def all_entries(conn: Connection) -> list[Entry]:
    """Every entry, trashed ones too (the full JSON export keeps the trash)."""
    rows = conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM entries ORDER BY entry_date, created_at, id"
    ).fetchall()
    tags = tags_by_owner(conn, "entry_tags", "entry_id")
    return [_entry(row, tags.get(row[0], ())) for row in rows]


def attachment_refs(
    conn: Connection, owners: Iterable[str], column: str
) -> dict[str, list[AttachmentRef]]:
    wanted = set(owners)
    found: dict[str, list[AttachmentRef]] = defaultdict(list)
    if not wanted:
        return {}
    for aid, owner, mime, filename in conn.execute(
        f"SELECT id, {column}, mime, filename FROM attachments WHERE {column} IS NOT NULL"
        " ORDER BY created_at, id"
    ):
        if owner in wanted:
            found[owner].append(AttachmentRef(aid, mime, filename))
    return dict(found)


def collect(journal: Journal, selection: Selection) -> Collected:
    conn: Connection = journal.conn
    result = Collected()
    result.entries = select_entries(conn, selection)
    result.attachments = attachment_refs(conn, (e.id for e in result.entries), "entry_id")
    if selection.include_memories:
        result.memories = [m for m in list_memories(conn) if selection.include_heavy or not m.heavy]
        result.memory_tags = tags_by_owner(conn, "memory_tags", "memory_id")
        result.attachments.update(
            attachment_refs(conn, (m.id for m in result.memories), "memory_id")
        )
    if selection.include_sessions:
        rows = conn.execute(
            "SELECT id, exercise_id, started_at, ended_at, completed, distress_before,"
            " distress_after, note FROM sessions ORDER BY started_at, id"
        ).fetchall()
        result.sessions = [
            (r[0], SessionRecord(r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7])) for r in rows
        ]
    return result


def json_list(text: str | None) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/heic": "heic",
}
