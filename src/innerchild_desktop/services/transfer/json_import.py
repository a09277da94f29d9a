"""Reading Inner Child's own JSON export back (see json_format.py for the format).

The whole document is checked before a single row is written; then everything goes in one
transaction, keeping ids. Rows whose id is already in the journal count as already present.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.entries import normalise_tag
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ImportSummary,
    ProgressFn,
    SkippedItem,
    Steps,
    nothing_imported,
)
from innerchild_desktop.services.transfer.jrnl import load_json_document
from innerchild_desktop.services.transfer.json_checks import Check, CheckedExport
from innerchild_desktop.services.transfer.json_format import (
    FORMAT,
    VERSION,
)
from innerchild_desktop.services.transfer.json_revisions import checked_records, write_records
from innerchild_desktop.store import bulk_write
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.vault import DatabaseError


def import_innerchild_json(
    journal: OpenJournal | JournalView,
    path: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportSummary:
    document = load_json_document(path)
    check = Check(path.name)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(
            translate(
                "services.transfer.json_import",
                "{name} is not an Inner Child JSON export. {nothing}",
            ).format(name=path.name, nothing=nothing_imported())
        )
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise check.fail(
            "top",
            translate(
                "services.transfer.json_import",
                '"version" is missing',
            ),
        )
    if version > VERSION:
        raise InvalidInput(
            translate(
                "services.transfer.json_import",
                "{name} was written by a newer version of Inner Child (export format "
                "{version}; this app reads up to {newest}). Please update the app. "
                "{nothing}",
            ).format(name=path.name, version=version, newest=VERSION, nothing=nothing_imported())
        )
    plan = _Plan(check, document)
    revisions = checked_records(check, document)  # entries' history (json_revisions.py)
    summary = ImportSummary("innerchild-json", skipped=list(plan.skipped))
    try:
        with journal.transaction() as conn:
            plan.write(conn, summary, progress, cancel)
            plan.current = "entry history"
            write_records(conn, revisions)
    except DatabaseError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.json_import",
                "{name}, {current}: could not be saved ({exc}). {nothing}",
            ).format(name=path.name, current=plan.current, exc=exc, nothing=nothing_imported())
        ) from exc
    return summary


class _Plan(CheckedExport):
    """The checked document, and writing it in one transaction."""

    # -- writing -------------------------------------------------------------------------

    def write(
        self,
        conn: Connection,
        summary: ImportSummary,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        """Everything, inside the caller's one transaction; rows already there are kept."""
        step = Steps(
            progress, cancel, len(self.entries) + len(self.memories) + len(self.attachments)
        )
        for name in self.tags:
            _tag_id(conn, name)
        have_entries = self._write_entries(conn, summary, step)
        have_memories = self._write_memories(conn, summary, step)
        for entry_id, memory_id in self.links:
            if entry_id in have_entries and memory_id in have_memories:
                bulk_write.add_link(conn, entry_id, memory_id)
        self._write_attachments(conn, summary, step, have_entries, have_memories)
        self.current = "sessions"
        bulk_write.insert_sessions(conn, self.sessions)
        self.current = "settings"
        bulk_write.insert_settings(conn, self.settings)
        self._write_events(conn)
        self._write_plain(conn)

    def _write_entries(self, conn: Connection, summary: ImportSummary, step: Steps) -> set[str]:
        have_entries = bulk_write.entry_ids(conn)
        have_sources = bulk_write.entry_source_keys(conn)
        replies: list[tuple[str, str]] = []
        tag_ids = bulk_write.TagIds(conn)
        for number, rec in enumerate(self.entries, 1):
            self.current = f"entry {number}"
            key = (rec.get("source"), rec.get("source_id"))
            if rec["id"] in have_entries or (key[0] is not None and key in have_sources):
                summary.already_present += 1
            else:
                bulk_write.insert_entry_row(conn, _entry_row(rec), rec.get("tags", []), tag_ids)
                have_entries.add(rec["id"])
                if key[0] is not None:
                    have_sources.add(key)
                if rec.get("reply_to"):
                    replies.append((rec["id"], rec["reply_to"]))
                summary.added += 1
            step()
        for entry_id, reply_to in replies:  # after all entries: a reply may come before its letter
            if reply_to in have_entries:
                bulk_write.set_reply_to(conn, entry_id, reply_to)
        return have_entries

    def _write_memories(self, conn: Connection, summary: ImportSummary, step: Steps) -> set[str]:
        have_memories = bulk_write.memory_ids(conn)
        for number, rec in enumerate(self.memories, 1):
            self.current = f"memory {number}"
            if rec["id"] not in have_memories:
                tag_ids = [_tag_id(conn, name) for name in rec.get("tags", [])]
                bulk_write.insert_memory_record(conn, rec, [t for t in tag_ids if t is not None])
                have_memories.add(rec["id"])
                summary.memories_added += 1
            step()
        return have_memories

    def _write_attachments(
        self,
        conn: Connection,
        summary: ImportSummary,
        step: Steps,
        have_entries: set[str],
        have_memories: set[str],
    ) -> None:
        have_attachments = bulk_write.attachment_ids(conn)
        for number, rec in enumerate(self.attachments, 1):
            self.current = f"attachment {number}"
            owner_ok = (rec.get("entry_id") is None or rec["entry_id"] in have_entries) and (
                rec.get("memory_id") is None or rec["memory_id"] in have_memories
            )
            if rec["id"] in have_attachments:
                pass
            elif not owner_ok:
                summary.skipped.append(
                    SkippedItem(
                        f"attachment {number}",
                        translate(
                            "services.transfer.json_import",
                            "its entry or memory is not in the file",
                        ),
                    )
                )
            else:
                bulk_write.insert_attachment(conn, rec)
                summary.photos_added += 1
            step()

    def _write_events(self, conn: Connection) -> None:
        self.current = "prompt history"
        have_events = bulk_write.prompt_event_keys(conn)
        for rec in self.events:
            row = (rec["prompt_id"], rec["event"], rec["at"], rec.get("entry_id"))
            if row not in have_events:
                bulk_write.insert_prompt_event(conn, row)
                have_events.add(row)

    def _write_plain(self, conn: Connection) -> None:
        for table, rows in self.simple.items():
            self.current = table.replace("_", " ")
            for record in rows:
                bulk_write.insert_plain_record(conn, table, _plain_values(record))


def _entry_row(rec: dict[str, Any]) -> tuple[Any, ...]:
    """A checked entry record as an entries row (``bulk_write.ENTRY_ROW`` order); the reply
    link is set once every entry is in."""
    mood = rec.get("mood") or {}
    return (
        rec["id"],
        rec["created_at"],
        rec["updated_at"],
        rec.get("tz"),
        rec["entry_date"],
        rec["title"],
        rec["body"],
        rec["kind"],
        mood.get("name"),
        mood.get("valence"),
        mood.get("energy"),
        rec.get("distress"),
        rec.get("prompt_id"),
        rec.get("prompt_text"),
        None,
        int(rec.get("heavy", False)),
        int(rec.get("starred", False)),
        rec.get("source"),
        rec.get("source_id"),
        rec.get("deleted_at"),
    )


# user_prompts.follow_ups and program_progress.completed: JSON text, a missing list is "[]".
_JSON_LIST_COLUMNS = ("follow_ups", "completed")


def _plain_values(record: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in record.items():
        if key in _JSON_LIST_COLUMNS:
            values[key] = "[]" if value is None else json.dumps(value)
        elif key == "paused":
            values[key] = int(value)
        else:
            values[key] = value
    return values


def _tag_id(conn: Connection, name: str) -> int | None:
    clean = normalise_tag(name)
    return bulk_write.tag_id(conn, clean) if clean else None
