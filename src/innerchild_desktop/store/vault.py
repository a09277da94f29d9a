"""The encrypted journal: creating, opening, migrating and closing it.

This is the one module that imports ``sqlcipher3``. Everything else receives an open
:class:`Journal` (or its connection) and speaks SQL through it.

Opening is careful to write nothing until it is sure the journal is ours and readable:

1. the key slot file is read and the passphrase checked there (a wrong passphrase never reaches
   SQLite, so it cannot be mistaken for damage);
2. the single-writer lock is taken;
3. the database is probed through a *read-only* connection (page 1, schema, version), and any
   ``-wal``/``-shm`` file the probe itself created is removed again;
4. only then is the read-write connection opened, an encrypted snapshot taken if a migration is
   due, and the migrations run.

A failure at any step leaves every pre-existing file byte-identical (tested).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

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
)
from innerchild_desktop.paths import JournalPaths, ensure_private_dir
from innerchild_desktop.store import fts, schema, settings
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

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
Connection = dbapi2.Connection

_DAMAGED = (
    "The journal file is damaged or is not an Inner Child journal, so it could not be "
    "opened. Nothing was changed. A backup can be restored with 'innerchild restore'."
)
_DAMAGED_OR_FOREIGN = (
    "The passphrase opened the key file, but that key does not open the journal file: the "
    "journal file may be damaged, or the key file (keyslots.json) may belong to another "
    "journal. Nothing was changed. Your recovery key can still open this journal with "
    "'innerchild recover'; otherwise a backup can be restored with 'innerchild restore'."
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _key_pragma(master_key: bytes | bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(master_key).hex()}'\""


def connect(path: Path, master_key: bytes | bytearray, *, mode: str = "rw") -> Connection:
    """Open ``path`` with a raw 256-bit key. ``mode`` is SQLite's URI mode: ro, rw or rwc."""
    uri = f"file:{quote(str(path))}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no "ERROR CORE" lines on stderr
        conn.execute(_key_pragma(master_key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp b-trees never touch disk
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # proves the key
        if mode != "ro":
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: every commit is fsynced, so "saved" means saved even on power loss.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception.

    Explicit transactions (isolation_level=None) rather than ``with conn:`` because the legacy
    implicit-BEGIN rules of the sqlite3 module start deferred transactions that can fail to
    upgrade to writers, and make it hard to see where a transaction really starts.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def export_encrypted_copy(conn: Connection, master_key: bytes | bytearray, dest: Path) -> None:
    """Write a consistent, encrypted (same key) copy of the open database to ``dest``."""
    if dest.exists():
        raise FileExistsError(dest)
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    conn.execute(
        f"ATTACH DATABASE ? AS snapshot KEY \"x'{bytes(master_key).hex()}'\"", (str(dest),)
    )
    try:
        conn.execute("SELECT sqlcipher_export('snapshot')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA snapshot.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE snapshot")
    with open(dest, "rb+") as handle:
        os.fsync(handle.fileno())


@dataclass(frozen=True)
class VerifyReport:
    cipher_errors: list[str]
    integrity: list[str]
    fts_ok: bool
    schema_version: int

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and self.integrity == ["ok"] and self.fts_ok


def integrity_report(conn: Connection) -> VerifyReport:
    """Run SQLCipher's HMAC check, SQLite's integrity check and FTS5's own check."""
    try:
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    except DatabaseError as exc:
        return VerifyReport([f"the database is damaged ({exc})"], [], False, -1)
    fts_ok = fts.in_step(conn)
    for table in ("entries_fts", "memories_fts"):
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except DatabaseError:
            fts_ok = False
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return VerifyReport(cipher, integrity, fts_ok, version)


class Journal:
    """An open, unlocked journal. Close it to forget the key and release the lock."""

    def __init__(
        self,
        paths: JournalPaths,
        conn: Connection,
        master_key: bytearray,
        lock: JournalLock,
        journal_id: str,
    ) -> None:
        self.paths = paths
        self.conn = conn
        self._master_key = master_key
        self._lock = lock
        self.journal_id = journal_id
        self._search_conn: Connection | None = None

    @property
    def search_conn(self) -> Connection:
        """A second, read-only connection used only to rank entry search results.

        Interleaving queries on two FTS5 tables (entries and memories) on one connection made
        entry ranking ~4x slower (median 45 ms vs 12 ms at 10,000 entries, bench/); keeping the
        entries index on its own connection avoids that.
        """
        if self._search_conn is None:
            self._search_conn = connect(self.paths.database, self._master_key, mode="ro")
        return self._search_conn

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return transaction(self.conn)

    def close(self) -> None:
        if not self._lock.held:
            return
        try:
            if self._search_conn is not None:
                self._search_conn.close()
                self._search_conn = None
            self.conn.close()
        finally:
            for i in range(len(self._master_key)):  # best effort; see README threat model
                self._master_key[i] = 0
            self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def export_encrypted_copy(self, dest: Path) -> None:
        export_encrypted_copy(self.conn, self._master_key, dest)

    def worker_view(self, *, write: bool) -> JournalView:
        """The same journal on a connection of its own, for one worker thread.

        Imports and exports run off the GUI thread; an SQLite connection must not be used by
        two threads at once, so the worker gets its own (WAL lets the GUI keep reading while an
        import writes). ``write=False`` opens it read-only. Close it when the work is done.
        """
        if not self.is_open:
            raise RuntimeError("the journal is locked")
        conn = connect(self.paths.database, self._master_key, mode="rw" if write else "ro")
        return JournalView(self.paths, conn, self._master_key, self.journal_id)

    def key_slots_bytes(self) -> bytes:
        return self.paths.key_slots.read_bytes()

    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str, kdf: KdfParams | None = None
    ) -> None:
        """Rewrap the master key under a new passphrase: O(1), the database is untouched."""
        slots = KeySlotFile.load(self.paths.key_slots)
        master = slots.unlock(old_passphrase)  # raises WrongPassphrase
        # The key from the slot, not self._master_key: the app runs this in a worker, and
        # locking meanwhile zeroes that buffer (a slot wrapping zeros would open nothing).
        slots.rewrapped(bytes(master), new_passphrase, kdf).save(self.paths.key_slots)

    def rebuild_search_index(self) -> None:
        with self.transaction() as conn:
            fts.rebuild(conn)

    def recovery_key(self) -> str:
        return format_recovery_key(bytes(self._master_key))

    def verify(self) -> VerifyReport:
        return integrity_report(self.conn)


class JournalView:
    """An open journal's database on a second connection (see :meth:`Journal.worker_view`).

    It offers what the transfer services and :func:`backups.write_backup` use of a
    :class:`Journal`. It shares the journal's key buffer rather than copying it, so locking the
    journal wipes the key for the view too.
    """

    def __init__(
        self, paths: JournalPaths, conn: Connection, master_key: bytearray, journal_id: str
    ) -> None:
        self.paths = paths
        self.conn = conn
        self._master_key = master_key
        self.journal_id = journal_id

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return transaction(self.conn)

    def export_encrypted_copy(self, dest: Path) -> None:
        export_encrypted_copy(self.conn, self._master_key, dest)

    def key_slots_bytes(self) -> bytes:
        return self.paths.key_slots.read_bytes()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> JournalView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def journal_exists(paths: JournalPaths) -> bool:
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
            _migrate(conn, 0)
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
    slots = KeySlotFile.load(paths.key_slots)
    master = slots.unlock(passphrase)
    try:
        return _open_with_key(paths, master, slots.journal_id)
    except JournalDamaged as exc:
        if str(exc) != _DAMAGED:
            raise
        # The key file opened but its key does not read the database: either the database is
        # damaged or the key file beside it belongs to another journal (copied over by hand).
        raise JournalDamaged(_DAMAGED_OR_FOREIGN) from exc


def open_with_recovery_key(paths: JournalPaths, recovery_key: str) -> Journal:
    """Unlock with the recovery key; works even when the key slot file is missing or damaged."""
    _require_database(paths)
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
    if not paths.database.exists():
        raise JournalMissing(
            f"No journal was found in {paths.root}. If you moved it, point "
            "Inner Child at its folder with --data-dir; otherwise restore a "
            "backup with 'innerchild restore'."
        )


def _sidecars(db: Path) -> tuple[Path, Path]:
    return db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")


def _probe(paths: JournalPaths, master: bytearray) -> tuple[int, str | None]:
    """Read version and journal id through a read-only connection, leaving no trace."""
    created = [p for p in _sidecars(paths.database) if not p.exists()]
    try:
        conn = connect(paths.database, master, mode="ro")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            journal_id = None
            if version >= 1:
                row = conn.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
                journal_id = row[0] if row else None
        finally:
            conn.close()
    except DatabaseError as exc:
        raise JournalDamaged(_DAMAGED) from exc
    finally:
        for path in created:
            path.unlink(missing_ok=True)
    return version, journal_id


def _open_with_key(paths: JournalPaths, master: bytearray, expected_id: str | None) -> Journal:
    # SQLite needs to write beside the database (WAL), and would call a read-only folder a
    # damaged journal: say what it is before trying.
    if not os.access(paths.root, os.W_OK):
        raise JournalFolderReadOnly(paths.root)
    lock = JournalLock(paths.lock)
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
        conn = connect(paths.database, master)
        try:
            if schema.pending(version):
                _snapshot_before_migration(paths, conn, master, version)
                _migrate(conn, version)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release(remove_if_created=True)
        raise
    return Journal(paths, conn, master, lock, journal_id)


def _snapshot_before_migration(
    paths: JournalPaths, conn: Connection, master: bytearray, version: int
) -> Path:
    ensure_private_dir(paths.backups)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    dest = paths.backups / f"pre-migration-v{version}-{stamp}.db"
    export_encrypted_copy(conn, master, dest)
    slots_copy = dest.with_suffix(".keyslots.json")
    slots_copy.write_bytes(paths.key_slots.read_bytes())
    os.chmod(slots_copy, 0o600)
    return dest


def _migrate(conn: Connection, current: int) -> int:
    steps = schema.pending(current)
    for migration in steps:
        with transaction(conn):
            for statement in _split_sql(migration.sql):
                conn.execute(statement)
            if migration.step is not None:
                migration.step(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        current = migration.version
    return current


def _split_sql(sql: str) -> list[str]:
    """Split a script into whole statements (triggers included) with SQLite's own parser."""
    statements: list[str] = []
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError("a migration script ends in an incomplete statement")
    return statements
