"""Issue 15, the "minor" items: the lock survives its file being deleted, a read-only folder is
read, and what a killed export or backup leaves behind is tidied at the next open."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from innerchild_desktop import cli
from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import JournalInUse
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import opening, settings, vault
from tests.conftest import PASSPHRASE

# --- c. deleting journal.lock does not let a second writer in ------------------------------------

_SECOND_OPENER = """
import sys
from pathlib import Path
from innerchild_desktop.domain.errors import JournalInUse
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store.opening import open_journal
try:
    open_journal(JournalPaths(Path(sys.argv[1])), sys.argv[2]).close()
except JournalInUse:
    sys.exit(7)
sys.exit(0)
"""


def _second_opener(paths) -> int:  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-c", _SECOND_OPENER, str(paths.root), PASSPHRASE], check=False
    ).returncode


def test_deleting_the_lock_file_does_not_let_a_second_writer_in(paths, journal) -> None:
    paths.lock.unlink()  # someone tidies the folder while the app runs
    assert _second_opener(paths) == 7
    with pytest.raises(JournalInUse):  # in this process too
        opening.open_journal(paths, PASSPHRASE)
    journal.close()
    assert _second_opener(paths) == 0  # and the folder lock goes with the journal


# --- a. a read-only folder is opened for reading ---------------------------------------------


@pytest.fixture
def read_only_folder(paths, created, monkeypatch):  # type: ignore[no-untyped-def]
    """The journal's folder made read-only (chmod; as root, where chmod does not stop writes,
    the app's own test of the folder says so)."""
    journal, _ = created
    service = JournalService(journal)
    entry_id = service.add_entry(NewEntry(title="Under the stairs", body="a quiet hiding place"))
    journal.close()
    paths.lock.unlink()
    if os.geteuid() == 0:
        monkeypatch.setattr(vault, "_folder_writable", lambda folder: False)
    else:
        os.chmod(paths.root, 0o555)
    yield entry_id
    os.chmod(paths.root, 0o700)


def _run(paths, *argv: str, stdin: str = PASSPHRASE + "\n", capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(["--data-dir", str(paths.root), "--passphrase-stdin", *argv])
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    return code, out, err


def test_a_read_only_journal_can_be_read_and_refuses_writes_in_a_sentence(
    paths, read_only_folder, tmp_path, capsys
) -> None:
    entry_id = read_only_folder
    db_before = paths.database.read_bytes()
    code, out, _ = _run(paths, "list", capsys=capsys)
    assert code == 0 and "Under the stairs" in out
    code, out, _ = _run(paths, "show", entry_id[:8], capsys=capsys)
    assert code == 0 and "a quiet hiding place" in out
    code, out, _ = _run(paths, "search", "hiding", capsys=capsys)
    assert code == 0 and entry_id[:8] in out
    exported = tmp_path / "out"
    code, out, _ = _run(
        paths, "export", "--format", "markdown", "--out", str(exported), capsys=capsys
    )
    assert code == 0 and any(exported.glob("*.md"))
    code, out, _ = _run(paths, "verify", capsys=capsys)  # FTS5's check is a write: left out
    assert code == 0 and "All good" in out

    sentence = "read-only, so Inner Child can show entries but cannot save changes."
    code, _, err = _run(paths, "add", "--title", "x", "--body", "y", capsys=capsys)
    assert code == 1 and sentence in err and "report" not in err
    code, _, err = _run(paths, "edit", entry_id[:8], "--heavy", capsys=capsys)
    assert code == 1 and sentence in err and "report" not in err
    assert not paths.lock.exists()
    assert paths.database.read_bytes() == db_before


def test_a_reader_of_a_read_only_folder_keeps_a_writer_out(paths, read_only_folder) -> None:
    with opening.open_journal(paths, PASSPHRASE) as reader:
        assert reader.read_only
        with opening.open_journal(paths, PASSPHRASE) as second_reader:  # readers share
            assert second_reader.read_only
    assert not paths.lock.exists()


# --- b. what a killed export or backup leaves behind ---------------------------------------

_KILLED_EXPORT = """
import os, sys
from pathlib import Path
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.transfer import export_journal
from innerchild_desktop.services.transfer import folder_output
from innerchild_desktop.store.opening import open_journal

real = folder_output._write_synced
def killed_after_first(path, data):
    real(path, data)
    os._exit(9)  # as if the power went: no cleanup runs
folder_output._write_synced = killed_after_first
journal = open_journal(JournalPaths(Path(sys.argv[1])), sys.argv[2])
export_journal(journal, "markdown", Path(sys.argv[3]))
"""


def test_a_killed_markdown_export_is_tidied_at_the_next_open(paths, journal, tmp_path, capsys):
    JournalService(journal).add_entry(NewEntry(title="Dear little me", body="plaintext here"))
    journal.close()
    out = tmp_path / "chosen" / "my export"
    out.parent.mkdir()
    mine = [out.parent / ".my export.notours.partial", out.parent / ".other.0123abcd.partial"]
    for keep in mine:  # look like ours, but are not: never touched
        keep.mkdir()
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_EXPORT, str(paths.root), PASSPHRASE, str(out)], check=False
    )
    assert killed.returncode == 9
    staged = [p for p in out.parent.iterdir() if p not in mine]
    assert len(staged) == 1 and staged[0].name.startswith(".my export.")
    assert any(staged[0].rglob("*.md"))  # the plaintext a kill left behind

    paths.backups.mkdir(exist_ok=True)
    backup_partials = [
        paths.backups / ".innerchild-20261203-101010.icbackup.partial",
        paths.backups / ".innerchild-20261203-101010.icbackup.db.partial",
    ]
    for partial in backup_partials:
        partial.write_bytes(b"half a backup")
    unrelated = paths.backups / "notes.partial"
    unrelated.write_bytes(b"not ours")

    code, text, _ = _run(paths, "verify", capsys=capsys)
    assert code == 0
    assert not staged[0].exists() and all(not p.exists() for p in backup_partials)
    assert all(p.exists() for p in mine) and unrelated.exists() and not out.exists()
    for removed in (staged[0], *backup_partials):
        assert str(removed) in text
    with opening.open_journal(paths, PASSPHRASE) as again:  # the record is cleared
        assert settings.get_setting(again.conn, settings.PENDING_EXPORTS) == []
        assert again.cleaned == []
    code, text, _ = _run(paths, "--json", "verify", capsys=capsys)
    assert code == 0 and json.loads(text)["cleaned"] == []


def test_an_export_records_its_target_only_while_it_runs(paths, journal, tmp_path) -> None:
    from innerchild_desktop.services.transfer import export_journal

    seen: list[object] = []
    out = tmp_path / "export.json"
    export_journal(
        journal,
        "json",
        out,
        progress=lambda done, total: seen.append(
            settings.get_setting(journal.conn, settings.PENDING_EXPORTS)
        ),
    )
    assert [str(out.absolute())] in seen
    assert settings.get_setting(journal.conn, settings.PENDING_EXPORTS) == []
    assert settings.PENDING_EXPORTS.key not in json.loads(out.read_text()).get("settings", {})


def test_nothing_is_recorded_outside_an_encrypted_journal(paths, journal, tmp_path) -> None:
    """The recorded paths are personal: they live only in the encrypted settings table."""
    from innerchild_desktop.services.transfer import export_journal

    out = tmp_path / "a very personal name"
    export_journal(journal, "markdown", out)
    journal.close()
    for path in Path(paths.root).rglob("*"):
        if path.is_file():
            assert b"very personal" not in path.read_bytes()
