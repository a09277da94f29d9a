"""Issue 15 through the command line: pack limits and backup wording."""

import json
import zipfile
from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    out = run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    (tmp_path / "recovery").write_text(json.loads(out.stdout)["recovery_key"])
    return data


BASE = ["--passphrase-stdin"]
HEAD = '[pack]\nid = "big"\nname = "Big pack"\nauthor = "Someone"\nversion = "1"\n'


def test_prompt_import_refuses_a_pack_with_too_many_prompts(home: Path, tmp_path: Path) -> None:
    pack = tmp_path / "many.toml"
    pack.write_text(
        HEAD
        + "".join(
            f'[[prompts]]\nid = "big-{i:05d}"\ntext = "Hello {i}?"\n'
            'theme = "hopes"\ndepth = "gentle"\n'
            for i in range(2001)
        )
    )
    out = run(home, "prompt", "--import", str(pack), *BASE, stdin=PASS, check=False)
    assert out.returncode == 1 and "2,000" in out.stderr
    assert "Traceback" not in out.stderr and "report" not in out.stderr


def test_prompt_import_refuses_a_file_too_large(home: Path, tmp_path: Path) -> None:
    pack = tmp_path / "large.toml"
    pack.write_text(HEAD + "# " + "x" * (1024 * 1024) + "\n")
    out = run(home, "prompt", "--import", str(pack), *BASE, stdin=PASS, check=False)
    assert out.returncode == 1 and "MiB" in out.stderr
    assert "Traceback" not in out.stderr
    folder = run(home, "prompt", "--import", str(tmp_path), *BASE, stdin=PASS, check=False)
    assert folder.returncode == 1 and "not a file" in folder.stderr


def _backup(home: Path, tmp_path: Path) -> Path:
    target = tmp_path / "journal.icbackup"
    run(home, "backup", "--out", str(target), *BASE, stdin=PASS)
    return target


def test_wrong_passphrase_for_a_backup_speaks_of_the_backup(home: Path, tmp_path: Path) -> None:
    backup = _backup(home, tmp_path)
    out = run(tmp_path / "elsewhere", "restore", str(backup), *BASE, stdin="not it", check=False)
    assert out.returncode == 3
    assert "this backup" in out.stderr and "this journal" not in out.stderr
    typo = run(
        tmp_path / "elsewhere",
        "restore",
        str(backup),
        *BASE,
        stdin=_other_recovery(tmp_path),
        check=False,
    )
    assert typo.returncode == 3
    assert "this backup" in typo.stderr and "this journal" not in typo.stderr


def _other_recovery(tmp_path: Path) -> str:
    out = run(
        tmp_path / "other", "init", "--passphrase-stdin", "--json", stdin="another one here\n"
    )
    return json.loads(out.stdout)["recovery_key"]


def test_damaged_key_file_inside_a_backup_speaks_of_the_backup(home: Path, tmp_path: Path) -> None:
    backup = _backup(home, tmp_path)
    damaged = tmp_path / "damaged.icbackup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = b"garbage" if item.filename == "keyslots.json" else src.read(item)
            dst.writestr(item, data)
    target = tmp_path / "restored"
    out = run(target, "restore", str(damaged), *BASE, stdin=PASS, check=False)
    assert out.returncode == 4
    assert "backup" in out.stderr and "can still open the journal" not in out.stderr
    assert "recovery key of the journal that made" in out.stderr
    # ...and what it says is true: that recovery key restores the backup.
    recovery = (home.parent / "recovery").read_text()
    run(target, "restore", str(damaged), *BASE, stdin=recovery)
    run(target, "recover", *BASE, stdin=f"{recovery}\nnew passphrase for it\n")
    run(target, "list", *BASE, stdin="new passphrase for it")


def test_a_data_dir_that_is_a_file_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    for folder, command in [(target, "init"), (target, "list"), (target / "sub", "init")]:
        out = run(folder, command, *BASE, stdin=PASS + "\n", check=False)
        assert out.returncode == 1, out.stderr
        assert "a file" in out.stderr and "folder" in out.stderr and "report" not in out.stderr
    assert target.read_text() == "mine"


def test_recover_works_beside_another_journals_key_file(home: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    run(other, "init", *BASE, stdin=PASS + "\n")
    (home / "keyslots.json").write_bytes((other / "keyslots.json").read_bytes())
    listed = run(home, "list", *BASE, stdin=PASS, check=False)
    assert listed.returncode == 4 and "another journal" in listed.stderr
    assert "innerchild recover" in listed.stderr
    recovery = (home.parent / "recovery").read_text()
    run(home, "recover", *BASE, stdin=f"{recovery}\na new passphrase here\n")
    assert len(list(home.glob("keyslots.foreign-*.json"))) == 1
    run(home, "list", *BASE, stdin="a new passphrase here")
