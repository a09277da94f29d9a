"""Issue 15, item 7: a restore stopped between any two renames is finished or undone next time.

The child process is really killed (``os._exit``: no ``finally``, no rollback runs) just before
the n-th ``os.replace`` of the restore, or just before the intent file is removed; the parent
then opens the journal as the app would at its next start.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import backups, opening, restore_swap, vault
from tests.conftest import PASSPHRASE, snapshot_dir

# Kill the restore just before the n-th os.replace (n >= 1) or, with n == 0, just before the
# intent file is removed (every rename done). Prints "finished" if it ran to the end.
_CHILD = """
import os, sys
from pathlib import Path
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store import backups, restore_swap

root, backup, secret, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
calls = 0
real_replace, real_unlink = os.replace, os.unlink

def replace(src, dst, *args, **kwargs):
    global calls
    calls += 1
    if calls == n:
        os._exit(9)
    return real_replace(src, dst, *args, **kwargs)

def unlink(path, *args, **kwargs):
    if n == 0 and str(path).endswith(restore_swap.INTENT_NAME):
        os._exit(9)
    return real_unlink(path, *args, **kwargs)

os.replace, os.unlink = replace, unlink
backups.restore_backup(JournalPaths(Path(root)), Path(backup), secret)
print("finished", calls, flush=True)
"""


def _titles(paths: JournalPaths) -> list[str]:
    with opening.open_journal(paths, PASSPHRASE) as journal:
        return sorted(s.title or "" for s in JournalService(journal).list_entries())


@pytest.fixture
def prepared(paths: JournalPaths, journal: vault.Journal, tmp_path: Path) -> tuple[Path, Path]:
    """A closed journal holding two entries and a backup holding only the first."""
    service = JournalService(journal)
    service.add_entry(NewEntry(title="in the backup", body="kept"))
    backup = backups.write_backup(journal, tmp_path / "b.icbackup")
    service.add_entry(NewEntry(title="after the backup", body="later"))
    journal.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(paths.root, pristine)
    return backup, pristine


def _leftovers(root: Path) -> list[str]:
    names = [restore_swap.INTENT_NAME, restore_swap.CANDIDATE_DB, restore_swap.CANDIDATE_SLOTS]
    return [n for n in names if (root / n).exists()] + [
        p.name for p in (*root.glob(".restore-candidate*"), *root.glob(".restore-intent*"))
    ]


def test_a_kill_between_any_two_renames_leaves_a_journal(
    paths: JournalPaths, prepared: tuple[Path, Path]
) -> None:
    backup, pristine = prepared
    old, new = ["after the backup", "in the backup"], ["in the backup"]
    outcomes: dict[int, list[str]] = {}
    points = [0, *range(1, 12)]
    for n in points:
        shutil.rmtree(paths.root)
        shutil.copytree(pristine, paths.root)
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(paths.root), str(backup), PASSPHRASE, str(n)],
            capture_output=True,
            text=True,
        )
        if child.returncode == 0:  # ran past its last rename: every kill point is covered
            assert child.stdout.startswith("finished"), child.stderr
            assert n == int(child.stdout.split()[1]) + 1
            break
        assert child.returncode == 9, child.stderr
        titles = _titles(paths)  # the next start: settled, then opened
        outcomes[n] = titles
        assert _leftovers(paths.root) == [], n
        kept = list(paths.backups.glob("before-restore-*"))
        if titles == new:
            assert len(kept) == 1 and (kept[0] / "journal.db").exists(), n
            kept_paths = JournalPaths(paths.root / "old")
            shutil.copytree(kept[0], kept_paths.root)
            assert _titles(kept_paths) == old  # the previous journal is whole where it was kept
            shutil.rmtree(kept_paths.root)
        else:
            assert titles == old, n
            assert kept == [] or not any(kept[0].iterdir()), n
    # Killed before the intent was in place: nothing had moved, the old journal stays. Killed
    # after: the checked backup was whole, so the restore was finished.
    assert outcomes[1] == old
    assert all(outcomes[n] == new for n in outcomes if n != 1)
    assert len(outcomes) >= 5  # intent, journal.db and keyslots.json aside, two in, and last


def test_an_interrupted_swap_with_a_broken_candidate_is_undone(
    paths: JournalPaths, prepared: tuple[Path, Path]
) -> None:
    backup, _ = prepared
    old = ["after the backup", "in the backup"]
    child = subprocess.run(  # killed after the intent and the first file moved aside
        [sys.executable, "-c", _CHILD, str(paths.root), str(backup), PASSPHRASE, "3"],
        capture_output=True,
        text=True,
    )
    assert child.returncode == 9, child.stderr
    assert not paths.database.exists()  # without settling, this was "No journal was found"
    candidate = paths.root / restore_swap.CANDIDATE_DB
    with candidate.open("r+b") as handle:  # the candidate is no longer the one recorded
        handle.truncate(4096)
    assert opening.journal_exists(paths)  # what the window asks first: settles, then answers
    assert _titles(paths) == old
    assert _leftovers(paths.root) == []
    assert list(paths.backups.glob("before-restore-*")) == []


def test_a_failed_rename_inside_the_swap_puts_everything_back(
    paths: JournalPaths, prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, _ = prepared
    before = snapshot_dir(paths.root)
    real = restore_swap._rename
    calls = []

    def failing(src: Path, dst: Path) -> None:
        calls.append(src.name)
        if src.name == restore_swap.CANDIDATE_DB:  # the very last rename
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(restore_swap, "_rename", failing)
    with pytest.raises(OSError):
        backups.restore_backup(paths, backup, PASSPHRASE)
    monkeypatch.setattr(restore_swap, "_rename", real)
    after = snapshot_dir(paths.root)
    assert {k: v for k, v in after.items() if k != "journal.lock"} == {
        k: v for k, v in before.items() if k != "journal.lock"
    }
    assert _titles(paths) == ["after the backup", "in the backup"]


def test_a_stale_candidate_without_intent_is_removed_at_the_next_open(
    paths: JournalPaths, prepared: tuple[Path, Path]
) -> None:
    for leftover in restore_swap.candidate_files(paths):
        leftover.write_bytes(os.urandom(64))
    assert _titles(paths) == ["after the backup", "in the backup"]
    assert _leftovers(paths.root) == []


def test_an_intent_someone_edited_is_left_alone(
    paths: JournalPaths, prepared: tuple[Path, Path]
) -> None:
    restore_swap.intent_path(paths).write_text('{"kept": "../../elsewhere", "moved": []}')
    assert _titles(paths) == ["after the backup", "in the backup"]  # the journal still opens
    assert restore_swap.intent_path(paths).exists()  # and nothing was moved for it
