"""Text is readable in both palettes: WCAG contrast ratios (AA: 4.5 for text, 3 for large)."""

import re
from pathlib import Path

import pytest

from innerchild_desktop.ui import theme
from innerchild_desktop.ui.theme import DARK, LIGHT


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_palette_contrast(colours) -> None:
    for background in (colours.window, colours.surface):
        assert contrast(colours.text, background) >= 7.0  # body text: AAA
        assert contrast(colours.muted, background) >= 4.5  # secondary text: AA
        assert contrast(colours.warning, background) >= 4.5  # gentle error text: AA
    assert contrast(colours.accent_text, colours.accent) >= 4.5  # primary buttons
    assert contrast(colours.text, colours.soft) >= 4.5  # calm buttons


def test_the_measure_itself() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_a_ticked_checkbox_shows_a_tick_drawn_in_the_themes_accent_text(colours) -> None:
    sheet = theme.stylesheet(colours)
    match = re.search(r'QCheckBox::indicator:checked \{ image: url\("([^"]+)"\)', sheet)
    assert match, "a ticked box must show a tick, not only a filled square"
    svg = Path(match.group(1))
    assert svg.is_file()
    assert f'stroke="{colours.accent_text}"' in svg.read_text()
