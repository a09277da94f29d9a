"""``innerchild screenshots --out DIR``: render every main screen offscreen to PNG files.

Uses a throwaway *encrypted* demo journal in a private temporary folder (removed afterwards), so
no journal text is ever written in the clear. Later features add their screens to SCREENS.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QPainter
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


def _what_helps_screens(
    app: QApplication, window: MainWindow, out: Path, shots: list[Path], dark: bool
) -> None:
    """Soothe → What helps me: the demo's sessions in words, with numbers, and empty; then the
    question asked before a heavy memory opens (its default is "Not now"). Light and dark."""
    from innerchild_desktop.ui.heavy import HeavyQuestion

    for theme in (dark,) if dark else (False, True):
        apply_theme(app, dark=theme)
        suffix = "-dark" if theme else ""
        window.workspace.show_page("Soothe")
        panel = window.workspace.soothe_page.insights
        panel.show_numbers.setChecked(False)
        _save(window, out, f"40-what-helps{suffix}", shots)
        panel.show_numbers.setChecked(True)
        _save(window, out, f"41-what-helps-numbers{suffix}", shots)
        summary = panel.summary
        panel.clear()
        _save(window, out, f"42-what-helps-empty{suffix}", shots)
        panel.show_summary(summary)
        window.workspace.show_page("Timeline")
        question = HeavyQuestion(window)
        question.show()
        QApplication.processEvents()
        shot = window.grab()  # the question as it appears: over the window, which it dims
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
        box = question.grab()
        painter.drawPixmap(
            (shot.width() - box.width()) // 2, (shot.height() - box.height()) // 3, box
        )
        painter.end()
        path = out / f"43-heavy-question{suffix}.png"
        shot.save(str(path))
        shots.append(path)
        question.done(0)
    apply_theme(app, dark=dark)


def _prompts_invitation_screens(
    app: QApplication, window: MainWindow, out: Path, shots: list[Path], dark: bool
) -> None:
    """Prompts at "Gentle only" after a few answers: the quiet "when you feel ready" line,
    in this theme and (when this run is light) in dark too."""
    from innerchild_desktop.domain.entries import NewEntry
    from innerchild_desktop.domain.prompts import Depth
    from innerchild_desktop.services import prompts as prompt_service

    journal = window.context.journal
    assert journal is not None
    service = window.context.service
    prompt_service.save_settings(journal, [], Depth.GENTLE)
    for prompt_id in ("safety-001", "play-001", "joy-001"):
        prompt_service.record(journal, prompt_id, "answered")
    service.add_entry(NewEntry(title="A calmer evening", distress=2))
    page = window.workspace.prompts_page
    # "I feel overwhelmed" was pressed for an earlier screenshot: show a calmer next day.
    page.today = lambda: date.today() + timedelta(days=1)
    window.workspace.show_page("Prompts")
    page.load(service)
    page.scroll.ensureWidgetVisible(page.invitation)
    _settle(app)
    _save(window, out, "50-prompts-go-deeper", shots)
    if not dark:
        apply_theme(app, dark=True)
        _save(window, out, "51-prompts-go-deeper-dark", shots)
        apply_theme(app)


def _safety_plan_screens(
    app: QApplication, window: MainWindow, out: Path, shots: list[Path], dark: bool
) -> None:
    """My safety plan with a country chosen (the UK), in this theme and (when this run is light)
    in dark too, and its printed page (black on white in any theme)."""
    from innerchild_desktop.ui.soothe.safety_print import page_image

    window.open_safety_plan()
    dialog = window.safety_dialog
    assert dialog is not None
    dialog.resize(680, 860)
    for key, items in (
        ("warning_signs", "I stop answering messages\nEverything feels far away"),
        ("coping_steps", "Cold water on my face\nThe breathing exercise, longer out-breath"),
        ("people", "Sam (my sister)"),
        ("reasons", "My cat, Pepper\nThe garden in spring"),
    ):
        dialog.editors[key].setPlainText(items)
    dialog.panel.choose("uk")
    for _ in range(3):  # the new lines show, then the scroll area lays them out
        _settle(app)
    _save(dialog, out, "15-safety-plan", shots)
    if not dark:
        apply_theme(app, dark=True)
        _save(dialog, out, "15-safety-plan-dark", shots)
        apply_theme(app)
    path = out / "15-safety-plan-printed.png"
    page_image(dialog.printable_html()).save(str(path))
    shots.append(path)
    dialog.close()


def _heavy_entry_screens(
    app: QApplication, window: MainWindow, out: Path, shots: list[Path], dark: bool
) -> None:
    """An entry marked heavy: veiled in the list, the veil in place of the editor; then opened
    by choice, with the toolbar's Heavy toggle on. In this theme and (when light) in dark too."""
    from innerchild_desktop.ui.journal.list_model import EntryListModel

    service = window.context.service
    page = window.workspace.journal_page
    window.workspace.show_page("Journal")
    page.model.set_service(service)
    entry_id = page.model.index(1, 0).data(EntryListModel.IdRole)
    service.set_heavy(entry_id, True)
    page.model.refresh_entry(entry_id)
    for theme in (dark,) if dark else (False, True):
        apply_theme(app, dark=theme)
        suffix = "-dark" if theme else ""
        page.list.setCurrentIndex(page.model.index(0, 0))
        page.list.setCurrentIndex(page.model.index(1, 0))
        _save(window, out, f"30-heavy-entry-veiled{suffix}", shots)
        page.veil.open_button.click()
        _save(window, out, f"31-heavy-entry-open{suffix}", shots)
    apply_theme(app, dark=dark)


def _memory_screens(
    app: QApplication, window: MainWindow, scratch: Path, out: Path, shots: list[Path], dark: bool
) -> None:
    """Timeline → Add a memory… with its live preview, and a new journal's empty timeline (its
    invitation and button), in this theme and (when this run is light) in dark too."""
    from innerchild_desktop.services.journal import JournalService

    themes = (dark,) if dark else (False, True)
    page = window.workspace.timeline_page
    window.workspace.show_page("Timeline")
    empty, _ = vault.create_journal(JournalPaths(scratch / "empty"), DEMO_PASSPHRASE, FAST_TEST_KDF)
    with empty:
        page.load(JournalService(empty))
        for theme in themes:
            apply_theme(app, dark=theme)
            _save(window, out, f"29-timeline-empty{'-dark' if theme else ''}", shots)
    page.load(window.context.service)
    window.workspace.add_memory()
    dialog = page.editor_dialog
    assert dialog is not None
    dialog.title.setText("The blue bicycle")
    dialog.when.setText("around age 7")
    dialog.feelings.set_chosen(["joyful", "proud"])
    dialog.needs.set_chosen(["play"])
    dialog.people.setText("Grandad")
    dialog.place.setText("the park behind the school")
    dialog.body.setPlainText("It had a bell, and Grandad ran beside me until I didn't need him.")
    for theme in themes:
        apply_theme(app, dark=theme)
        _save(dialog, out, f"28-memory-dialog{'-dark' if theme else ''}", shots)
    dialog.reject()
    apply_theme(app, dark=dark)


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
        from innerchild_desktop.ui.screenshots_welcome import first_run_screens, letters_screens

        first_run_screens(app, fresh, out, shots, dark, _save)
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
        from innerchild_desktop.ui.screenshots_soothe import soothe_screens

        soothe_screens(app, window, out, shots, dark, _save)
        _safety_plan_screens(app, window, out, shots, dark)
        _transfer_screens(app, window, Path(scratch), out, shots)
        _what_helps_screens(app, window, out, shots, dark)
        _prompts_invitation_screens(app, window, out, shots, dark)
        from innerchild_desktop.ui.screenshots_prompts import program_and_browser_screens

        program_and_browser_screens(app, window, out, shots, dark, _save)
        _heavy_entry_screens(app, window, out, shots, dark)
        _memory_screens(app, window, Path(scratch), out, shots, dark)
        letters_screens(app, window, out, shots, dark, _save)
        from innerchild_desktop.ui.screenshots_packs import pack_editor_screens

        pack_editor_screens(app, window, out, shots, dark, _save)
        from innerchild_desktop.ui.screenshots_passphrase import passphrase_screens

        passphrase_screens(app, window, Path(scratch), out, shots, dark)
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
