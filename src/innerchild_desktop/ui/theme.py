"""Calm light and dark palettes that follow the system colour scheme, and readable type.

The one source of colour for every surface, so light and dark cannot drift apart:

- widgets: :func:`apply_theme` (the application palette and style sheet);
- anything that paints by hand (a ``QGraphicsScene``, a custom widget): :func:`scene_colours`;
- ``QCalendarWidget`` text formats: :func:`style_calendar` and :func:`entry_day_format`;
- HTML shown in the app: :func:`preview_css` (Markdown) and :func:`document_css` (the share
  preview);
- any other code that needs a colour: :func:`colours`, the :class:`Colours` in force now.

Each reads the application palette when called, so ask again after a ``PaletteChange`` event
(the system switched between light and dark). No red anywhere: the only reds are a person's own
choices (a feeling's colour they picked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from innerchild_desktop.resources import resource_path

if TYPE_CHECKING:  # loaded by the calendar's page, not by the lock screen (issue 20)
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QCalendarWidget


# NamedTuples rather than frozen dataclasses: the same fixed fields, made in a tenth of the time
# (a dataclass costs a cold start about 2 ms each, issue 20).
class Colours(NamedTuple):
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    soft: str  # gentle highlight for calm buttons
    border: str
    warning: str
    band: str  # a second, warmer band behind rows in scenes (the first is ``soft``)
    veil: str  # heavy things, veiled: a neutral that is never a feeling's colour
    marker: str  # a drawn marker without a colour of its own (text on it: ``text``)
    tick: str = "check-light.svg"  # resources/icons: the tick drawn in accent_text


LIGHT = Colours(
    window="#f6f3ee",
    surface="#fffdf9",
    text="#2f2a26",
    muted="#6b625a",
    accent="#377168",  # deep enough for AA (4.5) as link text on window and soft
    accent_text="#ffffff",
    soft="#e4efe9",
    border="#d9d1c7",
    warning="#8a4b2d",
    band="#efe7dc",
    veil="#b9b3ab",
    marker="#9fc5bb",
)
DARK = Colours(
    window="#1f2123",
    surface="#272a2d",
    text="#ece8e2",
    muted="#b3aca3",
    accent="#7fc1b5",
    accent_text="#13201d",
    soft="#2f3d39",
    border="#3b3f43",
    warning="#e3a27f",
    band="#2d2a27",
    veil="#55524d",
    marker="#3e5a54",
    tick="check-dark.svg",
)


def system_prefers_dark() -> bool:
    """Whether the desktop's colour scheme is dark (Qt's answer, ``QStyleHints.colorScheme``)."""
    from PySide6.QtCore import Qt  # (the Qt namespace: not built by a cold start, issue 20)

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def system_palette_is_dark() -> bool:
    """The first frame's guess at :func:`system_prefers_dark`, before this app sets a palette:
    whether the palette Qt made from the desktop's theme is dark (Qt makes it dark where it
    knows the scheme is). Asking the scheme itself builds the Qt namespace, ~19 ms of a cold
    start (issue 20), so a cold start guesses and asks once its first frame is shown."""
    return colours() is DARK


def current_colours(dark: bool | None = None) -> Colours:
    return DARK if (system_prefers_dark() if dark is None else dark) else LIGHT


def apply_theme(app: QApplication, dark: bool | None = None, text_scale: float = 1.0) -> Colours:
    c = current_colours(dark)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Link: c.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c.muted))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c.muted))
    # Disabled fields and text read as inactive without a style sheet of their own (spin boxes,
    # date fields, text areas): the window's colour behind muted text, still AA-readable.
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(c.muted))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(c.window))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(c.window))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(11.0 * text_scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(c, text_scale))
    return c


def colours(palette: QPalette | None = None) -> Colours:
    """The :class:`Colours` in force: those :func:`apply_theme` put into the application palette
    (or into ``palette``). A palette it did not make counts as dark when its window is dark."""
    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    for known in (LIGHT, DARK):
        if window.name() == known.window:
            return known
    return DARK if window.lightness() < 128 else LIGHT


class SceneColours(NamedTuple):
    """Colours for surfaces painted by hand (``QGraphicsScene``, ``paintEvent``), as QColors."""

    background: QColor  # the canvas itself (the page's surface)
    ink: QColor  # text and lines that must be read
    muted: QColor  # axis labels, secondary text
    grid: QColor  # rules and ticks
    accent: QColor  # the selection, the focus, "today"
    accent_text: QColor  # text drawn on ``accent``
    band_even: QColor  # alternating row bands behind content
    band_odd: QColor
    veil: QColor  # heavy items, veiled: neutral
    marker: QColor  # a marker without a colour of its own


def scene_colours(source: QPalette | Colours | None = None) -> SceneColours:
    """What a scene or custom-painted widget should paint with, light or dark: for the colours in
    force (see :func:`colours`), those of a palette, or given ones."""
    c = source if isinstance(source, Colours) else colours(source)
    return SceneColours(
        background=QColor(c.surface),
        ink=QColor(c.text),
        muted=QColor(c.muted),
        grid=QColor(c.border),
        accent=QColor(c.accent),
        accent_text=QColor(c.accent_text),
        band_even=QColor(c.soft),
        band_odd=QColor(c.band),
        veil=QColor(c.veil),
        marker=QColor(c.marker),
    )


def text_format(
    foreground: str, *, background: str | None = None, bold: bool = False
) -> QTextCharFormat:
    from PySide6.QtGui import QBrush, QTextCharFormat

    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(QColor(foreground)))
    if background is not None:
        fmt.setBackground(QBrush(QColor(background)))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def entry_day_format(c: Colours | None = None) -> QTextCharFormat:
    """A calendar day with an entry: bold text on a soft band of the accent, readable both ways."""
    c = c or colours()
    return text_format(c.text, background=c.soft, bold=True)


def style_calendar(calendar: QCalendarWidget, c: Colours | None = None) -> None:
    """Theme a calendar's own text: every weekday in the text colour (Qt paints Saturday and
    Sunday red by default; weekends are not alarms) and the day names muted."""
    from PySide6.QtCore import Qt

    c = c or colours()
    calendar.setHeaderTextFormat(text_format(c.muted))
    for day in Qt.DayOfWeek:
        calendar.setWeekdayTextFormat(day, text_format(c.text))


def preview_css(c: Colours | None = None) -> str:
    """Style for Markdown shown in the app (``QTextBrowser``), in the theme's colours."""
    c = c or colours()
    return f"""
body {{ line-height: 150%; color: {c.text}; }}
h1, h2, h3 {{ font-weight: 600; color: {c.text}; }}
a {{ color: {c.accent}; }}
blockquote {{ margin-left: 12px; padding-left: 10px; color: {c.muted}; }}
pre, code {{ font-family: monospace; }}
span.refused, .refused {{ color: {c.muted}; font-style: italic; }}
a.external {{ text-decoration: underline; }}
table {{ border-collapse: collapse; }}
th, td {{ padding: 4px 8px; }}
"""


def document_css(c: Colours | None = None) -> str:
    """Style for a whole document shown in the app (the share preview): the export's classes in
    the theme's colours and the app's own type, so it reads calmly in light and dark."""
    c = c or colours()
    return (
        preview_css(c)
        + f"""
h1 {{ font-size: 180%; margin: 0.2em 0; }}
h2 {{ font-size: 140%; margin-top: 1.4em; }}
h3 {{ font-size: 115%; margin: 1.2em 0 0.2em 0; }}
.title-page {{ text-align: center; margin: 1.5em 0 2em 0; }}
.title-page p, .meta, .prompt {{ color: {c.muted}; }}
.prompt {{ font-style: italic; }}
.month {{ color: {c.accent}; font-weight: 600; letter-spacing: 0.08em; margin-top: 1.6em; }}
.heavy-note {{ color: {c.muted}; }}
.reflection-label {{ font-weight: 600; margin-bottom: 0; }}
table.sessions {{ border-collapse: collapse; width: 100%; }}
table.sessions td, table.sessions th {{ border-bottom: 1px solid {c.border}; padding: 4px; }}
"""
    )


def _icon(name: str) -> str:
    return resource_path("icons", name).as_posix()


def stylesheet(c: Colours, scale: float = 1.0) -> str:
    big = round(22 * scale)  # a page's title
    head = round(17 * scale)  # a dialog's title: fits a 620 px dialog on one line
    step = round(18 * scale)  # words to read slowly (a grounding step): large, medium weight
    mid = round(15 * scale)
    return f"""
    QWidget#Screen {{ background: {c.window}; }}
    QLabel[role="title"] {{ font-size: {big}pt; font-weight: 600; color: {c.text}; }}
    QLabel[role="heading"] {{ font-size: {head}pt; font-weight: 600; color: {c.text}; }}
    QLabel[role="step"] {{ font-size: {step}pt; font-weight: 500; color: {c.text}; }}
    QLabel[role="subtitle"] {{ font-size: {mid}pt; color: {c.muted}; }}
    QLabel[role="muted"] {{ color: {c.muted}; }}
    QLabel[role="error"] {{ color: {c.warning}; }}
    QLabel[role="recovery"] {{
        font-family: monospace; font-size: {mid}pt; padding: 12px; background: {c.surface};
        border: 1px solid {c.border}; border-radius: 8px; }}
    QFrame[role="card"] {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 14px; }}
    QLineEdit {{
        padding: 8px 10px; border: 1px solid {c.border}; border-radius: 8px;
        background: {c.surface}; color: {c.text}; }}
    QLineEdit:focus {{ border: 2px solid {c.accent}; }}
    QLineEdit:disabled {{ background: {c.window}; color: {c.muted}; border-style: dashed; }}
    QPushButton {{
        padding: 8px 16px; border-radius: 8px; border: 1px solid {c.border};
        background: {c.surface}; color: {c.text}; }}
    QPushButton:focus {{ border: 2px solid {c.accent}; }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {c.accent_text}; border: none; font-weight: 600; }}
    QPushButton[role="primary"]:focus {{ border: 2px solid {c.text}; }}
    QPushButton:disabled {{
        background: {c.window}; color: {c.muted}; border: 1px dashed {c.border}; }}
    QPushButton[role="primary"]:disabled {{
        background: {c.band}; color: {c.muted}; border: 1px dashed {c.border};
        font-weight: normal; }}
    QPushButton[role="link"] {{
        border: none; background: transparent; color: {c.accent}; text-decoration: underline;
        padding: 4px; }}
    QPushButton[role="link"]:focus {{ border: 1px solid {c.accent}; }}
    QPushButton[role="link"]:disabled {{
        border: none; background: transparent; color: {c.muted}; text-decoration: none; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 14px; height: 14px; border: 2px solid {c.muted}; background: {c.surface}; }}
    QRadioButton::indicator {{ border-radius: 9px; }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
        background: {c.accent}; border: 2px solid {c.accent}; }}
    QCheckBox::indicator:checked {{ image: url("{_icon(c.tick)}"); }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {c.text}; }}
    QCheckBox:disabled, QRadioButton:disabled {{ color: {c.muted}; }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
        border: 2px dashed {c.border}; background: {c.window}; }}
    QCheckBox::indicator:checked:disabled, QRadioButton::indicator:checked:disabled {{
        border: 2px solid {c.veil}; background: {c.veil}; }}
    QPushButton[role="rating"] {{ padding: 3px 0px; min-width: 26px; max-width: 30px; }}
    QPushButton[role="rating"]:checked {{ background: {c.accent}; color: {c.accent_text}; }}
    QPushButton[role="soothe"] {{
        background: {c.soft}; color: {c.text}; border: 1px solid {c.accent}; }}
    QPushButton[role="soothe"]:disabled, QPushButton[role="rating"]:disabled {{
        background: {c.window}; color: {c.muted}; border: 1px dashed {c.border}; }}
    QListWidget#Navigation {{
        background: {c.window}; border: none; border-right: 1px solid {c.border};
        padding-top: 8px; outline: 0; font-size: {mid}pt; }}
    QListWidget#Navigation::item {{ padding: 8px 14px; border-radius: 8px; margin: 2px 8px; }}
    QListWidget#Navigation::item:selected {{ background: {c.soft}; color: {c.text}; }}
    QListWidget#Navigation::item:focus {{ border: 1px solid {c.accent}; }}
    QListView#EntryList {{ border: none; background: {c.surface}; border-radius: 10px; }}
    QListView#EntryList::item {{ padding: 6px 8px; border-radius: 6px; }}
    QListView#EntryList::item:selected {{ background: {c.soft}; color: {c.text}; }}
    QTextBrowser#Reader {{
        border: none; background: {c.surface}; border-radius: 10px; padding: 18px; }}
    QProgressBar {{ border: none; background: {c.border}; height: 6px; border-radius: 3px; }}
    QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
    QMessageBox {{ background: {c.surface}; }}
    QMessageBox QLabel {{ color: {c.text}; }}
    QCalendarWidget QAbstractItemView {{
        background: {c.surface}; color: {c.text}; selection-background-color: {c.accent};
        selection-color: {c.accent_text}; }}
    QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {c.soft}; }}
    QCalendarWidget QToolButton {{ color: {c.text}; background: transparent; padding: 4px; }}
    QToolBar QToolButton:checked {{
        background: {c.soft}; color: {c.text}; border: 1px solid {c.accent}; border-radius: 6px; }}
    """


def system_prefers_reduced_motion() -> bool:
    """Whether the desktop asks apps to keep animation down.

    Qt has no API for this yet, so read what the common Linux desktops store: GNOME's
    ``enable-animations`` (through ``gsettings``) and KDE's ``AnimationDurationFactor=0``.
    ``INNERCHILD_REDUCED_MOTION=1`` forces it anywhere. The person can always choose in the player.
    """
    import os
    import shutil
    import subprocess
    from pathlib import Path

    if os.environ.get("INNERCHILD_REDUCED_MOTION") == "1":
        return True
    kde = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "kdeglobals"
    try:
        if "AnimationDurationFactor=0\n" in kde.read_text(encoding="utf-8", errors="ignore"):
            return True
    except OSError:
        pass
    gsettings = shutil.which("gsettings")
    if gsettings:
        try:
            result = subprocess.run(
                [gsettings, "get", "org.gnome.desktop.interface", "enable-animations"],
                capture_output=True,
                text=True,
                timeout=1,
            )
            return result.stdout.strip() == "false"
        except (OSError, subprocess.SubprocessError):
            return False
    return False
