"""Locking the main window: Lock, Quick hide, auto-lock after idle time, and what makes
locking wait (a new key being made) or auto-lock pause (an import or export running)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.ui.first_run import FirstRun
    from innerchild_desktop.ui.idle import IdleWatcher
    from innerchild_desktop.ui.sample_journal import SampleSession
    from innerchild_desktop.ui.soothe.safety_plan import SafetyPlanDialog
    from innerchild_desktop.ui.sync_runner import SyncRunner
    from innerchild_desktop.ui.transfer import TransferActions
    from innerchild_desktop.ui.upkeep import IndexUpkeep
    from innerchild_desktop.ui.workspace import Workspace

    _Base = QMainWindow
else:
    _Base = object

RENEWING_KEY_WAIT = QT_TRANSLATE_NOOP(
    "window_lock",
    "Your journal is getting its new key, so locking waits until that is done and the new "
    "recovery key is on screen.",
)


class WindowLock(_Base):
    """Mixed into MainWindow: everything that closes the journal and clears the window."""

    if TYPE_CHECKING:
        context: AppContext
        idle: IdleWatcher
        upkeep: IndexUpkeep
        sync_runner: SyncRunner
        transfers: TransferActions
        workspace: Workspace
        first_run: FirstRun
        sample: SampleSession
        safety_dialog: SafetyPlanDialog | None
        _fixed_idle: bool
        _renewing_key: bool

        def show_start(self) -> None: ...

    def _transfer_running(self, running: bool) -> None:
        """Auto-lock waits while an import or export runs (Ctrl+L still locks at once); the
        index tidy-up steps aside and comes back after (an import may call for it)."""
        if not self.context.unlocked:
            return
        if running:
            self.idle.stop()
            self.upkeep.stop()
        else:
            self.idle.start()
            self.upkeep.start(self.context.journal)

    def _set_auto_lock(self, minutes: int) -> None:
        if not self._fixed_idle:
            self.idle.set_interval(minutes * 60_000)
        self.show_start()

    def key_renewal_running(self, running: bool) -> None:
        """Told by the change-passphrase dialog: while the journal gets a new key, neither
        auto-lock nor Ctrl+L locks, so the new recovery key (shown once) reaches the screen."""
        self._renewing_key = running
        if running:
            self.idle.stop()
        elif self.context.unlocked:
            self.idle.start()

    def lock(self) -> None:
        """Save, close the database, forget the key, clear every widget, show the lock screen."""
        if not self.context.unlocked:
            return
        if self._renewing_key:
            self.statusBar().showMessage(translate("window_lock", RENEWING_KEY_WAIT), 10_000)
            return
        dialog = getattr(self, "safety_dialog", None)
        if dialog is not None:  # an open, editable plan shows personal content: save and close
            dialog.close()
            self.safety_dialog = None
        self.transfers.lock_down()  # stops a running import (rolled back) or export
        self.upkeep.stop()
        self.idle.stop()
        self.workspace.flush()
        self.sync_runner.before_lock()  # what waits goes out to the sync folder, then it stops
        self.workspace.clear()
        self.first_run.clear()
        self.context.lock()
        self.sample.end()  # a sample journal is deleted; the person's own location comes back
        self.show_start()

    def panic_lock(self) -> None:
        """Quick hide: lock, then hide the window (into the tray where there is one, else
        minimised, so it can always come back). Works while locked too: it hides the lock screen."""
        self.lock()
        if getattr(self, "tray", None) is not None:
            self.hide()
        else:
            self.showMinimized()
