"""A 200 MB file chosen as a photo anywhere (an entry, a memory, the comfort box, the younger me)
gets a sentence naming the limit at once: it is never read into memory, and a photo within the
limit is read off the GUI thread."""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.comfort import ComfortService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.ui import attachment_files
from tests.unit.test_attachments import png

MB = 1024 * 1024
# Far below the 200 MB file: the event loop turning while it waits allocates a little too.
LITTLE = 20 * MB


@pytest.fixture
def huge(tmp_path: Path) -> Path:
    path = tmp_path / "scan.png"
    with path.open("wb") as f:
        f.truncate(200 * MB)  # sparse: no disk used
    return path


def peak_while(action) -> int:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def count(journal) -> int:  # type: ignore[no-untyped-def]
    return int(journal.conn.execute("SELECT count(*) FROM attachments").fetchone()[0])


def test_an_entry_photo_of_200_mb_is_a_sentence_and_never_read(qtbot, journal, huge) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.ui.journal.editor import EntryEditor

    service = JournalService(journal)
    editor = EntryEditor()
    qtbot.addWidget(editor)
    editor.set_service(service)
    editor.load(service.add_entry(NewEntry(title="t", body="b")))
    messages: list[str] = []
    editor.message.connect(messages.append)
    assert peak_while(lambda: editor.attach_photos([huge])) < LITTLE
    assert messages and "200 MB" in messages[0] and "50 MB" in messages[0]
    assert count(journal) == 0


def test_a_memory_photo_of_200_mb_is_a_sentence_and_never_read(qtbot, journal, huge) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.ui.timeline.edit_dialog import MemoryDialog

    dialog = MemoryDialog(TimelineService(journal))
    qtbot.addWidget(dialog)
    assert peak_while(lambda: dialog.add_photo(huge)) < LITTLE
    assert "200 MB" in dialog.error.text() and "50 MB" in dialog.error.text()
    assert dialog.photos == []


def test_a_comfort_box_photo_of_200_mb_is_a_sentence_and_never_read(qtbot, journal, huge) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.ui.comfort.box import ComfortBoxDialog

    dialog = ComfortBoxDialog(ComfortService(journal))
    qtbot.addWidget(dialog)
    service = dialog.service
    assert service is not None
    assert peak_while(lambda: dialog._apply(lambda: dialog._new_photo(service, huge, ""))) < (
        LITTLE
    )
    assert "200 MB" in dialog.message.text() and "50 MB" in dialog.message.text()
    assert count(journal) == 0


def test_a_younger_me_photo_of_200_mb_is_a_sentence(qtbot, journal, huge) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.ui.younger_me import YoungerMeCard

    card = YoungerMeCard()
    qtbot.addWidget(card)
    card.load(JournalService(journal))
    assert not card.pin_file(huge)
    assert "200 MB" in card.message.text() and "50 MB" in card.message.text()
    assert count(journal) == 0


def test_a_photo_is_read_on_a_pool_thread_and_the_window_keeps_going(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "me.png"
    photo.write_bytes(png())
    threads: list[threading.Thread] = []
    real = attachment_files.read_file

    def spy(path: Path) -> bytes:
        threads.append(threading.current_thread())
        return real(path)

    attachment_files.read_file = spy  # type: ignore[assignment]
    try:
        picked = attachment_files.read_photo(None, photo)
    finally:
        attachment_files.read_file = real  # type: ignore[assignment]
    assert picked.data == png() and picked.filename == "me.png" and picked.thumbnail
    assert threads and threads[0] is not threading.main_thread()
