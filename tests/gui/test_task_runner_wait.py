"""Issue 16: a runner waits for its own tasks only, so stopping the index tidy-up while an
import runs in another runner never holds the GUI thread until the import ends."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from innerchild_desktop.ui.tasks import TaskRunner, wait_for_all
from innerchild_desktop.ui.upkeep import IndexUpkeep


class Receiver(QWidget):
    """Callbacks as bound methods of a QObject, as the runner expects."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def done(self, value: object) -> None:
        self.results.append(value)

    def progress(self, done: int, total: int) -> None:
        pass


def blocked_task(runner: TaskRunner, receiver: Receiver) -> tuple[threading.Event, threading.Event]:
    started, release = threading.Event(), threading.Event()

    def work() -> str:
        started.set()
        release.wait()
        return "imported"

    runner.start(work, receiver.done, receiver.done)
    assert started.wait(10)  # a safety net against a hang, not a measure of time
    return started, release


def test_an_idle_runner_does_not_wait_for_another_runners_task(qtbot) -> None:
    receiver = Receiver()
    qtbot.addWidget(receiver)
    a, b = TaskRunner(receiver), TaskRunner(receiver)
    _, release = blocked_task(a, receiver)
    try:
        assert b.wait(5_000)  # returns at once: B has nothing of its own running
        assert not release.is_set()  # ...while A's task is still blocked
        assert not a.wait(1)  # A itself does wait for its task
    finally:
        release.set()
    assert a.wait(10_000)
    qtbot.waitUntil(lambda: receiver.results == ["imported"], timeout=5_000)


def test_stopping_the_tidy_up_does_not_wait_for_an_import_elsewhere(qtbot) -> None:
    receiver = Receiver()
    qtbot.addWidget(receiver)
    window_tasks, dialog_tasks = TaskRunner(receiver), TaskRunner(receiver)
    upkeep = IndexUpkeep(window_tasks, receiver)

    def tidy(progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():  # one small step after another until asked to stop
            threading.Event().wait(0.001)
        return "stopped"

    upkeep.job = window_tasks.start_job(tidy, receiver.progress, upkeep._ended, upkeep._ended)
    _, release = blocked_task(dialog_tasks, receiver)  # the import, in its dialog's runner
    # If stop() waited for everyone's work, the import would end (by this timer) first.
    watchdog = threading.Timer(5, release.set)
    watchdog.start()
    try:
        upkeep.stop()  # on the GUI thread: must come back while the import still runs
        assert not release.is_set() and upkeep.job is None
        qtbot.waitUntil(lambda: not window_tasks.busy, timeout=5_000)  # the GUI loop runs on
    finally:
        watchdog.cancel()
        release.set()
    assert dialog_tasks.wait(10_000)
    qtbot.waitUntil(lambda: receiver.results == ["imported"], timeout=5_000)


def test_closing_waits_for_the_window_and_its_dialogs_tasks(qtbot) -> None:
    window = Receiver()
    qtbot.addWidget(window)
    dialog = QWidget(window)  # a restore dialog, say, with its own runner
    TaskRunner(window)
    _, release = blocked_task(TaskRunner(dialog), window)
    try:
        assert not wait_for_all(window, 1)  # the dialog's task still runs
    finally:
        release.set()
    assert wait_for_all(window, 10_000)
    qtbot.waitUntil(lambda: window.results == ["imported"], timeout=5_000)
