"""Shared by setup, change and recovery: the strength line under a new passphrase, the question
before a weak one is kept, and the recovery key shown and saved the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar, QVBoxLayout, QWidget

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.passphrase import Strength, estimate
from innerchild_desktop.ui.question import ask
from innerchild_desktop.ui.widgets import label


class StrengthView(QWidget):
    """A meter and one line in plain words: how guessable the passphrase is, and what helps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(translate("passphrase_ui", "Passphrase strength"))
        self.text = label("", "muted")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(translate("passphrase_ui", "About this passphrase"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.meter)
        layout.addWidget(self.text)

    def show_for(self, passphrase: str) -> Strength:
        strength = estimate(passphrase)
        self.meter.setValue(strength.score)
        self.text.setText(strength.summary)
        self.meter.setAccessibleDescription(strength.label)
        return strength

    def clear(self) -> None:
        self.meter.setValue(0)
        self.text.clear()


def ask_before_weak(
    parent: QWidget,
    strength: Strength,
    keep: Callable[[], None],
    choose_another: Callable[[], None] | None = None,
) -> QMessageBox:
    """Explain why the passphrase is easy to guess; keep it only if the person says so."""
    return ask(
        parent,
        translate("passphrase_ui", "An easy passphrase to guess"),
        translate("passphrase_ui", "This passphrase would be easy to guess."),
        translate(
            "passphrase_ui",
            "{explanation} Anyone with a copy of your journal file could try "
            "passphrases like it quickly. You can choose another, or keep this one if you like.",
        ).format(explanation=strength.explanation),
        careful=translate("passphrase_ui", "Choose another"),
        other=translate("passphrase_ui", "Use it anyway"),
        on_other=keep,
        on_careful=choose_another,
    )


def key_in_two_lines(key: str) -> str:
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "-\n" + "-".join(groups[half:])


def save_recovery_key(path: Path, key: str) -> None:
    """Write the recovery key owner-only and atomically, with a line on what it is; a problem
    (no permission, a full disk) is an :class:`InnerChildError` in words."""
    from innerchild_desktop.services.transfer.common import write_private_file

    text = translate(
        "passphrase_ui",
        "Inner Child recovery key\n\n{key}\n\n"
        "Keep this private. It opens your journal without the passphrase.\n",
    ).format(key=key)
    write_private_file(path, text.encode("utf-8"))


class RecoveryKeyActions:
    """Copy and save for a screen that shows the recovery key (setup, and "show it again").

    The screen provides ``saved_note`` (a label) and ``_shown_key()``.
    """

    saved_note: Any

    def _shown_key(self) -> str:
        raise NotImplementedError

    def _copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self._shown_key())
        self.saved_note.setText(
            translate(
                "passphrase_ui", "Copied. Remember to clear it from your clipboard manager later."
            )
        )

    def _save(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,  # type: ignore[arg-type]
            translate("passphrase_ui", "Save recovery key"),
            str(Path.home() / "innerchild-recovery-key.txt"),
            translate("passphrase_ui", "Text files (*.txt)"),
        )
        if path:
            self.save_key_to(Path(path))

    def save_key_to(self, path: Path) -> None:
        try:
            save_recovery_key(path, self._shown_key())
        except InnerChildError as err:
            self.saved_note.setText(str(err))
            return
        self.saved_note.setText(
            translate("passphrase_ui", "Saved to {name}.").format(name=path.name)
        )
