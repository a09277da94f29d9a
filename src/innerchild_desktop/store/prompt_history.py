"""Prompt history rows: which prompts were shown, answered or skipped, and the kept/hidden marks."""

from __future__ import annotations

from typing import Any

Connection = Any

# What "Forget my prompt history" removes. Favourites and hidden prompts are choices the person
# made, not history, and stay; entries written from prompts are never touched.
HISTORY_EVENTS = ("shown", "answered", "skipped")


def forget_history(conn: Connection) -> int:
    """Delete the shown/answered/skipped rows; the number of rows removed."""
    marks = ",".join("?" * len(HISTORY_EVENTS))
    cursor = conn.execute(f"DELETE FROM prompt_events WHERE event IN ({marks})", HISTORY_EVENTS)
    return int(cursor.rowcount)


def history_count(conn: Connection) -> int:
    marks = ",".join("?" * len(HISTORY_EVENTS))
    row = conn.execute(
        f"SELECT count(*) FROM prompt_events WHERE event IN ({marks})", HISTORY_EVENTS
    ).fetchone()
    return int(row[0])
