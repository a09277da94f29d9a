"""services.backup and services.access as the shells use them: one door each, and backups made
before the journal's last new key say that they open only with the key material of then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from innerchild_desktop.domain.errors import WrongPassphrase
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.backup import (
    BEFORE_NEW_KEY,
    BackupService,
    made_before_new_key,
)
from innerchild_desktop.store import opening, rekey, settings, vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE

NEW = "walnut lantern meadow cello"
LONG_AGO = datetime(2020, 5, 17, 9, 30, tzinfo=UTC)


def test_a_new_key_is_recorded_with_its_time(paths, journal) -> None:
    assert BackupService(journal.paths, journal).key_renewed_at() is None
    before = datetime.now(UTC).replace(microsecond=0)
    AccessService(journal.paths, FAST_TEST_KDF).renew_key(journal, PASSPHRASE, NEW)
    when = BackupService(journal.paths, journal).key_renewed_at()
    assert when is not None and before <= when <= datetime.now(UTC)
    assert settings.KEY_RENEWED_AT.key in settings.INTERNAL_SETTINGS  # never exported


def test_backups_made_before_the_new_key_say_so(paths, journal) -> None:
    service = BackupService(paths, journal)
    old = service.backup_now(now=LONG_AGO)
    assert [b.before_new_key for b in service.list_backups()] == [False]  # no renewal yet
    AccessService(journal.paths, FAST_TEST_KDF).renew_key(journal, PASSPHRASE, NEW)
    renewed = BackupService(journal.paths, journal).key_renewed_at()
    assert renewed is not None
    new = service.backup_now(now=renewed + timedelta(minutes=1))
    listed = {b.path: b for b in service.list_backups()}
    assert listed[old].before_new_key and listed[old].note == BEFORE_NEW_KEY
    assert "opens with the passphrase and recovery key you had then" in listed[old].note
    assert not listed[new].before_new_key and listed[new].note == ""
    # As the words promise: the old one opens with the old passphrase, not the new one.
    assert service.verify_backup(old, PASSPHRASE).ok
    assert service.verify_backup(new, NEW).ok


def test_a_backup_file_describes_itself_against_the_open_journal(
    paths, journal, tmp_path, monkeypatch
) -> None:
    service = BackupService(paths, journal)
    written = service.write_backup(tmp_path / "mine")
    assert not service.describe(written).before_new_key
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="seconds")
    monkeypatch.setattr(rekey, "renewal_time", lambda: later)
    AccessService(journal.paths, FAST_TEST_KDF).renew_key(journal, PASSPHRASE, NEW)
    assert service.describe(written).before_new_key
    # Locked (or another journal's backup): nothing to compare with, so nothing is claimed.
    assert not BackupService(paths).describe(written).before_new_key
    other_paths = JournalPaths(tmp_path / "other")
    other, _ = opening.create_journal(other_paths, PASSPHRASE, FAST_TEST_KDF)
    with other:
        with other.transaction() as conn:
            settings.set_setting(conn, settings.KEY_RENEWED_AT, later)
        assert not BackupService(other_paths, other).describe(written).before_new_key


@pytest.mark.parametrize(
    ("made", "renewed", "before"),
    [
        (LONG_AGO, None, False),
        (LONG_AGO, LONG_AGO + timedelta(seconds=1), True),
        (LONG_AGO, LONG_AGO + timedelta(milliseconds=400), False),  # the same second: after
        (LONG_AGO + timedelta(seconds=1), LONG_AGO, False),
        (LONG_AGO.replace(tzinfo=None), LONG_AGO + timedelta(hours=1), True),
    ],
)
def test_made_before_new_key(made, renewed, before) -> None:
    assert made_before_new_key(made, renewed) is before


def test_the_access_service_works_while_locked(paths) -> None:
    service = AccessService(paths, FAST_TEST_KDF)
    assert not service.exists()
    journal, recovery = service.create(PASSPHRASE)
    journal.close()
    assert service.exists()
    with service.open(PASSPHRASE) as opened:
        assert service.recovery_key_again(opened, PASSPHRASE) == recovery
        service.change_passphrase(opened, PASSPHRASE, NEW)
    with pytest.raises(WrongPassphrase):
        service.open(PASSPHRASE)
    service.recover(recovery, PASSPHRASE)
    service.open(PASSPHRASE).close()
    service.open_with_recovery_key(recovery).close()


def test_check_journal_reports_a_sound_journal(paths, journal) -> None:
    check = BackupService(paths, journal).check_journal(repair=True)
    assert check.report.ok and not check.repaired  # nothing to repair
    assert check.cleaned == [] and check.leftovers == []


def test_opening_a_journal_lives_in_store_opening_only() -> None:
    assert callable(opening.open_journal) and callable(opening.create_journal)
    for moved in ("open_journal", "create_journal", "open_with_recovery_key", "recover_access"):
        assert not hasattr(vault, moved)  # one name, one place: no alias left in vault
