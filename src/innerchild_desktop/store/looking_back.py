"""What Looking back reads: each entry's day and feeling, and the writing that may hold kind
words. Entries in the trash are never read; heavy ones never give up their words here."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.looking_back import DayFeeling, KindSource
from innerchild_desktop.store.connection import Connection

_LETTERS = (EntryKind.LETTER_TO.value, EntryKind.LETTER_FROM.value)


def _year_range(year: int) -> tuple[str, str]:
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()


def day_feelings(conn: Connection, year: int) -> list[DayFeeling]:
    """Every entry of ``year`` (not trashed): its day, feeling and whether it is heavy."""
    rows = conn.execute(
        "SELECT entry_date, mood, valence, energy, heavy FROM entries"
        " WHERE deleted_at IS NULL AND entry_date BETWEEN ? AND ? ORDER BY entry_date, seq",
        _year_range(year),
    ).fetchall()
    return [DayFeeling(date.fromisoformat(r[0]), r[1], r[2], r[3], bool(r[4])) for r in rows]


def kind_sources(conn: Connection, year: int, prompt_ids: Collection[str]) -> list[KindSource]:
    """Letters and answers to the given prompts written in ``year``, heavy ones left out."""
    prompts = tuple(prompt_ids)
    marks = ",".join("?" * len(prompts))
    also = f" OR prompt_id IN ({marks})" if prompts else ""
    rows = conn.execute(
        "SELECT entry_date, kind, body FROM entries WHERE deleted_at IS NULL AND heavy = 0"
        f" AND entry_date BETWEEN ? AND ? AND (kind IN (?, ?){also})"
        " ORDER BY entry_date DESC, seq DESC",
        (*_year_range(year), *_LETTERS, *prompts),
    ).fetchall()
    return [KindSource(date.fromisoformat(r[0]), EntryKind(r[1]), r[2]) for r in rows]


def entry_years(conn: Connection) -> list[int]:
    """The years that have entries (not trashed), newest first."""
    rows = conn.execute(
        "SELECT DISTINCT substr(entry_date, 1, 4) FROM entries WHERE deleted_at IS NULL"
        " ORDER BY 1 DESC"
    ).fetchall()
    return [int(r[0]) for r in rows if str(r[0]).isdigit()]
