"""The Journal page: find an entry (list, calendar, search, trash) on the left, write on the
right. Everything it shows is dropped by ``clear()`` when the journal locks.

An entry marked heavy is veiled wherever it is listed; choosing it shows the veil (ui/journal/
veil.py) in place of the editor, and only "Open it" puts its words on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
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
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.search import found_words
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.calendar import CalendarPane, EntryCalendar
from innerchild_desktop.ui.journal.delegates import EntryDelegate, SearchHitDelegate
from innerchild_desktop.ui.journal.editor import EntryEditor
from innerchild_desktop.ui.journal.letters import LettersPane
from innerchild_desktop.ui.journal.list_model import EntryListModel
from innerchild_desktop.ui.journal.photo_veil import attach_blur
from innerchild_desktop.ui.journal.search_model import SearchResultsModel
from innerchild_desktop.ui.journal.trash import TrashActions
from innerchild_desktop.ui.journal.veil import HeavyVeil
from innerchild_desktop.ui.widgets import FlowLayout, button, label, page_frame

SEARCH_DELAY_MS = 180
SEARCH_LIMIT = 50
EDITOR_ROOM = 440  # px: in a narrow window the list gets narrower before the editor does
SEARCH_PANE = 3  # the left stack's page of search results
LETTERS_MODE = 4  # after the search pane in the left stack; shown after "Calendar"


def _list_view(name: str) -> QListView:
    view = QListView()
    view.setObjectName("EntryList")
    view.setAccessibleName(name)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    return view


class JournalPage(TrashActions, QWidget):
    title = "Journal"  # the page's name in the workspace (its navigation shows it)
    memory_requested = Signal(str)  # the id of a memory found by search, chosen
    breathe_requested = Signal()
    entries_changed = Signal()  # one was written, trashed or restored: the count may differ

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("journal.page", "Journal"))
        self._service: JournalService | None = None
        self.today = date.today
        self.model = EntryListModel(self)
        self.results = SearchResultsModel(self)
        self.editor = EntryEditor()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("journal.page", 'Search (words, "phrases", tag:name, after:2024-01-01)')
        )
        self.search.setAccessibleName(translate("journal.page", "Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.modes = QButtonGroup(self)
        # The modes and Tags… wrap onto a second row when the list is narrow (German).
        mode_row = FlowLayout()
        shown_modes = (
            (
                translate("journal.page", "All entries"),
                translate("journal.page", "Show all entries"),
            ),
            (translate("journal.page", "Calendar"), translate("journal.page", "Show calendar")),
            (translate("journal.page", "Trash"), translate("journal.page", "Show trash")),
        )
        for number, (text, accessible) in enumerate(shown_modes):
            mode = QPushButton(text)
            mode.setCheckable(True)
            mode.setAccessibleName(accessible)
            self.modes.addButton(mode, number)
        letters_mode = QPushButton(translate("journal.page", "Letters"))
        letters_mode.setCheckable(True)
        letters_mode.setAccessibleName(
            translate("journal.page", "Show letters to and from my younger self")
        )
        self.modes.addButton(letters_mode, LETTERS_MODE)
        all_, calendar, trash = (self.modes.button(n) for n in range(3))
        for shown in (all_, calendar, letters_mode, trash):  # Letters after Calendar
            mode_row.addWidget(shown)
        self.modes.button(0).setChecked(True)
        self.modes.idClicked.connect(self.set_mode)
        self.on_this_day = button(
            "",
            role="link",
            wrap=True,  # (a sentence: onto two lines when the list is narrow)
            description=translate(
                "journal.page",
                "Entries from this day in earlier years (never ones you marked heavy)",
            ),
        )
        self.on_this_day.clicked.connect(self.show_on_this_day)
        self.list = _list_view(translate("journal.page", "Entries"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.result_list = _list_view(translate("journal.page", "Search results"))
        self.result_list.setModel(self.results)
        self.result_list.setItemDelegate(SearchHitDelegate(self.result_list))
        self.result_list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-fit their text
        # An entry found opens as it becomes current (as in the list); a memory lives on the
        # Timeline, so it opens there only when chosen (a click, Return), never while arrowing.
        self.result_list.clicked.connect(self._choose_hit)
        self.result_list.activated.connect(self._choose_hit)
        into_results = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        into_results.setContext(Qt.ShortcutContext.WidgetShortcut)
        into_results.activated.connect(self.into_results)
        self.no_results = label("", "muted")
        self.calendar = EntryCalendar()
        self.calendar.day_chosen.connect(self.show_day)
        self.day_list = _list_view(translate("journal.page", "Entries on the chosen day"))
        self.day_model = EntryListModel(self)
        self.day_list.setModel(self.day_model)
        self.day_list.setItemDelegate(EntryDelegate(self.day_list))
        self.calendar_pane = calendar_pane = CalendarPane(self.calendar, self.day_list)
        trash_pane = self._build_trash(_list_view(translate("journal.page", "Trash")))
        self.tags_button = button(
            translate("journal.page", "Tags…"),
            description=translate("journal.page", "Rename or merge tags"),
        )
        self.tags_button.clicked.connect(self.open_tags)
        mode_row.addWidget(self.tags_button)
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
        self._build_undo_bar()

        self.left = QWidget()
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(mode_row)
        left_layout.addWidget(self.on_this_day)
        left_layout.addWidget(self.left_stack, 1)
        left_layout.addWidget(self.undo_bar)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        self.veil = HeavyVeil()
        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(self.veil)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 720])
        layout = QVBoxLayout(self)
        # The same margins and title place as every page.
        page_frame(layout, translate("journal.page", "Journal"))
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow window: the list gives up its room (down to its least) before the writing
        does (the splitter alone would keep the list as wide and squeeze the editor)."""
        super().resizeEvent(event)
        left, right = self.splitter.sizes()
        if left and right < EDITOR_ROOM:
            wanted = max(self.left.minimumSizeHint().width(), left + right - EDITOR_ROOM)
            if wanted < left:
                self.splitter.setSizes([wanted, left + right - wanted])

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
        self.editor.new_entry(
            EntryKind.LETTER_TO, body=translate("journal.page", "Dear little me,\n\n")
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def into_results(self) -> None:
        """Down from the search field: into the results, the first one current."""
        if self.search_timer.isActive():  # typed, not yet searched: search now
            self.search_timer.stop()
            self.run_search()
        if self.left_stack.currentIndex() != SEARCH_PANE or not self.results.rowCount():
            return
        self.result_list.setFocus(Qt.FocusReason.TabFocusReason)
        current = self.result_list.currentIndex()  # the focus makes the first row current,
        # unselected: selecting it opens it as arrowing would
        self.result_list.setCurrentIndex(current if current.isValid() else self.results.index(0, 0))

    def _choose_hit(self, index: QModelIndex) -> None:
        hit = index.data(SearchHitDelegate.HitRole)
        if hit is not None and hit.doc_kind == "memory":
            self.memory_requested.emit(hit.id)

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
        self.left_stack.setCurrentIndex(SEARCH_PANE)

    def show_day(self, day: date) -> None:
        if self._service is not None:
            self.day_model.set_service(self._service, self._service.entries_on(day))
            if self.day_model.rowCount():
                self.day_list.setCurrentIndex(self.day_model.index(0, 0))
            self.calendar_pane.show_count(day, self.day_model.rowCount())

    def _refresh_on_this_day(self) -> None:
        found = self._service.on_this_day(self.today()) if self._service else []
        self.on_this_day.setText(
            translate(
                "journal.page", "On this day: %n entries from earlier years", None, len(found)
            )
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
            return  # opened on the Timeline when chosen (_choose_hit)
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
