"""What made imports faster keeps them the same (issue 20): the index row an import writes from
the values at hand is the one store/fts.py would read back, and each tag is looked up once."""

from __future__ import annotations

import json
from pathlib import Path

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import export_journal, import_journal
from innerchild_desktop.store import fts


def _jrnl(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def _index_rows(journal) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return sorted(
        tuple(r) for r in journal.conn.execute("SELECT rowid, title, body, tags FROM entries_fts")
    )


def _rebuilt_rows(journal) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """What store/fts.py reads for every live entry."""
    return sorted(
        tuple(r) for r in journal.conn.execute(f"{fts._ENTRY_ROW} WHERE e.deleted_at IS NULL")
    )


def test_imported_index_rows_are_what_the_index_would_hold(journal, tmp_path) -> None:
    JournalService(journal).add_entry(NewEntry(title="mine", body="x", tags=("Family",)))
    source = _jrnl(
        tmp_path / "j.json",
        [
            {
                "date": f"2024-05-0{i + 1}",
                "time": "09:30",
                "title": f"Day {i}",
                "body": f"kitchen toast {i}",
                "tags": tags,
                "starred": False,
            }
            for i, tags in enumerate(
                [["@family", "@zebra", "@apple"], ["@Apple", "@apple"], [], ["@school"]]
            )
        ],
    )
    assert import_journal(journal, "jrnl-json", source).added == 4
    assert _index_rows(journal) == _rebuilt_rows(journal)
    tags = {n for (n,) in journal.conn.execute("SELECT name FROM tags")}
    assert tags == {"Family", "zebra", "apple", "school"}  # an existing tag's spelling kept
    found = JournalService(journal).search("tag:family")
    assert {e.title for e in found} == {"mine", "Day 0"}


def test_a_complete_copy_indexes_live_entries_only(journal, tmp_path) -> None:
    service = JournalService(journal)
    kept = service.add_entry(NewEntry(title="kept", body="lighthouse", tags=("sea",)))
    gone = service.add_entry(NewEntry(title="gone", body="lighthouse"))
    service.trash(gone)
    export_journal(journal, "json", tmp_path / "copy.json")
    with journal.transaction() as conn:
        conn.execute("DELETE FROM entries")
    assert import_journal(journal, "innerchild-json", tmp_path / "copy.json").added == 2
    assert _index_rows(journal) == _rebuilt_rows(journal)
    assert [e.id for e in service.search("lighthouse")] == [kept]


def test_each_tag_is_looked_up_once_per_import(journal, tmp_path) -> None:
    source = _jrnl(
        tmp_path / "j.json",
        [
            {
                "date": "2024-06-01",
                "time": f"10:{i:02d}",
                "title": f"T{i}",
                "body": "b",
                "tags": ["@family", "@walks"],
                "starred": False,
            }
            for i in range(30)
        ],
    )
    statements: list[str] = []
    journal.conn.set_trace_callback(statements.append)
    try:
        assert import_journal(journal, "jrnl-json", source).added == 30
    finally:
        journal.conn.set_trace_callback(None)
    assert sum("FROM tags WHERE name" in s for s in statements) == 2
    assert sum(s.startswith("INSERT INTO entry_tags") for s in statements) == 60
