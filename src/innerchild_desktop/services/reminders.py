"""Gentle reminders: the schedule (readable while locked), the person's words (encrypted, and a
locked copy only on request), whether something was written today, and the login autostart.

The schedule lives in store/reminder_file.py's owner-only file beside the journal; the words in
the encrypted journal (setting ``reminder_words``, never synced: reminders belong to one
computer). The autostart entry is written only when the person ticks it and holds nothing
personal.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from datetime import date
from pathlib import Path

from innerchild_desktop.domain.reminders import (
    ReminderSchedule,
    autostart_entry,
    clean_words,
    neutral_words,
    pause_this_week,
)
from innerchild_desktop.domain.settings import REMINDER_WORDS
from innerchild_desktop.paths import JournalPaths, autostart_file
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import reminder_file
from innerchild_desktop.store.atomic import atomic_write_bytes
from innerchild_desktop.store.entries import entries_on
from innerchild_desktop.store.settings import get_setting, set_setting


def schedule(paths: JournalPaths) -> ReminderSchedule:
    """When reminders come (works while locked); off if never chosen or unreadable."""
    return reminder_file.read_schedule(paths.root)


def save_schedule(paths: JournalPaths, chosen: ReminderSchedule) -> None:
    """Raises OSError if the folder cannot be written (the choice then holds for this run)."""
    reminder_file.write_schedule(paths.root, chosen)


def not_this_week(paths: JournalPaths, today: date) -> ReminderSchedule:
    """No reminder until next Monday; returns the schedule as saved."""
    paused = pause_this_week(schedule(paths), today)
    save_schedule(paths, paused)
    return paused


def words_while_locked(paths: JournalPaths) -> str:
    """What a reminder says while the journal is locked: the person's words only if they chose
    to keep a copy readable while locked, else a neutral sentence."""
    return reminder_file.read_locked_words(paths.root) or neutral_words()


def shows_words_while_locked(paths: JournalPaths) -> bool:
    return reminder_file.read_locked_words(paths.root) is not None


class ReminderWords:
    """The person's own reminder words inside one open journal."""

    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal

    def words(self) -> str | None:
        stored = get_setting(self.journal.conn, REMINDER_WORDS)
        return clean_words(stored) or None if stored else None

    def text(self) -> str:
        """What a reminder says now (unlocked): the person's words, or the neutral sentence."""
        return self.words() or neutral_words()

    def save(self, words: str, *, show_while_locked: bool) -> None:
        """Keep the words encrypted; a readable copy only if ``show_while_locked``."""
        cleaned = clean_words(words) or None
        with self.journal.transaction() as conn:
            set_setting(conn, REMINDER_WORDS, cleaned)
        locked = cleaned if show_while_locked and cleaned else None
        reminder_file.write_locked_words(self.journal.paths.root, locked)

    def wrote_on(self, day: date) -> bool:
        """Whether an entry is dated ``day`` (an entry written today is dated today)."""
        return bool(entries_on(self.journal.conn, day))


# --- start in the tray at login (XDG autostart; Linux and the BSDs) ---------------------------


def autostart_supported() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_on() -> bool:
    return autostart_file().is_file()


def _command() -> str:
    found = shutil.which("innerchild")
    if found:
        return "innerchild"
    return shlex.quote(str(Path(sys.argv[0]).resolve())) if sys.argv and sys.argv[0] else ""


def set_autostart(on: bool) -> None:
    """Write (or remove) ``~/.config/autostart/innerchild.desktop``. Raises OSError."""
    target = autostart_file()
    if not on:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    command = _command() or "innerchild"
    atomic_write_bytes(target, autostart_entry(command).encode("utf-8"), mode=0o644)
