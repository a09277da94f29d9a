"""Sync in the background: after a timer tick what the other computer wrote is on screen,
typing is never lost, locking sends what waits and stops syncing, nothing syncs while locked,
files arriving in the folder start a sync, and a mass delete waits for the person's yes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.ui.sync_runner import FOLDER_AWAY, SYNCED
from tests.gui.sync_windows import Computers, click, listed, set_up_pair, titles, unlock


@pytest.fixture
def computers(qtbot, qapp, tmp_path) -> Iterator[Computers]:  # type: ignore[no-untyped-def]
    made = Computers(qtbot, qapp, tmp_path)
    yield made
    made.close()


@pytest.fixture
def pair(computers):  # type: ignore[no-untyped-def]
    a = computers.window("laptop", ("Already here",))
    b = computers.window("desktop")
    set_up_pair(computers, a, b)
    return a, b


def test_a_timer_tick_brings_an_entry_over(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    assert a.sync_runner.running and b.sync_runner.running
    assert b.sync_runner.timer.interval() == 60_000
    a.context.service.add_entry(NewEntry(title="Written on the laptop", body="x"))
    a.sync_runner.tick()
    b.sync_runner.tick()
    assert listed(b) == ["Already here", "Written on the laptop"]
    assert b.sync_runner.label.text() == SYNCED
    assert b.statusBar().isAncestorOf(b.sync_runner.label)


def test_the_open_entry_shows_the_other_computers_words_and_typing_is_kept(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    (first,) = [e.id for e in a.context.service.list_entries(limit=10)]
    b.sync_runner.tick()
    editor = b.workspace.journal_page.editor
    b.workspace.journal_page.open_entry(first)
    assert editor.entry_id == first
    a.context.service.update_entry(first, body="Changed on the laptop.")
    a.sync_runner.tick()
    b.sync_runner.tick()
    assert editor.body.toPlainText() == "Changed on the laptop."
    # typing not yet saved goes out with the next sync and is not replaced
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " And more.")
    b.sync_runner.tick()
    assert editor.body.toPlainText() == "Changed on the laptop. And more."
    a.sync_runner.tick()
    assert a.context.service.get_entry(first).body == "Changed on the laptop. And more."


def test_a_save_sends_a_few_seconds_later(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    a, _b = pair
    editor = a.workspace.journal_page.editor
    editor.new_entry()
    qtbot.keyClicks(editor.body, "A new line")
    editor.flush()
    assert a.sync_runner.after_save.isActive()
    assert a.sync_runner.after_save.interval() == 3_000


def test_locking_sends_what_waits_then_nothing_syncs_while_locked(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    a.context.service.add_entry(NewEntry(title="Written just before locking", body="x"))
    a.lock()
    assert not a.context.unlocked and not a.sync_runner.running
    assert a.sync_runner.watch is None
    assert a.sync_runner.sync_once() is None and a.sync_runner.label.text() == ""
    a.sync_runner.tick()
    b.sync_runner.tick()
    assert "Written just before locking" in titles(b)
    unlock(qtbot, a)  # unlocking: it syncs again, in the background
    assert a.sync_runner.running and a.sync_runner.label.text() == SYNCED


def test_files_arriving_in_the_folder_start_a_sync(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    if b.sync_runner.watch is None:
        pytest.skip("watchdog could not watch the folder here (the timer alone syncs)")
    b.sync_runner.after_folder.stop()
    a.context.service.add_entry(NewEntry(title="Through the folder", body="x"))
    a.sync_runner.sync_once()
    qtbot.waitUntil(b.sync_runner.after_folder.isActive, timeout=5_000)
    b.sync_runner.after_folder.timeout.emit()  # as when the files have settled
    assert "Through the folder" in listed(b)


def test_own_writes_do_not_wake_the_folder_watch(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    a, _b = pair
    if a.sync_runner.watch is None:
        pytest.skip("watchdog could not watch the folder here (the timer alone syncs)")
    qtbot.wait(500)  # what the other computer wrote while setting up has been noticed
    a.sync_runner.after_folder.stop()
    a.context.service.add_entry(NewEntry(title="Mine", body="x"))
    with qtbot.assertNotEmitted(a.sync_runner._folder_changed, wait=300):
        a.sync_runner.sync_once()


def test_the_folder_away_is_said_quietly(qtbot, pair, computers) -> None:  # type: ignore[no-untyped-def]
    a, _b = pair
    (computers.folder / "InnerChild-sync").rename(computers.tmp_path / "unplugged")
    assert a.sync_runner.sync_once() is None
    assert a.sync_runner.label.text() == FOLDER_AWAY
    assert "isn't there right now" in a.sync_runner.label.toolTip()


@pytest.fixture
def held(computers):  # type: ignore[no-untyped-def]
    a = computers.window("laptop", tuple(f"Entry {n}" for n in range(30)))
    b = computers.window("desktop")
    set_up_pair(computers, a, b)
    b.sync_runner.tick()
    for entry in a.context.service.list_entries(limit=100)[:25]:
        a.context.service.trash(entry.id)
    a.sync_runner.tick()
    b.sync_runner.tick()
    return a, b


def test_a_mass_delete_waits_then_apply_it(qtbot, held) -> None:  # type: ignore[no-untyped-def]
    _a, b = held
    box = b.sync_runner.held_box
    assert box is not None and box.isVisible()
    assert box.text() == ("A change from Laptop would move 25 of your 30 entries to the trash.")
    assert "can be brought back" in box.informativeText()
    assert box.defaultButton().text() == "Not now" and box.escapeButton().text() == "Not now"
    assert len(titles(b)) == 30  # nothing applied meanwhile
    click(qtbot, box, "Apply it")
    assert len(titles(b)) == 5 and len(listed(b)) == 5
    assert b.sync_runner.held == [] and b.sync_runner.held_box is None


def test_not_now_is_not_asked_again_until_the_person_asks(qtbot, held) -> None:  # type: ignore[no-untyped-def]
    _a, b = held
    box = b.sync_runner.held_box
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert b.sync_runner.held_box is None
    b.sync_runner.tick()
    assert b.sync_runner.held_box is None and len(titles(b)) == 30  # no nagging
    b.workspace.show_page("Settings")
    section = b.workspace.settings_page.sync
    assert section.held.isVisible() and "It waits for you" in section.held.text()
    qtbot.mouseClick(section.decide, Qt.MouseButton.LeftButton)
    assert b.sync_runner.held_box is not None
    click(qtbot, b.sync_runner.held_box, "Apply it")
    assert len(titles(b)) == 5 and not section.held.isVisible()


def test_locking_closes_the_question(qtbot, held) -> None:  # type: ignore[no-untyped-def]
    _a, b = held
    box = b.sync_runner.held_box
    b.lock()
    assert not box.isVisible() and b.sync_runner.held == []
