"""The timeline's view (zoom, keyboard walk between memories) and its mini-map overview."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from innerchild_desktop.ui.timeline.scene import MemoryMarker, TimelineScene


class TimelineView(QGraphicsView):
    marker_chosen = Signal(object)  # MemoryMarker
    delete_requested = Signal()  # the Delete key on the chosen memory

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timeline = scene
        self.setAccessibleName("Memory timeline")
        self.setAccessibleDescription(
            "Left and right arrows move between memories, Enter opens one, plus and minus zoom,"
            " Delete takes the chosen one off the timeline (Ctrl+Z brings it back)."
        )
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current = -1
        self.zoom_level = 1.0

    def zoom(self, factor: float) -> None:
        target = min(max(self.zoom_level * factor, 0.15), 12.0)  # whole childhood ↔ one year
        applied = target / self.zoom_level
        self.zoom_level = target
        self.scale(applied, 1.0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The wheel zooms (the timeline's natural gesture); dragging pans.
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        event.accept()

    def fit_width(self) -> None:
        """Show the whole childhood across the view (zoom in from there for detail)."""
        width = self.timeline.sceneRect().width()
        if width > 0 and self.viewport().width() > 0:
            self.zoom(self.viewport().width() / (width * self.zoom_level))
        self.centerOn(self.timeline.sceneRect().left(), self.timeline.sceneRect().center().y())
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def select_index(self, index: int) -> None:
        markers = self.timeline.markers
        if not markers:
            return
        self.current = max(0, min(index, len(markers) - 1))
        self.timeline.clearSelection()
        marker = markers[self.current]
        marker.setSelected(True)
        self.centerOn(marker)
        self.marker_chosen.emit(marker)

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
        if isinstance(item, MemoryMarker):
            self.current = self.timeline.markers.index(item)
            self.marker_chosen.emit(item)


class MiniMap(QWidget):
    """The whole timeline, small: every memory as a sliver, and the part the big view shows
    outlined. Click to go there. Drawn from the markers, so words never clutter it."""

    def __init__(self, main: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.setAccessibleName("Timeline overview")
        self.setAccessibleDescription("Click to move the timeline to that place")
        self.setFixedHeight(64)
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
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor

        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        left, top, sx, sy = self._transform()
        painter.setPen(Qt.PenStyle.NoPen)
        for marker in self.main.timeline.markers:
            r = marker.rect
            painter.setBrush(QColor("#b9b3ab") if marker.placed.heavy else QColor("#8fc1a9"))
            painter.drawRect(
                QRectF(
                    (r.left() - left) * sx,
                    (r.top() - top) * sy,
                    max(r.width() * sx, 1.5),
                    max(r.height() * sy, 1.5),
                )
            )
        visible = self.main.mapToScene(self.main.viewport().rect()).boundingRect()
        painter.setPen(QColor("#3f7d74"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(
            QRectF(
                (visible.left() - left) * sx,
                (visible.top() - top) * sy,
                visible.width() * sx,
                visible.height() * sy,
            )
        )

    def scene_point(self, x: float, y: float) -> tuple[float, float]:
        left, top, sx, sy = self._transform()
        return left + x / sx, top + y / sy

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        self.main.centerOn(*self.scene_point(point.x(), point.y()))
        self.update()
