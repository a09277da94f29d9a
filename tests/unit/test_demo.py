"""The sample journal (services.demo): only ever fills a new journal, marks what it makes as
sample data, and never repeats a title."""

from __future__ import annotations

from datetime import date

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.demo import SAMPLE_TAG, fill_demo
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.store.memories import list_memories, memory_tags

TODAY = date(2026, 11, 24)


def _titles(journal) -> tuple[list[str], list[str]]:
    entries = [r[0] for r in journal.conn.execute("SELECT title FROM entries")]
    memories = [r[0] for r in journal.conn.execute("SELECT title FROM memories")]
    return entries, memories


def _counts(journal) -> tuple[int, ...]:
    return tuple(
        journal.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("entries", "memories", "sessions", "tags")
    )


@pytest.mark.parametrize(("entries", "memories"), [(60, 24), (120, 24), (400, 150)])
def test_every_title_is_unique_and_none_is_numbered(journal, entries, memories) -> None:
    fill_demo(journal, entries=entries, memories=memories, today=TODAY)
    entry_titles, memory_titles = _titles(journal)
    assert len(entry_titles) == entries and len(memory_titles) == memories
    for titles in (entry_titles, memory_titles):
        assert all(t.strip() for t in titles)
        assert len(set(titles)) == len(titles), [t for t in titles if titles.count(t) > 1]
        assert not [t for t in titles if "(" in t or any(ch.isdigit() for ch in t)]


def test_a_second_demo_is_refused_and_adds_nothing(journal) -> None:
    fill_demo(journal, today=TODAY)
    before = _counts(journal)
    with pytest.raises(InvalidInput, match="new, empty journal"):
        fill_demo(journal, today=TODAY)
    assert _counts(journal) == before


def test_a_journal_with_an_entry_is_refused(journal) -> None:
    JournalService(journal).add_entry(NewEntry(title="mine", body="my own words"))
    with pytest.raises(InvalidInput, match="already has entries or memories"):
        fill_demo(journal, today=TODAY)
    assert _counts(journal)[:3] == (1, 0, 0)


def test_a_journal_with_only_a_memory_or_a_trashed_entry_is_refused(journal) -> None:
    TimelineService(journal).add_memory("The blue bicycle", "around 7")
    with pytest.raises(InvalidInput):
        fill_demo(journal, today=TODAY)
    assert _counts(journal)[:3] == (0, 1, 0)


def test_trashed_entries_count_as_entries(journal) -> None:
    service = JournalService(journal)
    service.trash(service.add_entry(NewEntry(title="mine")))
    with pytest.raises(InvalidInput):
        fill_demo(journal, today=TODAY)


def test_everything_it_makes_is_visibly_tagged_sample(journal) -> None:
    fill_demo(journal, entries=60, memories=24, today=TODAY)
    service = JournalService(journal)
    rows = service.list_entries(limit=100)
    assert rows and all(SAMPLE_TAG in r.tags for r in rows)
    # the entry list shows the first three tags: the sample tag is always among them
    assert all(SAMPLE_TAG in r.tags[:3] for r in rows)
    memories = list_memories(journal.conn)
    assert memories and all(SAMPLE_TAG in memory_tags(journal.conn, m.id) for m in memories)
    assert {h.id for h in service.search(f"tag:{SAMPLE_TAG}", limit=200)} >= {r.id for r in rows}


def test_the_same_seed_makes_the_same_journal(paths, tmp_path) -> None:
    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from innerchild_desktop.store.opening import create_journal

    made = []
    for name in ("a", "b"):
        journal, _ = create_journal(JournalPaths(tmp_path / name), "passphrase!", FAST_TEST_KDF)
        with journal:
            fill_demo(journal, today=TODAY, seed=3)
            made.append(sorted(_titles(journal)[0]))
    assert made[0] == made[1]


def test_sample_folders_a_crash_left_are_tidied_and_only_those(tmp_path) -> None:
    """Issue 15 (minor f): only our prefix, only unlocked, only not brand new."""
    import os

    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.services.demo import SAMPLE_PREFIX, tidy_abandoned_samples
    from innerchild_desktop.store.lockfile import JournalLock

    def old_folder(name: str, *, with_journal: bool = True):
        root = tmp_path / name
        (root / "journal").mkdir(parents=True)
        (root / "journal" / "journal.db").write_bytes(b"ciphertext")
        if not with_journal:
            (root / "journal" / "journal.db").unlink()
            (root / "journal").rmdir()
        os.utime(root, (0, 0))  # long ago
        return root

    crashed = old_folder(SAMPLE_PREFIX + "abc123")
    crashed_early = old_folder(SAMPLE_PREFIX + "def456", with_journal=False)
    open_elsewhere = old_folder(SAMPLE_PREFIX + "in-use")
    being_made = tmp_path / (SAMPLE_PREFIX + "new")
    being_made.mkdir()
    not_ours = old_folder("innerchild-other")
    a_file = tmp_path / (SAMPLE_PREFIX + "file")
    a_file.write_text("not a folder")
    lock = JournalLock(JournalPaths(open_elsewhere / "journal").lock)
    lock.acquire()
    try:
        os.utime(open_elsewhere, (0, 0))
        removed = tidy_abandoned_samples(tmp_path)
    finally:
        lock.release()
    assert sorted(removed) == sorted([crashed, crashed_early])
    assert not crashed.exists() and not crashed_early.exists()
    assert open_elsewhere.is_dir() and being_made.is_dir() and not_ours.is_dir()
    assert a_file.is_file()
