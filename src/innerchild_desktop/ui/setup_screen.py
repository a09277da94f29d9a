"""First run: a welcoming setup that chooses a passphrase and hands over the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.cli_io import MIN_PASSPHRASE
from innerchild_desktop.domain.passphrase import estimate
from innerchild_desktop.ui.widgets import button, card, centred, label, screen


class SetupScreen(QStackedWidget):
    """Page 0: choose a passphrase. Page 1: keep the recovery key. Emits ``completed``."""

    create_requested = Signal(str)
    completed = Signal()
    restore_requested = Signal()  # "I have a backup": a new computer, an old journal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Set up your journal")
        self._recovery_key = ""
        self.addWidget(self._build_choose())
        self.addWidget(self._build_recovery())

    # --- page 0 ---------------------------------------------------------------------------------
    def _build_choose(self) -> QWidget:
        page = screen()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        frame, box = card(page)
        frame.setFixedWidth(620)
        box.addWidget(label("Welcome to Inner Child", "title"))
        box.addWidget(
            label(
                "A private place to write to, and about, the child you were. "
                "Everything you write stays on this computer, encrypted.",
                "subtitle",
            )
        )
        box.addWidget(
            label(
                "Choose a passphrase. It is the key to your journal: nobody, not "
                "even us, can reset it. A few unrelated words are easy to remember "
                "and hard to guess.",
                "muted",
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Passphrase")
        self.passphrase.setAccessibleName("New passphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText("The same passphrase again")
        self.confirm.setAccessibleName("Confirm passphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName("Passphrase strength")
        self.strength = label("", "muted")
        self.error = label("", "error")
        self.create_button = button(
            "Create my journal",
            role="primary",
            description="Encrypt a new journal with this passphrase",
        )
        self.create_button.setEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName("Creating your journal")
        self.restore_button = button(
            "I have a backup to restore",
            role="link",
            description="Bring back a journal from an Inner Child backup file (.icbackup)",
        )
        self.restore_button.clicked.connect(self.restore_requested)
        for w in (
            self.passphrase,
            self.confirm,
            self.meter,
            self.strength,
            self.error,
            self.busy,
            self.create_button,
            self.restore_button,
        ):
            box.addWidget(w)
        outer.addLayout(centred(frame))
        outer.addStretch(2)
        self.passphrase.textChanged.connect(self._validate)
        self.confirm.textChanged.connect(self._validate)
        self.confirm.returnPressed.connect(self._submit)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.create_button.clicked.connect(self._submit)
        return page

    def _validate(self) -> None:
        text = self.passphrase.text()
        result = estimate(text)
        self.meter.setValue(result.score)
        self.strength.setText(f"{result.label}. {result.advice}" if text else "")
        problem = ""
        if text and len(text) < MIN_PASSPHRASE:
            problem = f"Please use at least {MIN_PASSPHRASE} characters."
        elif self.confirm.text() and self.confirm.text() != text:
            problem = "The two passphrases are not the same yet."
        self.error.setText(problem)
        ready = len(text) >= MIN_PASSPHRASE and self.confirm.text() == text
        self.create_button.setEnabled(ready and not self.busy.isVisible())

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.set_busy(True)
        self.create_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        if not busy:
            self._validate()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    # --- page 1 ---------------------------------------------------------------------------------
    def _build_recovery(self) -> QWidget:
        page = screen()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        frame, box = card(page)
        frame.setFixedWidth(680)
        box.addWidget(label("Your recovery key", "title"))
        box.addWidget(
            label(
                "If you ever forget your passphrase, this key is the only way back "
                "into your journal. It is shown only now. Write it down, or save it "
                "somewhere private, such as a password manager or a USB stick in a "
                "drawer.",
                "muted",
            )
        )
        self.key_label = label("", "recovery")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName("Recovery key")
        box.addWidget(self.key_label)
        row = QHBoxLayout()
        self.copy_button = button("&Copy", description="Copy the recovery key to the clipboard")
        self.save_button = button("&Save as file…", description="Save the recovery key to a file")
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        box.addLayout(row)
        self.saved_note = label("", "muted")
        box.addWidget(self.saved_note)
        self.confirm_kept = QCheckBox("I have kept my recovery key somewhere safe")
        self.confirm_kept.setAccessibleName("I have kept my recovery key somewhere safe")
        box.addWidget(self.confirm_kept)
        self.continue_button = button("Open my journal", role="primary")
        self.continue_button.setEnabled(False)
        box.addWidget(self.continue_button)
        outer.addLayout(centred(frame))
        outer.addStretch(2)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)
        self.confirm_kept.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        return page

    def show_recovery_key(self, key: str) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.confirm.clear()
        self._recovery_key = key
        groups = key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.setCurrentIndex(1)
        self.copy_button.setFocus()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._recovery_key)
        self.saved_note.setText("Copied. Remember to clear it from your clipboard manager later.")

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save recovery key",
            str(Path.home() / "innerchild-recovery-key.txt"),
            "Text files (*.txt)",
        )
        if path:
            self.save_key_to(Path(path))

    def save_key_to(self, path: Path) -> None:
        import os

        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(
                "Inner Child recovery key\n\n" + self._recovery_key + "\n\n"
                "Keep this private. It opens your journal without the passphrase.\n"
            )
        self.saved_note.setText(f"Saved to {path.name}.")

    def _finish(self) -> None:
        self._recovery_key = ""
        self.key_label.clear()
        self.confirm_kept.setChecked(False)
        self.setCurrentIndex(0)
        self.completed.emit()
