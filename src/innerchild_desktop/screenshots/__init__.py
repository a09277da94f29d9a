"""``innerchild screenshots --out DIR``: render every screen offscreen to PNG files, in light and
in dark. A composition root beside app.py and cli/: it builds its own AppContext and windows.

Uses a throwaway *encrypted* demo journal in a private temporary folder (removed afterwards), so
no journal text is ever written in the clear. Each area has a module here with small functions
``…_screens(run, window, ...)``, called once from :func:`take_screenshots`; a function pictures
a screen in both themes with ``for suffix in run.themes(): ...`` or ``run.save_themed(...)``
(screenshots/common.py).
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.screenshots import (
    comfort,
    crash,
    drawing,
    journal,
    packs,
    passphrase,
    prompts,
    reminders,
    soothe,
    sync,
    timeline,
    transfer,
    voice,
    welcome,
    younger_me,
)
from innerchild_desktop.screenshots.common import DEMO_PASSPHRASE, SIZE, Run
from innerchild_desktop.screenshots.language_check import PSEUDO, install_pseudo
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.demo import fill_demo
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.application import make_application
from innerchild_desktop.ui.i18n import install_translators
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.theme import apply_theme

__all__ = ["take_screenshots"]


def take_screenshots(
    out: Path, *, dark: bool = False, both: bool = True, language: str | None = None
) -> list[Path]:
    """Every screen as ``out/NN-name[-dark].png``; returns their paths in the order taken.

    ``language``: "en", "es", "de"…, or "pseudo" (screenshots/language_check.py), which also
    writes ``language-problems.txt`` (empty when every text is translated and fits)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    apply_theme(app, dark=dark)
    run = Run(app, out, dark, both, check_language=language == PSEUDO)
    if language == PSEUDO:
        install_pseudo()
    elif language is not None:
        install_translators(app, language)
    with tempfile.TemporaryDirectory(prefix="innerchild-shots-") as folder:
        scratch = Path(folder)
        welcome.first_run_screens(run, scratch)
        paths = JournalPaths(scratch / "demo")
        demo, _ = AccessService(paths, FAST_TEST_KDF).create(DEMO_PASSPHRASE)
        with demo:
            fill_demo(demo, entries=120, memories=24, today=date(2026, 11, 24))
        window = MainWindow(AppContext(paths))
        # No one moves the mouse here: a run longer than the 5-minute auto-lock (a busy
        # machine) must not lock the window half-way, so its idle clock stands still (the
        # screens still say "locks itself after 5 min").
        window.idle.clock = lambda: 0.0
        window.ensure_built()  # menus and all, as a moment after the lock screen first shows
        window.resize(*SIZE)
        window.show()
        # The order matters: each step leaves the demo journal as the next one expects it.
        journal.lock_and_journal_screens(run, window)
        prompts.program_screen(run, window)
        timeline.timeline_screens(run, window)
        for number, title in ((9, "Timeline"), (10, "Prompts"), (11, "Soothe"), (12, "Settings")):
            window.workspace.show_page(title)
            run.save_themed(window, f"{number:02d}-{title.lower()}")
        soothe.soothe_screens(run, window)
        soothe.safety_plan_screens(run, window)
        transfer.transfer_screens(run, window)
        soothe.what_helps_screens(run, window)
        soothe.looking_back_screens(run, window)
        comfort.comfort_box_screens(run, window)
        prompts.invitation_screens(run, window)
        prompts.program_and_browser_screens(run, window)
        prompts.hidden_prompt_screens(run, window)
        journal.heavy_entry_screens(run, window)
        timeline.memory_screens(run, window, scratch)
        journal.letters_screens(run, window)
        journal.history_screens(run, window)
        journal.editor_screens(run, window)
        journal.spelling_screens(run, window)
        voice.voice_note_screens(run, window)
        drawing.drawing_screens(run, window)
        younger_me.younger_me_screens(run, window)
        packs.pack_editor_screens(run, window)
        passphrase.passphrase_screens(run, window, scratch)
        passphrase.new_key_screens(run, window)
        sync.sync_screens(run, window, scratch)
        reminders.reminder_screens(run, window)
        crash.crash_screens(run, window)
        window.close()
    welcome.setup_dark_screen(run)
    if run.check_language:
        report = out / "language-problems.txt"
        report.write_text("".join(f"{line}\n" for line in run.problems), encoding="utf-8")
    return run.shots
