"""One door for attachments of every kind: photos in entries and memories, drawings, voice notes,
comfort-box pictures and voice notes, and the younger-me photo. All of them are rows of the
encrypted ``attachments`` table (store/attachments.py), under one size limit.

- :func:`read_file` reads a file the person chose, its size checked from ``stat`` *before* a
  byte is read (a 200 MB file gets a sentence at once; nothing is pulled into memory).
- :func:`forget_unused` deletes pictures and voice notes that belong to no entry or memory once
  nothing points to them any more (removed from the comfort box, unpinned as the younger me).
- :func:`forget_dangling` clears what pointed at attachments deleted with their entry or memory
  (comfort-box items, the younger-me pin, blur choices), in the deleting transaction.
- :func:`check_all` is ``innerchild verify``'s look at every attachment.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from innerchild_desktop.domain.comfort import ComfortBox
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.settings import COMFORT_BOX, PHOTO_BLUR_CHOICES, YOUNGER_ME_PHOTO
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store.attachments import MAX_ATTACHMENT_BYTES, check_size
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.settings import get_setting, set_setting

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "Problem",
    "check_all",
    "forget_dangling",
    "forget_unused",
    "read_file",
    "referenced",
]


def read_file(path: Path) -> bytes:
    """A chosen file's bytes, or :class:`InvalidInput` in a sentence (too large, unreadable).

    The size comes from ``stat`` first; the read itself stops one byte past the limit, so a
    file that grows while it is read is refused too, never read whole."""
    name = path.name
    try:
        size = path.stat().st_size
        check_size(size, name)
        with path.open("rb") as handle:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError:
        raise InvalidInput(
            translate("services.attachments", "Couldn't read {name}.").format(name=name)
        ) from None
    check_size(len(data), name)
    return data


def referenced(conn: Connection) -> set[str]:
    """Attachments something other than their entry or memory points to: the comfort box's
    photos and voice notes, and the younger-me photo."""
    box = ComfortBox.from_json(get_setting(conn, COMFORT_BOX))
    ids = {item.attachment_id for item in box.items if item.attachment_id}
    pinned = get_setting(conn, YOUNGER_ME_PHOTO)
    if pinned:
        ids.add(pinned)
    return ids


def forget_unused(conn: Connection, candidates: Iterable[str]) -> list[attachment_store.Kept]:
    """Delete, inside the caller's transaction, those of ``candidates`` that belong to no entry
    or memory and that nothing points to any more; returns them whole (for an undo)."""
    still = referenced(conn)
    gone = []
    for ident in candidates:
        if ident in still:
            continue
        kept = attachment_store.take_unowned(conn, ident)
        if kept is not None:
            gone.append(kept)
    if gone:
        _drop_blur_choices(conn, {k.id for k in gone})
    return gone


def forget_dangling(conn: Connection) -> None:
    """After entries or memories were deleted for good (their attachments with them, by the
    schema's cascade): drop the comfort-box items, the younger-me pin and the blur choices that
    pointed at attachments no longer in the journal. Inside the caller's transaction."""
    box = ComfortBox.from_json(get_setting(conn, COMFORT_BOX))
    wanted = {i.attachment_id for i in box.items if i.attachment_id}
    pinned = get_setting(conn, YOUNGER_ME_PHOTO)
    choices = get_setting(conn, PHOTO_BLUR_CHOICES)
    present = attachment_store.existing(conn, wanted | {pinned or ""} | set(choices))
    for item in box.items:
        if item.attachment_id and item.attachment_id not in present:
            box = box.removed(item.id)
    if len(box.items) != len(ComfortBox.from_json(get_setting(conn, COMFORT_BOX)).items):
        set_setting(conn, COMFORT_BOX, box.to_json())
    if pinned and pinned not in present:
        set_setting(conn, YOUNGER_ME_PHOTO, None)
    _drop_blur_choices(conn, set(choices) - present)


def _drop_blur_choices(conn: Connection, ids: set[str]) -> None:
    choices = get_setting(conn, PHOTO_BLUR_CHOICES)
    if ids & set(choices):
        set_setting(conn, PHOTO_BLUR_CHOICES, {k: v for k, v in choices.items() if k not in ids})


@dataclass(frozen=True)
class Problem:
    """One attachment ``verify`` found wrong: its id (for ``--json``) and a sentence that names
    no content, no title and no file name."""

    attachment_id: str
    sentence: str


def check_all(conn: Connection) -> list[Problem]:
    """Every attachment checked without reading it whole: readable, its bytes what its type
    says (PNG, JPEG, GIF, WebP, HEIC, WAV, FLAC), within the size limit, and something it
    belongs to (an entry, a memory, the comfort box or the younger-me card)."""
    used = referenced(conn)
    found = []
    for item in attachment_store.scan(conn):
        words = _problem(item, used)
        if words:
            found.append(Problem(item.id, words))
    return found


def _problem(item: attachment_store.Scanned, used: set[str]) -> str:
    if item.unreadable:
        return translate(
            "services.attachments",
            "An attachment could not be read: the journal file is damaged there.",
        )
    if item.owner_missing:
        which = "orphaned"
    elif not item.owner and item.id not in used:
        which = "unused"
    elif item.size == 0:
        which = "empty"
    elif item.size > MAX_ATTACHMENT_BYTES:
        which = "large"
    elif not _decodes_as(item):
        which = "damaged"
    else:
        return ""
    # Whole sentences, one per kind (nouns agree with their verbs in other languages); the
    # place is a phrase on its own.
    sound = item.mime.startswith("audio/")
    words = _voice_sentences()[which] if sound else _picture_sentences()[which]
    return words.format(
        where=_place(item.owner),
        limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        kind=_KIND_NAMES.get(item.mime, item.mime),
    )


def _place(owner: str) -> str:
    if owner == "entry":
        return translate("services.attachments", "in an entry")
    if owner == "memory":
        return translate("services.attachments", "with a memory")
    return translate("services.attachments", "in the comfort box or on the younger-me card")


def _picture_sentences() -> dict[str, str]:
    return {
        "orphaned": translate(
            "services.attachments",
            "A picture belongs to an entry or memory no longer in the journal.",
        ),
        "unused": translate(
            "services.attachments",
            "A picture belongs to nothing any more (not in the comfort box or on the card).",
        ),
        "empty": translate("services.attachments", "A picture {where} is empty."),
        "large": translate(
            "services.attachments", "A picture {where} is larger than the {limit} MB limit."
        ),
        "damaged": translate(
            "services.attachments",
            "A picture {where} is damaged: it is not the {kind} it should be.",
        ),
    }


def _voice_sentences() -> dict[str, str]:
    return {
        "orphaned": translate(
            "services.attachments",
            "A voice note belongs to an entry or memory no longer in the journal.",
        ),
        "unused": translate(
            "services.attachments",
            "A voice note belongs to nothing any more (not in the comfort box or on the card).",
        ),
        "empty": translate("services.attachments", "A voice note {where} is empty."),
        "large": translate(
            "services.attachments", "A voice note {where} is larger than the {limit} MB limit."
        ),
        "damaged": translate(
            "services.attachments",
            "A voice note {where} is damaged: it is not the {kind} it should be.",
        ),
    }


_KIND_NAMES = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/gif": "GIF",
    "image/webp": "WebP",
    "image/heic": "HEIC",
    "audio/wav": "WAV",
    "audio/flac": "FLAC",
}
_PNG_END = b"IEND\xaeB`\x82"


def _decodes_as(item: attachment_store.Scanned) -> bool:
    """Its first (and, for PNG, last) bytes are what its type says; a WAV's header is whole."""
    if item.mime.startswith("image/"):
        if attachment_store.sniff_mime(item.head) != item.mime:
            return False
        return item.mime != "image/png" or item.tail.endswith(_PNG_END)
    if attachment_store.sniff_audio(item.head) != item.mime:
        return False
    if item.mime == "audio/flac":  # "fLaC", then the STREAMINFO block (type 0, 34 bytes)
        return len(item.head) >= 8 and item.head[4] & 0x7F == 0 and item.head[5:8] == b"\0\0\x22"
    return _wav_whole(item.head, item.size)


def _wav_whole(head: bytes, size: int) -> bool:
    try:
        with wave.open(io.BytesIO(head), "rb") as wav:
            frames = wav.getnframes() * wav.getsampwidth() * wav.getnchannels()
            rate = wav.getframerate()
    except (wave.Error, EOFError):
        return False
    return rate > 0 and frames <= size
