"""Screenshots of the welcome after setup (three screens) and the Journal's Letters mode, each in
this run's theme and (when the run is light) in dark too. Called from ui/screenshots.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from innerchild_desktop.domain.entries import EntryKind, NewEntry
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.theme import apply_theme

Save = Callable[[QWidget, Path, str, list[Path]], None]
NAMES = ("70-welcome-here", "71-welcome-help", "72-welcome-choices")


def first_run_screens(
    app: QApplication, window: MainWindow, out: Path, shots: list[Path], dark: bool, save: Save
) -> None:
    """From the recovery key screen on: "Open my journal", then each welcome screen."""
    window.setup.confirm_kept.setChecked(True)
    window.setup.continue_button.click()
    welcome = window.first_run
    for theme in (dark,) if dark else (False, True):
        apply_theme(app, dark=theme)
        for index, name in enumerate(NAMES):
            while welcome.pages.currentIndex() > index:
                welcome.back()
            while welcome.pages.currentIndex() < index:
                welcome.next()
            save(window, out, f"{name}{'-dark' if theme else ''}", shots)
        welcome.back()
        welcome.back()
    apply_theme(app, dark=dark)
    welcome.skip()


def letters_screens(
    app: QApplication, window: MainWindow, out: Path, shots: list[Path], dark: bool, save: Save
) -> None:
    """Journal → Letters: a thread of three (opened, its reply in the editor) and a heavy one."""
    service = window.context.service
    first = service.add_entry(
        NewEntry(
            title="Dear little me",
            body="Dear little me,\n\nI see how hard you tried. You were never too much.",
            kind=EntryKind.LETTER_TO,
            entry_date=date(2026, 11, 20),
        )
    )
    reply = service.add_entry(
        NewEntry(
            title="Reply to: Dear little me",
            body="Dear grown-up me,\n\nCan we go to the park on Saturday?\n\nLove, little me",
            kind=EntryKind.LETTER_FROM,
            entry_date=date(2026, 11, 22),
            reply_to=first,
        )
    )
    service.add_entry(
        NewEntry(
            title="Yes, the park",
            body="Dear little me,\n\nYes. We will bring the kite.",
            kind=EntryKind.LETTER_TO,
            entry_date=date(2026, 11, 23),
            reply_to=reply,
        )
    )
    service.add_entry(
        NewEntry(
            title="About the night of the storm",
            body="Dear little me,",
            kind=EntryKind.LETTER_TO,
            entry_date=date(2026, 11, 24),
            heavy=True,
        )
    )
    window.workspace.show_page("Journal")
    page = window.workspace.journal_page
    page.modes.button(4).click()
    pane = page.letters
    pane.view.expand(pane.model.index(0, 0))
    pane.view.expand(pane.model.index(1, 0))
    for theme in (dark,) if dark else (False, True):
        apply_theme(app, dark=theme)
        pane.view.setCurrentIndex(pane.model.index_of(reply))
        save(window, out, f"73-letters{'-dark' if theme else ''}", shots)
    apply_theme(app, dark=dark)
    page.modes.button(0).click()
