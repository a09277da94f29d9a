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
    both: bool = True  # a light run pictures dark too (``--theme light``: light only)
    shots: list[Path] = field(default_factory=list)
    check_language: bool = False  # --language pseudo: look for untranslated and cut-off text
    problems: list[str] = field(default_factory=list)

    def themes(self) -> Iterator[str]:
        """Each theme this run shows, applied in turn: the run's own and, when that is light,
        dark too. Yields the name's suffix ("" or "-dark"); the run's theme is back afterwards.

        ``for suffix in run.themes(): run.save(widget, f"40-name{suffix}")``
        """
        try:
            for dark in (self.dark,) if self.dark or not self.both else (False, True):
                apply_theme(self.app, dark=dark)
                yield "-dark" if dark else ""
        finally:
            apply_theme(self.app, dark=self.dark)

    def save(self, widget: QWidget, name: str) -> None:
        self.save_image(settled_grab(widget), name)
        if self.check_language:
            from innerchild_desktop.screenshots.language_check import problems_in

            self.problems.extend(p for p in problems_in(widget, name) if p not in self.problems)

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
        shot = settled_grab(window)
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


SETTLE_QUIET_S = 0.06  # the picture must stay the same this long ...
SETTLE_MAX_S = 3.0  # ... within this long (then the last picture is taken as it is)


def settled_grab(widget: QWidget) -> QPixmap:
    """``widget``'s picture once layout and painting have settled: events are processed and the
    widget grabbed again until the picture has not changed for ``SETTLE_QUIET_S`` (a chart laid
    out a few event-loop turns after showing once overlapped its neighbour in a screenshot)."""
    deadline = time.monotonic() + SETTLE_MAX_S
    QApplication.processEvents()
    shot = widget.grab()
    picture, since = shot.toImage(), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.02)
        QApplication.processEvents()
        shot = widget.grab()
        image = shot.toImage()
        if image != picture:
            picture, since = image, time.monotonic()
        elif time.monotonic() - since >= SETTLE_QUIET_S:
            break
    return shot
