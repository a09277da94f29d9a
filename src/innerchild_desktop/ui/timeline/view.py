"""The timeline's view (zoom, keyboard walk between memories) and its mini-map overview.

One way to move around: the view scrolls up and down (wheel, scrollbar, dragging) and the
mini-map below it shows the whole axis and moves the view along it (click or drag); there is
no second, horizontal scrollbar. Ctrl+wheel, + and − zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.timeline.colours import TimelineColours, mix
from innerchild_desktop.ui.timeline.marker import chosen_name
from innerchild_desktop.ui.timeline.scene import EDGE_PX, MemoryMarker, TimelineScene

VIEW_NAME = QT_TRANSLATE_NOOP("timeline.view", "Memory timeline")  # translated when shown
MAX_ZOOM = 12.0  # one year across the view


class TimelineView(QGraphicsView):
    marker_chosen = Signal(object)  # MemoryMarker
    delete_requested = Signal()  # the Delete key on the chosen memory

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timeline = scene
        self.setAccessibleName(translate("timeline.view", VIEW_NAME))
        self.setAccessibleDescription(
            translate(
                "timeline.view",
                "Left and right arrows move between memories, Enter opens one, plus and minus "
                "zoom, Delete takes the chosen one off the timeline ({undo} brings it back).",
            ).format(undo="Ctrl+Z")
        )
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the mini-map
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current = -1
        self.zoom_level = 1.0
        self.fitted = False  # showing the whole axis, as after opening: a resize fits again
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._refit.timeout.connect(self._fit_again)

    def fit_scale(self) -> float:
        """The horizontal zoom that shows the whole axis across the view."""
        width = self.timeline.axis_width()
        room = self.viewport().width() - 2 * EDGE_PX
        return max(room, 60.0) / width if width > 0 else 1.0

    def zoom(self, factor: float) -> None:
        # Never smaller than the scale the rows were packed for, so titles never overlap.
        smallest = self.timeline.scale
        target = min(max(self.zoom_level * factor, smallest), max(MAX_ZOOM, smallest))
        applied = target / self.zoom_level
        self.zoom_level = target
        self.fitted = False
        self._refit.stop()  # a resize just before must not undo the person's zoom
        self.scale(applied, 1.0)
        self.pin()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)  # scroll, like every other page

    def _fit_again(self) -> None:
        """After a resize, still the whole axis across the view, at the same height."""
        if self.fitted:
            self.fit_width(top=False)

    def fit_width(self, *, top: bool = True) -> None:
        """Show the whole axis across the view, from its top row; lay the rows out for it."""
        if self.scene() is None:
            return
        down = self.verticalScrollBar().value()
        scale = self.fit_scale()
        if abs(scale - self.timeline.scale) > scale * 1e-3:  # rows are packed for one scale
            self.timeline.build(self.timeline.memories, scale=scale)
        self.zoom_level = scale
        self.setTransform(QTransform.fromScale(scale, 1.0))
        self.fitted = True
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        bar = self.verticalScrollBar()
        bar.setValue(bar.minimum() if top else down)
        self.pin()

    def pin(self) -> None:
        """Lane names stay at the left edge of what is shown, the axis at its top."""
        if self.scene() is None:  # the page is closing: the scene went first
            return
        corner = self.mapToScene(QPoint(4, 0))
        self.timeline.pin(corner.x(), self.mapToScene(QPoint(0, 0)).y())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.pin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted and event.oldSize().width() != event.size().width():
            self._refit.start()  # once the window has settled, not on every step of a drag
        self.pin()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.scene() is not None:
            self.timeline.redraw()  # light ↔ dark: the canvas follows the application palette
            self.pin()

    def select_index(self, index: int) -> None:
        markers = self.timeline.markers
        if not markers:
            return
        self.current = max(0, min(index, len(markers) - 1))
        marker = markers[self.current]
        self.timeline.choose(marker)
        self.centerOn(marker)
        self.announce(marker)
        self.marker_chosen.emit(marker)

    def announce(self, marker: MemoryMarker | None) -> None:
        """The chosen memory's whole title (veiled if heavy) for screen readers."""
        self.setAccessibleName(
            translate("timeline.view", "Memory timeline, chosen: {memory}").format(
                memory=chosen_name(marker.placed)
            )
            if marker
            else translate("timeline.view", VIEW_NAME)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Right:
            self.select_index(self.current + 1)
        elif key == Qt.Key.Key_Left:
            self.select_index(self.current - 1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        self.timeline.raise_chosen()
        if isinstance(item, MemoryMarker):
            self.current = self.timeline.markers.index(item)
            self.announce(item)
            self.marker_chosen.emit(item)


class MiniMap(QWidget):
    """The whole axis, small: every memory as a sliver, and the part the big view shows
    outlined. Click or drag to go there. Drawn from the markers, so words never clutter it."""

    def __init__(self, main: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.setAccessibleName(translate("timeline.view", "Timeline overview"))
        self.setAccessibleDescription(
            translate("timeline.view", "Click or drag to move the timeline to that place")
        )
        self.setToolTip(
            translate("timeline.view", "The whole timeline: click or drag to move along it")
        )
        self.setFixedHeight(56)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Bound methods, not lambdas: Qt drops the connection when the map is deleted, so a
        # scroll during teardown cannot reach a deleted widget.
        main.horizontalScrollBar().valueChanged.connect(self.refit)
        main.verticalScrollBar().valueChanged.connect(self.refit)

    def refit(self, *_: object) -> None:
        self.update()

    def _transform(self) -> tuple[float, float, float, float]:
        rect = self.main.timeline.sceneRect()
        sx = self.width() / rect.width() if rect.width() else 1.0
        sy = self.height() / rect.height() if rect.height() else 1.0
        return rect.left(), rect.top(), sx, sy

    def paintEvent(self, event: object) -> None:
        colours = TimelineColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.fillRect(self.rect(), colours.background)
        painter.setPen(colours.line)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        left, top, sx, sy = self._transform()
        painter.setPen(Qt.PenStyle.NoPen)
        memory = mix(colours.background, colours.accent, 0.55)
        for marker in self.main.timeline.markers:
            r = marker.rect
            painter.setBrush(colours.veil_edge if marker.placed.heavy else memory)
            painter.drawRect(
                QRectF(
                    (r.left() - left) * sx,
                    (r.top() - top) * sy,
                    max(r.width() * sx, 1.5),
                    max(r.height() * sy, 1.5),
                )
            )
        visible = self.main.mapToScene(self.main.viewport().rect()).boundingRect()
        painter.setPen(colours.accent)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(
            QRectF(
                (visible.left() - left) * sx,
                (visible.top() - top) * sy,
                visible.width() * sx,
                visible.height() * sy,
            ).intersected(QRectF(self.rect()).adjusted(0.5, 0.5, -1, -1))
        )

    def scene_point(self, x: float, y: float) -> tuple[float, float]:
        left, top, sx, sy = self._transform()
        return left + x / sx, top + y / sy

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        self.main.centerOn(*self.scene_point(point.x(), point.y()))
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)
