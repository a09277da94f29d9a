"""A program's current step and the prompt browser for ``innerchild screenshots``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QWidget

from innerchild_desktop.domain.prompt_browse import Show
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services import prompts as prompt_service
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.theme import apply_theme


def program_and_browser_screens(
    app: QApplication,
    window: MainWindow,
    out: Path,
    shots: list[Path],
    dark: bool,
    save: Callable[[QWidget, Path, str, list[Path]], None],
) -> None:
    """The eight-week program at "Saying hello" (intro, prompts, exercise, "Mark this step
    done"), then "Browse prompts…" with deeper prompts allowed (their notes show first)."""
    journal = window.context.journal
    assert journal is not None
    page = window.workspace.prompts_page
    program = prompt_service.library(journal).program("meeting-your-inner-child")
    assert program is not None
    window.workspace.show_page("Prompts")
    page.load(window.context.service)  # type: ignore[arg-type]
    if prompt_service.program_progress(journal, program.id) is None:
        page._program(program, "start")
        page._program(program, "done")
    app.processEvents()
    card = next(
        (f for f in page.findChildren(QFrame) if f.accessibleName().startswith("This step:")),
        None,
    )
    if card is not None:  # the step from its program's line down to "Mark this step done"
        mark = next(b for b in card.findChildren(QPushButton) if b.text() == "Mark this step done")
        for _ in range(3):  # new rows: shown, then laid out, then the scroll range follows
            app.processEvents()
        bar = page.scroll.verticalScrollBar()
        bottom = mark.mapTo(page.scroll.widget(), mark.rect().bottomLeft()).y()
        bar.setValue(bottom + 16 - page.scroll.viewport().height())
    themes = (dark,) if dark else (False, True)
    for theme in themes:
        apply_theme(app, dark=theme)
        save(window, out, "52-program-step" + ("-dark" if theme else ""), shots)
    if not dark:
        apply_theme(app)
    browser = page.open_browser()
    assert browser is not None
    browser.show_box.setCurrentIndex(browser.show_box.findData(Show.ALL.value))
    browser.theme.setCurrentIndex(browser.theme.findData("body"))
    browser.depth.setCurrentIndex(browser.depth.findData(Depth.DEEP))
    noted = next((p for p in browser.model.prompts if p.content_note), None)
    if noted is not None:
        browser.view.setCurrentIndex(browser.model.index(browser.model.row_of(noted.id), 0))
    app.processEvents()
    for theme in themes:
        apply_theme(app, dark=theme)
        save(browser, out, "53-prompt-browser" + ("-dark" if theme else ""), shots)
    if not dark:
        apply_theme(app)
    browser.close()
    app.processEvents()
