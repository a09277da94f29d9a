"""Text is readable in both palettes: WCAG contrast ratios (AA: 4.5 for text, 3 for large)."""

import re
from pathlib import Path

import pytest

from innerchild_desktop.ui import theme
from innerchild_desktop.ui.theme import DARK, LIGHT
from tests import look


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


HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def colour_values(colours: theme.Colours) -> set[str]:
    values = colours._asdict().values()
    return {v.lower() for v in values if isinstance(v, str) and v.startswith("#")}


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_one_source_every_colour_in_the_css_is_a_theme_colour(colours) -> None:
    """Style sheet, Markdown preview and share preview: no colour of their own, so light and dark
    cannot drift apart."""
    for css in (theme.stylesheet(colours), theme.preview_css(colours), theme.document_css(colours)):
        assert {h.lower() for h in HEX.findall(css)} <= colour_values(colours)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_links_and_accents_are_readable(colours) -> None:
    for background in (colours.window, colours.surface, colours.soft):
        assert contrast(colours.accent, background) >= 4.5  # link buttons, the share's months


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_scene_colours_are_readable(colours) -> None:
    scene = theme.scene_colours(colours)
    for ground in (scene.background, scene.band_even, scene.band_odd, scene.marker):
        assert contrast(scene.ink.name(), ground.name()) >= 4.5
    assert contrast(scene.muted.name(), scene.background.name()) >= 4.5
    assert contrast(scene.accent_text.name(), scene.accent.name()) >= 4.5


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_calendar_entry_days_are_readable(colours) -> None:
    fmt = theme.entry_day_format(colours)
    ink, ground = fmt.foreground().color().name(), fmt.background().color().name()
    assert contrast(ink, ground) >= 4.5


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_no_theme_colour_is_red(colours) -> None:
    """Red is kept for a person's own choices; the theme's warm tones stay brown or rose."""
    assert [v for v in colour_values(colours) if look.is_reddish(v)] == []


def test_the_red_check_itself() -> None:
    assert look.is_reddish("#ff0000") and look.is_reddish("#c0392b")
    assert not any(look.is_reddish(c) for c in ("#8a4b2d", "#e3a27f", "#d4a5a5", "#6b625a"))
