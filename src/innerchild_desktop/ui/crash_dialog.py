"""The window's crash plumbing: a bug in a slot or a thread is logged by place (type and
file:line, see :mod:`innerchild_desktop.crash`) and shown once in calm words, never with its
message, which may quote journal text. Python's default hooks would print the whole message."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from innerchild_desktop import APP_DISPLAY_NAME
from innerchild_desktop.crash import log_bug, where
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.question import calm_box

_ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
_ThreadHook = Callable[[threading.ExceptHookArgs], Any]

CALM = QT_TRANSLATE_NOOP(
    "crash_dialog",
    "Something went wrong inside Inner Child. Your journal is safe; what you saved is kept.",
)


class CrashReporter(QObject):
    """Install on the GUI thread; from then on every uncaught exception goes through here."""

    _happened = Signal(str)  # from any thread; the dialog opens on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self.shown = 0
        self._previous: tuple[_ExceptHook, _ThreadHook] | None = None
        self._happened.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started us
            sys.__excepthook__(kind, exc, tb)
            return
        self.report(exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # as Python's own hook: a thread may end this way
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        self.report(exc, args.exc_traceback)

    def report(self, exc: BaseException, tb: TracebackType | None = None) -> None:
        try:
            place = where(exc, tb)
            log_bug(place)
            self._happened.emit(place)
        except BaseException:  # never let the hook itself print the original message
            print(f"innerchild: something went wrong ({type(exc).__name__})", file=sys.stderr)

    def _show(self, place: str) -> None:
        if self.shown:  # once: a second box for the same trouble helps nobody
            return
        self.shown += 1
        box = calm_box(
            None,
            APP_DISPLAY_NAME,
            translate("crash_dialog", CALM),
            translate(
                "crash_dialog",
                "If you report it, this says where it happened and holds nothing you wrote: "
                "{place}.",
            ).format(place=place),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.setEscapeButton(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(translate("crash_dialog", "Something went wrong"))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog = box
        box.show()  # not exec(): no nested event loop inside an exception hook


def install_crash_reporter(parent: QObject) -> CrashReporter:
    """For the composition root: the reporter lives as long as ``parent`` (the application)."""
    reporter = CrashReporter(parent)
    reporter.install()
    return reporter
