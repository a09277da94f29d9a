"""Markdown exports write their files as they are rendered and flush them all once, before the
folder is renamed into place (issue 20); a failure or a cancel still leaves nothing."""

from __future__ import annotations

import errno
import os
import sys
import threading
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import DiskFull, InvalidInput
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import TransferCancelled, export_journal, folder_output


def _fill(journal, count: int) -> None:  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    for i in range(count):
        service.add_entry(NewEntry(title=f"Day {i}", body=f"kitchen toast {i}"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fd")
def test_without_syncfs_every_file_is_flushed_before_the_rename(
    journal, tmp_path, monkeypatch
) -> None:
    _fill(journal, 30)
    monkeypatch.setattr(folder_output, "_sync_file_system", lambda folder: False)
    out = tmp_path / "out"
    flushed: set[str] = set()
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.add(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        written = {str(p) for p in Path(src).rglob("*")} | {str(src)}
        assert written <= flushed  # every file and folder, before the folder goes in place
        os.rename(src, dst)

    monkeypatch.setattr(folder_output.os, "fsync", fsync)
    monkeypatch.setattr(folder_output.os, "replace", replace)
    summary = export_journal(journal, "markdown", out)
    assert summary.entries == 30 and len(list(out.glob("*.md"))) == 30
    assert {p.stat().st_mode & 0o777 for p in out.glob("*.md")} == {0o600}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_the_file_system_is_flushed_once_before_the_rename(journal, tmp_path, monkeypatch) -> None:
    _fill(journal, 30)
    out = tmp_path / "out"
    order: list[str] = []
    real_sync, real_fsync = folder_output._sync_file_system, os.fsync

    def sync(folder: Path) -> bool:
        assert len(list(folder.glob("*.md"))) == 30  # every file is written by then
        order.append("syncfs")
        return real_sync(folder)

    def fsync(fd: int) -> None:
        order.append("fsync")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        order.append("replace")
        os.rename(src, dst)

    monkeypatch.setattr(folder_output, "_sync_file_system", sync)
    monkeypatch.setattr(folder_output.os, "fsync", fsync)
    monkeypatch.setattr(folder_output.os, "replace", replace)
    assert export_journal(journal, "markdown", out).entries == 30
    assert order[:2] == ["syncfs", "replace"]  # one flush, no file by file (then the parent)


def test_a_failed_flush_leaves_nothing(journal, tmp_path, monkeypatch) -> None:
    _fill(journal, 5)

    def fails(folder: Path) -> bool:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(folder_output, "_sync_file_system", fails)
    with pytest.raises(InvalidInput, match="cannot write"):  # in words, no traceback
        export_journal(journal, "markdown", tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


def test_a_full_disk_in_a_writer_thread_leaves_nothing(journal, tmp_path, monkeypatch) -> None:
    _fill(journal, 40)
    real = folder_output._write_synced
    written: list[Path] = []
    lock = threading.Lock()

    def fills_up(path: Path, data: bytes) -> None:
        with lock:
            written.append(path)
            full = len(written) > 10
        if full:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(folder_output, "_write_synced", fills_up)
    with pytest.raises(DiskFull):
        export_journal(journal, "markdown", tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


def test_a_cancel_waits_for_the_writers_and_leaves_nothing(journal, tmp_path, monkeypatch) -> None:
    _fill(journal, 250)
    real = folder_output._write_synced
    late: list[Path] = []
    cleaned = threading.Event()

    def slow(path: Path, data: bytes) -> None:
        real(path, data)
        if cleaned.is_set():
            late.append(path)

    monkeypatch.setattr(folder_output, "_write_synced", slow)
    real_rmtree = folder_output.shutil.rmtree

    def rmtree(path: Path, *args: object, **kwargs: object) -> None:
        cleaned.set()
        real_rmtree(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(folder_output.shutil, "rmtree", rmtree)
    calls: list[int] = []
    with pytest.raises(TransferCancelled):
        export_journal(
            journal,
            "markdown",
            tmp_path / "out",
            cancel=lambda: bool(calls.append(1)) or len(calls) > 2,
        )
    assert cleaned.is_set() and late == []  # no thread wrote after the cleanup began
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]
