"""The entry list: a lazy QAbstractListModel that pages in 200 rows at a time.

Pagination is keyset-based in the store, so opening a 100,000-entry journal costs the same as a
100-entry one: only the first page is read until the view scrolls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from innerchild_desktop.domain.entries import EntrySummary
from innerchild_desktop.services.journal import JournalService

ModelIndex = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    PAGE = 200
    SummaryRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: JournalService | None = None
        self._rows: list[EntrySummary] = []
        self._exhausted = True

    def set_service(self, service: JournalService | None) -> None:
        self.beginResetModel()
        self._service = service
        self._rows = []
        self._exhausted = service is None
        self.endResetModel()
        if service is not None and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if self._service is None or parent.isValid():
            return
        page = self._service.list_entries(self.PAGE, self._rows[-1] if self._rows else None)
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.entry_date:%d %b %Y}  ·  {row.display_title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.preview or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.entry_date:%d %B %Y}, {row.display_title}"
        if role == self.SummaryRole:
            return row
        if role == self.IdRole:
            return row.id
        return None
