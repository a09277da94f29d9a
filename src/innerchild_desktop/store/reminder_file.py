"""The small unencrypted file the app reads while locked to know when to remind: the schedule
(days, time, on/off, "not this week" until, the slot shown last) and, only if the person chose
"show my words while locked", a copy of their reminder's words.

The words themselves live in the encrypted journal (setting ``reminder_words``); this file has
them only on request, exactly like the safety plan's locked view (store/safety_plan_file.py).
Owner-only permissions, atomic writes; a file that says nothing (reminders off, no words) is
deleted.

Reading never fails: a missing, unreadable, oversized or damaged file reads as "reminders off".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.reminders import MAX_WORDS, ReminderSchedule, clean_words
from innerchild_desktop.store.atomic import atomic_write_bytes, read_json_object

FILE_NAME = "reminders-readable-when-locked.json"
WORDS_KEY = "words_while_locked"
MAX_BYTES = 64 * 1024  # a schedule and one sentence; anything this big is not ours


def path_in(root: Path) -> Path:
    return root / FILE_NAME


def _read_raw(root: Path) -> dict[str, Any]:
    return read_json_object(path_in(root), MAX_BYTES)


def _write(root: Path, schedule: ReminderSchedule, words: str | None) -> None:
    target = path_in(root)
    if schedule == ReminderSchedule() and words is None:
        target.unlink(missing_ok=True)
        return
    data = schedule.to_json()
    if words is not None:
        data[WORDS_KEY] = words
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(target, json.dumps(data, indent=2).encode("utf-8"))


def read_schedule(root: Path) -> ReminderSchedule:
    return ReminderSchedule.from_json(_read_raw(root))


def read_locked_words(root: Path) -> str | None:
    """The words the person chose to show while locked, or None."""
    value = _read_raw(root).get(WORDS_KEY)
    if not isinstance(value, str):
        return None
    words = clean_words(value[: MAX_WORDS * 4])
    return words or None


def write_schedule(root: Path, schedule: ReminderSchedule) -> None:
    """Replace the schedule; the locked copy of the words stays as it was."""
    _write(root, schedule, read_locked_words(root))


def write_locked_words(root: Path, words: str | None) -> None:
    """Keep ``words`` readable while locked (None removes them); the schedule stays."""
    _write(root, read_schedule(root), words)
