"""The drawing model: strokes round-trip through JSON and through the PNG they live in; undo,
redo and clear; the other hand's forgiving lines; damaged strokes are a sentence."""

from __future__ import annotations

import struct
import zlib

import pytest

from innerchild_desktop.domain.drawing import (
    OTHER_HAND_MIN_WIDTH,
    Brush,
    Drawing,
    History,
    Point,
    Stroke,
    embed_strokes,
    from_json,
    smooth,
    strokes_in_png,
    tilt_from_degrees,
    to_json,
)
from innerchild_desktop.domain.errors import InvalidInput


def sample() -> Drawing:
    return Drawing(
        (
            Stroke(Brush.PENCIL, "#3b3a36", (Point(10, 10), Point(20.5, 30.5, 0.9, 0.3))),
            Stroke(Brush.CRAYON, "#5b8fb9", (Point(100, 100, 0.2, 0.0),), other_hand=True),
            Stroke(Brush.MARKER, "#abcdef", (Point(1, 2), Point(3, 4), Point(5, 6))),
            Stroke(Brush.ERASER, "#000000", (Point(50, 50), Point(60, 60))),
        )
    )


def tiny_png() -> bytes:
    """A valid 1x1 PNG built by hand (no Qt in unit tests)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_json_round_trip_keeps_every_stroke() -> None:
    drawing = sample()
    again = from_json(to_json(drawing))
    assert again == drawing
    assert to_json(again) == to_json(drawing)


def test_strokes_travel_inside_the_png_and_the_png_stays_valid() -> None:
    png = embed_strokes(tiny_png(), sample())
    assert png.startswith(b"\x89PNG") and png.endswith(tiny_png()[-12:])  # IEND last
    assert strokes_in_png(png) == sample()
    assert strokes_in_png(tiny_png()) is None  # a photo holds no strokes
    assert strokes_in_png(b"not a png") is None
    # every chunk's CRC is right, so image readers accept it
    pos = 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        body = png[pos + 4 : pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(body) & 0xFFFFFFFF == crc
        pos += 12 + length


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"format":"other"}',
        '{"format":"innerchild-drawing","version":1,"width":10,"height":10,"strokes":'
        '[{"brush":"laser","colour":"#000000","points":[]}]}',
        '{"format":"innerchild-drawing","version":1,"width":10,"height":10,"strokes":'
        '[{"brush":"pencil","colour":"red","points":[]}]}',
        '{"format":"innerchild-drawing","version":1,"width":10,"height":10,"strokes":'
        '[{"brush":"pencil","colour":"#000000","points":[[1,2]]}]}',
        '{"format":"innerchild-drawing","version":1,"width":0,"height":10,"strokes":[]}',
    ],
)
def test_damaged_strokes_are_a_sentence(text: str) -> None:
    with pytest.raises(InvalidInput, match="could not be read"):
        from_json(text)


def test_a_newer_drawing_says_so() -> None:
    text = to_json(sample()).replace('"version":1', '"version":99')
    with pytest.raises(InvalidInput, match="newer"):
        from_json(text)


def test_undo_redo_and_clear_is_undoable() -> None:
    history = History()
    one = Stroke(Brush.PENCIL, "#000000", (Point(0, 0),))
    two = Stroke(Brush.MARKER, "#000000", (Point(1, 1),))
    assert not history.can_undo() and not history.clear()
    history.add(one)
    history.add(two)
    assert history.strokes == (one, two)
    assert history.undo() and history.strokes == (one,)
    assert history.redo() and history.strokes == (one, two)
    assert not history.redo()
    assert history.clear() and history.strokes == ()
    assert history.undo() and history.strokes == (one, two)
    history.undo()
    history.add(two)  # a new stroke after undo drops the redo branch
    assert not history.can_redo() and history.strokes == (one, two)


def test_pressure_and_tilt_widen_and_the_other_hand_is_never_thin() -> None:
    light = Stroke(Brush.PENCIL, "#000000", ())
    assert light.width_at(Point(0, 0, 1.0)) > light.width_at(Point(0, 0, 0.1))
    assert light.width_at(Point(0, 0, 0.5, 1.0)) > light.width_at(Point(0, 0, 0.5, 0.0))
    other = Stroke(Brush.PENCIL, "#000000", (), other_hand=True)
    assert other.width_at(Point(0, 0, 0.0)) >= OTHER_HAND_MIN_WIDTH
    assert tilt_from_degrees(0, 0) == 0.0
    assert 0.5 < tilt_from_degrees(60, 30) <= 1.0


def test_smoothing_calms_a_wobble_and_keeps_the_ends() -> None:
    wobbly = [Point(float(x), 10.0 if x % 2 else -10.0) for x in range(20)]
    calm = smooth(wobbly)
    assert calm[0] == wobbly[0] and calm[-1] == wobbly[-1]
    assert max(abs(p.y) for p in calm[3:-3]) < 3.0
    assert smooth(wobbly[:2]) == tuple(wobbly[:2])
