"""Reading Inner Child's own JSON export back (see json_format.py for the format).

The whole document is checked before a single row is written; then everything goes in one
transaction, keeping ids. Rows whose id is already in the journal count as already present.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.entries import EntryKind, normalise_tag
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.render.markdown import is_attachment_id
from innerchild_desktop.services.transfer.common import (
    NOTHING_IMPORTED,
    CancelFn,
    ImportSummary,
    ProgressFn,
    SkippedItem,
    check_size,
    tick,
)
from innerchild_desktop.services.transfer.jrnl import load_json_document
from innerchild_desktop.services.transfer.json_format import (
    FORMAT,
    JSON_MEMORY_COLUMNS,
    MEMORY_COLUMNS,
    PACK_COLUMNS,
    PROGRESS_COLUMNS,
    SESSION_COLUMNS,
    STAGE_COLUMNS,
    USER_PROMPT_COLUMNS,
    VERSION,
)
from innerchild_desktop.services.transfer.writer import insert_row
from innerchild_desktop.store.attachments import MAX_ATTACHMENT_BYTES, sniff_mime
from innerchild_desktop.store.fts import index_memory
from innerchild_desktop.store.vault import DatabaseError, Journal

Connection = Any


class _Check:
    """Field checks that name the record: "entry 3 (id …): "title" must be text"."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, problem: str) -> InvalidInput:
        return InvalidInput(f"{self.label}, {where}: {problem}. {NOTHING_IMPORTED}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "is not an object")
        return value

    def text(self, rec: dict[str, Any], key: str, where: str, *, optional: bool = False) -> Any:
        value = rec.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(where, f'"{key}" must be text')
        return value

    def integer(self, rec: dict[str, Any], key: str, where: str, lo: int, hi: int) -> Any:
        value = rec.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise self.fail(where, f'"{key}" must be a whole number from {lo} to {hi}')
        return value

    def number(self, rec: dict[str, Any], key: str, where: str) -> Any:
        value = rec.get(key)
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self.fail(where, f'"{key}" must be a number')
        return float(value) if isinstance(value, float) else value

    def flag(self, rec: dict[str, Any], key: str, where: str) -> bool:
        value = rec.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(where, f'"{key}" must be true or false')
        return value

    def words(self, rec: dict[str, Any], key: str, where: str) -> list[str]:
        value = rec.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, f'"{key}" must be a list of text')
        return value

    def day(self, rec: dict[str, Any], key: str, where: str) -> str:
        value: str = self.text(rec, key, where)
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise self.fail(where, f'"{key}" must be a date like 2024-05-17') from exc
        return value


def import_innerchild_json(
    journal: Journal,
    path: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportSummary:
    document = load_json_document(path)
    check = _Check(path.name)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(f"{path.name} is not an Inner Child JSON export. {NOTHING_IMPORTED}")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise check.fail("top", '"version" is missing')
    if version > VERSION:
        raise InvalidInput(
            f"{path.name} was written by a newer version of Inner Child (export format "
            f"{version}; this app reads up to {VERSION}). Please update the app. {NOTHING_IMPORTED}"
        )
    plan = _Plan(check, document)
    summary = ImportSummary("innerchild-json", skipped=list(plan.skipped))
    try:
        with journal.transaction() as conn:
            plan.write(conn, summary, progress, cancel)
    except DatabaseError as exc:
        raise InvalidInput(
            f"{path.name}, {plan.current}: could not be saved ({exc}). {NOTHING_IMPORTED}"
        ) from exc
    return summary


def _list(check: _Check, document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise check.fail(f'"{key}"', "must be a list")
    return value


class _Plan:
    """The whole document, checked, before a single row is written."""

    def __init__(self, check: _Check, doc: dict[str, Any]) -> None:
        self.check = check
        self.current = "the start"
        self.skipped: list[SkippedItem] = []
        self.tags = [t for t in _list(check, doc, "tags") if isinstance(t, str)]
        self.entries = [
            self._entry(i, raw) for i, raw in enumerate(_list(check, doc, "entries"), 1)
        ]
        self.memories = [
            self._memory(i, raw) for i, raw in enumerate(_list(check, doc, "memories"), 1)
        ]
        self.links = []
        for i, pair in enumerate(_list(check, doc, "entry_memories"), 1):
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
            ):
                raise check.fail(f"link {i}", "must be [entry id, memory id]")
            self.links.append(pair)
        self.attachments = [
            self._attachment(i, raw) for i, raw in enumerate(_list(check, doc, "attachments"), 1)
        ]
        self.sessions = [
            self._session(i, raw) for i, raw in enumerate(_list(check, doc, "sessions"), 1)
        ]
        settings = doc.get("settings", {})
        if not isinstance(settings, dict):
            raise check.fail('"settings"', "must be an object")
        self.settings = settings
        self.events = [
            self._event(i, raw) for i, raw in enumerate(_list(check, doc, "prompt_events"), 1)
        ]
        self.simple = {
            "user_prompts": self._simple(
                doc,
                "user_prompts",
                USER_PROMPT_COLUMNS,
                ("id", "text", "theme", "depth", "created_at"),
            ),
            "prompt_packs": self._simple(
                doc, "prompt_packs", PACK_COLUMNS, ("id", "name", "imported_at", "document")
            ),
            "program_progress": self._simple(
                doc,
                "program_progress",
                PROGRESS_COLUMNS,
                ("program_id", "started_on", "updated_at"),
            ),
            "life_stages": self._simple(doc, "life_stages", STAGE_COLUMNS, ("name",)),
        }

    # -- checks --------------------------------------------------------------------------

    def _entry(self, number: int, raw: Any) -> dict[str, Any]:
        c = self.check
        where = f"entry {number}"
        rec = c.obj(raw, where)
        ident = c.text(rec, "id", where)
        where = f"entry {number} (id {ident[:36]})"
        for key in ("created_at", "updated_at", "title", "body"):
            c.text(rec, key, where)
        for key in (
            "tz",
            "prompt_id",
            "prompt_text",
            "reply_to",
            "deleted_at",
            "source",
            "source_id",
        ):
            c.text(rec, key, where, optional=True)
        c.day(rec, "entry_date", where)
        if rec.get("kind") not in [k.value for k in EntryKind]:
            raise c.fail(where, '"kind" is not one of ' + ", ".join(k.value for k in EntryKind))
        mood = rec.get("mood")
        if mood is not None:
            mood = c.obj(mood, where)
            c.text(mood, "name", where)
            c.number(mood, "valence", where)
            c.number(mood, "energy", where)
        c.integer(rec, "distress", where, 0, 10)
        c.flag(rec, "heavy", where)
        c.flag(rec, "starred", where)
        c.words(rec, "tags", where)
        check_size(rec["body"] + rec["title"], f"{c.label}, {where}")
        if (rec.get("source") is None) != (rec.get("source_id") is None):
            raise c.fail(where, '"source" and "source_id" go together')
        return rec

    def _memory(self, number: int, raw: Any) -> dict[str, Any]:
        c = self.check
        where = f"memory {number}"
        rec = c.obj(raw, where)
        ident = c.text(rec, "id", where)
        where = f"memory {number} (id {ident[:36]})"
        for key in (
            "created_at",
            "updated_at",
            "title",
            "body",
            "place",
            "what_happened",
            "what_i_felt",
            "what_i_needed",
            "what_i_would_say",
        ):
            c.text(rec, key, where)
        for key in ("stage", "source", "source_id", "deleted_at"):
            c.text(rec, key, where, optional=True)
        c.obj(rec.get("fuzzy_time"), where)
        for key in ("sort_key", "span_start", "span_end"):
            c.number(rec, key, where)
        for key in ("emotions", "needs", "people", "tags"):
            c.words(rec, key, where)
        c.integer(rec, "intensity", where, 1, 5)
        c.flag(rec, "heavy", where)
        return rec

    def _attachment(self, number: int, raw: Any) -> dict[str, Any]:
        c = self.check
        where = f"attachment {number}"
        rec = c.obj(raw, where)
        ident = c.text(rec, "id", where)
        if not is_attachment_id(ident):
            # The id ends up in ``attachment:<id>`` links and must never act as a path.
            raise c.fail(where, '"id" must be 1 to 64 letters, digits, "-" or "_"')
        where = f"attachment {number} (id {ident[:36]})"
        for key in ("filename", "mime", "sha256", "created_at", "data"):
            c.text(rec, key, where)
        owner_e = c.text(rec, "entry_id", where, optional=True)
        owner_m = c.text(rec, "memory_id", where, optional=True)
        if owner_e is None and owner_m is None:
            raise c.fail(where, "belongs to no entry or memory")
        try:
            data = base64.b64decode(rec["data"], validate=True)
            thumb = rec.get("thumbnail")
            thumbnail = None if thumb is None else base64.b64decode(thumb, validate=True)
        except (binascii.Error, TypeError) as exc:
            raise c.fail(where, '"data" is not base64') from exc
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise c.fail(where, "is larger than 50 MB")
        mime = sniff_mime(data)  # from the bytes: the file's "mime" text is never stored
        if mime is None:
            raise c.fail(where, "is not a photo (JPEG, PNG, GIF, WebP or HEIC)")
        if hashlib.sha256(data).hexdigest() != rec["sha256"]:
            raise c.fail(where, "does not match its checksum (the file may be damaged)")
        return {**rec, "mime": mime, "data": data, "thumbnail": thumbnail}

    def _session(self, number: int, raw: Any) -> dict[str, Any]:
        c = self.check
        where = f"session {number}"
        rec = c.obj(raw, where)
        for key in ("id", "exercise_id", "started_at", "note"):
            c.text(rec, key, where)
        c.text(rec, "ended_at", where, optional=True)
        c.flag(rec, "completed", where)
        c.integer(rec, "distress_before", where, 0, 10)
        c.integer(rec, "distress_after", where, 0, 10)
        return rec

    def _event(self, number: int, raw: Any) -> dict[str, Any]:
        c = self.check
        where = f"prompt event {number}"
        rec = c.obj(raw, where)
        for key in ("prompt_id", "event", "at"):
            c.text(rec, key, where)
        c.text(rec, "entry_id", where, optional=True)
        return rec

    def _simple(
        self, doc: dict[str, Any], key: str, columns: tuple[str, ...], required: tuple[str, ...]
    ) -> list[dict[str, Any]]:
        rows = []
        for number, raw in enumerate(_list(self.check, doc, key), 1):
            where = f"{key.replace('_', ' ')} {number}"
            rec = self.check.obj(raw, where)
            for name in required:
                if rec.get(name) is None:
                    raise self.check.fail(where, f'"{name}" is missing')
            rows.append({col: rec.get(col) for col in columns})
        return rows

    # -- writing -------------------------------------------------------------------------

    def write(
        self,
        conn: Connection,
        summary: ImportSummary,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        total = len(self.entries) + len(self.memories) + len(self.attachments)
        done = 0
        tick(progress, cancel, 0, total)

        def step() -> None:
            nonlocal done
            done += 1
            if done % 200 == 0 or done == total:
                tick(progress, cancel, done, total)

        for name in self.tags:
            _tag_id(conn, name)
        have_entries = {r[0] for r in conn.execute("SELECT id FROM entries")}
        have_sources = {
            (r[0], r[1])
            for r in conn.execute("SELECT source, source_id FROM entries WHERE source IS NOT NULL")
        }
        new_entries: set[str] = set()
        replies: list[tuple[str, str]] = []
        for number, rec in enumerate(self.entries, 1):
            self.current = f"entry {number}"
            key = (rec.get("source"), rec.get("source_id"))
            if rec["id"] in have_entries or (key[0] is not None and key in have_sources):
                summary.already_present += 1
            else:
                mood = rec.get("mood") or {}
                insert_row(
                    conn,
                    (
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
                    ),
                    rec.get("tags", []),
                )
                have_entries.add(rec["id"])
                new_entries.add(rec["id"])
                if key[0] is not None:
                    have_sources.add(key)
                if rec.get("reply_to"):
                    replies.append((rec["id"], rec["reply_to"]))
                summary.added += 1
            step()
        for entry_id, reply_to in replies:  # after all entries: a reply may come before its letter
            if reply_to in have_entries:
                conn.execute("UPDATE entries SET reply_to = ? WHERE id = ?", (reply_to, entry_id))
        have_memories = {r[0] for r in conn.execute("SELECT id FROM memories")}
        for number, rec in enumerate(self.memories, 1):
            self.current = f"memory {number}"
            if rec["id"] not in have_memories:
                _insert_memory(conn, rec)
                have_memories.add(rec["id"])
                summary.memories_added += 1
            step()
        for entry_id, memory_id in self.links:
            if entry_id in have_entries and memory_id in have_memories:
                conn.execute(
                    "INSERT OR IGNORE INTO entry_memories (entry_id, memory_id) VALUES (?, ?)",
                    (entry_id, memory_id),
                )
        have_attachments = {r[0] for r in conn.execute("SELECT id FROM attachments")}
        for number, rec in enumerate(self.attachments, 1):
            self.current = f"attachment {number}"
            owner_ok = (rec.get("entry_id") is None or rec["entry_id"] in have_entries) and (
                rec.get("memory_id") is None or rec["memory_id"] in have_memories
            )
            if rec["id"] in have_attachments:
                pass
            elif not owner_ok:
                summary.skipped.append(
                    SkippedItem(f"attachment {number}", "its entry or memory is not in the file")
                )
            else:
                conn.execute(
                    "INSERT INTO attachments (id, entry_id, memory_id, filename, mime, sha256,"
                    " data, thumbnail, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        rec["id"],
                        rec.get("entry_id"),
                        rec.get("memory_id"),
                        rec["filename"],
                        rec["mime"],
                        rec["sha256"],
                        rec["data"],
                        rec["thumbnail"],
                        rec["created_at"],
                    ),
                )
                summary.photos_added += 1
            step()
        self.current = "sessions"
        conn.executemany(
            f"INSERT OR IGNORE INTO sessions ({', '.join(SESSION_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(SESSION_COLUMNS))})",
            [
                tuple(int(r[c]) if c == "completed" else r.get(c) for c in SESSION_COLUMNS)
                for r in self.sessions
            ],
        )
        self.current = "settings"
        for key, value in sorted(self.settings.items()):
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                (key, json.dumps(value)),
            )
        self.current = "prompt history"
        have_events = set(conn.execute("SELECT prompt_id, event, at, entry_id FROM prompt_events"))
        for rec in self.events:
            row = (rec["prompt_id"], rec["event"], rec["at"], rec.get("entry_id"))
            if row not in have_events:
                conn.execute(
                    "INSERT INTO prompt_events (prompt_id, event, at, entry_id) VALUES (?,?,?,?)",
                    row,
                )
                have_events.add(row)
        for table, rows in self.simple.items():
            self.current = table.replace("_", " ")
            for record in rows:
                values = {
                    k: (
                        json.dumps(v)
                        if k in ("follow_ups", "completed")
                        else int(v)
                        if k == "paused"
                        else v
                    )
                    for k, v in record.items()
                }
                if table == "user_prompts" and values["follow_ups"] == "null":
                    values["follow_ups"] = "[]"
                if table == "program_progress" and values["completed"] == "null":
                    values["completed"] = "[]"
                conn.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(values)})"
                    f" VALUES ({', '.join('?' * len(values))})",
                    tuple(values.values()),
                )


def _tag_id(conn: Connection, name: str) -> int | None:
    clean = normalise_tag(name)
    if not clean:
        return None
    conn.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (clean,))
    return int(conn.execute("SELECT id FROM tags WHERE name = ?", (clean,)).fetchone()[0])


def _insert_memory(conn: Connection, rec: dict[str, Any]) -> None:
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
    for name in rec.get("tags", []):
        tag_id = _tag_id(conn, name)
        if tag_id is not None:
            conn.execute(
                "INSERT OR IGNORE INTO memory_tags (memory_id, tag_id) VALUES (?, ?)",
                (rec["id"], tag_id),
            )
    index_memory(conn, rec["id"], new=True)
