"""Version history of entries: which saves keep a revision, thinning, restore, search, schema."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.revisions import (
    LARGE_CHANGE_CHARS,
    changed_chars,
    keep_revision,
    revisions_to_drop,
    when_in_words,
)
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import entries as entry_store
from innerchild_desktop.store import opening, revisions, schema
from tests.conftest import PASSPHRASE

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


class Clock:
    """The revisions' clock, moved by hand; entries' updated_at follows it (set_saved)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = T0
        monkeypatch.setattr(revisions, "utc_now", lambda: self.now)
        monkeypatch.setattr(entry_store, "now_utc", lambda: stamp(self.now))

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def stamp(when: datetime) -> str:
    return when.isoformat(timespec="milliseconds")


@pytest.fixture
def service(journal) -> JournalService:  # type: ignore[no-untyped-def]
    return JournalService(journal)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def save(service: JournalService, clock: Clock, entry_id: str, **fields: object) -> None:
    """A save at the clock's time, as the editor's autosave does it."""
    service.update_entry(entry_id, **fields)


def numbers(service: JournalService, entry_id: str) -> list[int]:
    return [r.number for r in service.history(entry_id)]


# --- domain ---------------------------------------------------------------------------------


def test_changed_chars_counts_only_the_differing_middle() -> None:
    assert changed_chars("hello world", "hello world") == 0
    assert changed_chars("hello world", "hello brave world") == 6
    assert changed_chars("abc", "") == 3
    assert changed_chars("x" * 10_000, "x" * 5_000 + "y" + "x" * 5_000) == 1


def test_keep_revision_rules() -> None:
    base = {
        "now": T0,
        "old_title": "t",
        "old_body": "a",
        "new_title": "t",
        "new_body": "ab",
        "old_saved_at": T0 - timedelta(seconds=1),
        "last_kept_at": T0 - timedelta(minutes=2),
    }
    assert not keep_revision(**base)  # typing on: coalesced
    assert keep_revision(**{**base, "session_start": True})
    assert keep_revision(**{**base, "last_kept_at": None})  # the first one ever
    assert keep_revision(**{**base, "last_kept_at": T0 - timedelta(minutes=11)})
    assert keep_revision(**{**base, "old_saved_at": T0 - timedelta(hours=3)})  # a new sitting
    assert keep_revision(**{**base, "new_body": "a" + "b" * LARGE_CHANGE_CHARS})  # a paste
    assert not keep_revision(**{**base, "new_body": "a", "session_start": True})  # no change
    assert not keep_revision(**{**base, "old_title": "", "old_body": " ", "session_start": True})


def test_thinning_keeps_the_last_day_then_one_a_day_then_one_a_week_and_the_newest() -> None:
    now = T0
    stamps = [
        (1, stamp(now - timedelta(days=60, hours=1))),
        (2, stamp(now - timedelta(days=60))),  # same week as 1: goes
        (3, stamp(now - timedelta(days=5, hours=3))),
        (4, stamp(now - timedelta(days=5, hours=2))),  # same day as 3: goes
        (5, stamp(now - timedelta(hours=5))),
        (6, stamp(now - timedelta(hours=4))),  # within a day: all stay
    ]
    assert revisions_to_drop(stamps, now) == [2, 4]
    old_only = [(1, stamp(now - timedelta(days=3, hours=2))), (2, stamp(now - timedelta(days=3)))]
    assert revisions_to_drop(old_only, now) == []  # the newest always stays


def test_when_in_words() -> None:
    now = datetime.now(UTC)
    assert when_in_words(stamp(now), now).startswith("today at ")
    assert when_in_words(stamp(now - timedelta(days=1)), now).startswith("yesterday at ")
    assert " 2019 at " in when_in_words("2019-03-03T08:00:00.000+00:00", now)


# --- store and service -----------------------------------------------------------------------


def test_first_save_keeps_the_text_it_replaces_then_typing_is_coalesced(service, clock) -> None:
    entry = service.add_entry(NewEntry(title="Morning", body="I woke up"))
    for n in range(1, 20):  # typing on in the same sitting: autosaves a second apart
        clock.advance(seconds=1)
        save(service, clock, entry, body="I woke" + " and" * n)
    assert service.history(entry) == []  # a new entry's first words are not kept on their own
    clock.advance(hours=2)
    save(service, clock, entry, body="I woke up", session_start=True)  # opened again
    for n in range(1, 20):
        clock.advance(seconds=1)
        save(service, clock, entry, body="I woke up" + " and" * n)
    history = service.history(entry)
    assert [(r.title, r.body) for r in history] == [("Morning", "I woke" + " and" * 19)]
    clock.advance(minutes=11)
    save(service, clock, entry, body="later words")
    assert [r.body for r in service.history(entry)] == [
        "I woke up" + " and" * 19,
        "I woke" + " and" * 19,
    ]


def test_a_new_session_and_a_large_change_keep_a_revision(service, clock) -> None:
    entry = service.add_entry(NewEntry(body="first"))
    clock.advance(seconds=5)
    save(service, clock, entry, body="first draft", session_start=True)
    clock.advance(seconds=5)
    save(service, clock, entry, body="first draft, then", session_start=True)
    assert [r.body for r in service.history(entry)] == ["first draft", "first"]
    clock.advance(seconds=5)
    save(service, clock, entry, body="x" * (LARGE_CHANGE_CHARS + 10))
    assert service.history(entry)[0].body == "first draft, then"
    clock.advance(seconds=5)
    save(service, clock, entry, tags=["calm"])  # no change to the words: no revision
    assert len(service.history(entry)) == 3


def test_restore_is_a_save_that_keeps_the_replaced_text(service, clock) -> None:
    entry = service.add_entry(NewEntry(title="One", body="the old words"))
    save(service, clock, entry, title="Two", body="the new words", session_start=True)
    (old,) = service.history(entry)
    clock.advance(seconds=2)
    service.restore_revision(entry, old.number)
    now = service.get_entry(entry)
    assert (now.title, now.body) == ("One", "the old words")
    assert [(r.title, r.body) for r in service.history(entry)] == [
        ("Two", "the new words"),
        ("One", "the old words"),
    ]
    with pytest.raises(InvalidInput):
        service.restore_revision(entry, 99)


def test_thinning_never_drops_the_previous_sessions_text(service, clock) -> None:
    entry = service.add_entry(NewEntry(body="v0"))
    for day in range(1, 50):  # one sitting a day, a few saves each
        clock.advance(days=1)
        for n in range(3):
            clock.advance(seconds=1)
            save(service, clock, entry, body=f"day {day} save {n}", session_start=n == 0)
    history = service.history(entry)
    assert history[0].body == "day 48 save 2"  # how the previous sitting ended
    assert len(history) < 49  # thinned: one a week beyond a month
    assert service.get_entry(entry).body == "day 49 save 2"


def test_search_finds_the_current_text_only(service, clock) -> None:
    entry = service.add_entry(NewEntry(title="Walk", body="blueberries in the forest"))
    save(service, clock, entry, body="a quiet lake", session_start=True)
    assert service.history(entry)[0].body == "blueberries in the forest"
    assert service.search("blueberries") == []
    assert [h.id for h in service.search("lake")] == [entry]
    fts_tables = {
        r[0]
        for r in service.journal.conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE '%fts5%'"
        )
    }
    assert not any("revision" in name for name in fts_tables)


def test_emptying_the_trash_removes_the_history_too(service, clock) -> None:
    entry = service.add_entry(NewEntry(body="one"))
    save(service, clock, entry, body="two", session_start=True)
    service.trash(entry)
    assert service.history(entry)  # in the trash, the history stays
    service.empty_trash()
    count = service.journal.conn.execute("SELECT count(*) FROM entry_revisions").fetchone()[0]
    assert count == 0


def test_update_of_a_missing_entry_still_says_so(service) -> None:
    with pytest.raises(InvalidInput):
        service.update_entry("no-such-entry", body="x", session_start=True)


# --- migration -------------------------------------------------------------------------------


def _revisions_migration() -> schema.Migration:
    return next(m for m in schema.MIGRATIONS if "entry_revisions" in m.sql)


def test_a_journal_from_before_history_is_brought_up_to_date(paths, monkeypatch) -> None:
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF

    mine = _revisions_migration()
    older = tuple(m for m in schema.MIGRATIONS if m.version < mine.version)
    monkeypatch.setattr(schema, "MIGRATIONS", older)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", older[-1].version)
    journal, _ = opening.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    with journal:
        entry = JournalService(journal).add_entry(NewEntry(title="Before", body="kept words"))
        tables = {r[0] for r in journal.conn.execute("SELECT name FROM sqlite_master")}
        assert "entry_revisions" not in tables
    monkeypatch.undo()
    monkeypatch.setenv("INNERCHILD_INSECURE_FAST_KDF", "1")
    with opening.open_journal(paths, PASSPHRASE) as upgraded:
        version = upgraded.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == schema.SCHEMA_VERSION
        service = JournalService(upgraded)
        assert service.history(entry) == []
        service.update_entry(entry, body="new words", session_start=True)
        assert [r.body for r in service.history(entry)] == ["kept words"]


def test_each_version_is_told_apart_by_a_line_the_newer_one_lacks() -> None:
    from innerchild_desktop.domain.revisions import Revision, telling_lines

    def rev(number: int, body: str) -> Revision:
        return Revision("e", number, "Kite day", body, stamp(T0), stamp(T0))

    current = "The park\n\nWe took the kite, and I let them run.\n\nA good day."
    history = [
        rev(3, "The park\n\nWe took the kite, and I let them run."),
        rev(2, "The park\n\nWe took the kite."),
        rev(1, "The park"),
        rev(0, ""),
    ]
    assert telling_lines(current, history) == [
        "We took the kite, and I let them run.",  # all still there: its last line
        "We took the kite.",  # the line the next version changed
        "The park",
        "Kite day",  # no words: its title
    ]
