"""Inner Child's own JSON export: everything, versioned, and read back losslessly.

``{"format": "innerchild-export", "version": 1, "exported_at": …, "entries": […], …}`` with
entries (all fields, created/updated timestamps and zone, tags, the trash too), attachments
(base64), memories (all fields and tags), entry↔memory links, exercise sessions, settings,
prompt history, own prompts and prompt packs, program progress and life stages.

The file is written one record per line (sorted keys), so exporting, importing into an empty
journal (json_import.py) and exporting again gives the same file apart from ``exported_at``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from innerchild_desktop import __version__
from innerchild_desktop.domain.entries import Entry
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer.collect import (
    Selection,
    all_entries,
    json_list,
    select_entries,
)
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ExportSummary,
    ProgressFn,
    Steps,
    atomic_file,
)
from innerchild_desktop.store import bulk
from innerchild_desktop.store.bulk import (
    MEMORY_COLUMNS,
    PACK_COLUMNS,
    PROGRESS_COLUMNS,
    SESSION_COLUMNS,
    STAGE_COLUMNS,
    USER_PROMPT_COLUMNS,
)
from innerchild_desktop.store.bulk_write import JSON_MEMORY_COLUMNS
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.entries import tag_names
from innerchild_desktop.store.revisions import revision_records

FORMAT = "innerchild-export"
VERSION = 1

# The record fields are the tables' columns (store/bulk.py), re-exported for json_import.py.
__all__ = [
    "FORMAT",
    "JSON_MEMORY_COLUMNS",
    "MEMORY_COLUMNS",
    "PACK_COLUMNS",
    "PROGRESS_COLUMNS",
    "SESSION_COLUMNS",
    "STAGE_COLUMNS",
    "USER_PROMPT_COLUMNS",
    "VERSION",
    "export_json",
]


# --- export ----------------------------------------------------------------------------------


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(bytes(data)).decode("ascii")


def _entry_record(entry: Entry, source: tuple[str | None, str | None]) -> dict[str, Any]:
    return {
        "id": entry.id,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
        "tz": entry.tz,
        "entry_date": entry.entry_date.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "kind": entry.kind.value,
        "mood": (
            {"name": entry.mood.name, "valence": entry.mood.valence, "energy": entry.mood.energy}
            if entry.mood
            else None
        ),
        "distress": entry.distress,
        "prompt_id": entry.prompt_id,
        "prompt_text": entry.prompt_text,
        "reply_to": entry.reply_to,
        "heavy": entry.heavy,
        "starred": entry.starred,
        "deleted_at": entry.deleted_at,
        "source": source[0],
        "source_id": source[1],
        "tags": list(entry.tags),
    }


@dataclass
class _Contents:
    """What goes into the file, read before it is opened (attachment bytes come later)."""

    full: bool
    entries: list[Entry]
    sources: dict[str, tuple[str | None, str | None]]
    memories: list[dict[str, Any]]
    links: list[list[str]]
    attachment_ids: list[str]
    sessions: list[dict[str, Any]]

    @property
    def total(self) -> int:
        return len(self.entries) + len(self.memories) + len(self.attachment_ids)


def _memory_records(conn: Connection, full: bool, chosen: Selection) -> list[dict[str, Any]]:
    if not (full or chosen.include_memories):
        return []
    memory_tags = bulk.tags_by_owner(conn, "memory")
    memories = []
    for row in bulk.memory_records(conn):
        if not full and (row["deleted_at"] or (row["heavy"] and not chosen.include_heavy)):
            continue
        for key in JSON_MEMORY_COLUMNS:
            row[key] = json.loads(row[key]) if key == "fuzzy_time" else json_list(row[key])
        row["heavy"] = bool(row["heavy"])
        row["tags"] = list(memory_tags.get(row["id"], ()))
        memories.append(row)
    return memories


def _session_records(conn: Connection, full: bool, chosen: Selection) -> list[dict[str, Any]]:
    if not (full or chosen.include_sessions):
        return []
    sessions = bulk.session_records(conn)
    for row in sessions:
        row["completed"] = bool(row["completed"])
    return sessions


def _contents(conn: Connection, selection: Selection | None) -> _Contents:
    full = selection is None
    chosen = selection or Selection.everything()
    entries = all_entries(conn) if full else select_entries(conn, chosen)
    memories = _memory_records(conn, full, chosen)
    entry_ids = {e.id for e in entries}
    memory_ids = {m["id"] for m in memories}
    return _Contents(
        full=full,
        entries=entries,
        sources=bulk.entry_sources(conn),
        memories=memories,
        links=[
            [e, m] for e, m in bulk.entry_memory_links(conn) if e in entry_ids and m in memory_ids
        ],
        attachment_ids=[
            a for a, e, m in bulk.attachment_owner_rows(conn) if e in entry_ids or m in memory_ids
        ],
        sessions=_session_records(conn, full, chosen),
    )


def export_json(
    journal: OpenJournal | JournalView,
    out: Path,
    *,
    selection: Selection | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportSummary:
    conn: Connection = journal.conn
    contents = _contents(conn, selection)
    step = Steps(progress, cancel, contents.total)
    with atomic_file(out) as raw:
        handle = _Writer(raw)
        _write_header(handle, conn, contents.full)
        _write_records(handle, conn, contents, step)
        if contents.full:
            _write_complete_copy(handle, conn)
        handle.write('  "end": true\n}\n')
    return ExportSummary(
        "json",
        out,
        entries=len(contents.entries),
        memories=len(contents.memories),
        attachments=len(contents.attachment_ids),
        sessions=len(contents.sessions),
    )


def _write_header(handle: _Writer, conn: Connection, full: bool) -> None:
    handle.write("{\n")
    handle.field("format", FORMAT)
    handle.field("version", VERSION)
    handle.field("app_version", __version__)
    handle.field("exported_at", datetime.now(UTC).isoformat(timespec="seconds"))
    handle.field("complete", full)
    if full:
        handle.field("tags", tag_names(conn))


def _write_records(handle: _Writer, conn: Connection, contents: _Contents, step: Steps) -> None:
    handle.records(
        "entries",
        (_entry_record(e, contents.sources.get(e.id, (None, None))) for e in contents.entries),
        step,
    )
    handle.records("memories", iter(contents.memories), step)
    handle.records("entry_memories", iter(contents.links), None)
    handle.records("attachments", (_attachment(conn, a) for a in contents.attachment_ids), step)
    handle.records("sessions", iter(contents.sessions), None)


def _write_complete_copy(handle: _Writer, conn: Connection) -> None:
    """Settings, prompt history, own prompts and packs, programs and life stages."""
    handle.field("settings", bulk.personal_settings(conn))
    handle.records("prompt_events", iter(bulk.prompt_event_records(conn)), None)
    prompts = bulk.plain_records(conn, "user_prompts")
    for row in prompts:
        row["follow_ups"] = json_list(row["follow_ups"])
    handle.records("user_prompts", iter(prompts), None)
    handle.records("prompt_packs", iter(bulk.plain_records(conn, "prompt_packs")), None)
    progress_rows = bulk.plain_records(conn, "program_progress")
    for row in progress_rows:
        row["completed"] = json_list(row["completed"])
        row["paused"] = bool(row["paused"])
    handle.records("program_progress", iter(progress_rows), None)
    handle.records("life_stages", iter(bulk.plain_records(conn, "life_stages")), None)
    handle.records("entry_revisions", iter(revision_records(conn)), None)  # json_revisions.py


def _attachment(conn: Connection, attachment_id: str) -> dict[str, Any]:
    record = bulk.attachment_record(conn, attachment_id)
    record["data"] = _b64(record["data"])
    record["thumbnail"] = _b64(record["thumbnail"])
    return record


class _Writer:
    """Streams the document: one JSON value per line inside each list."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def write(self, text: str) -> None:
        self.raw.write(text.encode("utf-8"))

    def field(self, key: str, value: Any) -> None:
        self.write(f"  {json.dumps(key)}: {_dump(value)},\n")

    def records(self, key: str, items: Iterable[Any], step: Callable[[], None] | None) -> None:
        self.write(f"  {json.dumps(key)}: [")
        first = True
        for item in items:
            self.write(("\n    " if first else ",\n    ") + _dump(item))
            first = False
            if step is not None:
                step()
        self.write("\n  ],\n" if not first else "],\n")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ": "))
