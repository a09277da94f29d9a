"""Getting in: create or open the journal, change the passphrase or renew the key itself, show
the recovery key again, recover with it.

:class:`AccessService` works while the journal is locked: it is built from the journal's paths
(and the key derivation cost) alone, and the journal it opens is handed back to the caller.

Argon2id takes about half a second on purpose, so the app calls these off the GUI thread. None
of them reads the open journal's key buffer: locking while one runs zeroes that buffer, and a
slot wrapping zeros would open nothing. They go by the key slot file instead.

The recovery key *is* the master key in a typable form (store/keyslots.py), so it can be shown
again at any time to someone who proves they can open the journal: their passphrase unwraps
the master key from its slot, and the key is formatted from that.
"""

from __future__ import annotations

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import opening
from innerchild_desktop.store.keyslots import (
    KdfParams,
    KeySlotFile,
    calibrate_kdf,
    format_recovery_key,
)


class AccessService:
    """The ways into one journal folder; needs no open journal."""

    def __init__(self, paths: JournalPaths, kdf: KdfParams | None = None) -> None:
        self.paths = paths
        self.kdf = kdf  # None: calibrated on this machine when a key is wrapped

    def exists(self) -> bool:
        """Whether there is a journal here (a restore a crash cut short is settled first)."""
        return opening.journal_exists(self.paths)

    def create(self, passphrase: str) -> tuple[OpenJournal, str]:
        """A new journal, open, and its recovery key to show once; never replaces one."""
        return opening.create_journal(self.paths, passphrase, self.kdf)

    def open(self, passphrase: str) -> OpenJournal:
        """Unlock with the passphrase; raises WrongPassphrase and friends, writing nothing."""
        return opening.open_journal(self.paths, passphrase)

    def open_with_recovery_key(self, recovery_key: str) -> OpenJournal:
        return opening.open_with_recovery_key(self.paths, recovery_key)

    def change_passphrase(
        self, journal: OpenJournal, old: str | None, new: str, *, recalibrate: bool = False
    ) -> None:
        """Rewrap the journal's key under ``new``; raises WrongPassphrase (nothing written) if
        ``old`` does not open it. The recovery key stays the same.

        Two key derivations (old and new) with the cost calibrated at setup; ``recalibrate``
        measures this machine again first (it may have become faster or slower). ``old=None``:
        ``journal`` was opened with the old passphrase just now (the command line asks once).
        """
        kdf = calibrate_kdf() if recalibrate and self.kdf is None else self.kdf
        journal.change_passphrase(old, new, kdf)

    def renew_key(self, journal: OpenJournal, old: str, new: str) -> str:
        """For "someone may know my old passphrase": re-encrypt the journal under a new master
        key, with ``new`` as its passphrase, and return the new recovery key.

        Afterwards the old passphrase, the old recovery key and every old key file (backups
        hold one) open only the old copies they came with, never this journal. The time is
        recorded in the journal (``BackupService.key_renewed_at``), so older backups can say
        so. Takes as long as copying the journal; raises WrongPassphrase (nothing written) if
        ``old`` does not open it.
        """
        return journal.renew_master_key(old, new, self.kdf)

    def recovery_key_again(self, journal: OpenJournal, passphrase: str) -> str:
        """The journal's recovery key, once ``passphrase`` is confirmed; raises
        WrongPassphrase."""
        master = KeySlotFile.load(journal.paths.key_slots).unlock(passphrase)
        try:
            return format_recovery_key(bytes(master))
        finally:
            for i in range(len(master)):  # best effort, as when the journal locks
                master[i] = 0

    def recover(self, recovery_key: str, new: str) -> None:
        """Set a new passphrase with the recovery key (also when the key slot file is lost)."""
        opening.recover_access(self.paths, recovery_key, new, self.kdf)
