"""Personal settings, stored as JSON values inside the encrypted database.

QSettings keeps only window geometry; anything personal (auto-lock minutes, themes to avoid,
safety plan, birth date) lives here.
"""

from __future__ import annotations

import json
from typing import Any

Connection = Any

# Keys the app keeps for itself about this file (not the person's choices): never exported.
SEARCH_INDEX_TIDIED = "search_index_tidied_seq"  # services.upkeep
INTERNAL_SETTINGS = frozenset({SEARCH_INDEX_TIDIED})


# "On this day" is a choice a new journal starts without (asked about at first run, changed in
# Settings). Journals made before it was asked never stored the key and keep it on (the default
# in services.journal), so this is written once, when a journal is created.
ON_THIS_DAY = "on_this_day"
NEW_JOURNAL_SETTINGS: dict[str, Any] = {ON_THIS_DAY: False}


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(conn: Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)),
    )
