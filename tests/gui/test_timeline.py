"""The memory timeline: fuzzy times placed on calm lanes, heavy memories veiled until asked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from innerchild_desktop.services import timeline
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.timeline.page import TimelinePage
from innerchild_desktop.ui.timeline.scene import pack_rows


def test_overlapping_memories_get_their_own_rows() -> None:
    assert pack_rows([(0, 100), (50, 150), (120, 130), (160, 200)], 10) == [0, 1, 0, 0]
    assert pack_rows([(0, 5), (6, 8)], 20) == [0, 1]  # short spans still get room


def make_page(qtbot, journal) -> TimelinePage:
    timeline.add_memory(
        journal,
        "The blue bicycle",
        "around 7",
        feelings=["joyful"],
        needs=["play"],
        body="It had a bell.",
    )
    timeline.add_memory(journal, "The den", "age 6-8", feelings=["safe"])
    timeline.add_memory(journal, "The shouting", "age 9", heavy=True, body="Hard night.")
    timeline.add_memory(journal, "Summer at the coast", "summer 1994")
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load(JournalService(journal))
    return page


def test_lanes_widths_and_veils(qtbot, journal):
    page = make_page(qtbot, journal)
    markers = {m.placed.title: m for m in page.scene.markers}
    assert set(markers) == {"The blue bicycle", "The den", "The shouting", "Summer at the coast"}
    assert markers["Summer at the coast"].placed.lane == "calendar"
    den, bike = markers["The den"], markers["The blue bicycle"]
    assert den.rect.width() > bike.rect.width()  # ages 6–8 is less certain than "around 7"
    assert den.rect.top() != bike.rect.top()  # they overlap in time, so they stack
    heavy = markers["The shouting"]
    assert (
        heavy.placed.heavy
        and "heavy" in heavy.toolTip()
        and "shouting" not in heavy.toolTip().lower()
    )
    assert markers["Summer at the coast"].rect.top() > heavy.rect.bottom()  # its own lane


def test_heavy_memory_asks_first_and_stays_veiled_if_declined(qtbot, journal):
    page = make_page(qtbot, journal)
    heavy = next(m for m in page.scene.markers if m.placed.heavy)
    page.ask_heavy = lambda: False
    page.show_marker(heavy)
    assert "Hard night" not in page.card.toPlainText()
    assert "veiled" in page.card.toPlainText()
    page.ask_heavy = lambda: True
    page.show_marker(heavy)
    assert "Hard night" in page.card.toPlainText()


def test_keyboard_moves_between_memories_and_zooms(qtbot, journal):
    page = make_page(qtbot, journal)
    page.ask_heavy = lambda: False
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    first = page.card.toPlainText()
    assert first  # the first memory (in timeline order) is shown
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert page.card.toPlainText() != first
    before = page.view.transform().m11()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.transform().m11() > before
    for _ in range(40):
        page.view.zoom(0.5)
    assert page.view.zoom_level >= 0.15  # never zooms into nothing


def test_lock_clears_the_timeline(qtbot, journal):
    page = make_page(qtbot, journal)
    page.clear()
    assert page.scene.markers == [] and page.card.toPlainText() == ""
