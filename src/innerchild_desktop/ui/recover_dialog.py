""" "Forgot your passphrase?": set a new one with the recovery key, from the lock screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
)

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.passphrase import MIN_LENGTH
from innerchild_desktop.ui.passphrase_ui import StrengthView, ask_before_weak
from innerchild_desktop.ui.tasks import TaskRunner
from innerchild_desktop.ui.widgets import label


class RecoverDialog(QDialog):
    def __init__(self, context: AppContext, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self.tasks = TaskRunner(self)
        self.weak_box: QMessageBox | None = None
        self.setWindowTitle(translate("recover_dialog", "Use your recovery key"))
        self.setAccessibleName(translate("recover_dialog", "Use your recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "recover_dialog",
                    "Type the recovery key you kept when you set up the journal "
                    "(it starts with IC1-), then choose a new passphrase. Your "
                    "entries are not touched.",
                ),
                "muted",
            )
        )
        self.key = QLineEdit()
        self.key.setPlaceholderText("IC1-XXXXX-XXXXX-…")
        self.key.setAccessibleName(translate("recover_dialog", "Recovery key"))
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setPlaceholderText(translate("recover_dialog", "New passphrase"))
        self.new.setAccessibleName(translate("recover_dialog", "New passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText(translate("recover_dialog", "The new passphrase again"))
        self.confirm.setAccessibleName(translate("recover_dialog", "Confirm new passphrase"))
        self.strength = StrengthView()
        self.message = label("", "error")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("recover_dialog", "Set new passphrase")
        )
        for w in (
            self.key,
            self.new,
            self.confirm,
            self.strength,
            self.message,
            self.busy,
            self.buttons,
        ):
            layout.addWidget(w)
        self.new.textChanged.connect(self.strength.show_for)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        if len(self.new.text()) < MIN_LENGTH:
            self.message.setText(
                translate("recover_dialog", "Please use at least {count} characters.").format(
                    count=MIN_LENGTH
                )
            )
            return
        if self.new.text() != self.confirm.text():
            self.message.setText(
                translate("recover_dialog", "The two new passphrases are not the same yet.")
            )
            return
        strength = self.strength.show_for(self.new.text())
        if strength.acceptable:
            self._start()
        else:
            self.weak_box = ask_before_weak(self, strength, self._start, self.new.setFocus)

    def _start(self) -> None:
        self.weak_box = None
        key, new, service = self.key.text(), self.new.text(), self.context.access
        self.busy.setVisible(True)
        self.buttons.setEnabled(False)
        self.message.setText("")
        self.tasks.start(lambda: service.recover(key, new), self._done, self._failed)

    def _done(self, _: object) -> None:
        self.busy.setVisible(False)
        self.key.clear()
        self.new.clear()
        self.confirm.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from innerchild_desktop.ui.failures import describe_failure

        self.busy.setVisible(False)
        self.buttons.setEnabled(True)
        self.message.setText(describe_failure(exc))
