"""Unpacking a backup's encrypted database, bounded and leaving nothing behind.

A backup's ``journal.db`` member is unpacked only if the size it declares is plausible for a
journal and fits the free space (with room to spare for the journal's own writes), and the copy
stops hard at that declared size: a crafted "backup" that inflates (1 MB to 1 GiB) cannot fill
the disk. On any error the partial copy is removed; a full disk is :class:`DiskFull`.
"""

from __future__ import annotations

import os
import shutil
import zipfile
import zlib
from pathlib import Path
from typing import IO

from innerchild_desktop.domain.errors import BackupDamaged, DiskFull, disk_full_in_words
from innerchild_desktop.store import restore_swap

# A journal is text and small pictures: far below this. A member declaring more is not ours.
MAX_DATABASE_BYTES = 64 << 30
# Backups are written stored (ciphertext does not compress). A compressed member that would
# inflate past this ratio is a decompression bomb, not a backup.
MAX_INFLATE_RATIO = 20
# Room left on the disk after extracting, so the journal itself can still save what you write.
SPARE_BYTES = 64 << 20


def _room_for(member: zipfile.ZipInfo, into: Path, name: str) -> None:
    """Refuse a member too large to be ours, or larger than the free space, before writing."""
    declared = member.file_size
    inflating = member.compress_type != zipfile.ZIP_STORED and declared > max(
        member.compress_size * MAX_INFLATE_RATIO, 1 << 20
    )
    if declared > MAX_DATABASE_BYTES or inflating:
        raise BackupDamaged(
            f"{name} is not a backup Inner Child made: its journal file would unpack to "
            f"{declared / 1e9:,.1f} GB. Nothing was changed."
        )
    free = shutil.disk_usage(into).free
    if declared + SPARE_BYTES > free:
        raise DiskFull(
            f"There is not enough free space to check this backup: it needs about "
            f"{(declared + SPARE_BYTES) / 1e6:,.0f} MB and {free / 1e6:,.0f} MB are free. "
            "Nothing was changed: free some space, then try again."
        )


def copy_at_most(src: IO[bytes], out: IO[bytes], limit: int, name: str) -> int:
    """Copy ``src`` to ``out``, stopping hard past ``limit`` bytes (a member that lies)."""
    copied = 0
    while chunk := src.read(1 << 20):
        copied += len(chunk)
        if copied > limit:
            raise BackupDamaged(
                f"{name} is damaged: its journal file is longer than it says. Nothing was changed."
            )
        out.write(chunk)
    return copied


def extract(path: Path, into: Path, stem: str = restore_swap.CANDIDATE_DB) -> tuple[Path, bytes]:
    """Copy the backup's database and key slots into ``into`` (still encrypted).

    Bounded by the size the member declares and by the free space; on any error nothing is
    left behind.
    """
    db = into / stem
    remove_db(db)
    try:
        with disk_full_in_words(), zipfile.ZipFile(path) as zf:
            member = zf.getinfo("journal.db")
            slot_bytes = zf.read("keyslots.json")
            _room_for(member, into, path.name)
            fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out, zf.open(member) as src:
                copy_at_most(src, out, member.file_size, path.name)
                out.flush()
                os.fsync(out.fileno())
    except (zipfile.BadZipFile, zlib.error, KeyError, EOFError) as exc:
        remove_db(db)
        raise BackupDamaged(
            f"{path.name} is damaged: its journal file cannot be read. Nothing was changed."
        ) from exc
    except BaseException:
        remove_db(db)
        raise
    return db, slot_bytes


def remove_db(db: Path) -> None:
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
