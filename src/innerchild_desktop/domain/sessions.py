"""One self-soothing exercise session, as kept in the journal's history."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SessionRecord:
    exercise_id: str
    started_at: str
    ended_at: str | None = None
    completed: bool = False
    distress_before: int | None = None
    distress_after: int | None = None
    note: str = ""
