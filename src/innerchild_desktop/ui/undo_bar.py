"""A quiet bar that says what just happened and offers to undo it, instead of asking first.

Like the Journal's "Moved to the trash. Undo": the change is made at once and can be taken back.
Reachable by keyboard: its buttons are in the Tab order, ``Ctrl+Z`` (a shortcut on the widget
that owns the bar) undoes, and ``offer()`` can move focus to Undo so Space or Enter takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.widgets import button, label


class UndoBar(QFrame):
    undo_requested = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(translate("undo_bar", "Undo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = label("")
        self.text.setAccessibleName(translate("undo_bar", "What just happened"))
        self.undo_button = button(
            translate("undo_bar", "Undo"),
            description=translate("undo_bar", "{what} ({shortcut})").format(
                what=what, shortcut="Ctrl+Z"
            ),
        )
        self.hide_button = button(
            translate("undo_bar", "Hide"), description=translate("undo_bar", "Hide this message")
        )
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.hide_button)
        self.undo_button.clicked.connect(self.undo_requested)
        self.hide_button.clicked.connect(self.hide)
        self.setVisible(False)

    def offer(self, text: str, *, focus: bool = True) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(True)
        if focus:
            self.undo_button.setFocus()
