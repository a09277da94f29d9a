import os
import threading

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import (
    JournalDamaged,
    JournalExists,
    JournalInUse,
    JournalMissing,
    JournalTooNew,
    KeyFileMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import opening
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.schema import SCHEMA_VERSION
from tests.conftest import PASSPHRASE, snapshot_dir


def add(journal, title="t", body="b"):
    return JournalService(journal).add_entry(NewEntry(title=title, body=body))


def test_create_then_open_reads_back_what_was_written(paths, created) -> None:
    journal, _ = created
    entry_id = add(journal, "Hello", "little one")
    journal.close()
    with opening.open_journal(paths, PASSPHRASE) as again:
        entry = JournalService(again).get_entry(entry_id)
        assert entry is not None and entry.body == "little one"
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert again.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert again.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert again.conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


def test_files_are_owner_only(paths, journal) -> None:
    add(journal)
    for path in [paths.root, paths.database, paths.key_slots, *paths.sidecars()]:
        if path.exists():
            assert path.stat().st_mode & 0o077 == 0, path


def test_database_is_not_readable_without_the_key(paths, journal) -> None:
    add(journal, "Findable title", "secret words")
    journal.close()
    head = paths.database.read_bytes()[:16]
    assert not head.startswith(b"SQLite format 3")


def test_create_refuses_to_overwrite_an_existing_journal(paths, journal) -> None:
    journal.close()
    before = snapshot_dir(paths.root)
    with pytest.raises(JournalExists):
        opening.create_journal(paths, "another passphrase", FAST_TEST_KDF)
    assert snapshot_dir(paths.root) == before


def _assert_failed_open_changes_nothing(paths, error, opener) -> None:
    before = snapshot_dir(paths.root)
    names_before = sorted(os.listdir(paths.root))
    with pytest.raises(error):
        opener()
    assert sorted(os.listdir(paths.root)) == names_before
    assert snapshot_dir(paths.root) == before


def test_wrong_passphrase_changes_nothing(paths, journal) -> None:
    add(journal)
    journal.close()
    _assert_failed_open_changes_nothing(
        paths, WrongPassphrase, lambda: opening.open_journal(paths, "not it")
    )


def test_damaged_database_is_reported_as_damage_and_changes_nothing(paths, journal) -> None:
    add(journal)
    journal.close()
    data = bytearray(paths.database.read_bytes())
    data[100:200] = bytes(100)  # inside page 1: its HMAC no longer matches
    paths.database.write_bytes(bytes(data))
    _assert_failed_open_changes_nothing(
        paths, JournalDamaged, lambda: opening.open_journal(paths, PASSPHRASE)
    )


def test_newer_schema_is_refused_and_changes_nothing(paths, journal) -> None:
    journal.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    journal.close()
    _assert_failed_open_changes_nothing(
        paths, JournalTooNew, lambda: opening.open_journal(paths, PASSPHRASE)
    )


def test_missing_key_file_and_missing_journal(paths, journal) -> None:
    journal.close()
    paths.key_slots.unlink()
    _assert_failed_open_changes_nothing(
        paths, KeyFileMissing, lambda: opening.open_journal(paths, PASSPHRASE)
    )
    paths.database.unlink()
    with pytest.raises(JournalMissing):
        opening.open_journal(paths, PASSPHRASE)


def test_failed_open_after_a_crash_leaves_wal_untouched(paths, journal) -> None:
    """A journal left with -wal/-shm by a crash: a wrong key must not checkpoint or delete."""
    add(journal, "kept in the log", "x" * 5000)
    # Simulate a crash: copy the live files while the connection still holds the WAL.
    crashed = paths.root.parent / "crashed"
    crashed.mkdir()
    for path in [paths.database, paths.key_slots, *paths.sidecars()]:
        if path.exists():
            (crashed / path.name).write_bytes(path.read_bytes())
    journal.close()
    from innerchild_desktop.paths import JournalPaths

    crashed_paths = JournalPaths(crashed)
    assert crashed_paths.sidecars()[0].exists()
    _assert_failed_open_changes_nothing(
        crashed_paths, WrongPassphrase, lambda: opening.open_journal(crashed_paths, "nope")
    )
    with opening.open_journal(crashed_paths, PASSPHRASE) as recovered:
        titles = [s.title for s in JournalService(recovered).list_entries()]
    assert titles == ["kept in the log"]


def test_second_opener_gets_a_clear_in_use_error(paths, journal) -> None:
    with pytest.raises(JournalInUse):
        opening.open_journal(paths, PASSPHRASE)
    journal.close()
    opening.open_journal(paths, PASSPHRASE).close()


def test_lock_is_released_when_the_holder_dies(paths, journal) -> None:
    journal.close()
    import subprocess
    import sys

    code = (
        "import os, sys; from pathlib import Path; "
        "from innerchild_desktop.store.lockfile import JournalLock; "
        "JournalLock(Path(sys.argv[1])).acquire(); print('held', flush=True); os._exit(9)"
    )
    child = subprocess.run(
        [sys.executable, "-c", code, str(paths.lock)], capture_output=True, text=True
    )
    # The child really took the lock and died holding it (not, say, failed to import).
    assert (child.returncode, child.stdout) == (9, "held\n"), child.stderr
    opening.open_journal(paths, PASSPHRASE).close()


def test_recovery_key_opens_and_resets_access_even_without_key_file(paths, created) -> None:
    journal, recovery = created
    entry_id = add(journal, "still here")
    journal.close()
    paths.key_slots.unlink()
    opening.recover_access(paths, recovery, "a brand new passphrase", FAST_TEST_KDF)
    with opening.open_journal(paths, "a brand new passphrase") as reopened:
        assert JournalService(reopened).get_entry(entry_id) is not None


def test_recovery_key_for_another_journal_is_rejected(paths, created, tmp_path) -> None:
    journal, _ = created
    journal.close()
    from innerchild_desktop.paths import JournalPaths

    other, other_recovery = opening.create_journal(
        JournalPaths(tmp_path / "other"), "other pass", FAST_TEST_KDF
    )
    other.close()
    with pytest.raises(WrongRecoveryKey):
        opening.open_with_recovery_key(paths, other_recovery)
    paths.key_slots.unlink()  # without the key file, the database itself must refuse it
    before = snapshot_dir(paths.root)
    with pytest.raises(WrongRecoveryKey):
        opening.open_with_recovery_key(paths, other_recovery)
    assert snapshot_dir(paths.root) == before


def test_damaged_key_file_is_kept_aside_by_recovery(paths, created) -> None:
    journal, recovery = created
    journal.close()
    paths.key_slots.write_text("garbage")
    opening.recover_access(paths, recovery, "fresh passphrase here", FAST_TEST_KDF)
    kept = list(paths.root.glob("keyslots.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == "garbage"
    opening.open_journal(paths, "fresh passphrase here").close()


def test_change_passphrase_is_constant_time_in_journal_size(paths, journal) -> None:
    for i in range(50):
        add(journal, f"entry {i}", "words " * 200)
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database_before = paths.database.read_bytes()
    journal.change_passphrase(PASSPHRASE, "the next passphrase", FAST_TEST_KDF)
    assert paths.database.read_bytes() == database_before  # only the key slot changed
    with pytest.raises(WrongPassphrase):
        journal.change_passphrase(PASSPHRASE, "x" * 12, FAST_TEST_KDF)
    journal.close()
    with pytest.raises(WrongPassphrase):
        opening.open_journal(paths, PASSPHRASE)
    opening.open_journal(paths, "the next passphrase").close()


def test_close_forgets_the_key(paths, journal) -> None:
    key = journal._master_key
    journal.close()
    assert bytes(key) == bytes(len(key))
    assert not journal.is_open


def test_interrupted_setup_leftovers_do_not_block_a_new_setup(paths) -> None:
    paths.root.mkdir(parents=True)
    (paths.root / "journal.db.new").write_bytes(b"half-written")
    journal, _ = opening.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    journal.close()
    assert not (paths.root / "journal.db.new").exists()


def test_connection_usable_from_worker_thread(paths, journal) -> None:
    """The GUI unlocks in a worker and then uses the connection on the GUI thread."""
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(JournalService(journal).count()))
    thread.start()
    thread.join()
    assert result == [0]
