"""The memory timeline: fuzzy times placed on calm lanes, heavy memories veiled until asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.ui.timeline.page import TimelinePage
from innerchild_desktop.ui.timeline.scene import pack_rows


def test_overlapping_memories_get_their_own_rows() -> None:
    assert pack_rows([(0, 100), (50, 150), (120, 130), (160, 200)], 10) == [0, 1, 0, 0]
    assert pack_rows([(0, 5), (6, 8)], 20) == [0, 1]  # short spans still get room


def make_page(qtbot, journal) -> TimelinePage:
    TimelineService(journal).add_memory(
        "The blue bicycle",
        "around 7",
        feelings=["joyful"],
        needs=["play"],
        body="It had a bell.",
    )
    TimelineService(journal).add_memory("The den", "age 6-8", feelings=["safe"])
    TimelineService(journal).add_memory("The shouting", "age 9", heavy=True, body="Hard night.")
    TimelineService(journal).add_memory("Summer at the coast", "summer 1994")
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load(JournalService(journal))
    return page


def test_lanes_widths_and_veils(qtbot, journal):
    page = make_page(qtbot, journal)
    markers = {m.placed.title: m for m in page.scene.markers}
    assert set(markers) == {"The blue bicycle", "The den", "The shouting"}  # "By age" opens
    den, bike = markers["The den"], markers["The blue bicycle"]
    assert den.rect.width() > bike.rect.width()  # ages 6–8 is less certain than "around 7"
    assert den.rect.top() != bike.rect.top()  # they overlap in time, so they stack
    heavy = markers["The shouting"]
    assert (
        heavy.placed.heavy
        and "heavy" in heavy.toolTip()
        and "shouting" not in heavy.toolTip().lower()
    )
    page.axis.by_year.click()  # known only by a year: its own view
    assert [m.placed.title for m in page.scene.markers] == ["Summer at the coast"]
    assert page.scene.markers[0].placed.lane == "calendar"


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


def test_review_walks_gently_saves_reflections_and_links_a_response(qtbot, journal):
    from innerchild_desktop.store.memories import linked_entries
    from innerchild_desktop.ui.timeline.review import ReviewDialog

    page = make_page(qtbot, journal)
    service = JournalService(journal)
    review = ReviewDialog(TimelineService(journal))
    qtbot.addWidget(review)
    titles = [r.title for r in review.rows]
    assert "The shouting" not in titles  # heavy memories wait for an invitation
    assert titles[:2] == ["The blue bicycle", "The den"]  # same middle: the surer one first
    review.fields["what_i_needed"].setPlainText("A blanket and someone nearby.")
    review.response.setPlainText("You were so brave.")
    review.go(1)
    first = review.rows[0]
    assert first.what_i_needed == "A blanket and someone nearby."
    linked = linked_entries(journal.conn, first.id)
    assert len(linked) == 1 and service.get_entry(linked[0]).body == "You were so brave."
    review.close()
    again = ReviewDialog(TimelineService(journal))  # the place in the walk is kept
    qtbot.addWidget(again)
    assert again.rows[again.index].title == review.rows[1].title
    again.include_heavy.setChecked(True)
    assert "The shouting" in [r.title for r in again.rows]
    assert page is not None


def test_write_about_a_memory_opens_a_linked_reflection(qtbot, make_window, paths):
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from innerchild_desktop.store.memories import linked_entries
    from tests.conftest import PASSPHRASE

    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        memory_id = TimelineService(journal).add_memory("The blue bicycle", "around 7")
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.write_about_memory(memory_id)
    editor = window.workspace.journal_page.editor
    assert "The blue bicycle" in editor.prompt_label.text()
    assert editor.entry_id in linked_entries(window.context.journal.conn, memory_id)


def test_filters_by_feeling_and_need(qtbot, journal):
    page = make_page(qtbot, journal)
    page.filter.setCurrentIndex(page.filter.findData("feeling:joyful"))
    page._reload()
    assert [m.placed.title for m in page.scene.markers] == ["The blue bicycle"]
    page.filter.setCurrentIndex(page.filter.findData("need:play"))
    page._reload()
    assert [m.placed.title for m in page.scene.markers] == ["The blue bicycle"]
    page.filter.setCurrentIndex(0)
    page._reload()
    assert len(page.scene.memories) == 4  # both views


def test_birth_date_brings_calendar_memories_onto_the_age_axis(qtbot, journal):
    from datetime import date

    from innerchild_desktop.domain.memories import lane_of

    page = make_page(qtbot, journal)
    coast_placed = next(m for m in page.scene.memories if m.title == "Summer at the coast")
    assert coast_placed.lane == "calendar"
    changed = TimelineService(journal).set_birth_date(date(1987, 3, 1))
    assert len(changed.memory_ids) == 4 and changed.placement
    page.load(JournalService(journal))
    coast = next(m for m in page.scene.markers if m.placed.title == "Summer at the coast")
    assert coast.placed.lane == "age" and 7.0 < coast.placed.start < 7.5
    rows = {r.title: r for r in TimelineService(journal).timeline()}
    assert rows["Summer at the coast"].stage == "primary school"
    TimelineService(journal).set_birth_date(None)
    assert lane_of(TimelineService(journal).timeline()[-1]) == "calendar"


def test_birth_date_setting_replaces_memories(qtbot, make_window, paths):
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from tests.conftest import PASSPHRASE

    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        TimelineService(journal).add_memory("Summer at the coast", "summer 1994")
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Timeline")
    window.workspace.show_page("Settings")  # pages load when first shown
    settings = window.workspace.settings_page
    settings.birth_known.setChecked(True)
    from PySide6.QtCore import QDate

    settings.birth.setDate(QDate(1987, 3, 1))
    marker = window.workspace.timeline_page.scene.markers[0]
    assert marker.placed.lane == "age"
    assert window.context.service.setting("birth_date") == "1987-03-01"


def test_density_overview_and_minimap(qtbot, journal):
    from innerchild_desktop.ui.timeline.scene import Placed, density

    items = [
        Placed("a", "a", "", "age", 6.5, 8.5, False, None),
        Placed("b", "b", "", "age", 7.0, 8.0, False, None),
    ]
    assert density(items, 0, 10)[6:9] == [1, 2, 1]
    page = make_page(qtbot, journal)
    assert sum(page.scene.densities["Age"]) >= 3 and page.scene.densities["Year"] == [1]
    page.view.zoom(6.0)  # close up on one part, then jump with the overview
    page.view.horizontalScrollBar().setValue(0)
    from PySide6.QtCore import QPoint

    target = QPoint(page.minimap.width() - 10, page.minimap.height() // 2)
    before = page.view.mapToScene(page.view.viewport().rect().center())
    qtbot.mouseClick(page.minimap, Qt.MouseButton.LeftButton, pos=target)
    after = page.view.mapToScene(page.view.viewport().rect().center())
    assert after != before


def test_lanes_by_feeling_keep_each_group_together(qtbot, journal):
    from innerchild_desktop.ui.timeline.scene import Placed, grouped_rows

    items = [
        Placed("a", "a", "", "age", 1, 2, False, None, "joyful"),
        Placed("b", "b", "", "age", 1, 2, False, None, "calm"),
        Placed("c", "c", "", "age", 5, 6, False, None, "joyful"),
    ]
    rows, tops = grouped_rows(items, 0.0)
    assert tops == [("calm", 0), ("joyful", 1)] and rows == [1, 0, 1]
    page = make_page(qtbot, journal)
    page.lanes.setCurrentIndex(page.lanes.findData("feeling"))
    page._reload()
    groups = {m.placed.title: m.placed.group for m in page.scene.markers}
    assert groups["The blue bicycle"] == "joyful" and groups["The den"] == "safe"
    assert groups["The shouting"] == "veiled (heavy)"  # no details of a heavy memory


def test_edit_a_memory_in_place(qtbot, journal):
    page = make_page(qtbot, journal)
    bike = next(m for m in page.scene.markers if m.placed.title == "The blue bicycle")
    page.show_marker(bike)
    page.edit_memory()
    dialog = page.editor_dialog
    dialog.when.setText("sometime")
    dialog.save()
    assert "around age 7" in dialog.error.text() and dialog.isVisible()
    dialog.when.setText("age 10")
    dialog.title.setText("The red bicycle")
    dialog.save()
    rows = {r.title: r for r in TimelineService(journal).timeline()}
    assert rows["The red bicycle"].span_start == 10.0
    assert [m.placed.title for m in page.scene.markers if "bicycle" in m.placed.title] == [
        "The red bicycle"
    ]
    assert [h.title for h in JournalService(journal).search("red bicycle")] == ["The red bicycle"]


def test_my_own_life_stages(qtbot, make_window, paths):
    from innerchild_desktop.domain.errors import InvalidInput
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from tests.conftest import PASSPHRASE

    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        with pytest.raises(InvalidInput, match="Line 1"):
            TimelineService(journal).set_user_stages("Elm Street 4-9")
        TimelineService(journal).set_user_stages(
            "when we lived on Elm Street: 4-9\nLeeds: 1998-2003"
        )
        memory = TimelineService(journal).add_memory("The attic", "when we lived on Elm Street")
        row = next(r for r in TimelineService(journal).timeline() if r.id == memory)
        assert (row.span_start, row.span_end) == (4.0, 10.0)
        assert TimelineService(journal).stages_text() == (
            "when we lived on Elm Street: 4-9\nLeeds: 1998-2003"
        )
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Settings")
    settings = window.workspace.settings_page
    assert "Elm Street: 4-9" in settings.stages.toPlainText()
    settings.stages.setPlainText("nonsense")
    settings.save_stages.click()
    assert "Line 1" in settings.stages_message.text()


def test_filters_by_person_and_tag(qtbot, journal):
    TimelineService(journal).add_memory(
        "Kite day", "age 8", people=["Aunt Rosa"], tags=["outdoors"]
    )
    page = make_page(qtbot, journal)
    page.filter.setCurrentIndex(page.filter.findData("person:Aunt Rosa"))
    page._reload()
    assert [m.placed.title for m in page.scene.markers] == ["Kite day"]
    page.filter.setCurrentIndex(page.filter.findData("tag:outdoors"))
    page._reload()
    assert [m.placed.title for m in page.scene.markers] == ["Kite day"]
    assert [h.title for h in JournalService(journal).search("tag:outdoors")] == ["Kite day"]


def test_a_photo_kept_with_a_memory_shows_on_its_card(qtbot, journal, tmp_path):
    from tests.gui.test_journal_page import real_png

    page = make_page(qtbot, journal)
    bike = next(m for m in page.scene.markers if m.placed.title == "The blue bicycle")
    page.show_marker(bike)
    page.edit_memory()
    photo = tmp_path / "bike.png"
    photo.write_bytes(real_png())
    assert page.editor_dialog.add_photo(photo)
    page.editor_dialog.save()
    bike = next(m for m in page.scene.markers if m.placed.title == "The blue bicycle")
    page.show_marker(bike)
    assert "attachment:" in page.card.toHtml()  # the photo, from the journal itself
    assert page.card.refused == []  # nothing from outside the journal was asked for
