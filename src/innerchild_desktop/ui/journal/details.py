"""An entry's details (kind, date, feeling, how heavy today feels, tags) folded behind one quiet
"Details" row under the text, so the writing comes first.

Folded, the row says in one line what it holds ("Details · Wed 3 Dec · calm · 2 tags"); whether
it is unfolded is remembered in QSettings (a UI preference: a yes or no, never a word of the
entry).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.entries import EntryKind, Mood
from innerchild_desktop.domain.feelings import feeling_label
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.journal import dates
from innerchild_desktop.ui.journal.mood_picker import MoodPicker
from innerchild_desktop.ui.journal.tag_edit import TagEdit
from innerchild_desktop.ui.prefs_keys import EDITOR_DETAILS_OPEN
from innerchild_desktop.ui.widgets import FlowLayout, label

DETAILS_SHORTCUT = "Ctrl+Shift+D"
HEAVINESS_QUESTION = QT_TRANSLATE_NOOP("journal.details", "How heavy does today feel?")
NOT_SAID = -1  # the spin box's lowest value: nothing chosen (stored as no value)


SUMMARY_MIN_WIDTH = 150  # px: "Details · Wed 2…" at the least
SUMMARY_ARROW_ROOM = 36  # px the arrow and the button's padding take


class SummaryButton(QToolButton):
    """The Details toggle: it asks for room for its whole line, and when it gets less, shows
    the line cut short with "…" (its size hint always counts the whole line, so the cut line
    never becomes the size it is given)."""

    def __init__(self) -> None:
        super().__init__()
        self.summary = translate("journal.details", "Details")
        self.setProperty("elides", True)  # cut short on purpose (the language check knows)

    def set_summary(self, text: str) -> None:
        self.summary = text
        self.setText(text)  # whole until the layout has given it its room, then fitted
        self.updateGeometry()
        QTimer.singleShot(0, self._fit)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        whole = self.fontMetrics().horizontalAdvance(self.summary) + SUMMARY_ARROW_ROOM
        return QSize(max(hint.width(), whole), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.width() - SUMMARY_ARROW_ROOM
        metrics = self.fontMetrics()
        if not self.isVisible() or metrics.horizontalAdvance(self.summary) <= room:
            self.setText(self.summary)
        else:
            self.setText(metrics.elidedText(self.summary, Qt.TextElideMode.ElideRight, room))


class EntryDetails(QWidget):
    """The Details row and, unfolded, its fields. ``changed`` fires on any edit by the person."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = SummaryButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(translate("journal.details", "Details"))
        self.toggle.setToolTip(
            translate(
                "journal.details",
                "Kind, date, feeling, how heavy today feels, and tags ({shortcut})",
            ).format(shortcut=DETAILS_SHORTCUT)
        )
        self.toggle.setProperty("role", "quiet")
        # The folded summary may be long ("Details · Letter to · Wed 2 Dec · calm · 3 tags"): it
        # never sets how narrow the window can be; it is cut short with "…" when room is short
        # (the whole line stays its accessible description and tooltip).
        self.toggle.setMinimumWidth(SUMMARY_MIN_WIDTH)

        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("journal.details", "Kind of entry"))
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(14)
        for kind in EntryKind:
            self.kind.addItem(kind.label, kind.value)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setLocale(dates.locale())  # month names in the language in force
        self.date.setDisplayFormat(dates.short_format())
        self.date.setAccessibleName(translate("journal.details", "Entry date"))
        self.mood = MoodPicker()
        self.heaviness = QSpinBox()
        self.heaviness.setRange(NOT_SAID, 10)
        self.heaviness.setSpecialValueText(translate("journal.details", "Not said"))
        self.heaviness.setSuffix(translate("journal.details", " of 10"))
        heaviness_question = translate("journal.details", HEAVINESS_QUESTION)
        self.heaviness.setAccessibleName(heaviness_question)
        hint = translate("journal.details", "0 is light, 10 is very heavy. Only if you like.")
        self.heaviness.setAccessibleDescription(hint)
        self.heaviness.setToolTip(hint)
        question = label(heaviness_question)  # (wraps when the editor is narrow)
        question.setBuddy(self.heaviness)
        self.tags = TagEdit()

        self.panel = QWidget()
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(8, 0, 0, 4)
        first = FlowLayout()  # onto more rows when the editor is narrow
        for field in (self.kind, self.date, self.mood):
            first.addWidget(field)
        grid.addLayout(first, 0, 0, 1, 2)
        heavy_row = QHBoxLayout()
        for widget in (question, self.heaviness):
            heavy_row.addWidget(widget)
        heavy_row.addStretch(1)
        grid.addLayout(heavy_row, 1, 0, 1, 2)
        grid.addWidget(self.tags, 2, 0, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # The row: the toggle on the left; the editor adds what it says on the right.
        self.row = QHBoxLayout()
        self.row.addWidget(self.toggle)
        self.row.addStretch(1)
        layout.addLayout(self.row)
        layout.addWidget(self.panel)
        # Not taller than it needs (the text takes the spare room: it stretches, this does not),
        # but as tall as its rows need when they wrap in a narrow window (height for width): a
        # Maximum policy would cap it at its one-row height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        QWidget.setTabOrder(self.toggle, self.kind)
        for before, after in zip(
            (self.kind, self.date, self.mood, self.heaviness),
            (self.date, self.mood, self.heaviness, self.tags),
            strict=True,
        ):
            QWidget.setTabOrder(before, after)

        self.toggle.setChecked(_remembered_open())
        self._show_open(self.toggle.isChecked())
        self.toggle.toggled.connect(self._show_open)
        self.toggle.clicked.connect(_remember_open)  # by the person (mouse, Space), not by code
        for signal in (
            self.kind.currentIndexChanged,
            self.date.dateChanged,
            self.heaviness.valueChanged,
            self.mood.mood_changed,
            self.tags.textEdited,
        ):
            signal.connect(self._edited)

    # --- folding --------------------------------------------------------------------------------
    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: neither the row's toggle nor the fields, only the writing."""
        self.toggle.setVisible(not on)
        self.panel.setVisible(not on and self.is_open())

    def set_open(self, on: bool, *, focus: bool = False, remember: bool = True) -> None:
        self.toggle.setChecked(on)
        if remember:
            _remember_open(on)
        if on and focus:
            self.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_open(self, on: bool) -> None:
        self.panel.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.refresh_summary()

    def refresh_summary(self) -> None:
        """The row's text: "Details", and folded, what the fields hold, in one line."""
        details = translate("journal.details", "Details")
        text = details if self.is_open() else " · ".join([details, *self.summary_parts()])
        self.toggle.setAccessibleDescription(text)
        self.toggle.set_summary(text)

    def summary_parts(self) -> list[str]:
        parts: list[str] = []
        kind = EntryKind(self.kind.currentData() or EntryKind.FREE.value)
        if kind is not EntryKind.FREE:
            parts.append(kind.label)
        parts.append(_short_date(self.entry_date()))
        if self.mood.mood is not None:
            parts.append(feeling_label(self.mood.mood.name))
        count = len(self.tags.tags())
        if count:
            parts.append(translate("journal.details", "%n tags", None, count))
        return parts

    # --- values ---------------------------------------------------------------------------------
    def fill(
        self,
        kind: EntryKind,
        day: date,
        mood: Mood | None,
        heaviness: int | None,
        tags: tuple[str, ...],
    ) -> None:
        """Show an entry's details (no ``changed``: this is not an edit)."""
        blocked = self.blockSignals(True)
        try:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.mood.set_mood(mood)
            self.heaviness.setValue(NOT_SAID if heaviness is None else heaviness)
            self.tags.set_tags(tags)
        finally:
            self.blockSignals(blocked)
        self.refresh_summary()

    def entry_date(self) -> date:
        qdate = self.date.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def heaviness_value(self) -> int | None:
        value = self.heaviness.value()
        return None if value == NOT_SAID else value

    def _edited(self, *_: object) -> None:
        self.refresh_summary()
        self.changed.emit()


def _remember_open(on: bool) -> None:
    QSettings().setValue(EDITOR_DETAILS_OPEN, on)


def _remembered_open() -> bool:
    return str(QSettings().value(EDITOR_DETAILS_OPEN, False)).lower() in ("true", "1")


def _short_date(day: date) -> str:
    return dates.weekday_day(day, with_year=day.year != date.today().year)
