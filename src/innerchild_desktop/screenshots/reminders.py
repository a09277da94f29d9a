"""Settings → "Gentle reminders", turned on with the person's own words (the demo journal's
schedule is put back to off afterwards; the login entry is never written here)."""

from __future__ import annotations

from datetime import datetime, time

from innerchild_desktop.domain.reminders import ReminderSchedule
from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.services import reminders as reminder_service
from innerchild_desktop.ui.main_window import MainWindow


def reminder_screens(run: Run, window: MainWindow) -> None:
    journal = window.context.journal
    if journal is None:
        return
    paths = window.context.paths
    reminder_service.ReminderWords(journal).save(
        "A few minutes for little me?", show_while_locked=False
    )
    reminder_service.save_schedule(
        paths,
        ReminderSchedule(
            enabled=True, days=frozenset({0, 1, 2, 3, 4}), at=time(19, 30), only_if_not_written=True
        ),
    )
    try:
        window.workspace.show_page("Settings")
        page = window.workspace.settings_page
        section = page.reminders
        section.clock = lambda: datetime(2026, 12, 3, 9, 0)  # a Thursday morning
        section.set_journal(journal)
        run.settle()
        scroller = page.scroller  # the page scrolls: show the section from its title
        scroller.verticalScrollBar().setValue(section.y() - 12)
        run.settle()
        for suffix in run.themes():
            run.save(window, f"92-reminder-settings{suffix}")
    finally:
        reminder_service.save_schedule(paths, ReminderSchedule())
        reminder_service.ReminderWords(journal).save("", show_while_locked=False)
