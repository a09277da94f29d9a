"""Prompt history rows: which prompts were shown, answered or skipped, and the kept/hidden marks."""

from __future__ import annotations

from innerchild_desktop.store.connection import Connection

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


def record_event(
    conn: Connection, prompt_id: str, event: str, at: str, entry_id: str | None = None
) -> None:
    """Add one row: shown, answered, skipped, or a kept/hidden mark or its undoing."""
    conn.execute(
        "INSERT INTO prompt_events (prompt_id, event, at, entry_id) VALUES (?,?,?,?)",
        (prompt_id, event, at, entry_id),
    )


def events_since(conn: Connection, since: str) -> list[tuple[str, str, str]]:
    """(prompt id, event, day as YYYY-MM-DD) of every row at or after ``since``, oldest first."""
    return [
        (str(p), str(e), str(d))
        for p, e, d in conn.execute(
            "SELECT prompt_id, event, substr(at, 1, 10) FROM prompt_events WHERE at >= ?"
            " ORDER BY seq",
            (since,),
        )
    ]


def marks(conn: Connection) -> tuple[frozenset[str], frozenset[str]]:
    """(kept, hidden) prompt ids: every mark replayed in order, so an undo wins over the mark."""
    flags: dict[str, set[str]] = {"favourite": set(), "hidden": set()}
    for prompt_id, event in conn.execute(
        "SELECT prompt_id, event FROM prompt_events WHERE event IN"
        " ('favourite', 'unfavourite', 'hidden', 'unhidden') ORDER BY seq"
    ):
        if event in ("favourite", "hidden"):
            flags[event].add(prompt_id)
        else:
            flags["favourite" if event == "unfavourite" else "hidden"].discard(prompt_id)
    return frozenset(flags["favourite"]), frozenset(flags["hidden"])


def answered_prompt_count(conn: Connection) -> int:
    """How many different prompts were ever answered (never shown to the person as a count)."""
    row = conn.execute(
        "SELECT count(DISTINCT prompt_id) FROM prompt_events WHERE event = 'answered'"
    ).fetchone()
    return int(row[0])


def has_events(conn: Connection) -> bool:
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM prompt_events)").fetchone()[0])
