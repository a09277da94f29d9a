"""services.access: change the passphrase, show the recovery key again, recover; backups' folder."""

from __future__ import annotations

import os
import stat

import pytest

from innerchild_desktop.domain.errors import InvalidInput, WrongPassphrase
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store import backups, opening
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE, snapshot_dir

NEW = "walnut lantern meadow cello"


def test_change_passphrase_rewraps_and_keeps_the_recovery_key(paths, created) -> None:
    journal, recovery = created
    AccessService(journal.paths, FAST_TEST_KDF).change_passphrase(journal, PASSPHRASE, NEW)
    journal.close()
    with pytest.raises(WrongPassphrase):
        opening.open_journal(paths, PASSPHRASE)
    opening.open_journal(paths, NEW).close()
    opening.open_with_recovery_key(paths, recovery).close()


def test_a_wrong_old_passphrase_changes_nothing(paths, journal) -> None:
    before = paths.key_slots.read_bytes()
    with pytest.raises(WrongPassphrase):
        AccessService(paths, FAST_TEST_KDF).change_passphrase(journal, "not my passphrase", NEW)
    assert paths.key_slots.read_bytes() == before


def test_change_survives_a_lock_while_it_runs(paths, created) -> None:
    """The GUI changes the passphrase in a worker; locking meanwhile zeroes the journal's key.
    The slot must wrap the real key (read back from the slot), never the zeroed buffer."""
    journal, _ = created
    journal.close()  # what Ctrl+L does while the worker is still deriving keys
    AccessService(journal.paths, FAST_TEST_KDF).change_passphrase(journal, PASSPHRASE, NEW)
    opening.open_journal(paths, NEW).close()


def test_recovery_key_again_needs_the_passphrase(journal) -> None:
    with pytest.raises(WrongPassphrase):
        AccessService(journal.paths).recovery_key_again(journal, "not my passphrase")
    again = AccessService(journal.paths).recovery_key_again(journal, PASSPHRASE)
    assert again == journal.recovery_key() and again.startswith("IC1-")


def test_recovery_key_again_is_the_one_from_setup(created) -> None:
    journal, recovery = created
    assert AccessService(journal.paths).recovery_key_again(journal, PASSPHRASE) == recovery


def test_recover_sets_a_new_passphrase(paths, created) -> None:
    journal, recovery = created
    journal.close()
    AccessService(paths, FAST_TEST_KDF).recover(recovery, NEW)
    opening.open_journal(paths, NEW).close()


# --- backups into a folder that is not there ----------------------------------------------------


def test_backup_into_a_missing_folder_is_refused(journal, tmp_path) -> None:
    target = tmp_path / "usb-stick-not-plugged-in" / "journal.icbackup"
    with pytest.raises(InvalidInput, match="does not exist"):
        backups.write_backup(journal, target)
    assert not target.parent.exists()


def test_backup_leaves_the_folder_mode_as_it_was(journal, tmp_path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    backups.write_backup(journal, shared / "journal.icbackup")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert (shared / "journal.icbackup").exists()


def test_backup_now_still_makes_its_own_folder(journal, paths) -> None:
    assert not paths.backups.exists()
    written = backups.backup_now(journal)
    assert written.parent == paths.backups
    assert stat.S_IMODE(paths.backups.stat().st_mode) == 0o700


def test_a_refused_backup_writes_nothing(journal, paths, tmp_path) -> None:
    before = snapshot_dir(paths.root)
    with pytest.raises(InvalidInput):
        backups.write_backup(journal, tmp_path / "nowhere" / "b.icbackup")
    assert snapshot_dir(paths.root) == before
