"""Encrypted backup files: one self-contained ``.icbackup`` per snapshot.

A backup is a zip (stored, not compressed: ciphertext does not compress) holding
``journal.db`` — an encrypted copy made by ``sqlcipher_export`` with the same master key —,
``keyslots.json`` and a small non-secret ``manifest.json``. Nothing inside is plaintext, so a
backup can go on a USB stick or a synced folder. The passphrase (or recovery key) that opened the
journal when the backup was taken opens the backup.

Restoring verifies the backup completely (key, cipher HMACs, integrity, FTS) in a scratch file
*before* touching the live journal, then moves the current files aside into
``backups/before-restore-…/`` (kept) and moves the restored ones in: a swap that a crash cannot
leave half-done (:mod:`restore_swap`). Unpacking is bounded (:mod:`backup_extract`), and a full
disk is said as a full disk, never as damage.
"""

from __future__ import annotations

import json
import os
import secrets
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from innerchild_desktop import __version__
from innerchild_desktop.domain.errors import (
    BackupDamaged,
    InvalidInput,
    JournalDamaged,
    JournalTooNew,
    WrongBackupPassphrase,
    WrongBackupRecoveryKey,
    WrongPassphrase,
    disk_full_in_words,
    raise_if_disk_full,
)
from innerchild_desktop.paths import JournalPaths, ensure_private_dir
from innerchild_desktop.store import backup_extract, restore_swap, schema
from innerchild_desktop.store.atomic import atomic_writer
from innerchild_desktop.store.integrity import VerifyReport, integrity_report
from innerchild_desktop.store.keyslots import KeySlotFile, key_check, parse_recovery_key
from innerchild_desktop.store.lockfile import JournalLock
from innerchild_desktop.store.vault import DatabaseError, Journal, JournalView, connect

BACKUP_SUFFIX = ".icbackup"
MANIFEST_FORMAT = "innerchild-backup"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    schema_version: int
    app_version: str
    journal_id: str


def write_backup(journal: Journal | JournalView, dest: Path) -> Path:
    """Write an encrypted backup of the open journal to ``dest`` atomically.

    The folder must exist: a mistyped path to a USB stick must not quietly land on the local
    disk, and a folder the person chose keeps its permissions (it is not ours to change)."""
    dest = dest if dest.suffix == BACKUP_SUFFIX else dest.with_name(dest.name + BACKUP_SUFFIX)
    if not dest.parent.is_dir():
        raise InvalidInput(
            f"The folder {dest.parent} does not exist, so no backup was written: check the "
            "path, or that the drive is plugged in."
        )
    scratch_db = dest.with_name(f".{dest.name}.db.partial")
    scratch_zip = dest.with_name(f".{dest.name}.partial")
    scratch = (scratch_db, scratch_db.with_name(scratch_db.name + "-journal"), scratch_zip)
    for leftover in scratch:
        leftover.unlink(missing_ok=True)
    try:
        with disk_full_in_words():
            _write_backup_files(journal, dest, scratch_db, scratch_zip)
    finally:
        for leftover in scratch:
            leftover.unlink(missing_ok=True)
    return dest


def _write_backup_files(
    journal: Journal | JournalView, dest: Path, scratch_db: Path, scratch_zip: Path
) -> None:
    journal.export_encrypted_copy(scratch_db)
    manifest = {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_version": int(journal.conn.execute("PRAGMA user_version").fetchone()[0]),
        "app_version": __version__,
        "journal_id": journal.journal_id,
    }
    # The zip closes (its central directory written) before the writer fsyncs and renames it.
    with (
        atomic_writer(dest, scratch=scratch_zip) as raw,
        zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf,
    ):
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
        zf.writestr("keyslots.json", journal.key_slots_bytes())
        zf.write(scratch_db, "journal.db")


def read_manifest(path: Path) -> BackupInfo:
    if path.is_dir():
        raise InvalidInput(
            f"{path} is a folder, not a backup file: choose the .icbackup file itself (for "
            "example the newest one inside it). Nothing was changed."
        )
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if not {"manifest.json", "keyslots.json", "journal.db"} <= names:
                raise InvalidInput(f"{path.name} is not a complete Inner Child backup.")
            manifest = json.loads(zf.read("manifest.json"))
    except FileNotFoundError as exc:
        raise InvalidInput(f"There is no backup file at {path}.") from exc
    except PermissionError as exc:
        raise InvalidInput(
            f"Inner Child is not allowed to read {path}: check the file's permissions. "
            "Nothing was changed."
        ) from exc
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path.name} is not an Inner Child backup, or it is damaged.") from exc
    if manifest.get("format") != MANIFEST_FORMAT:
        raise InvalidInput(f"{path.name} is not an Inner Child backup.")
    return BackupInfo(
        path,
        datetime.fromisoformat(manifest["created_at"]),
        int(manifest["schema_version"]),
        str(manifest["app_version"]),
        str(manifest["journal_id"]),
    )


_SLOTS_DAMAGED = (
    "The key file inside this backup is damaged, so the passphrase cannot be checked. The "
    "recovery key of the journal that made this backup can still open it: type that recovery "
    "key instead of the passphrase."
)


def _backup_slots(slot_bytes: bytes) -> KeySlotFile | None:
    """The key file inside a backup, or None if it is damaged (the recovery key may still do)."""
    try:
        return KeySlotFile.from_bytes(slot_bytes)
    except JournalTooNew as exc:
        raise JournalTooNew(
            "This backup's key file was written by a newer version of Inner Child. "
            "Please update the app to restore it."
        ) from exc
    except JournalDamaged:
        return None


def is_recovery_key(secret: str) -> bool:
    """Whether ``secret`` was typed as a recovery key (``IC1-…``) rather than a passphrase."""
    return secret.strip().upper().startswith("IC1")


# After a restore opened with the recovery key, the passphrase it brought back is the one the
# backup had: perhaps long forgotten. One sentence, said by the CLI and the window alike.
RESTORED_WITH_RECOVERY_KEY_CLI = (
    "You used the recovery key, so if you like, set a passphrase you know next with "
    "'innerchild recover'."
)
RESTORED_WITH_RECOVERY_KEY_GUI = (
    "You used the recovery key, so if you like, set a passphrase you know next: choose "
    "'Forgot your passphrase?' on the unlock screen."
)


def _unlock_backup(slots: KeySlotFile | None, secret: str) -> bytearray:
    """The backup's master key from its passphrase, or from the recovery key.

    Errors speak of the backup, not of "this journal": the person may be restoring onto a new
    computer, or checking an old backup made under an earlier passphrase.
    """
    if is_recovery_key(secret):
        master = parse_recovery_key(secret)
        if slots is not None and key_check(bytes(master)) != slots.key_check:
            raise WrongBackupRecoveryKey()
        return master  # without a key file, the database itself checks it (_verify_extracted)
    if slots is None:
        raise BackupDamaged(_SLOTS_DAMAGED)
    try:
        return slots.unlock(secret)
    except WrongPassphrase:
        raise WrongBackupPassphrase() from None
    except JournalDamaged as exc:
        raise BackupDamaged(
            "The key file inside this backup opened but does not match the journal in it. "
            "The recovery key of the journal that made this backup may still open it."
        ) from exc


def verify_backup(path: Path, secret: str, scratch_dir: Path) -> VerifyReport:
    """Fully check a backup with its passphrase; writes only a scratch copy, removed after."""
    info = read_manifest(path)
    if info.schema_version > schema.SCHEMA_VERSION:
        raise JournalTooNew(
            "This backup was made by a newer version of Inner Child. "
            "Please update the app to restore it."
        )
    ensure_private_dir(scratch_dir)
    # A name of its own: a restore's candidate in the same folder is not this check's to touch.
    db, slot_bytes = backup_extract.extract(
        path, scratch_dir, f".backup-check-{secrets.token_hex(4)}.db"
    )
    try:
        return _verify_extracted(db, slot_bytes, secret)
    finally:
        backup_extract.remove_db(db)


def _verify_extracted(db: Path, slot_bytes: bytes, secret: str) -> VerifyReport:
    slots = _backup_slots(slot_bytes)
    master = _unlock_backup(slots, secret)
    try:
        conn = connect(db, master, mode="rw")
    except DatabaseError as exc:
        raise_if_disk_full(exc)  # a full disk is not a damaged backup
        if slots is None:  # nothing else confirmed the recovery key: say both possibilities
            raise WrongBackupRecoveryKey(
                "That recovery key doesn't open this backup (or the backup is damaged): only "
                "the recovery key of the journal that made it can. Nothing was changed."
            ) from exc
        raise BackupDamaged("The backup's journal file is damaged and cannot be read.") from exc
    try:
        report = integrity_report(conn)
        if report.ok:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return report


def restore_backup(paths: JournalPaths, backup: Path, secret: str) -> Path | None:
    """Replace the journal in ``paths`` with ``backup`` after verifying it.

    Returns the folder where the previous journal was kept (None if there was none). The journal
    must not be open anywhere (the single-writer lock is taken for the whole operation). The
    swap itself is recoverable (:mod:`restore_swap`); on any error every scratch file goes.
    """
    info = read_manifest(backup)
    if info.schema_version > schema.SCHEMA_VERSION:
        raise JournalTooNew(
            "This backup was made by a newer version of Inner Child. "
            "Please update the app to restore it."
        )
    with disk_full_in_words():
        ensure_private_dir(paths.root)
    lock = JournalLock(paths.lock)
    lock.acquire()
    try:
        restore_swap.settle_locked(paths)  # an earlier restore cut short: finish it first
        with disk_full_in_words():
            return _verify_and_swap(paths, backup, secret)
    finally:
        for leftover in restore_swap.candidate_files(paths):
            leftover.unlink(missing_ok=True)
        lock.release()


def _verify_and_swap(paths: JournalPaths, backup: Path, secret: str) -> Path | None:
    db, slot_bytes = backup_extract.extract(backup, paths.root)
    report = _verify_extracted(db, slot_bytes, secret)
    if not report.ok:
        raise BackupDamaged(
            "The backup did not pass its integrity check, so nothing was restored. Your journal "
            "is unchanged."
        )
    slots = restore_swap.candidate_slots(paths)
    fd = os.open(slots, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(slot_bytes)
        out.flush()
        os.fsync(out.fileno())
    kept = paths.backups / f"before-restore-{datetime.now(UTC):{_STAMP}}"
    n = 1
    while kept.exists():  # two restores within a second
        n += 1
        kept = kept.with_name(f"before-restore-{datetime.now(UTC):{_STAMP}}-{n}")
    return restore_swap.swap_in(paths, db.stat().st_size, len(slot_bytes), kept)


# --- automatic backups with rotation ------------------------------------------------------------


def backup_name(when: datetime) -> str:
    return f"innerchild-{when.astimezone(UTC):{_STAMP}}{BACKUP_SUFFIX}"


def parse_backup_time(path: Path) -> datetime | None:
    stem = path.name.removeprefix("innerchild-").removesuffix(BACKUP_SUFFIX)
    try:
        return datetime.strptime(stem, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def select_to_keep(
    times: list[datetime], *, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> set[datetime]:
    """Grandfather-father-son rotation: the newest backup of each of the last ``daily`` days,
    ``weekly`` ISO weeks and ``monthly`` months that have any backup."""
    keep: set[datetime] = set()
    newest_first = sorted(times, reverse=True)
    for count, bucket in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: tuple(t.isocalendar())[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for t in newest_first:
            key = bucket(t)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(t)
    return keep


def backup_now(journal: Journal, *, now: datetime | None = None, rotate: bool = True) -> Path:
    """Write a backup into the journal's ``backups/`` folder and prune old ones by rotation."""
    when = now or datetime.now(UTC)
    dest = journal.paths.backups / backup_name(when)
    if dest.exists():  # two backups within a second: keep the first
        return dest
    ensure_private_dir(journal.paths.backups)  # our own folder: made owner-only
    written = write_backup(journal, dest)
    if rotate:
        prune(journal.paths.backups)
    return written


def list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    if not folder.is_dir():
        return []
    found = [
        (t, p)
        for p in folder.glob(f"innerchild-*{BACKUP_SUFFIX}")
        if (t := parse_backup_time(p)) is not None
    ]
    return sorted(found, reverse=True)


def prune(folder: Path) -> list[Path]:
    backups = list_backups(folder)
    keep = select_to_keep([t for t, _ in backups])
    removed = []
    for t, p in backups:
        if t not in keep:
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed
