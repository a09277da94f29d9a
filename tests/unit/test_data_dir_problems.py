"""Issue 15.5: a --data-dir that is a file, or a folder that cannot be written, is one sentence."""

import errno
import os

import pytest

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store import lockfile, opening, vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE, snapshot_dir


def test_a_data_dir_that_is_a_file_is_refused_in_a_sentence(tmp_path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    paths = JournalPaths(target)
    for attempt in (
        lambda: opening.create_journal(paths, PASSPHRASE, FAST_TEST_KDF),
        lambda: opening.open_journal(paths, PASSPHRASE),
    ):
        with pytest.raises(InnerChildError, match="is a file, not a folder") as err:
            attempt()
        assert err.value.exit_code == 1
    assert target.read_text() == "mine"


def test_a_folder_that_cannot_be_written_is_opened_for_reading(paths, created, monkeypatch):
    # Issue 15 (minor a): reading must not need a lock file; a write is one sentence.
    created[0].close()
    paths.lock.unlink()
    before = snapshot_dir(paths.root)
    real_open = os.open

    def read_only(path, flags, *args):
        if flags & (os.O_RDWR | os.O_WRONLY | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lockfile.os, "open", read_only)
    with opening.open_journal(paths, PASSPHRASE) as journal:
        assert journal.read_only
        with pytest.raises(InnerChildError, match="cannot save changes") as err:
            journal.transaction()
    assert err.value.exit_code == 1
    monkeypatch.undo()
    after = snapshot_dir(paths.root)
    for sidecar in paths.sidecars():  # SQLite's own, made only because this folder is writable
        after.pop(sidecar.name, None)
    assert after == before and not paths.lock.exists()


def test_a_read_only_folder_is_read_never_called_damage(paths, created, monkeypatch):
    created[0].close()
    real_access = os.access
    monkeypatch.setattr(
        vault.os,
        "access",
        lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode, **kw),
    )
    with opening.open_journal(paths, PASSPHRASE) as journal:  # read-only, never "damaged"
        assert journal.read_only
