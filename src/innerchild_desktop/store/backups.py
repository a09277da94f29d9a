"""Encrypted backup files: one self-contained ``.icbackup`` per snapshot.

A backup is a zip (stored, not compressed: ciphertext does not compress) holding
``journal.db`` — an encrypted copy made by ``sqlcipher_export`` with the same master key —,
``keyslots.json`` and a small non-secret ``manifest.json``. Nothing inside is plaintext, so a
backup can go on a USB stick or a synced folder. The passphrase (or recovery key) that opened the
journal when the backup was taken opens the backup.

Restoring verifies the backup completely (key, cipher HMACs, integrity, FTS) in a scratch file
*before* touching the live journal, then moves the current files aside into
``backups/before-restore-…/`` (kept) and moves the restored ones in.
"""

from __future__ import annotations

import json
import os
import shutil
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
)
from innerchild_desktop.paths import JournalPaths, ensure_private_dir
from innerchild_desktop.store import schema
from innerchild_desktop.store.atomic import fsync_dir
from innerchild_desktop.store.keyslots import KeySlotFile, key_check, parse_recovery_key
from innerchild_desktop.store.lockfile import JournalLock
from innerchild_desktop.store.vault import (
    DatabaseError,
    Journal,
    VerifyReport,
    connect,
    integrity_report,
)

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


def write_backup(journal: Journal, dest: Path) -> Path:
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
    for leftover in (scratch_db, scratch_zip):
        leftover.unlink(missing_ok=True)
    try:
        journal.export_encrypted_copy(scratch_db)
        manifest = {
            "format": MANIFEST_FORMAT,
            "version": 1,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema_version": int(journal.conn.execute("PRAGMA user_version").fetchone()[0]),
            "app_version": __version__,
            "journal_id": journal.journal_id,
        }
        fd = os.open(scratch_zip, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
            zf.writestr("keyslots.json", journal.key_slots_bytes())
            zf.write(scratch_db, "journal.db")
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(scratch_zip, dest)
        fsync_dir(dest.parent)
    finally:
        scratch_db.unlink(missing_ok=True)
        scratch_zip.unlink(missing_ok=True)
    return dest


def read_manifest(path: Path) -> BackupInfo:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if not {"manifest.json", "keyslots.json", "journal.db"} <= names:
                raise InvalidInput(f"{path.name} is not a complete Inner Child backup.")
            manifest = json.loads(zf.read("manifest.json"))
    except FileNotFoundError as exc:
        raise InvalidInput(f"There is no backup file at {path}.") from exc
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


def _unlock_backup(slots: KeySlotFile | None, secret: str) -> bytearray:
    """The backup's master key from its passphrase, or from the recovery key.

    Errors speak of the backup, not of "this journal": the person may be restoring onto a new
    computer, or checking an old backup made under an earlier passphrase.
    """
    if secret.strip().upper().startswith("IC1"):
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


def _extract(path: Path, into: Path) -> tuple[Path, bytes]:
    """Copy the backup's database and key slots into ``into`` (still encrypted)."""
    db = into / ".restore-candidate.db"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    with zipfile.ZipFile(path) as zf:
        fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, zf.open("journal.db") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        return db, zf.read("keyslots.json")


def verify_backup(path: Path, secret: str, scratch_dir: Path) -> VerifyReport:
    """Fully check a backup with its passphrase; writes only a scratch copy, removed after."""
    info = read_manifest(path)
    if info.schema_version > schema.SCHEMA_VERSION:
        raise JournalTooNew(
            "This backup was made by a newer version of Inner Child. "
            "Please update the app to restore it."
        )
    ensure_private_dir(scratch_dir)
    db, slot_bytes = _extract(path, scratch_dir)
    try:
        return _verify_extracted(db, slot_bytes, secret)
    finally:
        for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            p.unlink(missing_ok=True)


def _verify_extracted(db: Path, slot_bytes: bytes, secret: str) -> VerifyReport:
    slots = _backup_slots(slot_bytes)
    master = _unlock_backup(slots, secret)
    try:
        conn = connect(db, master, mode="rw")
    except DatabaseError as exc:
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
    must not be open anywhere (the single-writer lock is taken for the whole operation).
    """
    info = read_manifest(backup)
    if info.schema_version > schema.SCHEMA_VERSION:
        raise JournalTooNew(
            "This backup was made by a newer version of Inner Child. "
            "Please update the app to restore it."
        )
    ensure_private_dir(paths.root)
    lock = JournalLock(paths.lock)
    lock.acquire()
    try:
        db, slot_bytes = _extract(backup, paths.root)
        try:
            report = _verify_extracted(db, slot_bytes, secret)
            if not report.ok:
                raise BackupDamaged(
                    "The backup did not pass its integrity check, so nothing "
                    "was restored. Your journal is unchanged."
                )
            kept = _move_current_aside(paths)
            try:
                slots_scratch = paths.root / ".restore-candidate.keyslots.json"
                fd = os.open(slots_scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "wb") as out:
                    out.write(slot_bytes)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(slots_scratch, paths.key_slots)
                os.replace(db, paths.database)
                fsync_dir(paths.root)
            except BaseException:
                _move_back(paths, kept)
                raise
            return kept
        finally:
            db.unlink(missing_ok=True)
    finally:
        lock.release()


def _move_current_aside(paths: JournalPaths) -> Path | None:
    present = [p for p in (paths.database, *paths.sidecars(), paths.key_slots) if p.exists()]
    if not present:
        return None
    ensure_private_dir(paths.backups)
    kept = paths.backups / f"before-restore-{datetime.now(UTC):{_STAMP}}"
    kept.mkdir(mode=0o700)
    for p in present:
        os.replace(p, kept / p.name)
    fsync_dir(paths.root)
    return kept


def _move_back(paths: JournalPaths, kept: Path | None) -> None:
    if kept is None:
        return
    for p in kept.iterdir():
        os.replace(p, paths.root / p.name)


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
