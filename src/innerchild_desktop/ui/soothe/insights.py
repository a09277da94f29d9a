"""What helps me: how each exercise tends to leave the person, in words, and their own notes.

No charts, no counts over time, no streaks: nothing here can say "you didn't". Numbers appear
only on request ("Show numbers"). Names of one's own patterns and the notes are the person's own
words: always plain text, never rich text.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.insights import Helped, OwnWords, WhatHelps
from innerchild_desktop.ui import question
from innerchild_desktop.ui.widgets import button, label

EMPTY = "When you try an exercise, what helped will gather here. Only you see this."
NO_RATINGS = (
    "If you like, note how you feel before and after an exercise, and how each one tends to "
    "leave you will show here."
)
LONGEST_NOTE = 400  # characters shown of one note; the rest stays in the journal


def plain(text: str, role: str = "") -> QLabel:
    widget = label(text, role)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def heading(text: str) -> QLabel:
    widget = plain(text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


def numbers_text(row: Helped) -> str:
    """The figures behind the words, on the 0–10 scale."""
    ratings = f"from {row.rated} rating{'' if row.rated == 1 else 's'}"
    if round(row.eased, 1) == 0:
        return f"no change on average, {ratings}"
    direction = "lower" if row.eased > 0 else "higher"
    return f"{abs(row.eased):.1f} {direction} on average (0–10), {ratings}"


def day_text(when: datetime) -> str:
    local = when.astimezone()
    return f"{local.day} {local:%b %Y}"


def note_text(note: OwnWords) -> str:
    text = note.text
    return text if len(text) <= LONGEST_NOTE else text[: LONGEST_NOTE - 1].rstrip() + "…"


class InsightsPanel(QWidget):
    history_deleted = Signal()
    looking_back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("What helps me")
        self.summary = WhatHelps(tried_any=False)
        self.number_labels: list[QLabel] = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.addWidget(label("What helps me", "subtitle", wrap=False))
        header.addSpacing(16)
        self.looking_back_button = button(
            "Looking back…",
            accessible="Looking back",
            description="Your year in colour, kind words and what helped (Ctrl+Shift+Y)",
        )
        self.looking_back_button.clicked.connect(lambda: self.looking_back_requested.emit())
        header.addWidget(self.looking_back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        layout.addLayout(header)
        self.empty = label(EMPTY, "muted")
        layout.addWidget(self.empty)

        self.helped_heading = heading("How you tend to feel after each exercise")
        self.no_ratings = label(NO_RATINGS, "muted")
        self.helped_rows = QWidget()
        self.helped_rows.setAccessibleName("How each exercise tends to leave you")
        self.helped_grid = QGridLayout(self.helped_rows)
        self.helped_grid.setContentsMargins(0, 0, 0, 0)
        self.helped_grid.setHorizontalSpacing(24)
        self.helped_grid.setVerticalSpacing(6)
        self.show_numbers = QCheckBox("Show &numbers")
        self.show_numbers.setAccessibleName("Show numbers")
        self.show_numbers.setAccessibleDescription(
            "Also show how much heavier or lighter it felt on average, on the 0 to 10 scale"
        )
        self.show_numbers.setToolTip(self.show_numbers.accessibleDescription())
        self.show_numbers.toggled.connect(self._show_numbers)
        for widget in (self.helped_heading, self.no_ratings, self.helped_rows, self.show_numbers):
            layout.addWidget(widget)

        self.notes_heading = heading("What helped, in your own words")
        self.notes_box = QWidget()
        self.notes_box.setAccessibleName("What helped, in your own words")
        self.notes_layout = QVBoxLayout(self.notes_box)
        self.notes_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_layout.setSpacing(2)
        layout.addSpacing(6)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes_box)

        self.delete_button = button(
            "Clear exercise history…",
            role="link",  # quiet: a permanent step is never the loudest thing on the page
            description="Forget every saved exercise session (asks first)",
        )
        self.delete_button.clicked.connect(lambda: self.history_deleted.emit())
        layout.addSpacing(6)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_summary(self.summary)

    def show_summary(self, summary: WhatHelps) -> None:
        self.summary = summary
        self._fill_helped(summary.helped)
        self._fill_notes(summary.notes)
        tried = summary.tried_any
        self.empty.setVisible(not tried)
        self.helped_heading.setVisible(tried)
        self.no_ratings.setVisible(tried and not summary.helped)
        self.helped_rows.setVisible(bool(summary.helped))
        self.show_numbers.setVisible(bool(summary.helped))
        self.notes_heading.setVisible(bool(summary.notes))
        self.notes_box.setVisible(bool(summary.notes))
        self.delete_button.setVisible(tried)

    def clear(self) -> None:
        self.show_numbers.setChecked(False)  # numbers only when asked for, each time
        self.show_summary(WhatHelps(tried_any=False))

    def _fill_helped(self, rows: tuple[Helped, ...]) -> None:
        _empty_layout(self.helped_grid)
        self.number_labels = []
        for i, row in enumerate(rows):
            numbers = plain(numbers_text(row), "muted")
            numbers.setVisible(self.show_numbers.isChecked())
            self.number_labels.append(numbers)
            name = plain(row.name)  # short names on one line; a long one of their own wraps
            name.setMinimumWidth(min(name.fontMetrics().horizontalAdvance(row.name) + 2, 280))
            words = plain(row.words)
            words.setWordWrap(False)
            numbers.setWordWrap(False)
            self.helped_grid.addWidget(name, i, 0)
            self.helped_grid.addWidget(words, i, 1)
            self.helped_grid.addWidget(numbers, i, 2)
        self.helped_grid.setColumnStretch(3, 1)
        self._describe_helped()

    def _fill_notes(self, notes: tuple[OwnWords, ...]) -> None:
        _empty_layout(self.notes_layout)
        for note in notes:
            self.notes_layout.addWidget(
                plain(f"{day_text(note.started_at)} · {note.name}", "muted")
            )
            words = plain(note_text(note))
            words.setContentsMargins(0, 0, 0, 8)
            self.notes_layout.addWidget(words)
        self.notes_box.setAccessibleDescription(
            "; ".join(f"{day_text(n.started_at)}, {n.name}: {note_text(n)}" for n in notes)
        )

    def _show_numbers(self, on: bool) -> None:
        for numbers in self.number_labels:
            numbers.setVisible(on)
        self._describe_helped()

    def _describe_helped(self) -> None:
        on = self.show_numbers.isChecked()
        self.helped_rows.setAccessibleDescription(
            "; ".join(
                f"{r.name}: {r.words}" + (f" ({numbers_text(r)})" if on else "")
                for r in self.summary.helped
            )
        )


def _empty_layout(layout: QGridLayout | QVBoxLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.setParent(None)
            widget.deleteLater()


def confirm_delete(parent: QWidget) -> bool:
    return question.confirm(
        parent,
        "Clear your exercise history?",
        "Every saved exercise session, with its ratings and notes, will be gone for good.",
        "Your journal entries stay as they are.",
        careful="Keep it",
        other="Clear the history",
    )
