"""Sync use cases on one open journal: turn it on, what waits to be sent, sending it.

No command or screen uses this yet (issue 17, next session). Once sync is on, every write of
every service records its operations by itself (store/sync_capture.py): nothing here needs to
be called for that.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from innerchild_desktop.domain.sync_ops import HlcClock, Operation
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import outbox, sync_capture, sync_folder
from innerchild_desktop.store.sync_vault import SyncVault

DEVICE_ID_BYTES = 8  # 16 lowercase hex digits: unique enough among one person's computers


@dataclass(frozen=True)
class Flushed:
    """What one :meth:`SyncService.flush` wrote: the batch's position and how many operations."""

    seq: int
    ops: int
    path: Path


class SyncService:
    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal

    def enable(self, device_name: str) -> str:
        """Turn sync on for this journal, in one transaction with the snapshot of everything
        it holds (waiting in the outbox); returns this computer's id (random lowercase hex,
        kept if sync was on before)."""
        with self.journal.transaction() as conn:
            state = sync_capture.sync_state(conn)
            if state is not None and state.enabled:
                return state.device
            device = secrets.token_hex(DEVICE_ID_BYTES) if state is None else state.device
            outbox.enable(conn, device, device_name.strip())
            last = None if state is None else state.last_hlc
            clock = HlcClock(device, lambda: sync_capture.NOW_MS(), last)
            outbox.record(conn, sync_capture.snapshot(conn, clock))
        return device

    def disable(self) -> None:
        with self.journal.transaction() as conn:
            outbox.disable(conn)

    def is_on(self) -> bool:
        return outbox.is_on(self.journal.conn)

    def device_id(self) -> str | None:
        state = sync_capture.sync_state(self.journal.conn)
        return None if state is None else state.device

    def pending_count(self) -> int:
        if sync_capture.sync_state(self.journal.conn) is None:
            return 0
        return outbox.pending_count(self.journal.conn)

    def pending_ops(self, limit: int = 10_000) -> list[Operation]:
        return [op for _, op in outbox.pending(self.journal.conn, limit)]

    def snapshot_ops(self) -> list[Operation]:
        """Create operations for the whole journal as it is now, freshly stamped (not recorded:
        :meth:`enable` records the one sent first)."""
        state = sync_capture.sync_state(self.journal.conn)
        if state is None:
            clock = HlcClock("snapshot", lambda: sync_capture.NOW_MS())
        else:
            clock = HlcClock(state.device, lambda: sync_capture.NOW_MS(), state.last_hlc)
        return sync_capture.snapshot(self.journal.conn, clock)

    def flush(self, folder: Path, vault: SyncVault, limit: int = 10_000) -> Flushed | None:
        """Write what waits in the outbox as this computer's next batch, then forget it.

        Kill-safe: the batch is durably in the folder before the outbox forgets it; a crash in
        between writes the same operations again in the next batch (harmless: idempotent by
        id). None when nothing waits or sync is off."""
        state = sync_capture.sync_state(self.journal.conn)
        if state is None or not state.enabled:
            return None
        waiting = outbox.pending(self.journal.conn, limit)
        if not waiting:
            return None
        device = state.device
        seq = sync_folder.next_seq(folder, device)
        path = sync_folder.write_batch(
            folder, vault, device, seq, [op.to_dict() for _, op in waiting]
        )
        with self.journal.transaction() as conn:
            outbox.mark_sent(conn, waiting[-1][0])
        return Flushed(seq=seq, ops=len(waiting), path=path)
