"""Compaction through the service (issue 17): a computer replaces its own old batches with a
snapshot once every other computer has applied them; a computer joining later converges from
the snapshot; one that had applied them is unaffected; one that is behind is waited for; a crash
between writing the snapshot and deleting the batches is harmless."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import Mood, NewEntry
from innerchild_desktop.store import sync_snapshots
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.sync_vault import sync_root
from tests.unit.test_sync_apply import SYNC_PASS, Computer


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Shared"
    shared.mkdir()
    return shared


@pytest.fixture
def pair(tmp_path: Path, folder: Path) -> Iterator[tuple[Computer, Computer]]:
    a = Computer(tmp_path / "a", "Laptop")
    b = Computer(tmp_path / "b", "Desktop")
    a.js.add_entry(NewEntry(title="Before sync", body="Written alone.", tags=("calm",)))
    a.sync.setup(folder, SYNC_PASS, a.name, FAST_TEST_KDF)
    b.sync.join(folder, SYNC_PASS, b.name)
    a.sync.sync()
    yield a, b
    a.journal.close()
    b.journal.close()


def _files(folder: Path, c: Computer) -> list[str]:
    return sorted(p.name for p in (sync_root(folder) / "ops" / str(c.sync.device_id())).iterdir())


def _journal(c: Computer) -> dict[str, tuple[object, ...]]:
    found: dict[str, tuple[object, ...]] = {}
    for trashed, summaries in ((False, c.js.list_entries(limit=1000)), (True, c.js.trashed())):
        for e in summaries:
            full = c.entry(e.id)
            mood = None if full.mood is None else full.mood.name
            history = sorted(r.body for r in c.js.history(e.id))
            found[e.id] = (full.title, full.body, full.tags, mood, trashed, history)
    return found


def _many_syncs(a: Computer, b: Computer, rounds: int = 8) -> list[str]:
    """Edits on both sides, synced each round: many small batches of A's."""
    entries = [a.js.add_entry(NewEntry(title="Kept", body="First words.", tags=("play",)))]
    a.sync.sync()
    b.sync.sync()
    for n in range(rounds):
        a.js.update_entry(entries[0], body=f"Words, version {n}.", mood=Mood(f"m{n}", 0.1, 0.1))
        tags = ("play", "rest") if n % 2 else ("play",)
        a.js.update_entry(entries[0], tags=tags)
        if n == 2:
            entries.append(a.js.add_entry(NewEntry(title="Goes", body="Soon in the trash.")))
        if n == 4:
            a.js.trash(entries[1])
        if n == 5:
            entries.append(b.js.add_entry(NewEntry(title="From B", body="Desk.")))
        a.sync.sync()
        b.sync.sync()
    a.sync.sync()
    return entries


def test_a_new_computer_converges_after_compaction(pair, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _many_syncs(a, b)
    batches = [n for n in _files(folder, a) if n.endswith(".batch")]
    assert len(batches) >= 9
    replaced = a.sync.compact(threshold=5)
    assert replaced == len(batches)  # B has applied every one of them
    assert _files(folder, a) == [f"{len(batches):08d}.snapshot"]
    # B, which had applied them all, is unaffected
    again = b.sync.sync()
    assert again.received_batches == 0 and again.applied.changed == 0
    assert _journal(a) == _journal(b)
    # a computer joining now gets the snapshot instead of the batches: the same journal
    c = Computer(tmp_path / "c", "Group room")
    try:
        c.sync.join(folder, SYNC_PASS, c.name)
        for x in (a, b, c, a, b):
            x.sync.sync()
        assert _journal(c) == _journal(a) == _journal(b)
        assert c.sync.status().conflicts == [] and c.sync.status().parked == 0
        # A writes on; its numbering goes on after the snapshot and everyone receives it
        entry = next(iter(_journal(a)))
        a.js.update_entry(entry, title="After compaction")
        a.sync.sync()
        assert _files(folder, a)[-1] == f"{len(batches) + 1:08d}.batch"
        for x in (b, c):
            x.sync.sync()
        assert _journal(c) == _journal(a) == _journal(b)
        waiting = {x.device: x.waiting_from for x in c.sync.status().computers}
        assert set(waiting.values()) == {0}
    finally:
        c.journal.close()


def test_compaction_waits_for_a_computer_that_has_not_applied(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    before = len(_files(folder, a))
    for n in range(4):
        a.js.add_entry(NewEntry(title=f"Offline {n}", body="B has not seen this."))
        a.sync.sync()
    # B has applied only A's first batches: those may go, the four new ones may not
    assert a.sync.compact(threshold=4) == 0
    assert len(_files(folder, a)) == before + 4
    assert a.sync.compact(threshold=1) == before
    assert [n.endswith(".batch") for n in _files(folder, a)] == [False, True, True, True, True]
    b.sync.sync()
    assert b.titles() == a.titles()
    a.sync.sync()  # A reads B's record: B has applied everything now
    assert a.sync.compact(threshold=1) == 4
    assert len(_files(folder, a)) == 1


def test_a_computer_behind_gets_only_what_it_has_not_applied(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """B's record lost or late: A compacts past what B applied; B converges, nothing twice."""
    a, b = pair
    entry, other = _many_syncs(a, b, rounds=3)
    b.js.update_entry(entry, body="B's words, after A's.")
    b.sync.sync()
    for n in range(3):
        a.js.update_entry(other, body=f"Unseen by B {n}.", tags=("late",))
        a.sync.sync()
    vault = a.sync._config()[1]
    device = str(a.sync.device_id())
    upto = len(_files(folder, a))
    assert sync_snapshots.compact_own(folder, vault, device, upto, threshold=1) == upto
    report = b.sync.sync()
    assert report.received_batches == 1 and not report.not_yet
    assert _journal(b) == _journal(a)
    assert (b.entry(entry).body, b.entry(other).body) == ("B's words, after A's.", "Unseen by B 2.")
    assert b.sync.status().conflicts == []
    assert not b.sync.edited_on_two_computers(entry)


def test_a_crash_between_snapshot_and_deleting_is_harmless(
    pair, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _many_syncs(a, b, rounds=3)
    count = len(_files(folder, a))

    def killed(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(sync_snapshots, "remove_replaced", killed)
    with pytest.raises(KeyboardInterrupt):
        a.sync.compact(threshold=1)
    monkeypatch.undo()
    assert len(_files(folder, a)) == count + 1  # the snapshot and every batch
    c = Computer(tmp_path / "c", "Group room")
    try:
        c.sync.join(folder, SYNC_PASS, c.name)
        c.sync.sync()
        assert _journal(c) == _journal(a)
        # the next sync finishes the deleting, whatever the threshold
        assert a.sync.sync().compacted == count
        assert _files(folder, a) == [f"{count:08d}.snapshot"]
        for x in (b, c):
            report = x.sync.sync()
            assert not report.not_yet and not report.damaged
        assert _journal(c) == _journal(a) == _journal(b)
    finally:
        c.journal.close()


def test_sync_compacts_by_itself_past_the_threshold(
    pair, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    monkeypatch.setattr(sync_snapshots, "COMPACT_AFTER", 3)
    _many_syncs(a, b, rounds=2)
    # A's last sync read B's record (everything applied) and compacted: a snapshot, then
    # each sync adds a batch until three can go again
    names = _files(folder, a)
    assert any(n.endswith(".snapshot") for n in names)
    assert sum(n.endswith(".batch") for n in names) < 3
    for n in range(4):
        a.js.add_entry(NewEntry(title=f"More {n}", body="."))
        a.sync.sync()
        b.sync.sync()
    a.sync.sync()
    assert sum(n.endswith(".snapshot") for n in _files(folder, a)) == 1  # older ones go
    c = Computer(tmp_path / "c", "Group room")
    try:
        c.sync.join(folder, SYNC_PASS, c.name)
        assert _journal(c) == _journal(a) == _journal(b)
    finally:
        c.journal.close()
