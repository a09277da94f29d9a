"""The Timeline page: a zoomable, calm view of childhood memories and a card for the chosen one.

Heavy memories are never shown unasked: choosing one asks first, and offers breathing instead.
Memories are added here ("Add a memory…", also Ctrl+M anywhere and "Make this a memory" on a
journal entry), edited, and deleted with an Undo that lasts until the journal locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from innerchild_desktop.domain.entries import first_line
from innerchild_desktop.domain.feelings import feeling_label, need_label
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.ui.timeline.axis_switch import AGE, YEAR, AxisSwitch
from innerchild_desktop.ui.timeline.card import card_html, placed_memories
from innerchild_desktop.ui.timeline.empty import empty_state
from innerchild_desktop.ui.timeline.scene import MemoryMarker, TimelineScene
from innerchild_desktop.ui.timeline.view import MiniMap, TimelineView
from innerchild_desktop.ui.undo_bar import UndoBar
from innerchild_desktop.ui.widgets import FlowLayout, button, centred, label, page_frame

if TYPE_CHECKING:
    from innerchild_desktop.domain.memories import MemoryRow
    from innerchild_desktop.ui.timeline.edit_dialog import MemoryDialog
    from innerchild_desktop.ui.timeline.marker import Placed
    from innerchild_desktop.ui.timeline.review import ReviewDialog

# English here; shown through translate("timeline.page", …).
ADD_TEXT = QT_TRANSLATE_NOOP("timeline.page", "Add a memory…")
ADD_DESCRIPTION = QT_TRANSLATE_NOOP(
    "timeline.page",
    "Keep a memory on your timeline, with a rough time like “around age 7” ({shortcut})",
)
DELETED_TEXT = QT_TRANSLATE_NOOP(
    "timeline.page", "Memory deleted. Undo brings it back until the journal locks."
)


class TimelinePage(QWidget):
    title = "Timeline"  # the page's English name; each page shows its translated title
    breathe_requested = Signal()
    write_requested = Signal(str)  # memory id
    memory_added = Signal(str)  # memory id, after "Add a memory" was saved
    letter_requested = Signal()  # the younger-me photo was chosen: a letter to them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("timeline.page", "Timeline")
        self.setAccessibleName(self.title)
        self._service: JournalService | None = None
        self._timeline: TimelineService | None = None
        self._tags: dict[str, list[str]] = {}
        self._deleted: list[str] = []  # this session's deletions, newest last (Undo)
        self.shown_memory: str | None = None
        self.editor_dialog: MemoryDialog | None = None
        self.review: ReviewDialog | None = None
        self.scene = TimelineScene(self)
        self.view = TimelineView(self.scene)
        self.axis = AxisSwitch()
        self.axis.changed.connect(self.show_axis)
        self._axis_chosen = False  # until the person chooses, the view with memories opens
        from innerchild_desktop.ui.journal.preview import SafePreview

        self.card = SafePreview()  # loads photos only from the journal itself
        self.card.photo_source = self._photo
        self.card.open_attachment = self._play_voice_note  # a voice note's link on the card
        self.card.setAccessibleName(translate("timeline.page", "Memory"))
        self.card.setOpenLinks(False)
        self.card.setPlaceholderText(
            translate(
                "timeline.page",
                "Choose a memory to see it here. Heavy ones stay veiled until you choose to open "
                "them.",
            )
        )
        self.empty = label(
            translate(
                "timeline.page", "No memories match this choice. “All memories” shows every one."
            ),
            "muted",
        )
        add_text = translate("timeline.page", ADD_TEXT)
        add_description = translate("timeline.page", ADD_DESCRIPTION).format(shortcut="Ctrl+M")
        self.add_button = button(add_text, description=add_description)
        self.add_button.clicked.connect(lambda: self.add_memory())
        self.empty_add_button = button(add_text, role="primary", description=add_description)
        self.empty_add_button.clicked.connect(lambda: self.add_memory())
        self.empty_state = empty_state(self.empty_add_button)
        self.undo_bar = UndoBar(translate("timeline.page", "Bring the deleted memory back"))
        self.undo_bar.undo_requested.connect(self.undo_delete)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_delete)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(self)
        layout.addLayout(self._tools())
        page_frame(layout, self.title)  # the margins and title place every page shares
        from innerchild_desktop.ui.younger_me import YoungerMeCard

        self.younger = YoungerMeCard()  # the younger me, pinned here and on Letters
        self.younger.letter_requested.connect(self.letter_requested)
        layout.addWidget(self.younger)
        layout.addWidget(self.empty)
        self.body = self._body()
        layout.addWidget(self.body, 1)
        self.empty_holder = QWidget()
        holder = QVBoxLayout(self.empty_holder)
        holder.addStretch(1)
        holder.addLayout(centred(self.empty_state))
        holder.addStretch(2)
        layout.addWidget(self.empty_holder, 1)
        layout.addWidget(self.undo_bar)
        self.view.marker_chosen.connect(self.show_marker)
        self.view.delete_requested.connect(self.delete_memory)
        self.ask_heavy = self._ask_heavy  # replaced in tests
        self._set_empty(False)

    def _tools(self) -> QHBoxLayout:
        zoom_in = button(
            "+",
            description=translate("timeline.page", "Zoom in (+)"),
            accessible=translate("timeline.page", "Zoom in"),
        )
        zoom_out = button(
            "−",
            description=translate("timeline.page", "Zoom out (−)"),
            accessible=translate("timeline.page", "Zoom out"),
        )
        zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        self.review_button = button(
            translate("timeline.page", "Review…"),
            description=translate(
                "timeline.page", "A gentle walk through your memories, one at a time"
            ),
        )
        self.review_button.clicked.connect(self.open_review)
        self.lanes = QComboBox()
        self.lanes.setAccessibleName(translate("timeline.page", "Lanes"))
        for key, text in (
            (None, translate("timeline.page", "All together")),
            ("feeling", translate("timeline.page", "Lanes by feeling")),
            ("person", translate("timeline.page", "Lanes by person")),
            ("place", translate("timeline.page", "Lanes by place")),
        ):
            self.lanes.addItem(text, key)
        self.lanes.activated.connect(lambda _: self._reload())
        self.filter = QComboBox()
        self.filter.setAccessibleName(translate("timeline.page", "Show memories"))
        self.filter.activated.connect(lambda _: self._reload())
        self.whole_timeline_tools = (
            self.add_button,
            self.lanes,
            self.filter,
            self.review_button,
            zoom_out,
            zoom_in,
        )
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        rest = FlowLayout()  # (onto more rows when the window is narrow)
        for widget in (self.lanes, self.filter, self.review_button, zoom_out, zoom_in):
            rest.addWidget(widget)
        tools.addLayout(rest)
        return tools

    def _body(self) -> QWidget:
        """The view and mini-map, and beside them the card with what can be done to it."""
        self.minimap = MiniMap(self.view)
        self.edit_button = button(
            translate("timeline.page", "Edit…"),
            description=translate("timeline.page", "Change this memory's words or time"),
        )
        self.edit_button.clicked.connect(self.edit_memory)
        self.write_button = button(
            translate("timeline.page", "Write about this"),
            description=translate("timeline.page", "A journal entry linked to this memory"),
        )
        self.write_button.clicked.connect(self._write)
        self.delete_button = button(
            translate("timeline.page", "Delete"),
            description=translate(
                "timeline.page",
                "Take this memory off the timeline (Delete); Undo brings it back",
            ),
        )
        self.delete_button.clicked.connect(self.delete_memory)
        left = QVBoxLayout()
        left.addWidget(self.axis)
        left.addWidget(self.view, 1)
        left.addWidget(self.minimap)
        actions = QHBoxLayout()
        first = FlowLayout()  # (one under the other when the window is narrow)
        first.addWidget(self.edit_button)
        first.addWidget(self.write_button)
        actions.addLayout(first)
        actions.addStretch(1)  # a little apart from the others: Delete is never a near miss
        actions.addWidget(self.delete_button)
        side = QWidget()
        # 360 px, or what its three buttons need in this language (German runs longer).
        buttons = (self.edit_button, self.write_button, self.delete_button)
        side.setMaximumWidth(max(360, sum(b.sizeHint().width() for b in buttons) + 40))
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.card, 1)
        side_layout.addLayout(actions)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addWidget(side)
        self._forget_shown()
        return body

    # --- loading ------------------------------------------------------------------------------
    def load(self, service: JournalService) -> None:
        self._service = service
        from innerchild_desktop.ui.journal.photo_veil import attach_blur

        attach_blur(self.card, service, "memory")
        self.younger.load(service)
        self._timeline = timeline = TimelineService(service.journal)
        rows = timeline.timeline()
        current = self.filter.currentData()
        self.filter.clear()
        self.filter.addItem(translate("timeline.page", "All memories"), None)
        shown = translate("timeline.page", "Feeling: {feeling}")
        for name in sorted({e for r in rows for e in r.emotions}):
            self.filter.addItem(shown.format(feeling=feeling_label(name)), f"feeling:{name}")
        shown = translate("timeline.page", "Needed: {need}")
        for name in sorted({n for r in rows for n in r.needs}):
            self.filter.addItem(shown.format(need=need_label(name)), f"need:{name}")
        shown = translate("timeline.page", "With: {person}")
        for name in sorted({p for r in rows for p in r.people}):
            self.filter.addItem(shown.format(person=name), f"person:{name}")
        self._tags = timeline.memory_tags(r.id for r in rows)
        shown = translate("timeline.page", "Tag: {tag}")
        for name in sorted({t for tags in self._tags.values() for t in tags}):
            self.filter.addItem(shown.format(tag=name), f"tag:{name}")
        shown = translate("timeline.page", "Intensity {level}")
        for level in range(1, 6):
            if any(r.intensity == level for r in rows):
                self.filter.addItem(shown.format(level=level), f"intensity:{level}")
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self._reload()

    def _reload(self) -> None:
        if self._timeline is None:
            return
        birth = self._timeline.birth_date()
        chosen = self.filter.currentData()
        rows = self._timeline.timeline()
        placed = placed_memories(rows, birth, self.lanes.currentData(), chosen, self._tags)
        lane = self.axis.lane()
        if not self._axis_chosen:  # until the person chooses: ages, unless only years are known
            lane = AGE if any(m.lane == AGE for m in placed) or not placed else YEAR
        self._show(placed, lane)
        self._set_empty(not rows)
        self.empty.setVisible(bool(rows) and not placed)
        self._needs_fit = True
        if self.isVisible():
            self._fit_if_needed()
        self._forget_shown()

    def _show(self, placed: list[Placed], lane: str) -> None:
        here = {m.memory_id for m in placed if m.lane == lane}
        elsewhere = {m.memory_id for m in placed if m.lane != lane} - here
        self.axis.show_lane(lane, here=len(here), elsewhere=len(elsewhere))
        self.scene.memories, self.scene.lane = placed, lane  # so the view can measure the axis
        self.scene.build(placed, scale=self.view.fit_scale())
        self.scene.clearSelection()  # a new view: nothing chosen, as the card says
        self.view.pin()
        self.view.current = -1
        self.view.announce(None)
        self.minimap.refit()

    def show_axis(self, lane: str) -> None:
        """The person chose "By age" or "By year": that view, from its top, fitted."""
        self._axis_chosen = True
        self._show(self.scene.memories, lane)
        self.view.fit_width()
        self._forget_shown()

    def _set_empty(self, empty: bool) -> None:
        """No memories at all: an invitation with one button in place of the empty axes."""
        self.empty_holder.setVisible(empty)
        self.body.setVisible(not empty)
        for widget in self.whole_timeline_tools:  # one clear step instead of idle controls
            widget.setVisible(not empty)

    def _fit_if_needed(self) -> None:
        if getattr(self, "_needs_fit", False):
            self._needs_fit = False
            self.view.fit_width()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_if_needed()
        super().showEvent(event)

    # --- the chosen memory --------------------------------------------------------------------
    def _forget_shown(self) -> None:
        self.shown_memory = None
        self.card.clear()
        for widget in (self.edit_button, self.write_button, self.delete_button):
            widget.setEnabled(False)

    def show_marker(self, marker: MemoryMarker, *, ask: bool = True) -> None:
        if self._timeline is None:
            return
        if ask and marker.placed.heavy and not self.ask_heavy():
            self._forget_shown()  # nothing veiled can be edited or deleted unseen
            self.card.setPlainText(
                translate(
                    "timeline.page", "This memory stays veiled. You can open it another time."
                )
            )
            return
        row = self._timeline.memory(marker.placed.memory_id)
        if row is not None:
            photos = self._timeline.photo_ids(row.id)
            voices = self._timeline.voice_notes(row.id)
            self.card.setHtml(card_html(row, marker.placed.when, photos, voices))
            self.shown_memory = row.id
            for widget in (self.edit_button, self.write_button, self.delete_button):
                widget.setEnabled(True)

    def focus_memory(self, memory_id: str, *, reveal: bool) -> None:
        """Select a memory and centre it; its card shows only if ``reveal`` (a heavy memory
        just kept or brought back stays veiled: nothing heavy is shown unasked)."""
        index = self._index_of(memory_id)
        if index < 0:
            other = next((m for m in self.scene.memories if m.memory_id == memory_id), None)
            if other is None:
                return
            self._show(self.scene.memories, other.lane)  # it lives in the other view
            self.view.fit_width()
            index = self._index_of(memory_id)
        markers = self.scene.markers
        marker = markers[index]
        self.view.current = index
        self.scene.choose(marker)
        self.view.centerOn(marker)
        self.view.announce(marker)
        if reveal or not marker.placed.heavy:
            self.show_marker(marker, ask=False)
        else:
            self.card.setPlainText(
                translate(
                    "timeline.page", "It's on your timeline, veiled. Open it whenever you choose."
                )
            )

    def _index_of(self, memory_id: str) -> int:
        markers = self.scene.markers
        return next((i for i, m in enumerate(markers) if m.placed.memory_id == memory_id), -1)

    # --- adding, editing, deleting ------------------------------------------------------------
    def add_memory(self, entry_id: str | None = None) -> None:
        """Open "Add a memory"; from a journal entry, its title is filled in and it is linked."""
        if self._service is None:
            return
        from_entry = None
        if entry_id is not None:
            entry = self._service.get_entry(entry_id)
            if entry is None:
                return
            from_entry = (entry.id, entry.title.strip() or first_line(entry.body), entry.heavy)
        self._open_dialog(None, from_entry)

    def edit_memory(self) -> None:
        if self._timeline is None or not self.shown_memory:
            return
        row = self._timeline.memory(self.shown_memory)
        if row is not None:
            self._open_dialog(row, None)

    def _open_dialog(self, row: MemoryRow | None, from_entry: tuple[str, str, bool] | None) -> None:
        from innerchild_desktop.ui.timeline.edit_dialog import MemoryDialog

        assert self._timeline is not None
        dialog = MemoryDialog(self._timeline, row, self.window(), from_entry=from_entry)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its words leave memory too
        dialog.saved.connect(lambda memory_id: self._saved(memory_id, added=row is None))
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        self.editor_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: MemoryDialog) -> None:
        if self.editor_dialog is dialog:
            self.editor_dialog = None

    def _saved(self, memory_id: str, *, added: bool) -> None:
        if self._service is None:
            return
        self.load(self._service)  # new feelings, people and tags join the filter
        self.focus_memory(memory_id, reveal=not added)
        if added:
            self.memory_added.emit(memory_id)

    def delete_memory(self) -> None:
        """Take the shown memory off the timeline at once; Undo (or Ctrl+Z) brings it back."""
        if self._service is None or self._timeline is None or not self.shown_memory:
            return
        memory_id = self.shown_memory
        self._timeline.delete_memory(memory_id)
        self._deleted.append(memory_id)
        self.load(self._service)
        self.undo_bar.offer(translate("timeline.page", DELETED_TEXT))

    def undo_delete(self) -> None:
        if self._service is None or self._timeline is None or not self._deleted:
            return
        memory_id = self._deleted.pop()
        self._timeline.restore_memory(memory_id)
        self.load(self._service)
        self.focus_memory(memory_id, reveal=False)
        if self._deleted:
            self.undo_bar.offer(
                translate(
                    "timeline.page", "Brought back. Undo again for the one deleted before it."
                )
            )
        else:
            self.undo_bar.hide()
            self.view.setFocus()

    # --- elsewhere ----------------------------------------------------------------------------
    def _play_voice_note(self, attachment_id: str) -> object:
        """A voice note's link clicked on the card: its player (ui/timeline/voice_notes.py)."""
        from innerchild_desktop.ui.timeline.voice_notes import play

        if self._service is None:
            return False

        def say(words: str) -> None:
            from innerchild_desktop.ui.question import tell

            tell(self, translate("timeline.page", "Voice note"), words)

        return play(self, self._service, attachment_id, say)

    def _photo(self, photo_id: str) -> tuple[str, bytes] | None:
        # The card lays itself out again when the theme changes, perhaps after the journal
        # closed under a page nobody cleared: then it shows no photo rather than failing.
        if self._service is None or not self._service.journal.is_open:
            return None
        return self._service.photo(photo_id, thumbnail=True)

    def _write(self) -> None:
        if self.shown_memory:
            self.write_requested.emit(self.shown_memory)

    def open_review(self) -> None:
        from innerchild_desktop.ui.timeline.review import ReviewDialog

        if self._timeline is None:
            return
        self.review = ReviewDialog(self._timeline, self)
        self.review.breathe_requested.connect(self.breathe_requested)
        self.review.show()

    def _ask_heavy(self) -> bool:
        from innerchild_desktop.ui.heavy import HeavyChoice, ask_heavy

        chosen = ask_heavy(self)  # Enter and Esc are "Not now"
        if chosen is HeavyChoice.BREATHE:
            self.breathe_requested.emit()
        return chosen is HeavyChoice.OPEN

    def flush(self) -> None:
        pass

    def clear(self) -> None:
        """The journal is locking: keep what the open dialog holds, forget this session's
        deletions for good, and drop everything shown."""
        review = self.review
        if review is not None:
            review.close()  # saves the reflections before the journal locks
            self.review = None
        dialog = self.editor_dialog
        if dialog is not None:
            self.editor_dialog = None
            dialog.close_for_lock()
        if self._timeline is not None and self._deleted:
            self._timeline.forget_deleted_memories()
        self._deleted = []
        self.undo_bar.hide()
        self._service = None
        self._timeline = None
        self.younger.clear()
        self._forget_shown()
        self.scene.build([])
