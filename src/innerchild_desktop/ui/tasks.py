"""Run slow work (Argon2id unlock, backups, imports) off the GUI thread.

Results come back by queued signal, so the callbacks always run on the GUI thread. Callbacks
should be bound methods of QObjects (widgets), which is what lets Qt queue them to the right
thread; ``test_tasks`` checks that they run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """Owns running tasks until they report, so nothing is garbage-collected mid-flight."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()
        self.pool = QThreadPool.globalInstance()

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> Task:
        task = Task(fn)
        task.setAutoDelete(False)
        self._running.add(task)

        def finish(_: object, task: Task = task) -> None:
            self._running.discard(task)

        task.relay.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
        task.relay.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
        task.relay.done.connect(finish, Qt.ConnectionType.QueuedConnection)
        task.relay.failed.connect(finish, Qt.ConnectionType.QueuedConnection)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
