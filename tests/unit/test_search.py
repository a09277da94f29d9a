from datetime import date

import pytest

from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.search_query import parse_query
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import entries as entry_store
from innerchild_desktop.store.memories import MemoryRecord, insert_memory


def test_words_become_quoted_prefix_terms() -> None:
    q = parse_query("child hood")
    assert q.fts == '"child"* AND "hood"*'
    assert q.terms == ("child", "hood")


def test_phrases_negation_and_filters() -> None:
    q = parse_query(
        '"blue bicycle" -scary tag:Family tag:#school mood:Calm kind:letter_to '
        "after:2024-01-01 before:2024-12-31"
    )
    assert q.fts == '"blue bicycle" NOT "scary"'
    assert q.tags == ("Family", "school")
    assert q.mood == "calm" and q.kind is EntryKind.LETTER_TO
    assert q.after == date(2024, 1, 1) and q.before == date(2024, 12, 31)


@pytest.mark.parametrize("text", ['"', "AND OR NOT", "NEAR(a b)", "a* ^b", "col:x", "-", "()"])
def test_fts_syntax_characters_cannot_break_the_query(journal, text) -> None:
    JournalService(journal).search(text)  # never raises an FTS5 syntax error


def test_bad_filter_values_get_human_errors() -> None:
    with pytest.raises(InvalidInput, match="after"):
        parse_query("after:yesterday")
    with pytest.raises(InvalidInput, match="kind"):
        parse_query("kind:poem")


@pytest.fixture
def service(journal) -> JournalService:
    s = JournalService(journal)
    s.add_entry(
        NewEntry(
            title="The blue bicycle",
            body="It had a squeaky bell.",
            tags=("play", "joy"),
            entry_date=date(2024, 5, 1),
            mood=Mood("joyful", 0.9, 0.7),
        )
    )
    s.add_entry(
        NewEntry(
            title="Kitchen",
            body="Toast and the radio. The bicycle was outside.",
            tags=("home",),
            entry_date=date(2024, 6, 1),
        )
    )
    s.add_entry(
        NewEntry(
            title="Letter",
            body="Dear little me, you were brave.",
            kind=EntryKind.LETTER_TO,
            entry_date=date(2025, 1, 1),
        )
    )
    return s


def titles(hits) -> list[str]:
    return [h.title for h in hits]


def test_prefix_phrase_and_ranking(service) -> None:
    assert titles(service.search("bicy")) == ["The blue bicycle", "Kitchen"]  # title ranks higher
    assert titles(service.search('"blue bicycle"')) == ["The blue bicycle"]
    assert titles(service.search("bicycle -toast")) == ["The blue bicycle"]
    hit = service.search("squeaky")[0]
    assert "\ue000squeaky\ue001" in hit.snippet


def test_filters(service) -> None:
    assert titles(service.search("bicycle tag:home")) == ["Kitchen"]
    assert titles(service.search("tag:play")) == ["The blue bicycle"]
    assert titles(service.search("mood:joyful")) == ["The blue bicycle"]
    assert titles(service.search("kind:letter_to")) == ["Letter"]
    assert titles(service.search("after:2024-05-15 before:2024-12-31")) == ["Kitchen"]


def test_index_follows_edits_tags_renames_and_trash(service, journal) -> None:
    kitchen = service.search("Kitchen")[0].id
    service.update_entry(kitchen, body="Porridge now.", tags=("home", "breakfast"))
    assert service.search("toast") == []
    assert titles(service.search("porridge")) == ["Kitchen"]
    assert titles(service.search("breakfast")) == ["Kitchen"]  # tags are searchable words
    service.rename_tag("breakfast", "mornings")
    assert titles(service.search("mornings")) == ["Kitchen"]
    assert service.search("breakfast") == []
    service.trash(kitchen)
    assert service.search("porridge") == []
    service.untrash(kitchen)
    assert titles(service.search("porridge")) == ["Kitchen"]
    with journal.transaction() as conn:
        conn.execute("UPDATE entries SET deleted_at = 'x' WHERE id = ?", (kitchen,))
        entry_store.empty_trash(conn)
    count = journal.conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0]
    assert count == 2


def test_memories_are_searched_but_heavy_ones_are_not_previewed(service, journal) -> None:
    with journal.transaction() as conn:
        insert_memory(
            conn,
            MemoryRecord(
                "The den",
                {"kind": "age", "age": 7},
                7.5,
                7,
                8,
                body="Blankets and a torch under the stairs.",
            ),
        )
        insert_memory(
            conn,
            MemoryRecord(
                "The shouting",
                {"kind": "age", "age": 8},
                8.5,
                8,
                9,
                body="Stairs again, a hard night.",
                heavy=True,
            ),
        )
    hits = service.search("stairs")
    by_title = {h.title: h for h in hits}
    assert set(by_title) == {"The den", "The shouting"}
    assert "torch" in by_title["The den"].snippet
    assert by_title["The shouting"].snippet == "" and by_title["The shouting"].heavy
    # Each memory is found with its time in words, as the timeline says it.
    assert (by_title["The den"].when, by_title["The shouting"].when) == ("age 7", "age 8")


def test_what_was_found_is_counted_in_plain_words() -> None:
    from innerchild_desktop.domain.search import SearchHit, found_words

    def hits(entries: int, memories: int) -> list[SearchHit]:
        return [SearchHit("entry", "e", "t", "2026-01-01", "", 0.0)] * entries + [
            SearchHit("memory", "m", "t", "age 7", "", 0.0)
        ] * memories

    assert found_words(hits(12, 3), "x") == "12 entries and 3 memories"
    assert found_words(hits(1, 0), "x") == "1 entry"
    assert found_words(hits(0, 1), "x") == "1 memory"
    assert found_words(hits(40, 10), "x", limit=50) == "The 50 closest: 40 entries and 10 memories"
    nothing = found_words([], "zebra")
    assert nothing.startswith("Nothing found for “zebra”.") and "fewer or shorter" in nothing


def test_keyset_pages_cover_everything_once(journal) -> None:
    service = JournalService(journal)
    for i in range(45):
        service.add_entry(NewEntry(title=f"e{i:02d}", entry_date=date(2024, 1, 1 + i % 28)))
    seen: list[str] = []
    page = service.list_entries(limit=10)
    while page:
        seen += [s.id for s in page]
        page = service.list_entries(limit=10, after=page[-1])
    assert len(seen) == len(set(seen)) == 45
    dates = [entry_store.get_entry(journal.conn, i).entry_date for i in seen]
    assert dates == sorted(dates, reverse=True)


def test_index_stays_in_step_and_can_be_rebuilt(service, journal) -> None:
    from innerchild_desktop.store import fts

    entry = service.search("Kitchen")[0].id
    service.update_entry(entry, title="Kitchen table", tags=("home", "food"))
    service.rename_tag("food", "meals")
    service.trash(entry)
    assert fts.in_step(journal.conn) and journal.verify().ok
    journal.conn.execute("DELETE FROM entries_fts WHERE rowid = (SELECT min(seq) FROM entries)")
    report = journal.verify()
    assert not report.ok and not report.fts_ok  # a stale index is noticed
    journal.rebuild_search_index()
    assert journal.verify().ok
    service.untrash(entry)
    assert {h.title for h in service.search("bicycle")} == {"The blue bicycle", "Kitchen table"}
    assert [h.title for h in service.search("meals")] == ["Kitchen table"]


def test_big_journals_rank_common_words_among_the_newest_entries_first(
    journal, monkeypatch
) -> None:
    from innerchild_desktop.services import upkeep
    from innerchild_desktop.store import fts

    service = JournalService(journal)
    for i in range(6):  # old entries that match strongly
        service.add_entry(NewEntry(title=f"lighthouse lighthouse {i}", body="lighthouse " * 5))
    for i in range(6):  # newer entries that match weakly
        service.add_entry(NewEntry(title=f"day {i}", body="words and a lighthouse far away"))
    ranked_all = [h.title for h in service.search("lighthouse", limit=3)]
    assert all(t.startswith("lighthouse") for t in ranked_all)  # the whole journal is ranked

    monkeypatch.setattr(fts, "RECENT_ENTRIES", 5)  # the newest 5 apart, the rest older
    monkeypatch.setattr(fts, "ROLL_SLACK", 0)
    upkeep.tidy_search_index(journal, pause=0)
    newest = [h.title for h in service.search("lighthouse", limit=3)]
    assert len(newest) == 3 and all(t.startswith("day") for t in newest)
    # Too few among the newest for the page asked: the older entries are ranked too.
    wide = [h.title for h in service.search("lighthouse", limit=10)]
    assert len(wide) == 10 and wide[0].startswith("lighthouse")
