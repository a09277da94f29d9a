"""The search index is tidied in the background after unlocking, and stops for locking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services import upkeep
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE


def unlocked_window(qtbot, make_window, paths, entries: int):  # type: ignore[no-untyped-def]
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        for i in range(entries):
            service.add_entry(NewEntry(title=f"day {i}", body="garden words"))
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window


def test_unlocking_a_grown_journal_tidies_its_index_in_the_background(
    qtbot, make_window, paths, monkeypatch
):
    monkeypatch.setattr(upkeep, "MIN_GROWTH", 20)
    window = unlocked_window(qtbot, make_window, paths, 30)
    assert window.upkeep.job is not None  # started, off the GUI thread
    qtbot.waitUntil(lambda: window.upkeep.job is None, timeout=20_000)
    assert not upkeep.needs_tidy(window.context.journal)
    assert [h.title for h in window.context.service.search("day 7")] == ["day 7"]


def test_a_small_journal_is_left_alone_and_locking_stops_a_running_tidy(
    qtbot, make_window, paths, monkeypatch
):
    window = unlocked_window(qtbot, make_window, paths, 5)
    assert window.upkeep.job is None  # nothing to do: nothing started
    window.lock()
    monkeypatch.setattr(upkeep, "MIN_GROWTH", 1)
    monkeypatch.setattr(upkeep.time, "sleep", lambda s: None)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.lock()  # at once, whether the tidy-up is running or done
    assert window.upkeep.job is None and not window.context.unlocked
    with AccessService(paths).open(PASSPHRASE) as journal:
        assert journal.verify().ok
