"""`innerchild passwd --new-key`: lock out an old passphrase, recovery key and key file."""

import json
from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, add, recovery_of, run

SECOND = "second cli passphrase"
THIRD = "third cli passphrase"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    out = run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    (tmp_path / "recovery").write_text(json.loads(out.stdout)["recovery_key"])
    return data


def test_plain_passwd_says_what_it_does_not_revoke(home: Path) -> None:
    out = run(home, "passwd", "--passphrase-stdin", stdin=f"{PASS}\n{SECOND}\n")
    assert "recovery key stays the same" in out.stdout
    assert "--new-key" in out.stdout


def test_new_key_locks_out_the_old_passphrase_key_file_and_recovery_key(home: Path) -> None:
    before = add(home, "Before", "Written under the first key.")
    old_slots = (home / "keyslots.json").read_bytes()
    out = run(home, "passwd", "--new-key", "--passphrase-stdin", stdin=f"{PASS}\n{SECOND}\n")
    assert "new recovery key" in out.stdout and "shown only this once" in out.stdout
    new_recovery = next(w for w in out.stdout.split() if w.startswith("IC1-"))
    assert new_recovery != recovery_of(home)
    added = run(
        home, "add", "--title", "After", "--body", "Written under the new key.",
        "--passphrase-stdin", "--json", stdin=SECOND,
    )  # fmt: skip
    after = json.loads(added.stdout)["id"]

    stale = home.parent / "keyslots.stale.json"
    (home / "keyslots.json").rename(stale)
    (home / "keyslots.json").write_bytes(old_slots)
    refused = run(home, "show", before, "--passphrase-stdin", stdin=PASS, check=False)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "Written under" not in refused.stdout
    stale.replace(home / "keyslots.json")

    old_key = run(home, "recover", "--passphrase-stdin", stdin=f"{recovery_of(home)}\n{THIRD}\n",
                  check=False)  # fmt: skip
    assert old_key.returncode != 0 and "Traceback" not in old_key.stderr
    run(home, "recover", "--passphrase-stdin", stdin=f"{new_recovery}\n{THIRD}\n")
    for entry, body in ((before, "first key"), (after, "new key")):
        shown = run(home, "show", entry, "--passphrase-stdin", stdin=THIRD)
        assert body in shown.stdout


def test_new_key_with_json_and_a_wrong_passphrase(home: Path) -> None:
    slots = (home / "keyslots.json").read_bytes()
    wrong = run(
        home, "passwd", "--new-key", "--passphrase-stdin", stdin=f"not it\n{SECOND}\n", check=False
    )
    assert wrong.returncode == 3 and "Traceback" not in wrong.stderr
    assert (home / "keyslots.json").read_bytes() == slots
    out = run(
        home, "passwd", "--new-key", "--passphrase-stdin", "--json", stdin=f"{PASS}\n{SECOND}\n"
    )
    key = json.loads(out.stdout)["recovery_key"]
    assert key.startswith("IC1-") and key != recovery_of(home)
    assert not list(home.glob("*rekey*"))
    run(home, "list", "--passphrase-stdin", stdin=SECOND)


def test_backup_list_marks_the_backups_made_before_the_new_key(home: Path) -> None:
    empty = run(home, "backup", "--list", "--passphrase-stdin", stdin=PASS)
    assert "no backups" in empty.stdout
    run(home, "backup", "--passphrase-stdin", stdin=PASS)
    (made,) = (home / "backups").glob("innerchild-*.icbackup")
    old = made.with_name("innerchild-20200517-093000.icbackup")  # long before, whatever the clock
    made.rename(old)
    before = run(home, "backup", "--list", "--passphrase-stdin", stdin=PASS)
    assert str(old) in before.stdout and "before the new key" not in before.stdout
    run(home, "passwd", "--new-key", "--passphrase-stdin", stdin=f"{PASS}\n{SECOND}\n")
    run(home, "backup", "--passphrase-stdin", stdin=SECOND)
    listed = run(home, "backup", "--list", "--passphrase-stdin", stdin=SECOND)
    lines = listed.stdout.splitlines()
    assert len(lines) == 2
    (old_line,) = [line for line in lines if str(old) in line]
    assert (
        "made before the new key — opens with the passphrase and recovery key you had then"
        in old_line
    )
    (new_line,) = [line for line in lines if line != old_line]
    assert "before the new key" not in new_line
    as_json = json.loads(
        run(home, "backup", "--list", "--json", "--passphrase-stdin", stdin=SECOND).stdout
    )
    assert [b["before_new_key"] for b in as_json] == [False, True]  # newest first
