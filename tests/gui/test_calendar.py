"""The Journal's calendar: a sentence instead of an empty box, and a day chosen by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.journal.calendar import CHOOSE_A_DAY
from tests.conftest import PASSPHRASE


def test_the_calendar_says_choose_a_day_then_shows_the_days_entries(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        JournalService(journal).add_entry(
            NewEntry(title="Blue bicycle", body="It had a bell.", entry_date=date(2026, 1, 10))
        )
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    pane = page.calendar_pane
    page.modes.button(1).click()
    assert pane.hint.isVisible() and pane.hint.text() == CHOOSE_A_DAY
    assert not page.day_list.isVisible()  # no empty box

    page.calendar.setSelectedDate(QDate(2026, 1, 10))
    view = page.calendar.focusProxy()  # the grid of days, where the keys go
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)  # a day chosen without the mouse
    assert page.day_list.isVisible() and page.day_model.rowCount() == 1

    page.calendar.day_chosen.emit(date(2026, 1, 11))
    assert pane.hint.isVisible() and pane.hint.text() == "No entries on Sunday 11 January 2026."

    window.lock()
    assert not window.context.unlocked
    assert pane.hint.text() == CHOOSE_A_DAY  # nothing of the last day is left on screen
