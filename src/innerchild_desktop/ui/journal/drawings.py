"""Drawings in the entry editor: Draw… (a new drawing at the cursor) and Edit drawing… (the one
whose link the cursor is on, or a double-click on that link): the strokes come back, and the
edited drawing is kept as a new version whose link replaces the old one."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from innerchild_desktop.domain.drawing import Drawing
from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services import drawings as drawing_service
from innerchild_desktop.ui.drawing.dialog import DrawingDialog
from innerchild_desktop.ui.drawing.two_hands import TwoHandsDialog, page_lead
from innerchild_desktop.ui.journal.photos import make_thumbnail

if TYPE_CHECKING:
    from innerchild_desktop.ui.journal.editor_parts import EditorWidget

DRAW_SHORTCUT = "Ctrl+Shift+A"
TWO_HANDS_NAME = QT_TRANSLATE_NOOP("journal.drawings", "Draw and write with your other hand")
NO_DRAWING_HERE = QT_TRANSLATE_NOOP(
    "journal.drawings",
    "Put the cursor on a drawing's line to edit it, or choose Draw… for a new one.",
)


def add_drawing_actions(editor: EditorWidget, menu: QMenu) -> tuple[QAction, QAction]:
    """Draw… and Edit drawing… in ``menu``; a double-click on a drawing's link edits it too.
    The editor's toolbar calls this while building "More"."""
    draw_action = editor._add_action(
        translate("journal.drawings", "Draw…"),
        DRAW_SHORTCUT,
        lambda: draw(editor),
        name=translate("journal.drawings", "Draw a picture"),
        menu=menu,
    )
    edit_action = editor._add_action(
        translate("journal.drawings", "Edit drawing…"),
        None,
        lambda: edit_drawing(editor),
        name=translate("journal.drawings", "Edit this drawing"),
        menu=menu,
    )
    editor._add_action(
        translate("journal.drawings", "Two hands…"),
        None,
        lambda: two_hands(editor),
        name=translate("journal.drawings", TWO_HANDS_NAME),
        menu=menu,
    )
    # Parented to the editor, so it lives as long as the text it watches.
    editor.body.viewport().installEventFilter(_DoubleClickOpens(editor))
    return draw_action, edit_action


def _ensure_entry(editor: EditorWidget) -> str | None:
    """The open entry's id, saving a new one first (titled "Drawing" if it has no title)."""
    if editor.entry_id is None:
        editor._dirty = True
        if not editor.title.text():
            editor.title.setText(translate("journal.drawings", "Drawing"))
        editor.save_now()
    return editor.entry_id


def _keep(editor: EditorWidget, png: bytes) -> str | None:
    entry_id = _ensure_entry(editor)
    if entry_id is None or editor.service is None:
        return None
    try:
        return drawing_service.add_drawing(
            editor.service, png, entry_id=entry_id, thumbnail=make_thumbnail(png)
        )
    except InnerChildError as err:
        editor.message.emit(str(err))
        return None


def draw(editor: EditorWidget, drawing: Drawing | None = None) -> str | None:
    """A new drawing, put at the cursor; its attachment id, or None if nothing was kept."""
    if editor.service is None:
        return None
    with _KeptIfLocked(editor):
        png = DrawingDialog.ask(editor, drawing)
    if png is None:
        return None
    drawing_id = _keep(editor, png)
    if drawing_id is not None:
        editor.body.insert_at_cursor(f"\n{drawing_service.link(drawing_id)}\n")
    return drawing_id


def two_hands(editor: EditorWidget) -> str | None:
    """The two-voice page: the grown-up's question, then the little one's other-hand answer.
    Whatever was given is put at the cursor; the drawing's id, or None if none was kept."""
    if editor.service is None:
        return None
    with _KeptIfLocked(editor):
        question, png = TwoHandsDialog.ask_page(editor)
    drawing_id = _keep(editor, png) if png is not None else None
    if not question and drawing_id is None:
        return None
    parts = [page_lead(question)]
    if drawing_id is not None:
        parts.append(drawing_service.link(drawing_id))
    editor.body.insert_at_cursor("\n" + "\n\n".join(parts) + "\n")
    return drawing_id


def edit_drawing(editor: EditorWidget, position: int | None = None) -> str | None:
    """Open the drawing whose link is at ``position`` (default: the cursor) with its strokes;
    a kept change becomes a new version and its link takes the old one's place."""
    if editor.service is None:
        return None
    text = editor.body.toPlainText()
    where = editor.body.textCursor().position() if position is None else position
    found = drawing_service.link_at(text, where)
    try:
        drawing = (
            drawing_service.load_drawing(editor.service, found.attachment_id) if found else None
        )
    except InnerChildError as err:
        editor.message.emit(str(err))
        return None
    if found is None or drawing is None:
        editor.message.emit(translate("journal.drawings", NO_DRAWING_HERE))
        return None
    with _KeptIfLocked(editor, replacing=found.attachment_id):
        png = DrawingDialog.ask(editor, drawing)
    if png is None:
        return None
    drawing_id = _keep(editor, png)
    if drawing_id is not None:
        cursor = QTextCursor(editor.body.document())
        cursor.setPosition(found.start)
        cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(drawing_service.link(drawing_id))
    return drawing_id


class _DoubleClickOpens(QObject):
    """A double-click on a drawing's link opens it; anywhere else, the text's usual selection."""

    def __init__(self, editor: EditorWidget) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent):
            editor = self.editor
            if event.button() == Qt.MouseButton.LeftButton and editor.service is not None:
                position = editor.body.cursorForPosition(event.position().toPoint()).position()
                found = drawing_service.link_at(editor.body.toPlainText(), position)
                if found is not None and found.start <= position <= found.end:
                    try:
                        is_drawing = (
                            drawing_service.load_drawing(editor.service, found.attachment_id)
                            is not None
                        )
                    except InnerChildError:
                        is_drawing = False
                    if is_drawing:
                        edit_drawing(editor, position)
                        return True
        return super().eventFilter(watched, event)


class _KeptIfLocked:
    """While a drawing is open over the editor: if the editor is cleared under it (the journal
    locks, by hand or after a quiet while; lock() saves and clears the editor before it closes
    the journal), the drawing goes straight into the stored entry while the journal is still
    open, and the dialog closes, so nothing drawn is lost or left on screen over the lock."""

    def __init__(self, editor: EditorWidget, *, replacing: str | None = None) -> None:
        self.editor = editor
        self.service = editor.service
        self.entry_id = editor.entry_id
        self.replacing = replacing

    def __enter__(self) -> _KeptIfLocked:
        self.editor.body.textChanged.connect(self._cleared)
        return self

    def __exit__(self, *exc: object) -> None:
        self.editor.body.textChanged.disconnect(self._cleared)

    def _cleared(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not self.editor._loading or not isinstance(dialog, DrawingDialog):
            return
        lead = dialog.lead()
        png = dialog.close_for_lock()
        service = self.service
        if png is None or service is None or not service.journal.is_open:
            return
        # The journal is going away: a failure has no one to tell until it is open again.
        with contextlib.suppress(InnerChildError):
            drawing_service.keep_in_entry(
                service,
                png,
                entry_id=self.entry_id,
                replacing=self.replacing,
                lead=lead,
                thumbnail=make_thumbnail(png),
            )
