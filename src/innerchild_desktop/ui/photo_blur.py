"""Blurring a photo in memory (never written anywhere) so nothing startles.

The blur is a strong downscale then a smooth upscale: a few colour patches remain, no face or
detail can be recognised. Tests measure it (high-frequency energy far below the original's).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

BLUR_CELLS = 8  # the longest side shrinks to this many pixels: no face survives it


def blurred(image: QImage) -> QImage:
    """A strongly blurred copy of ``image``, the same size."""
    if image.isNull() or image.width() < 2 or image.height() < 2:
        return QImage(image)
    smooth = Qt.TransformationMode.SmoothTransformation
    ignore = Qt.AspectRatioMode.IgnoreAspectRatio
    longest = max(image.width(), image.height())
    w = max(1, round(image.width() * BLUR_CELLS / longest))
    h = max(1, round(image.height() * BLUR_CELLS / longest))
    tiny = image.convertToFormat(QImage.Format.Format_RGB32).scaled(w, h, ignore, smooth)
    # Up in two smooth steps, so the patches melt into each other instead of showing as tiles.
    middle = tiny.scaled(w * 6, h * 6, ignore, smooth)
    middle = middle.scaled(w * 3, h * 3, ignore, smooth).scaled(w * 6, h * 6, ignore, smooth)
    return middle.scaled(image.width(), image.height(), ignore, smooth)
