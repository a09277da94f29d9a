"""The search index tidy-up: merging FTS5 segments in small steps keeps search the same and
the journal consistent, and happens only when the journal has grown enough."""

from __future__ import annotations

import json

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services import upkeep
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import export_journal


def segments(conn, table: str = "entries_fts") -> int:  # type: ignore[no-untyped-def]
    """How many segments the index has: each has rows of its own in the %_idx table."""
    return conn.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx").fetchone()[0]


def write_many(journal, count: int) -> JournalService:  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    for i in range(count):  # one commit each, as a person writes: one small segment each
        service.add_entry(NewEntry(title=f"day {i}", body=f"the garden again, bicycle {i}"))
    return service


def test_tidying_merges_the_index_and_keeps_every_search_the_same(journal, monkeypatch):
    service = write_many(journal, 60)
    before = segments(journal.conn)
    found = {q: [h.id for h in service.search(q, limit=100)] for q in ("garden", "bicy", "day 7")}
    monkeypatch.setattr(upkeep, "MIN_GROWTH", 50)
    assert upkeep.needs_tidy(journal)
    steps = upkeep.tidy_search_index(journal, pause=0, pages=4)
    assert steps >= 2  # small steps: several transactions
    assert segments(journal.conn) == 1 < before
    assert {q: [h.id for h in service.search(q, limit=100)] for q in found} == found
    assert journal.verify().ok
    assert not upkeep.needs_tidy(journal)
    assert upkeep.tidy_search_index(journal, pause=0) == 1  # nothing left: one look, done


def test_it_is_due_again_only_after_the_journal_grows(journal, monkeypatch):
    monkeypatch.setattr(upkeep, "MIN_GROWTH", 20)
    write_many(journal, 25)
    upkeep.tidy_search_index(journal, pause=0)
    write_many(journal, 10)
    assert not upkeep.needs_tidy(journal)
    write_many(journal, 10)
    assert upkeep.needs_tidy(journal)


def test_cancel_stops_between_steps_and_the_next_run_goes_on(journal, monkeypatch):
    monkeypatch.setattr(upkeep, "MIN_GROWTH", 30)
    write_many(journal, 40)
    calls = iter([False, True])
    assert upkeep.tidy_search_index(journal, pause=0, pages=2, cancel=lambda: next(calls)) == 1
    assert upkeep.needs_tidy(journal)  # not finished, so not marked
    upkeep.tidy_search_index(journal, pause=0)
    assert segments(journal.conn) == 1 and not upkeep.needs_tidy(journal)


def test_the_bookkeeping_is_not_exported(journal, tmp_path, monkeypatch):
    monkeypatch.setattr(upkeep, "MIN_GROWTH", 1)
    write_many(journal, 3)
    upkeep.tidy_search_index(journal, pause=0)
    JournalService(journal).set_setting("auto_lock_minutes", 9)
    export_journal(journal, "json", tmp_path / "all.json")
    settings = json.loads((tmp_path / "all.json").read_text())["settings"]
    assert settings["auto_lock_minutes"] == 9 and upkeep.TIDIED_SETTING.key not in settings
