"""The passphrase screens: setup explaining a guessable passphrase and asking before keeping it,
Settings → Change passphrase, the recovery key shown again, and "lock out the old ones" (the
choice ticked, the calm wait while the journal gets its new key, the new recovery key). The
demo journal itself is not rekeyed: those states are staged, and the key shown is the demo
journal's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.screenshots.common import DEMO_PASSPHRASE, SIZE, Run
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow


def passphrase_screens(run: Run, window: MainWindow, scratch: Path) -> None:
    fresh = MainWindow(AppContext(JournalPaths(scratch / "fresh-weak"), kdf=FAST_TEST_KDF))
    fresh.resize(*SIZE)
    fresh.show()
    fresh.setup.passphrase.setText("dragonfly")
    fresh.setup.confirm.setText("dragonfly")
    fresh.setup._submit()
    question = fresh.setup.weak_box
    assert question is not None
    question.hide()  # drawn over the window by save_over, as it appears
    journal = window.context.journal
    assert journal is not None
    window.workspace.show_page("Settings")
    section = window.workspace.settings_page.access
    section.open_change()
    change = section.change_dialog
    assert change is not None
    change.old.setText(DEMO_PASSPHRASE)
    change.new.setText("summer2024")
    change.confirm.setText("summer2024")
    section.open_key()
    key = section.key_dialog
    assert key is not None
    key._shown(window.context.access.recovery_key_again(journal, DEMO_PASSPHRASE))
    for suffix in run.themes():
        run.save(fresh, f"60-setup-weak-passphrase{suffix}")
        run.save_over(fresh, question, f"61-setup-weak-question{suffix}")
        run.save(change, f"62-change-passphrase{suffix}")
        run.save(key, f"63-recovery-key-again{suffix}")
    key.reject()
    change.reject()
    question.done(0)
    fresh.close()


def new_key_screens(run: Run, window: MainWindow) -> None:
    journal = window.context.journal
    assert journal is not None
    window.workspace.show_page("Settings")
    section = window.workspace.settings_page.access
    stages = ("64-change-passphrase-new-key", "65-new-key-working", "66-new-recovery-key")
    for stage in stages:
        section.open_change()
        dialog = section.change_dialog
        assert dialog is not None
        dialog.old.setText(DEMO_PASSPHRASE)
        dialog.new.setText("harbour quilt thistle morning")
        dialog.confirm.setText("harbour quilt thistle morning")
        dialog.choice.box.setChecked(True)
        if stage == stages[1]:
            dialog._renewing = True
            dialog._set_busy(True)
        elif stage == stages[2]:
            # The demo journal's own key (throwaway), standing in for a new one.
            dialog._renewed(window.context.access.recovery_key_again(journal, DEMO_PASSPHRASE))
        QApplication.processEvents()
        dialog.adjustSize()
        run.save_themed(dialog, stage)
        dialog._set_busy(False)
        dialog.done(0)
    section.note.clear()
