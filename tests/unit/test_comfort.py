"""The comfort box: the pure model, the service inside the encrypted journal, and the small
locked-view file that holds only the cards the person ticked "show while locked"."""

from __future__ import annotations

import os
import stat

import pytest

from innerchild_desktop.domain.comfort import ComfortBox, ComfortItem, card
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.comfort import ComfortService, cards_while_locked
from innerchild_desktop.store import comfort_file

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def test_the_box_round_trips_and_reads_damage_as_what_is_still_whole() -> None:
    box = (
        ComfortBox()
        .added(card("call Maya", show_while_locked=True))
        .added(ComfortItem("p1", "photo", "the beach", attachment_id="a1"))
    )
    assert ComfortBox.from_json(box.to_json()) == box
    damaged = [*box.to_json(), {"kind": "card"}, "text", {"id": "x", "kind": "photo"}, 3]
    assert ComfortBox.from_json(damaged) == box
    assert ComfortBox.from_json({"not": "a list"}).is_empty
    with pytest.raises(ValueError):
        card("   ")


def test_only_ticked_cards_show_while_locked_and_only_their_words() -> None:
    box = ComfortBox.of(
        [
            card("call Maya", show_while_locked=True),
            card("private words"),
            ComfortItem("v", "voice", "my voice", attachment_id="a2", show_while_locked=True),
            ComfortItem("p", "passage", "a passage", entry_id="e1"),
        ]
    )
    assert [i.text for i in box.locked_view().items] == ["call Maya"]
    # A photo, voice note or passage cannot be marked for the locked view.
    assert box.with_locked("v", True) == box


def all_files_outside_db(root) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    return {
        str(p): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith("journal.db")
    }


def test_add_edit_remove_and_undo_keep_cards_encrypted(journal) -> None:
    service = ComfortService(journal)
    box = service.add_card("cold water on my wrists")
    box = service.add_card("call Maya")
    assert [i.text for i in service.load().items] == ["cold water on my wrists", "call Maya"]
    first = box.items[0]
    service.edit_card(first.id, "  cold water,   slowly ", show_while_locked=False)
    assert service.load().items[0].text == "cold water, slowly"
    box, removed, at = service.remove(first.id)
    assert removed is not None and at == 0 and [i.text for i in box.items] == ["call Maya"]
    service.restore(removed, at)  # undo: back in its place
    assert [i.text for i in service.load().items] == ["cold water, slowly", "call Maya"]
    with pytest.raises(InvalidInput):
        service.add_card("   ")
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for name, data in all_files_outside_db(journal.paths.root).items():
        assert b"Maya" not in data and b"cold water" not in data, name
    for name, data in {
        p.name: p.read_bytes() for p in journal.paths.root.rglob("journal.db*") if p.is_file()
    }.items():
        assert b"Maya" not in data, name  # the database itself is encrypted too
    assert not comfort_file.path_in(journal.paths.root).exists()
    assert cards_while_locked(journal.paths).is_empty


def test_a_ticked_card_goes_to_an_owner_only_file_and_leaves_it_when_unticked(journal) -> None:
    service = ComfortService(journal)
    service.add_card("private words")
    box = service.add_card("call Maya", show_while_locked=True)
    path = comfort_file.path_in(journal.paths.root)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = path.read_text("utf-8")
    assert "call Maya" in text and "private words" not in text
    assert [i.text for i in cards_while_locked(journal.paths).items] == ["call Maya"]
    service.edit_card(box.items[1].id, "call Maya", show_while_locked=False)
    assert not path.exists()
    assert cards_while_locked(journal.paths).is_empty


def test_a_damaged_locked_file_reads_as_no_cards(journal) -> None:
    path = comfort_file.path_in(journal.paths.root)
    for content in (b"{", b"[]", b'{"cards": [{"id": "x", "kind": "photo"}]}', b"\xff"):
        path.write_bytes(content)
        assert cards_while_locked(journal.paths).is_empty


def test_photos_voice_notes_and_passages(journal) -> None:
    from innerchild_desktop.domain.entries import NewEntry

    service = ComfortService(journal)
    box = service.add_photo(PNG, filename="beach.png")
    photo = box.items[-1]
    assert photo.kind == "photo" and service.photo(photo.attachment_id or "") == PNG
    box = service.record_voice(b"\x01\x00" * 1600, caption="a kind word")
    voice = box.items[-1]
    assert voice.kind == "voice" and voice.text == "a kind word"
    decoded = service.voice(voice.attachment_id or "")
    assert decoded is not None and decoded.pcm == b"\x01\x00" * 1600
    entry = service.entries.add_entry(NewEntry(title="A good day", body="I was brave today."))
    assert entry in [ident for ident, _ in service.passage_sources()]
    assert service.entry_text(entry) == "I was brave today."
    box = service.add_passage("I was brave", entry_id=entry)
    assert box.items[-1].text == "I was brave" and box.items[-1].entry_id == entry
    with pytest.raises(InvalidInput):
        service.add_passage("  ", entry_id=entry)
    with pytest.raises(InvalidInput):
        service.add_attachment("no-such-id")
    again = service.add_attachment(photo.attachment_id or "", caption="again")
    assert again.items[-1].kind == "photo"
    assert [a.id for a in service.voice_notes()] == [voice.attachment_id]
    assert [a.id for a in service.photos()] == [photo.attachment_id]
    assert cards_while_locked(journal.paths).is_empty  # none of it ever shows while locked
