"""Settings → Change my passphrase… → "Someone may know my old passphrase or recovery key —
lock out the old ones": the journal gets a new key off the GUI thread, and the new recovery key
is shown to copy or save. Driven by keyboard and mouse, as a person would."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from innerchild_desktop.domain.errors import WrongPassphrase, WrongRecoveryKey
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store import rekey
from tests.conftest import PASSPHRASE
from tests.gui.test_passphrase_dialogs import STRONG, open_change, unlock, unlocked_window


def test_lock_out_the_old_passphrase_and_recovery_key(qtbot, make_window, paths, tmp_path):
    window, old_recovery = unlocked_window(qtbot, make_window, paths, titles=("Kept",))
    dialog = open_change(qtbot, window)
    assert not dialog.choice.note.isVisible()
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    qtbot.keyClicks(dialog.new, STRONG)
    qtbot.keyClicks(dialog.confirm, STRONG)
    dialog.confirm.setFocus()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Tab)  # reachable by keyboard, after the fields
    assert dialog.focusWidget() is dialog.choice.box
    qtbot.keyClick(dialog.choice.box, Qt.Key.Key_Space)
    assert dialog.choice.chosen and dialog.choice.note.isVisible()
    assert dialog.ok.text() == "Change passphrase and key"

    # Clicked (no event loop turn) so that the worker's answer cannot arrive before the busy
    # state is looked at; Return in a field starts it too (the other test).
    dialog.ok.click()
    assert dialog.working.isVisible() and "little while" in dialog.working.text()
    dialog.reject()  # Esc while the key is being made: the dialog stays for the new key
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.key_panel.isVisible(), timeout=20_000)
    new_recovery = dialog.key_panel._shown_key()
    assert new_recovery.startswith("IC1-") and new_recovery != old_recovery
    assert "IC1-" in dialog.key_panel.key_label.text()
    assert not dialog.old.isVisible() and not dialog.working.isVisible()
    assert dialog.focusWidget() is dialog.key_panel.copy_button
    dialog.key_panel.save_key_to(tmp_path / "key.txt")
    assert new_recovery in (tmp_path / "key.txt").read_text()
    note = window.workspace.settings_page.access.note.text()
    assert "new key" in note and "no longer open" in note

    # The window reads on under the new key: the entry list is still there.
    assert window.workspace.journal_page.model.rowCount() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.key_panel._shown_key() == ""  # forgotten once closed
    window.lock()
    with pytest.raises(WrongPassphrase):
        AccessService(paths).open(PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        AccessService(paths).open_with_recovery_key(old_recovery)
    AccessService(paths).open_with_recovery_key(new_recovery).close()
    unlock(qtbot, window, STRONG)
    window.lock()


def test_without_the_choice_the_recovery_key_stays(qtbot, make_window, paths):
    window, recovery = unlocked_window(qtbot, make_window, paths)
    dialog = open_change(qtbot, window)
    assert dialog.ok.text() == "Change passphrase"
    qtbot.mouseClick(dialog.choice.text, Qt.MouseButton.LeftButton)  # its words tick it too
    assert dialog.choice.chosen and dialog.ok.text() == "Change passphrase and key"
    qtbot.mouseClick(dialog.choice.text, Qt.MouseButton.LeftButton)
    assert not dialog.choice.chosen
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    qtbot.keyClicks(dialog.new, STRONG)
    qtbot.keyClicks(dialog.confirm, STRONG)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert not dialog.key_panel.isVisible()
    window.lock()
    AccessService(paths).open_with_recovery_key(recovery).close()


def _start_new_key(qtbot, window):  # type: ignore[no-untyped-def]
    dialog = open_change(qtbot, window)
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    qtbot.keyClicks(dialog.new, STRONG)
    qtbot.keyClicks(dialog.confirm, STRONG)
    qtbot.mouseClick(dialog.choice.text, Qt.MouseButton.LeftButton)
    assert dialog.choice.chosen
    dialog.ok.click()
    return dialog


def test_no_locking_while_the_new_key_is_made(qtbot, make_window, paths, monkeypatch):
    """Auto-lock and Ctrl+L wait while the journal is re-encrypted: the new recovery key is
    shown only once, and it must reach the screen. Afterwards locking works as ever."""
    window, _ = unlocked_window(qtbot, make_window, paths)
    gate = threading.Event()
    real = AccessService.renew_key

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(60)  # released by the test below; the bound only spares a hung run
        return real(*args, **kwargs)

    monkeypatch.setattr(AccessService, "renew_key", held)
    dialog = _start_new_key(qtbot, window)
    try:
        window.lock_action.trigger()  # Ctrl+L
        window.idle.idle.emit()  # the auto-lock timer running out
        window.panic_lock()  # Lock and hide: hidden, still not locked
        assert window.context.unlocked and dialog.isVisible()
        assert "new key" in window.statusBar().currentMessage()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.key_panel.isVisible(), timeout=20_000)
    window.showNormal()
    assert window.context.unlocked
    window.lock_action.trigger()
    assert not window.context.unlocked and not dialog.isVisible()


def test_restore_says_a_backup_is_from_before_the_new_key(
    qtbot, make_window, paths, tmp_path, monkeypatch
):
    window, _ = unlocked_window(qtbot, make_window, paths)
    old = window.context.backups.write_backup(tmp_path / "before")
    restore = window.transfers.open_restore()
    restore.path.setText(str(old))
    assert "Made on" in restore.about.text() and "new key" not in restore.about.text()
    restore.reject()
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="seconds")
    monkeypatch.setattr(rekey, "renewal_time", lambda: later)  # the backup: clearly before
    dialog = _start_new_key(qtbot, window)
    qtbot.waitUntil(lambda: dialog.key_panel.isVisible(), timeout=20_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    restore = window.transfers.open_restore()
    restore.path.setText(str(old))
    assert "Made on" in restore.about.text()
    assert (
        "made before the new key — opens with the passphrase and recovery key you had then"
        in restore.about.text()
    )
    restore.reject()
    window.lock()
