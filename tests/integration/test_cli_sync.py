"""`innerchild sync …` (issue 17): setup, join, send and receive, status, stop; each problem a
sentence with its exit code; a mass delete waits (exit 7) until --allow-deletes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, add, run

SYNC = "a separate sync passphrase for the two of us"
OTHER = "the second computer's own passphrase"


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    run(a, "init", "--passphrase-stdin", stdin=PASS + "\n")
    run(b, "init", "--passphrase-stdin", stdin=OTHER + "\n")
    folder = tmp_path / "Shared"
    folder.mkdir()
    return a, b, folder


def _sync(home: Path, passphrase: str, *args: str, check: bool = True):  # type: ignore[no-untyped-def]
    return run(home, "sync", *args, "--passphrase-stdin", stdin=passphrase + "\n", check=check)


def _titles(home: Path, passphrase: str) -> list[str]:
    out = run(
        home, "list", "--limit", "100", "--json", "--passphrase-stdin", stdin=passphrase + "\n"
    )
    return sorted(e["title"] for e in json.loads(out.stdout))


def test_setup_join_sync_and_status(two) -> None:  # type: ignore[no-untyped-def]
    a, b, folder = two
    add(a, "Written on the laptop", "words")
    out = run(
        a,
        "sync",
        "setup",
        str(folder),
        "--name",
        "Laptop",
        "--passphrase-stdin",
        stdin=f"{PASS}\n{SYNC}\n",
    )
    assert "innerchild sync join" in out.stdout
    out = run(
        b,
        "sync",
        "join",
        str(folder),
        "--name",
        "Desktop",
        "--passphrase-stdin",
        stdin=f"{OTHER}\n{SYNC}\n",
    )
    assert "merged" in out.stdout
    assert _titles(b, OTHER) == ["Written on the laptop"]
    run(b, "add", "--title", "Written on the desktop", "--passphrase-stdin", stdin=f"{OTHER}\nx")
    _sync(b, OTHER)
    out = _sync(a, PASS)
    assert "brought in" in out.stdout
    assert _titles(a, PASS) == ["Written on the desktop", "Written on the laptop"]
    status = json.loads(_sync(a, PASS, "status", "--json").stdout)
    assert status["on"] and status["folder_present"]
    assert sorted(c["name"] for c in status["computers"]) == ["Desktop", "Laptop"]
    assert status["waiting_to_send"] == 0 and status["conflicts"] == []
    words = _sync(a, PASS, "status").stdout
    assert "Desktop" in words and "(this computer)" in words


def test_problems_are_sentences_with_exit_codes(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, folder = two
    not_set_up = _sync(a, PASS, check=False)
    assert not_set_up.returncode == 1 and "sync setup" in not_set_up.stderr
    missing = run(
        a,
        "sync",
        "setup",
        str(tmp_path / "nowhere"),
        "--passphrase-stdin",
        stdin=f"{PASS}\n",
        check=False,
    )
    assert missing.returncode == 1 and "isn't a folder" in missing.stderr
    weak = run(
        a,
        "sync",
        "setup",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{PASS}\npassword\n",
        check=False,
    )
    assert weak.returncode == 1 and not (folder / "InnerChild-sync").exists()
    run(a, "sync", "setup", str(folder), "--passphrase-stdin", stdin=f"{PASS}\n{SYNC}\n")
    wrong = run(
        b,
        "sync",
        "join",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{OTHER}\nnot it\n",
        check=False,
    )
    assert wrong.returncode == 3 and "Traceback" not in wrong.stderr
    again = run(
        a,
        "sync",
        "setup",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{PASS}\n{SYNC}\n",
        check=False,
    )
    assert again.returncode == 1 and "already syncs" in again.stderr
    (folder / "InnerChild-sync").rename(tmp_path / "unplugged")
    gone = _sync(a, PASS, check=False)
    assert gone.returncode == 1 and "isn't there right now" in gone.stderr


def test_a_mass_delete_waits_for_allow_deletes(two) -> None:  # type: ignore[no-untyped-def]
    a, b, folder = two
    ids = [add(a, f"Entry {i}", "x") for i in range(24)]
    run(a, "sync", "setup", str(folder), "--passphrase-stdin", stdin=f"{PASS}\n{SYNC}\n")
    run(b, "sync", "join", str(folder), "--passphrase-stdin", stdin=f"{OTHER}\n{SYNC}\n")
    run(a, "delete", *ids[:22], "--passphrase-stdin", stdin=PASS + "\n")
    _sync(a, PASS)
    held = _sync(b, OTHER, check=False)
    assert held.returncode == 7 and "--allow-deletes" in held.stdout
    assert len(_titles(b, OTHER)) == 24
    _sync(b, OTHER, "--allow-deletes")
    assert len(_titles(b, OTHER)) == 2


def test_stop_leaves_the_folder_and_the_journal(two) -> None:  # type: ignore[no-untyped-def]
    a, _, folder = two
    add(a, "Stays", "x")
    run(a, "sync", "setup", str(folder), "--passphrase-stdin", stdin=f"{PASS}\n\n")
    before = sorted(p.name for p in folder.rglob("*"))
    out = _sync(a, PASS, "stop")
    assert "no longer syncs" in out.stdout
    assert sorted(p.name for p in folder.rglob("*")) == before
    assert _titles(a, PASS) == ["Stays"]
    status = json.loads(_sync(a, PASS, "status", "--json").stdout)
    assert status["on"] is False
