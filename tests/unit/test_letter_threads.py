"""Letters gathered into threads (domain.letters) and read through the journal service."""

from __future__ import annotations

from datetime import date

from innerchild_desktop.domain.entries import HEAVY_ENTRY_LABEL, EntryKind, EntrySummary, NewEntry
from innerchild_desktop.domain.letters import Letter, group_threads
from innerchild_desktop.services.journal import JournalService


def _summary(entry_id: str, day: int, seq: int = 0, *, heavy: bool = False) -> EntrySummary:
    return EntrySummary(
        id=entry_id,
        entry_date=date(2025, 1, day),
        title=f"Letter {entry_id}",
        preview="",
        kind=EntryKind.LETTER_TO,
        mood=None,
        heavy=heavy,
        seq=seq,
    )


def test_replies_join_their_root_however_deep_the_chain():
    threads = group_threads(
        [
            Letter(_summary("c", 9), reply_to="b"),
            Letter(_summary("a", 1)),
            Letter(_summary("b", 3), reply_to="a"),
            Letter(_summary("z", 5)),
        ]
    )
    assert [[s.id for s in t.letters] for t in threads] == [["z"], ["a", "b", "c"]]
    assert [t.size_label for t in threads] == ["1 letter", "3 letters"]


def test_an_orphaned_reply_starts_its_own_thread_and_cycles_end():
    threads = group_threads(
        [
            Letter(_summary("r", 2), reply_to="gone"),
            Letter(_summary("x", 4), reply_to="y"),
            Letter(_summary("y", 4, seq=1), reply_to="x"),
        ]
    )
    assert sorted(s.id for t in threads for s in t.letters) == ["r", "x", "y"]


def test_a_heavy_first_letter_veils_the_thread_title():
    (thread,) = group_threads([Letter(_summary("h", 1, heavy=True))])
    assert thread.title == HEAVY_ENTRY_LABEL


def test_service_lists_letters_only_not_trashed(journal):
    service = JournalService(journal)
    first = service.add_entry(
        NewEntry(title="To you", kind=EntryKind.LETTER_TO, entry_date=date(2025, 1, 1))
    )
    service.add_entry(
        NewEntry(
            title="Back to you",
            kind=EntryKind.LETTER_FROM,
            entry_date=date(2025, 1, 2),
            reply_to=first,
        )
    )
    service.add_entry(NewEntry(title="Just an entry"))
    gone = service.add_entry(NewEntry(title="Trashed", kind=EntryKind.LETTER_TO))
    service.trash(gone)
    (thread,) = service.letter_threads()
    assert [s.title for s in thread.letters] == ["To you", "Back to you"]
