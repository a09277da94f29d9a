"""Comfort box use cases: the person's box inside one open journal (encrypted), the locked copy
of the cards they chose to see while locked, and the things an item points to (a photo's bytes,
a voice note's sound, the entries a passage can come from)."""

from __future__ import annotations

from dataclasses import replace

from innerchild_desktop.domain.comfort import (
    MAX_PASSAGE_CHARS,
    ComfortBox,
    ComfortItem,
    Kind,
    card,
    clean_card,
    new_id,
)
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.settings import COMFORT_BOX
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.attachments import forget_unused
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.services.voice import Decoded, keep_voice_note, voice_note
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store import comfort_file
from innerchild_desktop.store.settings import get_setting, set_setting


class ComfortService:
    """The box of one open journal. Every change saves at once (and refreshes the locked copy);
    undo is saving the box as it was."""

    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal
        self.entries = JournalService(journal)
        self._taken: dict[str, attachment_store.Kept] = {}  # removed from the box, for undo

    def load(self) -> ComfortBox:
        return ComfortBox.from_json(get_setting(self.journal.conn, COMFORT_BOX))

    def save(self, box: ComfortBox) -> ComfortBox:
        with self.journal.transaction() as conn:
            set_setting(conn, COMFORT_BOX, box.to_json())
        comfort_file.write_locked_view(self.journal.paths.root, box)
        return box

    # --- changes (each returns the box as saved) ---------------------------------------------

    def add_card(self, text: str, *, show_while_locked: bool = False) -> ComfortBox:
        try:
            item = card(text, show_while_locked=show_while_locked)
        except ValueError as err:
            raise InvalidInput(str(err)) from None
        return self._add(item)

    def edit_card(self, item_id: str, text: str, *, show_while_locked: bool) -> ComfortBox:
        box = self.load()
        found = box.get(item_id)
        if found is None:
            return box
        try:
            if found.kind == "card":
                words = clean_card(text)
            elif found.kind == "passage":
                words = text.strip()[:MAX_PASSAGE_CHARS]
                if not words:
                    raise ValueError("A passage needs a few words.")
            else:
                words = " ".join(text.split())  # a caption may be empty
        except ValueError as err:
            raise InvalidInput(str(err)) from None
        locked = show_while_locked and found.lockable
        changed = replace(found, text=words, show_while_locked=locked)
        return self.save(box.replaced(changed).with_locked(item_id, show_while_locked))

    def add_photo(
        self, data: bytes, *, filename: str, thumbnail: bytes | None = None
    ) -> ComfortBox:
        """A new photo, kept encrypted in the journal (belonging to no entry)."""
        with self.journal.transaction() as conn:
            ident = attachment_store.add_attachment(
                conn, data, filename=filename, thumbnail=thumbnail
            )
        return self._add(ComfortItem(new_id(), "photo", "", attachment_id=ident))

    def add_attachment(self, attachment_id: str, *, caption: str = "") -> ComfortBox:
        """A photo or voice note already in the journal."""
        kind = self._kind_of(attachment_id)
        if kind is None:
            raise InvalidInput(
                translate(
                    "services.comfort", "That photo or voice note is no longer in the journal."
                )
            )
        return self._add(ComfortItem(new_id(), kind, caption.strip(), attachment_id=attachment_id))

    def record_voice(self, pcm: bytes, *, caption: str = "") -> ComfortBox:
        """A new voice note (PCM from the recorder), compressed and kept encrypted."""
        note = keep_voice_note(self.entries, pcm)
        return self._add(
            ComfortItem(new_id(), "voice", caption.strip(), attachment_id=note.attachment_id)
        )

    def add_passage(self, text: str, *, entry_id: str | None) -> ComfortBox:
        words = text.strip()[:MAX_PASSAGE_CHARS]
        if not words:
            raise InvalidInput(
                translate("services.comfort", "Select a few words in the entry first.")
            )
        return self._add(ComfortItem(new_id(), "passage", words, entry_id=entry_id))

    def remove(self, item_id: str) -> tuple[ComfortBox, ComfortItem | None, int]:
        """The box without the item, the item and where it was (for undo). A photo or voice
        note that was only in the box leaves the journal in the same transaction (held in
        memory here until the box closes, so "Put it back" can return it)."""
        box = self.load()
        item, kept = box.get(item_id), box.removed(item_id)
        with self.journal.transaction() as conn:
            set_setting(conn, COMFORT_BOX, kept.to_json())
            if item is not None and item.attachment_id:
                for gone in forget_unused(conn, [item.attachment_id]):
                    self._taken[gone.id] = gone
        comfort_file.write_locked_view(self.journal.paths.root, kept)
        return kept, item, box.index(item_id)

    def restore(self, item: ComfortItem, at: int) -> ComfortBox:
        taken = self._taken.pop(item.attachment_id, None) if item.attachment_id else None
        if taken is not None:
            with self.journal.transaction() as conn:
                attachment_store.put_back(conn, taken)
        return self.save(self.load().added(item, at))

    def _add(self, item: ComfortItem) -> ComfortBox:
        try:
            return self.save(self.load().added(item))
        except ValueError as err:
            raise InvalidInput(str(err)) from None

    # --- what items point to -----------------------------------------------------------------

    def _kind_of(self, attachment_id: str) -> Kind | None:
        found = attachment_store.attachment_bytes(self.journal.conn, attachment_id, thumbnail=True)
        if found is None:
            return None
        return "voice" if found[0].startswith("audio/") else "photo"

    def photos(self) -> list[attachment_store.AttachmentInfo]:
        return [
            a
            for a in attachment_store.list_attachments(self.journal.conn)
            if a.mime.startswith("image/")
        ]

    def voice_notes(self) -> list[attachment_store.AttachmentInfo]:
        return [
            a
            for a in attachment_store.list_attachments(self.journal.conn)
            if a.mime.startswith("audio/")
        ]

    def photo(self, attachment_id: str, *, thumbnail: bool = True) -> bytes | None:
        found = attachment_store.attachment_bytes(
            self.journal.conn, attachment_id, thumbnail=thumbnail
        )
        return found[1] if found and found[0].startswith("image/") else None

    def passage_sources(self, limit: int = 200) -> list[tuple[str, str]]:
        """(entry id, a line naming it) for the newest entries a passage can come from."""
        return [
            (e.id, f"{e.entry_date.isoformat()} · {e.display_title}")
            for e in self.entries.list_entries(limit)
        ]

    def entry_text(self, entry_id: str) -> str:
        found = self.entries.get_entry(entry_id)
        return found.body if found is not None else ""

    def voice(self, attachment_id: str) -> Decoded | None:
        return voice_note(self.entries, attachment_id)


def cards_while_locked(paths: JournalPaths) -> ComfortBox:
    """The cards the person chose to see while locked (words only), readable without the key."""
    return comfort_file.read_locked_view(paths.root)
