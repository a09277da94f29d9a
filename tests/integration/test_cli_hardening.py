"""The command line against hostile content and key files (issue 15)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, add, run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    return data


ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m\x9b31m\r"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_titles_and_bodies_reach_the_terminal_without_control_characters(home: Path) -> None:
    entry = add(home, f"Evil{ESCAPES}title", f"line one{ESCAPES}\n\tindented squeak")
    listed = run(home, "list", "--passphrase-stdin", stdin=PASS).stdout
    shown = run(home, "show", entry[:8], "--passphrase-stdin", stdin=PASS).stdout
    found = run(home, "search", "squeak", "--passphrase-stdin", stdin=PASS).stdout
    for out in (listed, shown, found):
        assert not CONTROL.search(out), repr(out)
    assert "Evil]0;owned[2J[31m31mtitle" in listed
    assert "line one" in shown and "\n\tindented squeak" in shown
    # JSON keeps the text exactly, escaped so a terminal shows it harmlessly.
    as_json = run(home, "show", entry[:8], "--json", "--passphrase-stdin", stdin=PASS).stdout
    assert not CONTROL.search(as_json.replace("\n", ""))
    assert json.loads(as_json)["title"] == f"Evil{ESCAPES}title"


def test_a_key_file_with_absurd_parameters_is_damaged_exit_4(home: Path) -> None:
    key_file = home / "keyslots.json"
    doc = json.loads(key_file.read_text())
    doc["slots"][0]["kdf"]["time_cost"] = 2**31 - 1
    key_file.write_text(json.dumps(doc))
    result = run(home, "list", "--passphrase-stdin", stdin=PASS, check=False)
    assert result.returncode == 4
    assert "key file is damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_prompt_count_is_capped_with_a_sentence(home: Path) -> None:
    result = run(
        home, "prompt", "--count", "1000000", "--passphrase-stdin", stdin=PASS, check=False
    )
    assert result.returncode == 1
    assert "at most 50" in result.stderr
    assert "Traceback" not in result.stderr
    fine = run(home, "prompt", "--count", "50", "--json", "--passphrase-stdin", stdin=PASS)
    assert 1 <= len(json.loads(fine.stdout)) <= 50
