from datetime import UTC, datetime

import pytest

from innerchild_desktop.domain.insights import (
    change_words,
    display_name,
    helped,
    recent_notes,
    what_helps,
)
from innerchild_desktop.domain.sessions import SessionRecord

NAMES = {
    "extended-exhale": "Extended exhale",
    "grounding-54321": "Grounding 5-4-3-2-1",
    "box": "Box breathing",
}


def s(
    exercise: str, day: str, before: int | None, after: int | None, note: str = ""
) -> SessionRecord:
    return SessionRecord(exercise, f"{day}T10:00:00+00:00", None, True, before, after, note)


SESSIONS = [
    s("extended-exhale", "2026-11-23", 8, 4, "slower out-breath helped"),
    s("extended-exhale", "2026-11-20", 6, 4),
    s("grounding-54321", "2026-11-19", 7, 6, "  "),
    s("box", "2026-11-02", None, 3, "counting the sides"),
    s("grounding-54321", "2026-10-01", None, None, "the window, the rain"),
]


def test_only_sessions_with_both_ratings_count_and_the_most_calming_comes_first() -> None:
    rows = helped(SESSIONS, NAMES)
    assert [(h.name, h.rated, h.average_change) for h in rows] == [
        ("Extended exhale", 2, -3.0),
        ("Grounding 5-4-3-2-1", 1, -1.0),
    ]  # box has an after rating only: nothing is said about it


def test_zeros_are_ratings_like_any_other() -> None:
    rows = helped([s("box", "2026-11-02", 0, 0), s("box", "2026-11-03", 6, 0)], NAMES)
    assert rows[0].rated == 2 and rows[0].average_change == -3.0


@pytest.mark.parametrize(
    ("average_change", "words"),
    [
        (-5.0, "often much calmer after"),
        (-3.0, "often much calmer after"),
        (-2.9, "usually a little calmer after"),
        (-1.0, "usually a little calmer after"),
        (-0.9, "about the same"),
        (0.0, "about the same"),
        (0.9, "about the same"),
        (1.0, "usually a little harder after"),
        (2.9, "usually a little harder after"),
        (3.0, "often much harder after"),
    ],
)
def test_average_change_in_plain_words(average_change: float, words: str) -> None:
    assert change_words(average_change) == words


def test_recent_notes_newest_first_blank_ones_skipped_and_limited() -> None:
    notes = recent_notes(SESSIONS, NAMES, limit=2)
    assert [(n.name, n.text) for n in notes] == [
        ("Extended exhale", "slower out-breath helped"),
        ("Box breathing", "counting the sides"),
    ]
    assert notes[0].started_at == datetime(2026, 11, 23, 10, tzinfo=UTC)


def test_notes_are_kept_as_typed_and_a_bare_time_is_read_as_utc() -> None:
    marked_up = SessionRecord("box", "2026-11-02T10:00:00", note="<b>not bold</b> & *no*")
    (note,) = recent_notes([marked_up], NAMES)
    assert note.text == "<b>not bold</b> & *no*"
    assert note.started_at.tzinfo is UTC


def test_names_for_exercises_no_longer_listed() -> None:
    assert display_name("own-1a2b3c4d", {}) == "A breathing pattern of your own"
    assert display_name("own-1a2b3c4d", {"own-1a2b3c4d": "Slow waves"}) == "Slow waves"
    assert display_name("old-exercise", {}) == "Old exercise"


def test_summary_of_nothing_and_of_unrated_sessions() -> None:
    assert what_helps([], NAMES) == what_helps([], {})
    assert not what_helps([], NAMES).tried_any
    unrated = what_helps([s("box", "2026-11-02", None, None)], NAMES)
    assert unrated.tried_any and unrated.helped == () and unrated.notes == ()


def test_the_service_names_shipped_exercises_and_the_persons_own(journal) -> None:
    from innerchild_desktop.domain.exercises import user_pattern
    from innerchild_desktop.domain.pacer import BreathPattern
    from innerchild_desktop.services.library import shipped_exercises
    from innerchild_desktop.services.soothe import SootheService

    soothe = SootheService(journal)
    soothe.save_own_pattern(user_pattern("own-5eaf00d5", "Slow waves", BreathPattern(4, 0, 6, 0)))
    soothe.record_sessions(
        [
            s("extended-exhale", "2026-11-20", 7, 5, "it helped"),
            s("own-5eaf00d5", "2026-11-21", 6, 2),
        ]
    )
    summary = soothe.what_helps()
    shipped = shipped_exercises().get("extended-exhale").name
    assert [(h.name, h.words) for h in summary.helped] == [
        ("Slow waves", "often much calmer after"),
        (shipped, "usually a little calmer after"),
    ]
    assert [(n.name, n.text) for n in summary.notes] == [(shipped, "it helped")]
