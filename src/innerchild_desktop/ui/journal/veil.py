"""What the Journal shows in place of an entry marked heavy until the person chooses to open it.

It is the question the timeline asks before a heavy memory (ui/heavy.py), asked in place rather
than in a dialog: moving through the list with the arrow keys never pops anything up, and neither
Enter nor a stray key opens the entry. Opening it is one deliberate click (or Tab and Space) on
"Open it"; "Breathe first" starts a breathing exercise and keeps it veiled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from innerchild_desktop.domain.entries import heavy_entry_title
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.widgets import FlowLayout, button, card, centred, label, screen


class HeavyVeil(QWidget):
    """Holds only the id of the veiled entry, never its words."""

    open_requested = Signal(str)
    breathe_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: str | None = None
        self.setAccessibleName(translate("journal.veil", "A heavy entry, veiled"))
        page = screen(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        column = QVBoxLayout(page)
        column.addStretch(1)
        frame, box = card(page)
        frame.setMaximumWidth(520)
        self.heading = label(heavy_entry_title(), "subtitle")
        self.question = label(
            translate("journal.veil", "This entry is marked heavy. Would you like to open it now?")
        )
        self.note = label(
            translate(
                "journal.veil",
                "You can breathe first, or leave it for another time and choose another entry.",
            ),
            "muted",
        )
        for widget in (self.heading, self.question, self.note):
            widget.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(widget)
        row = FlowLayout()  # (one under the other when the editor's side is narrow)
        self.open_button = button(
            translate("journal.veil", "Open it"),
            description=translate("journal.veil", "Open the heavy entry now"),
        )
        self.breathe_button = button(
            translate("journal.veil", "Breathe first"),
            role="soothe",
            description=translate("journal.veil", "Keep it veiled and start a breathing exercise"),
        )
        self.new_button = button(
            translate("journal.veil", "Write something new"),
            role="link",
            description=translate("journal.veil", "Start a new entry ({shortcut})").format(
                shortcut="Ctrl+N"
            ),
        )
        row.addWidget(self.open_button)
        row.addWidget(self.breathe_button)
        box.addLayout(row)
        box.addWidget(self.new_button)
        column.addLayout(centred(frame))
        column.addStretch(2)
        self.open_button.clicked.connect(self._open)
        self.breathe_button.clicked.connect(self.breathe_requested)
        self.new_button.clicked.connect(self.new_requested)
        new = QShortcut(QKeySequence("Ctrl+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_requested)

    def veil(self, entry_id: str) -> None:
        self.entry_id = entry_id

    def clear(self) -> None:
        self.entry_id = None

    def _open(self) -> None:
        if self.entry_id is not None:
            self.open_requested.emit(self.entry_id)
