"""The Prompts screen's question about one of the person's own memories ("From your timeline").

A template that carries a content note shows the note first, like every other prompt, and the
question only when the person asks for it. Nothing shows on a hard day (the engine offers none).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.ui.widgets import button, label, plain_tip


class MemoryRow(QWidget):
    write_requested = Signal(object)  # Offer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer: Offer | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "muted")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # holds a memory's own title
        self.text.setAccessibleName(translate("prompts.memory_row", "A prompt from your timeline"))
        self.reveal = button(
            translate("prompts.memory_row", "Show me the question"),
            description=translate("prompts.memory_row", "Read the question about this memory now"),
        )
        self.write = button(
            translate("prompts.memory_row", "Write about it"),
            description=translate(
                "prompts.memory_row", "A journal entry about this memory, with this question"
            ),
        )
        self.reveal.clicked.connect(lambda: self._show(True))
        self.write.clicked.connect(self._write)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reveal)
        layout.addWidget(self.write)
        self.set_offer(None)

    def set_offer(self, offer: Offer | None) -> None:
        self.offer = offer
        self._show(offer is not None and offer.content_note is None)

    def _show(self, revealed: bool) -> None:
        offer = self.offer
        if offer is None:
            self.text.clear()
        elif revealed:
            self.text.setText(
                translate("prompts.memory_row", "From your timeline: {prompt}").format(
                    prompt=offer.text
                )
            )
        else:
            self.text.setText(
                translate("prompts.memory_row", "From your timeline, a note first: {note}").format(
                    note=offer.content_note
                )
            )
        self.text.setToolTip(plain_tip(offer.why) if offer else "")
        self.reveal.setVisible(offer is not None and not revealed)
        self.write.setVisible(offer is not None and revealed)

    def _write(self) -> None:
        if self.offer is not None:
            self.write_requested.emit(self.offer)
