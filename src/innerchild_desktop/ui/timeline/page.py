"""The Timeline page: a zoomable, calm view of childhood memories and a card for the chosen one.

Heavy memories are never shown unasked: choosing one asks first, and offers breathing instead.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.services import timeline as timeline_service
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.memories import MemoryRow, get_memory
from innerchild_desktop.ui.timeline.scene import MemoryMarker, Placed, TimelineScene
from innerchild_desktop.ui.widgets import button, label


class TimelineView(QGraphicsView):
    marker_chosen = Signal(object)  # MemoryMarker

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timeline = scene
        self.setAccessibleName("Memory timeline")
        self.setAccessibleDescription(
            "Left and right arrows move between memories, Enter opens one, plus and minus zoom."
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
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: object) -> None:
        super().mousePressEvent(event)  # type: ignore[arg-type]
        item = self.itemAt(event.position().toPoint())  # type: ignore[attr-defined]
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

    def mousePressEvent(self, event: object) -> None:
        point = event.position()  # type: ignore[attr-defined]
        self.main.centerOn(*self.scene_point(point.x(), point.y()))
        self.update()


class TimelinePage(QWidget):
    title = "Timeline"
    breathe_requested = Signal()
    write_requested = Signal(str)  # memory id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline")
        self._service: JournalService | None = None
        self._tags: dict[str, list[str]] = {}
        self.scene = TimelineScene(self)
        self.view = TimelineView(self.scene)
        from innerchild_desktop.ui.journal.preview import SafePreview

        self.card = SafePreview()  # loads photos only from the journal itself
        self.card.photo_source = self._photo
        self.card.setAccessibleName("Memory")
        self.card.setOpenLinks(False)
        self.card.setMaximumWidth(360)
        self.card.setPlaceholderText(
            "Choose a memory to see it here. Heavy ones stay veiled until you choose to open them."
        )
        self.empty = label(
            "No memories yet. When you're ready, add one with a fuzzy time like "
            '"around age 7" (innerchild memory add).',
            "muted",
        )
        zoom_in = button("+", description="Zoom in (+)", accessible="Zoom in")
        zoom_out = button("−", description="Zoom out (−)", accessible="Zoom out")
        zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        tools = QHBoxLayout()
        tools.addWidget(label("Timeline", "title"))
        tools.addStretch(1)
        self.review_button = button(
            "Review…", description="A gentle walk through your memories, one at a time"
        )
        self.review_button.clicked.connect(self.open_review)
        self.write_button = button(
            "Write about this", description="A journal entry linked to this memory"
        )
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self._write)
        self.lanes = QComboBox()
        self.lanes.setAccessibleName("Lanes")
        for key, text in (
            (None, "All together"),
            ("feeling", "Lanes by feeling"),
            ("person", "Lanes by person"),
            ("place", "Lanes by place"),
        ):
            self.lanes.addItem(text, key)
        self.lanes.activated.connect(lambda _: self._reload())
        tools.addWidget(self.lanes)
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show memories")
        self.filter.activated.connect(lambda _: self._reload())
        tools.addWidget(self.filter)
        self.edit_button = button("Edit…", description="Change this memory's words or time")
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_memory)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.review_button)
        tools.addWidget(self.write_button)
        tools.addWidget(zoom_out)
        tools.addWidget(zoom_in)
        self.minimap = MiniMap(self.view)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addWidget(self.minimap)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(tools)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        self.view.marker_chosen.connect(self.show_marker)
        self.ask_heavy = self._ask_heavy  # replaced in tests

    def load(self, service: JournalService) -> None:
        self._service = service
        rows = timeline_service.timeline(service.journal)
        current = self.filter.currentData()
        self.filter.clear()
        self.filter.addItem("All memories", None)
        for name in sorted({e for r in rows for e in r.emotions}):
            self.filter.addItem(f"Feeling: {name}", f"feeling:{name}")
        for name in sorted({n for r in rows for n in r.needs}):
            self.filter.addItem(f"Needed: {name}", f"need:{name}")
        for name in sorted({p for r in rows for p in r.people}):
            self.filter.addItem(f"With: {name}", f"person:{name}")
        from innerchild_desktop.store.memories import memory_tags

        self._tags = {r.id: memory_tags(service.conn, r.id) for r in rows}
        for name in sorted({t for tags in self._tags.values() for t in tags}):
            self.filter.addItem(f"Tag: {name}", f"tag:{name}")
        for level in range(1, 6):
            if any(r.intensity == level for r in rows):
                self.filter.addItem(f"Intensity {level}", f"intensity:{level}")
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self._reload()

    def _reload(self) -> None:
        if self._service is None:
            return
        journal = self._service.journal
        birth = timeline_service.birth_date(journal)
        placed = []
        chosen = self.filter.currentData()
        for row in timeline_service.timeline(journal):
            if chosen is not None and not matches(row, chosen, self._tags.get(row.id, [])):
                continue
            lane = timeline_service.lane_of(row, birth)
            placed.append(
                Placed(
                    row.id,
                    row.title,
                    timeline_service.describe(row),
                    lane,
                    row.span_start or 0.0,
                    row.span_end or 0.0,
                    row.heavy,
                    row.emotions[0] if row.emotions else None,
                    lane_group(row, self.lanes.currentData()),
                )
            )
        self.scene.build(placed)
        self.minimap.refit()
        self.empty.setVisible(not placed)
        self._needs_fit = True
        if self.isVisible():
            self.showEvent(None)
        self.card.clear()

    def showEvent(self, event: object) -> None:
        if getattr(self, "_needs_fit", False):
            self._needs_fit = False
            self.view.fit_width()
        if event is not None:
            super().showEvent(event)  # type: ignore[arg-type]

    def show_marker(self, marker: MemoryMarker) -> None:
        if self._service is None:
            return
        if marker.placed.heavy and not self.ask_heavy():
            self.card.setPlainText("This memory stays veiled. You can open it another time.")
            return
        row = get_memory(self._service.conn, marker.placed.memory_id)
        if row is not None:
            from innerchild_desktop.store.attachments import list_attachments

            photos = [a.id for a in list_attachments(self._service.conn, memory_id=row.id)]
            self.card.setHtml(card_html(row, marker.placed.when, photos))
            self.shown_memory = row.id
            self.write_button.setEnabled(True)
            self.edit_button.setEnabled(True)

    def edit_memory(self) -> None:
        from innerchild_desktop.ui.timeline.edit_dialog import MemoryEditDialog

        memory_id = getattr(self, "shown_memory", None)
        if self._service is None or not memory_id:
            return
        row = get_memory(self._service.conn, memory_id)
        if row is None:
            return
        self.editor_dialog = MemoryEditDialog(self._service.journal, row, self)
        self.editor_dialog.accepted.connect(lambda: self._reload())
        self.editor_dialog.open()

    def _photo(self, photo_id: str) -> tuple[str, bytes] | None:
        if self._service is None:
            return None
        from innerchild_desktop.store.attachments import attachment_bytes

        return attachment_bytes(self._service.conn, photo_id, thumbnail=True)

    def _write(self) -> None:
        memory_id = getattr(self, "shown_memory", None)
        if memory_id:
            self.write_requested.emit(memory_id)

    def open_review(self) -> None:
        from innerchild_desktop.ui.timeline.review import ReviewDialog

        if self._service is None:
            return
        self.review = ReviewDialog(self._service, self)
        self.review.breathe_requested.connect(self.breathe_requested)
        self.review.show()

    def _ask_heavy(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "A heavy memory",
            "This memory is marked heavy. Open it now?",
            parent=self,
        )
        open_button = box.addButton("Open it", QMessageBox.ButtonRole.AcceptRole)
        breathe = box.addButton("Breathe first", QMessageBox.ButtonRole.ActionRole)
        box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is breathe:
            self.breathe_requested.emit()
        return box.clickedButton() is open_button

    def flush(self) -> None:
        pass

    def clear(self) -> None:
        review = getattr(self, "review", None)
        if review is not None:
            review.close()  # saves the reflections before the journal locks
            self.review = None
        self._service = None
        self.shown_memory = None
        self.write_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.scene.build([])
        self.card.clear()


def card_html(row: MemoryRow, when: str, photos: list[str] | None = None) -> str:
    def section(title: str, text: str) -> str:
        return f"<h4>{html.escape(title)}</h4><p>{html.escape(text)}</p>" if text else ""

    bits = [
        f"<h3>{html.escape(row.title)}</h3>",
        f"<p><i>{html.escape(when)}{' · ' + html.escape(row.stage) if row.stage else ''}</i></p>",
    ]
    if row.emotions:
        bits.append(f"<p>Feelings: {html.escape(', '.join(row.emotions))}</p>")
    if row.needs:
        bits.append(f"<p>What I needed: {html.escape(', '.join(row.needs))}</p>")
    if row.people or row.place:
        bits.append(
            f"<p>{html.escape(', '.join(row.people))}"
            f"{' · ' + html.escape(row.place) if row.place else ''}</p>"
        )
    bits.append(section("", row.body))
    bits.append(section("What happened", row.what_happened))
    bits.append(section("What I felt", row.what_i_felt))
    bits.append(section("What I needed", row.what_i_needed))
    bits.append(section("What I would tell them now", row.what_i_would_say))
    bits += [f'<p><img src="attachment:{html.escape(p)}" /></p>' for p in photos or []]
    return "".join(bits)


def matches(row: MemoryRow, chosen: str, tags: list[str] | None = None) -> bool:
    """``chosen`` is "feeling:…", "need:…", "person:…", "tag:…" or "intensity:N"."""
    kind, _, value = chosen.partition(":")
    if kind == "person":
        return value in row.people
    if kind == "tag":
        return value.lower() in {t.lower() for t in (tags or [])}
    if kind == "feeling":
        return value in row.emotions
    if kind == "need":
        return value in row.needs
    return str(row.intensity) == value


def lane_group(row: MemoryRow, by: str | None) -> str:
    """Which lane a memory goes in when lanes are split by feeling, person or place.

    Heavy memories keep their veil here too: their own quiet lane, never their details."""
    if by and row.heavy:
        return "veiled (heavy)"
    if by == "feeling":
        return row.emotions[0] if row.emotions else "no feeling chosen"
    if by == "person":
        return row.people[0] if row.people else "nobody named"
    if by == "place":
        return row.place or "no place named"
    return ""
