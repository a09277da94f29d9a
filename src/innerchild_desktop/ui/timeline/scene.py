"""The memory timeline drawn as a QGraphicsScene: one axis at a time (ages with life-stage
bands, or calendar years for memories known only by year), and soft markers whose width is their
uncertainty, each with its title readable beside or inside it.

Heavy memories are veiled: a quiet marker that says only "veiled", until the person chooses to
open one. Markers are packed into rows so overlapping memories never hide each other; each
memory's row room includes its title at the scale the scene is laid out for (the view never
zooms out further), so titles never overlap or shrink to "Fi…". All colours come from the
application palette (:mod:`innerchild_desktop.ui.timeline.colours`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QWidget,
)

from innerchild_desktop.domain.feelings import LIFE_STAGES
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.timeline.colours import TimelineColours
from innerchild_desktop.ui.timeline.marker import (
    LABEL_PAD,
    LaneCaption,
    MarkerStyle,
    MemoryMarker,
    Placed,
    label_font,
)

__all__ = ["MemoryMarker", "Placed", "TimelineScene", "density", "grouped_rows", "pack_rows"]

PX_PER_YEAR = 90.0
ROW_HEIGHT = 34.0
HEADER = 48.0  # the stage names and the axis with its years, above the memories
CAPTION_ROW = 26.0  # room for a lane's name above its memories
MIN_PILL_PX = 12.0  # the narrowest a marker is drawn on screen
EDGE_PX = 24.0  # space left and right of the axis on screen


def density(items: list[Placed], first: float, last: float) -> list[int]:
    """How many memories touch each whole year between ``first`` and ``last``."""
    counts = [0] * max(int(last - first), 1)
    for item in items:
        for year in range(int(item.start - first), int(min(item.end, last) - first - 1e-9) + 1):
            if 0 <= year < len(counts):
                counts[year] += 1
    return counts


def grouped_rows(
    items: list[Placed], first: float, widths: list[float] | None = None
) -> tuple[list[int], list[tuple[str, int]]]:
    """Rows for every item, packed within its group; and where each group's rows begin.

    ``widths`` is the room (scene units) each item needs from its start; by default 120."""
    row_of: dict[int, int] = {}
    tops: list[tuple[str, int]] = []
    offset = 0
    for group in sorted({m.group for m in items}):
        members = [(i, m) for i, m in enumerate(items) if m.group == group]
        spans = []
        for i, m in members:
            x0 = (m.start - first) * PX_PER_YEAR
            end = (m.end - first) * PX_PER_YEAR
            spans.append((x0, max(end, x0 + widths[i]) if widths else end))
        rows = pack_rows(spans, 0.0 if widths else 120.0)
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


def axis_range(items: list[Placed], lane: str) -> tuple[float, float]:
    """The first and last whole unit the axis shows: birth to at least 18 for ages."""
    if lane == "age":
        return 0.0, max([18.0] + [m.end for m in items])
    if not items:
        return 0.0, 1.0
    return min(m.start for m in items) // 1, max(m.end for m in items) // 1 + 1


class TimelineScene(QGraphicsScene):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.markers: list[MemoryMarker] = []
        self.captions: list[LaneCaption] = []
        self.header: list[tuple[QGraphicsItem, float]] = []  # stays at the top: item, its y
        self.plate: QGraphicsRectItem | None = None  # under the header once rows scroll by
        self.densities: dict[str, list[int]] = {}  # axis name -> memories per year
        self.memories: list[Placed] = []
        self.lane = "age"  # which axis is shown: "age" or "calendar"
        self.scale = 1.0  # the horizontal zoom the rows are packed for (the view's smallest)
        self.colours = TimelineColours.from_palette()

    def choose(self, marker: MemoryMarker) -> None:
        """Select ``marker`` alone; its whole title lies over its neighbours, never under."""
        self.clearSelection()
        marker.setSelected(True)
        self.raise_chosen()

    def raise_chosen(self) -> None:
        for marker in self.markers:
            marker.setZValue(2 if marker.isSelected() else 0)

    def axis_width(self) -> float:
        """The shown axis's length in scene units (the view fits this to its width)."""
        first, last = axis_range(self.shown(), self.lane)
        return (last - first) * PX_PER_YEAR

    def shown(self) -> list[Placed]:
        return [m for m in self.memories if m.lane == self.lane]

    def build(
        self, memories: list[Placed], *, lane: str | None = None, scale: float | None = None
    ) -> None:
        """Draw ``memories`` on the ``lane`` axis, packed for titles readable at ``scale``."""
        self.memories = list(memories)
        if lane is not None:
            self.lane = lane
        if scale is not None:
            self.scale = max(scale, 0.01)
        ages = [m for m in self.memories if m.lane == "age"]
        years = [m for m in self.memories if m.lane == "calendar"]
        self.densities = {"Age": density(ages, *axis_range(ages, "age"))}
        if years:
            self.densities["Year"] = density(years, *axis_range(years, "calendar"))
        self.redraw()

    def redraw(self) -> None:
        """Lay everything out again (new palette, new scale); the chosen memory stays chosen."""
        chosen = {m.placed.memory_id for m in self.markers if m.isSelected()}
        self.markers = []
        self.captions = []
        self.header = []
        self.plate = None
        self.clear()
        self.colours = TimelineColours.from_palette()
        self.setBackgroundBrush(QBrush(self.colours.background))
        items = self.shown()
        if not items and self.lane != "age":  # no years to show: no made-up axis either
            self.setSceneRect(QRectF(0, 0, 1, 1))
            return
        first, last = axis_range(items, self.lane)
        bottom, right = self._lane(items, first, last)
        edge = EDGE_PX / self.scale
        self.setSceneRect(QRectF(-edge, 0, right + 2 * edge, bottom + 12))
        self.plate = self.addRect(
            QRectF(-edge, 0, right + 2 * edge, HEADER + 2),
            QPen(Qt.PenStyle.NoPen),
            QBrush(self.colours.background),
        )
        self.plate.setZValue(4)
        self.plate.setVisible(False)
        for marker in self.markers:
            if marker.placed.memory_id in chosen:
                marker.setSelected(True)
                marker.setZValue(2)

    def pin(self, left: float, top: float) -> None:
        """Keep lane names at the view's left edge and the axis at its top (scene units)."""
        for caption in self.captions:
            caption.setX(max(left, self.sceneRect().left()))
        down = max(top, 0.0)
        for item, y in self.header:
            item.setY(y + down)
            item.setZValue(5)
        if self.plate is not None:
            self.plate.setY(down)
            self.plate.setVisible(down > 0)

    def _header(self, first: float, last: float, height: float) -> None:
        c = self.colours
        width = (last - first) * PX_PER_YEAR
        if self.lane == "age":
            for index, stage in enumerate(LIFE_STAGES):
                if stage.start_age is None or stage.end_age is None:
                    continue
                band = QRectF(
                    stage.start_age * PX_PER_YEAR,
                    0,
                    (stage.end_age - stage.start_age) * PX_PER_YEAR,
                    height,
                )
                shade = c.bands[index % 2]
                self.addRect(band, QPen(Qt.PenStyle.NoPen), QBrush(shade)).setZValue(-2)
                caption = self.addSimpleText(stage.display_name)
                caption.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                caption.setBrush(c.muted)
                caption.setPos(band.left(), 2)
                caption.setTransform(QTransform.fromTranslate(LABEL_PAD, 0))  # pixels, unzoomed
                caption.setToolTip(
                    translate("timeline.scene", "{stage} (ages {start}–{end})").format(
                        stage=stage.display_name, start=stage.start_age, end=stage.end_age
                    )
                )
                self.header.append((caption, caption.y()))
        axis_y = HEADER - 4
        self.header.append((self.addLine(0, axis_y, width, axis_y, QPen(c.line, 1)), 0.0))
        step = 1 if last - first <= 25 else 5
        tick = first
        while tick <= last:
            x = (tick - first) * PX_PER_YEAR
            self.header.append((self.addLine(x, axis_y - 5, x, axis_y, QPen(c.line, 1)), 0.0))
            text = self.addSimpleText(f"{int(tick)}")
            text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            text.setBrush(c.muted)
            text.setPos(x, axis_y - 22)
            centre = text.boundingRect().width() / 2
            text.setTransform(QTransform.fromTranslate(-centre, 0))
            self.header.append((text, text.y()))
            tick += step

    def _lane(self, items: list[Placed], first: float, last: float) -> tuple[float, float]:
        """Draw one axis and its memories; returns its bottom and right edge."""
        c = self.colours
        font = label_font(QApplication.font())
        width = (last - first) * PX_PER_YEAR
        style = MarkerStyle(font, c)
        markers = [MemoryMarker(m, style) for m in items]  # each knows its words' width
        widths = []
        for m, marker in zip(items, markers, strict=True):
            pill = max((m.end - m.start) * PX_PER_YEAR, MIN_PILL_PX / self.scale)
            inside = pill * self.scale >= marker.label_px + 2 * LABEL_PAD
            words = 0.0 if inside else (marker.label_px + 3 * LABEL_PAD) / self.scale
            widths.append(pill + words)
        rows, group_tops = grouped_rows(items, first, widths)
        named = [name for name, _ in group_tops if name]
        group_y: dict[str, float] = {}
        for index, (name, row_index) in enumerate(group_tops):
            captions_above = sum(1 for n, _ in group_tops[: index + 1] if n)
            group_y[name] = HEADER + 8 + captions_above * CAPTION_ROW + row_index * ROW_HEIGHT
        total_rows = max(rows) + 1 if rows else 1
        bottom = HEADER + 8 + len(named) * CAPTION_ROW + total_rows * ROW_HEIGHT
        for name, _ in group_tops:
            if not name:
                continue
            y = group_y[name] - CAPTION_ROW
            self.addLine(0, y + 2, width, y + 2, QPen(c.line, 1))
            caption = LaneCaption(name, font, c)
            caption.setPos(0, y + (CAPTION_ROW - caption.rect.height()) / 2 + 2)
            self.addItem(caption)
            self.captions.append(caption)
        right = width
        for memory, marker, row, room in zip(items, markers, rows, widths, strict=True):
            group_start = min(r for g, r in group_tops if g == memory.group)
            x0 = (memory.start - first) * PX_PER_YEAR
            pill = max((memory.end - memory.start) * PX_PER_YEAR, MIN_PILL_PX / self.scale)
            y = group_y[memory.group] + (row - group_start) * ROW_HEIGHT
            marker.place(QRectF(x0, y, pill, ROW_HEIGHT - 8), room, self.scale)
            self.addItem(marker)
            self.markers.append(marker)
            right = max(right, x0 + room)
        self._header(first, last, bottom)
        self._density(items, first, last, bottom + 6)
        return bottom + 30, right

    def _density(self, items: list[Placed], first: float, last: float, top: float) -> None:
        """A quiet overview strip under the memories: taller where more of them gather."""
        counts = density(items, first, last)
        peak = max(counts) or 1
        for year, count in enumerate(counts):
            height = 18.0 * count / peak
            if count:
                self.addRect(
                    QRectF(year * PX_PER_YEAR + 2, top + 18 - height, PX_PER_YEAR - 4, height),
                    QPen(Qt.PenStyle.NoPen),
                    QBrush(self.colours.density),
                )
