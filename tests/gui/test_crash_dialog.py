"""Issue 16: a bug inside the window (a slot, a thread) shows one calm message with the type
and file:line, and the log says the same; the exception's message (maybe journal text) never."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from innerchild_desktop.ui.crash_dialog import CrashReporter

SECRET = "what I wrote about my father"


def boom() -> None:
    raise RuntimeError(SECRET)


PLACE = f"RuntimeError at test_crash_dialog.py:{boom.__code__.co_firstlineno + 1}"


def test_a_bug_in_a_slot_shows_the_place_once_and_never_the_message(qtbot, caplog) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(boom)
    reporter = CrashReporter()
    reporter.install()
    try:
        with caplog.at_level(logging.ERROR):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5_000)
            box = reporter.dialog
            assert isinstance(box, QMessageBox) and box.isVisible()
            shown = box.text() + "\n" + box.informativeText()
            assert "Your journal is safe; what you saved is kept." in shown
            assert PLACE in shown and SECRET not in shown
            assert box.textFormat() == Qt.TextFormat.PlainText
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second time: logged only
    finally:
        reporter.uninstall()
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("innerchild_desktop")]
    assert len(logged) == 2 and all(PLACE in line for line in logged), logged
    assert SECRET not in caplog.text
    assert reporter.dialog is box and reporter.shown == 1
    box.close()


def test_a_bug_in_a_thread_is_shown_on_the_gui_thread(qtbot, caplog) -> None:
    reporter = CrashReporter()
    reporter.install()
    try:
        with caplog.at_level(logging.ERROR):
            worker = threading.Thread(target=boom)
            worker.start()
            worker.join()
            qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5_000)
    finally:
        reporter.uninstall()
    box = reporter.dialog
    assert box is not None and box.thread() is qtbot_thread()
    assert PLACE in box.informativeText() and SECRET not in box.informativeText()
    assert PLACE in caplog.text and SECRET not in caplog.text
    box.close()


def test_uninstall_puts_the_previous_hooks_back(qtbot) -> None:
    import sys

    before = sys.excepthook, threading.excepthook
    reporter = CrashReporter()
    reporter.install()
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def qtbot_thread():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()
