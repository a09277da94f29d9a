"""Sync under faults (issue 17): half-copied, truncated, tampered, duplicated, reordered and
foreign batch files; sync tools' conflict copies; clocks a day off either way; a process killed
while sending and while applying. Nothing is lost and nothing is applied twice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.sync import SyncService
from innerchild_desktop.store import sync_capture
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import open_journal
from innerchild_desktop.store.sync_folder import Patience
from innerchild_desktop.store.sync_vault import sync_root
from tests.conftest import PASSPHRASE
from tests.unit.test_sync_apply import SYNC_PASS, Computer


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Shared"
    shared.mkdir()
    return shared


@pytest.fixture
def pair(tmp_path: Path, folder: Path):  # type: ignore[no-untyped-def]
    a = Computer(tmp_path / "a", "Laptop")
    b = Computer(tmp_path / "b", "Desktop")
    a.sync.setup(folder, SYNC_PASS, a.name, FAST_TEST_KDF)
    b.sync.join(folder, SYNC_PASS, b.name)
    a.sync.sync()
    yield a, b
    a.journal.close()
    b.journal.close()


def _batches(folder: Path, computer: Computer) -> list[Path]:
    device = computer.sync.device_id()
    return sorted((sync_root(folder) / "ops" / str(device)).glob("*.batch"))


def test_a_half_copied_batch_waits_then_applies(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    a.js.add_entry(NewEntry(title="Arrives whole", body="x" * 5000))
    a.sync.sync()
    newest = _batches(folder, a)[-1]
    whole = newest.read_bytes()
    newest.write_bytes(whole[: len(whole) // 2])  # the sync tool is still copying
    report = b.sync.sync()
    assert report.not_yet and "Arrives whole" not in b.titles()
    newest.write_bytes(whole)
    report = b.sync.sync()
    assert not report.not_yet and "Arrives whole" in b.titles()


def test_a_tampered_batch_is_never_applied(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    a.js.add_entry(NewEntry(title="Tampered", body="x"))
    a.sync.sync()
    newest = _batches(folder, a)[-1]
    data = bytearray(newest.read_bytes())
    data[-40] ^= 0x01
    newest.write_bytes(bytes(data))
    first = b.sync.sync()
    assert first.not_yet  # may still be arriving ...
    patience = Patience(attempts=1, seconds=0)  # (as if ten minutes of the same bytes passed)
    report = b.sync.sync(patience=patience)
    assert report.damaged  # ... until the same bytes keep failing: then damaged, said once
    assert "Tampered" not in b.titles()


def test_conflict_copies_and_duplicates_apply_once(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Once only", body="x"))
    a.sync.sync()
    newest = _batches(folder, a)[-1]
    shutil.copy(newest, newest.with_name("00000099.sync-conflict-20261203-120000-ABCDEFG.batch"))
    shutil.copy(newest, newest.with_name(newest.stem + " (conflicted copy).batch"))
    (newest.parent / "notes.sync-conflict-x.txt").write_bytes(b"not ours at all")
    b.sync.sync()
    assert b.titles().count("Once only") == 1
    assert len(b.js.history(entry)) == 0


def test_batches_arriving_out_of_order_converge(pair, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="First", body="one", tags=("a",)))
    a.sync.sync()
    a.js.update_entry(entry, title="Second", tags=("b",))
    a.sync.sync()
    a.js.update_entry(entry, body="three")
    a.sync.sync()
    batches = _batches(folder, a)
    held = tmp_path / "held"
    held.mkdir()
    early = batches[-3]
    shutil.move(early, held / early.name)  # the create arrives last
    b.sync.sync()
    assert "Second" not in b.titles()  # edits wait for their entry
    shutil.move(held / early.name, early)
    b.sync.sync()
    got = b.entry(entry)
    assert (got.title, got.body, got.tags) == ("Second", "three", ("b",))


def test_a_batch_from_another_journal_is_left_alone(pair, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, b = pair
    other_folder = tmp_path / "Other"
    other_folder.mkdir()
    c = Computer(tmp_path / "c", "Stranger")
    c.js.add_entry(NewEntry(title="Not yours", body="x"))
    c.sync.setup(other_folder, "different words entirely", c.name, FAST_TEST_KDF)
    foreign = _batches(other_folder, c)[0]
    target = sync_root(folder) / "ops" / str(c.sync.device_id())
    target.mkdir(parents=True)
    shutil.copy(foreign, target / foreign.name)
    report = b.sync.sync()
    assert report.foreign and "Not yours" not in b.titles()
    c.journal.close()


@pytest.mark.parametrize("skew_days", [1, -1])
def test_a_clock_a_day_off_still_converges_without_loss(
    pair, folder: Path, monkeypatch, skew_days: int
) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Skewed", body="start"))
    a.sync.sync()
    b.sync.sync()
    real = sync_capture.NOW_MS
    day = 24 * 3600 * 1000
    # B's wall clock is a day off while it writes
    monkeypatch.setattr(sync_capture, "NOW_MS", lambda: real() + skew_days * day)
    b.journal.close()
    b.journal = open_journal(JournalPaths(b.journal.paths.root), PASSPHRASE)
    b.js.update_entry(entry, body="desktop, clock off")
    monkeypatch.setattr(sync_capture, "NOW_MS", real)
    a.js.update_entry(entry, body="laptop, clock right")
    for _ in range(2):
        a.sync.sync()
        b.sync.sync()
    assert a.entry(entry).body == b.entry(entry).body
    texts = {a.entry(entry).body} | {r.body for c in (a, b) for r in c.js.history(entry)}
    assert {"desktop, clock off", "laptop, clock right"} <= texts


_CHILD = """
import os, sys
from pathlib import Path
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.sync import SyncService
from innerchild_desktop.store import outbox, sync_apply
from innerchild_desktop.store.opening import open_journal

root, where = sys.argv[1], sys.argv[2]
def die(*args, **kwargs):
    os._exit(9)  # as abrupt as a kill: no cleanup, no rollback
if where == "sending":
    outbox.mark_sent = die  # the batch is in the folder; the outbox not yet told
else:
    sync_apply.record_batch = die  # applied inside the transaction, not committed
journal = open_journal(JournalPaths(Path(root)), sys.argv[3])
SyncService(journal).sync()
print("finished", flush=True)
"""


@pytest.mark.parametrize("where", ["sending", "applying"])
def test_killed_while_syncing_loses_nothing_and_applies_nothing_twice(
    pair, folder: Path, tmp_path: Path, where: str
) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Survives", body="kill -9", tags=("t",)))
    victim = a if where == "sending" else b
    if where == "applying":
        a.sync.sync()
    root = victim.journal.paths.root
    victim.journal.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root), where, PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 9, run.stderr
    victim.journal = open_journal(JournalPaths(root), PASSPHRASE)
    a.sync.sync()
    b.sync.sync()
    a.sync.sync()
    assert a.titles() == b.titles() == ["Survives"]
    assert b.entry(entry).tags == ("t",)
    assert len(b.js.history(entry)) == 0
    assert SyncService(b.journal).status().conflicts == []
