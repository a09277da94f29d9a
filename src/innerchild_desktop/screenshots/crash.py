"""The message after a bug, over the window as it appears (a desktop draws its frame)."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.crash_dialog import CrashReporter


def crash_screens(run: Run, window: QWidget) -> None:
    reporter = CrashReporter()
    reporter._show("ValueError at entries.py:123")
    box = reporter.dialog
    assert box is not None
    for suffix in run.themes():
        QApplication.processEvents()
        canvas, message = window.grab(), box.grab()
        x, y = (canvas.width() - message.width()) // 2, (canvas.height() - message.height()) // 3
        painter = QPainter(canvas)
        painter.drawPixmap(x, y, message)
        painter.setPen(box.palette().color(QPalette.ColorRole.Mid))  # the frame a desktop draws
        painter.drawRect(x - 1, y - 1, message.width() + 1, message.height() + 1)
        painter.end()
        run.save_image(canvas, f"80-something-went-wrong{suffix}")
    box.close()
    reporter.deleteLater()
