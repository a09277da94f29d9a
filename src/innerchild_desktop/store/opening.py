"""Creating a journal and opening one: with the passphrase, with the recovery key, and setting
a new passphrase with the recovery key.

Opening is careful to write nothing until it is sure the journal is ours and readable:

1. the key slot file is read and the passphrase checked there (a wrong passphrase never reaches
   SQLite, so it cannot be mistaken for damage);
2. the single-writer lock is taken;
3. the database is probed through a *read-only* connection (page 1, schema, version), and any
   ``-wal``/``-shm`` file the probe itself created is removed again;
4. only then is the read-write connection opened, an encrypted snapshot taken if a migration is
   due, and the migrations run (:mod:`migrate`).

A failure at any step leaves every pre-existing file byte-identical (tested).
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

from innerchild_desktop import __version__
from innerchild_desktop.domain.errors import (
    InnerChildError,
    InvalidInput,
    JournalDamaged,
    JournalExists,
    JournalFolderReadOnly,
    JournalMissing,
    JournalTooNew,
    KeyFileMissing,
    WrongRecoveryKey,
    raise_if_disk_full,
)
from innerchild_desktop.paths import JournalPaths, ensure_private_dir
from innerchild_desktop.store import (
    leftovers,
    migrate,
    rekey,
    restore_swap,
    schema,
    settings,
    vault,
)
from innerchild_desktop.store.atomic import fsync_dir
from innerchild_desktop.store.keyslots import (
    KdfParams,
    KeySlotFile,
    calibrate_kdf,
    format_recovery_key,
    key_check,
    new_master_key,
    parse_recovery_key,
    wrap_with_passphrase,
)
from innerchild_desktop.store.lockfile import JournalLock
from innerchild_desktop.store.vault import (
    DatabaseError,
    Journal,
    _sidecars,
    connect,
    connect_read_only,
    transaction,
)

_DAMAGED = (
    "The journal file is damaged or is not an Inner Child journal, so it could not be "
    "opened. Nothing was changed. A backup can be restored with 'innerchild restore'."
)
_DAMAGED_OR_FOREIGN = (
    "The passphrase opened the key file, but that key does not open the journal file: the "
    "journal file may be damaged, or the key file (keyslots.json) may belong to another "
    "journal or be an old copy from before this journal's key was renewed. Nothing was "
    "changed. Your recovery key can still open this journal with 'innerchild recover'; "
    "otherwise a backup can be restored with 'innerchild restore'."
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def journal_exists(paths: JournalPaths) -> bool:
    """Whether there is a journal here, once a restore cut short by a crash is settled (without
    that, a journal half-way through its restore would look like no journal at all)."""
    restore_swap.settle(paths)
    return paths.database.exists()


def create_journal(
    paths: JournalPaths, passphrase: str, kdf: KdfParams | None = None
) -> tuple[Journal, str]:
    """Create a new journal; returns it open, with the recovery key to show the user once.

    Never replaces an existing journal: the check is made again once the lock is held (another
    setup may have finished in between), and the finished database is put in place with a
    no-replace link, so even a database that appears meanwhile is left as it is.
    """
    _require_folder(paths)
    exists = JournalExists(f"There is already a journal in {paths.root}. Nothing was changed.")
    if journal_exists(paths):
        raise exists
    try:
        ensure_private_dir(paths.root)
    except (NotADirectoryError, FileExistsError) as exc:
        raise InvalidInput(
            f"{paths.root} cannot be a folder: part of that path is a file. Point --data-dir at "
            "a new, empty folder. Nothing was changed."
        ) from exc
    except PermissionError as exc:
        raise JournalFolderReadOnly(paths.root.parent) from exc
    lock = JournalLock(paths.lock)
    lock.acquire()
    staging = paths.database.with_name(paths.database.name + ".new")
    try:
        if journal_exists(paths):  # another setup won the race between our check and the lock
            raise exists
        for leftover in (staging, *_sidecars(staging)):
            leftover.unlink(missing_ok=True)  # an interrupted earlier setup; never user data
        master = new_master_key()
        journal_id = str(uuid.uuid4())
        # Create the file owner-only ourselves: SQLite gives -wal/-shm the same mode.
        os.close(os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        conn = connect(staging, master, mode="rwc")
        try:
            migrate.migrate(conn, 0)
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("journal_id", journal_id),
                        ("created_at", _now()),
                        ("created_by", __version__),
                    ],
                )
                for key, value in settings.NEW_JOURNAL_SETTINGS.items():
                    settings.set_setting(conn, key, value)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        if paths.key_slots.exists():  # orphaned by a lost database: keep, never overwrite
            paths.key_slots.rename(
                paths.key_slots.with_name(
                    f"keyslots.orphaned-{datetime.now(UTC):%Y%m%d-%H%M%S}.json"
                )
            )
        slot = wrap_with_passphrase(master, passphrase, journal_id, kdf or calibrate_kdf())
        if journal_exists(paths):
            raise exists
        KeySlotFile(journal_id, key_check(bytes(master)), (slot,)).save(paths.key_slots)
        _place_without_replacing(staging, paths.database, exists)
        fsync_dir(paths.root)
        recovery = format_recovery_key(bytes(master))
        conn = connect(paths.database, master)
    except BaseException:
        for leftover in (staging, *_sidecars(staging)):
            leftover.unlink(missing_ok=True)
        lock.release()
        raise
    return Journal(paths, conn, master, lock, journal_id), recovery


def _place_without_replacing(staging: Path, target: Path, exists: JournalExists) -> None:
    """Move ``staging`` to ``target`` only if ``target`` does not exist (a hard link fails
    atomically if it does); where links are not supported, a rename after a last check."""
    try:
        os.link(staging, target)
    except FileExistsError:
        raise exists from None
    except OSError:
        if target.exists():
            raise exists from None
        os.replace(staging, target)
        return
    staging.unlink()


def open_journal(paths: JournalPaths, passphrase: str) -> Journal:
    """Unlock with the passphrase. Raises a typed InnerChildError; a failure writes nothing."""
    _require_database(paths)
    rekey.finish_interrupted(paths)  # a key renewal a crash cut short: complete or undo it
    slots = KeySlotFile.load(paths.key_slots)
    master = slots.unlock(passphrase)
    try:
        journal = _open_with_key(paths, master, slots.journal_id)
    except JournalDamaged as exc:
        if str(exc) != _DAMAGED:
            raise
        # The key file opened but its key does not read the database: either the database is
        # damaged or the key file beside it belongs to another journal (copied over by hand).
        raise JournalDamaged(_DAMAGED_OR_FOREIGN) from exc
    if not journal.read_only:
        _strengthen_slot(paths, slots, journal, passphrase)
    return journal


def _strengthen_slot(
    paths: JournalPaths, slots: KeySlotFile, journal: Journal, passphrase: str
) -> None:
    """Rewrap a slot weaker than today's floor (an older calibration) with the passphrase that
    just opened it; atomic, and never a reason for the unlock to fail."""
    try:
        stronger = slots.strengthened(bytes(journal._master_key), passphrase)
        if stronger is not None:
            stronger.save(paths.key_slots)
    except OSError:
        pass


def open_with_recovery_key(paths: JournalPaths, recovery_key: str) -> Journal:
    """Unlock with the recovery key; works even when the key slot file is missing or damaged."""
    _require_database(paths)
    rekey.finish_interrupted(paths)
    master = parse_recovery_key(recovery_key)
    expected_id: str | None = None
    try:
        slots = KeySlotFile.load(paths.key_slots)
    except (KeyFileMissing, JournalDamaged):
        slots = None
    if slots is not None and slots.key_check != key_check(bytes(master)):
        # The key file may belong to another journal (copied over by hand): the database
        # itself is the last word on whether this recovery key is the right one.
        try:
            return _open_with_key(paths, master, None)
        except JournalDamaged as exc:
            raise WrongRecoveryKey() from exc
    if slots is not None:
        expected_id = slots.journal_id
    try:
        return _open_with_key(paths, master, expected_id)
    except JournalDamaged as exc:
        if slots is None:  # nothing else could confirm the key: say both possibilities
            raise WrongRecoveryKey(
                "That recovery key does not open this journal (or the journal "
                "file is damaged). Nothing was changed."
            ) from exc
        raise


def recover_access(
    paths: JournalPaths, recovery_key: str, new_passphrase: str, kdf: KdfParams | None = None
) -> None:
    """Set a new passphrase using the recovery key, recreating the key slot file if needed."""
    journal = open_with_recovery_key(paths, recovery_key)
    try:
        master = parse_recovery_key(recovery_key)
        if paths.key_slots.exists():
            stamp = f"{datetime.now(UTC):%Y%m%d-%H%M%S}"
            try:
                existing = KeySlotFile.load(paths.key_slots)
            except InnerChildError:  # keep the damaged file for inspection, never destroy it
                paths.key_slots.rename(paths.key_slots.with_name(f"keyslots.damaged-{stamp}.json"))
            else:
                if existing.key_check != key_check(bytes(master)):  # another journal's file
                    paths.key_slots.rename(
                        paths.key_slots.with_name(f"keyslots.foreign-{stamp}.json")
                    )
        slot = wrap_with_passphrase(
            master, new_passphrase, journal.journal_id, kdf or calibrate_kdf()
        )
        KeySlotFile(journal.journal_id, key_check(bytes(master)), (slot,)).save(paths.key_slots)
    finally:
        journal.close()


def _require_folder(paths: JournalPaths) -> None:
    """A --data-dir that names a file (not a folder) is one sentence, not a stack trace."""
    if paths.root.exists() and not paths.root.is_dir():
        raise InvalidInput(
            f"{paths.root} is a file, not a folder: point --data-dir at the folder that holds "
            "your journal (or at a new, empty folder for a new one). Nothing was changed."
        )


def _require_database(paths: JournalPaths) -> None:
    _require_folder(paths)
    restore_swap.settle(paths)  # a restore cut short by a crash is finished (or undone) first
    if not paths.database.exists():
        raise JournalMissing(
            f"No journal was found in {paths.root}. If you moved it, point "
            "Inner Child at its folder with --data-dir; otherwise restore a "
            "backup with 'innerchild restore'."
        )


def _probe(paths: JournalPaths, master: bytearray) -> tuple[int, str | None]:
    """Read version and journal id through a read-only connection, leaving no trace."""
    created = [p for p in _sidecars(paths.database) if not p.exists()]
    try:
        conn = connect_read_only(paths.database, master)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            journal_id = None
            if version >= 1:
                row = conn.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
                journal_id = row[0] if row else None
        finally:
            conn.close()
    except DatabaseError as exc:
        raise_if_disk_full(exc)  # a full disk is not damage (and restoring would not help)
        raise JournalDamaged(_DAMAGED) from exc
    finally:
        for path in created:
            path.unlink(missing_ok=True)
    return version, journal_id


def _open_with_key(paths: JournalPaths, master: bytearray, expected_id: str | None) -> Journal:
    # A folder nobody may write in (a locked drive, a copy on a DVD) is opened for reading:
    # no lock file is written, the connection is read-only and every write is one sentence.
    read_only = not vault._folder_writable(paths.root)
    lock = JournalLock(paths.lock, shared=read_only)
    try:
        lock.acquire()
    except JournalFolderReadOnly:  # the lock file could not be created: read-only after all
        read_only = True
        lock = JournalLock(paths.lock, shared=True)
        lock.acquire()
    try:
        version, journal_id = _probe(paths, master)
        if version > schema.SCHEMA_VERSION:
            raise JournalTooNew(
                "This journal was written by a newer version of Inner Child "
                f"(format {version}; this app reads up to "
                f"{schema.SCHEMA_VERSION}). Please update the app. "
                "Nothing was changed."
            )
        if version == 0 or journal_id is None:
            raise JournalDamaged(_DAMAGED)
        if expected_id is not None and expected_id != journal_id:
            raise JournalDamaged(
                "The key file belongs to a different journal than the journal "
                "file beside it. Nothing was changed."
            )
        if read_only:
            if schema.pending(version):  # an older journal is updated before use: a write
                raise JournalFolderReadOnly(paths.root)
            conn = connect_read_only(paths.database, master)
            return Journal(paths, conn, master, lock, journal_id, read_only=True)
        conn = connect(paths.database, master)
        try:
            if schema.pending(version):
                migrate.snapshot_before_migration(paths, conn, master, version)
                migrate.migrate(conn, version)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release(remove_if_created=True)
        raise
    journal = Journal(paths, conn, master, lock, journal_id)
    try:
        journal.cleaned = leftovers.tidy(journal, paths.backups)
    except (OSError, DatabaseError):  # tidying is a courtesy: never a reason not to open
        journal.cleaned = []
    return journal
