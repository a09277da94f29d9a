"""The entry point to the self-soothing player, reachable from anywhere (even locked).

The full player (issue "Self-soothing player") plugs in behind :class:`SootheLauncher`. Until then
this opens a calm, minimal extended-exhale guide so the button is never a dead end. Whatever
the player becomes, its contract is the same: it opens straight into the exercise, Esc or
closing stops it at once, and nothing is written while the journal is locked.
"""

from __future__ import annotations

import math
import time
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from innerchild_desktop.ui.widgets import button, label


class SootheLauncher(Protocol):
    def open_calm(self, parent: QWidget, *, locked: bool) -> QDialog: ...
    def open_grounding(self, parent: QWidget, *, locked: bool) -> QDialog: ...


# Extended exhale 4 s in / 6 s out: the default calm pattern (6 breaths a minute).
_IN, _OUT = 4.0, 6.0
_GROUNDING_STEPS = (
    "If you like, look around and name five things you can see.",
    "Four things you can feel: your feet on the floor, your back against the chair…",
    "Three things you can hear, near or far.",
    "Two things you can smell, or two smells you like to imagine.",
    "One thing you can taste, or one kind thing you can say to yourself.",
    "You're here, in this room, right now. Well done for staying with it.",
)


class MiniSoothe(QDialog):
    """A minimal, drift-free breathing guide (phase derived from a monotonic clock)."""

    def __init__(self, parent: QWidget, *, grounding: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Breathe with me" if not grounding else "Grounding")
        self.setAccessibleName(self.windowTitle())
        self.setModal(False)
        self.resize(460, 340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 28)
        intro = (
            "If you like, breathe in gently as the words say, and let the out-breath be a "
            "little longer. You can stop at any time."
            if not grounding
            else "Eyes open. One small step at a time; there is no timer."
        )
        layout.addWidget(label(intro, "muted"))
        self.phase = label("", "title")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setAccessibleName("Current step")
        layout.addWidget(self.phase, 1)
        self.grounding = grounding
        self.step = 0
        if grounding:
            self.next_button = button("Next step", role="primary")
            self.next_button.clicked.connect(self._next_step)
            layout.addWidget(self.next_button)
            self._show_step()
        stop = button("Stop", description="Stop now. That's always okay. (Esc)")
        stop.clicked.connect(self.close)
        layout.addWidget(stop)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        if not grounding:
            self._timer.start(100)
            self._tick()

    def phase_at(self, elapsed: float) -> tuple[str, int]:
        t = elapsed % (_IN + _OUT)
        if t < _IN:
            return "Breathe in…", max(1, math.ceil(_IN - t))
        return "…and out, slowly", max(1, math.ceil(_IN + _OUT - t))

    def _tick(self) -> None:
        word, count = self.phase_at(time.monotonic() - self._started)
        self.phase.setText(f"{word}\n{count}")

    def _show_step(self) -> None:
        self.phase.setText(_GROUNDING_STEPS[self.step])
        self.next_button.setEnabled(self.step < len(_GROUNDING_STEPS) - 1)

    def _next_step(self) -> None:
        self.step = min(self.step + 1, len(_GROUNDING_STEPS) - 1)
        self._show_step()

    def closeEvent(self, event: object) -> None:
        self._timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]


class MiniSootheLauncher:
    def open_calm(self, parent: QWidget, *, locked: bool) -> QDialog:
        dialog = MiniSoothe(parent)
        dialog.show()
        return dialog

    def open_grounding(self, parent: QWidget, *, locked: bool) -> QDialog:
        dialog = MiniSoothe(parent, grounding=True)
        dialog.show()
        return dialog
