"""First run: setting a passphrase, the recovery key, then the welcome (three screens, in light
and in dark); and the setup screen in dark."""

from __future__ import annotations

from pathlib import Path

from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.screenshots.common import SIZE, Run
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.theme import apply_theme

NAMES = ("70-welcome-here", "71-welcome-help", "72-welcome-choices")


def first_run_screens(run: Run, scratch: Path) -> None:
    """A new journal in an empty folder: setup, its recovery key, "Open my journal", then each
    welcome screen."""
    window = MainWindow(AppContext(JournalPaths(scratch / "fresh"), kdf=FAST_TEST_KDF))
    window.resize(*SIZE)
    window.show()
    window.setup.passphrase.setText("correct horse battery staple")
    window.setup.confirm.setText("correct horse battery staple")
    run.save_themed(window, "01-setup")
    window.setup._submit()
    run.settle(lambda: window.setup.currentIndex() == 1)
    run.save_themed(window, "02-recovery-key")
    window.setup.confirm_kept.setChecked(True)
    window.setup.continue_button.click()
    welcome = window.first_run
    for suffix in run.themes():
        for index, name in enumerate(NAMES):
            while welcome.pages.currentIndex() > index:
                welcome.back()
            while welcome.pages.currentIndex() < index:
                welcome.next()
            run.save(window, f"{name}{suffix}")
        welcome.back()
        welcome.back()
    welcome.skip()
    window.close()


def setup_dark_screen(run: Run) -> None:
    """The setup screen in dark, when this run is light (a dark run pictured it already)."""
    if run.dark:
        return
    apply_theme(run.app, dark=True)
    window = MainWindow(AppContext(JournalPaths(run.out / ".none")))
    window.resize(*SIZE)
    window.show()
    run.save(window, "14-setup-dark")
    window.close()
    apply_theme(run.app)
