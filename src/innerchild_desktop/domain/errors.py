"""Errors the user can be told about in words, each with its command-line exit code.

Split as qutebrowser does: a *known* error (these) is shown as one gentle sentence and never as a
traceback; anything else is a bug and is reported with detail (but never with journal content).
Messages must never contain journal text, titles, tags or memories. The default sentences are
said in the current language when the error is raised (``translate`` in ``__init__``, never a
default argument, which would be fixed at import time).
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator

from innerchild_desktop.domain.i18n import translate


class InnerChildError(Exception):
    """A problem we can explain to the user. ``str(err)`` is the sentence to show."""

    exit_code = 1


class WrongPassphrase(InnerChildError):
    exit_code = 3

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "domain.errors",
                "That passphrase doesn't open this journal. Take your time and try again.",
            )
        )


class WrongRecoveryKey(WrongPassphrase):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "domain.errors",
                "That recovery key doesn't open this journal. "
                "Check it letter by letter and try again.",
            )
        )


class WrongBackupPassphrase(WrongPassphrase):
    """A backup (.icbackup) was asked for with a passphrase that does not open it."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "domain.errors",
                "That passphrase doesn't open this backup. It needs the passphrase the "
                "journal had when the backup was made (or the recovery key it had then).",
            )
        )


class WrongBackupRecoveryKey(WrongRecoveryKey):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "domain.errors",
                "That recovery key doesn't open this backup: only the recovery key the journal "
                "had when the backup was made can. Check it letter by letter and try again.",
            )
        )


class JournalDamaged(InnerChildError):
    """The key was right (or could not be checked) but the files cannot be read."""

    exit_code = 4


class JournalMissing(JournalDamaged):
    pass


class KeyFileMissing(JournalDamaged):
    pass


class JournalFolderReadOnly(InnerChildError):
    """The journal's folder cannot be written (read-only drive, no permission): exit 1."""

    def __init__(self, folder: object) -> None:
        super().__init__(
            translate(
                "domain.errors",
                "Inner Child cannot write in the journal's folder {folder}: it is read-only "
                "(perhaps a locked drive, or a folder without write permission). Nothing was "
                "changed. Allow writing there, or copy the folder somewhere you can write and "
                "point --data-dir at the copy.",
            ).format(folder=folder)
        )


class JournalReadOnly(InnerChildError):
    """The journal was opened for reading only (its folder is read-only) and a write was asked."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "domain.errors",
                "This journal's folder is read-only, so Inner Child can show entries "
                "but cannot save changes.",
            )
        )


class JournalTooNew(InnerChildError):
    exit_code = 5


class JournalInUse(InnerChildError):
    pass


class JournalExists(InnerChildError):
    pass


class InvalidInput(InnerChildError):
    """Input the user gave (a file, a date, an option) that we cannot use; nothing was changed."""


class BackupDamaged(JournalDamaged):
    """Part of a backup (.icbackup) cannot be read; the journal itself is not concerned."""


class DiskFull(InnerChildError):
    """The disk (or the user's quota) is full: not damage, and nothing was changed. Exit 6."""

    exit_code = 6

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "domain.errors",
                "The disk is full, so Inner Child could not write. Nothing was changed: "
                "free some space (empty the bin, move large files elsewhere), then try again.",
            )
        )


_DISK_FULL_ERRNOS = frozenset(
    n for n in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if n is not None
)
_SQLITE_FULL = 13  # the primary result code; extended codes keep it in the low byte


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or an exception it was raised from) says the disk or quota is full.

    SQLite reports it as SQLITE_FULL, "database or disk is full"; the OS as ENOSPC or EDQUOT.
    A full disk must never be called damage: the advice for damage (restore a backup) would
    only make it worse.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DiskFull):
            return True
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == _SQLITE_FULL:
            return True
        if "database or disk is full" in str(exc).lower() and not isinstance(exc, InnerChildError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def raise_if_disk_full(exc: BaseException) -> None:
    """Raise :class:`DiskFull` (from ``exc``) when ``exc`` means a full disk; else return."""
    if isinstance(exc, DiskFull):
        raise exc
    if is_disk_full(exc):
        raise DiskFull() from exc


@contextlib.contextmanager
def disk_full_in_words() -> Iterator[None]:
    """Turn a full-disk OSError or SQLite error raised inside into :class:`DiskFull`.

    Anything else passes through untouched (damage stays damage, bugs stay bugs).
    """
    try:
        yield
    except Exception as exc:
        raise_if_disk_full(exc)
        raise
