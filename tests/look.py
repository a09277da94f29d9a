"""How the app's look is measured, and the limits, in one place (no Qt: unit tests use it too).

Used by tests/gui/test_theme_look.py (every screen, rendered) and tests/unit/test_contrast.py
(the palettes themselves).
"""

from __future__ import annotations

import colorsys

# Luminance is WCAG relative luminance (0 = black, 1 = white). Our dark surfaces sit below 0.03
# and dark-mode text near 0.8; light surfaces above 0.85 and light-mode text near 0.03.
LIGHT_PIXEL = 0.40  # in dark mode, a pixel brighter than this is "light" (pale grey and up)
DARK_PIXEL = 0.10  # in light mode, a pixel darker than this is "dark" (mid-dark grey and down)
# Text, icons and the accent buttons together cover well under a tenth of a screen (3-8 % here).
# More than 15 % of the pixels on the wrong side means a whole surface (a canvas, a preview, a
# panel) did not follow the theme: the glaring block the person sees first.
MAX_WRONG_SHARE = 0.15
# WCAG 2.x AA: 4.5:1 for text, 3:1 for large text (18 pt, or 14 pt bold). Disabled controls are
# exempt in WCAG and skipped.
AA_TEXT, AA_LARGE = 4.5, 3.0
# "Red" is a hue within 15 degrees of pure red, saturated enough to read as a colour, not a grey
# (HLS saturation 0.4). The palette's warm neutrals, its rust for gentle errors (hue about 20)
# and the dusty rose of tense feelings (saturation 0.35) are not alarm red; Qt's weekend red is.
RED_HUE_DEGREES, RED_MIN_SATURATION = 15.0, 0.4

LINEAR = [
    c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    for c in (v / 255 for v in range(256))
]  # sRGB channel (0-255) to linear light


def luminance_rgb(r: int, g: int, b: int) -> float:
    return 0.2126 * LINEAR[r] + 0.7152 * LINEAR[g] + 0.0722 * LINEAR[b]


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    la, lb = sorted((luminance_rgb(*rgb(a)), luminance_rgb(*rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_reddish(hex_colour: str) -> bool:
    r, g, b = (v / 255 for v in rgb(hex_colour))
    hue, _lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    degrees = hue * 360
    return saturation >= RED_MIN_SATURATION and min(degrees, 360 - degrees) <= RED_HUE_DEGREES
