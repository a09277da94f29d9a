"""Review mode: a gentle, paced walk through memories, one card at a time.

Heavy memories are skipped unless the person invites them. "Pause and breathe" is always one
click away. The reflections save themselves, and the place in the walk is kept (encrypted).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.entries import EntryKind, NewEntry
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.memories import REFLECTION_FIELDS, MemoryRow, describe
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.ui.timeline.card import stage_label
from innerchild_desktop.ui.widgets import button, label

# English here; shown through translate("timeline.review", …).
QUESTIONS = {
    "what_happened": QT_TRANSLATE_NOOP(
        "timeline.review", "What happened, as much as you want to say"
    ),
    "what_i_felt": QT_TRANSLATE_NOOP("timeline.review", "What I felt then"),
    "what_i_needed": QT_TRANSLATE_NOOP("timeline.review", "What I needed"),
    "what_i_would_say": QT_TRANSLATE_NOOP("timeline.review", "What I would tell them now"),
}
ORDERS = {
    "chronological": QT_TRANSLATE_NOOP("timeline.review", "In order of age"),
    "stage": QT_TRANSLATE_NOOP("timeline.review", "By life stage"),
    "theme": QT_TRANSLATE_NOOP("timeline.review", "By feeling"),
}


def ordered(rows: list[MemoryRow], order: str) -> list[MemoryRow]:
    if order == "stage":
        return sorted(rows, key=lambda r: (r.stage or "~", r.sort_key or 0.0))
    if order == "theme":
        return sorted(rows, key=lambda r: (r.emotions[0] if r.emotions else "~", r.sort_key or 0.0))
    return list(rows)


class ReviewDialog(QDialog):
    breathe_requested = Signal()

    def __init__(self, timeline: TimelineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.rows: list[MemoryRow] = []
        self.index = 0
        self.setWindowTitle(translate("timeline.review", "Review memories"))
        self.setAccessibleName(translate("timeline.review", "Review memories"))
        self.resize(640, 680)
        saved = timeline.review_place()
        self.order = QComboBox()
        self.order.setAccessibleName(translate("timeline.review", "Order"))
        for key, text in ORDERS.items():
            self.order.addItem(translate("timeline.review", text), key)
        self.order.setCurrentIndex(max(self.order.findData(saved.order), 0))
        self.include_heavy = QCheckBox(
            translate("timeline.review", "Include memories marked heavy")
        )
        self.include_heavy.setAccessibleName(translate("timeline.review", "Include heavy memories"))
        self.title = label("", "title")
        self.when = label("", "muted")
        self.body = label("")
        self.body.setProperty("content", True)  # the memory's own words: never translated
        self.fields: dict[str, QPlainTextEdit] = {}
        self.response = QPlainTextEdit()
        self.response.setPlaceholderText(
            translate(
                "timeline.review",
                "A kind word to the child you were (saved as a "
                "journal entry linked to this memory), if you like",
            )
        )
        self.response.setAccessibleName(translate("timeline.review", "Compassionate response"))
        self.position = label("", "muted")
        back = button(
            translate("timeline.review", "Back"),
            description=translate("timeline.review", "The previous memory"),
        )
        forward = button(
            translate("timeline.review", "Next"),
            role="primary",
            description=translate("timeline.review", "The next memory, when you're ready"),
        )
        breathe = button(
            translate("timeline.review", "Pause and breathe"),
            role="soothe",
            description=translate("timeline.review", "A calm breathing exercise, now"),
        )
        top = QHBoxLayout()
        top.addWidget(self.order)
        top.addWidget(self.include_heavy)
        top.addStretch(1)
        top.addWidget(breathe)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.title, self.when, self.body):
            layout.addWidget(widget)
        for key in REFLECTION_FIELDS:
            asked = translate("timeline.review", QUESTIONS[key])
            editor = QPlainTextEdit()
            editor.setPlaceholderText(asked)
            editor.setAccessibleName(asked)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(52)
            self.fields[key] = editor
            layout.addWidget(label(asked, "muted"))
            layout.addWidget(editor)
        layout.addWidget(self.response)
        row = QHBoxLayout()
        row.addWidget(self.position, 1)
        row.addWidget(back)
        row.addWidget(forward)
        layout.addLayout(row)
        back.clicked.connect(lambda: self.go(self.index - 1))
        forward.clicked.connect(lambda: self.go(self.index + 1))
        breathe.clicked.connect(self.breathe_requested)
        self.order.activated.connect(lambda _: self.reload(keep_place=False))
        self.include_heavy.toggled.connect(lambda _: self.reload(keep_place=True))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.reload(keep_place=True, memory_id=saved.memory_id)

    def reload(self, *, keep_place: bool, memory_id: str | None = None) -> None:
        current = memory_id or (self.rows[self.index].id if keep_place and self.rows else None)
        rows = self.timeline.timeline()
        if not self.include_heavy.isChecked():
            rows = [r for r in rows if not r.heavy]
        self.rows = ordered(rows, self.order.currentData())
        ids = [r.id for r in self.rows]
        self.index = ids.index(current) if current in ids else 0
        self.show_card()

    def show_card(self) -> None:
        if not self.rows:
            self.title.setText(translate("timeline.review", "No memories to walk through yet."))
            self.title.setProperty("content", False)
            for widget in (*self.fields.values(), self.response):
                widget.setEnabled(False)
            return
        row = self.rows[self.index]
        self.title.setText(row.title)
        self.title.setProperty("content", True)  # the memory's own title: never translated
        self.when.setText(describe(row) + (f" · {stage_label(row.stage)}" if row.stage else ""))
        self.body.setText(row.body[:600])
        for key, editor in self.fields.items():
            editor.setPlainText(getattr(row, key))
        self.response.clear()
        self.position.setText(
            translate("timeline.review", "{number} of {total} · take your time").format(
                number=self.index + 1, total=len(self.rows)
            )
        )

    def save_card(self) -> None:
        if not self.rows:
            return
        row = self.rows[self.index]
        values = {k: e.toPlainText() for k, e in self.fields.items()}
        reply = self.response.toPlainText().strip()
        self.timeline.save_review(row.id, values, self.order.currentData())
        if reply:
            self.timeline.add_reflection(  # the entry and its link: one transaction
                row.id,
                NewEntry(
                    title=translate("timeline.review", "To the child in “{memory}”").format(
                        memory=row.title
                    ),
                    body=reply,
                    kind=EntryKind.MEMORY_REFLECTION,
                ),
            )
            self.response.clear()
        self.rows[self.index] = self.timeline.memory(row.id) or row

    def go(self, index: int) -> None:
        self.save_card()
        self.index = max(0, min(index, len(self.rows) - 1))
        self.show_card()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_card()
        super().closeEvent(event)
