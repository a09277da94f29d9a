"""The QApplication itself: its names and icon, the theme, and the text-size choice.

Here rather than in app.py so that ui/ never imports the composition root (the screenshots and
the Settings page need these too).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from innerchild_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from innerchild_desktop.resources import resource_path
from innerchild_desktop.ui.i18n import install_translators
from innerchild_desktop.ui.prefs_keys import TEXT_SCALE
from innerchild_desktop.ui.theme import apply_theme, system_palette_is_dark, system_prefers_dark

_CONFIGURED = "innerchild-configured"  # the application's property once configured


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
    install_translators(app)
    if app.property(_CONFIGURED):  # configured again (tests, the screenshots): all at once
        app.setWindowIcon(app_icon())
        apply_theme(app, text_scale=text_scale())
    else:
        _first_frame(app)
        app.setProperty(_CONFIGURED, True)
    # Follow the system when it switches between light and dark while the app runs.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, text_scale=text_scale())
    )


def app_icon() -> QIcon:
    """The app's own icon (the window's, the tray's)."""
    return QIcon(str(resource_path("icons", f"{APP_ID}.svg")))


def _first_frame(app: QApplication) -> None:
    """A cold start: the first frame in the colours of the palette Qt made from the desktop's
    theme, which is dark where Qt knows the scheme is; once that frame is under way, the
    scheme's own answer (applied only where it differs) and the window icon. Asking for the
    scheme builds the Qt namespace (about 19 ms of a cold start, issue 20), and an icon drawn
    from SVG loads Qt's SVG support; the lock screen's first frame needs neither."""
    guess = system_palette_is_dark()
    apply_theme(app, dark=guess, text_scale=text_scale())

    def settle() -> None:
        app.setWindowIcon(app_icon())
        if system_prefers_dark() != guess:
            apply_theme(app, text_scale=text_scale())

    # Two turns of the event loop: in the first the window shows and queues its first frame.
    QTimer.singleShot(0, app, lambda: QTimer.singleShot(0, app, settle))


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
