"""Issue 15 through the command line: restore's words (a folder, the recovery key)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    out = run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    (tmp_path / "recovery").write_text(json.loads(out.stdout)["recovery_key"])
    return data


def test_restore_given_a_folder_is_a_sentence_and_exit_1(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    out = run(home, "restore", str(folder), "--passphrase-stdin", stdin="", check=False)
    assert out.returncode == 1
    assert "is a folder, not a backup file" in out.stderr
    assert "report" not in out.stderr and "Traceback" not in out.stderr


def test_restore_with_the_recovery_key_suggests_recover_next(home: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.icbackup"
    run(home, "backup", "--out", str(backup), "--passphrase-stdin", stdin=PASS + "\n")
    recovery = (tmp_path / "recovery").read_text()
    out = run(home, "restore", str(backup), "--passphrase-stdin", stdin=recovery + "\n")
    assert "The backup is restored." in out.stdout
    assert "innerchild recover" in out.stdout
    again = run(home, "restore", str(backup), "--passphrase-stdin", stdin=PASS + "\n")
    assert "innerchild recover" not in again.stdout  # the passphrase is known: nothing to say
    listed = run(home, "list", "--passphrase-stdin", stdin=PASS + "\n")
    assert listed.returncode == 0
