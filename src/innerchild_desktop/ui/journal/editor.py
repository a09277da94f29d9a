"""The entry editor: Markdown with a formatting toolbar, live preview and autosave.

The toolbar lives in editor_toolbar.py, History…, Memory…, Reply and Trash in entry_actions.py,
photos in photos.py.

Autosave: every change restarts a short timer (AUTOSAVE_MS, under a second); when it fires the
entry is written in one transaction (WAL, synchronous=FULL). ``flush()`` saves at once and is
called on navigation, lock, quit and window close, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.entries import Entry, EntryKind, Mood, NewEntry, word_count
from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.settings import EDITOR_FONT
from innerchild_desktop.render.markdown import render_safely
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.editor_toolbar import EditorToolbar
from innerchild_desktop.ui.journal.entry_actions import EntryActions
from innerchild_desktop.ui.journal.history_dialog import HistoryDialog
from innerchild_desktop.ui.journal.markdown_edit import MarkdownEdit
from innerchild_desktop.ui.journal.mood_picker import MoodPicker
from innerchild_desktop.ui.journal.photos import PhotoActions
from innerchild_desktop.ui.journal.preview import SafePreview
from innerchild_desktop.ui.journal.tag_edit import TagEdit
from innerchild_desktop.ui.widgets import label

AUTOSAVE_MS = 700


class _Fields(TypedDict):
    """What the editor's controls hold: saved into a new entry or onto the open one."""

    title: str
    body: str
    kind: EntryKind
    entry_date: date
    mood: Mood | None
    distress: int | None
    tags: tuple[str, ...]
    heavy: bool


class _Extra(TypedDict, total=False):
    """Where a not-yet-saved entry came from: a prompt, or the letter it replies to."""

    prompt_id: str | None
    prompt_text: str | None
    reply_to: str | None


class EntryEditor(EditorToolbar, EntryActions, PhotoActions, QWidget):
    """The toolbar (editor_toolbar), whole-entry actions (entry_actions) and photos are mixed in."""

    saved = Signal(str)
    created = Signal(str)
    trashed = Signal(str)
    focus_mode_changed = Signal(bool)
    open_entry = Signal(str)
    message = Signal(str)
    shown = Signal()  # an entry (or a new one) was put in the editor
    make_memory = Signal(str)  # entry id: "Make this a memory" (the Timeline opens its dialog)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: JournalService | None = None
        self.entry_id: str | None = None
        self._extra: _Extra = {}  # prompt/reply fields of a not-yet-saved entry
        self._loading = False
        self._dirty = False
        # History: the first save after opening an entry keeps the text it replaces.
        self._session_fresh = False
        self._loaded_text = ("", "")
        self.history_dialog: HistoryDialog | None = None
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(250)
        self.refresh_timer.timeout.connect(self._refresh_derived)
        self._build()
        self.set_enabled(False)

    # --- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.body = MarkdownEdit()
        self.preview = SafePreview()
        self.preview.photo_source = self._photo
        self._build_toolbar()

        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of entry")
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(14)
        for kind in EntryKind:
            self.kind.addItem(kind.label, kind.value)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName("Entry date")
        self.mood = MoodPicker()
        self.distress = QSpinBox()
        self.distress.setRange(-1, 10)
        self.distress.setSpecialValueText("Distress: –")
        self.distress.setPrefix("Distress: ")
        self.distress.setAccessibleName("Distress from 0 to 10, optional")
        self.tags = TagEdit()
        meta = QHBoxLayout()
        for field in (self.kind, self.date, self.mood, self.distress):
            meta.addWidget(field)
        meta.addStretch(1)
        meta_rows = QVBoxLayout()
        meta_rows.setContentsMargins(0, 0, 0, 0)
        meta_rows.addLayout(meta)
        meta_rows.addWidget(self.tags)
        self.meta = QWidget()
        self.meta.setLayout(meta_rows)
        self.prompt_label = label("", "muted")
        self.prompt_label.setAccessibleName("Prompt")
        self.thread_label = QLabel()
        self.thread_label.setAccessibleName("Letter thread")
        self.thread_label.setProperty("role", "muted")
        self.thread_label.linkActivated.connect(lambda href: self.open_entry.emit(href[6:]))
        self.title = QLineEdit()
        self.title.setPlaceholderText("Title (optional)")
        self.title.setAccessibleName("Title")
        self.title.setObjectName("TitleEdit")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.body)
        self.splitter.addWidget(self.preview)
        self.preview.setVisible(False)
        self.body.document().setDocumentMargin(14)
        self.words = label("", "muted", wrap=False)
        self.state = label("", "muted", wrap=False)
        self.state.setAccessibleName("Save status")
        footer = QHBoxLayout()
        footer.addWidget(self.words)
        footer.addStretch(1)
        footer.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toolbar, self.meta, self.prompt_label, self.thread_label, self.title):
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        for signal in (
            self.title.textEdited,
            self.body.textChanged,
            self.tags.textEdited,
            self.kind.currentIndexChanged,
            self.date.dateChanged,
            self.distress.valueChanged,
            self.mood.mood_changed,
        ):
            signal.connect(self._changed)
        self.body.photos_dropped.connect(self.attach_photos)

    # --- state ----------------------------------------------------------------------------------
    def set_service(self, service: JournalService | None) -> None:
        self.service = service
        if service is not None:
            self.tags.set_known_tags(service.tag_names())
            self.set_font_family(service.setting(EDITOR_FONT) or "Sans-serif")
        self.set_enabled(service is not None)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.toolbar, self.meta, self.title, self.body):
            widget.setEnabled(enabled)

    def _changed(self, *_: object) -> None:
        if self._loading or self.service is None:
            return
        self._dirty = True
        self.state.setText("Not saved yet…")
        self.autosave.start()
        self.refresh_timer.start()

    def _fill(
        self,
        entry: Entry | None,
        kind: EntryKind = EntryKind.FREE,
        title: str = "",
        body: str = "",
        prompt: str | None = None,
    ) -> None:
        self._loading = True
        try:
            self.title.setText(entry.title if entry else title)
            self.body.setPlainText(entry.body if entry else body)
            current = entry.kind if entry else kind
            self.kind.setCurrentIndex(self.kind.findData(current.value))
            day = entry.entry_date if entry else date.today()
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.mood.set_mood(entry.mood if entry else None)
            distress = entry.distress if entry else None
            self.distress.setValue(-1 if distress is None else distress)
            self.tags.set_tags(entry.tags if entry else ())
            self.heavy_action.setChecked(bool(entry and entry.heavy))
            text = entry.prompt_text if entry else prompt
            self.prompt_label.setText(f"Prompt: {text}" if text else "")
            self.prompt_label.setVisible(bool(text))
        finally:
            self._loading = False
        self._dirty = False
        self._refresh_thread(entry)
        self._refresh_derived()

    def load(self, entry_id: str) -> None:
        if self.service is None or entry_id == self.entry_id:
            return
        self.flush()
        entry = self.service.get_entry(entry_id)
        if entry is None:
            return
        self.entry_id = entry.id
        self._extra = {}
        self._fill(entry)
        self._session_fresh, self._loaded_text = True, (entry.title, entry.body)
        self.state.setText(self._saved_text())
        self.shown.emit()

    def new_entry(
        self,
        kind: EntryKind = EntryKind.FREE,
        *,
        title: str = "",
        body: str = "",
        prompt_id: str | None = None,
        prompt_text: str | None = None,
        reply_to: str | None = None,
    ) -> None:
        if self.service is None:
            return
        self.flush()
        self.entry_id = None
        self._session_fresh = False  # a new entry has no earlier text to keep
        self._extra = {"prompt_id": prompt_id, "prompt_text": prompt_text, "reply_to": reply_to}
        self._fill(None, kind, title, body, prompt_text)
        self.state.setText("New entry: it saves itself as you write")
        self.shown.emit()
        self.body.setFocus()
        if title or body:
            self._changed()

    def save_now(self) -> str | None:
        """Write pending changes now. Returns the entry id (None if nothing to save)."""
        self.autosave.stop()
        if self.service is None or not self._dirty:
            return self.entry_id
        fields = self._fields()
        try:
            if self.entry_id is None:
                if not (fields["title"] or fields["body"]):
                    return None  # never create empty entries
                self.entry_id = self.service.add_entry(NewEntry(**fields, **self._extra))
                self._dirty = False
                self.created.emit(self.entry_id)
            else:
                self.service.update_entry(
                    self.entry_id, session_start=self._session_fresh, **fields
                )
                self._dirty = False
                if (fields["title"], fields["body"]) != self._loaded_text:
                    self._session_fresh = False
        except InnerChildError as err:
            self.state.setText("Not saved")
            self.message.emit(str(err))
            return self.entry_id
        self.state.setText(self._saved_text())
        self.saved.emit(self.entry_id)
        return self.entry_id

    flush = save_now

    def _fields(self) -> _Fields:
        qdate = self.date.date()
        distress = self.distress.value()
        return {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "kind": EntryKind(self.kind.currentData()),
            "entry_date": date(qdate.year(), qdate.month(), qdate.day()),
            "mood": self.mood.mood,
            "distress": None if distress < 0 else distress,
            "tags": self.tags.tags(),
            "heavy": self.heavy_action.isChecked(),
        }

    def clear(self) -> None:
        """Forget everything shown (on lock). Call flush() first."""
        self.autosave.stop()
        self.refresh_timer.stop()
        self.entry_id = None
        self._extra = {}
        self._loading = True
        for widget in (self.title, self.tags):
            widget.clear()
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.clear()
        self.prompt_label.clear()
        self.thread_label.clear()
        self.mood.set_mood(None)
        self.heavy_action.setChecked(False)
        self._loading = False
        self._dirty = False
        self.words.clear()
        self.state.clear()
        self.set_service(None)

    # --- derived views --------------------------------------------------------------------------
    def _refresh_derived(self) -> None:
        text = self.body.toPlainText()
        count = word_count(text)
        self.words.setText(f"{count:,} word{'s' if count != 1 else ''}")
        # isHidden, not isVisible: after unlocking, the entry is loaded before the workspace
        # (and so the preview) is on screen, and the preview must not wait for a keystroke.
        if not self.preview.isHidden():
            ids = {a for a in render_safely(text).attachments}
            self.preview.show_markdown(text, ids)

    def _heavy_toggled(self) -> None:
        self._changed()
        self.save_now()  # a choice about safety, not a keystroke: it takes effect at once

    def _saved_text(self) -> str:
        if self.heavy_action.isChecked():
            return "Saved · marked heavy: veiled in lists, never in On this day"
        return "Saved"
