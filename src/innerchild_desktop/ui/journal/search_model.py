"""Search results as an item model (entries and memories, best first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from innerchild_desktop.domain.search import SearchHit
from innerchild_desktop.ui.journal.delegates import SearchHitDelegate, hit_when, veiled_hit_title

ModelIndex = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return veiled_hit_title(hit)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader hears when, too
            return f"{veiled_hit_title(hit)}, {hit_when(hit)}"
        if role == SearchHitDelegate.HitRole:
            return hit
        return None
