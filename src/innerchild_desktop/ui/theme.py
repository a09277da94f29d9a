"""Calm light and dark palettes that follow the system colour scheme, and readable type."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from innerchild_desktop.resources import resource_path


@dataclass(frozen=True)
class Colours:
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    soft: str  # gentle highlight for calm buttons
    border: str
    warning: str
    tick: str = "check-light.svg"  # resources/icons: the tick drawn in accent_text


LIGHT = Colours(
    window="#f6f3ee",
    surface="#fffdf9",
    text="#2f2a26",
    muted="#6b625a",
    accent="#3f7d74",
    accent_text="#ffffff",
    soft="#e4efe9",
    border="#d9d1c7",
    warning="#8a4b2d",
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
    tick="check-dark.svg",
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


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
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(11.0 * text_scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(c, text_scale))
    return c


def _icon(name: str) -> str:
    return resource_path("icons", name).as_posix()


def stylesheet(c: Colours, scale: float = 1.0) -> str:
    big = round(22 * scale)
    mid = round(15 * scale)
    return f"""
    QWidget#Screen {{ background: {c.window}; }}
    QLabel[role="title"] {{ font-size: {big}pt; font-weight: 600; color: {c.text}; }}
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
    QPushButton {{
        padding: 8px 16px; border-radius: 8px; border: 1px solid {c.border};
        background: {c.surface}; color: {c.text}; }}
    QPushButton:focus {{ border: 2px solid {c.accent}; }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {c.accent_text}; border: none; font-weight: 600; }}
    QPushButton[role="primary"]:focus {{ border: 2px solid {c.text}; }}
    QPushButton[role="primary"]:disabled {{ background: {c.border}; color: {c.muted}; }}
    QPushButton[role="link"] {{
        border: none; background: transparent; color: {c.accent}; text-decoration: underline;
        padding: 4px; }}
    QPushButton[role="link"]:focus {{ border: 1px solid {c.accent}; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 14px; height: 14px; border: 2px solid {c.muted}; background: {c.surface}; }}
    QRadioButton::indicator {{ border-radius: 9px; }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
        background: {c.accent}; border: 2px solid {c.accent}; }}
    QCheckBox::indicator:checked {{ image: url("{_icon(c.tick)}"); }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {c.text}; }}
    QPushButton[role="rating"] {{ padding: 3px 0px; min-width: 26px; max-width: 30px; }}
    QPushButton[role="rating"]:checked {{ background: {c.accent}; color: {c.accent_text}; }}
    QPushButton[role="soothe"] {{
        background: {c.soft}; color: {c.text}; border: 1px solid {c.accent}; }}
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
