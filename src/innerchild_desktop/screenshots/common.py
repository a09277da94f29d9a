"""What every screenshot module shares: the run (its QApplication, where the PNGs go and which
theme it is in) and the one way to picture a screen in light and in dark (:meth:`Run.themes`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from innerchild_desktop.ui.theme import apply_theme

DEMO_PASSPHRASE = "demo passphrase for screenshots"
SIZE = (1100, 720)


@dataclass
class Run:
    """One ``innerchild screenshots`` run: every picture goes to ``out`` and into ``shots``."""

    app: QApplication
    out: Path
    dark: bool = False
    shots: list[Path] = field(default_factory=list)

    def themes(self) -> Iterator[str]:
        """Each theme this run shows, applied in turn: the run's own and, when that is light,
        dark too. Yields the name's suffix ("" or "-dark"); the run's theme is back afterwards.

        ``for suffix in run.themes(): run.save(widget, f"40-name{suffix}")``
        """
        try:
            for dark in (self.dark,) if self.dark else (False, True):
                apply_theme(self.app, dark=dark)
                yield "-dark" if dark else ""
        finally:
            apply_theme(self.app, dark=self.dark)

    def save(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        self.save_image(widget.grab(), name)

    def save_themed(self, widget: QWidget, name: str) -> None:
        """``widget`` as it is now, in light and in dark (see :meth:`themes`)."""
        for suffix in self.themes():
            self.save(widget, f"{name}{suffix}")

    def save_image(self, image: QPixmap | QImage, name: str) -> None:
        path = self.out / f"{name}.png"
        image.save(str(path))
        self.shots.append(path)

    def save_over(self, window: QWidget, box: QWidget, name: str) -> None:
        """A question as it appears: over the window, which it dims."""
        QApplication.processEvents()
        shot = window.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
        face = box.grab()
        left, top = (shot.width() - face.width()) // 2, (shot.height() - face.height()) // 3
        painter.drawPixmap(left, top, face)
        painter.end()
        self.save_image(shot, name)

    def settle(self, until: Callable[[], bool] | None = None, timeout: float = 10.0) -> None:
        """Let queued work finish: events, and ``until`` holds (or ``timeout`` seconds pass)."""
        deadline = time.monotonic() + timeout
        while True:
            self.app.processEvents()
            if until is None or until() or time.monotonic() > deadline:
                break
            time.sleep(0.01)
        self.app.processEvents()
