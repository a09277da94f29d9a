"""The encrypted journal once open: connections, transactions, :class:`Journal` and its
worker-thread :class:`JournalView`.

This is the one module that imports ``sqlcipher3``. Everything else receives an open
:class:`Journal` (or its connection) and speaks SQL through it. Creating and opening a journal
live in :mod:`opening`, migrations in :mod:`migrate`, the integrity check in :mod:`integrity`.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

from innerchild_desktop.domain.errors import (
    InvalidInput,
    JournalFolderReadOnly,
    JournalReadOnly,
    disk_full_in_words,
    raise_if_disk_full,
)
from innerchild_desktop.domain.settings import Setting
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store import fts, rekey, settings, sync_capture
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.keyslots import (
    KdfParams,
    KeySlotFile,
    format_recovery_key,
    key_check,
    new_master_key,
)
from innerchild_desktop.store.lockfile import JournalLock

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
complete_statement = sqlcipher3.complete_statement  # store.migrate splits scripts with it

if TYPE_CHECKING:  # store.integrity imports this module; only the type is needed here
    from innerchild_desktop.store.integrity import VerifyReport


def _key_pragma(master_key: bytes | bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(master_key).hex()}'\""


def connect(
    path: Path, master_key: bytes | bytearray, *, mode: str = "rw", immutable: bool = False
) -> Connection:
    """Open ``path`` with a raw 256-bit key. ``mode`` is SQLite's URI mode: ro, rw or rwc.

    ``immutable`` (read-only only) tells SQLite nobody changes the file meanwhile, so it needs no
    ``-shm`` file beside it: the one way to read a WAL journal in a folder nobody may write.
    """
    uri = f"file:{quote(str(path))}?mode={mode}" + ("&immutable=1" if immutable else "")
    conn: Connection = sqlcipher3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False
    )
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
            # A synced journal records every write's operations on every writing connection.
            sync_capture.install_if_on(conn)
    except BaseException as exc:
        conn.close()
        raise_if_disk_full(exc)  # e.g. no room for the -wal file: not damage
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception.

    Explicit transactions (isolation_level=None) rather than ``with conn:`` because the legacy
    implicit-BEGIN rules of the sqlite3 module start deferred transactions that can fail to
    upgrade to writers, and make it hard to see where a transaction really starts. A full disk
    comes out as :class:`DiskFull` (rolled back, nothing changed), never as damage.
    """
    with disk_full_in_words():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def export_encrypted_copy(conn: Connection, master_key: bytes | bytearray, dest: Path) -> None:
    """Write a consistent, encrypted (same key) copy of the open database to ``dest``.

    On any error no part of ``dest`` is left; a full disk comes out as :class:`DiskFull`."""
    if dest.exists():
        raise FileExistsError(dest)
    try:
        with disk_full_in_words():
            _export_copy(conn, master_key, dest)
    except BaseException:
        for partial in (dest, dest.with_name(dest.name + "-journal")):
            partial.unlink(missing_ok=True)
        raise


def _export_copy(conn: Connection, master_key: bytes | bytearray, dest: Path) -> None:
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


class Journal:
    """An open, unlocked journal. Close it to forget the key and release the lock."""

    def __init__(
        self,
        paths: JournalPaths,
        conn: Connection,
        master_key: bytearray,
        lock: JournalLock,
        journal_id: str,
        *,
        read_only: bool = False,
    ) -> None:
        self.paths = paths
        self.conn = conn
        self._master_key = master_key
        self._lock = lock
        self.journal_id = journal_id
        # Opened from a read-only folder: every read works, every write is one sentence.
        self.read_only = read_only
        # Leftovers of an interrupted earlier run that opening removed (named by `verify`).
        self.cleaned: list[Path] = []
        self._search_conn: Connection | None = None

    @property
    def search_conn(self) -> Connection:
        """A second, read-only connection used only to rank search results.

        Interleaving whole-index rankings of two FTS5 tables (entries and memories) on one
        connection made entry ranking ~4x slower (median 45 ms vs 12 ms at 10,000 entries,
        bench/), so entries are ranked here. The newest matches of memories are ranked here too
        (store/search.py): that reads little, and this connection remembers the words each
        index holds (store/fts_match.py), as only a connection that never writes may.
        """
        if self._search_conn is None:
            self._search_conn = connect_read_only(self.paths.database, self._master_key)
        return self._search_conn

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        if self.read_only:
            raise JournalReadOnly()
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
        if self.read_only:
            raise JournalReadOnly(
                "This journal's folder is read-only, so Inner Child can show entries but "
                "cannot make a backup of it from there."
            )
        export_encrypted_copy(self.conn, self._master_key, dest)

    def worker_view(self, *, write: bool) -> JournalView:
        """The same journal on a connection of its own, for one worker thread.

        Imports and exports run off the GUI thread; an SQLite connection must not be used by
        two threads at once, so the worker gets its own (WAL lets the GUI keep reading while an
        import writes). ``write=False`` opens it read-only. Close it when the work is done.
        """
        if not self.is_open:
            raise RuntimeError("the journal is locked")
        if write and self.read_only:
            raise JournalReadOnly()
        if write:
            conn = connect(self.paths.database, self._master_key)
        else:
            conn = connect_read_only(self.paths.database, self._master_key)
        view = JournalView(self.paths, conn, self._master_key, self.journal_id)
        view.writable = write
        view.read_only = self.read_only
        return view

    def key_slots_bytes(self) -> bytes:
        return self.paths.key_slots.read_bytes()

    def change_passphrase(
        self, old_passphrase: str | None, new_passphrase: str, kdf: KdfParams | None = None
    ) -> None:
        """Rewrap the master key under a new passphrase: O(1), the database is untouched.

        Two key derivations, the old passphrase's and the new one's, with the parameters the
        slot was calibrated with at setup unless ``kdf`` is given (KeySlotFile.setup_kdf).
        ``old_passphrase=None`` means this journal was opened with it just before (the command
        line): only the new passphrase is derived, wrapping this journal's own key."""
        if self.read_only:
            raise JournalReadOnly()
        slots = KeySlotFile.load(self.paths.key_slots)
        if old_passphrase is None:
            master = bytearray(self._master_key)
            # Locking zeroes the buffer: a slot wrapping zeros would open nothing.
            if not self._lock.held or not hmac.compare_digest(
                key_check(bytes(master)), slots.key_check
            ):
                raise InvalidInput("The journal was locked meanwhile. Nothing was changed.")
        else:
            # The key from the slot, not self._master_key: the app runs this in a worker, and
            # locking meanwhile zeroes that buffer.
            master = slots.unlock(old_passphrase)  # raises WrongPassphrase
        try:
            slots.rewrapped(bytes(master), new_passphrase, kdf).save(self.paths.key_slots)
        finally:
            for i in range(len(master)):
                master[i] = 0

    def set_internal_setting[T](self, key: Setting[T], value: T) -> None:
        """Write one of the app's own settings; skipped when the folder is read-only."""
        if not self.read_only:
            with self.transaction() as conn:
                settings.set_setting(conn, key, value)

    def renew_master_key(
        self, passphrase: str, new_passphrase: str, kdf: KdfParams | None = None
    ) -> str:
        """Re-encrypt the journal under a new master key (store/rekey.py); returns the new
        recovery key. Old passphrases, recovery keys and key files no longer open it.

        Nothing else may use this journal's connections meanwhile: they are closed and opened
        again under the new key.
        """
        if self.read_only:
            raise JournalReadOnly(
                "This journal's folder is read-only, so its key cannot be renewed there. "
                "Nothing was changed."
            )
        slots = KeySlotFile.load(self.paths.key_slots)
        old = slots.unlock(passphrase)  # raises WrongPassphrase, nothing written
        new = new_master_key()
        params = kdf or slots.setup_kdf()  # the setup's calibration, as a passphrase change
        source = connect(self.paths.database, old)
        try:
            rekey.stage(self.paths, source, bytes(new), slots.journal_id, new_passphrase, params)
        finally:
            source.close()
        try:
            rekey.swap(self.paths, self._close_connections)
        except Exception:
            if self._lock.held:  # undone: the journal reads on as before
                self.conn = connect(self.paths.database, self._master_key)
            raise
        finally:
            for i in range(len(old)):
                old[i] = 0
        recovery = format_recovery_key(bytes(new))
        if self._lock.held:  # not locked meanwhile (the app runs this in a worker)
            self._master_key[:] = new
            self.conn = connect(self.paths.database, self._master_key)
        for i in range(len(new)):
            new[i] = 0
        return recovery

    def _close_connections(self) -> None:
        if self._search_conn is not None:
            self._search_conn.close()
            self._search_conn = None
        self.conn.close()

    def rebuild_search_index(self) -> None:
        with self.transaction() as conn:
            fts.rebuild(conn)

    def recovery_key(self) -> str:
        return format_recovery_key(bytes(self._master_key))

    def verify(self) -> VerifyReport:
        from innerchild_desktop.store.integrity import integrity_report

        return integrity_report(self.conn, fts_command=not self.read_only)


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
        self.writable = True  # False: a read-only connection (worker_view(write=False))
        self.read_only = False  # the journal itself was opened from a read-only folder
        self._closed = False

    def set_internal_setting[T](self, key: Setting[T], value: T) -> None:
        """Write one of the app's own settings even from a read-only view (a short connection
        of its own); skipped when the journal's folder is read-only."""
        if self.read_only:
            return
        if self.writable:
            with transaction(self.conn) as conn:
                settings.set_setting(conn, key, value)
            return
        conn = connect(self.paths.database, self._master_key)
        try:
            with transaction(conn):
                settings.set_setting(conn, key, value)
        finally:
            conn.close()

    @property
    def is_open(self) -> bool:
        """Whether the view's connection is still usable (until :meth:`close`)."""
        return not self._closed

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return transaction(self.conn)

    def export_encrypted_copy(self, dest: Path) -> None:
        export_encrypted_copy(self.conn, self._master_key, dest)

    def key_slots_bytes(self) -> bytes:
        return self.paths.key_slots.read_bytes()

    def close(self) -> None:
        self._closed = True
        self.conn.close()

    def __enter__(self) -> JournalView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sidecars(db: Path) -> tuple[Path, Path]:
    return db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")


def connect_read_only(path: Path, master_key: bytes | bytearray) -> Connection:
    """A read-only connection, also in a folder where SQLite may not create its ``-shm`` file.

    There it is opened *immutable*, which is safe only when no ``-wal`` holds unmerged changes
    (they would be invisible): then the journal cannot be read without writing, said in words.
    """
    try:
        return connect(path, master_key, mode="ro")
    except DatabaseError:
        if _folder_writable(path.parent):
            raise
        wal = _sidecars(path)[0]
        if wal.exists() and wal.stat().st_size > 0:
            raise JournalFolderReadOnly(path.parent) from None
        return connect(path, master_key, mode="ro", immutable=True)


def _folder_writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (os.access, which root always passes; the
    lock file's creation is the second test)."""
    return os.access(folder, os.W_OK)
