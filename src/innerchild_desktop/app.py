"""GUI composition root: build the QApplication, the AppContext and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.ui.application import (  # the QApplication's setup lives in ui/
    configure_application,
    make_application,
    set_text_scale,
    text_scale,
)

__all__ = [
    "NO_DISPLAY",
    "configure_application",
    "has_display",
    "make_application",
    "run_gui",
    "set_text_scale",
    "text_scale",
]


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


def run_gui(paths: JournalPaths, *, exit_when_shown: bool = False, in_tray: bool = False) -> int:
    if not has_display(os.environ):
        print(f"innerchild: {NO_DISPLAY}", file=sys.stderr)
        return 1
    from innerchild_desktop.ui.crash_dialog import install_crash_reporter
    from innerchild_desktop.ui.main_window import MainWindow

    app = make_application()
    install_crash_reporter(app)  # a bug is shown by its place, never by its message
    window = MainWindow(AppContext(paths))
    if in_tray and window.tray is None:  # no tray here: minimised, so it can come back
        window.showMinimized()
    elif not in_tray:  # (started at login for reminders: only the tray icon shows)
        window.show()
    if exit_when_shown:
        import time

        from PySide6.QtCore import QTimer

        def report() -> None:
            print(f"shown {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)  # runs once the first paint has been queued and handled
    return app.exec()
