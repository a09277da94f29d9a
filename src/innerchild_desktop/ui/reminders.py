"""The reminder clock: once a minute, asks domain/reminders.py whether a reminder is due and, if
so, shows the person's words through the tray (or, where there is no tray, the status bar).

It never shows journal content, never counts. While locked it cannot read the words: it shows
the neutral sentence, or the copy the person chose to keep readable while locked.
"Only if I haven't written today": asked of the journal while unlocked; while locked, what this
run saw (:meth:`ReminderClock.wrote_today`); at a start while locked, unknown, so it reminds.

Tests call :meth:`ReminderClock.check` with a fake ``now``; the timer only calls it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.reminders import ReminderSchedule, due_slot, is_paused
from innerchild_desktop.services import reminders as reminder_service

CHECK_MS = 60_000
TITLE = "Inner Child"

Notify = Callable[[str, str], None]  # (title, words)


class ReminderClock(QObject):
    """One per main window. ``notify`` shows a reminder (the tray's bubble, in the window)."""

    shown = Signal(str)  # the words shown (tests, the status line)

    def __init__(
        self,
        context: AppContext,
        notify: Notify,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.notify = notify
        self.clock = clock
        self.last_written: date | None = None  # learnt during this run, kept in memory only
        self.shown_slot: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def active(self) -> bool:
        """Reminders are on and not resting this week (the tray offers "not this week" then)."""
        chosen = reminder_service.schedule(self.context.paths)
        return chosen.enabled and not is_paused(chosen, self.clock().date())

    def wrote_today(self, _entry_id: str = "") -> None:
        """Something was saved in the journal: today counts as written (this run)."""
        self.last_written = self.clock().date()

    def _written(self, today: date) -> date | None:
        journal = self.context.journal if self.context.unlocked else None
        if journal is not None and reminder_service.ReminderWords(journal).wrote_on(today):
            self.last_written = today
        return self.last_written

    def words(self) -> str:
        if self.context.unlocked and self.context.journal is not None:
            return reminder_service.ReminderWords(self.context.journal).text()
        return reminder_service.words_while_locked(self.context.paths)

    def check(self, now: datetime | None = None) -> bool:
        """Show a reminder if one is due now; True if it did."""
        if not self.context.has_journal:
            return False
        now = now or self.clock()
        schedule = reminder_service.schedule(self.context.paths)
        if not schedule.enabled:
            return False
        written = self._written(now.date()) if schedule.only_if_not_written else None
        slot = due_slot(schedule, now, last_written=written, shown=self.shown_slot)
        if slot is None:
            return False
        self.shown_slot = slot  # never twice, even if the file cannot be written
        with contextlib.suppress(OSError):  # never twice across a restart either
            reminder_service.save_schedule(self.context.paths, replace(schedule, last_slot=slot))
        words = self.words()
        self.notify(TITLE, words)
        self.shown.emit(words)
        return True

    def not_this_week(self, today: date | None = None) -> ReminderSchedule | None:
        """No reminders until next Monday (the tray's and the settings' "Not this week")."""
        try:
            return reminder_service.not_this_week(self.context.paths, today or self.clock().date())
        except OSError:
            return None
