"""The quiet notice on an entry whose text changed on two computers at once (sync).

Both versions are kept: the later one is the entry, the other is in its History, named by the
computer it was written on. The notice stays until the person says they have looked ("I've
seen it"), which clears it on their other computers too. A card in the page, never a pop-up.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from innerchild_desktop.ui.widgets import button, label

TWO_COMPUTERS_TEXT = (
    "This entry was changed on two computers at once. Both versions are kept: "
    "this one is the later, the other is in its History."
)


class TwoComputersNotice(QFrame):
    history_requested = Signal()
    seen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName("Edited on two computers")
        self.setAccessibleDescription(TWO_COMPUTERS_TEXT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = label(TWO_COMPUTERS_TEXT)
        layout.addWidget(self.text, 1)
        self.history_button = button(
            "Show History", description="See the other version, and bring it back if you like"
        )
        self.seen_button = button("I've seen it", description="Hide this note on every computer")
        layout.addWidget(self.history_button)
        layout.addWidget(self.seen_button)
        self.history_button.clicked.connect(self.history_requested)
        self.seen_button.clicked.connect(self.seen)
        self.setVisible(False)
