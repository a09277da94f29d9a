"""Settings → "Gentle reminders": off by default; the person's own words, days and a time,
"only if I haven't written today", "not this week", and (if chosen) starting in the tray at login.

Everything goes through services/reminders.py: the words into the encrypted journal, the
schedule into the owner-only file the app reads while locked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.domain.reminders import (
    DEFAULT_WORDS,
    NEUTRAL_WORDS,
    ReminderSchedule,
    days_in_words,
    is_paused,
    next_monday,
    next_time,
)
from innerchild_desktop.services import reminders as service
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.ui.widgets import FlowLayout, WrapCheckBox, button, label

# Translated when shown: translate("reminder_settings", ABOUT), LOCKED_TIP with .format(words=…).
ABOUT = QT_TRANSLATE_NOOP(
    "reminder_settings",
    "If you like, a small note at a time you choose, while the app is open or waiting in the "
    "tray. It says only your own words, never what you wrote, and never counts days. Your "
    "words are kept in the encrypted journal, on this computer only.",
)
LOCKED_TIP = QT_TRANSLATE_NOOP(
    "reminder_settings",
    "If ticked, a copy of these words is kept unencrypted beside the journal, like the parts "
    "of your safety plan you chose to show while locked, so a reminder can say them while the "
    "journal is locked. If not, a reminder then says: “{words}”",
)


def _locale() -> QLocale:
    """Day and month names in the language the window speaks."""
    return QLocale(current_language())


def _neutral_words() -> str:
    """What a reminder says while locked, unless the person keeps their words readable."""
    return translate("domain.reminders", NEUTRAL_WORDS)


class ReminderSection(QWidget):
    """The Settings section; enabled only while the journal is open."""

    changed = Signal()  # the schedule was saved (the window's clock reads it each minute)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("reminder_settings", "Gentle reminders"))
        self._journal: OpenJournal | None = None
        self.clock: Callable[[], datetime] = datetime.now  # screenshots and tests set a fixed one
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(label(translate("reminder_settings", "Gentle reminders"), "subtitle"))
        self.about = label(translate("reminder_settings", ABOUT), "muted")
        layout.addWidget(self.about)
        self.on = WrapCheckBox(translate("reminder_settings", "Remind me gently, in my own words"))
        self.on.setAccessibleName(translate("reminder_settings", "Gentle reminders on"))
        layout.addWidget(self.on)
        self.details = QWidget()
        box = QVBoxLayout(self.details)
        box.setContentsMargins(24, 0, 0, 0)
        box.setSpacing(6)
        self.words = QLineEdit()
        self.words.setPlaceholderText(translate("domain.reminders", DEFAULT_WORDS))
        self.words.setAccessibleName(translate("reminder_settings", "My reminder's words"))
        self.words.setMaxLength(200)
        words_row = QHBoxLayout()
        words_row.addWidget(label(translate("reminder_settings", "My words"), wrap=False))
        self.words.setMaximumWidth(560)  # a sentence: no need to run across a wide window
        words_row.addWidget(self.words, 1)
        words_row.addStretch(0)
        box.addLayout(words_row)
        when_row = FlowLayout()  # (onto a second row when the window is narrow)
        self.day_checks: list[QCheckBox] = []
        locale = _locale()
        short, long_ = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
        for day in range(1, 8):  # Monday first, as the schedule counts them
            check = QCheckBox(locale.standaloneDayName(day, short))
            check.setAccessibleName(locale.standaloneDayName(day, long_))
            check.setProperty("qt_locale", True)  # the weekday as Qt's locale writes it
            self.day_checks.append(check)
            when_row.addWidget(check)
        when_row.addWidget(label(translate("reminder_settings", "at"), wrap=False))
        self.at = QTimeEdit()
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(translate("reminder_settings", "Reminder time"))
        when_row.addWidget(self.at)
        box.addLayout(when_row)
        self.only_unwritten = WrapCheckBox(
            translate("reminder_settings", "Only if I haven't written today")
        )
        self.only_unwritten.setAccessibleName(self.only_unwritten.text())
        box.addWidget(self.only_unwritten)
        self.show_locked = WrapCheckBox(
            translate("reminder_settings", "Show my words while my journal is locked")
        )
        self.show_locked.setAccessibleName(
            translate("reminder_settings", "Show my reminder words while locked")
        )
        tip = translate("reminder_settings", LOCKED_TIP).format(words=_neutral_words())
        self.show_locked.setToolTip(tip)
        self.show_locked.setAccessibleDescription(tip)
        box.addWidget(self.show_locked)
        self.locked_note = label(
            translate(
                "reminder_settings",
                "Ticked, a copy of your words is kept unencrypted beside the journal (as with "
                "the safety plan's locked view). Unticked, a reminder while locked says: "
                "“{words}”",
            ).format(words=_neutral_words()),
            "muted",
        )
        box.addWidget(self.locked_note)
        self.autostart = WrapCheckBox(
            translate(
                "reminder_settings", "Start in the tray when I log in (so reminders can come)"
            )
        )
        self.autostart.setAccessibleName(
            translate("reminder_settings", "Start in the tray at login")
        )
        box.addWidget(self.autostart)  # (parented first: shown unparented, it is a window)
        self.autostart.setVisible(service.autostart_supported())
        pause_row = QHBoxLayout()
        self.pause = button(
            translate("reminder_settings", "Not this week"),
            description=translate("reminder_settings", "No reminders until next Monday"),
        )
        self.resume = button(
            translate("reminder_settings", "Remind me again"),
            description=translate("reminder_settings", "Reminders come again from now"),
        )
        self.next_line = label("", "muted")
        self.next_line.setAccessibleName(translate("reminder_settings", "Next reminder"))
        pause_row.addWidget(self.pause)
        pause_row.addWidget(self.resume)
        pause_row.addWidget(self.next_line, 1)
        box.addLayout(pause_row)
        self.message = label("", "muted")
        box.addWidget(self.message)
        layout.addWidget(self.details)
        for widget in (self.on, self.only_unwritten, *self.day_checks):
            widget.toggled.connect(lambda _on: self._save_schedule())
        self.at.timeChanged.connect(lambda _t: self._save_schedule())
        self.words.editingFinished.connect(self._save_words)
        self.show_locked.toggled.connect(lambda _on: self._save_words())
        self.autostart.toggled.connect(self._save_autostart)
        self.pause.clicked.connect(self.not_this_week)
        self.resume.clicked.connect(self.remind_again)
        self.setTabOrder(self.words, self.day_checks[0])
        self.clear()

    # --- loading ----------------------------------------------------------------------------
    def set_journal(self, journal: OpenJournal) -> None:
        self._journal = None  # do not write back what is about to be shown
        words = service.ReminderWords(journal)
        self.words.setText(words.words() or "")
        self.show_locked.setChecked(service.shows_words_while_locked(journal.paths))
        self.autostart.setChecked(service.autostart_on())
        self._show(service.schedule(journal.paths))
        self.setEnabled(True)
        self._journal = journal

    def _show(self, schedule: ReminderSchedule) -> None:
        self.on.setChecked(schedule.enabled)
        for n, check in enumerate(self.day_checks):
            check.setChecked(n in schedule.days)
        self.at.setTime(QTime(schedule.at.hour, schedule.at.minute))
        self.only_unwritten.setChecked(schedule.only_if_not_written)
        self._refresh(schedule)

    def _refresh(self, schedule: ReminderSchedule) -> None:
        self.details.setVisible(schedule.enabled)
        today = self.clock().date()
        paused = is_paused(schedule, today)
        self.pause.setVisible(not paused)
        self.resume.setVisible(paused)
        when = next_time(schedule, self.clock())
        if when is None:
            text = (
                translate("reminder_settings", "Choose at least one day.")
                if not schedule.days
                else ""
            )
        else:
            text = translate("reminder_settings", "Next: {day} at {time} ({days})").format(
                day=_day_words(when.date(), today),
                time=when.strftime("%H:%M"),
                days=days_in_words(schedule.days),
            )
            if paused:
                text = translate("reminder_settings", "Resting this week. {next}").format(next=text)
        self.next_line.setText(text)

    def clear(self) -> None:
        """Locked: nothing of the words stays on screen (words still being typed are kept)."""
        journal = self._journal
        if journal is not None and journal.is_open:
            typed = self.words.text().strip() or None
            if service.ReminderWords(journal).words() != typed:  # still being typed: keep it
                self._save_words()
        self._journal = None
        self.words.clear()
        self.message.clear()
        self.setEnabled(False)

    # --- saving -----------------------------------------------------------------------------
    def _chosen(self) -> ReminderSchedule:
        assert self._journal is not None
        stored = service.schedule(self._journal.paths)
        qt = self.at.time()
        return replace(
            stored,
            enabled=self.on.isChecked(),
            days=frozenset(n for n, c in enumerate(self.day_checks) if c.isChecked()),
            at=time(qt.hour(), qt.minute()),
            only_if_not_written=self.only_unwritten.isChecked(),
        )

    def _store(self, schedule: ReminderSchedule) -> None:
        assert self._journal is not None
        try:
            service.save_schedule(self._journal.paths, schedule)
        except OSError:
            self.message.setText(
                translate(
                    "reminder_settings",
                    "This could not be saved: the journal's folder is not writable.",
                )
            )
            return
        self.message.clear()
        self._refresh(schedule)
        self.changed.emit()

    def _save_schedule(self) -> None:
        if self._journal is None:
            return
        chosen = self._chosen()
        if chosen.at != service.schedule(self._journal.paths).at:
            chosen = replace(chosen, last_slot=None)  # a new time: today's new slot may come
        self._store(chosen)

    def _save_words(self) -> None:
        if self._journal is None:
            return
        try:
            service.ReminderWords(self._journal).save(
                self.words.text(), show_while_locked=self.show_locked.isChecked()
            )
        except OSError:
            self.message.setText(
                translate(
                    "reminder_settings",
                    "This could not be saved: the journal's folder is not writable.",
                )
            )

    def _save_autostart(self, on: bool) -> None:
        if self._journal is None:
            return
        try:
            service.set_autostart(on)
        except OSError:
            self.message.setText(
                translate("reminder_settings", "The login entry could not be written.")
            )

    def not_this_week(self) -> None:
        if self._journal is None:
            return
        self._store(replace(self._chosen(), paused_until=next_monday(self.clock().date())))

    def remind_again(self) -> None:
        if self._journal is None:
            return
        self._store(replace(self._chosen(), paused_until=None))

    def reload_schedule(self) -> None:
        """The schedule changed elsewhere (the tray's "Not this week")."""
        if self._journal is not None:
            journal, self._journal = self._journal, None
            self._show(service.schedule(journal.paths))
            self._journal = journal


def _day_words(day: date, today: date) -> str:
    ahead = (day - today).days
    if ahead == 0:
        return translate("reminder_settings", "today")
    if ahead == 1:
        return translate("reminder_settings", "tomorrow")
    locale = _locale()
    weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    if ahead < 7:
        return weekday
    return translate("reminder_settings", "{weekday} {day} {month}").format(
        weekday=weekday,
        day=day.day,
        month=locale.monthName(day.month, QLocale.FormatType.ShortFormat),
    )
