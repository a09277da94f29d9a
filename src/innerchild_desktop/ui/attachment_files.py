"""Reading a photo the person chose, off the GUI thread: the size is checked from ``stat`` before
a byte is read (services/attachments.read_file), and the read and the thumbnail happen on a pool
thread while the window keeps painting. Every "add a photo" path goes through here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Slot

from innerchild_desktop.services.attachments import read_file
from innerchild_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class PickedPhoto:
    """A chosen photo, in memory: its bytes, its name and a small thumbnail (PNG) if it decodes."""

    data: bytes
    filename: str
    thumbnail: bytes | None


def _read_photo(path: Path) -> PickedPhoto:
    from innerchild_desktop.ui.journal.photos import make_thumbnail  # QImage: fine off-thread

    data = read_file(path)
    return PickedPhoto(data, path.name, make_thumbnail(data))


class _Waiter(QObject):
    """Receives the pool thread's answer on the GUI thread and ends the local event loop."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.loop = QEventLoop(self)
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot(object)
    def done(self, result: object) -> None:
        self.result = result
        self.loop.quit()

    @Slot(object)
    def failed(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.loop.quit()


def read_photo(parent: QObject | None, path: Path) -> PickedPhoto:
    """The photo at ``path`` read on a pool thread; :class:`InvalidInput` in words if it is too
    large or unreadable (the caller shows the sentence). The GUI thread keeps handling events
    (painting, Esc) while it waits; a 200 MB file is refused from its size alone."""
    waiter = _Waiter(parent)
    runner = TaskRunner(waiter)
    try:
        runner.start(lambda: _read_photo(path), waiter.done, waiter.failed)
        if waiter.result is None and waiter.error is None:
            waiter.loop.exec()
        if waiter.error is not None:
            raise waiter.error
        result: PickedPhoto = waiter.result
        return result
    finally:
        runner.wait()
        waiter.deleteLater()
