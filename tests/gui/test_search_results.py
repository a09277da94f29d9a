"""Journal search results as a person reads them: whole snippets, a time for every hit (memories
too) and a gentle count of what was found."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.journal.delegates import SearchHitDelegate
from tests.conftest import PASSPHRASE

LONG = (
    "On the walk home I remembered the blue bicycle with the squeaky bell, the one I rode "
    "round and round the yard until the streetlights came on and somebody called me in for tea."
)


@pytest.fixture
def search_env(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        for day in (3, 4):
            service.add_entry(
                NewEntry(title=f"Walk {day}", body=LONG, entry_date=date(2026, 5, day))
            )
        timeline = TimelineService(journal)
        timeline.add_memory("The yard", "age 7", body=LONG)
        timeline.add_memory("Summer lane", "around 1994", body=LONG)
    return _unlocked_with_bicycle_found(qtbot, make_window(), found=4)


def _unlocked_with_bicycle_found(qtbot, window, *, found):
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    qtbot.keyClicks(page.search, "bicycle")
    qtbot.waitUntil(lambda: page.results.rowCount() == found, timeout=2_000)
    return window, page


def _rows(page):
    return [page.results.index(row, 0) for row in range(page.results.rowCount())]


def test_every_snippet_line_fits_its_row_at_any_width(qtbot, search_env):
    window, page = search_env
    view = page.result_list
    window.resize(900, 700)
    for width in (260, 420, 700):
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda w=width: view.width() == w)
        metrics = QFontMetrics(view.font())
        text_width = view.viewport().width() - 24
        for index in _rows(page):
            hit = index.data(SearchHitDelegate.HitRole)
            snippet = hit.snippet.replace("\ue000", "").replace("\ue001", "")
            lines = (
                metrics.boundingRect(
                    0, 0, text_width, 10_000, Qt.TextFlag.TextWordWrap, f"{hit.title} {hit.when}"
                ).height()
                + metrics.boundingRect(
                    0, 0, text_width, 10_000, Qt.TextFlag.TextWordWrap, snippet
                ).height()
            )
            qtbot.waitUntil(lambda i=index, need=lines: view.visualRect(i).height() >= need)
    view.setFixedWidth(260)
    narrow = view.visualRect(_rows(page)[0]).height()
    assert narrow > 78  # three or more lines of snippet at this width: the row grew for them


def test_memories_show_their_time_in_words(qtbot, search_env):
    _window, page = search_env
    shown = {index.data(SearchHitDelegate.HitRole).title: index for index in _rows(page)}
    assert "age 7" in shown["The yard"].data(Qt.ItemDataRole.AccessibleTextRole)
    assert "around 1994" in shown["Summer lane"].data(Qt.ItemDataRole.AccessibleTextRole)
    assert "4 May 2026" in shown["Walk 4"].data(Qt.ItemDataRole.AccessibleTextRole)
    from innerchild_desktop.ui.journal.delegates import hit_html

    html = hit_html(shown["The yard"].data(SearchHitDelegate.HitRole), "#000", "#666")
    assert "age 7" in html and ">Memory<" not in html


def test_a_gentle_count_of_what_was_found(qtbot, search_env):
    _window, page = search_env
    assert page.no_results.text() == "2 entries and 2 memories"
    assert page.no_results.isVisibleTo(page)
    page.search.clear()
    qtbot.keyClicks(page.search, "zebra")
    qtbot.waitUntil(lambda: page.results.rowCount() == 0, timeout=2_000)
    assert page.no_results.text().startswith("Nothing found for “zebra”.")
    assert "fewer or shorter words" in page.no_results.text()


def _row_titled(page, title):
    return next(i for i in _rows(page) if i.data(SearchHitDelegate.HitRole).title == title)


def test_down_from_the_search_field_goes_into_the_results(qtbot, search_env):
    window, page = search_env
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert window.focusWidget() is page.result_list
    assert page.result_list.currentIndex().row() == 0
    assert page.result_list.selectionModel().isSelected(page.result_list.currentIndex())
    qtbot.keyClick(page.result_list, Qt.Key.Key_Down)  # on through the results
    assert page.result_list.currentIndex().row() == 1


def test_a_memory_found_opens_on_the_timeline_by_click_or_return(qtbot, search_env):
    window, page = search_env
    workspace = window.workspace
    yard = _row_titled(page, "The yard")
    page.result_list.setFocus()
    page.result_list.setCurrentIndex(yard)  # arrowing onto it: still the Journal
    assert workspace.stack.currentWidget() is page
    qtbot.keyClick(page.result_list, Qt.Key.Key_Return)
    timeline = workspace.timeline_page
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is timeline)
    memory_id = yard.data(SearchHitDelegate.HitRole).id
    assert timeline.shown_memory == memory_id and "yard" in timeline.card.toPlainText().lower()

    workspace.show_page("Journal")
    lane = _row_titled(page, "Summer lane")
    timeline.shown_memory = None
    qtbot.mouseClick(
        page.result_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.result_list.visualRect(lane).center(),
    )
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is timeline)
    assert timeline.shown_memory == lane.data(SearchHitDelegate.HitRole).id


def test_a_heavy_memory_found_stays_veiled_on_the_timeline(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        TimelineService(journal).add_memory("The hard night", "age 8", body=LONG, heavy=True)
    window, page = _unlocked_with_bicycle_found(qtbot, make_window(), found=1)
    page.search.setFocus()  # an empty journal's editor takes the focus as it opens
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert window.focusWidget() is page.result_list
    qtbot.keyClick(page.result_list, Qt.Key.Key_Return)
    timeline = window.workspace.timeline_page
    qtbot.waitUntil(lambda: window.workspace.stack.currentWidget() is timeline)
    assert timeline.shown_memory is None  # found and shown where it is, its words not shown
    assert "veiled" in timeline.card.toPlainText() and "streetlights" not in (
        timeline.card.toPlainText()
    )


def _card_pixel(view, index):
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index)
    return image.pixelColor(rect.left() + 5, rect.center().y()).name()  # on the card's edge


def test_the_result_with_the_keyboard_on_it_is_marked(qtbot, search_env):
    """Arrowing through results (or Tab into them) shows where one is: the current card gets
    an outline while the list has the focus, whether or not it is selected."""
    _window, page = search_env
    view = page.result_list
    first, second = page.results.index(0, 0), page.results.index(1, 0)
    plain = _card_pixel(view, second)
    view.setFocus()
    view.selectionModel().setCurrentIndex(second, view.selectionModel().SelectionFlag.NoUpdate)
    qtbot.waitUntil(lambda: _card_pixel(view, second) != plain)
    page.search.setFocus()  # the outline is the keyboard's: gone when the focus leaves
    qtbot.waitUntil(lambda: _card_pixel(view, second) == _card_pixel(view, first))
