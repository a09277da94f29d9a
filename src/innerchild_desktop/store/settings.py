"""Personal settings, stored as JSON values inside the encrypted database.

QSettings keeps only UI preferences; anything personal (auto-lock minutes, themes to avoid,
safety plan, birth date) lives here. Every key, its type and default are registered in
domain/settings.py: an unknown key is refused (KeyError), a stored value of the wrong type reads
as the default, and writing a wrong type raises TypeError.
"""

from __future__ import annotations

import json

from innerchild_desktop.domain.settings import (
    INTERNAL_SETTINGS,
    KEY_RENEWED_AT,
    NEW_JOURNAL_SETTINGS,
    ON_THIS_DAY,
    PENDING_EXPORTS,
    SEARCH_INDEX_TIDIED,
    Setting,
    setting_for,
)
from innerchild_desktop.store.connection import Connection

__all__ = [
    "INTERNAL_SETTINGS",
    "KEY_RENEWED_AT",
    "NEW_JOURNAL_SETTINGS",
    "ON_THIS_DAY",
    "PENDING_EXPORTS",
    "SEARCH_INDEX_TIDIED",
    "get_setting",
    "set_setting",
]


def get_setting[T](conn: Connection, key: Setting[T] | str) -> T:
    """The stored value, or the setting's default when none is kept or it is not readable."""
    setting = setting_for(key)
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
    if row is None:
        return setting.fresh_default()
    try:
        value = json.loads(row[0])
    except (TypeError, ValueError):
        return setting.fresh_default()
    return setting.checked(value)


def set_setting[T](
    conn: Connection, key: Setting[T] | str, value: T, *, database: str = "main"
) -> None:
    """Write one setting; ``database`` names an attached database (store.rekey's new copy)."""
    setting = setting_for(key)
    setting.require(value)
    if not database.isidentifier():
        raise ValueError(f"not a database name: {database!r}")
    conn.execute(
        f"INSERT INTO {database}.settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (setting.key, json.dumps(value)),
    )
