"""The Journal page: find an entry (list, calendar, search, trash) on the left, write on the
right. Everything it shows is dropped by ``clear()`` when the journal locks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.calendar import EntryCalendar
from innerchild_desktop.ui.journal.delegates import EntryDelegate, SearchHitDelegate
from innerchild_desktop.ui.journal.editor import EntryEditor
from innerchild_desktop.ui.journal.list_model import EntryListModel
from innerchild_desktop.ui.journal.search_model import SearchResultsModel
from innerchild_desktop.ui.widgets import button, label

SEARCH_DELAY_MS = 180


def _list_view(name: str) -> QListView:
    view = QListView()
    view.setObjectName("EntryList")
    view.setAccessibleName(name)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    return view


class JournalPage(QWidget):
    title = "Journal"
    memory_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Journal")
        self._service: JournalService | None = None
        self.today = date.today
        self.model = EntryListModel(self)
        self.results = SearchResultsModel(self)
        self.editor = EntryEditor()
        self.search = QLineEdit()
        self.search.setPlaceholderText('Search (words, "phrases", tag:name, after:2024-01-01)')
        self.search.setAccessibleName("Search the journal")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.modes = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for number, text in enumerate(("All entries", "Calendar", "Trash")):
            mode = QPushButton(text)
            mode.setCheckable(True)
            mode.setAccessibleName(f"Show {text.lower()}")
            self.modes.addButton(mode, number)
            mode_row.addWidget(mode)
        self.modes.button(0).setChecked(True)
        self.modes.idClicked.connect(self.set_mode)
        self.on_this_day = button(
            "",
            role="link",
            description="Entries from this day in earlier years (never ones you marked heavy)",
        )
        self.on_this_day.clicked.connect(self.show_on_this_day)
        self.list = _list_view("Entries")
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.result_list = _list_view("Search results")
        self.result_list.setModel(self.results)
        self.result_list.setItemDelegate(SearchHitDelegate(self.result_list))
        self.no_results = label("", "muted")
        self.calendar = EntryCalendar()
        self.calendar.day_chosen.connect(self.show_day)
        self.day_list = _list_view("Entries on the chosen day")
        self.day_model = EntryListModel(self)
        self.day_list.setModel(self.day_model)
        self.day_list.setItemDelegate(EntryDelegate(self.day_list))
        calendar_pane = QWidget()
        calendar_layout = QVBoxLayout(calendar_pane)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.addWidget(self.calendar)
        calendar_layout.addWidget(self.day_list, 1)
        self.trash_list = _list_view("Trash")
        self.trash_model = EntryListModel(self)
        self.trash_list.setModel(self.trash_model)
        self.trash_list.setItemDelegate(EntryDelegate(self.trash_list))
        self.restore_button = button("Restore", description="Take the entry out of the trash")
        self.empty_button = button(
            "Empty trash…", description="Delete the trashed entries for good"
        )
        trash_pane = QWidget()
        trash_layout = QVBoxLayout(trash_pane)
        trash_layout.setContentsMargins(0, 0, 0, 0)
        trash_layout.addWidget(self.trash_list, 1)
        trash_buttons = QHBoxLayout()
        trash_buttons.addWidget(self.restore_button)
        trash_buttons.addWidget(self.empty_button)
        trash_layout.addLayout(trash_buttons)
        self.tags_button = button("Tags…", description="Rename or merge tags")
        self.tags_button.clicked.connect(self.open_tags)
        mode_row.addWidget(self.tags_button)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        search_pane = QWidget()
        search_layout = QVBoxLayout(search_pane)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.no_results)
        search_layout.addWidget(self.result_list, 1)
        self.left_stack = QStackedWidget()
        for pane in (self.list, calendar_pane, trash_pane, search_pane):
            self.left_stack.addWidget(pane)
        self.undo_bar = QFrame()
        self.undo_bar.setProperty("role", "card")
        undo_layout = QHBoxLayout(self.undo_bar)
        self.undo_text = label("", wrap=False)
        self.undo_button = button("Undo", description="Bring the entry back from the trash")
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        self._last_trashed: str | None = None
        self.undo_button.clicked.connect(self.undo_trash)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(12_000)
        self.undo_timer.timeout.connect(lambda: self.undo_bar.setVisible(False))

        self.left = QWidget()
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(mode_row)
        left_layout.addWidget(self.on_this_day)
        left_layout.addWidget(self.left_stack, 1)
        left_layout.addWidget(self.undo_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(splitter)
        for view in (self.list, self.day_list, self.result_list):
            view.selectionModel().currentChanged.connect(self._open_current)
        self.editor.created.connect(self._entry_created)
        self.editor.saved.connect(self.model.refresh_entry)
        self.editor.trashed.connect(self._entry_trashed)
        self.editor.open_entry.connect(self.open_entry)
        self.editor.focus_mode_changed.connect(lambda on: self.left.setVisible(not on))
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self.clear()

    # --- lifecycle ------------------------------------------------------------------------------
    def load(self, service: JournalService) -> None:
        self._service = service
        self.editor.set_service(service)
        self.model.set_service(service)
        self.calendar.set_service(service)
        self.search.setEnabled(True)
        self._refresh_on_this_day()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.editor.new_entry()

    def flush(self) -> None:
        self.editor.flush()

    def clear(self) -> None:
        self.editor.clear()
        self._service = None
        for model in (self.model, self.day_model, self.trash_model):
            model.set_service(None)
        self.results.set_hits([])
        self.calendar.set_service(None)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setEnabled(False)
        self.search_timer.stop()
        self.no_results.clear()
        self.on_this_day.setVisible(False)
        self.undo_bar.setVisible(False)
        self._last_trashed = None
        self.modes.button(0).setChecked(True)
        self.left_stack.setCurrentIndex(0)

    # --- finding --------------------------------------------------------------------------------
    def set_mode(self, mode: int) -> None:
        if self._service is None:
            return
        self.search.clear()
        if mode == 2:
            self.trash_model.set_service(self._service, self._service.trashed())
        if mode == 1:
            self.calendar.refresh()
        self.left_stack.setCurrentIndex(mode)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        if self._service is None:
            return
        text = self.search.text().strip()
        if not text:
            self.left_stack.setCurrentIndex(self.modes.checkedId())
            return
        try:
            hits = self._service.search(text, limit=50)
        except InnerChildError as err:
            hits = []
            self.no_results.setText(str(err))
        else:
            self.no_results.setText("" if hits else "Nothing found. Try fewer or shorter words.")
        self.results.set_hits(hits)
        self.left_stack.setCurrentIndex(3)

    def show_day(self, day: date) -> None:
        if self._service is not None:
            self.day_model.set_service(self._service, self._service.entries_on(day))
            if self.day_model.rowCount():
                self.day_list.setCurrentIndex(self.day_model.index(0, 0))

    def _refresh_on_this_day(self) -> None:
        found = self._service.on_this_day(self.today()) if self._service else []
        self.on_this_day.setText(
            f"On this day: {len(found)} entr{'y' if len(found) == 1 else 'ies'} from earlier years"
        )
        self.on_this_day.setVisible(bool(found))

    def show_on_this_day(self) -> None:
        if self._service is None:
            return
        self.modes.button(1).setChecked(True)
        self.left_stack.setCurrentIndex(1)
        self.day_model.set_service(self._service, self._service.on_this_day(self.today()))

    def _open_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(SearchHitDelegate.HitRole)
        if hit is not None and hit.doc_kind == "memory":
            self.memory_requested.emit(hit.id)
            return
        entry_id = hit.id if hit is not None else current.data(EntryListModel.IdRole)
        if entry_id:
            self.editor.load(entry_id)

    def open_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        else:
            self.editor.load(entry_id)

    # --- changes --------------------------------------------------------------------------------
    def _entry_created(self, entry_id: str) -> None:
        self.model.set_service(self._service)
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row, 0))
            self.list.selectionModel().blockSignals(False)

    def _entry_trashed(self, entry_id: str) -> None:
        self.model.remove_entry(entry_id)
        self._last_trashed = entry_id
        self.undo_text.setText("Moved to the trash.")
        self.undo_bar.setVisible(True)
        self.undo_timer.start()
        self.editor.entry_id = None
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.editor.new_entry()

    def undo_trash(self) -> None:
        if self._service is None or self._last_trashed is None:
            return
        self._service.untrash(self._last_trashed)
        restored, self._last_trashed = self._last_trashed, None
        self.undo_bar.setVisible(False)
        self.model.set_service(self._service)
        self.open_entry(restored)

    def open_tags(self) -> None:
        if self._service is None:
            return
        from innerchild_desktop.ui.journal.tags_dialog import TagsDialog

        self.editor.flush()
        self.tags_dialog = TagsDialog(self._service, self)
        self.tags_dialog.finished.connect(lambda _: self._after_tags_changed())
        self.tags_dialog.open()

    def _after_tags_changed(self) -> None:
        if self._service is None:
            return
        self.editor.set_service(self._service)
        current = self.editor.entry_id
        self.editor.entry_id = None
        if current:
            self.editor.load(current)
        self.model.set_service(self._service)

    def restore_selected(self) -> None:
        entry_id = self.trash_list.currentIndex().data(EntryListModel.IdRole)
        if self._service is None or not entry_id:
            return
        self._service.untrash(entry_id)
        self.trash_model.set_service(self._service, self._service.trashed())
        self.model.set_service(self._service)

    def empty_trash(self, *, confirm: bool = True) -> None:
        if self._service is None:
            return
        count = len(self._service.trashed())
        if not count:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                "Empty the trash?",
                f"Delete {count} entr{'y' if count == 1 else 'ies'} in the trash for good? "
                "This cannot be undone.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._service.empty_trash()
        self.trash_model.set_service(self._service, [])
