"""The Journal page: the lazy entry list and a reader for the selected entry."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.list_model import EntryListModel


class JournalPage(QWidget):
    title = "Journal"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Journal")
        self._service: JournalService | None = None
        self.model = EntryListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Entries")
        self.list.setUniformItemSizes(True)
        self.list.setObjectName("EntryList")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName("Entry")
        self.reader.setObjectName("Reader")
        self.reader.setOpenLinks(False)
        self.reader.setPlaceholderText("Choose an entry on the left, or just sit for a moment.")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.list.selectionModel().currentChanged.connect(self._show)

    def load(self, service: JournalService) -> None:
        self._service = service
        self.model.set_service(service)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(EntryListModel.IdRole)
        if self._service is None or entry_id is None:
            self.reader.clear()
            return
        entry = self._service.get_entry(entry_id)
        if entry is None:
            self.reader.clear()
            return
        # Plain text until the safe Markdown preview lands: never interprets entry content.
        self.reader.setPlainText(
            f"{entry.display_title}\n{entry.entry_date:%A %d %B %Y}\n\n{entry.body}"
        )

    def flush(self) -> None:
        pass

    def clear(self) -> None:
        self._service = None
        self.model.set_service(None)
        self.reader.clear()
