"""A month calendar with the days that have entries marked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from innerchild_desktop.services.journal import JournalService


class EntryCalendar(QCalendarWidget):
    day_chosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Calendar of entries")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.service: JournalService | None = None
        self.marked: dict[str, int] = {}
        self.currentPageChanged.connect(lambda *_: self.refresh())
        self.clicked.connect(lambda d: self.day_chosen.emit(date(d.year(), d.month(), d.day())))

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
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setBackground(QBrush(QColor(self.palette().highlight().color().lighter(170))))
        for iso in self.marked:
            day = date.fromisoformat(iso)
            self.setDateTextFormat(QDate(day.year, day.month, day.day), mark)
