"""Settings → "Use on more than one computer", as a person uses it: choose a folder, set up with
a new sync passphrase, join from a second computer, see how it is, look at a conflict, stop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.sync_settings import when_in_words
from tests.gui.sync_windows import (
    SYNC_PASS,
    Computers,
    click,
    listed,
    set_up_pair,
    titles,
    unlock,
)


@pytest.fixture
def computers(qtbot, qapp, tmp_path) -> Iterator[Computers]:  # type: ignore[no-untyped-def]
    made = Computers(qtbot, qapp, tmp_path)
    yield made
    made.close()


def choose(qtbot, window: MainWindow, folder: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """Settings, "Choose a folder…", the folder picked in the file dialog."""
    window.workspace.show_page("Settings")
    section = window.workspace.settings_page.sync
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(section.choose, Qt.MouseButton.LeftButton)
    assert section.dialog is not None and section.dialog.isVisible()
    return section, section.dialog


def test_set_up_then_join_from_a_second_computer(qtbot, computers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    laptop = computers.window("laptop", ("From the laptop",))
    desktop = computers.window("desktop", ("From the desktop",))
    section, dialog = choose(qtbot, laptop, computers.folder, monkeypatch)
    assert section.about.isVisible() and "never goes there" in section.about.text()
    assert not dialog.joining and dialog.confirm is not None
    # a guessable one is refused in words; two that differ too
    qtbot.keyClicks(dialog.passphrase, "password1")
    qtbot.keyClicks(dialog.confirm, "password1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "easy to guess" in dialog.message.text()
    dialog.passphrase.setText(SYNC_PASS)
    dialog.confirm.setText(SYNC_PASS + " again")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    dialog.confirm.setText(SYNC_PASS)
    dialog.name.setText("Laptop")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Enter: Start syncing
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.passphrase.text() == ""  # the secret is not kept
    assert section.where.text() == f"Syncing through {computers.folder.resolve()}"
    assert "Laptop (this computer): last synced a moment ago" in section.computers.text()
    assert laptop.sync_runner.running and not section.choose.isVisible()
    assert section.sync_now.isVisible() and section.stop.isVisible()

    joining, join = choose(qtbot, desktop, computers.folder, monkeypatch)
    assert join.joining and join.confirm is None
    assert "the sync passphrase you chose on your other computer" in join.intro.text()
    qtbot.keyClicks(join.passphrase, "not the words at all")
    qtbot.mouseClick(join.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "doesn't open this sync folder" in join.message.text(), timeout=10_000)
    assert join.passphrase.text() == "" and join.isVisible()
    qtbot.keyClicks(join.passphrase, SYNC_PASS)
    join.name.setText("Desktop")
    qtbot.mouseClick(join.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not join.isVisible(), timeout=10_000)
    assert "joined" in joining.note.text()
    assert titles(desktop) == ["From the desktop", "From the laptop"]
    assert listed(desktop) == ["From the desktop", "From the laptop"]  # the list shows it
    laptop.sync_runner.tick()  # the laptop's next background sync
    assert titles(laptop) == ["From the desktop", "From the laptop"]
    section.refresh()
    shown = section.computers.text()
    assert "Desktop: last synced" in shown and "Laptop (this computer)" in shown
    assert section.waiting.text() == "Everything written here has been sent."
    # what the laptop's window writes next (its own connection, not the set-up's) goes over
    laptop.context.service.add_entry(NewEntry(title="Written after setting up", body="x"))
    assert laptop.context.sync.pending_count() > 0
    laptop.sync_runner.tick()
    desktop.sync_runner.tick()
    assert "Written after setting up" in titles(desktop)


def test_sync_now_and_what_waits_to_be_sent(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    a = computers.window("a", ("One",))
    b = computers.window("b")
    set_up_pair(computers, a, b)
    a.workspace.show_page("Settings")
    section = a.workspace.settings_page.sync
    a.sync_runner.stop()  # no background for this one: only what the person presses
    a.context.service.add_entry(NewEntry(title="Two", body="x"))
    section.refresh()
    assert section.waiting.text().startswith("1 of your changes waits to be sent")
    qtbot.mouseClick(section.sync_now, Qt.MouseButton.LeftButton)
    assert section.note.text() == "In step with your other computers."
    assert section.waiting.text() == "Everything written here has been sent."
    b.sync_runner.tick()
    assert titles(b) == ["One", "Two"]
    # all of it shown, the page scrolls rather than make the window taller than a small screen
    assert a.workspace.settings_page.minimumSizeHint().height() < 600


def test_a_conflict_is_listed_and_opens_its_entry(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    a = computers.window("a")
    b = computers.window("b")
    entry = a.context.service.add_entry(NewEntry(title="Shared", body="First words."))
    set_up_pair(computers, a, b)
    b.sync_runner.tick()
    for window in (a, b):
        window.sync_runner.stop()  # both offline, both writing
    a.context.service.update_entry(entry, body="The laptop's version.")
    b.context.service.update_entry(entry, body="The desktop's version.")
    a.sync_runner.sync_once()
    b.sync_runner.sync_once()
    a.sync_runner.sync_once()
    lists = [w for w in (a, b) if w.context.sync.status().conflicts]
    assert lists, "one of the two computers keeps the other version"
    window = lists[0]
    window.workspace.show_page("Settings")
    section = window.workspace.settings_page.sync
    section.refresh()
    assert section.conflict_list.isVisible() and section.conflicts.rowCount() == 1
    words = section.conflicts.index(0, 0).data()
    assert words.startswith("“Shared”: its text, also on ")
    section.conflict_list.setFocus()
    section.conflict_list.setCurrentIndex(section.conflicts.index(0, 0))
    qtbot.keyClick(section.conflict_list, Qt.Key.Key_Return)  # activate: open it
    assert window.workspace.stack.currentWidget() is window.workspace.journal_page
    assert window.workspace.journal_page.editor.entry_id == entry
    assert section.conflicts.rowCount() == 0  # looked at: no longer listed


def test_stop_syncing_asks_first_and_leaves_the_journal(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    a = computers.window("a", ("Kept",))
    b = computers.window("b")
    set_up_pair(computers, a, b)
    a.workspace.show_page("Settings")
    section = a.workspace.settings_page.sync
    qtbot.mouseClick(section.stop, Qt.MouseButton.LeftButton)
    box = section.stop_box
    assert box is not None and box.defaultButton().text() == "Keep syncing"
    click(qtbot, box, "Keep syncing")
    assert a.context.sync.is_on()
    qtbot.mouseClick(section.stop, Qt.MouseButton.LeftButton)
    click(qtbot, section.stop_box, "Stop syncing")
    assert not a.context.sync.is_on() and not a.sync_runner.running
    assert "no longer syncs" in section.note.text()
    assert section.choose.isVisible() and not section.where.isVisible()
    assert titles(a) == ["Kept"]
    assert (computers.folder / "InnerChild-sync" / "vault").is_file()  # the folder is untouched


def test_locking_clears_the_section(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    a = computers.window("a", ("Private title",))
    b = computers.window("b")
    set_up_pair(computers, a, b)
    a.workspace.show_page("Settings")
    section = a.workspace.settings_page.sync
    a.lock()
    assert not section.where.isVisible() and section.conflicts.rowCount() == 0
    assert not section.choose.isEnabled()


def test_times_in_words() -> None:
    now = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
    assert when_in_words(None, now) == "not yet"
    assert when_in_words((now - timedelta(seconds=20)).isoformat(), now) == "a moment ago"
    assert when_in_words((now - timedelta(minutes=12)).isoformat(), now) == "12 minutes ago"
    assert when_in_words((now - timedelta(days=40)).isoformat(), now).startswith("on ")
    assert when_in_words("not a time", now) == "some time ago"


def test_locking_while_setting_up_waits_for_it_then_syncs_after_unlock(  # type: ignore[no-untyped-def]
    qtbot, computers, monkeypatch
) -> None:
    a = computers.window("a", ("One",))
    _section, dialog = choose(qtbot, a, computers.folder, monkeypatch)
    dialog.passphrase.setText(SYNC_PASS)
    dialog.confirm.setText(SYNC_PASS)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    a.lock()  # at once: the set up (in its worker) ends first, then the journal closes
    assert not a.context.unlocked and not dialog.isVisible()
    qtbot.waitUntil(lambda: not a.sync_runner._busy, timeout=10_000)
    assert not a.sync_runner.running
    unlock(qtbot, a)
    assert a.context.sync.is_on() and a.sync_runner.running
    assert a.sync_runner.label.text() == "Synced a moment ago"
