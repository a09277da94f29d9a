"""Writing parsed drafts into the journal: one transaction, no duplicates, photos encrypted.

Parsers read and check the *whole* source first (so a mistake on the last line is found before
anything is written); only then does this module open one ``BEGIN IMMEDIATE`` transaction.
Any error or a cancel inside it rolls everything back.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.errors import InnerChildError, InvalidInput
from innerchild_desktop.render.markdown import is_attachment_id
from innerchild_desktop.services.transfer.common import (
    NOTHING_IMPORTED,
    CancelFn,
    Draft,
    ImportSummary,
    ProgressFn,
    tick,
    utc_iso,
)
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store.entries import set_tags
from innerchild_desktop.store.fts import index_entry
from innerchild_desktop.store.vault import DatabaseError, Journal

Connection = Any

_INSERT = (
    "INSERT INTO entries (id, created_at, updated_at, tz, entry_date, title, body, kind, mood,"
    " valence, energy, distress, prompt_id, prompt_text, reply_to, heavy, starred, source,"
    " source_id, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _local_zone() -> str:
    """The zone store/entries.py records for entries written here and now."""
    return str(datetime.now().astimezone().tzinfo or "UTC")


def existing_source_ids(conn: Connection, source: str) -> set[str]:
    """Source ids already imported from ``source`` (trashed entries count: no resurrection)."""
    return {r[0] for r in conn.execute("SELECT source_id FROM entries WHERE source = ?", (source,))}


def insert_row(conn: Connection, row: Sequence[Any], tags: Sequence[str]) -> None:
    """Insert one full entries row (in ``_INSERT`` order), its tags and its index row."""
    conn.execute(_INSERT, tuple(row))
    if tags:
        set_tags(conn, row[0], tags, reindex=False)
    index_entry(conn, row[0], new=True)


def write_drafts(
    journal: Journal,
    drafts: Sequence[Draft],
    summary: ImportSummary,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportSummary:
    total = len(drafts)
    tick(progress, cancel, 0, total)
    added = already = photos = 0
    with journal.transaction() as conn:
        seen: dict[str, set[str]] = {}
        for done, draft in enumerate(drafts, start=1):
            known = seen.get(draft.source)
            if known is None:  # one query per source, not per draft
                known = seen[draft.source] = existing_source_ids(conn, draft.source)
            if draft.source_id in known:
                already += 1
            else:
                known.add(draft.source_id)
                photos += _write_one(conn, draft)
                added += 1
            if done % 50 == 0 or done == total:
                tick(progress, cancel, done, total)
    summary.added += added
    summary.already_present += already
    summary.photos_added += photos
    return summary


def _write_one(conn: Connection, draft: Draft) -> int:
    entry_id = str(uuid.uuid4())
    created = draft.created_at or utc_iso(datetime.combine(draft.entry_date, time(12)))
    mood = draft.mood
    body = draft.body
    try:
        insert_row(
            conn,
            (
                entry_id,
                created,
                draft.updated_at or created,
                draft.tz or _local_zone(),
                draft.entry_date.isoformat(),
                draft.title,
                body,
                EntryKind(draft.kind).value,
                mood.name if mood else None,
                mood.valence if mood else None,
                mood.energy if mood else None,
                draft.distress,
                None,
                None,
                None,
                int(draft.heavy),
                int(draft.starred),
                draft.source,
                draft.source_id,
                None,
            ),
            draft.tags,
        )
        stored = 0
        for photo in draft.photos:
            if not is_attachment_id(photo.key):  # every import path: ids are never paths
                raise InvalidInput("a photo has an unusable id.")
            got = attachment_store.add_attachment(
                conn,
                photo.load(),
                filename=photo.filename,
                entry_id=entry_id,
                attachment_id=photo.key,
            )
            if got != photo.key:  # the same picture twice in one entry: one copy, one id
                body = body.replace(f"attachment:{photo.key}", f"attachment:{got}")
            else:
                stored += 1
        if body != draft.body:
            conn.execute("UPDATE entries SET body = ? WHERE id = ?", (body, entry_id))
            index_entry(conn, entry_id)
    except InnerChildError as exc:
        raise InvalidInput(f"{draft.where}: {exc} {NOTHING_IMPORTED}") from exc
    except DatabaseError as exc:
        raise InvalidInput(f"{draft.where} could not be saved ({exc}). {NOTHING_IMPORTED}") from exc
    return stored
