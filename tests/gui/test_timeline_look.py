"""The timeline reads calmly in light and dark: titles stay readable, it opens at the top, ages
and years are two labelled views, one way to move around, lane names never clipped."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QApplication

from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.ui.theme import apply_theme
from innerchild_desktop.ui.timeline.colours import contrast, luminance
from innerchild_desktop.ui.timeline.marker import LABEL_PAD, VEILED_LABEL
from innerchild_desktop.ui.timeline.page import TimelinePage
from tests.gui.test_timeline import make_page

LONG = "The afternoon we waited for the bus in the rain at the very end of our road"
MIN_CHARS = 20  # a title is shown whole or with at least this many characters, never "Fi…"


def crowded_page(qtbot, journal) -> TimelinePage:
    """Many short memories close together, one with a long title, as in a real childhood."""
    timeline = TimelineService(journal)
    timeline.add_memory(LONG, "around 7", feelings=["sad"])
    for age in range(4, 12):
        timeline.add_memory(f"First day {age}", f"age {age}", feelings=["joyful"])
        timeline.add_memory(f"Mum's birthday {age}", f"around {age}", feelings=["loved"])
        timeline.add_memory(f"Summer {age}", f"age {age}")
    timeline.add_memory("The shouting", "around 7", heavy=True, body="Hard night.")
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(1000, 420)
    page.show()
    page.load(JournalService(journal))
    return page


def test_titles_stay_readable_and_never_overlap(qtbot, journal):
    page = crowded_page(qtbot, journal)
    metrics = QFontMetricsF(page.scene.markers[0].font)
    for marker in page.scene.markers:
        shown = marker.shown_label()
        if marker.placed.heavy:
            assert shown == VEILED_LABEL and marker.placed.title not in marker.toolTip()
        elif shown != marker.placed.title:  # elided only with the whole title as its tooltip
            assert len(shown.rstrip("…")) >= MIN_CHARS and marker.placed.title in marker.toolTip()
        # at the view's scale the words fit in the room the marker reserved
        zoom = page.view.transform().m11()
        pill_px = marker.rect.width() * zoom
        words_px = metrics.horizontalAdvance(shown)
        assert words_px + 2 * LABEL_PAD <= pill_px or (
            pill_px + words_px + LABEL_PAD <= marker.reserved * zoom + 0.5
        )
    long_marker = next(m for m in page.scene.markers if m.placed.title == LONG)
    assert len(long_marker.shown_label().rstrip("…")) >= MIN_CHARS
    rows: dict[float, list[tuple[float, float]]] = {}
    for marker in page.scene.markers:
        left = marker.rect.left()
        rows.setdefault(marker.rect.top(), []).append((left, left + marker.reserved))
    for spans in rows.values():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start + 1e-6  # nobody's words run into a neighbour
    for _ in range(10):  # zooming out never squeezes the words back together
        qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert page.view.transform().m11() >= page.scene.scale - 1e-9
    assert not page.view.grab().isNull()


def test_the_chosen_memory_shows_its_whole_title_and_tells_screen_readers(qtbot, journal):
    page = crowded_page(qtbot, journal)
    page.ask_heavy = lambda: False
    index = next(i for i, m in enumerate(page.scene.markers) if m.placed.title == LONG)
    page.view.setFocus()
    page.view.current = index - 1
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    marker = page.scene.markers[index]
    assert marker.isSelected() and marker.shown_label() == LONG  # the focus label
    assert LONG in page.view.accessibleName()
    heavy = next(i for i, m in enumerate(page.scene.markers) if m.placed.heavy)
    page.view.current = heavy - 1
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert page.scene.markers[heavy].shown_label() == VEILED_LABEL  # still veiled when chosen
    assert "heavy" in page.view.accessibleName()
    assert "shouting" not in page.view.accessibleName().lower()
    assert not page.view.grab().isNull()  # the focus label paints


def test_opens_at_the_top_with_one_way_to_move_along(qtbot, journal):
    page = crowded_page(qtbot, journal)
    bar = page.view.verticalScrollBar()
    assert bar.maximum() > bar.minimum()  # more rows than fit
    assert bar.value() == bar.minimum()
    bar.setValue(bar.maximum())  # far down, the ages stay in sight at the top
    ages = [item for item, _ in page.scene.header if hasattr(item, "text")]
    assert ages and all(0 <= page.view.mapFromScene(i.pos()).y() < 48 for i in ages)
    assert page.scene.plate is not None and page.scene.plate.isVisible()
    bar.setValue(bar.minimum())
    # along the axis: the mini-map, not a second scrollbar
    assert page.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    page.view.zoom(4.0)
    page.view.horizontalScrollBar().setValue(0)
    before = page.view.mapToScene(page.view.viewport().rect().center()).x()
    middle = page.minimap.height() // 2
    qtbot.mousePress(page.minimap, Qt.MouseButton.LeftButton, pos=QPoint(20, middle))
    qtbot.mouseMove(page.minimap, QPoint(page.minimap.width() - 20, middle))
    qtbot.mouseRelease(page.minimap, Qt.MouseButton.LeftButton)
    assert page.view.mapToScene(page.view.viewport().rect().center()).x() > before
    # switching views opens the other one at its top too
    bar.setValue(bar.maximum())
    page.axis.by_age.click()
    assert bar.value() == bar.minimum()


def test_age_and_year_are_two_labelled_views_reachable_by_keyboard(qtbot, journal):
    page = make_page(qtbot, journal)
    age, year = page.axis.by_age, page.axis.by_year
    assert age.accessibleName() == "By age" and year.accessibleName() == "By year"
    assert age.isChecked() and not year.isChecked()
    assert {m.placed.lane for m in page.scene.markers} == {"age"}
    assert "By year" in page.axis.hint.text()  # where the memories known by year are
    assert year.focusPolicy() & Qt.FocusPolicy.TabFocus
    year.setFocus()
    qtbot.keyClick(year, Qt.Key.Key_Space)
    assert year.isChecked()
    assert [m.placed.title for m in page.scene.markers] == ["Summer at the coast"]
    assert "By age" in page.axis.hint.text()
    age.setFocus()
    qtbot.keyClick(age, Qt.Key.Key_Space)
    assert len(page.scene.markers) == 3


def test_a_memory_in_the_other_view_is_found(qtbot, journal):
    page = make_page(qtbot, journal)
    coast = next(m for m in page.scene.memories if m.title == "Summer at the coast")
    page.focus_memory(coast.memory_id, reveal=True)
    assert page.axis.by_year.isChecked()
    assert [m.placed.title for m in page.scene.markers if m.isSelected()] == [coast.title]


def test_a_birth_date_puts_every_memory_in_both_views(qtbot, journal):
    from datetime import date

    TimelineService(journal).set_birth_date(date(1987, 3, 1))
    page = make_page(qtbot, journal)
    assert len(page.scene.markers) == 4 and not page.axis.hint.isVisible()
    page.axis.by_year.click()
    years = {m.placed.title: m.placed for m in page.scene.markers}
    bike = years["The blue bicycle"]  # around age 7, born in 1987
    assert len(years) == 4 and bike.start < 1994.5 < bike.end


def test_lane_names_are_never_clipped(qtbot, journal):
    page = crowded_page(qtbot, journal)
    page.lanes.setCurrentIndex(page.lanes.findData("feeling"))
    page._reload()
    captions = {c.text: c for c in page.scene.captions}
    assert "veiled (heavy)" in captions and "sad" in captions

    def all_fit() -> None:
        viewport = page.view.viewport().rect()
        for caption in page.scene.captions:
            width = QFontMetricsF(caption.font).horizontalAdvance(caption.text)
            assert width <= caption.rect.width() - 2 * LABEL_PAD + 0.5
            left = page.view.mapFromScene(caption.pos()).x()
            assert left >= 0 and left + caption.rect.width() <= viewport.width()

    all_fit()
    page.view.zoom(5.0)  # close up, far along: the names stay at the left edge, whole
    bar = page.view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    all_fit()


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    apply_theme(qapp, dark=True)
    try:
        yield
    finally:
        apply_theme(qapp, dark=False)  # the app light again for the tests after this one


def canvas_luminance(page: TimelinePage) -> float:
    image = page.view.viewport().grab().toImage()
    samples = [
        luminance(QColor(image.pixel(x, y)))
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(samples) / len(samples)


def test_the_canvas_follows_a_dark_palette(qtbot, journal, qapp):
    page = crowded_page(qtbot, journal)
    light = canvas_luminance(page)
    assert light > 0.6
    apply_theme(qapp, dark=True)
    try:
        qtbot.waitUntil(lambda: page.scene.backgroundBrush().color().lightness() < 80)
        assert canvas_luminance(page) < 0.1  # no glaring block
        text = page.scene.colours.text
        for marker in page.scene.markers:
            assert contrast(marker.fill, text) >= 4.5  # titles inside a marker read (WCAG AA)
        assert contrast(page.scene.colours.muted, page.scene.colours.background) >= 4.5
        assert luminance(page.minimap.grab().toImage().pixelColor(3, 3)) < 0.1
    finally:
        apply_theme(qapp, dark=False)
    qtbot.waitUntil(lambda: page.scene.backgroundBrush().color().lightness() > 200)


def test_built_in_the_dark_it_is_dark(qtbot, journal, dark):
    page = make_page(qtbot, journal)
    assert page.scene.backgroundBrush().color().lightness() < 80
    assert canvas_luminance(page) < 0.1


def test_a_wider_window_still_shows_the_whole_axis_but_keeps_a_chosen_zoom(qtbot, journal):
    page = crowded_page(qtbot, journal)
    view = page.view
    narrow = view.zoom_level
    page.resize(1300, 420)
    qtbot.waitUntil(lambda: view.zoom_level > narrow and view.zoom_level == view.fit_scale())
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    chosen = view.zoom_level
    page.resize(1000, 420)
    assert not view._refit.isActive()  # the person's zoom stays
    assert view.zoom_level == chosen


def test_an_empty_year_view_says_how_a_memory_gets_there(qtbot, journal):
    TimelineService(journal).add_memory("The den", "age 6-8")
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    page.load(JournalService(journal))
    page.axis.by_year.click()
    assert page.scene.markers == [] and page.scene.header == []  # no axis of made-up years
    assert "summer 1994" in page.axis.hint.text()
