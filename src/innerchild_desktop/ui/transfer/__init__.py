"""File menu's way in and out: Import…, Export…, Share with my therapist…, Back up to…, Restore….

:class:`TransferActions` owns the actions and at most one open transfer dialog, and tells the
main window what it needs to know: whether a transfer is running (auto-lock waits, database
writes from elsewhere are deferred until it ends), and when the journal changed underneath.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.transfer.progress import TransferDialog

if TYPE_CHECKING:
    from innerchild_desktop.ui.main_window import MainWindow

IMPORT_SHORTCUT = "Ctrl+Shift+O"
EXPORT_SHORTCUT = "Ctrl+Shift+E"


class TransferActions(QObject):
    journal_changed = Signal()  # an import added to the journal: views reload
    restored = Signal(object)  # a backup replaced the journal (the kept folder, or None)
    running_changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: TransferDialog | None = None
        self._deferred: list[Callable[[], None]] = []

        def action(text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _=False: slot())
            window.addAction(act)
            return act

        self.import_action = action(
            translate("transfer", "&Import…"), IMPORT_SHORTCUT, self.open_import
        )
        self.export_action = action(
            translate("transfer", "&Export…"), EXPORT_SHORTCUT, self.open_export
        )
        self.share_action = action(
            translate("transfer", "S&hare with my therapist…"), None, self.open_share
        )
        self.backup_to_action = action(
            translate("transfer", "Back up &to…"), None, self.open_backup_to
        )
        self.restore_action = action(
            translate("transfer", "&Restore from a backup…"), None, self.open_restore
        )
        self.journal_actions = (
            self.import_action,
            self.export_action,
            self.share_action,
            self.backup_to_action,
        )

    # --- state ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.dialog is not None and self.dialog.busy

    def set_unlocked(self, unlocked: bool) -> None:
        for act in self.journal_actions:
            act.setEnabled(unlocked)

    def after(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` now, or when the running transfer ends (an import holds the write lock)."""
        if self.busy:
            self._deferred.append(fn)
        else:
            fn()

    def lock_down(self) -> None:
        """Before the journal locks: stop a running transfer and close its window."""
        from innerchild_desktop.ui.transfer.backup_dialogs import RestoreDialog

        dialog = self.dialog
        if dialog is None or isinstance(dialog, RestoreDialog):
            return
        dialog.cancel_and_wait()
        dialog.job = None
        dialog.close()
        self.dialog = None
        self._drain()

    def _drain(self) -> None:
        pending, self._deferred = self._deferred, []
        for fn in pending:
            fn()

    def _stopped(self) -> None:
        self.running_changed.emit(False)
        self._drain()

    # --- the dialogs ----------------------------------------------------------------------------
    def _show(self, dialog: TransferDialog) -> TransferDialog:
        if self.dialog is not None:
            if self.dialog.busy:
                self.dialog.raise_()
                self.dialog.activateWindow()
                return self.dialog
            self.dialog.close()
        self.window.workspace.flush()  # what is typed is saved before anything is read
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.breathe_requested.connect(self.window.open_calm)
        dialog.work_started.connect(lambda: self.running_changed.emit(True))
        dialog.work_stopped.connect(self._stopped)
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: TransferDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _journal(self):  # type: ignore[no-untyped-def]
        journal = self.window.context.journal
        return journal if journal is not None and journal.is_open else None

    def open_import(self) -> TransferDialog | None:
        from innerchild_desktop.ui.transfer.import_dialog import ImportDialog

        journal = self._journal()
        if journal is None:
            return None
        dialog = self._show(ImportDialog(self.window.context.transfer, self.window))
        dialog.completed.connect(lambda _: self.journal_changed.emit())
        return dialog

    def open_export(self, *, today: date | None = None) -> TransferDialog | None:
        from innerchild_desktop.ui.transfer.export_dialog import ExportDialog

        journal = self._journal()
        if journal is None:
            return None
        return self._show(ExportDialog(self.window.context.transfer, self.window, today=today))

    def open_share(self, *, today: date | None = None) -> TransferDialog | None:
        from innerchild_desktop.ui.transfer.share_dialog import ShareDialog

        journal = self._journal()
        if journal is None:
            return None
        service = self.window.context.service
        transfer = self.window.context.transfer
        return self._show(ShareDialog(transfer, service, self.window, today=today))

    def open_backup_to(self) -> TransferDialog | None:
        from innerchild_desktop.ui.transfer.backup_dialogs import BackupDialog

        journal = self._journal()
        return None if journal is None else self._show(BackupDialog(journal, self.window))

    def open_restore(self) -> TransferDialog:
        from innerchild_desktop.ui.transfer.backup_dialogs import RestoreDialog

        context = self.window.context
        dialog = RestoreDialog(context.paths, self.window, backups=context.backups)
        dialog.before_replace = self.window.lock
        dialog.restored.connect(self.restored)
        return self._show(dialog)
