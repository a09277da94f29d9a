"""innerchild edit (title, body from --body or standard input), delete and history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, add, run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    return data


BASE = ("--passphrase-stdin",)


def show(home: Path, entry: str) -> dict[str, object]:
    out = run(home, "show", entry, *BASE, "--json", stdin=PASS).stdout
    return dict(json.loads(out))


def history(home: Path, entry: str) -> list[dict[str, object]]:
    return list(json.loads(run(home, "history", entry, *BASE, "--json", stdin=PASS).stdout))


def test_edit_history_and_restore(home: Path) -> None:
    entry = add(home, "First title", "the first words")
    empty = run(home, "history", entry[:8], *BASE, stdin=PASS).stdout
    assert "No earlier versions" in empty
    run(home, "edit", entry[:8], "--title", "Second title", *BASE, stdin=f"{PASS}\nnew words\n")
    now = show(home, entry)
    assert (now["title"], now["body"]) == ("Second title", "new words\n")
    kept = history(home, entry)
    assert [(r["number"], r["title"], r["body"]) for r in kept] == [
        (1, "First title", "the first words")
    ]
    text = run(home, "history", entry[:8], *BASE, stdin=PASS).stdout
    assert "the first words" in text and "--restore" in text

    out = run(home, "history", entry[:8], "--restore", "1", *BASE, stdin=PASS).stdout
    assert "Version 1 is back" in out
    now = show(home, entry)
    assert (now["title"], now["body"]) == ("First title", "the first words")
    assert [r["body"] for r in history(home, entry)] == ["new words\n", "the first words"]

    missing = run(home, "history", entry, "--restore", "9", *BASE, stdin=PASS, check=False)
    assert missing.returncode == 1 and "no version 9" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_edit_with_body_option_keeps_heavy_flag_working(home: Path) -> None:
    entry = add(home, "Title", "words")
    run(home, "edit", entry, "--body", "other words", "--heavy", *BASE, stdin=PASS)
    now = show(home, entry)
    assert now["body"] == "other words" and now["heavy"] is True
    nothing = run(home, "edit", entry, *BASE, stdin=PASS, check=False)
    assert nothing.returncode == 2 and "--title" in nothing.stderr
    assert show(home, entry)["body"] == "other words"  # an empty standard input changes nothing


def test_delete_moves_entries_to_the_trash(home: Path) -> None:
    one = add(home, "One", "a")
    two = add(home, "Two", "b")
    keep = add(home, "Three", "c")
    missing = run(home, "delete", one, "ffffffff", *BASE, stdin=PASS, check=False)
    assert missing.returncode == 1 and "No entry has that id" in missing.stderr
    listed = run(home, "list", *BASE, stdin=PASS).stdout
    assert "One" in listed  # nothing moved when one id was wrong
    out = run(home, "delete", one[:8], two, *BASE, stdin=PASS).stdout
    assert out.count("Moved to the trash") == 2
    listed = run(home, "list", *BASE, stdin=PASS).stdout
    assert "One" not in listed and "Two" not in listed and "Three" in listed
    again = run(home, "delete", one, *BASE, "--json", stdin=PASS).stdout
    assert json.loads(again) == {"trashed": []}
    assert "Three" in run(home, "list", *BASE, stdin=PASS).stdout and keep
