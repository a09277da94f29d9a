"""`passwd` against an unlock (issue 20): a passphrase change derives two keys, the old one's
and the new one's, with the KDF calibrated at setup; so it should cost about two unlocks."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import measure

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store.keyslots import KdfParams, KeySlotFile
from innerchild_desktop.store.opening import create_journal

_PASSPHRASES = ("first bench passphrase, not a secret", "second bench passphrase, not a secret")


def bench_passwd(kdf: KdfParams, repeat: int) -> dict[str, object]:
    """Unlocks and passphrase changes, alternating, on a new journal with ``kdf``."""
    scratch = Path(tempfile.mkdtemp(prefix="innerchild-bench-passwd-"))
    unlocks: list[float] = []
    changes: list[float] = []
    try:
        paths = JournalPaths(scratch / "journal")
        journal, _ = create_journal(paths, _PASSPHRASES[0], kdf)
        access = AccessService(paths)  # no KDF given: what the app does
        with journal:
            for rep in range(max(repeat, 3)):
                old, new = _PASSPHRASES[rep % 2], _PASSPHRASES[(rep + 1) % 2]
                slots = KeySlotFile.load(paths.key_slots)
                start = time.perf_counter()
                slots.unlock(old)
                unlocks.append(time.perf_counter() - start)
                start = time.perf_counter()
                access.change_passphrase(journal, old, new)  # the window's dialog: old and new
                changes.append(time.perf_counter() - start)
            kept = KeySlotFile.load(paths.key_slots).slots[0].kdf == kdf
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    unlock, change = measure.summary(unlocks), measure.summary(changes)
    return {
        "unlock_s": unlock,
        "passwd_s": change,
        "passwd_vs_unlock_ratio": change["median"] / unlock["median"],
        "passwd_kept_setup_kdf": kept,
    }
