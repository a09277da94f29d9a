"""The opened journal as the shells see it: an opaque handle they keep and pass back.

The front ends (ui/, cli) hold the journal they opened only to hand it to services and to
AppContext; they never reach into it for SQL. These aliases name its type without the shells
importing store/.
"""

from __future__ import annotations

from innerchild_desktop.store.vault import Journal, JournalView

OpenJournal = Journal  # a plain alias: it works in annotations and isinstance alike
"""An unlocked journal (store.vault.Journal), opened by AppContext or the CLI."""

__all__ = ["JournalView", "OpenJournal"]
