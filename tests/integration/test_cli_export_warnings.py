"""`innerchild export` names, by date, an entry that went in as plain text, and still succeeds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import PASS, add, home, run  # noqa: F401  (home is a fixture)


def test_export_names_a_plain_text_entry_by_date(home: Path, tmp_path: Path) -> None:  # noqa: F811
    add(home, "Deep", "- " * 600 + "secret words", "--date", "2024-03-02")
    add(home, "Calm", "A **calm** day.", "--date", "2024-03-03")
    out = tmp_path / "journal.html"
    args = ["export", "--format", "html", "--out", str(out), "--passphrase-stdin"]
    done = run(home, *args, stdin=PASS)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    warning = (
        "The entry of Saturday 2 March 2024 was too complex to lay out and is included as "
        "plain text."
    )
    assert warning in done.stdout.splitlines()
    assert "secret words" not in done.stdout + done.stderr
    assert "<strong>calm</strong>" in out.read_text(encoding="utf-8")
    summary = json.loads(run(home, *args, "--force", "--json", stdin=PASS).stdout)
    assert summary["warnings"] == [warning]
