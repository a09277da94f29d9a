"""The memory timeline drawn as a QGraphicsScene: an age axis with life-stage bands, a calendar
axis for memories known only by year, and soft markers whose width is their uncertainty.

Heavy memories are veiled: a quiet grey marker with no title, until the person chooses to open
one. Markers are packed into rows so overlapping memories never hide each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from innerchild_desktop.domain.feelings import LIFE_STAGES, feeling
from innerchild_desktop.ui.widgets import plain_tip

PX_PER_YEAR = 90.0
ROW_HEIGHT = 34.0
AXIS_GAP = 70.0
VEIL = QColor("#b9b3ab")


@dataclass(frozen=True)
class Placed:
    memory_id: str
    title: str
    when: str
    lane: str  # "age" | "calendar"
    start: float
    end: float
    heavy: bool
    feeling: str | None
    group: str = ""  # lane within the axis (a feeling, a person, a place), "" = all together


class MemoryMarker(QGraphicsItem):
    def __init__(self, placed: Placed, rect: QRectF) -> None:
        super().__init__()
        self.placed = placed
        self.rect = rect
        self._cached_colours: tuple[QColor, QColor] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            "A heavy memory. Open it only when you choose."
            if placed.heavy
            else plain_tip(f"{placed.title} · {placed.when}")
        )

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def _colours(self) -> tuple[QColor, QColor]:
        if self._cached_colours is None:
            known = feeling(self.placed.feeling) if self.placed.feeling else None
            colour = VEIL if self.placed.heavy else QColor(known.colour if known else "#9fc5bb")
            fill = QColor(colour)
            fill.setAlpha(150 if not self.placed.heavy else 90)
            self._cached_colours = (colour, fill)
        return self._cached_colours

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour, fill = self._colours()
        sx = painter.worldTransform().m11() or 1.0
        selected = self.isSelected()
        if self.rect.width() * sx < 28 and not selected:
            # Level of detail: a sliver too narrow for words is drawn as a plain bar. With
            # thousands of memories on screen this keeps a zoomed-out frame cheap.
            painter.fillRect(self.rect, fill)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(QColor("#3f7d74") if selected else colour.darker(120), 2.5 if selected else 1)
        )
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self.rect, 10, 10)
        text = "…" if self.placed.heavy else self.placed.title
        painter.setPen(QColor("#2f2a26"))
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        painter.setFont(font)
        # The view zooms horizontally only; undo that for the words so they stay readable.
        painter.save()
        painter.scale(1 / sx, 1)
        box = QRectF(
            self.rect.left() * sx, self.rect.top(), self.rect.width() * sx, self.rect.height()
        )
        shown = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(max(box.width() - 12, 12))
        )
        painter.drawText(
            box.adjusted(6, 0, 0, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            shown,
        )
        painter.restore()


def density(items: list[Placed], first: float, last: float) -> list[int]:
    """How many memories touch each whole year between ``first`` and ``last``."""
    counts = [0] * max(int(last - first), 1)
    for item in items:
        for year in range(int(item.start - first), int(min(item.end, last) - first - 1e-9) + 1):
            if 0 <= year < len(counts):
                counts[year] += 1
    return counts


def grouped_rows(items: list[Placed], first: float) -> tuple[list[int], list[tuple[str, int]]]:
    """Rows for every item, packed within its group; and where each group's rows begin."""
    row_of: dict[int, int] = {}
    tops: list[tuple[str, int]] = []
    offset = 0
    for group in sorted({m.group for m in items}):
        members = [(i, m) for i, m in enumerate(items) if m.group == group]
        rows = pack_rows(
            [((m.start - first) * PX_PER_YEAR, (m.end - first) * PX_PER_YEAR) for _, m in members],
            120.0,
        )
        for (i, _), row in zip(members, rows, strict=True):
            row_of[i] = offset + row
        tops.append((group, offset))
        offset += max(rows) + 1 if rows else 1
    return [row_of[i] for i in range(len(items))], tops


def pack_rows(spans: list[tuple[float, float]], min_width: float) -> list[int]:
    """Greedy interval packing: the first row where the span fits without overlap."""
    ends: list[float] = []
    rows = []
    for start, end in spans:
        end = max(end, start + min_width)
        for row, row_end in enumerate(ends):
            if start >= row_end:
                ends[row] = end
                rows.append(row)
                break
        else:
            ends.append(end)
            rows.append(len(ends) - 1)
    return rows


class TimelineScene(QGraphicsScene):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.markers: list[MemoryMarker] = []
        self.densities: dict[str, list[int]] = {}  # lane name -> memories per year

    def build(self, memories: list[Placed]) -> None:
        self.clear()
        self.markers = []
        ages = [m for m in memories if m.lane == "age"]
        years = [m for m in memories if m.lane == "calendar"]
        top = 0.0
        top = self._lane(ages, top, 0.0, max([18.0] + [m.end for m in ages]), "Age", stages=True)
        if years:
            first = min(m.start for m in years) // 1
            last = max(m.end for m in years) // 1 + 1
            self._lane(years, top + AXIS_GAP, first, last, "Year", stages=False)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -30, 160, 30))

    def _density(self, items: list[Placed], first: float, last: float, top: float) -> list[int]:
        """A quiet overview strip: taller where more memories gather."""
        counts = density(items, first, last)
        peak = max(counts) or 1
        shade = QColor("#3f7d74")
        shade.setAlpha(70)
        for year, count in enumerate(counts):
            height = 18.0 * count / peak
            if count:
                self.addRect(
                    QRectF(year * PX_PER_YEAR + 2, top + 18 - height, PX_PER_YEAR - 4, height),
                    QPen(Qt.PenStyle.NoPen),
                    QBrush(shade),
                )
        return counts

    def _lane(
        self, items: list[Placed], top: float, first: float, last: float, unit: str, *, stages: bool
    ) -> float:
        width = (last - first) * PX_PER_YEAR
        muted = QColor("#8a7f75")
        rows, group_tops = grouped_rows(items, first)
        height = (max(rows) + 1 if rows else 1) * ROW_HEIGHT + 20
        if stages:
            for index, stage in enumerate(LIFE_STAGES):
                if stage.start_age is None or stage.end_age is None:
                    continue
                band = QRectF(
                    stage.start_age * PX_PER_YEAR,
                    top,
                    (stage.end_age - stage.start_age) * PX_PER_YEAR,
                    height,
                )
                shade = QColor("#e4efe9" if index % 2 == 0 else "#efe7dc")
                self.addRect(band, QPen(Qt.PenStyle.NoPen), QBrush(shade)).setZValue(-2)
                caption = self.addSimpleText(stage.name)
                caption.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                caption.setBrush(muted)
                caption.setPos(band.left() + 6, top - 22)
        axis_y = top + height
        self.addLine(0, axis_y, width, axis_y, QPen(muted, 1))
        step = 1 if last - first <= 25 else 5
        tick = first
        while tick <= last:
            x = (tick - first) * PX_PER_YEAR
            self.addLine(x, axis_y, x, axis_y + 6, QPen(muted, 1))
            text = self.addSimpleText(f"{int(tick)}")
            text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            text.setBrush(muted)
            text.setPos(x - 6, axis_y + 8)
            tick += step
        self.densities[unit] = self._density(items, first, last, axis_y + 28)
        label = self.addSimpleText(unit)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        label.setBrush(muted)
        label.setPos(-36, axis_y - 8)
        for name, row_index in group_tops:
            if not name:
                continue
            y = top + 10 + row_index * ROW_HEIGHT
            self.addLine(0, y - 4, width, y - 4, QPen(QColor("#d9d1c7"), 1))
            caption = self.addSimpleText(name)
            caption.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            caption.setBrush(muted)
            caption.setPos(width + 8, y)
        for memory, row in zip(items, rows, strict=True):
            x0 = (memory.start - first) * PX_PER_YEAR
            w = max((memory.end - memory.start) * PX_PER_YEAR, 26.0)
            rect = QRectF(x0, top + 10 + row * ROW_HEIGHT, w, ROW_HEIGHT - 8)
            marker = MemoryMarker(memory, rect)
            self.addItem(marker)
            self.markers.append(marker)
        return axis_y + 30
