"""Compaction's decisions for :class:`~innerchild_desktop.services.sync.SyncService`.

This computer may replace its own batches up to ``k`` with a snapshot (store/sync_snapshots.py)
once every other computer it knows of (its record in the folder, or, if that record is gone,
what this journal last read of it) says it has applied them. A record that does not open right
now stops compaction (it may be a computer that is behind). A computer whose record has not
reached the folder yet is not waited for: the snapshot is what any computer that is behind
reads instead of the replaced batches, with the same result.
"""

from __future__ import annotations

from pathlib import Path

from innerchild_desktop.store import sync_apply, sync_folder, sync_local
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.sync_folder import Patience, Status
from innerchild_desktop.store.sync_records import read_devices
from innerchild_desktop.store.sync_vault import SyncVault


def applied_everywhere(conn: Connection, folder: Path, vault: SyncVault, own: str) -> int | None:
    """How many of this computer's batches every other computer has applied (all of them when
    there is no other); None while some computer's record does not open."""
    positions: dict[str, int] = {}
    for device, record in read_devices(folder, vault, Patience()).items():
        if device == own:
            continue
        if isinstance(record, Status):
            return None
        positions[device] = record.applied.get(own, 0)
    for known in sync_local.known_devices(conn):
        if known.device != own and known.device not in positions:
            positions[known.device] = known.applied.get(own, 0)
    return min(positions.values(), default=sync_folder.next_seq(folder, own) - 1)


def record_snapshot(conn: Connection, device: str, upto: int, ops: int) -> None:
    """Record batches up to ``upto`` of ``device`` as applied (a snapshot stood for them), so
    ``sync_apply.applied_positions`` says ``upto`` from now on."""
    done = sync_apply.applied_positions(conn).get(device, 0)
    for seq in range(done + 1, upto + 1):
        sync_apply.record_batch(conn, device, seq, ops if seq == upto else 0)
