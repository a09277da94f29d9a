"""One writer at a time: an OS advisory lock on ``journal.lock``.

An OS lock (not a PID file) is released by the kernel when the process dies, even on kill -9, so
a crash never leaves the journal locked. QLockFile would do the same but store/ must not import Qt.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from types import TracebackType

from innerchild_desktop.domain.errors import JournalFolderReadOnly, JournalInUse

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


class JournalLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._created = False

    def acquire(self) -> None:
        self._created = not self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise JournalFolderReadOnly(self.path.parent) from exc
            raise
        try:
            if os.name == "nt":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise JournalInUse(
                "This journal is already open in another Inner Child window or "
                "command. Close that one first, then try again."
            ) from exc
        self._fd = fd

    def release(self, remove_if_created: bool = False) -> None:
        if self._fd is None:
            return
        if remove_if_created and self._created:
            self.path.unlink(missing_ok=True)
        os.close(self._fd)  # closing the descriptor drops the lock
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> JournalLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
