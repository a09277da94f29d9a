"""Gentle reminders: the pure rules on a fake clock, the locked-readable file, the service."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from innerchild_desktop.domain.reminders import (
    EVERY_DAY,
    GRACE,
    NEUTRAL_WORDS,
    ReminderSchedule,
    autostart_entry,
    clean_words,
    days_in_words,
    due_slot,
    next_monday,
    next_time,
    pause_this_week,
)
from innerchild_desktop.domain.settings import REMINDER_WORDS
from innerchild_desktop.domain.sync_map import LOCAL_ONLY_SETTINGS, SYNCED_SETTINGS
from innerchild_desktop.services import reminders as service
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store import reminder_file
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE

THURSDAY = date(2026, 12, 3)  # a Thursday
ON = ReminderSchedule(enabled=True, days=EVERY_DAY, at=time(19, 30))


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


# --- the rules -----------------------------------------------------------------------------


def test_off_by_default_and_off_never_reminds():
    assert not ReminderSchedule().enabled
    assert due_slot(ReminderSchedule(), at(THURSDAY, 19, 30), last_written=None) is None
    assert next_time(ReminderSchedule(), at(THURSDAY, 9)) is None


def test_due_from_its_time_until_the_grace_ends():
    assert due_slot(ON, at(THURSDAY, 19, 29), last_written=None) is None
    assert due_slot(ON, at(THURSDAY, 19, 30), last_written=None) == "2026-12-03T19:30"
    late = at(THURSDAY, 19, 30) + GRACE
    assert due_slot(ON, late, last_written=None) == "2026-12-03T19:30"  # woke from sleep
    assert due_slot(ON, late + timedelta(minutes=1), last_written=None) is None


def test_never_twice_for_the_same_slot():
    now = at(THURSDAY, 19, 31)
    slot = due_slot(ON, now, last_written=None)
    assert slot is not None
    assert due_slot(ON, at(THURSDAY, 19, 45), last_written=None, shown=slot) is None
    stored = replace(ON, last_slot=slot)  # a restart: the file remembers
    assert due_slot(stored, at(THURSDAY, 19, 45), last_written=None) is None
    assert due_slot(stored, at(THURSDAY + timedelta(days=1), 19, 30), last_written=None)


def test_weekday_boundaries():
    weekdays = replace(ON, days=frozenset(range(5)), at=time(0, 0))
    friday, saturday = date(2026, 12, 4), date(2026, 12, 5)
    monday = date(2026, 12, 7)
    assert due_slot(weekdays, at(friday, 0, 0), last_written=None)
    assert due_slot(weekdays, at(saturday, 0, 0), last_written=None) is None
    # 23:59 Sunday is not Monday; 00:00 Monday is
    assert due_slot(weekdays, at(monday - timedelta(days=1), 23, 59), last_written=None) is None
    assert due_slot(weekdays, at(monday, 0, 0), last_written=None) == "2026-12-07T00:00"
    assert next_time(weekdays, at(friday, 12)) == at(monday, 0, 0)
    late = replace(ON, at=time(23, 30))  # the grace never spills into the next day's slot
    assert due_slot(late, at(THURSDAY + timedelta(days=1), 0, 10), last_written=None) is None


def test_dst_uses_local_dates_and_times():
    # Europe: 2026-03-29 the clocks skip 02:00-03:00; 2026-10-25 01:00-02:00 (UK) comes twice.
    skip = replace(ON, at=time(2, 30))
    spring = date(2026, 3, 29)
    assert due_slot(skip, at(spring, 3, 0), last_written=None) == "2026-03-29T02:30"
    twice = replace(ON, at=time(1, 30))
    autumn = date(2026, 10, 25)
    first = due_slot(twice, at(autumn, 1, 35), last_written=None)
    assert first == "2026-10-25T01:30"
    # the clock goes back: 01:31 again is the same slot, so it does not come again
    assert due_slot(twice, at(autumn, 1, 31), last_written=None, shown=first) is None
    # aware datetimes are read as their local wall clock
    from zoneinfo import ZoneInfo

    aware = datetime(2026, 10, 25, 1, 40, tzinfo=ZoneInfo("Europe/London"))
    assert due_slot(twice, aware, last_written=None) == "2026-10-25T01:30"


def test_not_this_week_lasts_until_next_monday():
    assert next_monday(THURSDAY) == date(2026, 12, 7)
    assert next_monday(date(2026, 12, 6)) == date(2026, 12, 7)  # Sunday: tomorrow
    assert next_monday(date(2026, 12, 7)) == date(2026, 12, 14)  # Monday: a whole week
    paused = pause_this_week(ON, THURSDAY)
    assert due_slot(paused, at(THURSDAY, 19, 40), last_written=None) is None
    assert due_slot(paused, at(date(2026, 12, 6), 19, 40), last_written=None) is None
    assert due_slot(paused, at(date(2026, 12, 7), 19, 40), last_written=None)
    assert next_time(paused, at(THURSDAY, 9)) == at(date(2026, 12, 7), 19, 30)


def test_only_if_i_have_not_written_today():
    quiet = replace(ON, only_if_not_written=True)
    now = at(THURSDAY, 19, 40)
    assert due_slot(quiet, now, last_written=THURSDAY) is None
    assert due_slot(quiet, now, last_written=THURSDAY - timedelta(days=1))
    assert due_slot(quiet, now, last_written=None)  # unknown (started while locked): reminds
    assert due_slot(ON, now, last_written=THURSDAY)  # not chosen: writing changes nothing


def test_next_time_skips_the_slot_already_shown():
    shown = replace(ON, last_slot="2026-12-03T19:30")
    assert next_time(shown, at(THURSDAY, 19, 0)) == at(THURSDAY + timedelta(days=1), 19, 30)
    assert next_time(replace(ON, days=frozenset()), at(THURSDAY, 9)) is None


def test_damaged_schedules_read_as_off_or_defaults():
    assert ReminderSchedule.from_json(None) == ReminderSchedule()
    odd = ReminderSchedule.from_json(
        {
            "enabled": "yes",
            "days": [0, 9, True, "1"],
            "time": "25:99",
            "paused_until": "soon",
            "last_slot": 3,
        }
    )
    assert not odd.enabled and odd.days == frozenset({0}) and odd.at == time(19, 30)
    assert odd.paused_until is None and odd.last_slot is None
    assert ReminderSchedule.from_json(ON.to_json()) == ON


def test_words_and_days_in_words():
    assert clean_words("  A few\n minutes  ") == "A few minutes"
    assert len(clean_words("x" * 500)) == 200
    assert days_in_words(frozenset(range(5))) == "on weekdays"
    assert days_in_words(frozenset({0, 2})) == "on Mondays and Wednesdays"
    for words in (NEUTRAL_WORDS,):  # never a count, never "missed"
        assert "miss" not in words.lower() and not any(c.isdigit() for c in words)


def test_autostart_entry_says_nothing_personal():
    text = autostart_entry("innerchild")
    assert "Exec=innerchild gui --in-tray" in text
    assert text.startswith("[Desktop Entry]\n")


# --- the file beside the journal, and the service ------------------------------------------


def test_file_is_owner_only_and_has_words_only_on_request(tmp_path):
    reminder_file.write_schedule(tmp_path, ON)
    path = reminder_file.path_in(tmp_path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert reminder_file.read_schedule(tmp_path) == ON
    assert reminder_file.read_locked_words(tmp_path) is None
    assert "words" not in path.read_text().replace("words_while_locked", "")
    reminder_file.write_locked_words(tmp_path, "Little one, a moment?")
    assert reminder_file.read_locked_words(tmp_path) == "Little one, a moment?"
    assert reminder_file.read_schedule(tmp_path) == ON  # the schedule stayed
    reminder_file.write_locked_words(tmp_path, None)
    assert "Little one" not in path.read_text()
    reminder_file.write_schedule(tmp_path, ReminderSchedule())
    assert not path.exists()  # nothing to say: no file


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"[1, 2]", b"{" * 5000, b"x" * 70_000])
def test_a_damaged_file_reads_as_off(tmp_path, content):
    reminder_file.path_in(tmp_path).write_bytes(content)
    assert reminder_file.read_schedule(tmp_path) == ReminderSchedule()
    assert service.words_while_locked(service_paths(tmp_path)) == NEUTRAL_WORDS


def service_paths(root):  # type: ignore[no-untyped-def]
    from innerchild_desktop.paths import JournalPaths

    return JournalPaths(root)


def test_words_are_encrypted_local_only_and_locked_copy_is_opt_in(paths):
    assert REMINDER_WORDS.key in LOCAL_ONLY_SETTINGS
    assert REMINDER_WORDS.key not in SYNCED_SETTINGS
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        words = service.ReminderWords(journal)
        assert words.text() == NEUTRAL_WORDS  # nothing written yet
        words.save("  Time with Mia? ", show_while_locked=False)
        assert words.words() == "Time with Mia?"
        assert service.words_while_locked(paths) == NEUTRAL_WORDS
        words.save("Time with Mia?", show_while_locked=True)
        assert service.words_while_locked(paths) == "Time with Mia?"
        words.save("", show_while_locked=True)  # no words: nothing to show while locked
        assert service.words_while_locked(paths) == NEUTRAL_WORDS
        assert not words.wrote_on(date.today())
        from innerchild_desktop.domain.entries import NewEntry
        from innerchild_desktop.services.journal import JournalService

        JournalService(journal).add_entry(NewEntry(title="t", body="b"))
        assert words.wrote_on(date.today())


def test_autostart_is_written_only_on_request_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    target = tmp_path / "cfg" / "autostart" / "innerchild.desktop"
    assert not service.autostart_on() and not target.exists()
    service.set_autostart(True)
    assert target.is_file() and service.autostart_on()
    assert "--in-tray" in target.read_text()
    service.set_autostart(False)
    assert not target.exists() and not service.autostart_on()
    service.set_autostart(False)  # twice: still fine
