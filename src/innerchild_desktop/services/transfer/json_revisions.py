"""Entries' history (earlier versions) in Inner Child's own JSON export.

Only the complete copy carries it, as ``"entry_revisions"``: one record per revision with
``entry_id``, ``seq`` (its number, kept on import), ``saved_at``, ``kept_at``, ``origin``,
``title`` and ``body``. The key is optional and older readers of format version 1 skip keys they
do not know, so the export's version stays 1: a file without it imports as before, and an older
app reading a newer file keeps every entry's current text (without its history). A chosen
export (for a therapist, say) and the Markdown and HTML exports never include the history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.transfer.json_checks import Check, doc_list
from innerchild_desktop.store import revisions as revision_store
from innerchild_desktop.store.connection import Connection

KEY = "entry_revisions"


def _stamp(check: Check, rec: dict[str, Any], key: str, where: str) -> str:
    value: str = check.text(rec, key, where)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise check.fail(
            where,
            translate(
                "services.transfer.json_revisions",
                '"{key}" must be a date and time',
            ).format(key=key),
        ) from exc
    if parsed.tzinfo is None:
        raise check.fail(
            where,
            translate(
                "services.transfer.json_revisions",
                '"{key}" must say its time zone (like +00:00)',
            ).format(key=key),
        )
    return value


def checked_records(check: Check, document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every revision record of ``document``, checked (InvalidInput names the first bad one)."""
    records: list[dict[str, Any]] = []
    for number, raw in enumerate(doc_list(check, document, KEY), 1):
        where = f"entry revision {number}"
        rec = check.obj(raw, where)
        check.text(rec, "entry_id", where)
        if rec.get("seq") is None:
            raise check.fail(
                where,
                translate(
                    "services.transfer.json_revisions",
                    '"seq" is missing',
                ),
            )
        check.integer(rec, "seq", where, 1, 2**62)
        saved_at = _stamp(check, rec, "saved_at", where)
        kept_at = _stamp(check, rec, "kept_at", where) if rec.get("kept_at") else saved_at
        check.text(rec, "origin", where, optional=True)
        records.append(
            {
                "entry_id": rec["entry_id"],
                "seq": rec["seq"],
                "saved_at": saved_at,
                "kept_at": kept_at,
                "origin": rec.get("origin"),
                "title": check.text(rec, "title", where),
                "body": check.text(rec, "body", where),
            }
        )
    return records


def write_records(conn: Connection, records: list[dict[str, Any]]) -> int:
    """Put the checked revisions back (inside the import's transaction); those whose entry is not
    in the journal, or already there under the same number, are left out. Returns how many."""
    return sum(revision_store.insert_revision_record(conn, rec) for rec in records)
