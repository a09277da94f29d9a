"""Attachments of every kind (photos, drawings, voice notes, comfort-box items, the younger-me
photo) share one encrypted store: one size limit said in a sentence before a file is read, and
deleting their entry or memory for good (or removing them from the box or the card) deletes them
in the same transaction."""

from __future__ import annotations

import math
import struct
import tracemalloc
import zlib

import pytest

from innerchild_desktop.domain.drawing import Brush, Drawing, Stroke, embed_strokes, point
from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.settings import COMFORT_BOX, PHOTO_BLUR_CHOICES, YOUNGER_ME_PHOTO
from innerchild_desktop.services import attachments, drawings, voice
from innerchild_desktop.services.comfort import ComfortService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.photo_blur import PhotoBlur
from innerchild_desktop.services.timeline import Photo, TimelineService
from innerchild_desktop.store import attachments as attachment_store

MB = 1024 * 1024


def png(seed: bytes = b"") -> bytes:
    """A real 1x1 PNG (``seed`` in a text chunk makes distinct bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
        + (chunk(b"tEXt", b"seed\0" + seed) if seed else b"")
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


def pcm(seconds: float = 0.5) -> bytes:
    count = int(16000 * seconds)
    return struct.pack(f"<{count}h", *(int(8000 * math.sin(i / 5)) for i in range(count)))


def drawing_png() -> bytes:
    stroke = Stroke(Brush.PENCIL, "#334455", (point(1, 1), point(5, 5)))
    return embed_strokes(png(b"drawing"), Drawing(width=10, height=10, strokes=(stroke,)))


def count(journal) -> int:  # type: ignore[no-untyped-def]
    return int(journal.conn.execute("SELECT count(*) FROM attachments").fetchone()[0])


# --- one size limit, said before reading ------------------------------------------------------


def test_a_200_mb_file_gets_a_sentence_naming_the_limit_without_being_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "holiday.jpg"
    with big.open("wb") as f:
        f.truncate(200 * MB)  # sparse: no disk used
    tracemalloc.start()
    try:
        with pytest.raises(InvalidInput) as caught:
            attachments.read_file(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    words = str(caught.value)
    assert "holiday.jpg" in words and "200 MB" in words and "50 MB" in words
    assert peak < 5 * MB  # the file was never read into memory


def test_a_file_within_the_limit_is_read_and_an_unreadable_one_is_a_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "me.png"
    photo.write_bytes(png())
    assert attachments.read_file(photo) == png()
    with pytest.raises(InvalidInput, match=r"Couldn't read gone\.png"):
        attachments.read_file(tmp_path / "gone.png")
    with pytest.raises(InvalidInput, match="Couldn't read"):
        attachments.read_file(tmp_path)  # a folder


@pytest.mark.parametrize("kind", ["photo", "voice"])
def test_every_kind_meets_the_same_limit_in_the_store(journal, kind: str) -> None:  # type: ignore[no-untyped-def]
    head = png() if kind == "photo" else voice.encode(pcm(0.1), flac=False)
    too_big = head + bytes(attachment_store.MAX_ATTACHMENT_BYTES)
    with pytest.raises(InvalidInput, match="up to 50 MB"), journal.transaction() as conn:
        attachment_store.add_attachment(conn, too_big, audio=kind == "voice")
    assert count(journal) == 0


# --- deleting an entry or memory for good deletes its attachments -------------------------------


def test_emptying_the_trash_deletes_every_kind_of_attachment_and_what_pointed_at_them(
    journal,
) -> None:  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    keep = service.add_entry(NewEntry(title="stays"))
    kept_photo = service.add_photo(png(b"stays"), filename="s.png", entry_id=keep)
    entry = service.add_entry(NewEntry(title="goes"))
    photo = service.add_photo(png(b"goes"), filename="g.png", entry_id=entry)
    drawings.add_drawing(service, drawing_png(), entry_id=entry)
    voice.keep_voice_note(service, pcm(), entry_id=entry)
    comfort = ComfortService(journal)
    comfort.add_attachment(photo, caption="the beach")
    comfort.add_attachment(kept_photo)
    comfort.add_card("call Maya")
    blur = PhotoBlur(service)
    blur.pin(photo)
    blur.set_choice(photo, "blur")
    assert count(journal) == 4
    service.trash(entry)
    assert service.empty_trash() == 1
    assert [a.id for a in attachment_store.list_attachments(journal.conn)] == [kept_photo]
    assert [i.kind for i in comfort.load().items] == ["photo", "card"]
    assert service.setting(YOUNGER_ME_PHOTO) is None
    assert photo not in service.setting(PHOTO_BLUR_CHOICES)


def test_forgetting_a_memory_deletes_its_photos_and_voice_notes(journal) -> None:  # type: ignore[no-untyped-def]
    timeline = TimelineService(journal)
    memory = timeline.add_memory("The den", "age 6", photos=[Photo(png(), "den.png")])
    voice.keep_voice_note(JournalService(journal), pcm(), memory_id=memory)
    other = timeline.add_memory("The lake", "age 8", photos=[Photo(png(b"lake"), "lake.png")])
    assert count(journal) == 3
    timeline.delete_memory(memory)
    assert count(journal) == 3  # taken off the timeline: still there until the session ends
    assert timeline.forget_deleted_memories().forgotten == 1
    assert [a.memory_id for a in attachment_store.list_attachments(journal.conn)] == [other]


# --- orphans: only in the comfort box or on the younger-me card ----------------------------------


def test_a_photo_and_voice_note_only_in_the_box_leave_with_it_and_come_back_on_undo(
    journal,
) -> None:  # type: ignore[no-untyped-def]
    comfort = ComfortService(journal)
    box = comfort.add_photo(png(b"box"), filename="box.png")
    photo_item = box.items[-1]
    box = comfort.record_voice(pcm(), caption="a kind word")
    voice_item = box.items[-1]
    assert count(journal) == 2
    _, item, at = comfort.remove(photo_item.id)
    assert count(journal) == 1
    assert item is not None
    comfort.restore(item, at)  # "Put it back"
    assert count(journal) == 2 and comfort.photo(photo_item.attachment_id or "") is not None
    comfort.remove(voice_item.id)
    comfort.remove(photo_item.id)
    assert count(journal) == 0
    assert journal.conn.execute("SELECT value FROM settings WHERE key = ?", (COMFORT_BOX.key,))


def test_removing_from_the_box_keeps_what_an_entry_or_the_card_still_holds(journal) -> None:  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title="t"))
    in_entry = service.add_photo(png(b"entry"), filename="e.png", entry_id=entry)
    comfort = ComfortService(journal)
    comfort.add_attachment(in_entry)
    box = comfort.add_photo(png(b"pinned"), filename="p.png")
    pinned = box.items[-1].attachment_id or ""
    PhotoBlur(service).pin(pinned)
    for item in comfort.load().items:
        comfort.remove(item.id)
    assert {a.id for a in attachment_store.list_attachments(journal.conn)} == {in_entry, pinned}


def test_a_younger_me_photo_from_a_file_leaves_when_unpinned_or_replaced(journal) -> None:  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    blur = PhotoBlur(service)
    first = blur.pin_new(png(b"one"), filename="one.png", thumbnail=None)
    blur.set_choice(first, "show")
    second = blur.pin_new(png(b"two"), filename="two.png", thumbnail=None)
    assert [a.id for a in attachment_store.list_attachments(journal.conn)] == [second]
    assert first not in service.setting(PHOTO_BLUR_CHOICES)
    entry = service.add_entry(NewEntry(title="t"))
    in_entry = service.add_photo(png(b"entry"), filename="e.png", entry_id=entry)
    blur.pin(in_entry)
    blur.unpin()
    assert [a.id for a in attachment_store.list_attachments(journal.conn)] == [in_entry]


# --- verify looks at every attachment -----------------------------------------------------------


def damage_everything(journal) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Healthy attachments of each kind, and one damaged in each way; name -> id."""
    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title="a private title"))
    memory = TimelineService(journal).add_memory("The den", "age 6")
    box = ComfortService(journal).add_photo(png(b"box"), filename="b.png")
    ids = {
        "photo": service.add_photo(png(b"ok"), filename="secret name.png", entry_id=entry),
        "drawing": drawings.add_drawing(service, drawing_png(), entry_id=entry),
        "voice": voice.keep_voice_note(service, pcm(), memory_id=memory).attachment_id,
        "in box": box.items[-1].attachment_id or "",
    }
    wav = voice.encode(pcm(), flac=False)
    with journal.transaction() as conn:
        add = attachment_store.add_attachment
        ids["wav"] = add(conn, wav, entry_id=entry, audio=True)
        ids["cut png"] = add(conn, png(b"cut")[:-20], entry_id=entry)
        ids["bad wav"] = add(conn, b"RIFF\0\0\0\0WAVEjunk", memory_id=memory, audio=True)
        ids["orphan"] = add(conn, png(b"nobody"))
        ids["lying"] = add(conn, png(b"lies"), entry_id=entry)
        conn.execute("UPDATE attachments SET mime = 'image/jpeg' WHERE id = ?", (ids["lying"],))
    return ids


def test_verify_names_each_damaged_attachment_in_a_sentence_without_content(journal) -> None:  # type: ignore[no-untyped-def]
    ids = damage_everything(journal)
    problems = {p.attachment_id: p.sentence for p in attachments.check_all(journal.conn)}
    assert set(problems) == {ids["cut png"], ids["bad wav"], ids["orphan"], ids["lying"]}
    assert "not the PNG" in problems[ids["cut png"]] and "in an entry" in problems[ids["cut png"]]
    assert "voice note with a memory" in problems[ids["bad wav"]]
    assert "not the JPEG" in problems[ids["lying"]]
    assert "belongs to nothing" in problems[ids["orphan"]]
    for sentence in problems.values():
        assert "private" not in sentence and "secret" not in sentence and "den" not in sentence


def test_verify_finds_an_attachment_whose_entry_is_gone_and_one_too_large(journal) -> None:  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title="t"))
    photo = service.add_photo(png(), filename="p.png", entry_id=entry)
    huge = service.add_photo(png(b"huge"), filename="h.png", entry_id=entry)
    journal.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with journal.transaction() as conn:
            conn.execute("UPDATE attachments SET entry_id = 'gone' WHERE id = ?", (photo,))
            conn.execute(
                "UPDATE attachments SET data = ? WHERE id = ?",
                (png(b"huge") + bytes(attachment_store.MAX_ATTACHMENT_BYTES), huge),
            )
    finally:
        journal.conn.execute("PRAGMA foreign_keys = ON")
    problems = {p.attachment_id: p.sentence for p in attachments.check_all(journal.conn)}
    assert "no longer in the journal" in problems[photo]
    assert "larger than the 50 MB limit" in problems[huge]
