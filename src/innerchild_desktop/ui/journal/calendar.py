"""A month calendar with the days that have entries marked, and the entries of the chosen day.

Its colours come from the theme (ui/theme.py) and are set again whenever the theme changes:
every weekday in the text colour (no red weekends), entry days bold on a soft accent band.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QListView, QStackedWidget, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui import theme
from innerchild_desktop.ui.journal import dates
from innerchild_desktop.ui.widgets import label

CHOOSE_A_DAY = QT_TRANSLATE_NOOP(
    "journal.calendar", "Choose a day to see what you wrote then. Days with entries are marked."
)


class EntryCalendar(QCalendarWidget):
    day_chosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("journal.calendar", "Calendar of entries"))
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.service: JournalService | None = None
        self.marked: dict[str, int] = {}
        self.currentPageChanged.connect(lambda *_: self.refresh())
        self.clicked.connect(lambda d: self.day_chosen.emit(date(d.year(), d.month(), d.day())))
        self.activated.connect(lambda d: self.day_chosen.emit(date(d.year(), d.month(), d.day())))
        theme.style_calendar(self)

    def set_service(self, service: JournalService | None) -> None:
        self.service = service
        self.refresh()

    def refresh(self) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clear all marks
        self.marked = {}
        if self.service is None:
            return
        first = date(self.yearShown(), self.monthShown(), 1) - timedelta(days=7)
        last = first + timedelta(days=50)
        self.marked = self.service.entry_days(first, last)
        mark = theme.entry_day_format()
        for iso in self.marked:
            day = date.fromisoformat(iso)
            self.setDateTextFormat(QDate(day.year, day.month, day.day), mark)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark: the formats follow
            theme.style_calendar(self)
            mark = theme.entry_day_format()
            for iso in self.marked:
                day = date.fromisoformat(iso)
                self.setDateTextFormat(QDate(day.year, day.month, day.day), mark)


class CalendarPane(QWidget):
    """The calendar above the chosen day's entries; until a day is chosen (or when it has none)
    a sentence says what to do instead of an empty box."""

    def __init__(
        self, calendar: EntryCalendar, day_list: QListView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.calendar, self.day_list = calendar, day_list
        self.hint = label(translate("journal.calendar", CHOOSE_A_DAY), "muted")
        self.hint.setAccessibleName(translate("journal.calendar", "About the chosen day"))
        self.below = QStackedWidget()
        hint_page = QWidget()
        hint_layout = QVBoxLayout(hint_page)
        hint_layout.setContentsMargins(8, 12, 8, 0)
        hint_layout.addWidget(self.hint)
        hint_layout.addStretch(1)
        self.below.addWidget(hint_page)
        self.below.addWidget(day_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calendar)
        layout.addWidget(self.below, 1)

    def show_count(self, day: date | None, count: int) -> None:
        """After a day is chosen: its entries, or a sentence when it has none (None: not yet)."""
        if count:
            self.below.setCurrentWidget(self.day_list)
            return
        if day is None:
            self.hint.setText(translate("journal.calendar", CHOOSE_A_DAY))
        else:
            when = dates.long_day(day)
            self.hint.setText(
                translate("journal.calendar", "No entries on {day}.").format(day=when)
            )
        self.below.setCurrentIndex(0)
