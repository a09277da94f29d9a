"""Strokes into pixels: each stroke on its own layer (so a translucent marker does not darken
where it crosses itself), grain taken out of it for pencil and crayon, then laid on the paper.

Everything stays in memory: the PNG is written into a QBuffer, never a file.
"""

from __future__ import annotations

import itertools
import random
from functools import cache

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from innerchild_desktop.domain.drawing import BRUSHES, Brush, Drawing, Stroke, embed_strokes

GRAIN_SIZE = 64


@cache
def grain(texture: float) -> QImage:
    """A small tile of paper grain: alpha where the paper shows through (same every time)."""
    image = QImage(GRAIN_SIZE, GRAIN_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    rng = random.Random(11)
    strength = int(255 * texture)
    for y in range(GRAIN_SIZE):
        for x in range(GRAIN_SIZE):
            a = int(strength * rng.random() ** 2.2)
            image.setPixelColor(x, y, QColor(0, 0, 0, a))
    return image


def stroke_bounds(stroke: Stroke) -> QRect:
    pad = max(stroke.width_at(p) for p in stroke.points) / 2 + 2
    xs = [p.x for p in stroke.points]
    ys = [p.y for p in stroke.points]
    return QRect(
        int(min(xs) - pad),
        int(min(ys) - pad),
        int(max(xs) - min(xs) + 2 * pad) + 1,
        int(max(ys) - min(ys) + 2 * pad) + 1,
    )


def paint_stroke(painter: QPainter, stroke: Stroke, paper: str) -> None:
    """One stroke, in paper coordinates, onto ``painter``."""
    if not stroke.points:
        return
    style = BRUSHES[stroke.brush]
    colour = QColor(paper if stroke.brush is Brush.ERASER else stroke.colour)
    bounds = stroke_bounds(stroke)
    layer = QImage(bounds.size(), QImage.Format.Format_ARGB32_Premultiplied)
    layer.fill(Qt.GlobalColor.transparent)
    p = QPainter(layer)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(-bounds.left(), -bounds.top())
    cap = Qt.PenCapStyle.SquareCap if stroke.brush is Brush.MARKER else Qt.PenCapStyle.RoundCap
    points = stroke.points
    if len(points) == 1:
        pen = QPen(
            colour, stroke.width_at(points[0]), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
        )
        p.setPen(pen)
        p.drawPoint(QPointF(points[0].x, points[0].y))
    for a, b in itertools.pairwise(points):
        width = (stroke.width_at(a) + stroke.width_at(b)) / 2
        p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin))
        p.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))
    if style.texture > 0:
        # Take grain out of the stroke, aligned to the paper so the texture does not swim.
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
        p.setBrushOrigin(0, 0)
        p.fillRect(bounds, QBrush(grain(style.texture)))
    p.end()
    painter.save()
    painter.setOpacity(style.opacity)
    painter.drawImage(bounds.topLeft(), layer)
    painter.restore()


def render(drawing: Drawing) -> QImage:
    """The whole drawing on its paper, at paper size."""
    image = QImage(drawing.width, drawing.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(drawing.paper))
    painter = QPainter(image)
    for stroke in drawing.strokes:
        paint_stroke(painter, stroke, drawing.paper)
    painter.end()
    return image


def image_png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12 stubs say bytes, but the binding raises ValueError unless given a str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def drawing_png(drawing: Drawing) -> bytes:
    """The PNG kept in the journal: the picture, with its strokes inside for editing later."""
    return embed_strokes(
        image_png(render(drawing).convertToFormat(QImage.Format.Format_RGB32)), drawing
    )
