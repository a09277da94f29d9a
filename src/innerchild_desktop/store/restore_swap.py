"""Swapping a verified backup in for the current journal, recoverably.

The swap is a handful of renames inside the journal's folder: the current files go aside into
``backups/before-restore-…/``, then the candidate key file and database move in. A crash (power
cut, kill) between two renames used to leave no journal at all ("No journal was found"). Now an
intent file, ``restore-intent.json``, is written durably *before* the first rename; it names the
folder the current files go to and the sizes of the (already verified, fsynced) candidate files.
At the next start — opening, creating or restoring a journal — :func:`settle` finishes the
swap if both candidate files are still whole, or else puts every moved file back, and only then
removes the intent. Every step is idempotent, so a crash during the settling is settled again.

Without an intent, leftover candidate files are from a restore that never reached its first
rename: they are removed (they are encrypted copies of a backup that still exists).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from innerchild_desktop.domain.errors import InnerChildError, JournalInUse
from innerchild_desktop.paths import JournalPaths, ensure_private_dir
from innerchild_desktop.store.atomic import atomic_write_bytes, fsync_dir
from innerchild_desktop.store.lockfile import JournalLock

INTENT_NAME = "restore-intent.json"
CANDIDATE_DB = ".restore-candidate.db"
CANDIDATE_SLOTS = ".restore-candidate.keyslots.json"


def intent_path(paths: JournalPaths) -> Path:
    return paths.root / INTENT_NAME


def candidate_db(paths: JournalPaths) -> Path:
    return paths.root / CANDIDATE_DB


def candidate_slots(paths: JournalPaths) -> Path:
    return paths.root / CANDIDATE_SLOTS


def candidate_files(paths: JournalPaths) -> tuple[Path, ...]:
    """The candidate's files, and an intent's scratch copy a crash left before it was placed."""
    db = candidate_db(paths)
    return (
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        candidate_slots(paths),
        *paths.root.glob(f".{INTENT_NAME}.*.partial"),  # atomic_write_bytes's scratch name
    )


@dataclass(frozen=True)
class Intent:
    kept: str  # the folder (relative to the journal's folder) the current files go to
    moved: tuple[str, ...]  # names of the current files moved aside, in order
    db_size: int
    slots_size: int

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": "innerchild-restore-intent",
                "version": 1,
                "kept": self.kept,
                "moved": list(self.moved),
                "db_size": self.db_size,
                "slots_size": self.slots_size,
            },
            indent=2,
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Intent:
        raw = json.loads(data)
        kept = str(raw["kept"])
        moved = tuple(str(n) for n in raw["moved"])
        if Path(kept).is_absolute() or ".." in Path(kept).parts:
            raise ValueError("kept must stay inside the journal's folder")
        if any("/" in n or "\\" in n or n in ("", ".", "..") for n in moved):
            raise ValueError("moved names must be plain file names")
        return cls(kept, moved, int(raw["db_size"]), int(raw["slots_size"]))


def _rename(src: Path, dst: Path) -> None:
    os.replace(src, dst)


def swap_in(paths: JournalPaths, db_size: int, slots_size: int, kept: Path) -> Path | None:
    """Move the current files into the new folder ``kept`` and the candidate files into place.

    Returns ``kept``, or None when there was no journal to keep. The candidate files must be
    complete and fsynced, and the journal's lock held. On an error the swap is undone here; on
    a crash, :func:`settle` completes it at the next start.
    """
    present = [p for p in (paths.database, *paths.sidecars(), paths.key_slots) if p.exists()]
    moved = tuple(p.name for p in present)
    relative = str(kept.relative_to(paths.root)) if moved else ""
    intent = Intent(relative, moved, db_size, slots_size)
    atomic_write_bytes(intent_path(paths), intent.to_bytes())  # fsyncs the file and the folder
    try:
        if moved:
            ensure_private_dir(kept.parent)
            kept.mkdir(mode=0o700)
            for name in moved:
                _rename(paths.root / name, kept / name)
            fsync_dir(kept)
        _rename(candidate_slots(paths), paths.key_slots)
        _rename(candidate_db(paths), paths.database)
        fsync_dir(paths.root)
    except BaseException:
        _undo(paths, intent)
        _forget(paths)
        raise
    _forget(paths)
    return kept if moved else None


def settle(paths: JournalPaths) -> None:
    """Finish or undo a restore that was interrupted; remove stale candidate files.

    Takes the journal's lock for the moment it works; if the journal is in use (another window,
    or a restore running right now), it leaves everything to that one.
    """
    if not paths.root.is_dir():
        return
    if not intent_path(paths).exists() and not any(p.exists() for p in candidate_files(paths)):
        return  # the common case: nothing to do, and no lock taken
    lock = JournalLock(paths.lock)
    try:
        lock.acquire()
    except JournalInUse:
        return
    except (InnerChildError, OSError):
        return  # e.g. a read-only folder: nothing can be settled there anyway
    try:
        settle_locked(paths)
    finally:
        lock.release()


def settle_locked(paths: JournalPaths) -> None:
    """:func:`settle` for a caller that already holds the journal's lock."""
    path = intent_path(paths)
    if path.exists():
        try:
            intent = Intent.from_bytes(path.read_bytes())
        except (ValueError, KeyError, TypeError):
            # Only we write it, and atomically, so this is someone else's edit: touch nothing
            # (the files stay as they are for a person to look at).
            return
        if _candidate_whole(paths, intent):
            _complete(paths, intent)
        else:
            _undo(paths, intent)
        _forget(paths)
    for leftover in candidate_files(paths):
        leftover.unlink(missing_ok=True)


def _whole(candidate: Path, target: Path, size: int) -> bool:
    """The candidate is whole where it waits, or already moved into place."""
    if candidate.exists():
        return candidate.stat().st_size == size
    return target.exists() and target.stat().st_size == size


def _candidate_whole(paths: JournalPaths, intent: Intent) -> bool:
    return _whole(candidate_slots(paths), paths.key_slots, intent.slots_size) and _whole(
        candidate_db(paths), paths.database, intent.db_size
    )


def _complete(paths: JournalPaths, intent: Intent) -> None:
    kept = paths.root / intent.kept if intent.kept else None
    slots_waiting = candidate_slots(paths).exists()
    if kept is not None and slots_waiting:  # the key file is not replaced yet: finish moving
        ensure_private_dir(kept)
        for name in intent.moved:
            if (paths.root / name).exists() and not (kept / name).exists():
                _rename(paths.root / name, kept / name)
        fsync_dir(kept)
    if slots_waiting:
        _rename(candidate_slots(paths), paths.key_slots)
    if candidate_db(paths).exists():
        _rename(candidate_db(paths), paths.database)
    fsync_dir(paths.root)


def _undo(paths: JournalPaths, intent: Intent) -> None:
    """Take out whatever candidate moved in, and put every moved file back."""
    kept = paths.root / intent.kept if intent.kept else None
    for target, candidate in (
        (paths.database, candidate_db(paths)),
        (paths.key_slots, candidate_slots(paths)),
    ):
        if target.name not in intent.moved and not candidate.exists() and target.exists():
            _rename(target, candidate)  # it moved in over nothing: out again (removed later)
    if kept is not None:
        for name in intent.moved:
            if (kept / name).exists():
                _rename(kept / name, paths.root / name)  # over the candidate, if it moved in
        if kept.is_dir() and not any(kept.iterdir()):
            kept.rmdir()
    fsync_dir(paths.root)


def _forget(paths: JournalPaths) -> None:
    intent_path(paths).unlink(missing_ok=True)
    fsync_dir(paths.root)
