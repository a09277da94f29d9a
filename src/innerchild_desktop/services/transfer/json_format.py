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
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from innerchild_desktop import __version__
from innerchild_desktop.services.transfer.collect import (
    Selection,
    all_entries,
    json_list,
    select_entries,
    tags_by_owner,
)
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ExportSummary,
    ProgressFn,
    atomic_file,
    tick,
)
from innerchild_desktop.store.settings import INTERNAL_SETTINGS
from innerchild_desktop.store.vault import Journal

FORMAT = "innerchild-export"
VERSION = 1
Connection = Any

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
JSON_MEMORY_COLUMNS = ("fuzzy_time", "emotions", "needs", "people")
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


# --- export ----------------------------------------------------------------------------------


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(bytes(data)).decode("ascii")


def _entry_record(entry: Any, source: tuple[str | None, str | None]) -> dict[str, Any]:
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


def _rows(conn: Connection, sql: str, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in conn.execute(sql)]


def export_json(
    journal: Journal,
    out: Path,
    *,
    selection: Selection | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportSummary:
    conn: Connection = journal.conn
    full = selection is None
    chosen = selection or Selection.everything()
    entries = all_entries(conn) if full else select_entries(conn, chosen)
    entry_ids = {e.id for e in entries}
    sources = {
        r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, source, source_id FROM entries")
    }
    include_memories = full or chosen.include_memories
    memories: list[dict[str, Any]] = []
    if include_memories:
        memory_tags = tags_by_owner(conn, "memory_tags", "memory_id")
        for row in _rows(
            conn,
            f"SELECT {', '.join(MEMORY_COLUMNS)} FROM memories ORDER BY created_at, id",
            MEMORY_COLUMNS,
        ):
            if not full and (row["deleted_at"] or (row["heavy"] and not chosen.include_heavy)):
                continue
            for key in JSON_MEMORY_COLUMNS:
                row[key] = json.loads(row[key]) if key == "fuzzy_time" else json_list(row[key])
            row["heavy"] = bool(row["heavy"])
            row["tags"] = list(memory_tags.get(row["id"], ()))
            memories.append(row)
    memory_ids = {m["id"] for m in memories}
    links = [
        [e, m]
        for e, m in conn.execute(
            "SELECT entry_id, memory_id FROM entry_memories ORDER BY entry_id, memory_id"
        )
        if e in entry_ids and m in memory_ids
    ]
    attachment_ids = [
        r[0]
        for r in conn.execute("SELECT id, entry_id, memory_id FROM attachments ORDER BY id")
        if r[1] in entry_ids or r[2] in memory_ids
    ]
    sessions: list[dict[str, Any]] = []
    if full or chosen.include_sessions:
        sessions = _rows(
            conn,
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM sessions ORDER BY started_at, id",
            SESSION_COLUMNS,
        )
        for row in sessions:
            row["completed"] = bool(row["completed"])
    total = len(entries) + len(memories) + len(attachment_ids)
    done = 0
    tick(progress, cancel, done, total)

    with atomic_file(out) as raw:
        handle = _Writer(raw)
        handle.write("{\n")
        handle.field("format", FORMAT)
        handle.field("version", VERSION)
        handle.field("app_version", __version__)
        handle.field("exported_at", datetime.now(UTC).isoformat(timespec="seconds"))
        handle.field("complete", full)
        if full:
            handle.field(
                "tags", [r[0] for r in conn.execute("SELECT name FROM tags ORDER BY name")]
            )

        def step() -> None:
            nonlocal done
            done += 1
            if done % 200 == 0 or done == total:
                tick(progress, cancel, done, total)

        handle.records(
            "entries",
            (_entry_record(e, sources.get(e.id, (None, None))) for e in entries),
            step,
        )
        handle.records("memories", iter(memories), step)
        handle.records("entry_memories", iter(links), None)
        handle.records("attachments", (_attachment(conn, a) for a in attachment_ids), step)
        handle.records("sessions", iter(sessions), None)
        if full:
            settings = {
                k: json.loads(v)
                for k, v in conn.execute("SELECT key, value FROM settings ORDER BY key")
                if k not in INTERNAL_SETTINGS  # bookkeeping of this file, not of the person
            }
            handle.field("settings", settings)
            handle.records(
                "prompt_events",
                (
                    {"prompt_id": r[0], "event": r[1], "at": r[2], "entry_id": r[3]}
                    for r in conn.execute(
                        "SELECT prompt_id, event, at, entry_id FROM prompt_events ORDER BY seq"
                    )
                ),
                None,
            )
            prompts = _rows(
                conn,
                f"SELECT {', '.join(USER_PROMPT_COLUMNS)} FROM user_prompts ORDER BY id",
                USER_PROMPT_COLUMNS,
            )
            for row in prompts:
                row["follow_ups"] = json_list(row["follow_ups"])
            handle.records("user_prompts", iter(prompts), None)
            handle.records(
                "prompt_packs",
                iter(
                    _rows(
                        conn,
                        f"SELECT {', '.join(PACK_COLUMNS)} FROM prompt_packs ORDER BY id",
                        PACK_COLUMNS,
                    )
                ),
                None,
            )
            progress_rows = _rows(
                conn,
                f"SELECT {', '.join(PROGRESS_COLUMNS)} FROM program_progress ORDER BY program_id",
                PROGRESS_COLUMNS,
            )
            for row in progress_rows:
                row["completed"] = json_list(row["completed"])
                row["paused"] = bool(row["paused"])
            handle.records("program_progress", iter(progress_rows), None)
            handle.records(
                "life_stages",
                iter(
                    _rows(
                        conn,
                        f"SELECT {', '.join(STAGE_COLUMNS)} FROM life_stages ORDER BY name",
                        STAGE_COLUMNS,
                    )
                ),
                None,
            )
        handle.write('  "end": true\n}\n')
    return ExportSummary(
        "json",
        out,
        entries=len(entries),
        memories=len(memories),
        attachments=len(attachment_ids),
        sessions=len(sessions),
    )


def _attachment(conn: Connection, attachment_id: str) -> dict[str, Any]:
    row = conn.execute(
        "SELECT id, entry_id, memory_id, filename, mime, sha256, created_at, data, thumbnail"
        " FROM attachments WHERE id = ?",
        (attachment_id,),
    ).fetchone()
    keys = ("id", "entry_id", "memory_id", "filename", "mime", "sha256", "created_at")
    record = dict(zip(keys, row[:7], strict=True))
    record["data"] = _b64(row[7])
    record["thumbnail"] = _b64(row[8])
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
