"""Run slow work (Argon2id unlock, backups, imports) off the GUI thread.

Results come back by queued signal, so the callbacks always run on the GUI thread. Callbacks
should be bound methods of QObjects (widgets), which is what lets Qt queue them to the right
thread; ``test_tasks`` checks that they run on the GUI thread.

A :class:`Job` is a task that also reports progress and can be cancelled: its function is
called as ``fn(progress, cancelled)``, the same pair the transfer services take.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _JobRelay(_Relay):
    progressed = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay or _Relay()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Job(Task):
    """A task with progress (``relay.progressed(done, total)``) and a Cancel flag."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__(lambda: fn(self._report, self._cancel.is_set), _JobRelay())
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        self.relay.progressed.emit(done, total)  # type: ignore[attr-defined]


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
        return self._launch(Task(fn), on_done, on_failed)

    def start_job(
        self,
        fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        on_progress: Callable[[int, int], None],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        job = Job(fn)
        job.relay.progressed.connect(  # type: ignore[attr-defined]
            on_progress, Qt.ConnectionType.QueuedConnection
        )
        self._launch(job, on_done, on_failed)
        return job

    def _launch(
        self,
        task: Task,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> Task:
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
