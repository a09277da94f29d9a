"""Starting to sync through a folder: a new sync passphrase (the first computer) or the one
chosen on the other computer (joining), and this computer's name as the others show it.

Setting up and joining run Argon2id and send the whole journal, so they run off the GUI thread
(as unlocking does); the background sync waits meanwhile (SyncRunner.set_busy) and locking waits
for them to finish (SyncSection.wait). Typed secrets are forgotten when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import WrongPassphrase
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.passphrase import weakness
from innerchild_desktop.services.sync import SyncService, default_device_name
from innerchild_desktop.ui.failures import describe_failure
from innerchild_desktop.ui.passphrase_ui import StrengthView
from innerchild_desktop.ui.tasks import TaskRunner
from innerchild_desktop.ui.widgets import label, secret_field

SETUP_INTRO = QT_TRANSLATE_NOOP(
    "sync_dialogs",
    "Choose a sync passphrase for this folder. Your other computers ask for it once, when they "
    "join. It can be the same as your journal's passphrase, or a new one.",
)
JOIN_INTRO = QT_TRANSLATE_NOOP(
    "sync_dialogs",
    "Syncing through this folder was set up on another computer. Type the sync passphrase you "
    "chose on your other computer.",
)


class SyncStartDialog(QDialog):
    """Set up (``joining`` False) or join syncing through ``folder``."""

    started = Signal(object)  # the first SyncReport
    working = Signal(bool)

    def __init__(
        self,
        service: SyncService,
        folder: Path,
        *,
        joining: bool,
        kdf: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.folder, self.joining, self.kdf = service, folder, joining, kdf
        self.tasks = TaskRunner(self)
        self._running = False
        title = (
            translate("sync_dialogs", "Join syncing through this folder")
            if joining
            else translate("sync_dialogs", "Sync through this folder")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label(title, "heading"))
        where = label(str(folder), "muted")
        where.setAccessibleName(translate("sync_dialogs", "Folder"))
        layout.addWidget(where)
        self.intro = label(translate("sync_dialogs", JOIN_INTRO if joining else SETUP_INTRO))
        layout.addWidget(self.intro)
        if joining:
            self.passphrase = secret_field(
                translate("sync_dialogs", "The sync passphrase"),
                translate("sync_dialogs", "Sync passphrase"),
            )
            self.confirm: QLineEdit | None = None
            self.strength: StrengthView | None = None
            layout.addWidget(self.passphrase)
        else:
            self.passphrase = secret_field(
                translate("sync_dialogs", "A sync passphrase"),
                translate("sync_dialogs", "New sync passphrase"),
            )
            self.confirm = secret_field(
                translate("sync_dialogs", "The same again"),
                translate("sync_dialogs", "Confirm sync passphrase"),
            )
            self.strength = StrengthView()
            self.passphrase.textChanged.connect(self.strength.show_for)
            for widget in (self.passphrase, self.confirm, self.strength):
                layout.addWidget(widget)
        layout.addWidget(
            label(
                translate("sync_dialogs", "This computer's name, as your other computers show it:")
            )
        )
        self.name = QLineEdit(default_device_name())
        self.name.setAccessibleName(translate("sync_dialogs", "This computer's name"))
        self.name.setMaxLength(60)
        layout.addWidget(self.name)
        self.message = label("", "error")
        self.message.setAccessibleName(translate("sync_dialogs", "Problem"))
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(
            translate("sync_dialogs", "Joining")
            if joining
            else translate("sync_dialogs", "Setting up")
        )
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(
            translate("sync_dialogs", "Join")
            if joining
            else translate("sync_dialogs", "Start syncing")
        )
        self.ok.setProperty("role", "primary")
        self.ok.setDefault(True)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.setFocus()

    def submit(self) -> None:
        words = self.passphrase.text()
        problem, focus = "", None
        if not words:
            problem, focus = (
                translate("sync_dialogs", "Please type the sync passphrase."),
                self.passphrase,
            )
        elif self.confirm is not None:
            if (why := weakness(words)) is not None:
                problem, focus = why, self.passphrase
            elif words != self.confirm.text():
                problem, focus = (
                    translate("sync_dialogs", "The two passphrases are not the same yet."),
                    self.confirm,
                )
        if focus is not None:
            self.message.setText(problem)
            focus.setFocus()
            return
        self._set_busy(True)
        service, folder, name, kdf = self.service, self.folder, self.name.text(), self.kdf
        joining = self.joining
        self.tasks.start(
            lambda: service.start_in_worker(folder, words, name, kdf, joining=joining),
            self._done,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._running = busy
        self.working.emit(busy)
        self.busy.setVisible(busy)
        self.message.setText(
            (
                translate("sync_dialogs", "Joining: both journals are being merged…")
                if self.joining
                else translate("sync_dialogs", "Setting up…")
            )
            if busy
            else ""
        )
        for widget in (self.passphrase, self.confirm, self.name, self.buttons):
            if widget is not None:
                widget.setEnabled(not busy)

    def _done(self, report: object) -> None:
        self.service.resume_capture()  # set up on the worker's connection: this one records too
        self._set_busy(False)
        self.started.emit(report)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(describe_failure(exc))
        if isinstance(exc, WrongPassphrase):
            self.passphrase.clear()
            self.passphrase.setFocus()

    def reject(self) -> None:
        if self._running:  # half set up is no state to leave it in: it finishes first
            return
        super().reject()

    def done(self, result: int) -> None:
        for field in (self.passphrase, self.confirm):
            if field is not None:
                field.clear()  # typed secrets are not kept once the dialog closes
        if self.strength is not None:
            self.strength.clear()
        super().done(result)
