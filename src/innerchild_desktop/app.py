"""GUI composition root: build the QApplication, the AppContext and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from PySide6.QtWidgets import QApplication

from innerchild_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        configure_application(app)
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    from innerchild_desktop.ui.theme import apply_theme

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from innerchild_desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    apply_theme(app, text_scale=text_scale())
    # Follow the system when it switches between light and dark while the app runs.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, text_scale=text_scale())
    )


def text_scale() -> float:
    """The text-size choice. Kept in QSettings next to the window geometry (the only other
    thing there) because it must apply to the lock screen too, and says nothing personal."""
    from PySide6.QtCore import QSettings

    try:
        return min(max(float(QSettings().value("ui/text_scale", 1.0)), 0.8), 1.6)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0


def set_text_scale(scale: float) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from innerchild_desktop.ui.theme import apply_theme

    QSettings().setValue("ui/text_scale", scale)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, text_scale=scale)


NO_DISPLAY = (
    "Inner Child needs a graphical desktop; the commands in 'innerchild --help' work without one."
)
# Qt platform plugins that draw without a desktop session (offscreen, a framebuffer, VNC …).
_NEEDS_X11 = ("xcb",)
_NEEDS_WAYLAND = ("wayland", "wayland-egl", "wayland-brcm")


def has_display(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt can open a window here; asked before QApplication, which would abort.

    On Linux and the BSDs a window needs an X11 or Wayland session unless QT_QPA_PLATFORM names
    a plugin that needs none; it may list several ("wayland;xcb"), each with options after ":".
    """
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    wanted = [p.split(":", 1)[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    wanted = [p for p in wanted if p]
    if not wanted:  # Qt picks Wayland or X11 by itself
        return x11 or wayland
    return any(
        (x11 if p in _NEEDS_X11 else wayland if p in _NEEDS_WAYLAND else True) for p in wanted
    )


def run_gui(paths: JournalPaths, *, exit_when_shown: bool = False) -> int:
    if not has_display(os.environ):
        print(f"innerchild: {NO_DISPLAY}", file=sys.stderr)
        return 1
    from innerchild_desktop.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(AppContext(paths))
    window.show()
    if exit_when_shown:
        import time

        from PySide6.QtCore import QTimer

        def report() -> None:
            print(f"shown {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)  # runs once the first paint has been queued and handled
    return app.exec()
