"""The older entries' own search index (store/fts.py, issue 20): the oldest entries move there
in small steps, each entry stays in exactly one of the two indexes through every change, and
every search finds what it found before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services import upkeep
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import backups, fts, opening, schema
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.memories import MemoryRecord, insert_memory
from tests.conftest import PASSPHRASE

NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """The newest 5 entries kept apart, a roll due past 7, moved 3 at a time."""
    monkeypatch.setattr(fts, "RECENT_ENTRIES", 5)
    monkeypatch.setattr(fts, "ROLL_SLACK", 2)
    monkeypatch.setattr(fts, "ROLL_BATCH", 3)


def write(service: JournalService, count: int, first: int = 0) -> list[str]:
    return [
        service.add_entry(
            NewEntry(title=f"day {NAMES[i % 10]}", body=f"the garden again, marker{i}")
        )
        for i in range(first, first + count)
    ]


def seqs(conn, table: str) -> list[int]:  # type: ignore[no-untyped-def]
    return [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]


def test_the_oldest_entries_move_in_steps_and_every_search_stays_the_same(
    journal, small_window
) -> None:
    service = JournalService(journal)
    ids = write(service, 15)
    queries = [f"marker{i}" for i in range(15)] + ["garden", "day", "gard", "marker1"]
    before = {q: sorted(h.id for h in service.search(q, limit=100)) for q in queries}
    assert before["marker3"] == [ids[3]] and len(before["garden"]) == 15
    assert fts.roll_due(journal.conn) and upkeep.needs_tidy(journal)

    steps = upkeep.tidy_search_index(journal, pause=0)

    assert steps >= 4  # 10 entries moved 3 at a time, then the merges
    conn = journal.conn
    assert fts.older_through(conn) == 10
    assert seqs(conn, "older_entries_fts") == list(range(1, 11))
    assert seqs(conn, "entries_fts") == list(range(11, 16))
    assert fts.in_step(conn) and journal.verify().ok
    assert {q: sorted(h.id for h in service.search(q, limit=100)) for q in queries} == before
    assert not fts.roll_due(conn) and not upkeep.needs_tidy(journal)


def test_a_roll_cut_short_leaves_each_entry_in_one_index(journal, small_window) -> None:
    service = JournalService(journal)
    write(service, 15)
    calls = iter([False, True])
    assert upkeep.tidy_search_index(journal, pause=0, cancel=lambda: next(calls)) == 1
    assert fts.older_through(journal.conn) == 3  # one step of three
    assert fts.in_step(journal.conn) and journal.verify().ok
    assert upkeep.needs_tidy(journal)  # not finished: the next run goes on
    assert len(service.search("garden", limit=100)) == 15
    upkeep.tidy_search_index(journal, pause=0)
    assert fts.older_through(journal.conn) == 10


def test_an_older_entry_edited_trashed_restored_and_deleted_stays_in_one_index(
    journal, small_window
) -> None:
    service = JournalService(journal)
    ids = write(service, 15)
    upkeep.tidy_search_index(journal, pause=0)
    conn = journal.conn
    oldest = ids[0]
    seq = conn.execute("SELECT seq FROM entries WHERE id = ?", (oldest,)).fetchone()[0]

    service.update_entry(oldest, body="a kestrel over the garden")
    assert [h.id for h in service.search("kestrel")] == [oldest]
    assert seq in seqs(conn, "older_entries_fts") and seq not in seqs(conn, "entries_fts")
    assert service.search("marker0") == []  # its old words are gone from the index
    service.trash(oldest)
    assert service.search("kestrel") == [] and fts.in_step(conn)
    service.untrash(oldest)
    assert [h.id for h in service.search("kestrel")] == [oldest] and fts.in_step(conn)
    service.trash(oldest)
    service.empty_trash()  # the delete trigger takes it out of whichever index holds it
    assert seq not in seqs(conn, "older_entries_fts") and fts.in_step(conn)
    assert journal.verify().ok


def test_an_entry_in_both_indexes_or_in_neither_is_out_of_step(journal, small_window) -> None:
    service = JournalService(journal)
    write(service, 15)
    upkeep.tidy_search_index(journal, pause=0)
    conn = journal.conn
    conn.execute(
        "INSERT INTO entries_fts (rowid, title, body, tags)"
        " SELECT rowid, title, body, tags FROM older_entries_fts WHERE rowid = 1"
    )
    assert not fts.in_step(conn) and not journal.verify().ok
    journal.rebuild_search_index()
    assert fts.in_step(conn) and journal.verify().ok
    conn.execute("DELETE FROM older_entries_fts WHERE rowid = 2")
    assert not fts.in_step(conn)


def test_rebuilding_splits_the_entries_anew(journal, small_window) -> None:
    service = JournalService(journal)
    write(service, 12)
    journal.rebuild_search_index()
    conn = journal.conn
    assert fts.older_through(conn) == 7
    assert seqs(conn, "older_entries_fts") == list(range(1, 8))
    assert seqs(conn, "entries_fts") == list(range(8, 13))
    assert len(service.search("garden", limit=100)) == 12 and journal.verify().ok


def test_filtered_and_unspelled_searches_reach_both_indexes(journal, small_window) -> None:
    service = JournalService(journal)
    ids = write(service, 15)
    upkeep.tidy_search_index(journal, pause=0)
    since = date.today().replace(year=date.today().year - 1).isoformat()
    filtered = service.search(f"garden after:{since}", limit=100)  # needs the entries table
    assert sorted(h.id for h in filtered) == sorted(ids)
    assert [h.rank for h in filtered] == sorted(h.rank for h in filtered)
    one_letter = service.search("g", limit=100)  # a prefix FTS5 ranks its own way
    assert sorted(h.id for h in one_letter) == sorted(ids)
    assert [h.id for h in service.search("marker0 after:" + since)] == [ids[0]]


def made_at_version_4(
    paths: JournalPaths, monkeypatch: pytest.MonkeyPatch, count: int
) -> tuple[list[str], Path]:
    """A journal as version 4 made it, with ``count`` entries and a backup of it; the schema
    is the current one again afterwards."""
    every = schema.MIGRATIONS
    monkeypatch.setattr(schema, "MIGRATIONS", every[:4])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    old, _recovery = opening.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    with old:
        ids = write(JournalService(old), count)
        tables = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master")}
        assert "older_entries_fts" not in tables
        (paths.root.parent / "usb").mkdir()
        backup = backups.write_backup(old, paths.root.parent / "usb" / "v4")
    monkeypatch.setattr(schema, "MIGRATIONS", every)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", every[-1].version)
    return ids, backup


def test_a_journal_from_before_the_split_is_searched_and_split_after_opening(
    tmp_path, small_window, monkeypatch
) -> None:
    paths = JournalPaths(tmp_path / "older")
    ids, _backup = made_at_version_4(paths, monkeypatch, 12)
    with opening.open_journal(paths, PASSPHRASE) as upgraded:
        service = JournalService(upgraded)
        assert upgraded.conn.execute("PRAGMA user_version").fetchone()[0] == 5
        assert fts.older_through(upgraded.conn) == 0  # every entry stays where it was
        assert sorted(h.id for h in service.search("garden", limit=100)) == sorted(ids)
        assert upkeep.needs_tidy(upgraded)
        upkeep.tidy_search_index(upgraded, pause=0)
        assert fts.older_through(upgraded.conn) == 7 and upgraded.verify().ok
        assert sorted(h.id for h in service.search("garden", limit=100)) == sorted(ids)
        service.trash(ids[0])
        service.empty_trash()  # the new delete trigger reaches the older index
        assert fts.in_step(upgraded.conn)


def test_a_backup_from_before_the_split_is_checked_and_restored(
    tmp_path, small_window, monkeypatch
) -> None:
    paths = JournalPaths(tmp_path / "older")
    ids, backup = made_at_version_4(paths, monkeypatch, 12)
    assert backups.verify_backup(backup, PASSPHRASE, tmp_path / "scratch").ok
    assert backups.restore_backup(paths, backup, PASSPHRASE) is not None
    with opening.open_journal(paths, PASSPHRASE) as restored:
        assert restored.verify().ok
        found = JournalService(restored).search("garden", limit=100)
        assert sorted(h.id for h in found) == sorted(ids)


def test_a_stale_or_missing_index_row_of_an_entry_or_a_memory_is_noticed(journal) -> None:
    service = JournalService(journal)
    ids = write(service, 3)
    with journal.transaction() as conn:
        insert_memory(conn, MemoryRecord("The den", {"kind": "age", "age": 7}, 7.5, 7, 8))
    conn = journal.conn
    assert fts.in_step(conn)
    breakages = (  # each undone by the rebuild after it
        "UPDATE entries SET deleted_at = 'x' WHERE id = '{trashed}'",  # indexed, but trashed
        "DELETE FROM entries_fts WHERE rowid = 2",  # live, in neither index
        "DELETE FROM memories_fts",  # a live memory, not indexed
        "UPDATE memories SET deleted_at = 'x'",  # a deleted memory still indexed
    )
    for sql in breakages:
        conn.execute(sql.format(trashed=ids[0]))
        assert not fts.in_step(conn), sql
        conn.execute("UPDATE entries SET deleted_at = NULL")
        conn.execute("UPDATE memories SET deleted_at = NULL")
        journal.rebuild_search_index()
        assert fts.in_step(conn)
