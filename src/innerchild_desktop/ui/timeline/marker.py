"""What the timeline scene draws for each memory and each lane: a marker whose width is its
uncertainty with its title readable beside or inside it, and a lane caption that is never clipped.

The view zooms horizontally only, so words are drawn in screen pixels (the horizontal scale is
undone for them): a title is never squeezed by zooming out, and the scene reserves room for it
beside a narrow marker (see :mod:`innerchild_desktop.ui.timeline.scene`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from innerchild_desktop.domain.feelings import feeling
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.timeline.colours import TimelineColours
from innerchild_desktop.ui.widgets import plain_tip

LABEL_PAD = 6.0  # px between a title and its marker's edge
MAX_LABEL_CHARS = 32  # a longer title is elided to about this many (whole in its tooltip)
# What a heavy memory shows instead of its title (shown through translate("timeline.marker", …)).
VEILED_LABEL = QT_TRANSLATE_NOOP("timeline.marker", "veiled")
PillColours = tuple[QColor, QColor, float]  # a pill's fill, its edge and the edge's width
RADIUS = 8.0  # px, a pill's rounded ends
CAP = 10  # px at each end of a pill where it curves; between them it is the same all along
LONG = 600  # px, the cached pill that wider ones are cut from (their ends meet in the middle)
MARGIN = 2  # px around a cached pill for its antialiased edge


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
    return translate("timeline.marker", VEILED_LABEL) if placed.heavy else placed.title


def chosen_name(placed: Placed) -> str:
    """The chosen memory in words for the focus label and screen readers (a heavy one veiled)."""
    name = translate("timeline.marker", "a heavy memory, veiled") if placed.heavy else placed.title
    return f"{name} · {placed.when}"


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
        self.style = style
        self.label, self.label_px, self.full_px = style.words(title_of(placed))
        self._texts: dict[str, QStaticText] = {}  # laid out once, drawn every frame
        self._bounds = self._outer = QRectF()
        self.fill = style.fill(None if placed.heavy else placed.feeling, heavy=placed.heavy)
        self.edge = style.colours.veil_edge
        self.normal = (self.fill, self.edge, 1.0)  # fill, edge and its width, as drawn
        self.chosen = (self.fill, style.colours.accent, 2.5)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            translate("timeline.marker", "A heavy memory. Open it only when you choose.")
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
        # The pill is drawn on whole screen pixels with an edge up to 1.25 px wide: 3 px of
        # slack at the smallest zoom, measured in scene units.
        slack = 3.0 / min(scale, 1.0)
        self._outer = self._bounds.adjusted(-slack, -3, slack, 3)
        self._shape = QPainterPath()
        self._shape.addRect(
            QRectF(rect.left(), rect.top(), max(reserved, rect.width()), rect.height())
        )

    def boundingRect(self) -> QRectF:
        return self._outer  # computed once in place(): the view asks for it on every frame

    def shape(self) -> QPainterPath:
        return self._shape  # a click hits this memory's own room, not its neighbour's

    def static_text(self, text: str) -> QStaticText:
        """``text`` laid out once (plain text, never markup) and kept for every later frame."""
        laid = self._texts.get(text)
        if laid is None:
            laid = QStaticText(text)
            laid.setTextFormat(Qt.TextFormat.PlainText)
            self._texts[text] = laid
        return laid

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # The view zooms horizontally only, so everything is drawn in screen pixels: the pill on
        # whole pixels from the style's cached pieces (the same round ends and edge at every
        # zoom), the words at their own size from a layout made once. Measured: drawing the
        # rounded pill and laying out the words on every frame cost 2/3 of a zoom frame.
        c = self.colours
        selected = self.isSelected()
        pill = painter.worldTransform().mapRect(self.rect)
        painter.save()
        painter.resetTransform()
        x, y, h = round(pill.left()), round(pill.top()), round(pill.height())
        w = max(round(pill.right()) - x, 1)
        self.style.draw_pill(painter, x, y, w, h, self.chosen if selected else self.normal)
        text_px = self.full_px if selected else self.label_px
        inside = pill.width() >= text_px + 2 * LABEL_PAD
        left = x + LABEL_PAD if inside else x + w + LABEL_PAD
        if selected and not inside:  # the focus label sits on a plate over any neighbour
            plate = QRectF(left, y, text_px + LABEL_PAD, h)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(c.accent, 1))
            painter.setBrush(QBrush(c.background))
            painter.drawRoundedRect(plate.adjusted(-LABEL_PAD / 2, 2, LABEL_PAD / 2, -2), 6, 6)
        painter.setFont(self.font)
        painter.setPen(c.muted if self.placed.heavy and not inside else c.text)
        top = y + (h - self.style.line_height) / 2  # centred, as AlignVCenter did
        painter.drawStaticText(QPointF(left, top), self.static_text(self.shown_label()))
        painter.restore()


class MarkerStyle:
    """What markers share: the font, the palette's colours, and caches of their measures."""

    def __init__(self, font: QFont, colours: TimelineColours) -> None:
        self.font = font
        self.colours = colours
        self.metrics = QFontMetricsF(font)
        self.longest = self.metrics.averageCharWidth() * MAX_LABEL_CHARS
        self.line_height = self.metrics.ascent() + self.metrics.descent()
        self._fills: dict[str | None, QColor] = {}
        self._pills: dict[tuple[int, int, int, int, float, float], QPixmap] = {}

    def words(self, title: str) -> tuple[str, float, float]:
        """The label (elided past about MAX_LABEL_CHARS), its width and the whole title's."""
        whole = self.metrics.horizontalAdvance(title)
        if whole <= self.longest:
            return title, whole, whole
        label = self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, self.longest)
        return label, self.metrics.horizontalAdvance(label), whole

    def draw_pill(
        self, painter: QPainter, x: int, y: int, w: int, h: int, colours: PillColours
    ) -> None:
        """A rounded pill on whole pixels (the painter untransformed), ``colours`` being its fill,
        edge and edge width; blitted from a cached pill: its left part, then its right end."""
        dpr = painter.device().devicePixelRatioF()
        if dpr != int(dpr):  # cut pieces would not meet on whole pixels: draw it outright
            fill, edge, width = colours
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(edge, width))
            painter.setBrush(QBrush(fill))
            painter.drawRoundedRect(QRectF(x, y, w, h), RADIUS, RADIUS)
            return
        if w <= 2 * CAP:  # narrow: its ends meet, drawn whole (one of a few widths)
            painter.drawPixmap(x - MARGIN, y - MARGIN, self._pill(w, h, colours, dpr))
            return
        pix = self._pill(LONG, h, colours, dpr)
        d = int(dpr)
        rows = (h + 2 * MARGIN) * d
        part = min(w, LONG) - CAP + MARGIN  # the left end and as much middle as is cached
        painter.drawPixmap(x - MARGIN, y - MARGIN, pix, 0, 0, part * d, rows)
        if w > LONG:  # longer than the cached pill: its middle column, stretched
            middle = QRect(x + LONG - CAP, y - MARGIN, w - LONG, h + 2 * MARGIN)
            painter.drawPixmap(middle, pix, QRect((LONG // 2 + MARGIN) * d, 0, d, rows))
        end = (LONG - CAP + MARGIN) * d
        painter.drawPixmap(x + w - CAP, y - MARGIN, pix, end, 0, (CAP + MARGIN) * d, rows)

    def _pill(self, w: int, h: int, colours: PillColours, dpr: float) -> QPixmap:
        fill, edge, width = colours
        key = (w, h, fill.rgba(), edge.rgba(), width, dpr)  # up to 2 * CAP + 1 widths per colour
        pix = self._pills.get(key)
        if pix is None:
            pix = QPixmap(round((w + 2 * MARGIN) * dpr), round((h + 2 * MARGIN) * dpr))
            pix.setDevicePixelRatio(dpr)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(edge, width))
            painter.setBrush(QBrush(fill))
            painter.drawRoundedRect(QRectF(MARGIN, MARGIN, w, h), RADIUS, RADIUS)
            painter.end()
            self._pills[key] = pix
        return pix

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
