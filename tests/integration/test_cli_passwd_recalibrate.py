"""`innerchild passwd --recalibrate`: the passphrase changes and the key file is written again
(the cost measured anew, issue 20); without it the setup's cost is kept."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import PASS, run

NEW = "walnut lantern meadow cello"


def test_passwd_recalibrate_changes_the_passphrase(tmp_path: Path) -> None:
    home = tmp_path / "journal"
    run(home, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    before = json.loads((home / "keyslots.json").read_text())["slots"][0]["kdf"]
    run(home, "passwd", "--passphrase-stdin", stdin=f"{PASS}\n{NEW}\n")
    assert json.loads((home / "keyslots.json").read_text())["slots"][0]["kdf"] == before
    run(home, "passwd", "--recalibrate", "--passphrase-stdin", stdin=f"{NEW}\n{PASS}\n")
    assert run(home, "list", "--passphrase-stdin", stdin=NEW, check=False).returncode == 3
    assert run(home, "list", "--passphrase-stdin", stdin=PASS).returncode == 0
