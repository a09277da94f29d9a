"""``innerchild screenshots --out DIR``: render every main screen offscreen to PNG files.

Uses a throwaway *encrypted* demo journal in a private temporary folder (removed afterwards), so
no journal text is ever written in the clear. Later features add their screens to SCREENS.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from innerchild_desktop.app import make_application
from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.demo import fill_demo
from innerchild_desktop.store import vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.theme import apply_theme

DEMO_PASSPHRASE = "demo passphrase for screenshots"
SIZE = (1100, 720)


def _settle(
    app: QApplication, until: Callable[[], bool] | None = None, timeout: float = 10.0
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        if until is None or until() or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    app.processEvents()


def _save(widget: QWidget, out: Path, name: str, shots: list[Path]) -> None:
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    shots.append(path)


def _transfer_screens(
    app: QApplication, window: MainWindow, scratch: Path, out: Path, shots: list[Path]
) -> None:
    """File → Import… (its form and, staged, its progress page), Export…, and the share preview."""
    dialog = window.transfers.open_import()
    assert dialog is not None
    dialog.source.setCurrentIndex(dialog.source.findData("dayone"))
    dialog.path.setText(str(Path.home() / "Downloads" / "Day One export.zip"))
    _save(dialog, out, "24-import", shots)
    dialog.heading.setText("Importing from Day One…")  # staged: the real run is too quick
    dialog.bar.setRange(0, 2480)
    dialog.bar.setValue(1130)
    dialog.detail.setText("1,130 of 2,480. Less than a minute left.")
    dialog.pages.setCurrentWidget(dialog.working)
    _save(dialog, out, "25-import-progress", shots)
    dialog.pages.setCurrentWidget(dialog.form)
    dialog.reject()
    export = window.transfers.open_export(today=date(2026, 11, 24))
    assert export is not None
    export.target.setCurrentIndex(export.target.findData("pdf"))
    export.path.setText(str(Path.home() / "Documents" / "Inner Child export 2026-11-24.pdf"))
    _save(export, out, "26-export", shots)
    export.reject()
    share = window.transfers.open_share(today=date(2026, 11, 24))
    assert share is not None
    share.resize(1180, 760)
    share.dated.setChecked(True)
    share.since.setDate(QDate(2026, 10, 1))
    share.names.setPlainText("Sam")
    share.no_distress.setChecked(True)
    share.preview_html = ""
    _settle(app, lambda: bool(share.preview_html) and not share.timer.isActive())
    _save(share, out, "27-share-preview", shots)
    share.reject()
    window.tasks.wait()


def take_screenshots(out: Path, *, dark: bool = False) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    apply_theme(app, dark=dark)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="innerchild-shots-") as scratch:
        # First run: the setup screens, on an empty folder.
        fresh = MainWindow(AppContext(JournalPaths(Path(scratch) / "fresh"), kdf=FAST_TEST_KDF))
        fresh.resize(*SIZE)
        fresh.show()
        fresh.setup.passphrase.setText("correct horse battery staple")
        fresh.setup.confirm.setText("correct horse battery staple")
        _save(fresh, out, "01-setup", shots)
        fresh.setup._submit()
        _settle(app, lambda: fresh.setup.currentIndex() == 1)
        _save(fresh, out, "02-recovery-key", shots)
        fresh.close()

        paths = JournalPaths(Path(scratch) / "demo")
        journal, _ = vault.create_journal(paths, DEMO_PASSPHRASE, FAST_TEST_KDF)
        with journal:
            fill_demo(journal, entries=120, memories=24, today=date(2026, 11, 24))
        window = MainWindow(AppContext(paths))
        window.resize(*SIZE)
        window.show()
        _save(window, out, "03-lock", shots)
        window.lock_screen.passphrase.setText("not the passphrase")
        window.lock_screen._submit()
        _settle(app, lambda: bool(window.lock_screen.message.text()))
        _save(window, out, "04-lock-wrong-passphrase", shots)
        window.lock_screen.passphrase.setText(DEMO_PASSPHRASE)
        window.lock_screen._submit()
        _settle(app, lambda: window.context.unlocked)
        page = window.workspace.journal_page
        page.list.setCurrentIndex(page.model.index(0, 0))
        _save(window, out, "05-journal", shots)
        page.editor.preview_action.trigger()
        _save(window, out, "06-journal-preview", shots)
        page.editor.preview_action.trigger()
        page.modes.button(1).click()
        page.calendar.setCurrentPage(2026, 11)
        page.show_day(date(2026, 11, 22))
        _save(window, out, "07-calendar", shots)
        page.modes.button(0).click()
        page.search.setText("bicycle")
        page.run_search()
        _save(window, out, "08-search", shots)
        page.search.clear()
        prompts_page = window.workspace.prompts_page
        window.workspace.show_page("Prompts")
        from innerchild_desktop.services import prompts as prompt_service

        programs = prompt_service.library(window.context.journal).programs  # type: ignore[union-attr]
        prompts_page._program(programs[-1], "start")
        prompts_page._program(programs[-1], "done")
        _save(window, out, "22-program", shots)
        timeline = window.workspace.timeline_page
        timeline.ask_heavy = lambda: False  # the screenshot never opens a heavy memory
        window.workspace.show_page("Timeline")
        timeline.view.select_index(1)
        _save(window, out, "20-memory-card", shots)
        timeline.lanes.setCurrentIndex(timeline.lanes.findData("feeling"))
        timeline._reload()
        _save(window, out, "23-timeline-lanes", shots)
        timeline.lanes.setCurrentIndex(0)
        timeline._reload()
        timeline.open_review()
        _save(timeline.review, out, "21-review", shots)
        timeline.review.close()
        for number, title in ((9, "Timeline"), (10, "Prompts"), (11, "Soothe"), (12, "Settings")):
            window.workspace.show_page(title)
            _save(window, out, f"{number:02d}-{title.lower()}", shots)
        window.open_calm()
        calm = window._soothe_windows[-1]
        clock = [0.0]
        calm.clock = lambda: clock[0]  # type: ignore[attr-defined]
        calm.start("extended-exhale")  # type: ignore[attr-defined]
        clock[0] = 3.0
        calm._tick()  # type: ignore[attr-defined]
        _save(calm, out, "13-overwhelmed", shots)  # type: ignore[arg-type]
        calm.reduced.setChecked(True)  # type: ignore[attr-defined]
        calm.start("coherent-breathing")  # type: ignore[attr-defined]
        clock[0] = 6.0
        calm._tick()  # type: ignore[attr-defined]
        _save(calm, out, "16-breathing-reduced-motion", shots)  # type: ignore[arg-type]
        calm.show_chooser()  # type: ignore[attr-defined]
        _save(calm, out, "17-exercise-chooser", shots)  # type: ignore[arg-type]
        calm.start("grounding-54321")  # type: ignore[attr-defined]
        _save(calm, out, "18-grounding", shots)  # type: ignore[arg-type]
        calm.stop()  # type: ignore[attr-defined]
        _save(calm, out, "19-stopped", shots)  # type: ignore[arg-type]
        calm.close()  # type: ignore[attr-defined]
        window.open_safety_plan()
        _save(window.safety_dialog, out, "15-safety-plan", shots)
        window.safety_dialog.close()
        _transfer_screens(app, window, Path(scratch), out, shots)
        window.close()
    if not dark:
        apply_theme(app, dark=True)
        dark_window = MainWindow(AppContext(JournalPaths(out / ".none")))
        dark_window.resize(*SIZE)
        dark_window.show()
        _save(dark_window, out, "14-setup-dark", shots)
        dark_window.close()
        apply_theme(app)
    return shots
