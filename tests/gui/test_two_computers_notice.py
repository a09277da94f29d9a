"""An entry changed on two computers at once (sync, issue 17) says so in the editor, quietly:
its History shows the other version with the computer's name; "I've seen it" clears the note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.sync import SyncService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from innerchild_desktop.ui.journal.two_computers import TWO_COMPUTERS_TEXT
from innerchild_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.sync_windows import unlock

SYNC = "harbour quilt thistle morning"


def _conflicted(tmp_path: Path) -> tuple[JournalPaths, str]:
    """Laptop and Desktop edit one entry while apart; the Laptop's journal is returned."""
    folder = tmp_path / "Shared"
    folder.mkdir()
    a_paths = JournalPaths(tmp_path / "laptop")
    a, _ = create_journal(a_paths, PASSPHRASE, FAST_TEST_KDF)
    b, _ = create_journal(JournalPaths(tmp_path / "desktop"), PASSPHRASE, FAST_TEST_KDF)
    with a, b:
        entry = JournalService(a).add_entry(NewEntry(title="Shared", body="Start."))
        SyncService(a).setup(folder, SYNC, "Laptop", FAST_TEST_KDF)
        SyncService(b).join(folder, SYNC, "Desktop")
        JournalService(a).update_entry(entry, body="Written on the laptop.")
        JournalService(b).update_entry(entry, body="Written on the desktop, later.")
        SyncService(b).sync()
        SyncService(a).sync()
        assert JournalService(a).edited_on_two_computers(entry)
    return a_paths, entry


def test_the_editor_says_so_and_history_names_the_computer(qtbot, tmp_path: Path) -> None:
    paths, entry = _conflicted(tmp_path)
    window = MainWindow(AppContext(paths, kdf=FAST_TEST_KDF))
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    page = window.workspace.journal_page
    editor = page.editor
    editor.load(entry)
    notice = editor.two_computers
    qtbot.waitUntil(notice.isVisible, timeout=3_000)
    assert notice.text.text() == TWO_COMPUTERS_TEXT
    assert editor.body.toPlainText() == "Written on the desktop, later."
    # History shows the laptop's words, named by the computer they were written on
    qtbot.mouseClick(notice.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.history_dialog is not None, timeout=3_000)
    dialog = editor.history_dialog
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("on Laptop" in row and "Written on the laptop." in row for row in rows)
    dialog.reject()
    # "I've seen it" by keyboard: the note goes, and stays gone after reopening the entry
    notice.seen_button.setFocus()
    qtbot.keyClick(notice.seen_button, Qt.Key.Key_Space)
    assert not notice.isVisible()
    assert not window.context.service.edited_on_two_computers(entry)
    editor.entry_id = None
    editor.load(entry)
    assert not notice.isVisible()
    window.lock()
    window.context.lock()
