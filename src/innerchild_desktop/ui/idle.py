"""Auto-lock after a period without keyboard or mouse activity."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Install on the QApplication; emits ``idle`` after ``interval_ms`` without input.

    Input only notes the time on ``clock`` (cheap on every mouse move); the timer wakes
    :meth:`check`, which either emits ``idle`` or sleeps again for what is left. Tests pass a
    fake clock and call :meth:`check` themselves.
    """

    idle = Signal()

    def __init__(
        self,
        interval_ms: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.clock = clock
        self._last_input = clock()
        self._watching = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def set_interval(self, interval_ms: int) -> None:
        """A new interval; while watching, the countdown starts again from now."""
        self.interval_ms = interval_ms
        if self._watching:
            self.start()
        else:
            self.timer.setInterval(interval_ms)

    def start(self) -> None:
        self._watching = True
        self._last_input = self.clock()
        self.timer.start(self.interval_ms)

    def stop(self) -> None:
        self._watching = False
        self.timer.stop()

    def check(self) -> None:
        """Emit ``idle`` if the interval has passed without input, else wait for the rest."""
        if not self._watching:
            return
        left_ms = self.interval_ms - round((self.clock() - self._last_input) * 1000)
        if left_ms > 0:
            self.timer.start(left_ms)
            return
        self.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in _ACTIVITY:
            self._last_input = self.clock()  # postpones the countdown
        return False
