import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput, JournalDamaged, WrongPassphrase
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import backups, opening
from tests.conftest import PASSPHRASE, snapshot_dir


def test_backup_restores_to_the_moment_it_was_taken(paths, journal, tmp_path) -> None:
    service = JournalService(journal)
    keep = service.add_entry(NewEntry(title="before the backup", body="kept"))
    (tmp_path / "usb").mkdir()  # the stick is plugged in (a missing folder is refused)
    written = backups.write_backup(journal, tmp_path / "usb" / "my-journal")
    assert written.name == "my-journal.icbackup"
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    service.add_entry(NewEntry(title="after the backup", body="later"))
    journal.close()

    kept = backups.restore_backup(paths, written, PASSPHRASE)
    assert kept is not None and (kept / "journal.db").exists()
    with opening.open_journal(paths, PASSPHRASE) as restored:
        titles = [s.title for s in JournalService(restored).list_entries()]
        assert titles == ["before the backup"]
        assert JournalService(restored).get_entry(keep) is not None
        assert restored.verify().ok


def test_backup_contains_no_plaintext(journal, tmp_path) -> None:
    JournalService(journal).add_entry(NewEntry(title="Marker-Zebra-42", body="Marker-Zebra-42"))
    written = backups.write_backup(journal, tmp_path / "b.icbackup")
    with zipfile.ZipFile(written) as zf:
        assert sorted(zf.namelist()) == ["journal.db", "keyslots.json", "manifest.json"]
        for name in zf.namelist():
            assert b"Marker-Zebra-42" not in zf.read(name)


def test_verify_backup_checks_passphrase_and_content(journal, tmp_path) -> None:
    written = backups.write_backup(journal, tmp_path / "b.icbackup")
    assert backups.verify_backup(written, PASSPHRASE, tmp_path / "scratch").ok
    assert list((tmp_path / "scratch").iterdir()) == []
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(written, "wrong passphrase", tmp_path / "scratch")
    assert backups.verify_backup(written, journal.recovery_key(), tmp_path / "scratch").ok


def _corrupt_database_inside(backup, out) -> None:
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = bytearray(src.read(name))
            if name == "journal.db":
                data[5000:5100] = bytes(100)
            dst.writestr(name, bytes(data))


def test_damaged_backup_is_refused_and_live_journal_unchanged(paths, journal, tmp_path) -> None:
    for i in range(30):
        JournalService(journal).add_entry(NewEntry(title=f"e{i}", body="words " * 100))
    good = backups.write_backup(journal, tmp_path / "good.icbackup")
    bad = tmp_path / "bad.icbackup"
    _corrupt_database_inside(good, bad)
    journal.close()
    before = snapshot_dir(paths.root)
    with pytest.raises(JournalDamaged):
        backups.restore_backup(paths, bad, PASSPHRASE)
    assert snapshot_dir(paths.root) == before
    with pytest.raises(WrongPassphrase):
        backups.restore_backup(paths, good, "wrong passphrase")
    assert snapshot_dir(paths.root) == before


def test_not_a_backup_gets_a_clear_error(tmp_path, paths) -> None:
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8 not a zip")
    with pytest.raises(InvalidInput, match="not an Inner Child backup"):
        backups.restore_backup(paths, junk, PASSPHRASE)
    with pytest.raises(InvalidInput, match="no backup file"):
        backups.read_manifest(tmp_path / "missing.icbackup")


def test_restore_into_empty_folder(journal, tmp_path) -> None:
    written = backups.write_backup(journal, tmp_path / "b.icbackup")
    from innerchild_desktop.paths import JournalPaths

    fresh = JournalPaths(tmp_path / "new-laptop")
    assert backups.restore_backup(fresh, written, PASSPHRASE) is None
    opening.open_journal(fresh, PASSPHRASE).close()


def test_rotation_keeps_daily_weekly_monthly() -> None:
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    times = [start + timedelta(hours=12 * i) for i in range(2 * 365)]  # two a day for a year
    keep = backups.select_to_keep(times)
    newest = max(times)
    assert newest in keep
    days = {t.date() for t in keep if newest - t < timedelta(days=7)}
    assert len(days) == 7
    assert len(keep) <= 7 + 4 + 12
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    # the one kept for a day is that day's newest
    for kept in keep:
        assert kept == max(t for t in times if t.date() == kept.date())


def test_backup_now_writes_into_backups_and_prunes(journal) -> None:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    for day in range(20):
        backups.backup_now(journal, now=base + timedelta(days=day))
    found = backups.list_backups(journal.paths.backups)
    assert len(found) == len(backups.select_to_keep([t for t, _ in found]))
    assert 7 <= len(found) <= 11
    assert found[0][0] == base + timedelta(days=19)
