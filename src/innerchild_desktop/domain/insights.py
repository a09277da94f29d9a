"""What helps me: which exercises, on average, eased distress. Pure; no streaks, no scores.

Only sessions with both an optional before and after rating count towards the averages, and a
session that was stopped early is just as valid as one that ran to the end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol


class SessionLike(Protocol):
    exercise_id: str
    started_at: str
    distress_before: int | None
    distress_after: int | None


@dataclass(frozen=True)
class ExerciseInsight:
    exercise_id: str
    sessions: int
    rated: int  # sessions with a before and an after rating
    average_change: float | None  # after − before (negative = distress eased)


def by_exercise(sessions: Iterable[SessionLike]) -> list[ExerciseInsight]:
    counts: dict[str, int] = defaultdict(int)
    changes: dict[str, list[int]] = defaultdict(list)
    for session in sessions:
        counts[session.exercise_id] += 1
        if session.distress_before is not None and session.distress_after is not None:
            changes[session.exercise_id].append(session.distress_after - session.distress_before)
    result = [
        ExerciseInsight(
            exercise,
            counts[exercise],
            len(changes[exercise]),
            sum(changes[exercise]) / len(changes[exercise]) if changes[exercise] else None,
        )
        for exercise in counts
    ]
    # Most helpful first (largest average easing), unrated ones after, then by name.
    return sorted(
        result, key=lambda i: (i.average_change is None, i.average_change or 0.0, i.exercise_id)
    )


def per_week(sessions: Iterable[SessionLike], today: date, weeks: int = 12) -> list[int]:
    """Sessions in each of the last ``weeks`` weeks, oldest first (this week last)."""
    start_of_week = today - timedelta(days=today.weekday())
    counts = [0] * weeks
    for session in sessions:
        day = datetime.fromisoformat(session.started_at).date()
        index = weeks - 1 - (start_of_week - (day - timedelta(days=day.weekday()))).days // 7
        if 0 <= index < weeks:
            counts[index] += 1
    return counts
