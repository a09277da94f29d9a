"""Gentle reminders in the window: the clock on a fake now, the tray's actions, the settings
section's round trip (words encrypted; a readable copy only on request) and the login entry."""

from __future__ import annotations

import secrets
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.reminders import NEUTRAL_WORDS, ReminderSchedule
from innerchild_desktop.services import reminders as service
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE
from tests.e2e_support.plaintext import find_plaintext
from tests.gui.test_shell import unlock

TODAY = date.today()
SLOT_TIME = time(19, 30)


def at_slot(day: date = TODAY) -> datetime:
    return datetime.combine(day, SLOT_TIME) + timedelta(minutes=1)


def schedule_on(paths, **changes) -> None:  # type: ignore[no-untyped-def]
    service.save_schedule(paths, ReminderSchedule(enabled=True, at=SLOT_TIME, **changes))


@pytest.fixture
def window(make_window, paths):  # type: ignore[no-untyped-def]
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    made = make_window()
    shown: list[tuple[str, str]] = []
    made.reminder_clock.notify = lambda title, words: shown.append((title, words))
    made.reminders_seen = shown
    return made


def open_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)


def test_off_by_default_nothing_comes(window):
    assert not service.schedule(window.context.paths).enabled
    assert not window.reminder_clock.check(at_slot())
    assert window.reminders_seen == []


def test_locked_a_reminder_says_the_neutral_sentence_once_per_slot(window, paths):
    schedule_on(paths)
    clock = window.reminder_clock
    assert not clock.check(at_slot() - timedelta(minutes=5))  # not yet
    assert clock.check(at_slot())
    assert window.reminders_seen == [("Inner Child", NEUTRAL_WORDS)]
    assert not clock.check(at_slot() + timedelta(minutes=1))  # never twice for the same slot
    assert service.schedule(paths).last_slot is not None  # nor after a restart


def test_only_if_not_written_asks_the_journal_then_remembers_while_locked(qtbot, window, paths):
    schedule_on(paths, only_if_not_written=True)
    open_window(qtbot, window)
    JournalService(window.context.journal).add_entry(NewEntry(title="x", body="y"))
    assert not window.reminder_clock.check(at_slot())  # written today: nothing
    window.lock()
    assert not window.reminder_clock.check(at_slot())  # locked: what this run learnt
    assert window.reminders_seen == []
    assert window.reminder_clock.check(at_slot(TODAY + timedelta(days=1)))  # a new day


def test_a_start_while_locked_does_not_know_so_it_reminds(window, paths):
    schedule_on(paths, only_if_not_written=True)
    assert window.reminder_clock.check(at_slot())


def test_quick_hide_in_the_tray_menu_locks_and_hides(qtbot, window):
    from innerchild_desktop.ui.tray import tray_menu

    open_window(qtbot, window)
    menu = tray_menu(
        window,
        [window.overwhelmed_action, window.far_away_action],
        [window.panic_action, window.not_this_week_action],
    )
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts[0] == "I feel overwhelmed" and "Quick hide" in texts
    assert window.panic_action.shortcut().toString() == "Ctrl+Shift+L"
    quick = next(a for a in menu.actions() if a.text().replace("&", "") == "Quick hide")
    quick.trigger()
    assert not window.context.unlocked
    assert not window.isVisible() or window.windowState() & Qt.WindowState.WindowMinimized
    assert window.panic_action.isEnabled()  # locked, it still hides the lock screen


def test_overwhelmed_in_the_tray_menu_opens_the_calm_path(qtbot, window):
    from innerchild_desktop.ui.tray import tray_menu

    menu = tray_menu(window, [window.overwhelmed_action], [window.panic_action])
    menu.actions()[0].trigger()
    assert window._soothe_windows[-1].calm_mode
    window._soothe_windows[-1].close()


def test_not_this_week_from_the_tray_is_one_click(qtbot, window, paths):
    schedule_on(paths)
    window._refresh_reminder_action()
    assert window.not_this_week_action.isVisible()
    window.not_this_week_action.trigger()
    paused = service.schedule(paths).paused_until
    assert paused is not None and paused.weekday() == 0 and paused > TODAY
    assert not window.reminder_clock.check(at_slot())
    window._refresh_reminder_action()
    assert not window.not_this_week_action.isVisible()
    assert window.reminder_clock.check(at_slot(paused))  # back on Monday


def settings_section(qtbot, window):  # type: ignore[no-untyped-def]
    open_window(qtbot, window)
    window.workspace.show_page("Settings")
    return window.workspace.settings_page.reminders


def test_settings_round_trip_keeps_the_words_encrypted(qtbot, window, paths):
    words = "Canary" + secrets.token_hex(6) + " time for little me?"
    marker = words.split()[0]
    section = settings_section(qtbot, window)
    assert section.isEnabled() and not section.details.isVisible()
    section.on.setChecked(True)  # a click (Space on the focused box) turns them on
    assert section.details.isVisible()
    section.words.setFocus()
    qtbot.keyClicks(section.words, words)
    section.day_checks[6].setChecked(False)  # not on Sundays
    qtbot.keyClick(section.words, Qt.Key.Key_Tab)  # leaving the field saves it
    stored = service.schedule(paths)
    assert stored.enabled and 6 not in stored.days
    assert "Next:" in section.next_line.text()
    home = Path.home()
    assert find_plaintext(paths.root, [marker]) == []  # journal.db is encrypted
    assert find_plaintext(home, [marker]) == []  # nor QSettings, nor the autostart folder
    section.show_locked.setChecked(True)  # the opt-in: a readable copy beside the journal
    assert service.words_while_locked(paths) == words
    assert {leak.path.name for leak in find_plaintext(paths.root, [marker])} == {
        "reminders-readable-when-locked.json"
    }
    section.show_locked.setChecked(False)
    assert find_plaintext(paths.root, [marker]) == []
    window.lock()
    assert section.words.text() == "" and not section.isEnabled()
    assert window.reminder_clock.words() == NEUTRAL_WORDS  # locked, not opted in
    open_window(qtbot, window)
    window.workspace.show_page("Settings")  # pages load when first shown
    assert section.words.text() == words and section.on.isChecked()
    assert not section.day_checks[6].isChecked()
    assert window.reminder_clock.words() == words


def test_not_this_week_in_settings_and_again(qtbot, window, paths):
    section = settings_section(qtbot, window)
    section.on.setChecked(True)
    qtbot.mouseClick(section.pause, Qt.MouseButton.LeftButton)
    assert service.schedule(paths).paused_until is not None
    assert section.resume.isVisibleTo(section) and not section.pause.isVisibleTo(section)
    assert "Resting this week" in section.next_line.text()
    qtbot.mouseClick(section.resume, Qt.MouseButton.LeftButton)
    assert service.schedule(paths).paused_until is None


def test_autostart_file_written_only_when_ticked(qtbot, window):
    target = Path.home() / ".config" / "autostart" / "innerchild.desktop"
    section = settings_section(qtbot, window)
    section.on.setChecked(True)
    assert not target.exists()  # turning reminders on does not write it
    section.words.setText("Private words here")
    section.words.editingFinished.emit()
    section.autostart.setChecked(True)
    assert target.is_file()
    text = target.read_text()
    assert "Private" not in text and "gui --in-tray" in text
    section.autostart.setChecked(False)
    assert not target.exists()


def test_reminder_settings_are_keyboard_reachable_and_named(qtbot, window):
    section = settings_section(qtbot, window)
    section.on.setChecked(True)
    for widget in (section.on, section.words, section.at, section.pause, *section.day_checks):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_words_still_being_typed_are_kept_when_the_journal_locks(qtbot, window, paths):
    section = settings_section(qtbot, window)
    section.on.setChecked(True)
    section.words.setFocus()
    qtbot.keyClicks(section.words, "Little one, tea?")
    window.lock_action.trigger()  # Ctrl+L without leaving the field
    assert not window.context.unlocked
    open_window(qtbot, window)
    assert service.ReminderWords(window.context.journal).words() == "Little one, tea?"
