"""The timeline's colours, all derived from the application palette so the canvas follows the
light or dark theme (and any theme to come) instead of carrying colours of its own.

Only roles the app's theme sets are read (Base, Window, Text, Highlight, PlaceholderText);
lines and shades are mixes of those, so no role left at Qt's light default can leak in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

UNKNOWN_FEELING = "#9fc5bb"  # a memory without a feeling: a calm green-grey before mixing


def mix(base: QColor, other: QColor, amount: float) -> QColor:
    """``amount`` of ``other`` over ``base`` (0 = base, 1 = other), opaque."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class TimelineColours:
    background: QColor
    text: QColor
    muted: QColor
    line: QColor
    accent: QColor
    bands: tuple[QColor, QColor]
    veil_fill: QColor
    veil_edge: QColor
    density: QColor

    @classmethod
    def from_palette(cls, palette: QPalette | None = None) -> TimelineColours:
        p = palette if palette is not None else QApplication.palette()
        base = p.color(QPalette.ColorRole.Base)
        text = p.color(QPalette.ColorRole.Text)
        accent = p.color(QPalette.ColorRole.Highlight)
        muted = p.color(QPalette.ColorRole.PlaceholderText)
        if contrast(muted, base) < 3.0:  # an unthemed palette: fall back to a mix of text
            muted = mix(base, text, 0.65)
        density = QColor(accent)
        density.setAlphaF(0.25)
        return cls(
            background=base,
            text=text,
            muted=muted,
            line=mix(base, text, 0.18),
            accent=accent,
            bands=(mix(base, accent, 0.07), mix(base, text, 0.035)),
            veil_fill=mix(base, text, 0.12),
            veil_edge=mix(base, text, 0.32),
            density=density,
        )

    def memory_fill(self, feeling_colour: str | None) -> QColor:
        """A feeling's colour, softened towards the canvas until the title reads on it (WCAG AA,
        4.5:1): pastel on a light canvas, a deep tint of the same hue on a dark one."""
        hue = QColor(feeling_colour or UNKNOWN_FEELING)
        amount = 0.7
        fill = mix(self.background, hue, amount)
        while contrast(fill, self.text) < 4.5 and amount > 0.1:
            amount -= 0.05
            fill = mix(self.background, hue, amount)
        return fill
