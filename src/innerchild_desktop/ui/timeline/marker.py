"""What the timeline scene draws for each memory and each lane: a marker whose width is its
uncertainty with its title readable beside or inside it, and a lane caption that is never clipped.

The view zooms horizontally only, so words are drawn in screen pixels (the horizontal scale is
undone for them): a title is never squeezed by zooming out, and the scene reserves room for it
beside a narrow marker (see :mod:`innerchild_desktop.ui.timeline.scene`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from innerchild_desktop.domain.feelings import feeling
from innerchild_desktop.ui.timeline.colours import TimelineColours
from innerchild_desktop.ui.widgets import plain_tip

LABEL_PAD = 6.0  # px between a title and its marker's edge
MAX_LABEL_CHARS = 32  # a longer title is elided to about this many (whole in its tooltip)
VEILED_LABEL = "veiled"  # what a heavy memory shows instead of its title


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


def label_font(base: QFont) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 8.0))
    return font


def title_of(placed: Placed) -> str:
    """The words a marker may show: the title, or only "veiled" for a heavy memory."""
    return VEILED_LABEL if placed.heavy else placed.title


def chosen_name(placed: Placed) -> str:
    """The chosen memory in words for the focus label and screen readers (a heavy one veiled)."""
    return f"{'a heavy memory, veiled' if placed.heavy else placed.title} · {placed.when}"


class MemoryMarker(QGraphicsItem):
    """A memory: a soft pill as wide as its time is uncertain, its title inside when the pill is
    wide enough on screen and beside it otherwise, in the room the scene reserved for it."""

    def __init__(self, placed: Placed, style: MarkerStyle) -> None:
        super().__init__()
        self.placed = placed
        self.rect = QRectF()  # the pill, in scene units: its width is the memory's uncertainty
        self.reserved = 0.0  # scene units this memory may use from rect.left() (with its words)
        self.font = style.font
        self.colours = style.colours
        self.label, self.label_px, self.full_px = style.words(title_of(placed))
        self.fill = style.fill(None if placed.heavy else placed.feeling, heavy=placed.heavy)
        self.edge = style.colours.veil_edge
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            "A heavy memory. Open it only when you choose."
            if placed.heavy
            else plain_tip(f"{placed.title} · {placed.when}")
        )

    def shown_label(self) -> str:
        """The words drawn now: the chosen memory shows its whole title (the focus label)."""
        return title_of(self.placed) if self.isSelected() else self.label

    def place(self, rect: QRectF, reserved: float, scale: float) -> None:
        """Where the pill goes and how much room its words have, for a view at ``scale``."""
        self.prepareGeometryChange()
        self.rect = rect
        self.reserved = reserved
        # Words are drawn in screen pixels and the view never zooms out past ``scale``, so
        # this covers the whole title too (drawn when the memory is chosen).
        whole = rect.width() + (self.full_px + 3 * LABEL_PAD) / scale
        self._bounds = QRectF(rect.left(), rect.top(), max(reserved, whole), rect.height())
        self._shape = QPainterPath()
        self._shape.addRect(
            QRectF(rect.left(), rect.top(), max(reserved, rect.width()), rect.height())
        )

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        return self._shape  # a click hits this memory's own room, not its neighbour's

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        c = self.colours
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(c.accent if selected else self.edge, 2.5 if selected else 1))
        painter.setBrush(QBrush(self.fill))
        painter.drawRoundedRect(self.rect, 8, 8)
        # The view zooms horizontally only; undo that for the words so they stay readable.
        sx = painter.worldTransform().m11() or 1.0
        text = self.shown_label()
        text_px = self.full_px if selected else self.label_px
        painter.save()
        painter.scale(1 / sx, 1)
        painter.setFont(self.font)
        pill = QRectF(
            self.rect.left() * sx, self.rect.top(), self.rect.width() * sx, self.rect.height()
        )
        inside = pill.width() >= text_px + 2 * LABEL_PAD
        box = (
            pill.adjusted(LABEL_PAD, 0, 0, 0)
            if inside
            else QRectF(pill.right() + LABEL_PAD, pill.top(), text_px + LABEL_PAD, pill.height())
        )
        if selected and not inside:  # the focus label sits on a plate over any neighbour
            plate = box.adjusted(-LABEL_PAD / 2, 2, LABEL_PAD / 2, -2)
            painter.setPen(QPen(c.accent, 1))
            painter.setBrush(QBrush(c.background))
            painter.drawRoundedRect(plate, 6, 6)
        painter.setPen(c.muted if self.placed.heavy and not inside else c.text)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()


class MarkerStyle:
    """What markers share: the font, the palette's colours, and caches of their measures."""

    def __init__(self, font: QFont, colours: TimelineColours) -> None:
        self.font = font
        self.colours = colours
        self.metrics = QFontMetricsF(font)
        self.longest = self.metrics.averageCharWidth() * MAX_LABEL_CHARS
        self._fills: dict[str | None, QColor] = {}

    def words(self, title: str) -> tuple[str, float, float]:
        """The label (elided past about MAX_LABEL_CHARS), its width and the whole title's."""
        whole = self.metrics.horizontalAdvance(title)
        if whole <= self.longest:
            return title, whole, whole
        label = self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, self.longest)
        return label, self.metrics.horizontalAdvance(label), whole

    def fill(self, feeling_name: str | None, *, heavy: bool) -> QColor:
        if heavy:
            return self.colours.veil_fill
        if feeling_name not in self._fills:
            known = feeling(feeling_name) if feeling_name else None
            self._fills[feeling_name] = self.colours.memory_fill(known.colour if known else None)
        return self._fills[feeling_name]


class LaneCaption(QGraphicsItem):
    """A lane's name on a small plate, kept at the left edge of the view while it scrolls (the
    scene moves it), always as wide as its words."""

    def __init__(self, text: str, font: QFont, colours: TimelineColours) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.colours = colours
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 2 * LABEL_PAD
        self.rect = QRectF(0, 0, width, metrics.height() + 4)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plate = QColor(self.colours.background)
        plate.setAlphaF(0.9)
        painter.setPen(QPen(self.colours.line, 1))
        painter.setBrush(QBrush(plate))
        painter.drawRoundedRect(self.rect, 6, 6)
        painter.setFont(self.font)
        painter.setPen(self.colours.muted)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)
