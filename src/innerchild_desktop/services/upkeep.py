"""Keeping a big journal fast: tidying the encrypted search index now and then.

The search index is merged into one segment (see ``store.fts.merge_step``) once the journal has
grown by a tenth, or by 1,000 entries, since the last time; before that, the entries that left
the newest 20,000 move to the older entries' index (``store.fts.roll_step``). The front end runs
:func:`tidy_search_index` in the background after unlocking and after an import; each step is
its own short transaction, so saves never wait more than a step (a few milliseconds to merge;
about 0.2 s to move 200 entries at 100,000, which happens once per 5,000 new entries).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from innerchild_desktop.domain.settings import SEARCH_INDEX_TIDIED
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.store import fts
from innerchild_desktop.store import settings as settings_store

TIDIED_SETTING = SEARCH_INDEX_TIDIED  # an internal setting: never exported
MIN_GROWTH = 1_000


def needs_tidy(journal: OpenJournal | JournalView) -> bool:
    """Cheap enough for every unlock."""
    conn = journal.conn
    newest = fts.newest_entry_seq(conn)
    tidied = settings_store.get_setting(conn, TIDIED_SETTING)
    return newest - tidied >= max(MIN_GROWTH, newest // 10) or fts.roll_due(conn)


def tidy_search_index(
    journal: OpenJournal | JournalView,
    *,
    cancel: Callable[[], bool] | None = None,
    pause: float = 0.02,
    pages: int = 200,
) -> int:
    """Move the entries that left the newest ones to the older index, then merge each index
    step by step until it is one segment; returns the steps taken.

    ``journal`` is a Journal or a worker's JournalView. ``pause`` seconds between steps leave
    room for other writers. Stopping early (``cancel``) is harmless: the next run goes on.
    """
    steps = 0
    while cancel is None or not cancel():
        with journal.transaction() as conn:
            more = fts.roll_step(conn) or fts.merge_step(conn, pages)
            steps += 1
            if not more:
                settings_store.set_setting(conn, TIDIED_SETTING, fts.newest_entry_seq(conn))
                break
        if pause:
            time.sleep(pause)
    return steps
