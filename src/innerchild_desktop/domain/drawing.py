"""A drawing as data: strokes of points, the brushes that draw them, undo/redo, and how the
strokes travel inside the drawing's own PNG so it can be edited again later.

Pure: no Qt, no I/O. The canvas (ui/drawing) turns this into pixels; the journal keeps one
encrypted attachment per drawing version, a PNG whose compressed ``zTXt`` chunk holds the strokes
as JSON. One attachment means the picture and its strokes can never drift apart, exports and
backups carry both for free, and the attachment store stays images-only.
"""

from __future__ import annotations

import json
import math
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate

FORMAT_VERSION = 1
PNG_KEY = "innerchild-drawing"
PAPER_WIDTH = 1200
PAPER_HEIGHT = 800
PAPER_COLOUR = "#fbf8f1"  # warm paper; it stays light in the dark theme (paper is paper)
MAX_POINTS = 200_000  # a whole afternoon of drawing; more is a damaged file, not a drawing

# Calm, muted colours that read well on the warm paper.
PALETTE: tuple[tuple[str, str], ...] = (
    ("Charcoal", "#3b3a36"),
    ("Sky", "#5b8fb9"),
    ("Moss", "#6f9a5b"),
    ("Sun", "#e2b33c"),
    ("Clay", "#c8714f"),
    ("Berry", "#9a5b8f"),
)


class Brush(StrEnum):
    PENCIL = "pencil"
    CRAYON = "crayon"
    MARKER = "marker"
    ERASER = "eraser"


@dataclass(frozen=True)
class BrushStyle:
    label: str
    width: float  # at middle pressure, in paper pixels
    opacity: float  # of the whole stroke (overlaps within one stroke do not darken)
    texture: float  # 0 smooth .. 1 grainy (how much paper shows through)


BRUSHES: dict[Brush, BrushStyle] = {
    Brush.PENCIL: BrushStyle("Pencil", 3.0, 0.85, 0.35),
    Brush.CRAYON: BrushStyle("Crayon", 12.0, 0.8, 0.6),
    Brush.MARKER: BrushStyle("Marker", 18.0, 0.55, 0.0),
    Brush.ERASER: BrushStyle("Eraser", 28.0, 1.0, 0.0),
}

OTHER_HAND_MIN_WIDTH = 10.0  # "I'm using my other hand": never thinner than this
OTHER_HAND_SMOOTHING = 4  # points on each side averaged, to calm a wobbly line


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    pressure: float = 0.5  # 0..1; a mouse gives 0.5
    tilt: float = 0.0  # 0..1: 0 upright, 1 lying flat (a pencil on its side draws wider)


def point(x: float, y: float, pressure: float = 0.5, tilt: float = 0.0) -> Point:
    """A point as it is kept: to a tenth of a paper pixel, pressure and tilt clamped to 0..1
    (the same rounding as the saved JSON, so what is drawn is exactly what comes back)."""
    return Point(
        round(float(x), 1),
        round(float(y), 1),
        round(min(max(float(pressure), 0.0), 1.0), 3),
        round(min(max(float(tilt), 0.0), 1.0), 3),
    )


@dataclass(frozen=True)
class Stroke:
    brush: Brush
    colour: str
    points: tuple[Point, ...]
    other_hand: bool = False

    def width_at(self, point: Point) -> float:
        """Pressure makes the line fuller, tilt broader; the other hand never goes thin."""
        base = BRUSHES[self.brush].width
        pressure = min(max(point.pressure, 0.0), 1.0)
        tilt = min(max(point.tilt, 0.0), 1.0)
        width = base * (0.4 + 1.2 * pressure) * (1.0 + 0.8 * tilt)
        if self.other_hand:
            width = max(width * 1.5, OTHER_HAND_MIN_WIDTH)
        return max(width, 1.0)


@dataclass(frozen=True)
class Drawing:
    strokes: tuple[Stroke, ...] = ()
    width: int = PAPER_WIDTH
    height: int = PAPER_HEIGHT
    paper: str = PAPER_COLOUR


def smooth(points: Sequence[Point], radius: int = OTHER_HAND_SMOOTHING) -> tuple[Point, ...]:
    """A moving average of the positions (ends kept where they are), for a forgiving line."""
    n = len(points)
    if n < 3 or radius < 1:
        return tuple(points)
    out = [points[0]]
    for i in range(1, n - 1):
        r = min(radius, i, n - 1 - i)
        window = points[i - r : i + r + 1]
        out.append(
            point(
                sum(p.x for p in window) / len(window),
                sum(p.y for p in window) / len(window),
                points[i].pressure,
                points[i].tilt,
            )
        )
    out.append(points[-1])
    return tuple(out)


def tilt_from_degrees(x_tilt: float, y_tilt: float) -> float:
    """A tablet's x/y tilt (degrees from upright, each -60..60) as 0 upright .. 1 flat."""
    angle = math.degrees(
        math.atan(math.hypot(math.tan(math.radians(x_tilt)), math.tan(math.radians(y_tilt))))
    )
    return min(max(angle / 90.0, 0.0), 1.0)


# --- undo / redo ------------------------------------------------------------------------------


@dataclass
class History:
    """Every state the drawing has been in; undo and redo move along them. Clearing is a state
    too, so it can be undone. States share their strokes, so this costs little."""

    states: list[tuple[Stroke, ...]] = field(default_factory=lambda: [()])
    index: int = 0

    @property
    def strokes(self) -> tuple[Stroke, ...]:
        return self.states[self.index]

    def _push(self, strokes: tuple[Stroke, ...]) -> None:
        del self.states[self.index + 1 :]
        self.states.append(strokes)
        self.index += 1

    def add(self, stroke: Stroke) -> None:
        self._push((*self.strokes, stroke))

    def clear(self) -> bool:
        if not self.strokes:
            return False
        self._push(())
        return True

    def can_undo(self) -> bool:
        return self.index > 0

    def can_redo(self) -> bool:
        return self.index < len(self.states) - 1

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        self.index -= 1
        return True

    def redo(self) -> bool:
        if not self.can_redo():
            return False
        self.index += 1
        return True


# --- JSON -------------------------------------------------------------------------------------


def to_json(drawing: Drawing) -> str:
    """Compact JSON: points as [x, y, pressure, tilt] rounded to what the eye can see."""
    return json.dumps(
        {
            "format": "innerchild-drawing",
            "version": FORMAT_VERSION,
            "width": drawing.width,
            "height": drawing.height,
            "paper": drawing.paper,
            "strokes": [
                {
                    "brush": s.brush.value,
                    "colour": s.colour,
                    "other_hand": s.other_hand,
                    "points": [
                        [
                            round(float(p.x), 1),
                            round(float(p.y), 1),
                            round(float(p.pressure), 3),
                            round(float(p.tilt), 3),
                        ]
                        for p in s.points
                    ],
                }
                for s in drawing.strokes
            ],
        },
        separators=(",", ":"),
    )


def _colour(value: object) -> str:
    if (
        isinstance(value, str)
        and len(value) == 7
        and value[0] == "#"
        and all(c in "0123456789abcdefABCDEF" for c in value[1:])
    ):
        return value.lower()
    raise ValueError("colour")


def _points(raw: Iterable[object]) -> tuple[Point, ...]:
    points = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 4:
            raise ValueError("point")
        x, y, pressure, tilt = (float(v) for v in item)
        if not all(math.isfinite(v) for v in (x, y, pressure, tilt)):
            raise ValueError("point")
        points.append(Point(x, y, min(max(pressure, 0.0), 1.0), min(max(tilt, 0.0), 1.0)))
    return tuple(points)


def from_json(text: str) -> Drawing:
    """The drawing, or :class:`InvalidInput` in words if the strokes cannot be read."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != "innerchild-drawing":
            raise ValueError("format")
        if int(data.get("version", 0)) > FORMAT_VERSION:
            raise InvalidInput(
                translate(
                    "domain.drawing",
                    "This drawing was made by a newer Inner Child; it can be shown but not edited "
                    "here.",
                )
            )
        strokes = []
        total = 0
        for raw in data["strokes"]:
            points = _points(raw["points"])
            total += len(points)
            if total > MAX_POINTS:
                raise ValueError("too many points")
            strokes.append(
                Stroke(
                    Brush(raw["brush"]),
                    _colour(raw["colour"]),
                    points,
                    bool(raw.get("other_hand", False)),
                )
            )
        width, height = int(data["width"]), int(data["height"])
        if not (0 < width <= 10_000 and 0 < height <= 10_000):
            raise ValueError("size")
        return Drawing(tuple(strokes), width, height, _colour(data.get("paper", PAPER_COLOUR)))
    except InvalidInput:
        raise
    except (ValueError, TypeError, KeyError) as err:
        raise InvalidInput(_unreadable()) from err


# --- strokes inside the PNG -------------------------------------------------------------------

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunks(png: bytes) -> Iterable[tuple[bytes, bytes, int, int]]:
    """(type, data, start, end) of each chunk; stops quietly at a damaged one."""
    pos = len(_PNG_SIGNATURE)
    while pos + 8 <= len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(png):
            return
        yield kind, png[pos + 8 : pos + 8 + length], pos, end
        pos = end


def embed_strokes(png: bytes, drawing: Drawing) -> bytes:
    """``png`` with the drawing's strokes in a compressed ``zTXt`` chunk just before IEND."""
    if not png.startswith(_PNG_SIGNATURE):
        raise InvalidInput(_no_picture())
    body = PNG_KEY.encode("latin-1") + b"\x00\x00" + zlib.compress(to_json(drawing).encode(), 9)
    chunk = struct.pack(">I", len(body)) + b"zTXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"zTXt" + body) & 0xFFFFFFFF)
    for kind, _data, start, _end in _chunks(png):
        if kind == b"IEND":
            return png[:start] + chunk + png[start:]
    raise InvalidInput(_no_picture())


def strokes_in_png(png: bytes) -> Drawing | None:
    """The strokes kept in a drawing's PNG; None for a picture that holds none (a photo)."""
    if not png.startswith(_PNG_SIGNATURE):
        return None
    prefix = PNG_KEY.encode("latin-1") + b"\x00\x00"
    for kind, data, _start, _end in _chunks(png):
        if kind == b"zTXt" and data.startswith(prefix):
            try:
                text = zlib.decompressobj().decompress(data[len(prefix) :], 64 * 1024 * 1024)
            except zlib.error as err:
                raise InvalidInput(_unreadable()) from err
            return from_json(text.decode("utf-8", errors="replace"))
    return None


def _unreadable() -> str:
    return translate("domain.drawing", "The strokes of this drawing could not be read.")


def _no_picture() -> str:
    return translate("domain.drawing", "The drawing could not be made into a picture.")
