"""Looking back, gently: a year of feelings, the kind words written to oneself, and what helped,
read from one open journal. Only ever shown while the journal is unlocked."""

from __future__ import annotations

from datetime import date

from innerchild_desktop.domain.looking_back import (
    SELF_COMPASSION_THEMES,
    YearBack,
    helped_in_year,
    kind_words,
)
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import looking_back as store
from innerchild_desktop.store import sessions as session_store


def self_compassion_prompt_ids() -> frozenset[str]:
    """The shipped prompts whose answers are kind words to oneself."""
    from innerchild_desktop.services.library import shipped_library

    return frozenset(p.id for p in shipped_library().prompts if p.theme in SELF_COMPASSION_THEMES)


class LookingBackService:
    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal

    def years(self, today: date | None = None) -> list[int]:
        """Years to choose from, newest first: this year always, then each year with entries."""
        this_year = (today or date.today()).year
        found = store.entry_years(self.journal.conn)
        return sorted({this_year, *found}, reverse=True)

    def year(self, year: int) -> YearBack:
        from innerchild_desktop.services.library import shipped_exercises
        from innerchild_desktop.services.soothe import SootheService

        conn = self.journal.conn
        own = SootheService(self.journal).own_patterns()
        names = {e.id: e.name for e in (*shipped_exercises().exercises, *own)}
        return YearBack(
            year=year,
            days=tuple(store.day_feelings(conn, year)),
            kind_words=tuple(
                kind_words(store.kind_sources(conn, year, self_compassion_prompt_ids()))
            ),
            helped=tuple(helped_in_year(session_store.list_sessions(conn), names, year)),
        )
