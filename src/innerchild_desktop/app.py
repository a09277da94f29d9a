"""GUI composition root: build the QApplication, the AppContext and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING

from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.ui.application import (  # the QApplication's setup lives in ui/
    configure_application,
    make_application,
    set_text_scale,
    text_scale,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

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
    from PySide6.QtCore import QTimer

    from innerchild_desktop.ui.main_window import MainWindow

    app = make_application()
    install_reporter = report_bugs_calmly(app)
    window = MainWindow(AppContext(paths))
    if in_tray and window.tray is None:  # no tray here: minimised, so it can come back
        window.showMinimized()
    elif not in_tray:  # (started at login for reminders: only the tray icon shows)
        window.show()
    if exit_when_shown:
        import time

        def report() -> None:
            print(f"shown {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)  # runs once the first paint has been queued and handled
    QTimer.singleShot(0, install_reporter)  # the first turn of the event loop, once shown
    return app.exec()


def report_bugs_calmly(app: QApplication) -> Callable[[], None]:
    """A bug is shown by its place, never by its message (ui/crash_dialog.py). The reporter
    and its dialog cost about 5 ms of a cold start, so they load once the lock screen is shown
    (call what this returns then); a bug before that loads them at once and is reported."""
    original = sys.excepthook

    def install() -> None:
        if sys.excepthook is early:  # (once; and never over a hook someone set since)
            from innerchild_desktop.ui.crash_dialog import install_crash_reporter

            sys.excepthook = original
            install_crash_reporter(app)

    def early(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        install()
        sys.excepthook(kind, exc, tb)

    sys.excepthook = early
    return install
