"""Sync use cases on one open journal: set it up, join it, send and receive, say how it is.

Once sync is on, every write of every service records its operations by itself
(store/sync_capture.py): nothing here needs to be called for that. What arrives is applied by
store/sync_apply.py, one batch per transaction. The folder and the vault's data key are kept in
the encrypted journal (store/sync_local.py), so syncing again needs only the journal open.
"""

from __future__ import annotations

import platform
import secrets
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import cast

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.sync_ops import HlcClock, Operation
from innerchild_desktop.services import sync_compaction
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import (
    outbox,
    sync_apply,
    sync_capture,
    sync_folder,
    sync_local,
    sync_snapshots,
)
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.keyslots import KdfParams, calibrate_kdf
from innerchild_desktop.store.safety_plan_file import write_locked_view
from innerchild_desktop.store.sync_apply import Applied
from innerchild_desktop.store.sync_folder import Patience, Status
from innerchild_desktop.store.sync_records import read_devices, write_device
from innerchild_desktop.store.sync_vault import SyncVault, create_vault, open_vault, sync_root

DEVICE_ID_BYTES = 8  # 16 lowercase hex digits: unique enough among one person's computers
BATCH_OPS = 2_000  # operations per batch file: small files for the sync tool to carry


class SyncNotSetUp(InvalidInput):
    pass


class SyncFolderMissing(InvalidInput):
    pass


class SyncAlreadySetUp(InvalidInput):
    pass


def default_device_name() -> str:
    """This computer's name as the system knows it (shown to the person on the others)."""
    return (platform.node() or "This computer").split(".")[0][:60]


@dataclass(frozen=True)
class HeldDeletes:
    """A batch that would move many entries to the trash: it waits for the person."""

    device: str
    device_name: str
    seq: int
    deleting: int
    live: int


@dataclass
class SyncReport:
    """What one :meth:`SyncService.sync` did and found."""

    sent_batches: int = 0
    sent_ops: int = 0
    received_batches: int = 0
    applied: Applied = field(default_factory=Applied)
    not_yet: list[str] = field(default_factory=list)  # files not readable yet (still arriving?)
    damaged: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)  # from another journal's sync folder
    too_new: list[str] = field(default_factory=list)  # from a newer version of the app
    held: list[HeldDeletes] = field(default_factory=list)
    compacted: int = 0  # own batch files replaced by a snapshot (store/sync_snapshots.py)

    @property
    def changed_here(self) -> bool:
        return self.applied.changed > 0


@dataclass(frozen=True)
class Computer:
    device: str
    name: str
    this_one: bool
    last_seen: str | None
    waiting_from: int  # batches in the folder not applied here yet


@dataclass(frozen=True)
class SyncStatus:
    on: bool
    folder: str | None
    device: str | None
    device_name: str
    folder_present: bool
    waiting_to_send: int
    computers: list[Computer]
    conflicts: list[sync_apply.Conflict]
    parked: int


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
            return _turn_on(conn, device_name.strip())

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

    # --- set up, join, leave ---------------------------------------------------------------

    def setup(
        self,
        folder: Path,
        sync_passphrase: str,
        device_name: str | None = None,
        kdf: KdfParams | None = None,
    ) -> SyncReport:
        """First computer: create the sync vault in ``folder`` and send the whole journal."""
        self._refuse_if_set_up()
        _check_folder(folder)
        vault = create_vault(folder, sync_passphrase, kdf or calibrate_kdf())
        self._start(folder, vault, device_name)
        return self.sync()

    def join(
        self, folder: Path, sync_passphrase: str, device_name: str | None = None
    ) -> SyncReport:
        """Another computer (its journal new or not): send all it holds, receive all there is."""
        self._refuse_if_set_up()
        _check_folder(folder)
        vault = open_vault(folder, sync_passphrase)
        self._start(folder, vault, device_name)
        return self.sync()

    def resume_capture(self) -> None:
        """Record this connection's writes from now on if sync is on (after :meth:`setup` or
        :meth:`join` ran on another connection, as the window's worker does)."""
        if not self.journal.is_open:
            return  # locked meanwhile: the next opening installs it (sync is on by then)
        if not sync_capture.installed(self.journal.conn):
            sync_capture.install_if_on(self.journal.conn)

    def leave(self) -> None:
        """Stop syncing on this computer (the folder and the other computers are untouched)."""
        with self.journal.transaction() as conn:
            outbox.disable(conn)
            sync_local.forget_config(conn)

    def _refuse_if_set_up(self) -> None:
        config = sync_local.load_config(self.journal.conn)
        if config is not None and self.is_on():
            raise SyncAlreadySetUp(
                translate(
                    "services.sync",
                    "This journal already syncs through {folder}. "
                    "To use another folder, stop syncing first.",
                ).format(folder=config.folder)
            )

    def _start(self, folder: Path, vault: SyncVault, device_name: str | None) -> None:
        name = (device_name or default_device_name()).strip() or "This computer"
        with self.journal.transaction() as conn:
            device = _turn_on(conn, name)
            sync_local.save_config(conn, str(folder.resolve()), vault.vault_id, vault.data_key)
            sync_local.remember_device(conn, device, name, {}, seen=False)

    # --- send and receive --------------------------------------------------------------------

    def _config(self) -> tuple[Path, SyncVault, str, str]:
        config = sync_local.load_config(self.journal.conn)
        state = sync_capture.sync_state(self.journal.conn)
        if config is None or state is None or not state.enabled:
            raise SyncNotSetUp(
                translate(
                    "services.sync",
                    "This journal doesn't sync with other computers yet. "
                    "Set it up with 'innerchild sync setup FOLDER' or in Settings.",
                )
            )
        folder = Path(config.folder)
        vault = SyncVault(config.vault_id, config.vault_key)
        header = sync_root(folder) / "vault"
        if not header.is_file():
            raise SyncFolderMissing(
                translate(
                    "services.sync",
                    "The sync folder {folder} isn't there right now (a USB stick not plugged in, "
                    "or a drive not mounted?). Nothing was changed; your writing waits here and "
                    "goes out next time.",
                ).format(folder=folder)
            )
        return folder, vault, state.device, state.device_name

    def sync(self, *, allow_deletes: bool = False, patience: Patience | None = None) -> SyncReport:
        """Send what waits, then apply every batch of the other computers not applied yet."""
        folder, vault, device, name = self._config()
        self.resume_capture()  # set up on another connection: this one records from now on
        report = SyncReport()
        while (flushed := self.flush(folder, vault, BATCH_OPS)) is not None:
            report.sent_batches += 1
            report.sent_ops += flushed.ops
        patience = patience if patience is not None else Patience()
        self._read_devices(folder, vault, device, patience)
        self._receive(folder, vault, device, patience, allow_deletes, report)
        applied = sync_apply.applied_positions(self.journal.conn)
        write_device(folder, vault, device, name, applied)
        with self.journal.transaction() as conn:
            sync_local.remember_device(conn, device, name, applied)
        report.compacted = self.compact()
        if report.applied.safety_plan:
            from innerchild_desktop.services.safety import SafetyService

            write_locked_view(self.journal.paths.root, SafetyService(self.journal).load_plan())
        return report

    def _read_devices(self, folder: Path, vault: SyncVault, own: str, patience: Patience) -> None:
        records = read_devices(folder, vault, patience)
        with self.journal.transaction() as conn:
            for device, record in records.items():
                if device != own and not isinstance(record, Status):
                    sync_local.remember_device(conn, device, record.name, record.applied)

    def _receive(
        self,
        folder: Path,
        vault: SyncVault,
        own: str,
        patience: Patience,
        allow_deletes: bool,
        report: SyncReport,
    ) -> None:
        conn = self.journal.conn
        names = sync_local.device_names(conn)
        waiting: set[str] = set()  # computers whose next batch is not readable or held
        for batch in sync_snapshots.list_incoming(
            folder,
            vault,
            patience=patience,
            applied=sync_apply.applied_positions(conn),
            skip_devices=frozenset({own}),
        ):
            snapshot = isinstance(batch, sync_snapshots.SnapshotFile)
            if batch.device_id in waiting or (
                not snapshot and sync_apply.was_applied(conn, batch.device_id, batch.seq)
            ):
                continue
            if batch.status is not Status.OK:
                self._not_applied(batch, report, waiting)
                continue
            if isinstance(batch, sync_snapshots.SnapshotFile):  # only what is not applied here
                raw = batch.fresh(partial(sync_apply.was_applied, conn, batch.device_id))
            else:
                raw = batch.ops
            ops, bad = _operations(raw)
            if not allow_deletes:
                check = sync_apply.delete_check(conn, ops)
                if check.needs_confirmation:
                    report.held.append(
                        HeldDeletes(
                            batch.device_id,
                            names.get(batch.device_id, ""),
                            batch.seq,
                            check.deleting,
                            check.live,
                        )
                    )
                    waiting.add(batch.device_id)
                    continue
            state = sync_capture.sync_state(conn)
            last = None if state is None else state.last_hlc
            with self.journal.transaction() as tx, sync_capture.suspended(tx):
                applier = sync_apply.Applier(
                    tx, HlcClock(own, lambda: sync_capture.NOW_MS(), last), names
                )
                applier.apply(ops)
                done = applier.finish()
                done.skipped += bad
                if snapshot:
                    sync_compaction.record_snapshot(tx, batch.device_id, batch.seq, len(ops))
                else:
                    sync_apply.record_batch(tx, batch.device_id, batch.seq, len(ops))
            report.applied.add(done)
            report.received_batches += 1

    @staticmethod
    def _not_applied(
        batch: sync_folder.BatchFile | sync_snapshots.SnapshotFile,
        report: SyncReport,
        waiting: set[str],
    ) -> None:
        if batch.status is Status.NOT_YET:
            report.not_yet.append(batch.name)
            waiting.add(batch.device_id)
        elif batch.status is Status.TOO_NEW:
            report.too_new.append(batch.name)
            waiting.add(batch.device_id)
        elif batch.status is Status.FOREIGN:
            report.foreign.append(batch.name)
        else:
            report.damaged.append(batch.name)
            waiting.add(batch.device_id)

    # --- how it is ---------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        conn = self.journal.conn
        state = sync_capture.sync_state(conn)
        config = sync_local.load_config(conn)
        on = state is not None and state.enabled and config is not None
        folder = None if config is None else config.folder
        present = folder is not None and (sync_root(Path(folder)) / "vault").is_file()
        device = None if state is None else state.device
        computers: list[Computer] = []
        if on:
            applied = sync_apply.applied_positions(conn)
            for known in sync_local.known_devices(conn):
                mine = known.device == device
                newest = 0 if mine or not present else _newest_seq(Path(folder or ""), known.device)
                computers.append(
                    Computer(
                        known.device,
                        known.name,
                        mine,
                        known.last_seen,
                        max(0, newest - applied.get(known.device, 0)),
                    )
                )
        return SyncStatus(
            on=on,
            folder=folder,
            device=device,
            device_name="" if state is None else state.device_name,
            folder_present=present,
            waiting_to_send=self.pending_count() if on else 0,
            computers=computers,
            conflicts=sync_apply.unseen_conflicts(conn) if on else [],
            parked=sync_apply.parked_count(conn) if on else 0,
        )

    def edited_on_two_computers(self, entry_id: str) -> bool:
        return sync_apply.edited_on_two_computers(self.journal.conn, "entry", entry_id)

    def mark_conflict_seen(self, entity: str, entity_id: str) -> None:
        """The person has looked: the flag goes, here and (through the outbox) elsewhere."""
        with self.journal.transaction() as conn:
            stamps = sync_apply.mark_seen(conn, entity, entity_id)
            state = sync_capture.sync_state(conn)
            if stamps and state is not None and state.enabled:
                clock = HlcClock(state.device, lambda: sync_capture.NOW_MS(), state.last_hlc)
                seen = Operation.new(clock, entity, entity_id, "*seen_conflict", list(stamps))
                outbox.record(conn, [seen])

    def compact(self, threshold: int | None = None) -> int:
        """Replace this computer's own batches that every other computer has applied with one
        snapshot, once at least ``threshold`` (default ``sync_snapshots.COMPACT_AFTER``) of them
        can go; returns how many went. Never touches another computer's files."""
        threshold = sync_snapshots.COMPACT_AFTER if threshold is None else threshold
        folder, vault, device, _ = self._config()
        upto = sync_compaction.applied_everywhere(self.journal.conn, folder, vault, device)
        if upto is None:
            return 0
        return sync_snapshots.compact_own(folder, vault, device, upto, threshold)

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

    # --- for the window (ui/sync_settings.py, ui/sync_runner.py) -------------------------------

    @staticmethod
    def holds_sync_vault(folder: Path) -> bool:
        """Whether syncing was set up in ``folder`` already (by another computer): then join."""
        return (sync_root(folder) / "vault").is_file()

    @staticmethod
    def files_folder(folder: Path) -> Path:
        """Where the change files live inside the chosen folder (what the window watches)."""
        return sync_root(folder)

    @staticmethod
    def new_patience() -> Patience:
        """One for a whole session of background syncs: a file that keeps failing to open
        becomes "damaged" only after several tries over some seconds (sync_folder.Patience)."""
        return Patience()

    def start_in_worker(
        self,
        folder: Path,
        sync_passphrase: str,
        device_name: str | None,
        kdf: KdfParams | None = None,
        *,
        joining: bool,
    ) -> SyncReport:
        """:meth:`join` or :meth:`setup` on a connection of their own, for a worker thread (the
        window's, while its own thread keeps the journal's connection: one thread each)."""
        with self.journal.worker_view(write=True) as view:
            service = SyncService(cast(OpenJournal, view))  # what it uses, a view has too
            if joining:
                return service.join(folder, sync_passphrase, device_name)
            return service.setup(folder, sync_passphrase, device_name, kdf)


def _turn_on(conn: Connection, device_name: str) -> str:
    """Sync on inside ``conn``'s transaction, with the snapshot of everything the journal holds
    waiting in the outbox; returns this computer's id (kept if sync was on before)."""
    state = sync_capture.sync_state(conn)
    device = secrets.token_hex(DEVICE_ID_BYTES) if state is None else state.device
    outbox.enable(conn, device, device_name)
    last = None if state is None else state.last_hlc
    clock = HlcClock(device, lambda: sync_capture.NOW_MS(), last)
    outbox.record(conn, sync_capture.snapshot(conn, clock))
    return device


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise SyncFolderMissing(
            translate(
                "services.sync",
                "{folder} isn't a folder this computer can see. Choose the folder your sync tool "
                "(Syncthing, Dropbox, …) keeps in step, or a USB stick.",
            ).format(folder=folder)
        )


def _operations(raw: list[dict[str, object]]) -> tuple[list[Operation], int]:
    ops, bad = [], 0
    for item in raw:
        try:
            ops.append(Operation.from_dict(item))
        except ValueError:
            bad += 1
    return ops, bad


def _newest_seq(folder: Path, device: str) -> int:
    try:
        return sync_folder.next_seq(folder, device) - 1
    except (OSError, ValueError):
        return 0
