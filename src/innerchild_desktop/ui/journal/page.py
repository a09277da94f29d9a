"""The Journal page: find an entry (list, calendar, search, trash) on the left, write on the
right. Everything it shows is dropped by ``clear()`` when the journal locks.

An entry marked heavy is veiled wherever it is listed; choosing it shows the veil (ui/journal/
veil.py) in place of the editor, and only "Open it" puts its words on screen."""

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
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.search import found_words
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui import question
from innerchild_desktop.ui.journal.calendar import CalendarPane, EntryCalendar
from innerchild_desktop.ui.journal.delegates import EntryDelegate, SearchHitDelegate
from innerchild_desktop.ui.journal.editor import EntryEditor
from innerchild_desktop.ui.journal.letters import LettersPane
from innerchild_desktop.ui.journal.list_model import EntryListModel
from innerchild_desktop.ui.journal.photo_veil import attach_blur
from innerchild_desktop.ui.journal.search_model import SearchResultsModel
from innerchild_desktop.ui.journal.veil import HeavyVeil
from innerchild_desktop.ui.widgets import button, label, page_frame

SEARCH_DELAY_MS = 180
SEARCH_LIMIT = 50
LETTERS_MODE = 4  # after the search pane (3) in the left stack; shown after "Calendar"


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
    breathe_requested = Signal()
    entries_changed = Signal()  # one was written, trashed or restored: the count may differ

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
        letters_mode = QPushButton("Letters")
        letters_mode.setCheckable(True)
        letters_mode.setAccessibleName("Show letters to and from my younger self")
        self.modes.addButton(letters_mode, LETTERS_MODE)
        mode_row.insertWidget(2, letters_mode)
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
        self.result_list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-fit their text
        self.no_results = label("", "muted")
        self.calendar = EntryCalendar()
        self.calendar.day_chosen.connect(self.show_day)
        self.day_list = _list_view("Entries on the chosen day")
        self.day_model = EntryListModel(self)
        self.day_list.setModel(self.day_model)
        self.day_list.setItemDelegate(EntryDelegate(self.day_list))
        self.calendar_pane = calendar_pane = CalendarPane(self.calendar, self.day_list)
        self.trash_list = _list_view("Trash")
        self.trash_model = EntryListModel(self)
        self.trash_list.setModel(self.trash_model)
        self.trash_list.setItemDelegate(EntryDelegate(self.trash_list))
        self.restore_button = button("Restore", description="Take the entry out of the trash")
        self.empty_button = button(
            "Empty the trash…",
            role="link",  # quiet: a permanent step is never the loudest thing on the page
            description="Let the entries in the trash go for good (asks first)",
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
        self.letters = LettersPane()
        self.letters.letter_chosen.connect(lambda eid, heavy: self.show_entry(eid, heavy=heavy))
        self.letters.write_requested.connect(self.write_letter)
        self.editor.saved.connect(self._refresh_letters)
        self.entries_changed.connect(self._refresh_letters)  # written, trashed or restored
        for pane in (self.list, calendar_pane, trash_pane, search_pane, self.letters):
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
        self.veil = HeavyVeil()
        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(self.veil)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 720])
        layout = QVBoxLayout(self)
        page_frame(layout, "Journal")  # the same margins and title place as every page
        layout.addWidget(splitter, 1)
        for view in (self.list, self.day_list, self.result_list):
            view.selectionModel().currentChanged.connect(self._open_current)
        self.editor.created.connect(self._entry_created)
        self.editor.saved.connect(self.model.refresh_entry)
        self.editor.trashed.connect(self._entry_trashed)
        self.editor.open_entry.connect(self.open_entry)
        self.editor.focus_mode_changed.connect(lambda on: self.left.setVisible(not on))
        self.editor.shown.connect(lambda: self.right.setCurrentWidget(self.editor))
        self.veil.open_requested.connect(self.open_veiled)
        self.veil.breathe_requested.connect(self.breathe_requested)
        self.veil.new_requested.connect(lambda: self.editor.new_entry())
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self.clear()

    # --- lifecycle ------------------------------------------------------------------------------
    def load(self, service: JournalService) -> None:
        self._service = service
        attach_blur(self.editor.preview, service, "entry")  # blur until I choose to look
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
        attach_blur(self.editor.preview, None, "entry")
        self._service = None
        for model in (self.model, self.day_model, self.trash_model):
            model.set_service(None)
        self.results.set_hits([])
        self.calendar.set_service(None)
        self.calendar_pane.show_count(None, 0)  # "Choose a day" again
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setEnabled(False)
        self.search_timer.stop()
        self.no_results.clear()
        self.on_this_day.setVisible(False)
        self.undo_bar.setVisible(False)
        self._last_trashed = None
        self.veil.clear()
        self.letters.clear()
        self.right.setCurrentWidget(self.editor)
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
        if mode == LETTERS_MODE:
            self.letters.load(self._service)
        self.left_stack.setCurrentIndex(mode)

    def _refresh_letters(self, _entry_id: str = "") -> None:
        """A letter saved while Letters shows: its title and thread show as they are now."""
        if self.left_stack.currentWidget() is self.letters:
            self.letters.load(self._service)

    def write_letter(self) -> None:
        """A new letter to the younger self, in the editor."""
        self.editor.new_entry(EntryKind.LETTER_TO, body="Dear little me,\n\n")

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
            hits = self._service.search(text, limit=SEARCH_LIMIT)
        except InnerChildError as err:
            hits = []
            self.no_results.setText(str(err))
        else:  # "12 entries and 3 memories", or nothing found and a hint
            self.no_results.setText(found_words(hits, text, limit=SEARCH_LIMIT))
        self.results.set_hits(hits)
        self.left_stack.setCurrentIndex(3)

    def show_day(self, day: date) -> None:
        if self._service is not None:
            self.day_model.set_service(self._service, self._service.entries_on(day))
            if self.day_model.rowCount():
                self.day_list.setCurrentIndex(self.day_model.index(0, 0))
            self.calendar_pane.show_count(day, self.day_model.rowCount())

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
        self.calendar_pane.show_count(self.today(), self.day_model.rowCount())

    def _open_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(SearchHitDelegate.HitRole)
        if hit is not None and hit.doc_kind == "memory":
            self.memory_requested.emit(hit.id)
            return
        if hit is not None:
            self.show_entry(hit.id, heavy=hit.heavy)
            return
        summary = current.data(EntryListModel.SummaryRole)
        if summary is not None:
            self.show_entry(summary.id, heavy=summary.heavy)

    def show_entry(self, entry_id: str, *, heavy: bool) -> None:
        """Put an entry in the editor, or, if it is heavy and not open already, the veil."""
        if heavy and entry_id != self.editor.entry_id:
            self.editor.flush()
            self.veil.veil(entry_id)
            self.right.setCurrentWidget(self.veil)
            return
        self.right.setCurrentWidget(self.editor)
        self.editor.load(entry_id)

    def open_veiled(self, entry_id: str) -> None:
        """The person chose to open the heavy entry."""
        self.veil.clear()
        self.editor.load(entry_id)
        self.right.setCurrentWidget(self.editor)

    def open_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        elif self._service is not None:
            entry = self._service.get_entry(entry_id)
            if entry is not None:
                self.show_entry(entry.id, heavy=entry.heavy)

    # --- changes --------------------------------------------------------------------------------
    def _entry_created(self, entry_id: str) -> None:
        self.entries_changed.emit()
        if self.left_stack.currentWidget() is self.letters:  # a new letter, in its thread
            self.letters.select(entry_id)
        self.model.set_service(self._service)
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row, 0))
            self.list.selectionModel().blockSignals(False)

    def _entry_trashed(self, entry_id: str) -> None:
        self.entries_changed.emit()
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
        self.entries_changed.emit()
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
        self.editor.entry_id = None  # read again when next shown: its tags may have new names
        if current and self.right.currentWidget() is self.editor:
            self.editor.load(current)
        self.model.set_service(self._service)

    def restore_selected(self) -> None:
        entry_id = self.trash_list.currentIndex().data(EntryListModel.IdRole)
        if self._service is None or not entry_id:
            return
        self._service.untrash(entry_id)
        self.entries_changed.emit()
        self.trash_model.set_service(self._service, self._service.trashed())
        self.model.set_service(self._service)

    def empty_trash(self, *, confirm: bool = True) -> None:
        if self._service is None:
            return
        count = len(self._service.trashed())
        if not count:
            return
        if confirm and not question.confirm(
            self,
            "Empty the trash?",
            f"The {'entry' if count == 1 else f'{count} entries'} in the trash will be gone "
            "for good, even from the history.",
            "Until then, anything in the trash can still be brought back.",
            careful="Keep them" if count > 1 else "Keep it",
            other="Empty the trash",
        ):
            return
        self._service.empty_trash()
        self.trash_model.set_service(self._service, [])
