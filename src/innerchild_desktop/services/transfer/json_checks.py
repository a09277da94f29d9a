"""Checking Inner Child's own JSON export (json_format.py) before anything is written.

Every record is checked and named in the error ("entry 3 (id …): "title" must be text");
json_import.py writes only a document that passed.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.render.markdown import is_attachment_id
from innerchild_desktop.services.transfer.common import SkippedItem, check_size, nothing_imported
from innerchild_desktop.services.transfer.json_format import (
    PACK_COLUMNS,
    PROGRESS_COLUMNS,
    STAGE_COLUMNS,
    USER_PROMPT_COLUMNS,
)
from innerchild_desktop.store.attachments import MAX_ATTACHMENT_BYTES, sniff_audio, sniff_mime


class Check:
    """Field checks that name the record: "entry 3 (id …): "title" must be text"."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, problem: str) -> InvalidInput:
        return InvalidInput(
            translate(
                "services.transfer.json_checks", "{label}, {where}: {problem}. {nothing}"
            ).format(label=self.label, where=where, problem=problem, nothing=nothing_imported())
        )

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    "is not an object",
                ),
            )
        return value

    def text(self, rec: dict[str, Any], key: str, where: str, *, optional: bool = False) -> Any:
        value = rec.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"{key}" must be text',
                ).format(key=key),
            )
        return value

    def integer(self, rec: dict[str, Any], key: str, where: str, lo: int, hi: int) -> Any:
        value = rec.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise self.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"{key}" must be a whole number from {lo} to {hi}',
                ).format(key=key, lo=lo, hi=hi),
            )
        return value

    def number(self, rec: dict[str, Any], key: str, where: str) -> Any:
        value = rec.get(key)
        if value is None:
            return None
        # A time in years: anything beyond a billion (or NaN) fits no column and means nothing.
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not -1e9 <= value <= 1e9
        ):
            raise self.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"{key}" must be a number',
                ).format(key=key),
            )
        return float(value) if isinstance(value, float) else value

    def flag(self, rec: dict[str, Any], key: str, where: str) -> bool:
        """A true/false field; a missing one is false (and written so, for the store)."""
        value = rec.setdefault(key, False)
        if not isinstance(value, bool):
            raise self.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"{key}" must be true or false',
                ).format(key=key),
            )
        return value

    def words(self, rec: dict[str, Any], key: str, where: str) -> list[str]:
        value = rec.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"{key}" must be a list of text',
                ).format(key=key),
            )
        return value

    def day(self, rec: dict[str, Any], key: str, where: str) -> str:
        value: str = self.text(rec, key, where)
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise self.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"{key}" must be a date like 2024-05-17',
                ).format(key=key),
            ) from exc
        return value


def doc_list(check: Check, document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise check.fail(
            f'"{key}"',
            translate(
                "services.transfer.json_checks",
                "must be a list",
            ),
        )
    return value


class CheckedExport:
    """The whole document, checked, before a single row is written."""

    def __init__(self, check: Check, doc: dict[str, Any]) -> None:
        self.check = check
        self.current = "the start"
        self.skipped: list[SkippedItem] = []
        self.tags = [t for t in doc_list(check, doc, "tags") if isinstance(t, str)]
        self.entries = [
            self._entry(i, raw) for i, raw in enumerate(doc_list(check, doc, "entries"), 1)
        ]
        self.memories = [
            self._memory(i, raw) for i, raw in enumerate(doc_list(check, doc, "memories"), 1)
        ]
        self.links = []
        for i, pair in enumerate(doc_list(check, doc, "entry_memories"), 1):
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
            ):
                raise check.fail(
                    f"link {i}",
                    translate(
                        "services.transfer.json_checks",
                        "must be [entry id, memory id]",
                    ),
                )
            self.links.append(pair)
        self.attachments = [
            self._attachment(i, raw) for i, raw in enumerate(doc_list(check, doc, "attachments"), 1)
        ]
        self.sessions = [
            self._session(i, raw) for i, raw in enumerate(doc_list(check, doc, "sessions"), 1)
        ]
        settings = doc.get("settings", {})
        if not isinstance(settings, dict):
            raise check.fail(
                '"settings"',
                translate(
                    "services.transfer.json_checks",
                    "must be an object",
                ),
            )
        self.settings = settings
        self.events = [
            self._event(i, raw) for i, raw in enumerate(doc_list(check, doc, "prompt_events"), 1)
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
            raise c.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"source" and "source_id" go together',
                ),
            )
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
            raise c.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"id" must be 1 to 64 letters, digits, "-" or "_"',
                ),
            )
        where = f"attachment {number} (id {ident[:36]})"
        for key in ("filename", "mime", "sha256", "created_at", "data"):
            c.text(rec, key, where)
        owner_e = c.text(rec, "entry_id", where, optional=True)
        owner_m = c.text(rec, "memory_id", where, optional=True)
        if owner_e is None and owner_m is None:
            raise c.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    "belongs to no entry or memory",
                ),
            )
        try:
            data = base64.b64decode(rec["data"], validate=True)
            thumb = rec.get("thumbnail")
            thumbnail = None if thumb is None else base64.b64decode(thumb, validate=True)
        except (ValueError, TypeError) as exc:  # binascii.Error, or text that is not ASCII
            raise c.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    '"data" is not base64',
                ),
            ) from exc
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise c.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    "is larger than 50 MB",
                ),
            )
        mime = sniff_mime(data) or sniff_audio(data)  # from the bytes, never the "mime" text
        if mime is None:
            raise c.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    "is not a photo (JPEG, PNG, GIF, WebP or HEIC) or a voice note",
                ),
            )
        if hashlib.sha256(data).hexdigest() != rec["sha256"]:
            raise c.fail(
                where,
                translate(
                    "services.transfer.json_checks",
                    "does not match its checksum (the file may be damaged)",
                ),
            )
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
        for number, raw in enumerate(doc_list(self.check, doc, key), 1):
            where = f"{key.replace('_', ' ')} {number}"
            rec = self.check.obj(raw, where)
            for name in required:
                if rec.get(name) is None:
                    raise self.check.fail(
                        where,
                        translate(
                            "services.transfer.json_checks",
                            '"{name}" is missing',
                        ).format(name=name),
                    )
            row = {col: rec.get(col) for col in columns}
            if "paused" in columns:  # program progress: missing means not paused
                row["paused"] = self.check.flag(rec, "paused", where)
            rows.append(row)
        return rows
