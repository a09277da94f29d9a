"""The Markdown text area: formatting shortcuts, list continuation, photo drops, and a
comfortable page: lines of about ``measure`` characters, centred, with generous leading.

A QTextEdit in plain-text mode rather than a QPlainTextEdit: only QTextEdit's layout honours a
block's line height. Typing 100 KB costs the same per key (about 2 ms offscreen); loading it
about 50 ms instead of 10.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMargins, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFontMetricsF,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from innerchild_desktop.domain import markdown_ops
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.markdown_ops import Edit

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic"}
LINE_HEIGHT_PERCENT = 150  # leading: a line and a half, easier on tired eyes than single spacing
DEFAULT_MEASURE = 70  # characters a line, the middle of the 60-80 typographers recommend
PAGE_MARGIN = 14  # the document's own margin, on all four sides


class MarkdownEdit(QTextEdit):
    photos_dropped = Signal(list)  # list[Path]
    side_margin_changed = Signal(int)  # px either side of the centred column (0: full width)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("journal.markdown_edit", "Entry text"))
        self.setAccessibleDescription(
            translate("journal.markdown_edit", "Write in Markdown. Ctrl+B bold, Ctrl+I italic.")
        )
        self.setPlaceholderText(
            translate(
                "journal.markdown_edit", "Whatever you'd like to write. There is no wrong way."
            )
        )
        self.setAcceptRichText(False)  # pasted web pages arrive as their words only
        self.setTabChangesFocus(False)
        self.setAcceptDrops(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # The side margins (viewport margins) are painted by this widget: give them the page's
        # colour, by role, so they follow light and dark.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.document().setDocumentMargin(PAGE_MARGIN)
        self.measure = DEFAULT_MEASURE
        self._apply_leading()
        # Adds to the right-click menu for the text under the mouse (spell-check's suggestions).
        self.menu_extras: Callable[[QMenu, QTextCursor], None] | None = None

    # --- the page: measure and leading ----------------------------------------------------------
    def set_measure(self, chars: int) -> None:
        """Lines of about ``chars`` average characters, centred; 0: as wide as the widget."""
        self.measure = max(chars, 0)
        self._fit_measure()

    def _fit_measure(self) -> None:
        side = 0
        if self.measure:
            metrics = QFontMetricsF(self.font())
            wanted = metrics.averageCharWidth() * self.measure + 2 * PAGE_MARGIN
            bar = self.verticalScrollBar()
            available = self.width() - 2 * self.frameWidth()
            available -= bar.sizeHint().width() if bar.isVisible() else 0
            side = max(0, int((available - wanted) / 2))
        if self.viewportMargins() != QMargins(side, 0, side, 0):
            self.setViewportMargins(side, 0, side, 0)
            # The viewport changed width but not the widget: lay the text out again for it
            # (QTextEdit does so on its own resize only). This setter always relays out.
            self.setLineWrapColumnOrWidth(self.lineWrapColumnOrWidth())
            self.side_margin_changed.emit(side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_measure()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom, or another writing font
            self._fit_measure()

    def _apply_leading(self) -> None:
        """Give every paragraph the line height; new ones inherit it as they are typed or pasted.

        Not an edit: no undo step, and no textChanged (that would mark a loaded entry unsaved).
        """
        document = self.document()
        blocked = self.blockSignals(True)
        undo = document.isUndoRedoEnabled()
        document.setUndoRedoEnabled(False)
        try:
            cursor = QTextCursor(document)
            cursor.select(QTextCursor.SelectionType.Document)
            leading = QTextBlockFormat()
            leading.setLineHeight(
                LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            cursor.mergeBlockFormat(leading)
        finally:
            document.setUndoRedoEnabled(undo)
            self.blockSignals(blocked)

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self._apply_leading()

    def clear(self) -> None:
        super().clear()
        self._apply_leading()

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

    # --- the right-click menu -------------------------------------------------------------------
    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at ``pos`` (viewport coordinates)."""
        menu = self.createStandardContextMenu(pos)
        if self.menu_extras is not None:
            self.menu_extras(menu, self.cursorForPosition(pos))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

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
