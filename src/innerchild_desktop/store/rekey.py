"""A new master key for the journal ("Someone may know my old passphrase").

Changing the passphrase only rewraps the master key (store/keyslots.py): whoever kept the old
passphrase *and* an old ``keyslots.json`` (every backup holds one) still has the master key, and
the master key opens the current journal. Renewing the key re-encrypts the whole journal under a
fresh master key, so the old passphrase, the old recovery key and every old key file open only
the old copies they came with.

The journal is never rekeyed in place. An encrypted copy under the new key is staged beside it
(``sqlcipher_export`` into ``journal.db.rekey``), with the new key file (``keyslots.rekey.json``),
and an intent file (``rekey-intent.json``, no secret in it) says a swap is under way. Then:

1. every connection to the journal is closed (its write-ahead log is folded in and removed);
2. ``journal.db.rekey`` is renamed over ``journal.db`` — the commit point;
3. ``keyslots.rekey.json`` is renamed over ``keyslots.json``;
4. the intent file is removed.

A crash anywhere leaves a journal that opens with the old or the new key material, never
neither: before step 2 the old database and old key file are untouched; after it, the new key
file is beside the intent. The next open (:func:`finish_interrupted`, under the journal lock)
undoes an unfinished swap whose staged database is still there, and completes one whose
database is already in place. The journal id stays the same, so key files keep their meaning.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store import settings
from innerchild_desktop.store.atomic import atomic_write_bytes, fsync_dir
from innerchild_desktop.store.keyslots import (
    KdfParams,
    KeySlotFile,
    key_check,
    wrap_with_passphrase,
)
from innerchild_desktop.store.lockfile import JournalLock

INTENT_FORMAT = "innerchild-rekey-intent"


class RekeyFailed(InnerChildError):
    """The new key could not be put in place; the journal still opens as before."""


@dataclass(frozen=True)
class RekeyFiles:
    intent: Path
    staged_db: Path
    staged_slots: Path


def files(paths: JournalPaths) -> RekeyFiles:
    return RekeyFiles(
        intent=paths.root / "rekey-intent.json",
        staged_db=paths.database.with_name(paths.database.name + ".rekey"),
        staged_slots=paths.root / "keyslots.rekey.json",
    )


def _step(name: str) -> None:
    """A named point in the swap; the crash tests stop the process here (never in the app)."""


def _remove_staged(paths: JournalPaths) -> None:
    staged = files(paths)
    for path in (
        staged.staged_db,
        staged.staged_db.with_name(staged.staged_db.name + "-journal"),
        staged.staged_db.with_name(staged.staged_db.name + "-wal"),
        staged.staged_db.with_name(staged.staged_db.name + "-shm"),
        staged.staged_slots,
    ):
        path.unlink(missing_ok=True)


def renewal_time() -> str:
    """Now, as recorded for a renewal: UTC to the second, like a backup's time."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def renewed_at(conn: Any) -> datetime | None:
    """When the journal last got a new key (None: never, or before this was recorded)."""
    value = settings.get_setting(conn, settings.KEY_RENEWED_AT)
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def stage(
    paths: JournalPaths,
    conn: Any,
    new_master: bytes,
    journal_id: str,
    new_passphrase: str,
    kdf: KdfParams,
) -> None:
    """Write the journal under ``new_master`` and its new key file beside it, then the intent.

    ``conn`` is a connection of its own to the journal under the old key. Writers wait while
    the copy is made (BEGIN IMMEDIATE), so nothing saved meanwhile is left out of it. The
    caller holds the journal lock. Nothing the journal opens with is touched here.
    """
    staged = files(paths)
    _remove_staged(paths)  # an earlier attempt that stopped before its intent: never user data
    os.close(os.open(staged.staged_db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn.execute(
            f"ATTACH DATABASE ? AS renewed KEY \"x'{bytes(new_master).hex()}'\"",
            (str(staged.staged_db),),
        )
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("SELECT sqlcipher_export('renewed')")
                version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
                conn.execute(f"PRAGMA renewed.user_version = {version}")
                # When: backups made before it open only with the key material of then.
                settings.set_setting(
                    conn, settings.KEY_RENEWED_AT, renewal_time(), database="renewed"
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            copied = conn.execute(
                "SELECT value FROM renewed.meta WHERE key = 'journal_id'"
            ).fetchone()
            check = [str(r[0]) for r in conn.execute("PRAGMA renewed.quick_check")]
        finally:
            conn.execute("DETACH DATABASE renewed")
        if copied is None or copied[0] != journal_id or check != ["ok"]:
            raise RekeyFailed(
                "The journal could not be copied under a new key. Nothing was changed; "
                "your passphrase and recovery key are the same as before."
            )
        with open(staged.staged_db, "rb+") as handle:
            os.fsync(handle.fileno())
        _step("staged_db")
        slot = wrap_with_passphrase(new_master, new_passphrase, journal_id, kdf)
        KeySlotFile(journal_id, key_check(bytes(new_master)), (slot,)).save(staged.staged_slots)
        _step("staged_slots")
        intent = {
            "format": INTENT_FORMAT,
            "version": 1,
            "journal_id": journal_id,
            "new_key_check": key_check(bytes(new_master)),
            # SQLCipher's per-file salt (the first 16 bytes, stored in the clear): it tells the
            # staged database from any other that a restore may have put in place meanwhile.
            "salt": _salt(staged.staged_db),
            "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        atomic_write_bytes(staged.intent, (json.dumps(intent, indent=2) + "\n").encode())
    except BaseException:
        if not staged.intent.exists():
            _remove_staged(paths)
        raise
    _step("intent")


def swap(paths: JournalPaths, close_connections: Callable[[], None]) -> None:
    """Put the staged journal and key file in place (see the module docstring).

    An error before the commit point undoes the swap and is raised, with everything as before
    (the caller opens its connections again under the old key); after it, the swap stands.
    """
    staged = files(paths)
    try:
        close_connections()
        # The last connection to close folds the write-ahead log in and removes it and the
        # shared-memory file. Either still there means another connection is open (a worker
        # in this app): its writes would go to the old file and be lost, so stop.
        if any(sidecar.exists() for sidecar in paths.sidecars()):
            raise RekeyFailed(
                "Inner Child is still busy with your journal (an import, an export or a "
                "backup), so its key was not renewed. Nothing was changed; try again once "
                "that is done."
            )
        _step("closed")
        os.replace(staged.staged_db, paths.database)
    except BaseException:
        if staged.staged_db.exists():  # not committed: undo, the old key still opens it
            roll_back(paths)
        raise
    _step("db_replaced")
    try:
        fsync_dir(paths.root)
        complete(paths)
    except OSError:  # committed: the next open puts the new key file in place
        pass


def roll_back(paths: JournalPaths) -> None:
    _remove_staged(paths)
    files(paths).intent.unlink(missing_ok=True)
    fsync_dir(paths.root)


def _salt(db: Path) -> str:
    try:
        with open(db, "rb") as handle:
            return handle.read(16).hex()
    except OSError:
        return ""


def _intent_salt(paths: JournalPaths) -> str | None:
    try:
        salt = json.loads(files(paths).intent.read_bytes()).get("salt")
    except (OSError, ValueError, AttributeError):
        return None
    return salt if isinstance(salt, str) else None


def complete(paths: JournalPaths) -> None:
    staged = files(paths)
    if staged.staged_slots.exists():
        expected = _intent_salt(paths)
        if expected is not None and expected != _salt(paths.database):
            # Another journal file stands here now (a backup restored after the crash): the
            # new key file is not its. Kept aside, never lost: it opens the renewed copy.
            stamp = f"{datetime.now(UTC):%Y%m%d-%H%M%S}"
            os.replace(staged.staged_slots, paths.root / f"keyslots.renewed-{stamp}.json")
        else:
            os.replace(staged.staged_slots, paths.key_slots)
        fsync_dir(paths.root)
    _step("slots_replaced")
    staged.intent.unlink(missing_ok=True)
    fsync_dir(paths.root)


def finish_interrupted(paths: JournalPaths, lock: JournalLock | None = None) -> str | None:
    """Complete or undo a swap a crash interrupted; returns "completed", "undone" or None.

    Called before the key file is read on every open. Takes the journal lock unless the
    caller passes the one it holds (JournalInUse if another process has it).
    """
    staged = files(paths)
    if not staged.intent.exists():
        if staged.staged_db.exists() or staged.staged_slots.exists():
            with _locked(paths, lock):
                if not staged.intent.exists():
                    _remove_staged(paths)  # stopped before the intent: never used
        return None
    with _locked(paths, lock):
        if not staged.intent.exists():  # another process finished it while we waited
            return None
        if staged.staged_db.exists():
            roll_back(paths)
            return "undone"
        complete(paths)
        return "completed"


class _locked:
    def __init__(self, paths: JournalPaths, held: JournalLock | None) -> None:
        self.lock = None if held is not None and held.held else JournalLock(paths.lock)

    def __enter__(self) -> None:
        if self.lock is not None:
            self.lock.acquire()

    def __exit__(self, *exc: object) -> None:
        if self.lock is not None:
            self.lock.release()
