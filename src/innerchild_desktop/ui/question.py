"""A gentle yes-or-no question that does not block: the careful answer is the default (Enter)
and Esc, and the other answer calls back. Tests click its buttons like a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    *,
    careful: str,
    other: str,
    on_other: Callable[[], None],
    on_careful: Callable[[], None] | None = None,
) -> QMessageBox:
    """Open the question window-modally and return it (keep a reference while it is open)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    box.setAccessibleName(title)
    careful_button = box.addButton(careful, QMessageBox.ButtonRole.RejectRole)
    other_button = box.addButton(other, QMessageBox.ButtonRole.AcceptRole)
    careful_button.setProperty("role", "primary")  # the default, and it looks it
    careful_button.setAccessibleName(careful)
    other_button.setAccessibleName(other)
    box.setDefaultButton(careful_button)
    box.setEscapeButton(careful_button)

    def answered(chosen: object) -> None:
        if chosen is other_button:
            on_other()
        elif on_careful is not None:
            on_careful()

    box.buttonClicked.connect(answered)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
