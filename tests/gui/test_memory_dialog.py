"""Memories in the window: add one (toolbar, empty timeline, Ctrl+M, a journal entry), the live
preview of where its time will sit, the heavy veil, photos, and delete with Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.ui.timeline.edit_dialog import MemoryDialog
from innerchild_desktop.ui.timeline.page import TimelinePage
from tests.conftest import PASSPHRASE


def open_page(qtbot, journal) -> TimelinePage:
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load(JournalService(journal))
    return page


def the_dialog(qtbot, page: TimelinePage) -> MemoryDialog:
    qtbot.waitUntil(lambda: page.editor_dialog is not None and page.editor_dialog.isVisible())
    dialog = page.editor_dialog
    assert dialog is not None
    return dialog


def unlocked_window(qtbot, make_window, paths, fill=None):  # type: ignore[no-untyped-def]
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF

    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        result = fill(journal) if fill else None
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window, result


def test_add_a_memory_from_the_toolbar(qtbot, journal):
    TimelineService(journal).add_memory("The den", "age 6-8")
    page = open_page(qtbot, journal)
    assert page.add_button.isVisible() and page.add_button.accessibleName() == "Add a memory…"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot, page)
    assert dialog.windowTitle() == "Add a memory" and dialog.save_button.isDefault()
    qtbot.keyClicks(dialog.title, "The blue bicycle")
    qtbot.keyClicks(dialog.when, "around age 7")
    dialog.feelings.actions_by_name["joyful"].trigger()
    dialog.feelings.actions_by_name["proud"].trigger()
    dialog.needs.actions_by_name["play"].trigger()
    dialog.people.setText("Grandad, Aunt Rosa")
    dialog.place.setText("the park")
    dialog.body.setPlainText("It had a bell.")
    assert dialog.feelings.text() == "joyful, proud"
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter saves: Save is the default button
    qtbot.waitUntil(lambda: page.editor_dialog is None)
    row = next(r for r in TimelineService(journal).timeline() if r.title == "The blue bicycle")
    assert (row.span_start, row.span_end) == (6.5, 8.5)
    assert row.emotions == ("joyful", "proud") and row.needs == ("play",)
    assert row.people == ("Grandad", "Aunt Rosa") and row.place == "the park"
    assert row.body == "It had a bell." and not row.heavy
    assert page.shown_memory == row.id and "It had a bell." in page.card.toPlainText()
    assert page.filter.findData("feeling:proud") >= 0  # its feelings join the filter


def test_the_empty_timeline_invites_with_a_button(qtbot, journal):
    page = open_page(qtbot, journal)
    assert page.empty_holder.isVisible() and not page.body.isVisible()
    words = " ".join(w.text() for w in page.empty_state.findChildren(QLabel))
    assert "rough time" in words and "innerchild" not in words  # no command to type
    assert not page.lanes.isVisible() and not page.add_button.isVisible()  # one clear step
    page.empty_add_button.setFocus()
    qtbot.keyClick(page.empty_add_button, Qt.Key.Key_Space)  # keyboard works too
    dialog = the_dialog(qtbot, page)
    dialog.title.setText("Grandma's kitchen")
    dialog.when.setText("preschool")
    assert dialog.save()
    assert not page.empty_holder.isVisible() and page.body.isVisible()
    assert [m.placed.title for m in page.scene.markers] == ["Grandma's kitchen"]
    assert TimelineService(journal).timeline()[0].stage == "preschool"


def test_ctrl_m_adds_a_memory_from_any_page(qtbot, make_window, paths):
    window, _ = unlocked_window(qtbot, make_window, paths)
    assert window.workspace.stack.currentWidget() is window.workspace.journal_page
    assert window.memory_action.shortcut().toString() == "Ctrl+M"
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    page = window.workspace.timeline_page
    dialog = the_dialog(qtbot, page)
    dialog.title.setText("The swing")
    dialog.when.setText("toddler")
    assert dialog.save()
    assert window.workspace.stack.currentWidget() is page  # the new memory is shown in place
    assert [m.placed.title for m in page.scene.markers] == ["The swing"]


def test_make_this_a_memory_from_a_journal_entry(qtbot, make_window, paths):
    from innerchild_desktop.domain.entries import NewEntry
    from innerchild_desktop.store.memories import linked_entries

    def fill(journal):  # type: ignore[no-untyped-def]
        return JournalService(journal).add_entry(
            NewEntry(title="The day the kite flew", body="We ran down the hill.")
        )

    window, entry_id = unlocked_window(qtbot, make_window, paths, fill)
    journal_page = window.workspace.journal_page
    journal_page.open_entry(entry_id)
    assert journal_page.editor.entry_id == entry_id
    editor = journal_page.editor
    assert editor.memory_action.toolTip() == "Make this a memory (Ctrl+Shift+M)"
    editor.memory_action.trigger()
    page = window.workspace.timeline_page
    dialog = the_dialog(qtbot, page)
    assert dialog.title.text() == "The day the kite flew"
    assert dialog.link.isChecked() and "The day the kite flew" in dialog.link.text()
    assert not dialog.heavy.isChecked()
    dialog.when.setText("around age 9")
    assert dialog.save()
    memory_id = page.shown_memory
    assert memory_id and linked_entries(window.context.journal.conn, memory_id) == [entry_id]
    assert window.workspace.stack.currentWidget() is page


def test_a_memory_from_a_heavy_entry_starts_heavy_and_can_skip_the_link(qtbot, journal):
    from innerchild_desktop.domain.entries import NewEntry
    from innerchild_desktop.store.memories import linked_entries

    service = JournalService(journal)
    entry_id = service.add_entry(NewEntry(title="", body="That night at the station", heavy=True))
    page = open_page(qtbot, journal)
    page.add_memory(entry_id)
    dialog = the_dialog(qtbot, page)
    assert dialog.title.text() == "That night at the station"  # first line when untitled
    assert dialog.heavy.isChecked()
    dialog.link.setChecked(False)
    dialog.when.setText("age 12")
    assert dialog.save()
    row = TimelineService(journal).timeline()[0]
    assert row.heavy and linked_entries(journal.conn, row.id) == []


def test_live_preview_of_where_the_time_will_sit(qtbot, journal):
    from datetime import date

    page = open_page(qtbot, journal)
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    assert "Roughly is fine" in dialog.preview.text()  # nothing typed yet: a gentle hint
    qtbot.keyClicks(dialog.when, "around age 7")
    assert dialog.preview.text() == "around age 7 → ages 6–8"  # no birth date: what's understood
    dialog.when.setText("in high school")
    assert dialog.preview.text() == "high school (14–17) → ages 14–17"
    dialog.when.setText("summer 1994")
    assert dialog.preview.text().startswith("summer 1994 → in 1994, on the Year line")
    dialog.when.setText("sometime")
    text = dialog.preview.text()
    assert text.startswith('I couldn\'t read "sometime" as a time.')
    assert '"around age 7"' in text and '"toddler"' in text and "Roughly is fine." in text
    assert dialog.preview.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()
    TimelineService(journal).set_birth_date(date(1987, 3, 10))
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    dialog.when.setText("around age 7")
    assert dialog.preview.text() == "around age 7 → ages 6–8, about 1993–1995"


def test_a_heavy_memory_is_kept_veiled(qtbot, journal):
    page = open_page(qtbot, journal)
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    assert dialog.heavy.text() == "This is heavy — keep it veiled"
    dialog.title.setText("The shouting")
    dialog.when.setText("age 9")
    dialog.body.setPlainText("Hard night.")
    dialog.heavy.setFocus()
    qtbot.keyClick(dialog.heavy, Qt.Key.Key_Space)
    assert dialog.save()
    row = TimelineService(journal).timeline()[0]
    assert row.heavy
    assert "Hard night" not in page.card.toPlainText() and "veiled" in page.card.toPlainText()
    assert page.scene.markers[0].placed.heavy and not page.edit_button.isEnabled()


def test_a_photo_chosen_while_adding_is_kept_with_the_memory(qtbot, journal, tmp_path):
    from tests.gui.test_journal_page import real_png

    page = open_page(qtbot, journal)
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    photo = tmp_path / "bike.png"
    photo.write_bytes(real_png())
    not_a_photo = tmp_path / "notes.txt"
    not_a_photo.write_text("just words")
    assert not dialog.add_photo(not_a_photo) and "not a photo" in dialog.error.text()
    assert dialog.add_photo(photo) and "bike.png" in dialog.photo_text.text()
    kept = journal.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    assert kept == 0  # nothing is written before Save
    dialog.title.setText("The blue bicycle")
    dialog.when.setText("around 7")
    assert dialog.save()
    memory_id = TimelineService(journal).timeline()[0].id
    assert len(TimelineService(journal).photo_ids(memory_id)) == 1
    assert "attachment:" in page.card.toHtml() and page.card.refused == []


def test_cancel_keeps_nothing_and_a_bad_time_keeps_the_dialog_open(qtbot, journal):
    page = open_page(qtbot, journal)
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    dialog.title.setText("Something")
    dialog.when.setText("sometime")
    assert not dialog.save() and dialog.isVisible()
    assert "around age 7" in dialog.error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.editor_dialog is None)
    assert TimelineService(journal).timeline() == []


def test_delete_with_undo_by_mouse_and_keyboard(qtbot, journal):
    bike = TimelineService(journal).add_memory(
        "The blue bicycle", "around 7", body="It had a bell."
    )
    den = TimelineService(journal).add_memory("The den", "age 6-8")
    page = open_page(qtbot, journal)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.focus_memory(bike, reveal=True)
    assert page.delete_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # no question: Undo instead
    assert [m.placed.title for m in page.scene.markers] == ["The den"]
    assert [r.id for r in TimelineService(journal).timeline()] == [den]
    assert JournalService(journal).search("bell") == []  # out of search too
    assert page.undo_bar.isVisible() and "until the journal locks" in page.undo_bar.text.text()
    assert page.undo_bar.undo_button.hasFocus()  # reachable at once by keyboard
    qtbot.keyClick(page.undo_bar.undo_button, Qt.Key.Key_Space)
    assert {r.id for r in TimelineService(journal).timeline()} == {bike, den}
    assert not page.undo_bar.isVisible() and page.shown_memory == bike
    assert [h.title for h in JournalService(journal).search("bell")] == ["The blue bicycle"]
    # the Delete key on the timeline, then Ctrl+Z
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [r.id for r in TimelineService(journal).timeline()] == [den]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {r.id for r in TimelineService(journal).timeline()} == {bike, den}


def test_a_deleted_memory_is_gone_for_good_when_the_journal_locks(qtbot, journal):
    bike = TimelineService(journal).add_memory("The blue bicycle", "around 7")
    page = open_page(qtbot, journal)
    page.focus_memory(bike, reveal=True)
    page.delete_memory()
    assert journal.conn.execute("SELECT count(*) FROM memories").fetchone()[0] == 1  # undoable
    page.clear()
    assert journal.conn.execute("SELECT count(*) FROM memories").fetchone()[0] == 0
    assert not page.undo_bar.isVisible()


def test_a_veiled_memory_cannot_be_deleted_unseen(qtbot, journal):
    TimelineService(journal).add_memory("The den", "age 6-8")
    TimelineService(journal).add_memory("The shouting", "age 9", heavy=True)
    page = open_page(qtbot, journal)
    page.ask_heavy = lambda: False
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # the den, shown
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # the heavy one, kept veiled
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(TimelineService(journal).timeline()) == 2 and not page.delete_button.isEnabled()


def test_locking_with_the_dialog_open_keeps_what_was_typed(qtbot, journal):
    page = open_page(qtbot, journal)
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    dialog.title.setText("The attic")
    dialog.when.setText("age 5")
    page.clear()
    assert [r.title for r in TimelineService(journal).timeline()] == ["The attic"]
    assert page.editor_dialog is None and page.scene.markers == []


def test_the_dialog_and_empty_timeline_are_named_and_reachable_by_tab(qtbot, journal):
    from tests.gui.test_accessibility import unnamed

    page = open_page(qtbot, journal)
    assert unnamed(page) == []
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    assert unnamed(dialog) == []
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.title.setFocus()
    chain = []
    for _ in range(20):
        chain.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() is chain[0]:
            break
    for widget in (
        dialog.when,
        dialog.feelings,
        dialog.needs,
        dialog.people,
        dialog.place,
        dialog.body,  # Tab leaves the text, it doesn't type a tab into it
        dialog.photo_button,
        dialog.heavy,
        dialog.save_button,
    ):
        assert widget in chain, widget.accessibleName()
    assert chain.index(dialog.when) < chain.index(dialog.body) < chain.index(dialog.save_button)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen popups
def test_several_feelings_can_be_ticked_without_the_menu_closing(qtbot):
    from PySide6.QtCore import QPoint

    from innerchild_desktop.ui.timeline.pickers import feelings_picker

    picker = feelings_picker(["safe"])
    qtbot.addWidget(picker)
    picker.show()
    menu = picker.menu()
    menu.popup(picker.mapToGlobal(QPoint(0, picker.height())))
    qtbot.waitUntil(menu.isVisible)
    for name in ("joyful", "calm"):
        menu.setActiveAction(picker.actions_by_name[name])
        qtbot.keyClick(menu, Qt.Key.Key_Space)
        assert menu.isVisible()  # still open for the next one
    assert picker.chosen() == ["joyful", "calm", "safe"]  # in the wheel's order
    assert picker.text() == "joyful, calm, safe"
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_one_dialog_edits_every_field_and_shows_linked_entries(qtbot, journal):
    from innerchild_desktop.domain.entries import NewEntry

    entry_id = JournalService(journal).add_entry(NewEntry(title="After group"))
    bike = TimelineService(journal).add_memory(
        "The blue bicycle",
        "around 7",
        feelings=["joyful"],
        people=["Grandad"],
        linked_entries=[entry_id],
    )
    page = open_page(qtbot, journal)
    page.focus_memory(bike, reveal=True)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot, page)
    assert dialog.windowTitle() == "Edit memory"
    assert dialog.feelings.chosen() == ["joyful"] and dialog.people.text() == "Grandad"
    assert dialog.linked_text.text() == "Linked: After group" and not dialog.link.isVisible()
    dialog.needs.set_chosen(["safety"])
    dialog.people.setText("Grandad, Mum")
    dialog.place.setText("the lane")
    dialog.when.setText("toddler")
    assert dialog.save()
    row = TimelineService(journal).memory(bike)
    assert row is not None and row.needs == ("safety",) and row.people == ("Grandad", "Mum")
    assert row.place == "the lane" and row.stage == "toddler" and row.emotions == ("joyful",)
    assert page.shown_memory == bike  # the edited memory stays in view
