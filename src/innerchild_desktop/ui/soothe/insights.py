"""What helps me: how each exercise tends to leave the person, in words, and their own notes.

No charts, no counts over time, no streaks: nothing here can say "you didn't". Numbers appear
only on request ("Show numbers"). Names of one's own patterns and the notes are the person's own
words: always plain text, never rich text.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
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

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.domain.insights import Helped, OwnWords, WhatHelps
from innerchild_desktop.ui import question
from innerchild_desktop.ui.widgets import button, label

# English here; shown through translate("soothe.insights", …) when built.
EMPTY = QT_TRANSLATE_NOOP(
    "soothe.insights",
    "When you try an exercise, what helped will gather here. Only you see this.",
)
NO_RATINGS = QT_TRANSLATE_NOOP(
    "soothe.insights",
    "If you like, note how you feel before and after an exercise, and how each one tends to "
    "leave you will show here.",
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
    if round(row.eased, 1) == 0:
        return translate(
            "soothe.insights", "no change on average, from %n ratings", None, row.rated
        )
    amount = QLocale(current_language()).toString(abs(row.eased), "f", 1)
    if row.eased > 0:
        text = translate(
            "soothe.insights", "{amount} lower on average (0–10), from %n ratings", None, row.rated
        )
    else:
        text = translate(
            "soothe.insights", "{amount} higher on average (0–10), from %n ratings", None, row.rated
        )
    return text.format(amount=amount)


def day_text(when: datetime) -> str:
    """ "3 Dec 2026", with the month's short name in the language shown."""
    local = when.astimezone()
    month = QLocale(current_language()).monthName(local.month, QLocale.FormatType.ShortFormat)
    return translate("soothe.insights", "{day} {month} {year}").format(
        day=local.day, month=month, year=local.year
    )


def note_text(note: OwnWords) -> str:
    text = note.text
    return text if len(text) <= LONGEST_NOTE else text[: LONGEST_NOTE - 1].rstrip() + "…"


class InsightsPanel(QWidget):
    history_deleted = Signal()
    looking_back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("soothe.insights", "What helps me"))
        self.summary = WhatHelps(tried_any=False)
        self.number_labels: list[QLabel] = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.addWidget(
            label(translate("soothe.insights", "What helps me"), "subtitle", wrap=False)
        )
        header.addSpacing(16)
        self.looking_back_button = button(
            translate("soothe.insights", "Looking back…"),
            accessible=translate("soothe.insights", "Looking back"),
            description=translate(
                "soothe.insights", "Your year in colour, kind words and what helped ({shortcut})"
            ).format(shortcut="Ctrl+Shift+Y"),
        )
        self.looking_back_button.clicked.connect(lambda: self.looking_back_requested.emit())
        header.addWidget(self.looking_back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        layout.addLayout(header)
        self.empty = label(translate("soothe.insights", EMPTY), "muted")
        layout.addWidget(self.empty)

        self.helped_heading = heading(
            translate("soothe.insights", "How you tend to feel after each exercise")
        )
        self.no_ratings = label(translate("soothe.insights", NO_RATINGS), "muted")
        self.helped_rows = QWidget()
        self.helped_rows.setAccessibleName(
            translate("soothe.insights", "How each exercise tends to leave you")
        )
        self.helped_grid = QGridLayout(self.helped_rows)
        self.helped_grid.setContentsMargins(0, 0, 0, 0)
        self.helped_grid.setHorizontalSpacing(24)
        self.helped_grid.setVerticalSpacing(6)
        self.show_numbers = QCheckBox(translate("soothe.insights", "Show &numbers"))
        self.show_numbers.setAccessibleName(translate("soothe.insights", "Show numbers"))
        self.show_numbers.setAccessibleDescription(
            translate(
                "soothe.insights",
                "Also show how much heavier or lighter it felt on average, on the 0 to 10 scale",
            )
        )
        self.show_numbers.setToolTip(self.show_numbers.accessibleDescription())
        self.show_numbers.toggled.connect(self._show_numbers)
        for widget in (self.helped_heading, self.no_ratings, self.helped_rows, self.show_numbers):
            layout.addWidget(widget)

        own_words = translate("soothe.insights", "What helped, in your own words")
        self.notes_heading = heading(own_words)
        self.notes_box = QWidget()
        self.notes_box.setAccessibleName(own_words)
        self.notes_layout = QVBoxLayout(self.notes_box)
        self.notes_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_layout.setSpacing(2)
        layout.addSpacing(6)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes_box)

        self.delete_button = button(
            translate("soothe.insights", "Clear exercise history…"),
            role="link",  # quiet: a permanent step is never the loudest thing on the page
            description=translate(
                "soothe.insights", "Forget every saved exercise session (asks first)"
            ),
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
        translate("soothe.insights", "Clear your exercise history?"),
        translate(
            "soothe.insights",
            "Every saved exercise session, with its ratings and notes, will be gone for good.",
        ),
        translate("soothe.insights", "Your journal entries stay as they are."),
        careful=translate("soothe.insights", "Keep it"),
        other=translate("soothe.insights", "Clear the history"),
    )
