"""Renewing the master key: the old passphrase + an old key file stop opening the journal."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import (
    InnerChildError,
    WrongBackupPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import backups, opening, rekey, vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE, snapshot_dir

SECOND = "walnut lantern meadow cello"
THIRD = "harbour quilt thistle morning"


def _titles(journal: vault.Journal) -> set[str]:
    return {row[0] for row in journal.conn.execute("SELECT title FROM entries")}


def _no_leftovers(paths) -> None:  # type: ignore[no-untyped-def]
    staged = rekey.files(paths)
    assert not staged.intent.exists()
    assert not staged.staged_db.exists()
    assert not staged.staged_slots.exists()


def test_old_passphrase_and_old_key_file_no_longer_open_after_a_new_key(
    paths, created, tmp_path: Path
) -> None:
    journal, old_recovery = created
    JournalService(journal).add_entry(NewEntry(title="before", body="kept"))
    old_slots = paths.key_slots.read_bytes()
    AccessService(journal.paths, FAST_TEST_KDF).change_passphrase(journal, PASSPHRASE, SECOND)
    journal.close()

    # What a plain passphrase change leaves open (said in the README): old key file + old
    # passphrase still unwrap the same master key, which opens the current journal.
    new_slots = paths.key_slots.read_bytes()
    paths.key_slots.write_bytes(old_slots)
    opening.open_journal(paths, PASSPHRASE).close()
    paths.key_slots.write_bytes(new_slots)

    journal = opening.open_journal(paths, SECOND)
    old_backup = backups.write_backup(journal, tmp_path / "old.icbackup")
    new_recovery = AccessService(journal.paths, FAST_TEST_KDF).renew_key(journal, SECOND, THIRD)
    assert new_recovery != old_recovery and new_recovery.startswith("IC1-")
    JournalService(journal).add_entry(NewEntry(title="after", body="written under the new key"))
    assert _titles(journal) == {"before", "after"}  # the open journal carries on
    journal.close()
    _no_leftovers(paths)

    renewed_slots = paths.key_slots.read_bytes()
    for stale in (old_slots, new_slots):
        paths.key_slots.write_bytes(stale)
        with pytest.raises(InnerChildError):
            opening.open_journal(paths, PASSPHRASE if stale is old_slots else SECOND)
    paths.key_slots.write_bytes(renewed_slots)
    with pytest.raises(WrongPassphrase):
        opening.open_journal(paths, SECOND)
    with pytest.raises(WrongRecoveryKey):
        opening.open_with_recovery_key(paths, old_recovery)
    with opening.open_journal(paths, THIRD) as reopened:
        assert _titles(reopened) == {"before", "after"}
        assert reopened.verify().ok
        assert AccessService(reopened.paths).recovery_key_again(reopened, THIRD) == new_recovery
    with opening.open_with_recovery_key(paths, new_recovery) as by_key:
        assert _titles(by_key) == {"before", "after"}

    # The old backup still opens its own old copy with the old secret, and only with it.
    assert backups.verify_backup(old_backup, SECOND, tmp_path).ok
    assert backups.verify_backup(old_backup, old_recovery, tmp_path).ok
    with pytest.raises(WrongBackupPassphrase):
        backups.verify_backup(old_backup, THIRD, tmp_path)


def test_a_wrong_passphrase_renews_nothing(paths, journal) -> None:
    before = snapshot_dir(paths.root)
    with pytest.raises(WrongPassphrase):
        AccessService(paths, FAST_TEST_KDF).renew_key(journal, "not my passphrase", THIRD)
    assert snapshot_dir(paths.root) == before


def test_a_failure_before_the_swap_leaves_everything_as_it_was(
    paths, created, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, recovery = created
    JournalService(journal).add_entry(NewEntry(title="before"))
    slots = paths.key_slots.read_bytes()

    def fail(name: str) -> None:
        if name == "closed":
            raise OSError("the disk went away")

    monkeypatch.setattr(rekey, "_step", fail)
    with pytest.raises(OSError):
        AccessService(journal.paths, FAST_TEST_KDF).renew_key(journal, PASSPHRASE, THIRD)
    _no_leftovers(paths)
    assert paths.key_slots.read_bytes() == slots
    JournalService(journal).add_entry(NewEntry(title="still writable"))  # reopened, old key
    journal.close()
    with opening.open_journal(paths, PASSPHRASE) as again:
        assert _titles(again) == {"before", "still writable"}
    opening.open_with_recovery_key(paths, recovery).close()


_CRASH = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.domain.entries import NewEntry
    from innerchild_desktop.store import opening, rekey
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF

    root, target, old, new = sys.argv[1:]

    def crash(name):
        if name == target:
            os._exit(9)  # as abrupt as a kill: no cleanup, no finally

    rekey._step = crash
    journal = opening.open_journal(JournalPaths(Path(root)), old)
    JournalService(journal).add_entry(NewEntry(title="just before"))  # still in the WAL
    AccessService(journal.paths, FAST_TEST_KDF).renew_key(journal, old, new)
    os._exit(0)
    """
)

BEFORE_COMMIT = ("staged_db", "staged_slots", "intent", "closed")
AFTER_COMMIT = ("db_replaced", "slots_replaced")


@pytest.mark.parametrize("step", BEFORE_COMMIT + AFTER_COMMIT)
def test_a_crash_at_each_step_leaves_a_journal_that_opens(paths, created, step: str) -> None:
    journal, old_recovery = created
    JournalService(journal).add_entry(NewEntry(title="before"))
    journal.close()
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _CRASH, str(paths.root), step, PASSPHRASE, THIRD],
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 9, done.stderr

    # The files as the crash left them open with one set of key material or the other.
    staged = rekey.files(paths)
    assert staged.intent.exists() == (step not in ("staged_db", "staged_slots"))

    if step in BEFORE_COMMIT:  # undone: the old passphrase and recovery key, as before
        with pytest.raises(WrongPassphrase):
            opening.open_journal(paths, THIRD)
        with opening.open_journal(paths, PASSPHRASE) as undone:
            assert _titles(undone) == {"before", "just before"}
            assert undone.verify().ok
        opening.open_with_recovery_key(paths, old_recovery).close()
    else:  # completed: the new passphrase; the new recovery key can be shown with it
        with pytest.raises(WrongPassphrase):
            opening.open_journal(paths, PASSPHRASE)
        with opening.open_journal(paths, THIRD) as completed:
            assert _titles(completed) == {"before", "just before"}
            assert completed.verify().ok
            new_recovery = AccessService(completed.paths).recovery_key_again(completed, THIRD)
        with pytest.raises(WrongRecoveryKey):
            opening.open_with_recovery_key(paths, old_recovery)
        opening.open_with_recovery_key(paths, new_recovery).close()
    _no_leftovers(paths)


def test_the_recovery_key_alone_completes_an_interrupted_swap(paths, created) -> None:
    """Someone who lost the passphrase right after a crash still gets in (recover path)."""
    journal, old_recovery = created
    journal.close()
    rekey_files = rekey.files(paths)
    # An intent with its staged database still there: not committed, so it is undone.
    rekey_files.staged_db.write_bytes(b"half written")
    rekey_files.intent.write_text("{}")
    opening.open_with_recovery_key(paths, old_recovery).close()
    _no_leftovers(paths)


def test_a_second_connection_open_stops_the_swap_before_it_starts(paths, created) -> None:
    """A worker's connection (an import, a backup) would write into the old file: refuse."""
    journal, _ = created
    with journal.worker_view(write=True) as view:
        with pytest.raises(rekey.RekeyFailed, match="still busy"):
            AccessService(journal.paths, FAST_TEST_KDF).renew_key(journal, PASSPHRASE, THIRD)
        assert view.conn.execute("SELECT count(*) FROM entries").fetchone() == (0,)
    _no_leftovers(paths)
    JournalService(journal).add_entry(NewEntry(title="still writable"))
    journal.close()
    opening.open_journal(paths, PASSPHRASE).close()


def test_a_journal_restored_after_the_crash_keeps_its_own_key_file(paths, created) -> None:
    """Committed, then cut short; before the next open a backup's journal was put in place.
    The new key file is not that journal's: it is kept aside, not laid over the restored one."""
    journal, _ = created
    journal.close()
    repo = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, "-c", _CRASH, str(paths.root), "db_replaced", PASSPHRASE, THIRD],
        env={**os.environ, "PYTHONPATH": str(repo)},
        check=False,
    )
    other = paths.root.parent / "other"
    restored, _ = opening.create_journal(JournalPaths(other), SECOND, FAST_TEST_KDF)
    restored.close()
    os.replace(other / "journal.db", paths.database)  # what a restore would put in place
    os.replace(other / "keyslots.json", paths.key_slots)
    opening.open_journal(paths, SECOND).close()
    assert len(list(paths.root.glob("keyslots.renewed-*.json"))) == 1
    _no_leftovers(paths)
