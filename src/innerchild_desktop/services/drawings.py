"""Drawings in an entry: a PNG (made by the UI, in memory) whose strokes travel inside it
(domain.drawing), kept as an encrypted attachment like a photo. Nothing here opens a file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from innerchild_desktop.domain.drawing import Drawing, strokes_in_png
from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.store import attachments as attachment_store

if TYPE_CHECKING:
    from innerchild_desktop.services.journal import JournalService

FILENAME = "drawing.png"
ALT = "drawing"
_IMAGE_LINK = re.compile(r"!\[[^\]\n]*\]\(attachment:([0-9A-Za-z-]+)\)")


@dataclass(frozen=True)
class DrawingLink:
    """An image link in an entry's text: where it is, and the attachment it shows."""

    attachment_id: str
    start: int
    end: int


def link(attachment_id: str) -> str:
    return f"![{ALT}](attachment:{attachment_id})"


def link_at(text: str, position: int) -> DrawingLink | None:
    """The image link under ``position`` (or on its line, if just one there)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    found = [
        DrawingLink(m.group(1), line_start + m.start(), line_start + m.end())
        for m in _IMAGE_LINK.finditer(text[line_start:line_end])
    ]
    for hit in found:
        if hit.start <= position <= hit.end:
            return hit
    return found[0] if len(found) == 1 else None


def add_drawing(
    service: JournalService, png: bytes, *, entry_id: str, thumbnail: bytes | None = None
) -> str:
    """Keep a drawing's PNG with the entry; its id for ``attachment:<id>``."""
    if strokes_in_png(png) is None:
        raise InvalidInput(translate("services.drawings", "That picture holds no drawing."))
    with service.journal.transaction() as conn:
        return attachment_store.add_attachment(
            conn, png, filename=FILENAME, entry_id=entry_id, thumbnail=thumbnail
        )


def load_drawing(service: JournalService, attachment_id: str) -> Drawing | None:
    """The strokes of a kept drawing, to edit again; None when the attachment is a photo (or
    gone). A drawing whose strokes cannot be read raises :class:`InvalidInput`."""
    found = attachment_store.attachment_bytes(service.journal.conn, attachment_id)
    if found is None:
        return None
    return strokes_in_png(found[1])


def keep_in_entry(
    service: JournalService,
    png: bytes,
    *,
    entry_id: str | None,
    replacing: str | None = None,
    lead: str = "",
    thumbnail: bytes | None = None,
) -> tuple[str, str]:
    """Keep a drawing straight into the stored entry, when the editor can no longer take it (the
    journal is locking under an open drawing): its link replaces ``replacing``'s, or goes at
    the end after ``lead``; no entry yet makes one titled "Drawing". Returns (entry, drawing)."""
    if entry_id is None:
        entry_id = service.add_entry(NewEntry(title="Drawing"))
    drawing_id = add_drawing(service, png, entry_id=entry_id, thumbnail=thumbnail)
    entry = service.get_entry(entry_id)
    body = entry.body if entry is not None else ""
    old = f"(attachment:{replacing})" if replacing else ""
    if old and old in body:
        body = body.replace(old, f"(attachment:{drawing_id})", 1)
    else:
        addition = "\n\n".join(part for part in (lead, link(drawing_id)) if part)
        body = f"{body.rstrip()}\n\n{addition}\n" if body.strip() else f"{addition}\n"
    service.update_entry(entry_id, body=body)
    return entry_id, drawing_id
