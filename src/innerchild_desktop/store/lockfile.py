"""One writer at a time: an OS advisory lock on ``journal.lock``.

An OS lock (not a PID file) is released by the kernel when the process dies, even on kill -9, so
a crash never leaves the journal locked. QLockFile would do the same but store/ must not import Qt.

The lock is taken on the journal's *folder* as well as on ``journal.lock``: a lock on a file that
someone deletes while the app runs guards nothing (the next process creates a new file and locks
that), but the folder cannot be deleted while it holds the journal. The file lock stays for
older versions of the app, which lock only the file.

A journal in a read-only folder is opened for reading with a *shared* lock on the folder only:
no lock file is written, several readers may look at once, and a writer (exclusive) is refused
while one reads.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from innerchild_desktop.domain.errors import JournalFolderReadOnly, JournalInUse

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


class JournalLock:
    def __init__(self, path: Path, *, shared: bool = False) -> None:
        self.path = path
        self.shared = shared  # a reader of a read-only folder: folder lock only, no file
        self._fd: int | None = None
        self._dir_fd: int | None = None
        self._created = False
        self._held = False

    def acquire(self) -> None:
        self._dir_fd = _lock_folder(self.path.parent, shared=self.shared)
        if not self.shared:
            try:
                self._fd = self._lock_file()
            except BaseException:
                _close(self._dir_fd)
                self._dir_fd = None
                raise
        self._held = True

    def _lock_file(self) -> int:
        self._created = not self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise JournalFolderReadOnly(self.path.parent) from exc
            raise
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise JournalInUse(_IN_USE) from exc
        return fd

    def release(self, remove_if_created: bool = False) -> None:
        if not self._held:
            return
        if remove_if_created and self._created and not self.shared:
            self.path.unlink(missing_ok=True)
        _close(self._fd)  # closing the descriptors drops the locks
        _close(self._dir_fd)
        self._fd = self._dir_fd = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

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


_IN_USE = (
    "This journal is already open in another Inner Child window or command. Close that one "
    "first, then try again."
)


def _lock_folder(folder: Path, *, shared: bool) -> int | None:
    """Lock an open descriptor of ``folder`` (None where folders cannot be opened: Windows,
    where an open lock file cannot be deleted anyway)."""
    if sys.platform == "win32":  # pragma: no cover
        return None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # e.g. a folder we may not even list: the file lock still decides
        return None
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise JournalInUse(_IN_USE) from exc
    return fd


def _close(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)
