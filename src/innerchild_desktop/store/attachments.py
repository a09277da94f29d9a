"""Photos and other attachments, stored as BLOBs inside the encrypted database.

Nothing is ever copied to disk in the clear: the preview asks for ``attachment:<id>`` and the
bytes come straight from here. Thumbnails are made by the caller (the UI has QImage; the store
stays Qt-free) and stored beside the original.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.entries import now_utc
from innerchild_desktop.store.vault import DatabaseError

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
_MB = 1024 * 1024


def check_size(size: int, filename: str = "") -> None:
    """The one size limit for every kind of attachment (photo, drawing, voice note, comfort-box
    and younger-me picture): :class:`InvalidInput` in a sentence naming the limit. Callers with
    a file check its ``stat`` size here before reading it (services/attachments.py)."""
    if size <= MAX_ATTACHMENT_BYTES:
        return
    megabytes = math.ceil(size / _MB)
    limit = MAX_ATTACHMENT_BYTES // _MB
    if filename:
        words = translate(
            "store.attachments",
            "{name} is {size} MB; the journal keeps files of up to {limit} MB each, "
            "so it was not added.",
        )
    else:
        words = translate(
            "store.attachments",
            "That file is {size} MB; the journal keeps files of up to {limit} MB each, "
            "so it was not added.",
        )
    raise InvalidInput(words.format(name=filename, size=megabytes, limit=limit))


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
    check_size(len(data), filename)
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
    check_size(len(data))
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


@dataclass(frozen=True)
class Kept:
    """One attachment row whole, as deleted: enough to put it back (an undo)."""

    id: str
    entry_id: str | None
    memory_id: str | None
    filename: str
    mime: str
    sha256: str
    data: bytes
    thumbnail: bytes | None
    created_at: str


_KEPT_COLUMNS = "id, entry_id, memory_id, filename, mime, sha256, data, thumbnail, created_at"


def take_unowned(conn: Connection, attachment_id: str) -> Kept | None:
    """Delete an attachment that belongs to no entry or memory, returning it whole; None (and
    nothing deleted) when it belongs to one or is not here."""
    row = conn.execute(
        f"SELECT {_KEPT_COLUMNS} FROM attachments"
        " WHERE id = ? AND entry_id IS NULL AND memory_id IS NULL",
        (attachment_id,),
    ).fetchone()
    if row is None:
        return None
    conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
    ident, entry_id, memory_id, filename, mime, sha256, data, thumbnail, created_at = row
    small = bytes(thumbnail) if thumbnail is not None else None
    return Kept(
        str(ident),
        entry_id,
        memory_id,
        str(filename),
        str(mime),
        str(sha256),
        bytes(data),
        small,
        str(created_at),
    )


def put_back(conn: Connection, kept: Kept) -> None:
    """An attachment taken by :func:`take_unowned`, again (nothing if its id is back already)."""
    conn.execute(
        f"INSERT OR IGNORE INTO attachments ({_KEPT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            kept.id,
            kept.entry_id,
            kept.memory_id,
            kept.filename,
            kept.mime,
            kept.sha256,
            kept.data,
            kept.thumbnail,
            kept.created_at,
        ),
    )


def existing(conn: Connection, attachment_ids: set[str]) -> set[str]:
    """Those of ``attachment_ids`` still in the journal."""
    ids = sorted(i for i in attachment_ids if i)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            str(r[0])
            for r in conn.execute(f"SELECT id FROM attachments WHERE id IN ({marks})", chunk)
        )
    return found


@dataclass(frozen=True)
class Scanned:
    """What ``verify`` needs of one attachment without reading it whole: its first and last
    bytes, its size, and whether the entry or memory it names is there."""

    id: str
    owner: str  # "entry", "memory" or "" (the comfort box or the younger-me card)
    owner_missing: bool
    mime: str
    size: int
    head: bytes
    tail: bytes
    unreadable: bool = False


def scan(conn: Connection) -> Iterator[Scanned]:
    """Every attachment, a few bytes at a time (a damaged row is reported, not raised)."""
    ids = [str(r[0]) for r in conn.execute("SELECT id FROM attachments ORDER BY created_at, id")]
    for ident in ids:
        try:
            row = conn.execute(
                "SELECT a.entry_id, a.memory_id, a.mime, length(a.data), substr(a.data, 1, 64),"
                " substr(a.data, -16),"
                " a.entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entries e"
                "   WHERE e.id = a.entry_id),"
                " a.memory_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM memories m"
                "   WHERE m.id = a.memory_id)"
                " FROM attachments a WHERE a.id = ?",
                (ident,),
            ).fetchone()
        except DatabaseError:
            yield Scanned(ident, "", False, "", 0, b"", b"", unreadable=True)
            continue
        if row is None:
            continue
        entry_id, memory_id, mime, size, head, tail, no_entry, no_memory = row
        owner = "entry" if entry_id else "memory" if memory_id else ""
        yield Scanned(
            ident,
            owner,
            bool(no_entry or no_memory),
            str(mime),
            int(size or 0),
            bytes(head or b""),
            bytes(tail or b""),
        )
