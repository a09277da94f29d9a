"""The lock screen: unlock off the GUI thread, and "I feel overwhelmed" without unlocking."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.widgets import button, card, centred, label, pointing_hand, screen


class LockScreen(QWidget):
    unlock_requested = Signal(str)
    overwhelmed_requested = Signal()
    grounding_requested = Signal()
    recover_requested = Signal()
    safety_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("lock_screen", "Lock screen"))
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        page = screen(self)
        root.addWidget(page)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        frame, box = card(page)
        frame.setFixedWidth(520)
        box.addWidget(label(translate("lock_screen", "Welcome back"), "title"))
        box.addWidget(
            label(
                translate("lock_screen", "Your journal is locked and encrypted. Take your time."),
                "subtitle",
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(translate("lock_screen", "Passphrase"))
        self.passphrase.setAccessibleName(translate("lock_screen", "Passphrase"))
        box.addWidget(self.passphrase)
        self.message = label("", "error")
        self.message.setAccessibleName(translate("lock_screen", "Unlock message"))
        box.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(translate("lock_screen", "Unlocking"))
        box.addWidget(self.busy)
        self.unlock_button = button(
            translate("lock_screen", "&Unlock"),
            role="primary",
            pointer=False,
            description=translate("lock_screen", "Open your journal with this passphrase"),
        )
        box.addWidget(self.unlock_button)
        self.forgot_button = button(
            translate("lock_screen", "Forgot your passphrase?"),
            role="link",
            pointer=False,
            description=translate("lock_screen", "Set a new passphrase with your recovery key"),
        )
        box.addWidget(self.forgot_button)
        outer.addLayout(centred(frame))

        soothe_row = QHBoxLayout()
        soothe_row.addStretch(1)
        self.overwhelmed_button = button(
            translate("lock_screen", "I feel overwhelmed"),
            role="soothe",
            pointer=False,
            description=translate(
                "lock_screen",
                "Open a calm breathing exercise now, without unlocking (Ctrl+Shift+B)",
            ),
        )
        self.far_away_button = button(
            translate("lock_screen", "I feel far away"),
            role="soothe",
            pointer=False,
            description=translate(
                "lock_screen",
                "Come back to here and now, eyes open, without unlocking (Ctrl+Shift+G)",
            ),
        )
        soothe_row.addWidget(self.overwhelmed_button)
        soothe_row.addWidget(self.far_away_button)
        self.safety_button = button(
            translate("lock_screen", "My safety plan"),
            role="soothe",
            pointer=False,
            description=translate(
                "lock_screen", "Crisis lines and the parts of your plan you chose to show here"
            ),
        )
        soothe_row.addWidget(self.safety_button)
        soothe_row.addStretch(1)
        outer.addSpacing(18)
        outer.addLayout(soothe_row)
        outer.addStretch(2)

        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.overwhelmed_button.clicked.connect(self.overwhelmed_requested)
        self.far_away_button.clicked.connect(self.grounding_requested)
        self.forgot_button.clicked.connect(self.recover_requested)
        self.safety_button.clicked.connect(self.safety_plan_requested)

    def finish(self) -> None:
        """What its first frame does without (issue 20): the pointing hand over its buttons."""
        pointing_hand(*self.findChildren(QPushButton))

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text or self.busy.isVisible():
            return
        self.message.setText("")
        self.set_busy(True)
        self.unlock_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.passphrase.selectAll()
        self.message.setText(message)
        self.passphrase.setFocus()

    def reset(self) -> None:
        """Forget everything typed; called whenever the journal locks."""
        self.set_busy(False)
        self.passphrase.clear()
        self.message.setText("")
        self.passphrase.setFocus()
