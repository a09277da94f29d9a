"""Getting in: change the passphrase, show the recovery key again, recover with it.

Each call runs Argon2id (about half a second on purpose), so the app calls them off the GUI
thread. None of them reads the open journal's key buffer: locking while one runs zeroes that
buffer, and a slot wrapping zeros would open nothing. They go by the key slot file instead.

The recovery key *is* the master key in a typable form (store/keyslots.py), so it can be shown
again at any time to someone who proves they can open the journal: their passphrase unwraps
the master key from its slot, and the key is formatted from that.
"""

from __future__ import annotations

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store import vault
from innerchild_desktop.store.keyslots import KdfParams, KeySlotFile, format_recovery_key


def change_passphrase(
    journal: vault.Journal, old: str, new: str, kdf: KdfParams | None = None
) -> None:
    """Rewrap the journal's key under ``new``; raises WrongPassphrase (nothing written) if
    ``old`` does not open it. The recovery key stays the same."""
    journal.change_passphrase(old, new, kdf)


def recovery_key_again(journal: vault.Journal, passphrase: str) -> str:
    """The journal's recovery key, once ``passphrase`` is confirmed; raises WrongPassphrase."""
    master = KeySlotFile.load(journal.paths.key_slots).unlock(passphrase)
    try:
        return format_recovery_key(bytes(master))
    finally:
        for i in range(len(master)):  # best effort, as when the journal locks
            master[i] = 0


def recover(paths: JournalPaths, recovery_key: str, new: str, kdf: KdfParams | None = None) -> None:
    """Set a new passphrase with the recovery key (also when the key slot file is lost)."""
    vault.recover_access(paths, recovery_key, new, kdf)
