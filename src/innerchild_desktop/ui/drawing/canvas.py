"""The paper: draws with a mouse, a finger or a tablet pen (pressure and tilt).

Strokes are kept in paper coordinates (domain.drawing), so the paper can be any size on screen.
Finished strokes are painted once into a cached image; only the stroke being drawn is painted
again as the pen moves. Touch arrives as mouse events (Qt synthesises them).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerchild_desktop.domain.drawing import (
    PALETTE,
    Brush,
    Drawing,
    History,
    Point,
    Stroke,
    point,
    smooth,
    tilt_from_degrees,
)
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui import theme
from innerchild_desktop.ui.drawing.paint import paint_stroke, render

MOUSE_PRESSURE = 0.5
MIN_STEP = 1.0  # paper pixels between kept points
MARGIN = 6  # around the paper, for its edge and the focus ring


class DrawingCanvas(QWidget):
    changed = Signal()

    def __init__(self, drawing: Drawing | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        drawing = drawing or Drawing()
        self.paper_size = (drawing.width, drawing.height)
        self.paper = drawing.paper
        self.history = History()
        if drawing.strokes:
            self.history = History(states=[drawing.strokes], index=0)
        self.brush = Brush.PENCIL
        self.colour = PALETTE[0][1]
        self.other_hand = False
        self._live: list[Point] = []
        self._cache: QImage | None = None
        self.setAccessibleName(translate("drawing.canvas", "Drawing paper"))
        self.setAccessibleDescription(
            translate(
                "drawing.canvas",
                "Draw with a mouse, a finger or a pen. Tools are above and below the paper.",
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # --- the drawing ------------------------------------------------------------------------
    def drawing(self) -> Drawing:
        w, h = self.paper_size
        return Drawing(self.history.strokes, w, h, self.paper)

    def strokes(self) -> tuple[Stroke, ...]:
        return self.history.strokes

    def undo(self) -> None:
        if self.history.undo():
            self._redraw()

    def redo(self) -> None:
        if self.history.redo():
            self._redraw()

    def clear(self) -> None:
        if self.history.clear():
            self._redraw()

    def add_stroke(self, points: list[Point]) -> None:
        if not points:
            return
        kept = smooth(points) if self.other_hand else tuple(points)
        stroke = Stroke(self.brush, self.colour, kept, self.other_hand)
        self.history.add(stroke)
        if self._cache is not None:
            painter = QPainter(self._cache)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_stroke(painter, stroke, self.paper)
            painter.end()
        self.update()
        self.changed.emit()

    def _redraw(self) -> None:
        self._cache = None
        self.update()
        self.changed.emit()

    # --- geometry ---------------------------------------------------------------------------
    def paper_rect(self) -> QRectF:
        """Where the paper sits in the widget: as large as fits, centred."""
        w, h = self.paper_size
        room_w, room_h = max(self.width() - 2 * MARGIN, 1), max(self.height() - 2 * MARGIN, 1)
        scale = min(room_w / w, room_h / h)
        pw, ph = w * scale, h * scale
        return QRectF((self.width() - pw) / 2, (self.height() - ph) / 2, pw, ph)

    def to_paper(self, pos: QPointF) -> tuple[float, float]:
        rect = self.paper_rect()
        scale = rect.width() / self.paper_size[0]
        x = (pos.x() - rect.left()) / scale
        y = (pos.y() - rect.top()) / scale
        return min(max(x, 0.0), self.paper_size[0]), min(max(y, 0.0), self.paper_size[1])

    def to_widget(self, x: float, y: float) -> QPointF:
        rect = self.paper_rect()
        scale = rect.width() / self.paper_size[0]
        return QPointF(rect.left() + x * scale, rect.top() + y * scale)

    # --- input ------------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float, tilt: float) -> None:
        x, y = self.to_paper(pos)
        self._live = [point(x, y, pressure, tilt)]
        self.update()

    def _extend(self, pos: QPointF, pressure: float, tilt: float) -> None:
        if not self._live:
            return
        x, y = self.to_paper(pos)
        last = self._live[-1]
        if abs(x - last.x) + abs(y - last.y) < MIN_STEP:
            return
        self._live.append(point(x, y, pressure, tilt))
        self.update()

    def _end(self) -> None:
        points, self._live = self._live, []
        self.add_stroke(points)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_PRESSURE, 0.0)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_PRESSURE, 0.0)
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._live:
            self._extend(event.position(), MOUSE_PRESSURE, 0.0)
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: its pressure and tilt shape the line. Accepted, so no mouse event follows."""
        pressure = float(event.pressure())
        tilt = tilt_from_degrees(float(event.xTilt()), float(event.yTilt()))
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), pressure, tilt)
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position(), pressure, tilt)
        elif kind == QTabletEvent.Type.TabletRelease and self._live:
            self._end()
        event.accept()

    # --- painting ---------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None:
            self._cache = render(self.drawing())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.paper_rect()
        # The paper keeps its own light colour in both themes; its edge follows the theme.
        painter.setPen(QColor(theme.colours(self.palette()).border))
        painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        painter.drawImage(rect, self._cache)
        if self._live:
            painter.translate(rect.topLeft())
            scale = rect.width() / self.paper_size[0]
            painter.scale(scale, scale)
            live = smooth(self._live) if self.other_hand else tuple(self._live)
            paint_stroke(
                painter, Stroke(self.brush, self.colour, live, self.other_hand), self.paper
            )
        if self.hasFocus():
            painter.resetTransform()
            painter.setPen(QColor(theme.colours(self.palette()).accent))
            painter.drawRect(rect.adjusted(-2, -2, 1, 1))
        painter.end()
