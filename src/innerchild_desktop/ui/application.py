"""The QApplication itself: its names and icon, the theme, and the text-size choice.

Here rather than in app.py so that ui/ never imports the composition root (the screenshots and
the Settings page need these too).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from innerchild_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from innerchild_desktop.resources import resource_path
from innerchild_desktop.ui.i18n import install_translators
from innerchild_desktop.ui.prefs_keys import TEXT_SCALE
from innerchild_desktop.ui.theme import apply_theme


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        configure_application(app)
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    install_translators(app)
    apply_theme(app, text_scale=text_scale())
    # Follow the system when it switches between light and dark while the app runs.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, text_scale=text_scale())
    )


def text_scale() -> float:
    """The text-size choice. Kept in QSettings next to the window geometry (the only other
    thing there) because it must apply to the lock screen too, and says nothing personal."""
    try:
        raw = QSettings().value(TEXT_SCALE, 1.0)
        scale = float(raw) if isinstance(raw, str | int | float) else 1.0
        return min(max(scale, 0.8), 1.6)
    except ValueError:
        return 1.0


def set_text_scale(scale: float) -> None:
    QSettings().setValue(TEXT_SCALE, scale)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, text_scale=scale)
