"""Writing parsed drafts into the journal: one transaction, no duplicates, photos encrypted.

Parsers read and check the *whole* source first (so a mistake on the last line is found before
anything is written); only then does this module open one ``BEGIN IMMEDIATE`` transaction.
Any error or a cancel inside it rolls everything back.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from innerchild_desktop.domain.entries import EntryKind, check_entry_fields
from innerchild_desktop.domain.errors import InnerChildError, InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.render.markdown import is_attachment_id
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    Draft,
    ImportSummary,
    ProgressFn,
    nothing_imported,
    tick,
    utc_iso,
)
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store.bulk_write import (
    TagIds,
    existing_source_ids,
    insert_entry_row,
    replace_body,
)
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.entries import local_zone
from innerchild_desktop.store.vault import DatabaseError


def write_drafts(
    journal: OpenJournal | JournalView,
    drafts: Sequence[Draft],
    summary: ImportSummary,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportSummary:
    total = len(drafts)
    tick(progress, cancel, 0, total)
    _check_free_space(journal, drafts)
    added = already = photos = 0
    with journal.transaction() as conn:
        seen: dict[str, set[str]] = {}
        tag_ids = TagIds(conn)
        for done, draft in enumerate(drafts, start=1):
            known = seen.get(draft.source)
            if known is None:  # one query per source, not per draft
                known = seen[draft.source] = existing_source_ids(conn, draft.source)
            if draft.source_id in known:
                already += 1
            else:
                known.add(draft.source_id)
                photos += _write_one(conn, draft, tag_ids)
                added += 1
            if done % 50 == 0 or done == total:
                tick(progress, cancel, done, total)
    summary.added += added
    summary.already_present += already
    summary.photos_added += photos
    return summary


# SQLite writes each page to the write-ahead log and then to the database: room for twice the
# imported bytes, plus a margin so the journal can still be written to afterwards.
_SPACE_FACTOR = 2
_SPACE_MARGIN = 16 * 1024 * 1024


def _check_free_space(journal: OpenJournal | JournalView, drafts: Sequence[Draft]) -> None:
    """Refuse, before anything is written, an import the journal's drive has no room for."""
    payload = sum(
        len(d.body) + len(d.title) + sum(p.size for p in d.photos) for d in drafts
    )  # characters: a fair lower bound for the UTF-8 bytes
    needed = _SPACE_FACTOR * payload + _SPACE_MARGIN
    try:
        free = shutil.disk_usage(journal.paths.root).free
    except OSError:
        return  # cannot tell: SQLite's own "disk full" still rolls everything back
    if needed > free:
        mib = 1024 * 1024
        raise InvalidInput(
            translate(
                "services.transfer.writer",
                "This import needs about {needed} MiB but the journal's drive has only "
                "{free} MiB free. Make room there and try again. {nothing}",
            ).format(
                needed=f"{needed // mib:,}", free=f"{free // mib:,}", nothing=nothing_imported()
            )
        )


def _row(draft: Draft, entry_id: str) -> tuple[Any, ...]:
    """The entries row of a draft (``bulk_write.ENTRY_ROW`` order)."""
    created = draft.created_at or utc_iso(datetime.combine(draft.entry_date, time(12)))
    mood = draft.mood
    return (
        entry_id,
        created,
        draft.updated_at or created,
        draft.tz or local_zone(),
        draft.entry_date.isoformat(),
        draft.title,
        draft.body,
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
    )


def _store_photos(conn: Connection, draft: Draft, entry_id: str) -> int:
    """The draft's photos, encrypted beside the entry; returns how many were new."""
    body = draft.body
    stored = 0
    for photo in draft.photos:
        if not is_attachment_id(photo.key):  # every import path: ids are never paths
            raise InvalidInput(
                translate(
                    "services.transfer.writer",
                    "a photo has an unusable id.",
                )
            )
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
        replace_body(conn, entry_id, body)
    return stored


def _write_one(conn: Connection, draft: Draft, tag_ids: TagIds) -> int:
    entry_id = str(uuid.uuid4())
    try:
        check_entry_fields(
            {
                "title": draft.title,
                "body": draft.body,
                "kind": EntryKind(draft.kind).value,
                "distress": draft.distress,
                "entry_date": draft.entry_date,
            }
        )
        insert_entry_row(conn, _row(draft, entry_id), draft.tags, tag_ids)
        return _store_photos(conn, draft, entry_id)
    except InnerChildError as exc:
        raise InvalidInput(
            translate("services.transfer.writer", "{where}: {problem} {nothing}").format(
                where=draft.where, problem=exc, nothing=nothing_imported()
            )
        ) from exc
    except DatabaseError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.writer",
                "{where} could not be saved ({exc}). {nothing}",
            ).format(where=draft.where, exc=exc, nothing=nothing_imported())
        ) from exc
    except OSError as exc:  # a photo's file went away or became unreadable since it was checked
        raise InvalidInput(
            translate(
                "services.transfer.writer",
                "{where}: a photo could not be read ({strerror}). {nothing}",
            ).format(where=draft.where, strerror=exc.strerror, nothing=nothing_imported())
        ) from exc
