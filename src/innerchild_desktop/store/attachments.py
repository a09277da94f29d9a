"""Photos and other attachments, stored as BLOBs inside the encrypted database.

Nothing is ever copied to disk in the clear: the preview asks for ``attachment:<id>`` and the
bytes come straight from here. Thumbnails are made by the caller (the UI has QImage; the store
stays Qt-free) and stored beside the original.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.entries import now_utc

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    entry_id: str | None
    memory_id: str | None
    filename: str
    mime: str
    sha256: str
    size: int


def sniff_mime(data: bytes) -> str | None:
    """The image type from the file's first bytes (never trust a file name)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    return None


def check_image(data: bytes, filename: str = "") -> str:
    """The image's type, or :class:`InvalidInput` in words if it cannot be kept and shown."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            f"{filename or 'That file'} is larger than 50 MB, too large to keep inside the journal."
        )
    mime = sniff_mime(data)
    if mime is None:
        raise InvalidInput(
            f"{filename or 'That file'} is not a photo Inner Child can show "
            "(JPEG, PNG, GIF, WebP or HEIC)."
        )
    return mime


def sniff_audio(data: bytes) -> str | None:
    """A voice note's type from its first bytes: FLAC, or WAV (services/voice.py's fallback)."""
    if data.startswith(b"fLaC"):
        return "audio/flac"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    return None


def check_audio(data: bytes) -> str:
    """The voice note's type, or :class:`InvalidInput` in words if it cannot be kept."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("That voice note is larger than 50 MB, too large to keep.")
    mime = sniff_audio(data)
    if mime is None:
        raise InvalidInput("That voice note could not be kept: it is not FLAC or WAV sound.")
    return mime


def add_attachment(
    conn: Connection,
    data: bytes,
    *,
    filename: str = "",
    entry_id: str | None = None,
    memory_id: str | None = None,
    thumbnail: bytes | None = None,
    attachment_id: str | None = None,
    audio: bool = False,
) -> str:
    """Store an image (or, with ``audio``, a voice note) inside the caller's transaction.
    Same bytes on the same owner: reused."""
    mime = check_audio(data) if audio else check_image(data, filename)
    digest = hashlib.sha256(data).hexdigest()
    existing = conn.execute(
        "SELECT id FROM attachments WHERE sha256 = ? AND entry_id IS ? AND memory_id IS ?",
        (digest, entry_id, memory_id),
    ).fetchone()
    if existing:
        return str(existing[0])
    attachment_id = attachment_id or str(uuid.uuid4())
    conn.execute(
        "INSERT INTO attachments (id, entry_id, memory_id, filename, mime, sha256, data,"
        " thumbnail, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (attachment_id, entry_id, memory_id, filename, mime, digest, data, thumbnail, now_utc()),
    )
    return attachment_id


def attachment_bytes(
    conn: Connection, attachment_id: str, *, thumbnail: bool = False
) -> tuple[str, bytes] | None:
    column = "coalesce(thumbnail, data)" if thumbnail else "data"
    row = conn.execute(
        f"SELECT mime, {column} FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    return (str(row[0]), bytes(row[1])) if row else None


def list_attachments(
    conn: Connection, *, entry_id: str | None = None, memory_id: str | None = None
) -> list[AttachmentInfo]:
    rows = conn.execute(
        "SELECT id, entry_id, memory_id, filename, mime, sha256, length(data) FROM attachments"
        " WHERE (? IS NULL OR entry_id = ?) AND (? IS NULL OR memory_id = ?)"
        " ORDER BY created_at",
        (entry_id, entry_id, memory_id, memory_id),
    ).fetchall()
    return [AttachmentInfo(*r) for r in rows]
