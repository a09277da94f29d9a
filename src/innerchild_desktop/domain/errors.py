"""Errors the user can be told about in words, each with its command-line exit code.

Split as qutebrowser does: a *known* error (these) is shown as one gentle sentence and never as a
traceback; anything else is a bug and is reported with detail (but never with journal content).
Messages must never contain journal text, titles, tags or memories.
"""

from __future__ import annotations


class InnerChildError(Exception):
    """A problem we can explain to the user. ``str(err)`` is the sentence to show."""

    exit_code = 1


class WrongPassphrase(InnerChildError):
    exit_code = 3

    def __init__(
        self,
        message: str = "That passphrase doesn't open this journal. Take your time and try again.",
    ) -> None:
        super().__init__(message)


class WrongRecoveryKey(WrongPassphrase):
    def __init__(
        self,
        message: str = "That recovery key doesn't open this journal. "
        "Check it letter by letter and try again.",
    ) -> None:
        super().__init__(message)


class WrongBackupPassphrase(WrongPassphrase):
    """A backup (.icbackup) was asked for with a passphrase that does not open it."""

    def __init__(
        self,
        message: str = "That passphrase doesn't open this backup. It needs the passphrase the "
        "journal had when the backup was made (or that journal's recovery key).",
    ) -> None:
        super().__init__(message)


class WrongBackupRecoveryKey(WrongRecoveryKey):
    def __init__(
        self,
        message: str = "That recovery key doesn't open this backup: only the recovery key of "
        "the journal that made it can. Check it letter by letter and try again.",
    ) -> None:
        super().__init__(message)


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
            f"Inner Child cannot write in the journal's folder {folder}: it is read-only "
            "(perhaps a locked drive, or a folder without write permission), and even reading "
            "needs the journal's lock file there. Nothing was changed. Allow writing there, or "
            "copy the folder somewhere you can write and point --data-dir at the copy."
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
