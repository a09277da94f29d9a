"""Soothing use cases: the person's own breathing patterns (kept inside the journal), what helps."""

from __future__ import annotations

from innerchild_desktop.domain.exercises import Exercise, PatternRefused, load_library, user_pattern
from innerchild_desktop.domain.insights import WhatHelps, what_helps
from innerchild_desktop.domain.pacer import BreathPattern
from innerchild_desktop.store.sessions import list_sessions
from innerchild_desktop.store.settings import get_setting, set_setting
from innerchild_desktop.store.vault import Journal

SETTING = "breathing_patterns"


def own_patterns(journal: Journal) -> list[Exercise]:
    found = []
    for item in get_setting(journal.conn, SETTING, []) or []:
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


def save_own_pattern(journal: Journal, exercise: Exercise) -> None:
    if exercise.breathing is None:
        raise ValueError("only breathing patterns are kept")
    p = exercise.breathing.pattern
    with journal.transaction() as conn:
        items = list(get_setting(conn, SETTING, []) or [])
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


def what_helps_me(journal: Journal) -> WhatHelps:
    """How each exercise tends to leave the person, and their latest notes, by display name."""
    names = {e.id: e.name for e in (*load_library().exercises, *own_patterns(journal))}
    return what_helps(list_sessions(journal.conn), names)
