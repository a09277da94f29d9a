"""Days as the Journal shows them, in the language it speaks ("Thu 3 Dec", "3 de diciembre de
2026", "3. Dezember 2026"): the names from Qt's locale data, the order from the catalogue."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from innerchild_desktop.domain.i18n import current_language, translate


def locale() -> QLocale:
    """The locale of the language in force (the window's choice, not the system's)."""
    return QLocale(current_language())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_day(day: date) -> str:
    """Like "Thursday 1 January 2026"."""
    return locale().toString(qdate(day), translate("journal.dates", "dddd d MMMM yyyy"))


def full_day(day: date) -> str:
    """Like "1 January 2026"."""
    return locale().toString(qdate(day), translate("journal.dates", "d MMMM yyyy"))


def short_format() -> str:
    """Qt's pattern for "1 Jan 2026" (a date field's display format too)."""
    return translate("journal.dates", "d MMM yyyy")


def short_day(day: date) -> str:
    """Like "1 Jan 2026"."""
    return locale().toString(qdate(day), short_format())


def weekday_day(day: date, *, with_year: bool) -> str:
    """Like "Thu 1 Jan", and " 2026" after it when asked."""
    if with_year:
        return locale().toString(qdate(day), translate("journal.dates", "ddd d MMM yyyy"))
    return locale().toString(qdate(day), translate("journal.dates", "ddd d MMM"))


def month(day: date) -> str:
    """Like "January 2026" (a month's heading in the entry list)."""
    return locale().toString(qdate(day), translate("journal.dates", "MMMM yyyy"))


def list_day(day: date) -> str:
    """Like "Thu 01", beside an entry in the list (its month is the heading above it)."""
    return locale().toString(qdate(day), translate("journal.dates", "ddd dd"))
