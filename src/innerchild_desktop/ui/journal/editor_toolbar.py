"""The entry editor's toolbar: its actions and shortcuts, and the view choices it offers
(preview, focus, text size, writing font)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QComboBox, QToolBar, QWidget

from innerchild_desktop.domain.settings import EDITOR_FONT
from innerchild_desktop.ui.journal.history_dialog import HISTORY_SHORTCUT

if TYPE_CHECKING:
    from innerchild_desktop.domain.entries import EntryKind
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.ui.journal.markdown_edit import MarkdownEdit
    from innerchild_desktop.ui.journal.preview import SafePreview

    _Base = QWidget
else:
    _Base = object

HEAVY_NAME = "This is heavy — keep it veiled"
HEAVY_SHORTCUT = "Ctrl+Shift+K"
FONTS = {
    "Sans-serif": QFont.StyleHint.SansSerif,
    "Serif": QFont.StyleHint.Serif,
    "Monospace": QFont.StyleHint.Monospace,
}


class EditorToolbar(_Base):
    """Mixed into EntryEditor: builds the toolbar once the body and the preview exist."""

    if TYPE_CHECKING:
        focus_mode_changed = Signal(bool)
        service: JournalService | None
        body: MarkdownEdit
        preview: SafePreview
        meta: QWidget

        def new_entry(
            self,
            kind: EntryKind = EntryKind.FREE,
            *,
            title: str = "",
            body: str = "",
            prompt_id: str | None = None,
            prompt_text: str | None = None,
            reply_to: str | None = None,
        ) -> None: ...
        def _heavy_toggled(self) -> None: ...
        def _refresh_derived(self) -> None: ...
        def choose_photos(self) -> None: ...
        def write_reply(self) -> None: ...
        def _make_memory(self) -> None: ...
        def show_history(self) -> None: ...
        def trash(self) -> None: ...

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar("Formatting")
        self.toolbar.setAccessibleName("Formatting")
        add = self._add_action
        self.new_action = add("+ New", "Ctrl+N", lambda: self.new_entry(), name="New entry")
        # Early in the toolbar, so it never ends up in the overflow menu of a narrow window.
        self.heavy_action = add(
            "Heavy", HEAVY_SHORTCUT, self._heavy_toggled, checkable=True, name=HEAVY_NAME
        )
        self.toolbar.addSeparator()
        add("B", "Ctrl+B", self.body.bold, name="Bold")
        add("I", "Ctrl+I", self.body.italic, name="Italic")
        add("H", "Ctrl+Shift+H", self.body.heading, name="Heading")
        add("•", "Ctrl+Shift+8", lambda: self.body.line_prefix("bullet"), name="Bulleted list")
        add("☐", "Ctrl+Shift+C", lambda: self.body.line_prefix("checklist"), name="Checklist")
        add("❝", "Ctrl+Shift+Q", lambda: self.body.line_prefix("quote"), name="Quote")
        add("✓", "Ctrl+Shift+X", self.body.toggle_checkbox, name="Tick or untick")
        self.toolbar.addSeparator()
        self.photo_action = add("Photo…", "Ctrl+Shift+I", self.choose_photos, name="Add photos")
        self.preview_action = add("Preview", "Ctrl+Shift+P", self.toggle_preview, checkable=True)
        self.focus_action = add("Focus", "Ctrl+Shift+F", self.toggle_focus, checkable=True)
        self.reply_action = add(
            "Reply", None, self.write_reply, name="Write a reply from my younger self"
        )
        self.memory_action = add(
            "Memory…", "Ctrl+Shift+M", self._make_memory, name="Make this a memory"
        )
        self.history_action = add(
            "History…", HISTORY_SHORTCUT, self.show_history, name="Earlier versions of this entry"
        )
        self.trash_action = add("Trash", "Ctrl+Shift+Delete", self.trash, name="Move to trash")
        add("A+", "Ctrl+=", lambda: self.zoom(1), name="Larger text")
        add("A−", "Ctrl+-", lambda: self.zoom(-1), name="Smaller text")
        self.font_box = QComboBox()
        self.font_box.addItems(list(FONTS))
        self.font_box.setAccessibleName("Writing font")
        self.font_box.currentTextChanged.connect(self.set_font_family)
        self.toolbar.addWidget(self.font_box)

    def _add_action(
        self,
        text: str,
        shortcut: str | None,
        slot: Callable[[], object],
        *,
        checkable: bool = False,
        name: str = "",
    ) -> QAction:
        """A toolbar action with a short label, and its full name for tooltips and readers."""
        action = QAction(text, self)
        name = name or text
        action.setToolTip(f"{name} ({shortcut})" if shortcut else name)
        action.setStatusTip(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.toolbar.widgetForAction(action).setAccessibleName(name)
        self.addAction(action)
        return action

    def toggle_preview(self) -> None:
        self.preview.setVisible(self.preview_action.isChecked())
        self._refresh_derived()

    def toggle_focus(self) -> None:
        on = self.focus_action.isChecked()
        self.meta.setVisible(not on)
        self.focus_mode_changed.emit(on)

    def zoom(self, step: int) -> None:
        for widget in (self.body, self.preview):
            widget.zoomIn(step) if step > 0 else widget.zoomOut(-step)

    def set_font_family(self, name: str) -> None:
        hint = FONTS.get(name, QFont.StyleHint.SansSerif)
        font = QFont(self.body.font())
        font.setStyleHint(hint)
        font.setFamily(
            {QFont.StyleHint.Serif: "serif", QFont.StyleHint.Monospace: "monospace"}.get(
                hint, "sans-serif"
            )
        )
        self.body.setFont(font)
        if self.font_box.currentText() != name:
            self.font_box.setCurrentText(name)
        if self.service is not None and self.service.setting(EDITOR_FONT) != name:
            self.service.set_setting(EDITOR_FONT, name)
