"""Durable, atomic replacement of files: key slots, intents, the safety plan, backups, exports.

Write beside the target, fsync the file, rename over the target, fsync the directory: after a
crash the old or the new file is there, never a torn one; on any error (or a cancel) the scratch
file is removed. This is the only copy of that sequence: services/transfer/common.py wraps
:class:`AtomicFile` to say OS errors in words. Nothing secret is ever written here in plaintext
by the store; exports (plaintext the person asked for) are owner-only.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open directories
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def scratch_name(path: Path) -> Path:
    """The hidden name ``path`` is written under (store/leftovers.py tidies what a kill left)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")


class AtomicFile:
    """A file being written under a scratch name beside ``path``, created with ``mode``.

    :meth:`commit` puts it in place durably, :meth:`discard` removes it. Most callers want
    :func:`atomic_writer`; this class is for one that tells its own errors from the disk's.
    """

    def __init__(self, path: Path, mode: int = 0o600, scratch: Path | None = None) -> None:
        self.path = path
        self.scratch = scratch if scratch is not None else scratch_name(path)
        fd = os.open(self.scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            self.handle: BinaryIO = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self.scratch.unlink(missing_ok=True)
            raise

    def commit(self) -> None:
        """fsync the file, rename it over the target, fsync the folder."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.scratch, self.path)
        fsync_dir(self.path.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # a full disk again while flushing: the file goes
            self.handle.close()
        self.scratch.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600, scratch: Path | None = None) -> Iterator[BinaryIO]:
    """A binary handle whose bytes replace ``path`` durably when the block ends without error."""
    pending = AtomicFile(path, mode, scratch)
    try:
        yield pending.handle
        pending.commit()
    except BaseException:
        pending.discard()
        raise


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    with atomic_writer(path, mode) as handle:
        handle.write(data)


def read_json_object(path: Path, max_bytes: int) -> dict[str, Any]:
    """The JSON object in one of the small owner-only files beside the journal (the lock
    screen's safety plan, reminders), or {} when it is missing, too big, damaged or not an
    object: those files are read while locked and must never stop the window from opening."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            return {}
        value = json.loads(data.decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return {}
    return value if isinstance(value, dict) else {}
