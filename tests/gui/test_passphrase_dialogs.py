"""Passphrase strength in setup, change and recovery; Settings → change passphrase and show the
recovery key again; Export asks before replacing a file; the status bar and the preview stay
current. Driven like a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import export_journal
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE

WEAK = "password123"
STRONG = "walnut lantern meadow cello"


def unlocked_window(qtbot, make_window, paths, titles=("A first entry",)):  # type: ignore[no-untyped-def]
    journal, recovery = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        for title in titles:
            JournalService(journal).add_entry(NewEntry(title=title, body=f"Body of {title}."))
    window = make_window()
    unlock(qtbot, window)
    return window, recovery


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.lock_screen.passphrase, passphrase)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)


def click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    (chosen,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)


# --- setup ---------------------------------------------------------------------------------------


def test_setup_explains_a_weak_passphrase_and_asks_before_using_it(qtbot, make_window, paths):
    window = make_window()
    setup = window.setup
    qtbot.keyClicks(setup.passphrase, WEAK)
    qtbot.keyClicks(setup.confirm, WEAK)
    assert setup.strength.meter.value() < 3
    shown = setup.strength.text.text()
    assert "a very common password" in shown and "Adding a word or two" in shown
    assert "Okay" not in shown
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    box = setup.weak_box
    assert box.isVisible() and "easy to guess" in box.text()
    assert "a very common password" in box.informativeText()
    assert box.defaultButton().text() == "Choose another"  # the careful choice is the default
    click(qtbot, box, "Choose another")
    assert not paths.database.exists() and setup.currentIndex() == 0
    assert setup.passphrase.selectedText() == WEAK
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    click(qtbot, setup.weak_box, "Use it anyway")
    qtbot.waitUntil(lambda: setup.currentIndex() == 1, timeout=10_000)
    assert paths.database.exists()


def test_setup_with_a_strong_passphrase_asks_nothing(qtbot, make_window, paths):
    window = make_window()
    setup = window.setup
    qtbot.keyClicks(setup.passphrase, STRONG)
    qtbot.keyClicks(setup.confirm, STRONG)
    assert setup.strength.meter.value() >= 3
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.weak_box is None
    qtbot.waitUntil(lambda: setup.currentIndex() == 1, timeout=10_000)


# --- Settings: change passphrase -----------------------------------------------------------------


def open_change(qtbot, window):  # type: ignore[no-untyped-def]
    window.workspace.show_page("Settings")
    section = window.workspace.settings_page.access
    qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton)
    return section.change_dialog


def test_change_passphrase_in_settings(qtbot, make_window, paths):
    window, recovery = unlocked_window(qtbot, make_window, paths)
    dialog = open_change(qtbot, window)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.old
    qtbot.keyClicks(dialog.old, "not my passphrase")
    qtbot.keyClicks(dialog.new, STRONG)
    qtbot.keyClicks(dialog.confirm, STRONG)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert dialog.message.text() == (
        "That isn't the passphrase this journal opens with now. "
        "Take your time and try again; nothing was changed."
    )
    assert dialog.isVisible() and dialog.old.text() == "" and dialog.new.text() == STRONG
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.new.text() == "" and dialog.old.text() == ""  # secrets are not kept
    note = window.workspace.settings_page.access.note.text()
    assert "passphrase is changed" in note and "recovery key stays the same" in note
    window.lock()
    unlock(qtbot, window, STRONG)
    window.lock()
    AccessService(paths).open_with_recovery_key(recovery).close()


def test_change_to_a_weak_passphrase_asks_first(qtbot, make_window, paths):
    window, _ = unlocked_window(qtbot, make_window, paths)
    dialog = open_change(qtbot, window)
    before = paths.key_slots.read_bytes()
    dialog.old.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.new, WEAK)
    qtbot.keyClicks(dialog.confirm, WEAK)
    assert "a very common password" in dialog.strength.text.text()
    dialog.submit()
    click(qtbot, dialog.weak_box, "Choose another")
    assert paths.key_slots.read_bytes() == before and dialog.isVisible()
    dialog.submit()
    click(qtbot, dialog.weak_box, "Use it anyway")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    window.lock()
    AccessService(paths).open(WEAK).close()


def test_locking_while_asking_about_a_weak_passphrase_closes_the_question(
    qtbot, make_window, paths
):
    window, _ = unlocked_window(qtbot, make_window, paths)
    dialog = open_change(qtbot, window)
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText(WEAK)
    dialog.confirm.setText(WEAK)
    dialog.submit()
    box = dialog.weak_box
    assert box.isVisible()
    window.lock()
    assert not box.isVisible() and not dialog.isVisible()
    assert dialog.new.text() == "" and dialog.old.text() == ""


def test_change_dialog_refuses_mismatch_and_escape_closes_it(qtbot, make_window, paths):
    window, _ = unlocked_window(qtbot, make_window, paths)
    dialog = open_change(qtbot, window)
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText(STRONG)
    dialog.confirm.setText(STRONG + "!")
    dialog.submit()
    assert "not the same" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.new.text() == ""


# --- Settings: show the recovery key again -------------------------------------------------------


def test_recovery_key_again_after_the_passphrase(qtbot, make_window, paths):
    window, recovery = unlocked_window(qtbot, make_window, paths)
    window.workspace.show_page("Settings")
    section = window.workspace.settings_page.access
    qtbot.mouseClick(section.key_button, Qt.MouseButton.LeftButton)
    dialog = section.key_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.passphrase
    assert not dialog.key_label.isVisible()
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "isn't the passphrase" in dialog.message.text()
    assert dialog.key_label.text() == ""
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.key_label.isVisible(), timeout=10_000)
    assert dialog.key_label.text().replace("\n", "") == recovery
    assert dialog.passphrase.text() == ""
    saved = paths.root.parent / "key.txt"
    dialog.save_key_to(saved)
    assert recovery in saved.read_text() and saved.stat().st_mode & 0o077 == 0
    window.lock()  # the key is on screen: locking closes the dialog and forgets it
    assert not dialog.isVisible() and dialog.key_label.text() == ""


def test_settings_buttons_wait_for_an_unlocked_journal(qtbot, make_window, paths):
    window, _ = unlocked_window(qtbot, make_window, paths)
    section = window.workspace.settings_page.access
    window.workspace.show_page("Settings")
    assert section.change_button.isEnabled() and section.key_button.isEnabled()
    assert section.change_button.accessibleName() and section.key_button.accessibleName()
    window.lock()
    assert not section.change_button.isEnabled() and not section.key_button.isEnabled()


# --- forgot passphrase: the recovery dialog uses the same estimate -------------------------------


def test_recover_dialog_asks_before_a_weak_passphrase(qtbot, make_window, paths):
    journal, recovery = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    journal.close()
    window = make_window()
    qtbot.mouseClick(window.lock_screen.forgot_button, Qt.MouseButton.LeftButton)
    dialog = window.recover_dialog
    dialog.key.setText(recovery)
    qtbot.keyClicks(dialog.new, WEAK)
    qtbot.keyClicks(dialog.confirm, WEAK)
    assert "a very common password" in dialog.strength.text.text()
    dialog.submit()
    click(qtbot, dialog.weak_box, "Choose another")
    assert dialog.isVisible()
    AccessService(paths).open(PASSPHRASE).close()  # unchanged
    dialog.submit()
    click(qtbot, dialog.weak_box, "Use it anyway")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    AccessService(paths).open(WEAK).close()


# --- export asks before replacing a file ---------------------------------------------------------


def test_export_asks_before_replacing_a_file(qtbot, make_window, paths, tmp_path):
    window, _ = unlocked_window(qtbot, make_window, paths)
    out = tmp_path / "copy.json"
    out.write_bytes(b"someone else's file\n")
    dialog = window.transfers.open_export()
    dialog.target.setCurrentIndex(dialog.target.findData("json"))
    dialog.path.setText(str(out))
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    box = dialog.overwrite_box
    assert box.isVisible() and "copy.json" in box.text()
    assert box.defaultButton().text() == "Keep it"
    click(qtbot, box, "Keep it")
    assert not dialog.busy and dialog.pages.currentWidget() is dialog.form
    assert out.read_bytes() == b"someone else's file\n"
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    click(qtbot, dialog.overwrite_box, "Replace it")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.pages.currentWidget() is dialog.done_page, dialog.error.text()
    assert "A first entry" in out.read_text()


def test_locking_while_asking_to_replace_closes_the_question(qtbot, make_window, paths, tmp_path):
    window, _ = unlocked_window(qtbot, make_window, paths)
    out = tmp_path / "copy.json"
    out.write_bytes(b"someone else's file\n")
    dialog = window.transfers.open_export()
    dialog.target.setCurrentIndex(dialog.target.findData("json"))
    dialog.path.setText(str(out))
    dialog.understood.setChecked(True)
    dialog.start()
    box = dialog.overwrite_box
    assert box.isVisible()
    window.lock()
    assert not box.isVisible() and dialog.overwrite_box is None
    assert out.read_bytes() == b"someone else's file\n"


def test_export_to_a_new_file_asks_nothing(qtbot, make_window, paths, tmp_path):
    window, _ = unlocked_window(qtbot, make_window, paths)
    dialog = window.transfers.open_export()
    dialog.target.setCurrentIndex(dialog.target.findData("json"))
    dialog.path.setText(str(tmp_path / "new.json"))
    dialog.understood.setChecked(True)
    dialog.start()
    assert dialog.overwrite_box is None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert (tmp_path / "new.json").exists()


# --- the status bar and the preview stay current -------------------------------------------------


def test_status_bar_counts_entries_as_they_come_and_go(qtbot, make_window, paths, tmp_path):
    window, _ = unlocked_window(qtbot, make_window, paths, titles=())
    assert window.status.text().startswith("0 entries")
    page = window.workspace.journal_page
    qtbot.keyClicks(page.editor.title, "The very first one")
    page.editor.save_now()
    assert window.status.text().startswith("1 entry")
    page.editor.trash_action.trigger()
    assert window.status.text().startswith("0 entries")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert window.status.text().startswith("1 entry")
    page.editor.trash_action.trigger()
    page.set_mode(2)
    page.trash_list.setCurrentIndex(page.trash_model.index(0, 0))
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert window.status.text().startswith("1 entry")
    exported = tmp_path / "more.json"
    other, _ = AccessService(JournalPaths(tmp_path / "other"), FAST_TEST_KDF).create(PASSPHRASE)
    with other:
        for title in ("Two", "Three"):
            JournalService(other).add_entry(NewEntry(title=title))
        export_journal(other, "json", exported)
    dialog = window.transfers.open_import()
    dialog.source.setCurrentIndex(dialog.source.findData("innerchild-json"))
    dialog.path.setText(str(exported))
    dialog.start()
    qtbot.waitUntil(lambda: window.status.text().startswith("3 entries"), timeout=60_000)


def test_preview_shows_the_chosen_entry_right_after_unlock(qtbot, make_window, paths):
    window, _ = unlocked_window(qtbot, make_window, paths)
    editor = window.workspace.journal_page.editor
    editor.preview_action.trigger()  # the person likes the preview on
    assert "Body of A first entry." in editor.preview.toPlainText()
    window.lock()
    assert editor.preview.toPlainText() == ""
    unlock(qtbot, window)
    assert editor.preview.isVisible()
    assert "Body of A first entry." in editor.preview.toPlainText()  # without typing


def test_the_new_dialogs_name_their_controls(qtbot, make_window, paths):
    from tests.gui.test_accessibility import unnamed

    window, _ = unlocked_window(qtbot, make_window, paths)
    change = open_change(qtbot, window)
    assert unnamed(change) == []
    change.reject()
    section = window.workspace.settings_page.access
    assert unnamed(section) == []
    qtbot.mouseClick(section.key_button, Qt.MouseButton.LeftButton)
    dialog = section.key_dialog
    assert unnamed(dialog) == []
    assert dialog.show_button.isDefault()  # Enter in the passphrase field shows the key
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.key_panel.isVisible(), timeout=10_000)
    assert unnamed(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.key_label.text() == ""
