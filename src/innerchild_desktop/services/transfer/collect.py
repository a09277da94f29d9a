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
from innerchild_desktop.domain.memories import MemoryRow
from innerchild_desktop.domain.sessions import SessionRecord
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.store import bulk
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.memories import list_memories


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


@dataclass(frozen=True)
class EntryChoice:
    """One row of the share dialog's list: enough to recognise an entry, no body."""

    id: str
    entry_date: date
    title: str
    heavy: bool


def _filters(selection: Selection) -> dict[str, Any]:
    return {
        "since": selection.since,
        "until": selection.until,
        "tag": normalise_tag(selection.tag) if selection.tag else None,
    }


def entry_choices(conn: Connection, selection: Selection) -> list[EntryChoice]:
    """The entries the tag and date filters of ``selection`` let through, oldest first, heavy
    ones included (the person decides): what a share dialog lists to tick."""
    return [
        EntryChoice(i, date.fromisoformat(d), title, bool(heavy))
        for i, d, title, heavy in bulk.entry_choice_rows(conn, **_filters(selection))
    ]


def _chosen(row: Any, selection: Selection) -> bool:
    named = selection.entry_ids is not None and row[0] in selection.entry_ids
    if selection.entry_ids is not None and not named:
        return False
    return not row[bulk.ENTRY_HEAVY] or named or selection.include_heavy


def select_entries(conn: Connection, selection: Selection) -> list[Entry]:
    if not selection.include_entries:
        return []
    rows = bulk.entry_rows(conn, **_filters(selection))
    tags = bulk.tags_by_owner(conn, "entry")
    return [_entry(row, tags.get(row[0], ())) for row in rows if _chosen(row, selection)]


def all_entries(conn: Connection) -> list[Entry]:
    """Every entry, trashed ones too (the full JSON export keeps the trash)."""
    rows = bulk.all_entry_rows(conn)
    tags = bulk.tags_by_owner(conn, "entry")
    return [_entry(row, tags.get(row[0], ())) for row in rows]


def attachment_refs(
    conn: Connection, owners: Iterable[str], owner: str
) -> dict[str, list[AttachmentRef]]:
    """``owner`` ("entry" or "memory") id -> its attachments, for the ids in ``owners``."""
    wanted = set(owners)
    found: dict[str, list[AttachmentRef]] = defaultdict(list)
    if not wanted:
        return {}
    for aid, owner_id, mime, filename in bulk.attachment_refs_by_owner(conn, owner):
        if owner_id in wanted:
            found[owner_id].append(AttachmentRef(aid, mime, filename))
    return dict(found)


def collect(journal: OpenJournal | JournalView, selection: Selection) -> Collected:
    conn: Connection = journal.conn
    result = Collected()
    result.entries = select_entries(conn, selection)
    result.attachments = attachment_refs(conn, (e.id for e in result.entries), "entry")
    if selection.include_memories:
        result.memories = [m for m in list_memories(conn) if selection.include_heavy or not m.heavy]
        result.memory_tags = bulk.tags_by_owner(conn, "memory")
        result.attachments.update(attachment_refs(conn, (m.id for m in result.memories), "memory"))
    if selection.include_sessions:
        result.sessions = [
            (
                r["id"],
                SessionRecord(
                    r["exercise_id"],
                    r["started_at"],
                    r["ended_at"],
                    bool(r["completed"]),
                    r["distress_before"],
                    r["distress_after"],
                    r["note"],
                ),
            )
            for r in bulk.session_records(conn)
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
    "audio/flac": "flac",  # voice notes (services/voice.py)
    "audio/wav": "wav",
}
