"""Issue 15 in the window: restore's words after the recovery key, and a full disk."""

from __future__ import annotations

import errno
import os

from innerchild_desktop.domain.errors import DiskFull
from innerchild_desktop.ui.transfer.progress import describe_error
from tests.gui.test_transfer_dialogs import finish, open_window


def test_restore_with_the_recovery_key_suggests_setting_a_passphrase(
    qtbot, make_window, paths, tmp_path
):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, make_window, paths)
    recovery = window.context.journal.recovery_key()
    backup = tmp_path / "b.icbackup"
    dialog = window.transfers.open_backup_to()
    dialog.path.setText(str(backup))
    dialog.start()
    finish(qtbot, dialog)
    dialog.accept()
    window.lock()
    restore = window.transfers.open_restore()
    restore.path.setText(str(backup))
    restore.secret.setText(recovery)
    restore.start()
    finish(qtbot, restore)
    assert restore.pages.currentWidget() is restore.done_page, restore.error.text()
    text = restore.summary.text()
    assert "restored" in text and "Forgot your passphrase?" in text
    assert window.lock_screen.forgot_button.text() == "Forgot your passphrase?"  # named right


def test_a_full_disk_is_said_as_a_full_disk_in_every_transfer_dialog() -> None:
    said = describe_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "Nothing changed.")
    assert said == str(DiskFull())
    assert "damaged" not in said and "free some space" in said


def test_a_full_disk_while_unlocking_is_said_as_a_full_disk() -> None:
    from sqlcipher3 import dbapi2

    from innerchild_desktop.ui.failures import describe_failure

    said = describe_failure(dbapi2.OperationalError("database or disk is full"))
    assert said == str(DiskFull())
