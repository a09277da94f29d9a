"""Issue 15.1: another journal's valid key file must not block this journal's recovery key."""

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import JournalDamaged, WrongRecoveryKey
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import opening
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE, snapshot_dir


def _two_journals_with_swapped_key_files(tmp_path):
    a_paths, b_paths = JournalPaths(tmp_path / "a"), JournalPaths(tmp_path / "b")
    a, a_recovery = opening.create_journal(a_paths, PASSPHRASE, FAST_TEST_KDF)
    entry_id = JournalService(a).add_entry(NewEntry(title="a", body="mine"))
    a.close()
    b, b_recovery = opening.create_journal(b_paths, PASSPHRASE, FAST_TEST_KDF)
    b.close()
    a_slots = a_paths.key_slots.read_bytes()
    b_slots = b_paths.key_slots.read_bytes()
    a_paths.key_slots.write_bytes(b_slots)
    b_paths.key_slots.write_bytes(a_slots)
    return a_paths, a_recovery, b_recovery, entry_id, b_slots


def test_recovery_key_opens_a_journal_beside_a_foreign_key_file(tmp_path) -> None:
    a_paths, a_recovery, _, entry_id, _ = _two_journals_with_swapped_key_files(tmp_path)
    with opening.open_with_recovery_key(a_paths, a_recovery) as opened:
        assert JournalService(opened).get_entry(entry_id) is not None


def test_recover_sets_the_foreign_key_file_aside_and_writes_a_fresh_one(tmp_path) -> None:
    a_paths, a_recovery, _, entry_id, b_slots = _two_journals_with_swapped_key_files(tmp_path)
    opening.recover_access(a_paths, a_recovery, "a fresh passphrase", FAST_TEST_KDF)
    kept = list(a_paths.root.glob("keyslots.foreign-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b_slots
    with opening.open_journal(a_paths, "a fresh passphrase") as reopened:
        assert JournalService(reopened).get_entry(entry_id) is not None


def test_another_journals_recovery_key_is_still_refused_and_changes_nothing(tmp_path) -> None:
    a_paths, _, b_recovery, _, _ = _two_journals_with_swapped_key_files(tmp_path)
    # b's recovery key matches the (b) key file beside a, but not a's database.
    before = snapshot_dir(a_paths.root)
    with pytest.raises((WrongRecoveryKey, JournalDamaged)):
        opening.recover_access(a_paths, b_recovery, "a fresh passphrase", FAST_TEST_KDF)
    assert snapshot_dir(a_paths.root) == before
    c_paths = JournalPaths(tmp_path / "c")
    c, c_recovery = opening.create_journal(c_paths, "other", FAST_TEST_KDF)
    c.close()
    with pytest.raises(WrongRecoveryKey, match="letter by letter"):
        opening.recover_access(a_paths, c_recovery, "a fresh passphrase", FAST_TEST_KDF)
    assert snapshot_dir(a_paths.root) == before


def test_passphrase_of_a_foreign_key_file_does_not_just_say_damaged(tmp_path) -> None:
    a_paths, *_ = _two_journals_with_swapped_key_files(tmp_path)
    with pytest.raises(JournalDamaged) as err:
        opening.open_journal(a_paths, PASSPHRASE)
    assert "recovery key" in str(err.value) and "another journal" in str(err.value)
