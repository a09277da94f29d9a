"""Blur until I choose to look: memory photos blurred by default, entry photos not, one photo's
own choice wins; the younger-me photo is pinned as a journal setting, its bytes in the journal."""

from __future__ import annotations

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.settings import SETTINGS, YOUNGER_ME_PHOTO
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.photo_blur import PhotoBlur
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.store import attachments as attachment_store

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32  # sniffed by its first bytes: enough for the store


def _photos(journal):
    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title="t", body="b"))
    memory = TimelineService(journal).add_memory("The den", "age 6")
    with journal.transaction() as conn:
        on_entry = attachment_store.add_attachment(conn, PNG, entry_id=entry)
        on_memory = attachment_store.add_attachment(conn, PNG + b"m", memory_id=memory)
    return service, on_entry, on_memory


def test_memory_photos_blur_by_default_and_entry_photos_do_not(journal) -> None:
    service, on_entry, on_memory = _photos(journal)
    blur = PhotoBlur(service)
    assert blur.is_blurred(on_memory, "memory")
    assert not blur.is_blurred(on_entry, "entry")
    blur.set_defaults(entries=True, memories=True)  # Settings: blur entry photos too
    assert blur.is_blurred(on_entry, "entry")


def test_one_photo_choice_wins_and_is_kept_in_the_journal(journal) -> None:
    service, on_entry, on_memory = _photos(journal)
    blur = PhotoBlur(service)
    blur.set_choice(on_memory, "show")  # "Always show this photo"
    blur.set_choice(on_entry, "blur")  # "Blur this photo until I choose to look"
    again = PhotoBlur(JournalService(journal))
    assert not again.is_blurred(on_memory, "memory")
    assert again.is_blurred(on_entry, "entry")
    again.set_choice(on_memory, None)
    assert again.is_blurred(on_memory, "memory")
    assert not SETTINGS["photo_blur_choices"].internal  # travels with exports and backups


def test_younger_me_pin_change_and_remove(journal) -> None:
    service, on_entry, _ = _photos(journal)
    blur = PhotoBlur(service)
    assert blur.younger_me() is None
    assert {p.id for p in blur.journal_photos()} >= {on_entry}
    blur.pin(on_entry)
    assert blur.younger_me() == on_entry
    assert blur.younger_me_blurred()  # blurred as memory photos are, by default
    new = blur.pin_new(PNG + b"file", filename="me at five.png", thumbnail=None)
    assert blur.younger_me() == new != on_entry
    assert service.setting(YOUNGER_ME_PHOTO) == new
    blur.unpin()
    assert blur.younger_me() is None
    assert service.photo(new) is None  # kept only for the card (from a file): gone with it
    assert service.photo(on_entry) is not None  # the entry's photo stays where it was


def test_a_file_that_is_not_a_picture_gets_a_sentence(journal) -> None:
    blur = PhotoBlur(JournalService(journal))
    with pytest.raises(InvalidInput, match="not a photo"):
        blur.pin_new(b"hello", filename="notes.txt", thumbnail=None)
    assert blur.younger_me() is None
