"""Draw: the paper, soft brushes, a calm palette (and any colour), eraser, undo, redo, clear,
and "I'm using my other hand" for big, forgiving lines.

Every tool has a key (shown in its tooltip) and a name for screen readers. Esc closes at once and
keeps what was drawn, as the editor keeps what was typed; "Don't keep" lets it go.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QDialog,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.drawing import BRUSHES, PALETTE, Brush, Drawing
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui import theme
from innerchild_desktop.ui.drawing.canvas import DrawingCanvas
from innerchild_desktop.ui.drawing.paint import drawing_png
from innerchild_desktop.ui.widgets import button, label

BRUSH_KEYS = {Brush.PENCIL: "P", Brush.CRAYON: "C", Brush.MARKER: "M", Brush.ERASER: "E"}
UNDO, REDO, CLEAR = "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Shift+Backspace"
# The brush and colour names of domain.drawing (BRUSHES, PALETTE), for the catalogue: each is
# shown as translate("drawing.dialog", its English name).
TOOL_NAMES = (
    QT_TRANSLATE_NOOP("drawing.dialog", "Pencil"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Crayon"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Marker"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Eraser"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Charcoal"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Sky"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Moss"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Sun"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Clay"),
    QT_TRANSLATE_NOOP("drawing.dialog", "Berry"),
)


def swatch(colour: str, size: int = 22) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(128, 128, 128, 200))  # a ring that shows on light and dark
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def _tool(text: str, name: str, key: str, parent: QWidget) -> QToolButton:
    tool = QToolButton(parent)
    tool.setText(text)
    tool.setAccessibleName(name)
    tool.setToolTip(f"{name} ({key})")
    tool.setCheckable(True)
    tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return tool


class DrawingDialog(QDialog):
    def __init__(self, drawing: Drawing | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("drawing.dialog", "Draw"))
        self.setAccessibleName(translate("drawing.dialog", "Draw"))
        self.kept = False
        self.canvas = DrawingCanvas(drawing, self)
        self._changed = False
        self.canvas.changed.connect(self._on_changed)

        self.intro = intro = label(
            translate(
                "drawing.dialog",
                "Draw whatever comes, if you like. Nothing here needs to be good. "
                "Esc closes and keeps what you drew.",
            ),
            "muted",
        )

        self.brush_group = QButtonGroup(self)
        self.brush_buttons: dict[Brush, QToolButton] = {}
        tools = QHBoxLayout()
        for brush, style in BRUSHES.items():
            key = BRUSH_KEYS[brush]
            name = translate("drawing.dialog", style.label)
            tool = _tool(name, name, key, self)
            tool.clicked.connect(lambda _=False, b=brush: self.set_brush(b))
            QShortcut(QKeySequence(key), self, lambda b=brush: self.set_brush(b))
            self.brush_group.addButton(tool)
            self.brush_buttons[brush] = tool
            tools.addWidget(tool)
        tools.addSpacing(16)
        self.colour_group = QButtonGroup(self)
        self.colour_buttons: dict[str, QToolButton] = {}
        for number, (name, colour) in enumerate(PALETTE, start=1):
            tool = _tool("", translate("drawing.dialog", name), str(number), self)
            tool.setIcon(swatch(colour))
            tool.setIconSize(QSize(22, 22))
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            tool.clicked.connect(lambda _=False, c=colour: self.set_colour(c))
            QShortcut(QKeySequence(str(number)), self, lambda c=colour: self.set_colour(c))
            self.colour_group.addButton(tool)
            self.colour_buttons[colour] = tool
            tools.addWidget(tool)
        any_colour = translate("drawing.dialog", "Any colour…")
        self.any_colour = _tool(any_colour, any_colour, "A", self)
        self.any_colour.setCheckable(False)
        self.any_colour.clicked.connect(self.choose_colour)
        QShortcut(QKeySequence("A"), self, self.choose_colour)
        tools.addWidget(self.any_colour)
        tools.addStretch(1)

        self.other_hand = QCheckBox(translate("drawing.dialog", "I'm using my &other hand"))
        self.other_hand.setAccessibleName(
            translate("drawing.dialog", "I'm using my other hand: larger, forgiving lines")
        )
        self.other_hand.setToolTip(
            translate(
                "drawing.dialog", "Larger, smoother lines for a hand that is not used to it (Alt+O)"
            )
        )
        self.other_hand.toggled.connect(self.set_other_hand)
        self.undo_button = button(
            translate("drawing.dialog", "Undo"),
            description=translate("drawing.dialog", "Undo the last stroke ({shortcut})").format(
                shortcut=UNDO
            ),
        )
        self.redo_button = button(
            translate("drawing.dialog", "Redo"),
            description=translate("drawing.dialog", "Redo ({shortcut})").format(shortcut=REDO),
        )
        self.clear_button = button(
            translate("drawing.dialog", "Clear"),
            description=translate(
                "drawing.dialog", "Start again on clean paper ({shortcut}); undo brings it back"
            ).format(shortcut=CLEAR),
        )
        self.undo_button.clicked.connect(self.canvas.undo)
        self.redo_button.clicked.connect(self.canvas.redo)
        self.clear_button.clicked.connect(self.canvas.clear)
        for key, slot in (
            (UNDO, self.canvas.undo),
            (REDO, self.canvas.redo),
            ("Ctrl+Y", self.canvas.redo),
            (CLEAR, self.canvas.clear),
        ):
            QShortcut(QKeySequence(key), self, slot)
        self.discard_button = button(
            translate("drawing.dialog", "Don't keep"),
            description=translate("drawing.dialog", "Close and let this drawing go"),
        )
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard)
        self.keep_button = button(
            translate("drawing.dialog", "Keep drawing"),
            role="primary",
            description=translate(
                "drawing.dialog", "Put the drawing in the entry ({shortcut})"
            ).format(shortcut="Ctrl+Return"),
        )
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.keep)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.keep)
        for b in (self.undo_button, self.redo_button, self.clear_button):
            b.setAutoDefault(False)

        actions = QHBoxLayout()
        actions.addWidget(self.other_hand)
        actions.addSpacing(16)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.keep_button)

        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(actions)
        self.set_brush(Brush.PENCIL)
        self.set_colour(PALETTE[0][1])
        self._update_buttons()
        self.resize(960, 720)
        self._follow_theme()
        self.canvas.setFocus()

    def _follow_theme(self) -> None:
        """The chosen tool stands out in either theme (the paper itself stays light)."""
        c = theme.colours(self.palette())
        sheet = (
            f"QToolButton {{ padding: 4px 10px; border: 1px solid {c.border}; border-radius: 6px;"
            f" background: {c.surface}; color: {c.text}; }}"
            f"QToolButton:checked {{ background: {c.accent}; color: {c.accent_text};"
            f" border-color: {c.accent}; }}"
            f"QToolButton:focus {{ border: 2px solid {c.text}; }}"
        )
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_theme()

    # --- tools ------------------------------------------------------------------------------
    def set_brush(self, brush: Brush) -> None:
        self.canvas.brush = brush
        self.brush_buttons[brush].setChecked(True)

    def set_colour(self, colour: str) -> None:
        self.canvas.colour = colour
        if self.canvas.brush is Brush.ERASER:
            self.set_brush(Brush.PENCIL)
        tool = self.colour_buttons.get(colour)
        if tool is not None:
            tool.setChecked(True)
        else:
            self.colour_group.setExclusive(False)
            for other in self.colour_buttons.values():
                other.setChecked(False)
            self.colour_group.setExclusive(True)
            self.any_colour.setIcon(swatch(colour))

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self.canvas.colour), self, translate("drawing.dialog", "Any colour")
        )
        if chosen.isValid():
            self.set_colour(chosen.name())

    def set_other_hand(self, on: bool) -> None:
        self.canvas.other_hand = on
        if self.other_hand.isChecked() != on:
            self.other_hand.setChecked(on)

    def _on_changed(self) -> None:
        self._changed = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        history = self.canvas.history
        self.undo_button.setEnabled(history.can_undo())
        self.redo_button.setEnabled(history.can_redo())
        self.clear_button.setEnabled(bool(history.strokes))

    # --- closing ----------------------------------------------------------------------------
    def keep(self) -> None:
        self.kept = self._changed and bool(self.canvas.strokes())
        self.accept()

    def discard(self) -> None:
        self.kept = False
        super().reject()

    def reject(self) -> None:
        """Esc and the window's close button: stop at once, keeping what was drawn."""
        self.kept = self._changed and bool(self.canvas.strokes())
        super().reject()

    def lead(self) -> str:
        """Markdown that goes before the drawing's link (the two-voice page has some)."""
        return ""

    def close_for_lock(self) -> bytes | None:
        """Close now (the journal is locking) and hand over what was drawn, to keep at once."""
        self.kept = self._changed and bool(self.canvas.strokes())
        png = self.result_png()
        self.kept = False  # handed over: ask() returns nothing more
        self.done(QDialog.DialogCode.Rejected)
        return png

    def result_png(self) -> bytes | None:
        """The PNG to keep (strokes inside), or None when nothing new was drawn."""
        return drawing_png(self.canvas.drawing()) if self.kept else None

    @classmethod
    def ask(cls, parent: QWidget | None, drawing: Drawing | None = None) -> bytes | None:
        dialog = cls(drawing, parent)
        dialog.exec()
        return dialog.result_png()
