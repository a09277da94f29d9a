"""Issue 15, item 8: a full disk is said as a full disk (exit 6), never as a damaged journal,
and a restore bounded by the size its backup declares leaves nothing behind on any error."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
import zipfile
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from innerchild_desktop import cli
from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import (
    BackupDamaged,
    DiskFull,
    InvalidInput,
    JournalDamaged,
    is_disk_full,
)
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import backup_extract, backups, opening, restore_swap, vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE, snapshot_dir

FULL = dbapi2.OperationalError("database or disk is full")


def _no_space() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _same_except_lock(before: dict[str, bytes], after: dict[str, bytes]) -> bool:
    return {k: v for k, v in before.items() if k != "journal.lock"} == {
        k: v for k, v in after.items() if k != "journal.lock"
    }


def test_the_signs_of_a_full_disk_are_recognised() -> None:
    assert is_disk_full(FULL)
    assert is_disk_full(_no_space())
    assert is_disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert is_disk_full(InvalidInput("could not be saved").with_traceback(None)) is False
    wrapped = InvalidInput("an import could not be saved")
    wrapped.__cause__ = FULL
    assert is_disk_full(wrapped)  # whatever sentence it was wrapped in on the way
    assert not is_disk_full(dbapi2.DatabaseError("file is not a database"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))


def test_a_full_disk_while_opening_is_not_called_damage(
    paths: JournalPaths, journal: vault.Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.close()
    before = snapshot_dir(paths.root)

    def full(*args: object, **kwargs: object) -> None:
        raise FULL

    monkeypatch.setattr(vault.sqlcipher3, "connect", full)
    with pytest.raises(DiskFull) as caught:
        opening.open_journal(paths, PASSPHRASE)
    assert not isinstance(caught.value, JournalDamaged)
    assert "restore" not in str(caught.value) and "free some space" in str(caught.value)
    assert caught.value.exit_code == 6
    assert _same_except_lock(before, snapshot_dir(paths.root))


def test_a_real_sqlite_full_while_saving_is_disk_full_and_rolled_back(
    journal: vault.Journal,
) -> None:
    service = JournalService(journal)
    service.add_entry(NewEntry(title="first", body="kept"))
    pages = journal.conn.execute("PRAGMA page_count").fetchone()[0]
    journal.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL
    with pytest.raises(DiskFull):
        service.add_entry(NewEntry(title="second", body="words " * 20_000))
    assert [s.title for s in service.list_entries()] == ["first"]


def test_a_full_disk_while_writing_a_backup_leaves_no_partial_file(
    journal: vault.Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    real = vault._export_copy

    def half_then_full(conn: object, key: bytes, dest: Path) -> None:
        real(conn, key, dest)  # type: ignore[arg-type]
        raise _no_space()

    monkeypatch.setattr(vault, "_export_copy", half_then_full)
    with pytest.raises(DiskFull):
        backups.write_backup(journal, usb / "b.icbackup")
    assert list(usb.iterdir()) == []


@pytest.fixture
def backup(paths: JournalPaths, journal: vault.Journal, tmp_path: Path) -> Path:
    JournalService(journal).add_entry(NewEntry(title="now", body="kept"))
    written = backups.write_backup(journal, tmp_path / "b.icbackup")
    journal.close()
    return written


def test_a_full_disk_during_extraction_is_said_and_cleaned_up(
    paths: JournalPaths, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot_dir(paths.root)

    def part_then_full(src: io.BufferedIOBase, out: io.BufferedIOBase, *args: object) -> int:
        out.write(src.read(4096))
        raise _no_space()

    monkeypatch.setattr(backup_extract, "copy_at_most", part_then_full)
    with pytest.raises(DiskFull):
        backups.restore_backup(paths, backup, PASSPHRASE)
    assert _same_except_lock(before, snapshot_dir(paths.root))
    assert not (paths.root / restore_swap.CANDIDATE_DB).exists()
    with pytest.raises(DiskFull):
        backups.verify_backup(backup, PASSPHRASE, paths.root / "scratch")
    assert list((paths.root / "scratch").iterdir()) == []


def test_a_full_disk_while_checking_the_candidate_is_not_a_damaged_backup(
    paths: JournalPaths, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot_dir(paths.root)

    def full(*args: object, **kwargs: object) -> None:
        raise FULL

    monkeypatch.setattr(backups, "connect", full)
    with pytest.raises(DiskFull):
        backups.restore_backup(paths, backup, PASSPHRASE)
    assert _same_except_lock(before, snapshot_dir(paths.root))


def test_a_backup_larger_than_the_free_space_is_refused_before_writing(
    paths: JournalPaths, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot_dir(paths.root)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(backup_extract.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 1000))
    with pytest.raises(DiskFull, match="not enough free space"):
        backups.restore_backup(paths, backup, PASSPHRASE)
    assert _same_except_lock(before, snapshot_dir(paths.root))


def test_an_inflating_backup_is_refused_and_the_journal_still_opens(
    paths: JournalPaths, backup: Path, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.icbackup"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst, zipfile.ZipFile(backup) as src:
        for name in ("manifest.json", "keyslots.json"):
            dst.writestr(name, src.read(name))
        with dst.open("journal.db", "w") as member:  # 64 MiB of zeros, deflated to ~64 KB
            zeros = bytes(1 << 20)
            for _ in range(64):
                member.write(zeros)
    assert bomb.stat().st_size < 1 << 20
    before = snapshot_dir(paths.root)
    with pytest.raises(BackupDamaged, match="not a backup Inner Child made"):
        backups.restore_backup(paths, bomb, PASSPHRASE)
    assert _same_except_lock(before, snapshot_dir(paths.root))
    with opening.open_journal(paths, PASSPHRASE) as opened:  # not "damaged" afterwards
        assert opened.verify().ok


def test_a_member_longer_than_it_declares_is_stopped_at_the_declared_size() -> None:
    out = io.BytesIO()
    with pytest.raises(BackupDamaged, match="longer than it says"):
        backup_extract.copy_at_most(io.BytesIO(bytes(3 << 20)), out, 2 << 20, "b.icbackup")
    assert len(out.getvalue()) <= 2 << 20


def test_restore_given_a_folder_is_a_sentence(paths: JournalPaths, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="is a folder, not a backup file"):
        backups.restore_backup(paths, tmp_path, PASSPHRASE)


def test_the_command_line_says_a_full_disk_with_its_own_exit_code(
    paths: JournalPaths,
    journal: vault.Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    journal.close()

    def full(*args: object, **kwargs: object) -> None:
        raise _no_space()  # as an export or a backup meets it: a bare OSError

    monkeypatch.setattr(backups, "write_backup", full)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main(
        ["--data-dir", str(paths.root), "backup", "--passphrase-stdin", "--out", str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert code == 6
    assert "disk is full" in err and "report" not in err and "damaged" not in err


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 6 MB file system (tmpfs), where the app meets a genuinely full disk."""
    where = tmp_path / "small-disk"
    where.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a small tmpfs needs root and mount")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        # A test that failed may still hold a file open there: detach lazily rather than leave a
        # mount that breaks the clean-up of pytest's temporary folders.
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], check=True)


def test_a_real_full_disk_is_said_and_nothing_saved_is_lost(
    small_disk: Path, tmp_path: Path
) -> None:
    paths = JournalPaths(small_disk / "journal")
    journal, _ = opening.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    service = JournalService(journal)
    saved = []
    with pytest.raises(DiskFull):
        for i in range(200):  # 6 MB cannot hold 200 entries of ~100 KB each
            service.add_entry(NewEntry(title=f"entry {i}", body=os.urandom(50_000).hex()))
            saved.append(f"entry {i}")
    assert saved
    journal.close()
    with opening.open_journal(paths, PASSPHRASE) as reopened:  # not "damaged"
        assert sorted(s.title for s in JournalService(reopened).list_entries(limit=500)) == sorted(
            saved
        )
    outside = tmp_path / "outside"
    outside.mkdir()
    with opening.open_journal(paths, PASSPHRASE) as reopened:
        backup = backups.write_backup(reopened, outside / "b.icbackup")
    with pytest.raises(DiskFull):  # the candidate cannot fit beside the journal
        backups.restore_backup(paths, backup, PASSPHRASE)
    assert not (paths.root / restore_swap.CANDIDATE_DB).exists()
    with opening.open_journal(paths, PASSPHRASE) as reopened:
        assert reopened.verify().ok
