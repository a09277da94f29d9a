"""Blur until I choose to look, and the photo pinned as the younger me.

Which photos are blurred: memory photos by default, entry photos only if the person turns it on;
one photo's own choice ("always show", "blur until I look") wins over both. The choices and the
pinned photo are journal settings (encrypted with the journal); the photo itself is an
attachment like any other, so nothing is ever written outside the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from innerchild_desktop.domain.settings import (
    BLUR_ENTRY_PHOTOS,
    BLUR_MEMORY_PHOTOS,
    PHOTO_BLUR_CHOICES,
    YOUNGER_ME_PHOTO,
)
from innerchild_desktop.services.attachments import forget_unused
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store.attachments import MAX_ATTACHMENT_BYTES
from innerchild_desktop.store.settings import set_setting

__all__ = ["MAX_ATTACHMENT_BYTES", "JournalPhoto", "PhotoBlur", "blurred_by_default"]

PhotoKind = Literal["entry", "memory"]
Choice = Literal["show", "blur"]


@dataclass(frozen=True)
class JournalPhoto:
    id: str
    filename: str
    kind: PhotoKind


def blurred_by_default(kind: PhotoKind, *, entries: bool, memories: bool) -> bool:
    return memories if kind == "memory" else entries


class PhotoBlur:
    """The person's blur choices and the younger-me photo, over an open journal."""

    def __init__(self, service: JournalService) -> None:
        self.service = service

    # --- blur -------------------------------------------------------------------------------
    def is_blurred(self, attachment_id: str, kind: PhotoKind) -> bool:
        choice = self.choice(attachment_id)
        if choice is not None:
            return choice == "blur"
        return blurred_by_default(
            kind,
            entries=self.service.setting(BLUR_ENTRY_PHOTOS),
            memories=self.service.setting(BLUR_MEMORY_PHOTOS),
        )

    def choice(self, attachment_id: str) -> Choice | None:
        found = self.service.setting(PHOTO_BLUR_CHOICES).get(attachment_id)
        return found if found in ("show", "blur") else None

    def set_choice(self, attachment_id: str, choice: Choice | None) -> None:
        """Remember one photo's choice ("show" always, "blur" until I look), or forget it."""
        choices = dict(self.service.setting(PHOTO_BLUR_CHOICES))
        if choice is None:
            choices.pop(attachment_id, None)
        else:
            choices[attachment_id] = choice
        self.service.set_setting(PHOTO_BLUR_CHOICES, choices)

    def defaults(self) -> tuple[bool, bool]:
        """(entry photos blurred, memory photos blurred)."""
        return self.service.setting(BLUR_ENTRY_PHOTOS), self.service.setting(BLUR_MEMORY_PHOTOS)

    def set_defaults(self, *, entries: bool, memories: bool) -> None:
        self.service.set_setting(BLUR_ENTRY_PHOTOS, bool(entries))
        self.service.set_setting(BLUR_MEMORY_PHOTOS, bool(memories))

    # --- the younger me ---------------------------------------------------------------------
    def younger_me(self) -> str | None:
        """The pinned photo's attachment id, if one is pinned and still in the journal."""
        ident = self.service.setting(YOUNGER_ME_PHOTO)
        if ident and self.service.photo(ident, thumbnail=True) is not None:
            return ident
        return None

    def younger_me_blurred(self) -> bool:
        """The pinned photo is blurred as a memory photo is, unless it has its own choice."""
        ident = self.younger_me()
        return ident is not None and self.is_blurred(ident, "memory")

    def pin(self, attachment_id: str) -> None:
        """Pin a photo of the journal; one that was kept only as the younger me before (from
        a file, in no entry or memory, not in the comfort box) leaves the journal with it."""
        if self.service.photo(attachment_id, thumbnail=True) is None:
            raise KeyError(attachment_id)
        self._set_pin(attachment_id)

    def _set_pin(self, attachment_id: str | None) -> None:
        before = self.service.setting(YOUNGER_ME_PHOTO)
        with self.service.journal.transaction() as conn:
            set_setting(conn, YOUNGER_ME_PHOTO, attachment_id)
            if before and before != attachment_id:
                forget_unused(conn, [before])

    def pin_new(self, data: bytes, *, filename: str, thumbnail: bytes | None) -> str:
        """Keep a picture from a file inside the journal (the usual size and type checks:
        InvalidInput in words) and pin it."""
        with self.service.journal.transaction() as conn:
            ident = attachment_store.add_attachment(
                conn, data, filename=filename, thumbnail=thumbnail
            )
        self.pin(ident)
        return ident

    def unpin(self) -> None:
        self._set_pin(None)

    def journal_photos(self) -> list[JournalPhoto]:
        """Every photo kept with an entry or a memory, to choose the younger me from."""
        return [
            JournalPhoto(a.id, a.filename, "memory" if a.memory_id else "entry")
            for a in attachment_store.list_attachments(self.service.journal.conn)
            if a.mime.startswith("image/") and (a.entry_id or a.memory_id)
        ]
