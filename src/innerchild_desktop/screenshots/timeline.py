"""The Timeline: a memory's card, lanes by feeling, the view by year, the review, Add a
memory… with its live preview, and a new journal's empty timeline."""

from __future__ import annotations

from pathlib import Path

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.screenshots.common import DEMO_PASSPHRASE, Run
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow


def timeline_screens(run: Run, window: MainWindow) -> None:
    timeline = window.workspace.timeline_page
    timeline.ask_heavy = lambda: False  # the screenshot never opens a heavy memory
    window.workspace.show_page("Timeline")
    timeline.view.select_index(1)
    run.save_themed(window, "20-memory-card")
    timeline.lanes.setCurrentIndex(timeline.lanes.findData("feeling"))
    timeline._reload()
    run.save_themed(window, "23-timeline-lanes")
    timeline.lanes.setCurrentIndex(0)
    timeline._reload()
    timeline.axis.by_year.click()  # the other view: memories known by a calendar year
    run.save_themed(window, "23-timeline-by-year")
    timeline.axis.by_age.click()
    timeline.open_review()
    review = timeline.review
    assert review is not None
    run.save_themed(review, "21-review")
    review.close()


def memory_screens(run: Run, window: MainWindow, scratch: Path) -> None:
    """A new journal's empty timeline (its invitation and button), then Timeline → Add a
    memory… filled in, with its live preview."""
    page = window.workspace.timeline_page
    window.workspace.show_page("Timeline")
    empty, _ = AccessService(JournalPaths(scratch / "empty"), FAST_TEST_KDF).create(DEMO_PASSPHRASE)
    with empty:
        page.load(JournalService(empty))
        run.save_themed(window, "29-timeline-empty")
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
    run.save_themed(dialog, "28-memory-dialog")
    dialog.reject()
