from datetime import date

from innerchild_desktop.domain.insights import by_exercise, per_week
from innerchild_desktop.store.sessions import SessionRecord


def s(exercise: str, day: str, before: int | None, after: int | None) -> SessionRecord:
    return SessionRecord(exercise, f"{day}T10:00:00+00:00", None, True, before, after)


SESSIONS = [
    s("extended-exhale", "2026-11-23", 8, 4),
    s("extended-exhale", "2026-11-20", 6, 4),
    s("grounding-54321", "2026-11-19", 7, 6),
    s("box", "2026-11-02", None, 3),
    s("grounding-54321", "2026-10-01", None, None),
]


def test_average_change_only_from_rated_sessions_and_most_helpful_first() -> None:
    insights = by_exercise(SESSIONS)
    assert [i.exercise_id for i in insights] == ["extended-exhale", "grounding-54321", "box"]
    first = insights[0]
    assert (first.sessions, first.rated, first.average_change) == (2, 2, -3.0)
    assert insights[1].sessions == 2 and insights[1].rated == 1
    assert insights[2].average_change is None


def test_sessions_per_week_oldest_first() -> None:
    weeks = per_week(SESSIONS, date(2026, 11, 24), weeks=4)
    assert weeks == [1, 0, 2, 1]  # w/c 2 Nov, 9 Nov, 16 Nov, 23 Nov
