"""The entry list: a lazy QAbstractListModel that pages in 200 rows at a time.

Pagination is keyset-based in the store, so opening a 100,000-entry journal costs the same as a
100-entry one: only the first page is read until the view scrolls. Rows that start a new month
carry a month label, which the delegate draws as a group header.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from innerchild_desktop.domain.entries import EntrySummary, first_line
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal import dates

ModelIndex = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    PAGE = 200
    SummaryRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    MonthRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: JournalService | None = None
        self._rows: list[EntrySummary] = []
        self._exhausted = True

    def set_service(
        self, service: JournalService | None, rows: list[EntrySummary] | None = None
    ) -> None:
        """Show the whole journal lazily, or exactly ``rows`` (a day, the trash) if given."""
        self.beginResetModel()
        self._service = service
        self._rows = list(rows) if rows is not None else []
        self._exhausted = service is None or rows is not None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if self._service is None or parent.isValid() or self._exhausted:
            return
        page = self._service.list_entries(self.PAGE, self._rows[-1] if self._rows else None)
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row_of(self, entry_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == entry_id:
                return row
        return -1

    def refresh_entry(self, entry_id: str) -> None:
        """Redraw one row after its entry was saved, without reloading the list."""
        row = self.row_of(entry_id)
        if row < 0 or self._service is None:
            return
        entry = self._service.get_entry(entry_id)
        if entry is None:
            return
        old = self._rows[row]
        self._rows[row] = replace(
            old,
            title=entry.title,
            preview=first_line(entry.body),
            kind=entry.kind,
            mood=entry.mood.name if entry.mood else None,
            tags=entry.tags,
            entry_date=entry.entry_date,
            heavy=entry.heavy,
        )
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def remove_entry(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            if row < len(self._rows):  # the next row may now start a month
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.veiled_title
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if row.heavy else row.preview or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{dates.full_day(row.entry_date)}, {row.veiled_title}"
        if role == self.SummaryRole:
            return row
        if role == self.IdRole:
            return row.id
        if role == self.MonthRole:
            previous = self._rows[index.row() - 1] if index.row() > 0 else None
            month = (row.entry_date.year, row.entry_date.month)
            if previous is None or (previous.entry_date.year, previous.entry_date.month) != month:
                return dates.month(row.entry_date)
            return None
        return None
