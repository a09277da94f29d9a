"""Soothing use cases: the person's own breathing patterns (kept inside the journal), the
history of exercise sessions, and what tends to help."""

from __future__ import annotations

from collections.abc import Iterable

from innerchild_desktop.domain.exercises import Exercise, PatternRefused, user_pattern
from innerchild_desktop.domain.insights import WhatHelps, what_helps
from innerchild_desktop.domain.pacer import BreathPattern
from innerchild_desktop.domain.sessions import SessionRecord
from innerchild_desktop.domain.settings import BREATHING_PATTERNS
from innerchild_desktop.services.library import shipped_exercises
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import sessions as session_store
from innerchild_desktop.store.settings import get_setting, set_setting

SETTING = BREATHING_PATTERNS


class SootheService:
    """The soothing side of one open journal; the exercises themselves need no journal."""

    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal

    def own_patterns(self) -> list[Exercise]:
        found = []
        for item in get_setting(self.journal.conn, SETTING):
            try:
                pattern = BreathPattern(
                    float(item["inhale"]),
                    float(item["hold_in"]),
                    float(item["exhale"]),
                    float(item["hold_out"]),
                )
                found.append(user_pattern(str(item["id"]), str(item["name"]), pattern))
            except (KeyError, TypeError, ValueError, PatternRefused):
                continue  # an entry that no longer passes the rules is simply not offered
        return found

    def save_own_pattern(self, exercise: Exercise) -> None:
        if exercise.breathing is None:
            raise ValueError("only breathing patterns are kept")
        p = exercise.breathing.pattern
        with self.journal.transaction() as conn:
            items = get_setting(conn, SETTING)
            items.append(
                {
                    "id": exercise.id,
                    "name": exercise.name,
                    "inhale": p.inhale,
                    "hold_in": p.hold_in,
                    "exhale": p.exhale,
                    "hold_out": p.hold_out,
                }
            )
            set_setting(conn, SETTING, items)

    def what_helps(self) -> WhatHelps:
        """How each exercise tends to leave the person, and their latest notes, by display
        name."""
        names = {e.id: e.name for e in (*shipped_exercises().exercises, *self.own_patterns())}
        return what_helps(session_store.list_sessions(self.journal.conn), names)

    def record_sessions(self, sessions: Iterable[SessionRecord]) -> int:
        """Keep finished exercise sessions, all or none; returns how many were kept."""
        kept = 0
        with self.journal.transaction() as conn:
            for session in sessions:
                session_store.insert_session(conn, session)
                kept += 1
        return kept

    def record_session(self, session: SessionRecord) -> str:
        """Keep one finished exercise session; returns its id."""
        with self.journal.transaction() as conn:
            return session_store.insert_session(conn, session)

    def forget_sessions(self) -> int:
        """Delete the whole exercise history (the person asked, and confirmed); returns how
        many sessions were deleted."""
        with self.journal.transaction() as conn:
            return session_store.delete_all_sessions(conn)
