"""History… driven like a user: open it with the shortcut, arrow to a version, restore, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.journal.history_dialog import HISTORY_SHORTCUT, HistoryDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def history_env(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        entry = service.add_entry(NewEntry(title="Park", body="The **first** words"))
        service.update_entry(entry, body="The second words", session_start=True)
        service.update_entry(entry, body="The words of today", session_start=True)
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    qtbot.waitUntil(lambda: page.editor.title.text() == "Park", timeout=5_000)
    return window, page.editor, entry


def open_history(qtbot, editor) -> HistoryDialog:
    before = editor.history_dialog
    editor.window().activateWindow()
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus, timeout=3_000)
    qtbot.keyClick(editor.body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.history_dialog not in (None, before), timeout=3_000)
    dialog = editor.history_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=3_000)
    return dialog


def test_shortcut_is_ctrl_h() -> None:
    assert HISTORY_SHORTCUT == "Ctrl+H"


def test_arrow_to_a_version_and_enter_restores_it(qtbot, history_env):
    window, editor, entry = history_env
    dialog = open_history(qtbot, editor)
    assert dialog.list.count() == 2
    assert QApplication.focusWidget() is dialog.list
    assert "second words" in dialog.preview.toPlainText()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert "first words" in dialog.preview.toPlainText()
    assert dialog.preview.isReadOnly()
    with qtbot.waitSignal(dialog.restored, timeout=3_000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert editor.body.toPlainText() == "The **first** words"
    service = window.context.service
    assert service.get_entry(entry).body == "The **first** words"
    assert service.history(entry)[0].body == "The words of today"  # nothing lost


def test_alt_r_restores_and_esc_closes_without_change(qtbot, history_env):
    window, editor, entry = history_env
    dialog = open_history(qtbot, editor)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
    assert window.context.service.get_entry(entry).body == "The words of today"
    dialog = open_history(qtbot, editor)
    with qtbot.waitSignal(dialog.restored, timeout=3_000):
        qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert editor.body.toPlainText() == "The second words"


def test_unsaved_typing_is_saved_and_kept_before_history_opens(qtbot, history_env):
    window, editor, entry = history_env
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " and more")
    dialog = open_history(qtbot, editor)
    assert window.context.service.get_entry(entry).body == "The words of today and more"
    assert dialog.list.count() == 3
    assert dialog.list.item(0).text().endswith("The words of today")
    dialog.reject()


def test_a_new_entry_has_no_history_yet(qtbot, history_env):
    _window, editor, _entry = history_env
    editor.new_entry()
    qtbot.keyClicks(editor.body, "Fresh page")
    dialog = open_history(qtbot, editor)
    assert dialog.list.count() == 0
    assert "No earlier versions yet" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)


def test_with_nothing_to_bring_back_there_is_only_a_sentence_and_close(qtbot, history_env):
    """Nothing to choose: no empty list, no Restore button; Close (no icon) takes Enter."""
    _window, editor, _entry = history_env
    editor.new_entry()
    qtbot.keyClicks(editor.body, "Fresh page")
    dialog = open_history(qtbot, editor)
    assert not dialog.restore_button.isVisible()
    assert not dialog.splitter.isVisible() and not dialog.intro.isVisible()
    assert dialog.close_button.isDefault() and dialog.close_button.icon().isNull()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
