"""The drawing canvas with a drawing on it ("Draw or describe a door"): crayon, marker and
pencil, a sun, and a small figure drawn in "I'm using my other hand" mode."""

from __future__ import annotations

import itertools
import math

from innerchild_desktop.domain.drawing import PALETTE, Brush, Point, point
from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.drawing.canvas import DrawingCanvas
from innerchild_desktop.ui.drawing.dialog import DrawingDialog
from innerchild_desktop.ui.main_window import MainWindow

COLOURS = dict(PALETTE)


def _line(points: list[tuple[float, float]], steps: int = 12) -> list[Point]:
    """Points along ``points`` with a pressure that swells and fades like a hand's."""
    out: list[Point] = []
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        for i in range(steps):
            t = i / steps
            out.append(point(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, 0.35 + 0.4 * math.sin(t * 3)))
    out.append(point(*points[-1], 0.4))
    return out


def _circle(cx: float, cy: float, r: float, turns: float = 1.05) -> list[Point]:
    n = int(48 * turns)
    return [
        point(cx + r * math.cos(2 * math.pi * i / 48), cy + r * math.sin(2 * math.pi * i / 48), 0.6)
        for i in range(n + 1)
    ]


def _draw(canvas: DrawingCanvas, brush: Brush, colour: str, points: list[Point]) -> None:
    canvas.brush, canvas.colour = brush, COLOURS[colour]
    canvas.add_stroke(points)


def draw_a_door(canvas: DrawingCanvas) -> None:
    for y in range(80, 300, 26):  # a soft sky
        _draw(canvas, Brush.MARKER, "Sky", _line([(40, y), (1160, y + 6)], 40))
    _draw(canvas, Brush.MARKER, "Sun", _circle(980, 160, 50))
    _draw(canvas, Brush.CRAYON, "Sun", _circle(980, 160, 26, 3))
    for angle in range(0, 360, 40):
        a = math.radians(angle)
        _draw(
            canvas,
            Brush.PENCIL,
            "Sun",
            _line(
                [
                    (980 + 75 * math.cos(a), 160 + 75 * math.sin(a)),
                    (980 + 110 * math.cos(a), 160 + 110 * math.sin(a)),
                ]
            ),
        )
    _draw(canvas, Brush.CRAYON, "Clay", _line([(470, 720), (470, 260), (730, 260), (730, 720)]))
    for x in range(500, 710, 22):  # the door, coloured in
        _draw(canvas, Brush.CRAYON, "Clay", _line([(x, 280), (x + 8, 700)], 20))
    _draw(canvas, Brush.MARKER, "Sun", _circle(690, 500, 9, 2))
    for x in range(30, 1180, 14):  # grass
        _draw(canvas, Brush.PENCIL, "Moss", _line([(x, 760), (x + 6, 712 - (x * 7) % 30)], 6))
    canvas.other_hand = True  # the little one, drawn with the other hand
    _draw(canvas, Brush.PENCIL, "Berry", _circle(300, 520, 36))
    _draw(canvas, Brush.PENCIL, "Berry", _line([(300, 556), (300, 660)]))
    _draw(canvas, Brush.PENCIL, "Berry", _line([(240, 590), (300, 600), (372, 580)]))
    _draw(canvas, Brush.PENCIL, "Berry", _line([(260, 740), (300, 660), (340, 740)]))
    canvas.other_hand = False
    canvas.brush, canvas.colour = Brush.CRAYON, COLOURS["Sky"]


def drawing_screens(run: Run, window: MainWindow) -> None:
    window.workspace.show_page("Journal")
    dialog = DrawingDialog(parent=window)
    dialog.resize(1000, 760)
    dialog.show()
    draw_a_door(dialog.canvas)
    dialog.set_brush(Brush.CRAYON)
    dialog.set_colour(COLOURS["Sky"])
    dialog.other_hand.setChecked(True)
    for suffix in run.themes():
        run.save(dialog, f"93-drawing-canvas{suffix}")
    dialog.discard()
