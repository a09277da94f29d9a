"""The entry editor: Markdown with a formatting toolbar, live preview and autosave.

The writing comes first: the title, then the text; the entry's details (kind, date, feeling,
how heavy today feels, tags) fold away under it (details.py). The toolbar lives in
editor_toolbar.py, History…, Memory…, Reply and Trash in entry_actions.py, photos in photos.py.

Autosave: every change restarts a short timer (AUTOSAVE_MS, under a second); when it fires the
entry is written in one transaction (WAL, synchronous=FULL). ``flush()`` saves at once and is
called on navigation, lock, quit and window close, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from innerchild_desktop.domain.entries import Entry, EntryKind, Mood, NewEntry, word_count
from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.settings import EDITOR_FONT, EDITOR_MEASURE
from innerchild_desktop.render.markdown import render_safely
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.details import EntryDetails
from innerchild_desktop.ui.journal.draw_invitation import DrawInvitation
from innerchild_desktop.ui.journal.editor_toolbar import EditorToolbar
from innerchild_desktop.ui.journal.entry_actions import EntryActions
from innerchild_desktop.ui.journal.history_dialog import HistoryDialog
from innerchild_desktop.ui.journal.markdown_edit import MarkdownEdit
from innerchild_desktop.ui.journal.photos import PhotoActions
from innerchild_desktop.ui.journal.preview import SafePreview
from innerchild_desktop.ui.journal.spell_highlight import SpellCheck
from innerchild_desktop.ui.journal.two_computers import TwoComputersNotice
from innerchild_desktop.ui.journal.voice_actions import open_voice_note
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


HEAVY_SAVED_TIP = QT_TRANSLATE_NOOP(
    "journal.editor", "Marked heavy: veiled in lists and search, never in On this day."
)


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
        self.spell = SpellCheck(self.body)  # underlines and right-click suggestions
        self.body.menu_extras = self.spell.add_actions
        self.preview = SafePreview()
        self.preview.photo_source = self._photo
        self.preview.open_attachment = lambda ident: open_voice_note(self, ident)
        self._build_toolbar()

        self.details = EntryDetails()
        self.meta = self.details.panel  # the fields: hidden in focus mode
        # The fields, by their names, as before they were folded away.
        self.kind, self.date, self.mood = self.details.kind, self.details.date, self.details.mood
        self.heaviness, self.tags = self.details.heaviness, self.details.tags
        self.prompt_label = label("", "muted")
        self.prompt_label.setAccessibleName(translate("journal.editor", "Prompt"))
        self.draw_invitation = DrawInvitation(lambda: self.draw_action.trigger())
        self.thread_label = QLabel()
        self.thread_label.setAccessibleName(translate("journal.editor", "Letter thread"))
        self.thread_label.setProperty("role", "muted")
        self.thread_label.linkActivated.connect(lambda href: self.open_entry.emit(href[6:]))
        self.two_computers = TwoComputersNotice()
        self.two_computers.history_requested.connect(self.show_history)
        self.two_computers.seen.connect(self._seen_on_two_computers)
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("journal.editor", "Title (optional)"))
        self.title.setAccessibleName(translate("journal.editor", "Title"))
        self.title.setObjectName("TitleEdit")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.body)
        self.splitter.addWidget(self.preview)
        self.preview.setVisible(False)
        self.words = label("", "muted", wrap=False)
        self.state = label("", "muted")  # (a long one wraps when the editor is narrow)
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state.setAccessibleName(translate("journal.editor", "Save status"))
        # Under the text: the Details row on the left, words and "Saved" on the right.
        self.details.row.addWidget(self.words)
        self.details.row.addSpacing(12)
        self.details.row.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.toolbar,
            self.prompt_label,
            self.draw_invitation,
            self.thread_label,
            self.two_computers,
            self.title,
            self.format_bar,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.details)
        QWidget.setTabOrder(self.title, self.body)
        QWidget.setTabOrder(self.body, self.details.toggle)
        for signal in (self.title.textEdited, self.body.textChanged, self.details.changed):
            signal.connect(self._changed)
        self.body.photos_dropped.connect(self.attach_photos)
        self.body.side_margin_changed.connect(self._align_to_column)

    def _align_to_column(self, side: int) -> None:
        """The title and the formatting buttons start where the text's centred column starts."""
        self.title.setTextMargins(side, 0, 0, 0)
        # The text starts PAGE_MARGIN into its column, a button's label about as far into it.
        self.format_indent.setFixedWidth(side)

    # --- state ----------------------------------------------------------------------------------
    def set_service(self, service: JournalService | None) -> None:
        self.service = service
        if service is not None:
            self.tags.set_known_tags(service.tag_names())
            self.set_font_family(service.setting(EDITOR_FONT) or "Sans-serif")
            self.set_measure(service.setting(EDITOR_MEASURE))
        self.refresh_spelling()
        self.set_enabled(service is not None)

    def refresh_spelling(self) -> None:
        """Follow the journal's spell-check choices (Settings may have changed them)."""
        self.spell.refresh(self.service.journal if self.service is not None else None)
        on = self.spell.service is not None and self.spell.service.enabled()
        blocked = self.spell_action.blockSignals(True)
        self.spell_action.setChecked(on)
        self.spell_action.blockSignals(blocked)

    def toggle_spelling(self) -> None:
        if self.spell.service is not None:
            self.spell.service.set_enabled(self.spell_action.isChecked())
        self.refresh_spelling()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.service is not None:  # back from Settings: its choices apply here
            self.refresh_spelling()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.toolbar, self.format_bar, self.details, self.title, self.body):
            widget.setEnabled(enabled)

    def _changed(self, *_: object) -> None:
        if self._loading or self.service is None:
            return
        self._dirty = True
        self.state.setText(translate("journal.editor", "Not saved yet…"))
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
            # Before the text: its underlines come in idle moments, in the entry's language.
            self.spell.new_entry(entry.id if entry else None)
            self.body.setPlainText(entry.body if entry else body)
            self.details.fill(
                entry.kind if entry else kind,
                entry.entry_date if entry else date.today(),
                entry.mood if entry else None,
                entry.distress if entry else None,  # shown as "How heavy does today feel?"
                entry.tags if entry else (),
            )
            self.heavy_action.setChecked(bool(entry and entry.heavy))
            text = entry.prompt_text if entry else prompt
            self.prompt_label.setText(
                translate("journal.editor", "Prompt: {prompt}").format(prompt=text) if text else ""
            )
            self.prompt_label.setVisible(bool(text))
            self.draw_invitation.offer(None)  # only a new answer to a drawing prompt invites
        finally:
            self._loading = False
        self._dirty = False
        self._refresh_thread(entry)
        self.two_computers.setVisible(
            entry is not None
            and self.service is not None
            and self.service.edited_on_two_computers(entry.id)
        )
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
        self._show_saved()
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
        invites: str | None = None,
    ) -> None:
        """A new entry; ``invites`` "draw" (a prompt that asks for a drawing) offers Draw…."""
        if self.service is None:
            return
        self.flush()
        self.entry_id = None
        self._session_fresh = False  # a new entry has no earlier text to keep
        self._extra = {"prompt_id": prompt_id, "prompt_text": prompt_text, "reply_to": reply_to}
        self._fill(None, kind, title, body, prompt_text)
        self.draw_invitation.offer(invites)
        self.state.setText(translate("journal.editor", "New entry: it saves itself as you write"))
        self.shown.emit()
        self.body.setFocus()
        if title or body:
            self._changed()

    def save_now(self) -> str | None:
        """Write pending changes now. Returns the entry id (None if nothing to save)."""
        self.autosave.stop()
        if self.service is None or not self._dirty:
            return self.entry_id
        if not self.service.journal.is_open:
            # Closed under a window that was never locked (only tests do that: locking flushes
            # first): there is nowhere to save, and no error for an event loop to raise.
            return self.entry_id
        fields = self._fields()
        try:
            if self.entry_id is None:
                if not (fields["title"] or fields["body"]):
                    return None  # never create empty entries
                self.entry_id = self.service.add_entry(NewEntry(**fields, **self._extra))
                self.spell.saved_as(self.entry_id)
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
            self.state.setText(translate("journal.editor", "Not saved"))
            self.message.emit(str(err))
            return self.entry_id
        self._show_saved()
        self.saved.emit(self.entry_id)
        return self.entry_id

    flush = save_now

    def _fields(self) -> _Fields:
        return {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "kind": EntryKind(self.kind.currentData()),
            "entry_date": self.details.entry_date(),
            "mood": self.mood.mood,
            "distress": self.details.heaviness_value(),
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
        self.title.clear()
        self.details.fill(EntryKind.FREE, date.today(), None, None, ())  # its summary too
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.clear()
        self.prompt_label.clear()
        self.draw_invitation.offer(None)
        self.thread_label.clear()
        self.two_computers.hide()
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
        self.words.setText(translate("journal.editor", "%n words", None, count))
        # isHidden, not isVisible: after unlocking, the entry is loaded before the workspace
        # (and so the preview) is on screen, and the preview must not wait for a keystroke.
        if not self.preview.isHidden():
            ids = {a for a in render_safely(text).attachments}
            self.preview.show_markdown(text, ids)

    def _seen_on_two_computers(self) -> None:
        if self.service is not None and self.entry_id is not None:
            self.service.seen_on_two_computers(self.entry_id)
        self.two_computers.hide()
        self.title.setFocus()

    def _heavy_toggled(self) -> None:
        self._changed()
        self.save_now()  # a choice about safety, not a keystroke: it takes effect at once

    def _show_saved(self) -> None:
        # Short, so the row under the text never widens the window; the whole of it on hover.
        heavy = self.heavy_action.isChecked()
        self.state.setText(
            translate("journal.editor", "Saved · marked heavy, kept veiled")
            if heavy
            else translate("journal.editor", "Saved")
        )
        self.state.setToolTip(translate("journal.editor", HEAVY_SAVED_TIP) if heavy else "")
