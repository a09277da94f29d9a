"""The one atomic writer (store/atomic.py): all or nothing, owner-only, no scratch left."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from innerchild_desktop.store import atomic


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_new_bytes_replace_the_old_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "slots.json"
    target.write_bytes(b"old")
    atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _names(tmp_path) == ["slots.json"]


def test_an_error_while_writing_keeps_the_old_file_and_removes_the_scratch(
    tmp_path: Path,
) -> None:
    target = tmp_path / "slots.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic.atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["slots.json"]


def test_a_full_disk_at_fsync_keeps_the_old_file_and_removes_the_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "slots.json"
    target.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        atomic.atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["slots.json"]


def test_the_folder_is_fsynced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    real_replace, real_fsync_dir = os.replace, atomic.fsync_dir

    def replace(src: Path, dst: Path) -> None:
        order.append("replace")
        real_replace(src, dst)

    def fsync_dir(directory: Path) -> None:
        order.append(f"fsync_dir {directory.name}")
        real_fsync_dir(directory)

    monkeypatch.setattr(atomic.os, "replace", replace)
    monkeypatch.setattr(atomic, "fsync_dir", fsync_dir)
    atomic.atomic_write_bytes(tmp_path / "intent.json", b"{}")
    assert order == ["replace", f"fsync_dir {tmp_path.name}"]


def test_a_named_scratch_is_used_and_gone_afterwards(tmp_path: Path) -> None:
    target, scratch = tmp_path / "a.icbackup", tmp_path / ".a.icbackup.partial"
    with atomic.atomic_writer(target, scratch=scratch) as handle:
        handle.write(b"zip")
        assert scratch.exists()
    assert target.read_bytes() == b"zip" and not scratch.exists()


def test_scratch_names_match_what_leftovers_tidies(tmp_path: Path) -> None:
    from innerchild_desktop.store.leftovers import staging_pattern

    target = tmp_path / "export.json"
    assert staging_pattern(target).match(atomic.scratch_name(target).name)
