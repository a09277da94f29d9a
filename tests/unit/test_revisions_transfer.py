"""Version history in the JSON full copy (round trip), not in Markdown; never in the clear."""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
from pathlib import Path

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import Selection, export_journal, import_journal
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from tests.conftest import PASSPHRASE
from tests.unit.test_no_plaintext import files_containing


def _with_history(journal) -> str:  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title="Lake", body="first version"))
    service.update_entry(entry, body="second version", session_start=True)
    service.update_entry(entry, title="Quiet lake", body="third version", session_start=True)
    return entry


def without_timestamp(text: str) -> str:
    return re.sub(r'^  "exported_at": .*\n', "", text, flags=re.MULTILINE)


def test_json_round_trip_keeps_the_history(journal, tmp_path: Path) -> None:
    entry = _with_history(journal)
    before = [
        (r.number, r.title, r.body, r.saved_at) for r in JournalService(journal).history(entry)
    ]
    assert len(before) == 2
    first = tmp_path / "first.json"
    export_journal(journal, "json", first)
    document = json.loads(first.read_text())
    assert [r["body"] for r in document["entry_revisions"]] == ["first version", "second version"]
    other, _ = create_journal(JournalPaths(tmp_path / "other"), PASSPHRASE, FAST_TEST_KDF)
    with other:
        import_journal(other, "innerchild-json", first)
        import_journal(other, "innerchild-json", first)  # twice: nothing doubled
        service = JournalService(other)
        after = [(r.number, r.title, r.body, r.saved_at) for r in service.history(entry)]
        assert after == before
        second = tmp_path / "second.json"
        export_journal(other, "json", second)
        assert without_timestamp(second.read_text()) == without_timestamp(first.read_text())
        assert service.search("version")[0].title == "Quiet lake"
        assert service.search("first") == []  # old text is never indexed


def test_a_chosen_export_and_markdown_leave_the_history_out(journal, tmp_path: Path) -> None:
    _with_history(journal)
    chosen = tmp_path / "chosen.json"
    export_journal(journal, "json", chosen, selection=Selection.everything())
    assert "first version" not in chosen.read_text()
    folder = tmp_path / "md"
    export_journal(journal, "markdown", folder)
    texts = "".join(p.read_text() for p in folder.rglob("*.md"))
    assert "third version" in texts and "first version" not in texts


def test_revisions_are_never_written_in_the_clear(paths, journal) -> None:
    marker = "Canary" + secrets.token_hex(10)
    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title=f"{marker} title", body=f"{marker} body " * 40))
    service.update_entry(entry, title="plain", body="nothing to see", session_start=True)
    assert marker in service.history(entry)[0].body
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for root in (paths.root, Path(tempfile.gettempdir()), Path(os.environ["HOME"])):
        for needle in (marker.encode(), marker.encode("utf-16-le")):
            assert files_containing(root, needle) == [], f"plaintext found under {root}"
