"""Compaction: a computer replaces its own old batches with one snapshot (issue 17).

``ops/<device>/<upto:08d>.snapshot`` is a write-once file sealed like a batch (its own kind and
key; its header and name as associated data) holding the operations of that computer's batches
``1..upto`` that still decide something (domain/sync_compact.py), each with the number of the
batch it first came in. The steps, each safe to be killed after:

1. read this computer's newest snapshot and its batches after it, up to ``upto`` (every one must
   open as this computer's own: otherwise nothing happens);
2. write the new snapshot once, durably (scratch file, fsync, link, fsync the folder);
3. only then delete this computer's batch files ``1..upto`` (each only if it opens as its own
   batch of that number) and its older snapshots. A crash between 2 and 3 leaves both, which
   readers take either way; the next compaction finishes the deleting.

Never another computer's file, never a file that does not open as this computer's own.
Who may be compacted (every other computer has applied the batches) is the caller's decision
(services/sync.py); this module only makes sure nothing unreadable is replaced.

Readers (:func:`list_incoming`): for a computer whose batches after what was applied here are
not all in the folder any more, its newest snapshot above that position is offered first
(:class:`SnapshotFile`), then its batches after the snapshot. The caller applies only the
snapshot's operations from batches it has not applied (:meth:`SnapshotFile.fresh`), so nothing
arrives twice, and records the batches up to the snapshot as applied. A snapshot that does not
open is judged like a batch (not yet, then damaged) and never applied.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.sync_compact import compact
from innerchild_desktop.domain.sync_ops import Operation
from innerchild_desktop.store import sync_crypto as sc
from innerchild_desktop.store.atomic import fsync_dir
from innerchild_desktop.store.sync_folder import (
    BatchFile,
    Patience,
    Status,
    check_position,
    json_bytes,
    json_load,
    list_batches,
    open_batch,
    read_limited,
)
from innerchild_desktop.store.sync_vault import SyncVault, sync_root, write_once

COMPACT_AFTER = 64  # compact once at least this many own batches can be replaced
_BATCH_NAME = re.compile(r"(\d{8})\.batch")
_SNAPSHOT_NAME = re.compile(r"(\d{8})\.snapshot")

type Entry = tuple[int, dict[str, Any]]  # (the batch it first came in, the operation's dict)


def snapshot_name(device_id: str, upto: int) -> str:
    """The canonical name of a snapshot inside the sync root (also its associated data)."""
    return f"ops/{device_id}/{upto:08d}.snapshot"


def seal_snapshot(vault: SyncVault, device_id: str, upto: int, entries: list[Entry]) -> bytes:
    check_position(device_id, upto)
    if not all(1 <= seq <= upto and isinstance(op, dict) for seq, op in entries):
        raise ValueError("a snapshot holds (batch number up to its own, operation dict) pairs")
    body = {"upto": upto, "ops": [[seq, op] for seq, op in entries]}
    padded = sc.pack_payload(json_bytes(body))
    name = snapshot_name(device_id, upto)
    return sc.seal(
        vault.key("snapshot"), sc.Kind.SNAPSHOT, vault.raw_id, device_id, upto, name, padded
    )


def open_snapshot(
    vault: SyncVault, device_id: str, upto: int, data: bytes
) -> list[Entry] | sc.Problem:
    """The entries of ``data`` if it is snapshot ``upto`` of ``device_id`` here. Never raises."""
    header = sc.parse_header(data)
    if isinstance(header, sc.Problem):
        return header
    if header.vault_id == vault.raw_id and (header.device, header.seq) != (device_id, upto):
        return sc.Problem.BAD
    name = snapshot_name(device_id, upto)
    key = vault.key("snapshot")
    padded = sc.open_sealed(key, data, sc.Kind.SNAPSHOT, vault.raw_id, name, header)
    if isinstance(padded, sc.Problem):
        return padded
    doc = json_load(sc.unpack_payload(padded))
    if not isinstance(doc, dict) or doc.get("upto") != upto or not isinstance(doc.get("ops"), list):
        return sc.Problem.INVALID
    entries: list[Entry] = []
    for item in doc["ops"]:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], dict)):
            return sc.Problem.INVALID
        seq = item[0]
        if type(seq) is not int or not 1 <= seq <= upto:
            return sc.Problem.INVALID
        entries.append((seq, item[1]))
    return entries


def write_snapshot(
    folder: Path, vault: SyncVault, device_id: str, upto: int, entries: list[Entry]
) -> Path:
    """Write snapshot ``upto`` once, durably (FileExistsError if it exists: never replaced)."""
    path = sync_root(folder) / snapshot_name(device_id, upto)
    write_once(path, seal_snapshot(vault, device_id, upto, entries))
    return path


def _numbered(directory: Path, pattern: re.Pattern[str]) -> dict[int, Path]:
    if not directory.is_dir():
        return {}
    return {
        int(m.group(1)): path
        for path in directory.iterdir()
        if (m := pattern.fullmatch(path.name)) and path.is_file()
    }


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SnapshotFile:
    """One snapshot as read: ``entries`` is filled only when ``status`` is OK."""

    device_id: str
    seq: int  # the last batch it stands for
    name: str
    status: Status
    entries: list[Entry] = field(default_factory=list, repr=False)

    def fresh(self, applied: Callable[[int], bool]) -> list[dict[str, Any]]:
        """The operations of batches for which ``applied(seq)`` is False, in order."""
        done = {seq: applied(seq) for seq in {seq for seq, _ in self.entries}}
        return [op for seq, op in self.entries if not done[seq]]


def read_snapshot(
    folder: Path, vault: SyncVault, device_id: str, upto: int, patience: Patience
) -> SnapshotFile:
    name = snapshot_name(device_id, upto)
    data = read_limited(sync_root(folder) / name)
    if data is None:
        return SnapshotFile(device_id, upto, name, Status.NOT_YET)
    result = open_snapshot(vault, device_id, upto, data)
    if isinstance(result, list):
        patience.forget(name)
        return SnapshotFile(device_id, upto, name, Status.OK, result)
    return SnapshotFile(device_id, upto, name, patience.judge(name, data, result))


def list_incoming(
    folder: Path,
    vault: SyncVault,
    *,
    patience: Patience | None = None,
    applied: Mapping[str, int] | None = None,
    skip_devices: frozenset[str] = frozenset(),
) -> Iterator[BatchFile | SnapshotFile]:
    """What to apply, as :func:`~innerchild_desktop.store.sync_folder.list_batches` says, with
    a computer's newest snapshot first where its batches after ``applied`` are gone (replaced by
    it); its batches up to the snapshot are then not offered."""
    patience = patience if patience is not None else Patience()
    after = dict(applied or {})
    ops_dir = sync_root(folder) / "ops"
    for directory in sorted(ops_dir.iterdir()) if ops_dir.is_dir() else []:
        device_id = directory.name
        if not sc.valid_device_id(device_id) or device_id in skip_devices:
            continue
        done = after.get(device_id, 0)
        newest = max(_numbered(directory, _SNAPSHOT_NAME), default=0)
        if newest <= done:
            continue
        batches = _numbered(directory, _BATCH_NAME)
        if all(seq in batches for seq in range(done + 1, newest + 1)):
            continue  # every batch is still there: read them as they are
        yield read_snapshot(folder, vault, device_id, newest, patience)
        after[device_id] = newest
    yield from list_batches(
        folder, vault, patience=patience, applied=after, skip_devices=skip_devices
    )


# --- compacting one's own batches ---------------------------------------------------------------


def _own_entries(
    folder: Path, vault: SyncVault, device_id: str, start: int, upto: int
) -> list[Entry] | None:
    """The entries of own snapshot ``start`` (0: none) and own batches ``start+1..upto``; None
    if any of them is missing or does not open."""
    entries: list[Entry] = []
    root = sync_root(folder)
    if start:
        data = read_limited(root / snapshot_name(device_id, start))
        opened = open_snapshot(vault, device_id, start, data) if data is not None else None
        if not isinstance(opened, list):
            return None
        entries += opened
    for seq in range(start + 1, upto + 1):
        data = read_limited(root / "ops" / device_id / f"{seq:08d}.batch")
        ops = open_batch(vault, device_id, seq, data) if data is not None else None
        if not isinstance(ops, list):
            return None
        entries += [(seq, op) for op in ops]
    return entries


def _compacted(entries: list[Entry]) -> list[Entry] | None:
    """The entries still deciding something; None if one does not read as an operation (never
    drop what this version does not understand)."""
    ops: list[Operation] = []
    first: dict[str, Entry] = {}
    for seq, raw in entries:
        try:
            op = Operation.from_dict(raw)
        except ValueError:
            return None
        ops.append(op)
        first.setdefault(op.op_id, (seq, raw))
    return [first[op.op_id] for op in compact(ops)]


def remove_replaced(folder: Path, vault: SyncVault, device_id: str, upto: int) -> int:
    """Delete own batches ``1..upto`` and own older snapshots, once snapshot ``upto`` opens;
    each only if it opens as what its name says. Returns how many batch files went."""
    directory = sync_root(folder) / "ops" / device_id
    data = read_limited(directory / f"{upto:08d}.snapshot")
    if data is None or not isinstance(open_snapshot(vault, device_id, upto, data), list):
        return 0
    removed = 0
    for seq, path in sorted(_numbered(directory, _BATCH_NAME).items()):
        if seq > upto:
            continue
        data = read_limited(path)
        if data is not None and isinstance(open_batch(vault, device_id, seq, data), list):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    for seq, path in _numbered(directory, _SNAPSHOT_NAME).items():
        if seq >= upto:
            continue
        data = read_limited(path)
        if data is not None and isinstance(open_snapshot(vault, device_id, seq, data), list):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    fsync_dir(directory)
    return removed


def compact_own(
    folder: Path, vault: SyncVault, device_id: str, upto: int, threshold: int = COMPACT_AFTER
) -> int:
    """Replace own batches up to ``upto`` (everyone has applied them: the caller's word) by a
    snapshot, if at least ``threshold`` batches would go. Returns how many batch files went
    (also those a crash left after an earlier snapshot)."""
    check_position(device_id, 0)
    directory = sync_root(folder) / "ops" / device_id
    batches = _numbered(directory, _BATCH_NAME)
    start = max(_numbered(directory, _SNAPSHOT_NAME), default=0)
    removed = 0
    if start and any(seq <= start for seq in batches):  # a crash left them: finish
        removed += remove_replaced(folder, vault, device_id, start)
    upto = min(upto, max(batches, default=0))
    if upto - start < max(threshold, 1):
        return removed
    entries = _own_entries(folder, vault, device_id, start, upto)
    kept = None if entries is None else _compacted(entries)
    if kept is None:
        return removed
    write_snapshot(folder, vault, device_id, upto, kept)
    return removed + remove_replaced(folder, vault, device_id, upto)
