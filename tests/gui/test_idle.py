"""The auto-lock countdown on a fake clock: no sleeps, no wall time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from innerchild_desktop.ui.idle import IdleWatcher


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms / 1000


def watcher(qtbot, qapp, interval_ms: int = 60_000):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    idle = IdleWatcher(interval_ms, clock=clock)
    fired: list[int] = []
    idle.idle.connect(lambda: fired.append(1))
    qapp.installEventFilter(idle)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    return idle, clock, fired, field


def test_idle_fires_once_the_interval_has_passed_without_input(qtbot, qapp) -> None:
    idle, clock, fired, _ = watcher(qtbot, qapp)
    try:
        idle.start()
        clock.advance(59_999)
        idle.check()  # what the timer does when it wakes
        assert fired == [] and idle.timer.isActive()
        clock.advance(1)
        idle.check()
        assert fired == [1] and not idle.timer.isActive()
        clock.advance(120_000)
        idle.check()
        assert fired == [1]  # once: it starts again only when asked
    finally:
        qapp.removeEventFilter(idle)


def test_input_postpones_idle(qtbot, qapp) -> None:
    idle, clock, fired, field = watcher(qtbot, qapp)
    try:
        idle.start()
        for _ in range(5):
            clock.advance(40_000)
            qtbot.keyClick(field, Qt.Key.Key_A)
            idle.check()
        assert fired == []  # 200 s passed, never 60 s without input
        clock.advance(59_000)
        idle.check()
        assert fired == [] and idle.timer.interval() <= 1_000  # wakes for the last second
        clock.advance(1_000)
        idle.check()
        assert fired == [1]
    finally:
        qapp.removeEventFilter(idle)


def test_a_stopped_watcher_stays_quiet_and_a_new_interval_counts_from_now(qtbot, qapp) -> None:
    idle, clock, fired, field = watcher(qtbot, qapp)
    try:
        idle.start()
        idle.stop()
        clock.advance(600_000)
        qtbot.keyClick(field, Qt.Key.Key_A)
        idle.check()
        assert fired == [] and not idle.timer.isActive()
        idle.start()
        clock.advance(30_000)
        idle.set_interval(45_000)  # e.g. the person chose a shorter auto-lock
        assert idle.interval_ms == 45_000
        clock.advance(44_000)
        idle.check()
        assert fired == []
        clock.advance(1_000)
        idle.check()
        assert fired == [1]
    finally:
        qapp.removeEventFilter(idle)
