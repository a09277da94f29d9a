"""Gentle reminders: when one is due (pure: a schedule and a clock in, a yes or no out).

A reminder is the person's own sentence at a time they chose, on days they chose. It never
counts days, never says what was missed, and never comes twice for the same slot (a slot is one
day's time: ``2026-12-03T19:30``).

Times are *local wall-clock* times, compared as naive local datetimes and dates: a daylight
saving change moves nothing (a 02:30 reminder on the night the clocks skip 02:00-03:00 comes at
03:00, within :data:`GRACE`; on the night 01:00-02:00 happens twice it comes once, because the
slot is the same). A reminder whose time passed while the computer slept comes when it wakes,
if that is within :data:`GRACE`; later than that it waits for its next day.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

# English here; shown through translate("domain.reminders", …) (see neutral_words()).
DEFAULT_WORDS = QT_TRANSLATE_NOOP("domain.reminders", "A few minutes for little me?")
NEUTRAL_WORDS = QT_TRANSLATE_NOOP("domain.reminders", "A gentle moment for yourself, if you like.")
GRACE = timedelta(hours=1)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "on Mondays": each day as it is said when it repeats every week.
_ON_DAYS = (
    QT_TRANSLATE_NOOP("domain.reminders", "Mondays"),
    QT_TRANSLATE_NOOP("domain.reminders", "Tuesdays"),
    QT_TRANSLATE_NOOP("domain.reminders", "Wednesdays"),
    QT_TRANSLATE_NOOP("domain.reminders", "Thursdays"),
    QT_TRANSLATE_NOOP("domain.reminders", "Fridays"),
    QT_TRANSLATE_NOOP("domain.reminders", "Saturdays"),
    QT_TRANSLATE_NOOP("domain.reminders", "Sundays"),
)
EVERY_DAY = frozenset(range(7))
DEFAULT_TIME = time(19, 30)
MAX_WORDS = 200  # a sentence, not a letter: it shows in a small bubble


@dataclass(frozen=True)
class ReminderSchedule:
    """When reminders come. Not journal content: the lock screen's process may read it.

    ``days`` are weekday numbers (Monday 0 … Sunday 6). ``paused_until``: "not this week" —
    nothing comes before that date. ``last_slot``: the slot shown last, so never twice.
    """

    enabled: bool = False
    days: frozenset[int] = field(default=EVERY_DAY)
    at: time = DEFAULT_TIME
    only_if_not_written: bool = False
    paused_until: date | None = None
    last_slot: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "days": sorted(self.days),
            "time": self.at.strftime("%H:%M"),
            "only_if_not_written": self.only_if_not_written,
            "paused_until": self.paused_until.isoformat() if self.paused_until else None,
            "last_slot": self.last_slot,
        }

    @classmethod
    def from_json(cls, data: object) -> ReminderSchedule:
        """Whatever was stored; each damaged or missing part reads as its default (off)."""
        if not isinstance(data, dict):
            return cls()
        days_raw = data.get("days")
        days = (
            frozenset(d for d in days_raw if isinstance(d, int) and not isinstance(d, bool))
            & EVERY_DAY
            if isinstance(days_raw, list)
            else EVERY_DAY
        )
        return cls(
            enabled=data.get("enabled") is True,
            days=days,
            at=_parse_time(data.get("time")) or DEFAULT_TIME,
            only_if_not_written=data.get("only_if_not_written") is True,
            paused_until=_parse_date(data.get("paused_until")),
            last_slot=_slot_text(data.get("last_slot")),
        )


def _parse_time(value: object) -> time | None:
    if not isinstance(value, str) or len(value) != 5:
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        return None


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _slot_text(value: object) -> str | None:
    return value if isinstance(value, str) and len(value) <= 32 else None


def slot_key(day: date, at: time) -> str:
    return f"{day.isoformat()}T{at.strftime('%H:%M')}"


def next_monday(today: date) -> date:
    """The first day of next week: "not this week" lasts until then (a Monday: a whole week)."""
    return today + timedelta(days=7 - today.weekday())


def pause_this_week(schedule: ReminderSchedule, today: date) -> ReminderSchedule:
    return replace(schedule, paused_until=next_monday(today))


def is_paused(schedule: ReminderSchedule, today: date) -> bool:
    return schedule.paused_until is not None and today < schedule.paused_until


def current_slot(schedule: ReminderSchedule, now: datetime) -> str | None:
    """Today's slot if its time has come and is at most :data:`GRACE` ago, else None."""
    if not schedule.enabled or not schedule.days:
        return None
    today = now.date()
    if today.weekday() not in schedule.days or is_paused(schedule, today):
        return None
    start = datetime.combine(today, schedule.at)
    naive = now.replace(tzinfo=None)
    if not start <= naive <= start + GRACE:
        return None
    return slot_key(today, schedule.at)


def due_slot(
    schedule: ReminderSchedule,
    now: datetime,
    *,
    last_written: date | None,
    shown: str | None = None,
) -> str | None:
    """The slot to remind for now, or None. ``shown``: a slot shown in this run (the stored
    ``last_slot`` counts too). ``last_written``: the day something was last written, if known
    (unknown counts as "not today", so the reminder comes)."""
    slot = current_slot(schedule, now)
    if slot is None or slot in (shown, schedule.last_slot):
        return None
    if schedule.only_if_not_written and last_written == now.date():
        return None
    return slot


def next_time(schedule: ReminderSchedule, now: datetime) -> datetime | None:
    """When the next reminder may come (local, naive), for the settings' "next: …" line."""
    if not schedule.enabled or not schedule.days:
        return None
    today = now.date()
    naive = now.replace(tzinfo=None)
    for ahead in range(0, 15):
        day = today + timedelta(days=ahead)
        when = datetime.combine(day, schedule.at)
        if (
            day.weekday() in schedule.days
            and not is_paused(schedule, day)
            and when > naive
            and slot_key(day, schedule.at) != schedule.last_slot
        ):
            return when
    return None


def clean_words(text: str) -> str:
    """The person's sentence as shown: one line, trimmed, at most :data:`MAX_WORDS` characters."""
    return " ".join(text.split())[:MAX_WORDS]


def neutral_words() -> str:
    """The neutral sentence a reminder says when the person's own words are not shown."""
    return translate("domain.reminders", NEUTRAL_WORDS)


def days_in_words(days: frozenset[int]) -> str:
    """ "every day", "on weekdays", "on Mondays and Thursdays", in the current language."""
    if days == EVERY_DAY:
        return translate("domain.reminders", "every day")
    if days == frozenset(range(5)):
        return translate("domain.reminders", "on weekdays")
    if days == frozenset({5, 6}):
        return translate("domain.reminders", "at weekends")
    if not days:
        return translate("domain.reminders", "on no day yet")
    names = [translate("domain.reminders", _ON_DAYS[d]) for d in sorted(days)]
    if len(names) > 1:
        joined = translate("domain.reminders", "{days} and {last}").format(
            days=", ".join(names[:-1]), last=names[-1]
        )
    else:
        joined = names[0]
    return translate("domain.reminders", "on {days}").format(days=joined)


def autostart_entry(command: str) -> str:
    """An XDG autostart desktop entry that starts the app in the tray. Nothing personal."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Inner Child\n"
        "Comment=Starts Inner Child in the tray, for the reminders you chose\n"
        f"Exec={command} gui --in-tray\n"
        "Icon=io.github.innerchild.InnerChild\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
