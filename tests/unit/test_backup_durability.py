"""A backup is on the disk whole before it takes its name: fsynced with the zip's last byte."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from innerchild_desktop.store import backups


def test_the_backup_is_fsynced_complete_before_it_is_renamed(
    journal: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: dict[int, int] = {}  # inode -> size when fsynced
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        synced[info.st_ino] = info.st_size
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    written = backups.write_backup(journal, tmp_path / "b.icbackup")
    monkeypatch.undo()
    info = written.stat()
    # The zip's central directory (its end) was written before the fsync, not after it.
    assert synced[info.st_ino] == info.st_size
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "journal") == ["b.icbackup"]
    assert backups.read_manifest(written).journal_id == journal.journal_id
