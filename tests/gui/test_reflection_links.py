"""Issue 16: "Write about this" and the review walk keep a reflection and its memory link in one
transaction, through TimelineService.add_reflection, so a reflection never loses its memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.store import memories as memory_store
from innerchild_desktop.store.memories import linked_entries


@pytest.fixture
def calls(monkeypatch):  # type: ignore[no-untyped-def]
    """Every add_reflection call, passed on to the real one."""
    seen: list[str] = []
    real = TimelineService.add_reflection

    def spy(self, memory_id, new):  # type: ignore[no-untyped-def]
        seen.append(memory_id)
        return real(self, memory_id, new)

    monkeypatch.setattr(TimelineService, "add_reflection", spy)
    return seen


def _break_links(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*_args: object) -> None:
        raise RuntimeError("the link step failed")

    monkeypatch.setattr(memory_store, "link_entry", broken)


def test_review_keeps_the_reply_and_its_link_together(qtbot, journal, calls, monkeypatch):
    from innerchild_desktop.ui.timeline.review import ReviewDialog

    memory_id = TimelineService(journal).add_memory("The blue bicycle", "around 7")
    service = JournalService(journal)
    review = ReviewDialog(TimelineService(journal))
    qtbot.addWidget(review)
    review.response.setPlainText("You were so brave.")
    review.save_card()
    assert calls == [memory_id]
    linked = linked_entries(journal.conn, memory_id)
    assert len(linked) == 1 and service.get_entry(linked[0]).body == "You were so brave."

    _break_links(monkeypatch)
    review.response.setPlainText("A second reply.")
    with pytest.raises(RuntimeError):
        review.save_card()
    assert service.count() == 1  # no reply was kept without its memory
    review.response.clear()  # closing the dialog saves the card again
    review.close()


def test_write_about_a_memory_goes_through_the_service(qtbot, make_window, paths, calls):
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from tests.conftest import PASSPHRASE

    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        memory_id = TimelineService(journal).add_memory("The blue bicycle", "around 7")
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.write_about_memory(memory_id)
    assert calls == [memory_id]
    editor = window.workspace.journal_page.editor
    assert linked_entries(window.context.journal.conn, memory_id) == [editor.entry_id]
