"""Run slow work (Argon2id unlock, backups, imports) off the GUI thread.

Results come back by queued signal, so the callbacks always run on the GUI thread. Callbacks
should be bound methods of QObjects (widgets), which is what lets Qt queue them to the right
thread; ``test_tasks`` checks that they run on the GUI thread.

A :class:`Job` is a task that also reports progress and can be cancelled: its function is
called as ``fn(progress, cancelled)``, the same pair the transfer services take.

Each runner waits only for its own tasks: the threads come from Qt's shared pool, but
``QThreadPool.waitForDone`` would wait for everyone's work (an import in a dialog held the GUI
while the window only wanted its index tidy-up to stop).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
        self.returned: Callable[[], None] = lambda: None  # set by the runner that owns it

    def run(self) -> None:
        try:
            try:
                result = self.fn()
            except BaseException as exc:
                self.relay.failed.emit(exc)
            else:
                self.relay.done.emit(result)
        finally:
            self.returned()


class Job(Task):
    """A task with progress (``relay.progressed(done, total)``) and a Cancel flag."""

    relay: _JobRelay  # always: given to Task below

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__(lambda: fn(self._report, self._cancel.is_set), _JobRelay())
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        self.relay.progressed.emit(done, total)


class _Outstanding:
    """How many of one runner's tasks have not yet returned from ``run`` (any thread)."""

    def __init__(self) -> None:
        self._count = 0
        self._changed = threading.Condition()

    def add(self) -> None:
        with self._changed:
            self._count += 1

    def remove(self) -> None:
        with self._changed:
            self._count -= 1
            if self._count == 0:
                self._changed.notify_all()

    def wait(self, msecs: int) -> bool:
        """Like ``QThreadPool.waitForDone``: a negative ``msecs`` waits as long as it takes."""
        timeout = None if msecs < 0 else msecs / 1000
        with self._changed:
            return self._changed.wait_for(lambda: self._count == 0, timeout)


class TaskRunner(QObject):
    """Owns running tasks until they report, so nothing is garbage-collected mid-flight."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()
        self.pool = QThreadPool.globalInstance()
        self._outstanding = _Outstanding()

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
        from PySide6.QtCore import Qt  # (here: the window's runner is made by a cold start)

        job = Job(fn)
        job.relay.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        self._launch(job, on_done, on_failed)
        return job

    def _launch(
        self,
        task: Task,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> Task:
        from PySide6.QtCore import Qt  # (the Qt namespace costs a cold start ~19 ms, issue 20)

        task.setAutoDelete(False)
        self._running.add(task)
        self._outstanding.add()
        task.returned = self._outstanding.remove

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
        """Block until this runner's own tasks have returned (not other runners'); their
        callbacks still arrive later, by queued signal. False if ``msecs`` ran out first."""
        return self._outstanding.wait(msecs)


def wait_for_all(root: QObject, msecs: int = 30_000) -> bool:
    """Wait for every runner owned by ``root`` or its children (a window and its dialogs):
    before closing, nothing may still be reading the journal when its key is wiped."""
    runners = [root] if isinstance(root, TaskRunner) else []
    return all([runner.wait(msecs) for runner in runners + root.findChildren(TaskRunner)])
