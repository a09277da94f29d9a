"""The quiet notice on an entry whose text changed on two computers at once (sync).

Both versions are kept: the later one is the entry, the other is in its History, named by the
computer it was written on. The notice stays until the person says they have looked ("I've
seen it"), which clears it on their other computers too. A card in the page, never a pop-up.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.widgets import FlowLayout, button, label

TWO_COMPUTERS_TEXT = QT_TRANSLATE_NOOP(
    "journal.two_computers",
    "This entry was changed on two computers at once. Both versions are kept: "
    "this one is the later, the other is in its History.",
)


class TwoComputersNotice(QFrame):
    history_requested = Signal()
    seen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(translate("journal.two_computers", "Edited on two computers"))
        text = translate("journal.two_computers", TWO_COMPUTERS_TEXT)
        self.setAccessibleDescription(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = label(text)
        self.text.setMinimumWidth(150)  # (more lines, rather than a wider editor)
        layout.addWidget(self.text, 1)
        self.history_button = button(
            translate("journal.two_computers", "Show History"),
            description=translate(
                "journal.two_computers", "See the other version, and bring it back if you like"
            ),
        )
        self.seen_button = button(
            translate("journal.two_computers", "I've seen it"),
            description=translate("journal.two_computers", "Hide this note on every computer"),
        )
        buttons = FlowLayout()  # (one under the other when the editor is narrow)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.seen_button)
        layout.addLayout(buttons)
        self.history_button.clicked.connect(self.history_requested)
        self.seen_button.clicked.connect(self.seen)
        self.setVisible(False)
