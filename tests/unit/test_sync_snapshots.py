"""Snapshot files of compaction (store/sync_snapshots.py): sealed like batches, judged like them,
offered to a reader only where the batches they replace are gone, and written and deleted only
by their own computer, only over its own readable batches."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from innerchild_desktop.domain.sync_ops import CREATE, HlcClock, Operation
from innerchild_desktop.store import sync_crypto as sc
from innerchild_desktop.store import sync_snapshots as snaps
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.sync_folder import (
    BatchFile,
    Patience,
    Status,
    create_vault,
    next_seq,
    seal_batch,
    sync_root,
    write_batch,
)
from innerchild_desktop.store.sync_vault import SyncVault

T0 = 1_780_000_000_000


@pytest.fixture
def vault(tmp_path: Path) -> SyncVault:
    return create_vault(tmp_path, "sync words", FAST_TEST_KDF)


def _write_batches(folder: Path, vault: SyncVault, device: str, count: int) -> list[Operation]:
    """``count`` batches of ``device``: one entry created, then its mood set again and again."""
    clock = HlcClock(device, now_ms=lambda: T0)
    ops = [Operation.new(clock, "entry", f"e-{device}", CREATE, {"title": "T", "kind": "free"})]
    write_batch(folder, vault, device, 1, [ops[0].to_dict()])
    for seq in range(2, count + 1):
        op = Operation.new(clock, "entry", f"e-{device}", "starred", seq % 2 == 0)
        ops.append(op)
        write_batch(folder, vault, device, seq, [op.to_dict()])
    return ops


def _files(folder: Path, device: str) -> list[str]:
    return sorted(p.name for p in (sync_root(folder) / "ops" / device).iterdir())


def test_a_snapshot_opens_only_as_itself(vault: SyncVault) -> None:
    entries: list[snaps.Entry] = [(1, {"a": 1}), (3, {"b": [2]})]
    data = snaps.seal_snapshot(vault, "dev", 3, entries)
    assert snaps.open_snapshot(vault, "dev", 3, data) == entries
    # another position, another device, a truncated copy, one flipped bit: never opened
    assert snaps.open_snapshot(vault, "dev", 4, data) is sc.Problem.BAD
    assert snaps.open_snapshot(vault, "other", 3, data) is sc.Problem.BAD
    assert snaps.open_snapshot(vault, "dev", 3, data[:-7]) is sc.Problem.SHORT
    flipped = data[:-3] + bytes([data[-3] ^ 1]) + data[-2:]
    assert snaps.open_snapshot(vault, "dev", 3, flipped) is sc.Problem.BAD
    # a batch is not a snapshot, nor the other way round
    batch = seal_batch(vault, "dev", 3, [{"a": 1}])
    assert isinstance(snaps.open_snapshot(vault, "dev", 3, batch), sc.Problem)
    with pytest.raises(ValueError):
        snaps.seal_snapshot(vault, "dev", 3, [(4, {})])  # a batch after the snapshot's end


def test_compacting_replaces_own_batches_and_keeps_the_numbering(
    tmp_path: Path, vault: SyncVault
) -> None:
    ops = _write_batches(tmp_path, vault, "mine", 6)
    _write_batches(tmp_path, vault, "theirs", 3)
    assert snaps.compact_own(tmp_path, vault, "mine", upto=5, threshold=6) == 0  # too few
    assert snaps.compact_own(tmp_path, vault, "mine", upto=5, threshold=5) == 5
    assert _files(tmp_path, "mine") == ["00000005.snapshot", "00000006.batch"]
    assert len(_files(tmp_path, "theirs")) == 3  # never another computer's files
    assert next_seq(tmp_path, "mine") == 7
    data = (sync_root(tmp_path) / snaps.snapshot_name("mine", 5)).read_bytes()
    kept = snaps.open_snapshot(vault, "mine", 5, data)
    # the create (batch 1) and the latest "starred" (batch 5), as written
    assert kept == [(1, ops[0].to_dict()), (5, ops[4].to_dict())]
    # everything written next keeps counting after the snapshot, even with no batch left
    assert snaps.compact_own(tmp_path, vault, "mine", upto=6, threshold=1) == 1
    assert _files(tmp_path, "mine") == ["00000006.snapshot"]
    assert next_seq(tmp_path, "mine") == 7


def test_nothing_is_compacted_over_a_batch_that_does_not_open(
    tmp_path: Path, vault: SyncVault
) -> None:
    _write_batches(tmp_path, vault, "mine", 4)
    own = sync_root(tmp_path) / "ops" / "mine"
    third = own / "00000003.batch"
    good = third.read_bytes()
    third.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    assert snaps.compact_own(tmp_path, vault, "mine", upto=4, threshold=1) == 0
    assert len(_files(tmp_path, "mine")) == 4
    # a file under a batch's name that is not this computer's batch is never deleted
    third.write_bytes(seal_batch(vault, "mine", 2, [{}]))
    assert snaps.compact_own(tmp_path, vault, "mine", upto=4, threshold=1) == 0
    third.write_bytes(good)
    assert snaps.compact_own(tmp_path, vault, "mine", upto=4, threshold=1) == 4


def test_a_crash_between_writing_and_deleting_is_finished_next_time(
    tmp_path: Path, vault: SyncVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_batches(tmp_path, vault, "mine", 4)

    def killed(*args: object) -> int:
        raise KeyboardInterrupt  # the process dies right after the snapshot is durable

    monkeypatch.setattr(snaps, "remove_replaced", killed)
    with pytest.raises(KeyboardInterrupt):
        snaps.compact_own(tmp_path, vault, "mine", upto=3, threshold=1)
    monkeypatch.undo()
    assert len(_files(tmp_path, "mine")) == 5  # both: harmless
    # a reader with every batch there reads the batches; the snapshot is not offered
    listed = list(snaps.list_incoming(tmp_path, vault, applied={}))
    assert [(type(b).__name__, b.seq) for b in listed] == [("BatchFile", n) for n in (1, 2, 3, 4)]
    assert snaps.compact_own(tmp_path, vault, "mine", upto=3, threshold=1) == 3
    assert _files(tmp_path, "mine") == ["00000003.snapshot", "00000004.batch"]


def test_readers_get_the_snapshot_only_where_batches_are_gone(
    tmp_path: Path, vault: SyncVault
) -> None:
    _write_batches(tmp_path, vault, "mine", 5)
    snaps.compact_own(tmp_path, vault, "mine", upto=3, threshold=1)

    def seen(applied: dict[str, int]) -> list[tuple[str, int, Status]]:
        return [
            (type(b).__name__, b.seq, b.status)
            for b in snaps.list_incoming(tmp_path, vault, applied=applied)
        ]

    ok = Status.OK
    assert seen({}) == [("SnapshotFile", 3, ok), ("BatchFile", 4, ok), ("BatchFile", 5, ok)]
    assert seen({"mine": 1}) == [
        ("SnapshotFile", 3, ok),
        ("BatchFile", 4, ok),
        ("BatchFile", 5, ok),
    ]
    assert seen({"mine": 3}) == [("BatchFile", 4, ok), ("BatchFile", 5, ok)]
    assert seen({"mine": 5}) == []
    # a computer that had applied batch 1 gets only the operations of later batches
    first = next(iter(snaps.list_incoming(tmp_path, vault, applied={"mine": 1})))
    assert isinstance(first, snaps.SnapshotFile)
    assert [seq for seq, _ in first.entries] == [1, 3]
    assert len(first.fresh(lambda seq: seq <= 1)) == 1
    # skipped like batches for this computer's own folder
    assert seen({}) and not list(
        snaps.list_incoming(tmp_path, vault, applied={}, skip_devices=frozenset({"mine"}))
    )


def test_a_half_copied_or_tampered_snapshot_is_never_applied(
    tmp_path: Path, vault: SyncVault
) -> None:
    _write_batches(tmp_path, vault, "mine", 3)
    snaps.compact_own(tmp_path, vault, "mine", upto=3, threshold=1)
    path = sync_root(tmp_path) / snaps.snapshot_name("mine", 3)
    good = path.read_bytes()
    clock = [0.0]
    patience = Patience(attempts=2, seconds=60, now=lambda: clock[0])

    def first() -> BatchFile | snaps.SnapshotFile:
        return next(iter(snaps.list_incoming(tmp_path, vault, patience=patience, applied={})))

    path.write_bytes(good[: len(good) // 2])  # still arriving
    assert (first().status, first().name) == (Status.NOT_YET, "ops/mine/00000003.snapshot")
    tampered = good[:-5] + bytes([good[-5] ^ 0x40]) + good[-4:]
    path.write_bytes(tampered)
    assert first().status is Status.NOT_YET
    clock[0] = 120.0
    assert first().status is Status.DAMAGED  # the same bytes, again and later: never applied
    path.write_bytes(good)
    assert first().status is Status.OK
    # a snapshot copied under another computer's name does not open there
    other = sync_root(tmp_path) / "ops" / "other"
    other.mkdir()
    shutil.copy(path, other / "00000003.snapshot")
    found = [b for b in snaps.list_incoming(tmp_path, vault, applied={}) if b.device_id == "other"]
    assert [b.status for b in found] == [Status.NOT_YET]
