"""Prompts: a program marked done, "when you feel ready" at "Gentle only", the eight-week
program's current step and the prompt browser."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QFrame, QPushButton

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.prompt_browse import Show
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.main_window import MainWindow


def program_screen(run: Run, window: MainWindow) -> None:
    """The last program, started and its step marked done."""
    window.workspace.show_page("Prompts")
    page = window.workspace.prompts_page
    programs = window.context.prompts.library().programs
    page._program(programs[-1], "start")
    page._program(programs[-1], "done")
    run.save_themed(window, "22-program")


def invitation_screens(run: Run, window: MainWindow) -> None:
    """Prompts at "Gentle only" after a few answers: the quiet "when you feel ready" line."""
    service = window.context.service
    prompts = window.context.prompts
    prompts.save_settings([], Depth.GENTLE)
    for prompt_id in ("safety-001", "play-001", "joy-001"):
        prompts.record(prompt_id, "answered")
    service.add_entry(NewEntry(title="A calmer evening", distress=2))
    page = window.workspace.prompts_page
    # "I feel overwhelmed" was pressed for an earlier screenshot: show a calmer next day.
    page.today = lambda: date.today() + timedelta(days=1)
    window.workspace.show_page("Prompts")
    page.load(service)
    page.scroll_area.ensureWidgetVisible(page.invitation)
    run.settle()
    for suffix in run.themes():
        run.save(window, "51-prompts-go-deeper-dark" if suffix else "50-prompts-go-deeper")


def program_and_browser_screens(run: Run, window: MainWindow) -> None:
    """The eight-week program at "Saying hello" (intro, prompts, exercise, "Mark this step
    done"), then "Browse prompts…" with deeper prompts allowed (their notes show first)."""
    prompts = window.context.prompts
    page = window.workspace.prompts_page
    program = prompts.library().program("meeting-your-inner-child")
    assert program is not None
    window.workspace.show_page("Prompts")
    page.load(window.context.service)
    if prompts.program_progress(program.id) is None:
        page._program(program, "start")
        page._program(program, "done")
    run.app.processEvents()
    card = next(
        (f for f in page.findChildren(QFrame) if f.accessibleName().startswith("This step:")),
        None,
    )
    if card is not None:  # the step from its program's line down to "Mark this step done"
        mark = next(b for b in card.findChildren(QPushButton) if b.text() == "Mark this step done")
        for _ in range(3):  # new rows: shown, then laid out, then the scroll range follows
            run.app.processEvents()
        bar = page.scroll_area.verticalScrollBar()
        content = page.scroll_area.widget()
        assert content is not None
        bottom = mark.mapTo(content, mark.rect().bottomLeft()).y()
        bar.setValue(bottom + 16 - page.scroll_area.viewport().height())
    run.save_themed(window, "52-program-step")
    browser = page.open_browser()
    assert browser is not None
    browser.show_box.setCurrentIndex(browser.show_box.findData(Show.ALL.value))
    browser.theme.setCurrentIndex(browser.theme.findData("body"))
    browser.depth_box.setCurrentIndex(browser.depth_box.findData(Depth.DEEP))
    noted = next((p for p in browser.model.prompts if p.content_note), None)
    if noted is not None:
        browser.view.setCurrentIndex(browser.model.index(browser.model.row_of(noted.id), 0))
    run.app.processEvents()
    run.save_themed(browser, "53-prompt-browser")
    browser.close()
    run.app.processEvents()


def hidden_prompt_screens(run: Run, window: MainWindow) -> None:
    """Today's prompt in full contrast; "Never show this" pressed: the quiet bar with Undo."""
    page = window.workspace.prompts_page
    window.workspace.show_page("Prompts")
    page.load(window.context.service)
    page.scroll_area.verticalScrollBar().setValue(0)
    page.hide_button.click()
    run.settle()
    run.save_themed(window, "54-prompt-hidden-undo")
    page.hide_undo.undo_button.click()
