"""The Markdown text area: formatting shortcuts, list continuation, photo drops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from innerchild_desktop.domain import markdown_ops
from innerchild_desktop.domain.markdown_ops import Edit

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic"}


class MarkdownEdit(QPlainTextEdit):
    photos_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Entry text")
        self.setAccessibleDescription("Write in Markdown. Ctrl+B bold, Ctrl+I italic.")
        self.setPlaceholderText("Whatever you'd like to write. There is no wrong way.")
        self.setTabChangesFocus(False)
        self.setAcceptDrops(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    # --- applying pure edits as one undo step ---------------------------------------------------
    def apply(self, edit: Edit) -> None:
        old = self.toPlainText()
        prefix = 0
        limit = min(len(old), len(edit.text))
        while prefix < limit and old[prefix] == edit.text[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < limit - prefix
            and old[len(old) - 1 - suffix] == edit.text[len(edit.text) - 1 - suffix]
        ):
            suffix += 1
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(prefix)
        cursor.setPosition(len(old) - suffix, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.text[prefix : len(edit.text) - suffix])
        cursor.endEditBlock()
        cursor.setPosition(edit.start)
        cursor.setPosition(edit.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _selection(self) -> tuple[str, int, int]:
        cursor = self.textCursor()
        return self.toPlainText(), cursor.selectionStart(), cursor.selectionEnd()

    def bold(self) -> None:
        self.apply(markdown_ops.toggle_wrap(*self._selection(), "**"))

    def italic(self) -> None:
        self.apply(markdown_ops.toggle_wrap(*self._selection(), "*"))

    def heading(self) -> None:
        self.apply(markdown_ops.cycle_heading(*self._selection()))

    def line_prefix(self, kind: str) -> None:
        self.apply(markdown_ops.toggle_line_prefix(*self._selection(), kind))

    def toggle_checkbox(self) -> None:
        self.apply(markdown_ops.toggle_checkbox(self.toPlainText(), self.textCursor().position()))

    def insert_at_cursor(self, text: str) -> None:
        self.textCursor().insertText(text)

    # --- keys and drops -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain_enter = event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain_enter and not self.textCursor().hasSelection():
            block = self.textCursor().block()
            # Only the current line matters: avoid copying a 100 KB document on every Enter.
            line_pos = self.textCursor().positionInBlock()
            edit = markdown_ops.continue_list(block.text(), line_pos)
            if edit is not None:
                start = block.position()
                cursor = self.textCursor()
                cursor.beginEditBlock()
                cursor.setPosition(start)
                cursor.setPosition(start + len(block.text()), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(edit.text)
                cursor.endEditBlock()
                cursor.setPosition(start + edit.start)
                self.setTextCursor(cursor)
                return
        super().keyPressEvent(event)

    @staticmethod
    def _image_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [
            Path(u.toLocalFile())
            for u in data.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._image_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._image_paths(event)
        if paths:
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            self.photos_dropped.emit(paths)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)
