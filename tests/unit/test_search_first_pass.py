"""Search ranks the newest matches with prefixes spelled out (store/fts_match.py, issue 20):
the same hits as ranking everything while a word is not very common, the newest matches when it
is, and the old, always-correct way for what cannot be spelled out."""

from __future__ import annotations

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import fts_match
from innerchild_desktop.store.memories import MemoryRecord, insert_memory

BODIES = (
    "The bicycle was blue and the bell rang.",
    "Two bicycles leaned on the fence by the kitchen.",
    "Grandma made toast; grandmother's kitchen was warm.",
    "A café by the sea, and a lighthouse far away.",
    "Childhood summers, the children at the lighthouse.",
    "Nothing much today, a quiet child.",
)


@pytest.fixture
def service(journal) -> JournalService:
    s = JournalService(journal)
    for i, body in enumerate(BODIES):
        s.add_entry(NewEntry(title=f"Entry {i}", body=body))
    with journal.transaction() as conn:
        insert_memory(
            conn,
            MemoryRecord("The den", {"kind": "age", "age": 7}, 7.5, 7, 8, body="A red bicycle."),
        )
    return s


def found(service: JournalService, text: str) -> list[str]:
    return sorted(h.title for h in service.search(text, limit=50))


def old_way(service: JournalService, text: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as m:
        m.setattr(fts_match, "spell_out", lambda conn, table, match, **_: None)
        return found(service, text)


@pytest.mark.parametrize(
    "text",
    [
        "bicycle",
        "bicy",
        "bi",
        "grand",
        "child",
        "kitchen -toast",
        '"blue and"',
        "bicycle tag:nothing",
        "cafe",
        "café",
        "CAFÉ",
        "lighthouse child",
        "zebra",
        "zebr",
        "b",
        "Ærø",
    ],
)
def test_the_same_hits_as_ranking_everything(service, monkeypatch, text) -> None:
    assert found(service, text) == old_way(service, text, monkeypatch)


def test_child_still_finds_childhood(service) -> None:
    assert {"Entry 4", "Entry 5"} <= set(found(service, "child"))


def test_long_prefixes_are_spelled_out_short_ones_left_to_the_prefix_index(
    journal, service
) -> None:
    conn = journal.conn
    spelled = fts_match.spell_out(conn, "entries_fts", '"bicy"* AND "gr"*')
    assert spelled == '("bicy" OR "bicycle" OR "bicycles") AND "gr"*'
    assert fts_match.spell_out(conn, "entries_fts", '"zebr"*') == '"zebr"'  # nothing starts so
    assert fts_match.spell_out(conn, "entries_fts", '"b"*') is None  # one letter: FTS5's way
    assert fts_match.spell_out(conn, "entries_fts", '"ærø"*') is None  # folding not certain
    assert fts_match.spell_out(conn, "memories_fts", '"bicy"*') == '("bicy" OR "bicycle")'
    assert fts_match.spell_out(conn, "entries_fts", '"bicycles"*') == '"bicycles"'  # a word


def test_a_prefix_of_too_many_words_is_left_to_fts5(journal, service, monkeypatch) -> None:
    monkeypatch.setattr(fts_match, "MAX_EXPANSION", 1)
    assert fts_match.spell_out(journal.conn, "entries_fts", '"bicy"*') is None
    assert found(service, "bicy") == ["Entry 0", "Entry 1", "The den"]


def test_a_very_common_word_is_ranked_among_its_newest_matches(journal, monkeypatch) -> None:
    service = JournalService(journal)
    for i in range(4):  # old entries that match strongly
        service.add_entry(NewEntry(title=f"lighthouse lighthouse {i}", body="lighthouse " * 5))
    for i in range(4):  # newer entries that match weakly
        service.add_entry(NewEntry(title=f"day {i}", body="words and a lighthouse far away"))
    assert service.search("lighthouse", limit=3)[0].title.startswith("lighthouse")
    monkeypatch.setattr(fts_match, "FIRST_PASS", 4)
    newest = [h.title for h in service.search("lighthouse", limit=3)]
    assert len(newest) == 3 and all(t.startswith("day") for t in newest)


def test_snippets_are_made_for_the_page_only(service, monkeypatch) -> None:
    from innerchild_desktop.store import search as search_store

    made: list[str] = []
    real = search_store._snippet

    def counting(text, query):
        made.append(text)
        return real(text, query)

    monkeypatch.setattr(search_store, "_snippet", counting)
    hits = service.search("bicycle", limit=2)
    assert len(hits) == 2 and len(made) == 2
    assert all("\ue000" in h.snippet for h in hits)


def test_words_remembered_while_typing_are_forgotten_once_the_journal_changes(service) -> None:
    assert found(service, "zebr") == []
    assert found(service, "bicy") == ["Entry 0", "Entry 1", "The den"]
    assert found(service, "bicyc") == ["Entry 0", "Entry 1", "The den"]  # from bicy's words
    service.add_entry(NewEntry(title="Zoo", body="A zebra and two bicyclists."))
    assert found(service, "zebr") == ["Zoo"]
    assert found(service, "bicycl") == ["Entry 0", "Entry 1", "The den", "Zoo"]
    assert found(service, "bicycli") == ["Zoo"]


def test_a_longer_prefix_is_read_from_a_shorter_ones_words(journal, service, monkeypatch) -> None:
    conn = journal.search_conn
    assert fts_match.spell_out(conn, "entries_fts", '"bicy"*', remember=True) == (
        '("bicy" OR "bicycle" OR "bicycles")'
    )

    def no_lookup(*args: object) -> list[str]:
        raise AssertionError("looked up again")

    monkeypatch.setattr(fts_match, "_longer_words", no_lookup)
    assert fts_match.spell_out(conn, "entries_fts", '"bicycl"*', remember=True) == (
        '("bicycl" OR "bicycle" OR "bicycles")'
    )
    assert fts_match.spell_out(conn, "entries_fts", '"bicycle"*', remember=True) == (
        '("bicycle" OR "bicycles")'
    )
