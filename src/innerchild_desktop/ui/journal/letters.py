"""The Journal's Letters mode: letters to and from the younger self, gathered as threads.

Each thread row shows its first letter's date and title and, neutrally, how many letters it
holds; it opens to its letters in the order they were written. A heavy letter is listed by the
neutral label only, and choosing it shows the veil (ui/journal/veil.py), never its words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QStyle, QTreeView, QVBoxLayout, QWidget

from innerchild_desktop.domain.entries import EntryKind, EntrySummary
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.letters import LetterThread
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal import dates
from innerchild_desktop.ui.widgets import button, label

ModelIndex = QModelIndex | QPersistentModelIndex
THREAD = 0  # internal id of a thread row; a letter row carries its thread's row + 1
DIRECTION = {
    EntryKind.LETTER_TO: QT_TRANSLATE_NOOP("journal.letters", "To my younger self"),
    EntryKind.LETTER_FROM: QT_TRANSLATE_NOOP("journal.letters", "From my younger self"),
}


def _direction(kind: EntryKind) -> str:
    return translate("journal.letters", DIRECTION[kind])


def _day(summary: EntrySummary) -> str:
    return dates.full_day(summary.entry_date)


class LetterThreadModel(QAbstractItemModel):
    """Two levels: threads, then each thread's letters. One column; each row shows its title
    and, on a second line, when (and for a thread how many letters, for a letter which way)."""

    SummaryRole = Qt.ItemDataRole.UserRole + 1  # a letter row's EntrySummary
    ThreadRole = Qt.ItemDataRole.UserRole + 2  # a thread row's LetterThread
    IdRole = Qt.ItemDataRole.UserRole + 3  # a letter's id; a thread's first letter's id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._threads: list[LetterThread] = []

    def set_threads(self, threads: list[LetterThread]) -> None:
        self.beginResetModel()
        self._threads = list(threads)
        self.endResetModel()

    @property
    def threads(self) -> list[LetterThread]:
        return list(self._threads)

    # --- structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, THREAD)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == THREAD:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, THREAD)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._threads)
        if parent.column() == 0 and parent.internalId() == THREAD:
            return len(self._threads[parent.row()].letters)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def thread_row(self, entry_id: str) -> int:
        """The row of the thread holding the letter, or -1."""
        for row, thread in enumerate(self._threads):
            if any(letter.id == entry_id for letter in thread.letters):
                return row
        return -1

    def index_of(self, entry_id: str) -> QModelIndex:
        row = self.thread_row(entry_id)
        if row < 0:
            return QModelIndex()
        letters = self._threads[row].letters
        at = next(i for i, letter in enumerate(letters) if letter.id == entry_id)
        return self.index(at, 0, self.index(row, 0))

    # --- data -----------------------------------------------------------------------------------
    def _item(self, index: ModelIndex) -> LetterThread | EntrySummary | None:
        if not index.isValid() or index.column() != 0:
            return None
        if index.internalId() == THREAD:
            return self._threads[index.row()] if index.row() < len(self._threads) else None
        thread = index.internalId() - 1
        if thread >= len(self._threads) or index.row() >= len(self._threads[thread].letters):
            return None
        return self._threads[thread].letters[index.row()]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        if isinstance(item, LetterThread):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{item.title}\n{_day(item.first)} · {item.size_label}"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{item.title}, {_day(item.first)}, {item.size_label}"
            if role == self.ThreadRole:
                return item
            if role == self.IdRole:
                return item.first.id
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.veiled_title}\n{_direction(item.kind)} · {_day(item)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.veiled_title}, {_direction(item.kind)}, {_day(item)}"
        if role == self.SummaryRole:
            return item
        if role == self.IdRole:
            return item.id
        return None


class LettersPane(QWidget):
    """The tree of threads and "Write a letter to my younger self"."""

    letter_chosen = Signal(str, bool)  # entry id, heavy
    write_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("journal.letters", "Letters"))
        self._service: JournalService | None = None
        self.model = LetterThreadModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName(translate("journal.letters", "Letter threads"))
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setExpandsOnDoubleClick(False)  # one click opens and closes a thread
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(True)
        self.view.setIndentation(16)
        # Room between rows only: colours come from the theme's palette, light or dark.
        self.view.setStyleSheet("QTreeView::item { padding: 5px 2px; }")
        self.write_button = button(
            translate("journal.letters", "Write a letter to my younger self"),
            description=translate("journal.letters", "Start a new letter to the child you were"),
            wrap=True,  # (onto two lines when the list is narrow)
        )
        self.empty = label(
            translate(
                "journal.letters",
                "No letters yet. If you like, you can write one to the child you were, and "
                "later let them write back.",
            ),
            "muted",
        )
        from innerchild_desktop.ui.younger_me import YoungerMeCard

        self.younger = YoungerMeCard()  # the younger me: choosing the photo starts a letter
        self.younger.letter_requested.connect(self.write_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.younger)
        layout.addWidget(self.write_button)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.write_button.clicked.connect(self.write_requested)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    def load(self, service: JournalService | None) -> None:
        """Read the threads again, keeping which are open and which letter is chosen."""
        self._service = service
        self.younger.load(service)
        expanded = {
            self.model.index(row, 0).data(LetterThreadModel.IdRole)
            for row in range(self.model.rowCount())
            if self.view.isExpanded(self.model.index(row, 0))
        }
        current = self.view.currentIndex().data(LetterThreadModel.IdRole)
        self.view.selectionModel().blockSignals(True)
        self.model.set_threads(service.letter_threads() if service is not None else [])
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(LetterThreadModel.IdRole) in expanded:
                self.view.expand(index)
        if current:
            self.select(current)
        self.view.selectionModel().blockSignals(False)
        self.empty.setVisible(service is not None and self.model.rowCount() == 0)

    def clear(self) -> None:
        self.load(None)

    def select(self, entry_id: str) -> None:
        """Open the letter's thread and make the letter current (nothing is emitted)."""
        index = self.model.index_of(entry_id)
        if index.isValid():
            self.view.expand(index.parent())
            blocked = self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(index)
            self.view.selectionModel().blockSignals(blocked)

    def _clicked(self, index: QModelIndex) -> None:
        single_click = QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick
        if not self.view.style().styleHint(single_click, None, self.view):  # else: activated
            self._toggle_thread(index)

    def _toggle_thread(self, index: QModelIndex) -> None:
        if index.data(LetterThreadModel.ThreadRole) is not None:
            self.view.setExpanded(index, not self.view.isExpanded(index))

    def _activated(self, index: QModelIndex) -> None:
        """Enter on a thread opens or closes it, on a letter opens the letter."""
        if index.data(LetterThreadModel.ThreadRole) is not None:
            self._toggle_thread(index)
        else:
            self._current_changed(index, QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(LetterThreadModel.SummaryRole)
        if summary is not None:
            self.letter_chosen.emit(summary.id, summary.heavy)
