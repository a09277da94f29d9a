"""Entries marked heavy: the editor's toggle, the veil in every list, and opening only by choice."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from innerchild_desktop.domain.entries import HEAVY_ENTRY_LABEL, NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.journal.delegates import (
    EntryDelegate,
    SearchHitDelegate,
    hit_html,
    row_lines,
)
from innerchild_desktop.ui.journal.editor_toolbar import HEAVY_NAME, HEAVY_SHORTCUT
from innerchild_desktop.ui.journal.list_model import EntryListModel
from tests.conftest import PASSPHRASE

SECRET = "The night of the storm"
WORDS = "thunder and the slammed door"


@pytest.fixture
def heavy_env(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        service.add_entry(
            NewEntry(
                title="Blue bicycle",
                body="It had a bell. Thunder later.",
                entry_date=date(2026, 1, 10),
            )
        )
        service.add_entry(
            NewEntry(
                title=SECRET,
                body=WORDS,
                tags=("family",),
                entry_date=date(2026, 1, 12),
                heavy=True,
            )
        )
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window, window.workspace.journal_page


def texts_of(model, row: int) -> str:
    index = model.index(row, 0)
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    summary = index.data(EntryListModel.SummaryRole)
    shown = [str(index.data(role) or "") for role in roles]
    if summary is not None:
        shown += list(row_lines(summary))
    return " | ".join(shown)


def paint_row(view, row: int) -> None:
    """Draw one row offscreen, as the view would (the delegate must not fail on a veiled row)."""
    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.palette = view.palette()
    option.font = view.font()
    view.itemDelegate().paint(painter, option, view.model().index(row, 0))
    painter.end()


def test_a_heavy_entry_is_veiled_in_the_list_and_the_editor_waits(heavy_env):
    _window, page = heavy_env
    heavy_row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, 0).data(EntryListModel.SummaryRole).heavy
    )
    listed = texts_of(page.model, heavy_row)
    assert SECRET not in listed and "family" not in listed and "thunder" not in listed
    assert HEAVY_ENTRY_LABEL in listed and "Open it when you choose" in listed
    paint_row(page.list, heavy_row)
    # The newest entry is the heavy one: at unlock it is chosen, and only the veil shows.
    assert page.list.currentIndex().row() == heavy_row
    assert page.right.currentWidget() is page.veil
    assert SECRET not in page.editor.title.text() and WORDS not in page.editor.body.toPlainText()
    assert page.veil.question.text().startswith("This entry is marked heavy")


def test_opening_a_heavy_entry_is_a_choice_and_it_asks_again_later(qtbot, heavy_env):
    _window, page = heavy_env
    heavy_row = page.list.currentIndex().row()
    qtbot.mouseClick(page.veil.open_button, Qt.MouseButton.LeftButton)
    assert page.right.currentWidget() is page.editor
    assert page.editor.title.text() == SECRET and page.editor.heavy_action.isChecked()
    assert "marked heavy" in page.editor.state.text()
    other = 1 - heavy_row
    page.list.setCurrentIndex(page.model.index(other, 0))
    assert page.editor.title.text() == "Blue bicycle"
    page.list.setCurrentIndex(page.model.index(heavy_row, 0))
    assert page.right.currentWidget() is page.veil  # chosen again: asked again
    assert page.editor.title.text() == "Blue bicycle"  # the heavy words are not loaded


def test_keys_on_the_veil_never_open_it(qtbot, heavy_env):
    _window, page = heavy_env
    page.veil.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Space):
        qtbot.keyClick(page.veil, key)
    assert page.right.currentWidget() is page.veil
    assert page.editor.title.text() != SECRET


def test_breathe_first_keeps_it_veiled_and_starts_breathing(qtbot, heavy_env):
    window, page = heavy_env
    with qtbot.waitSignal(page.breathe_requested, timeout=2_000):
        qtbot.mouseClick(page.veil.breathe_button, Qt.MouseButton.LeftButton)
    player = window._soothe_windows[-1]
    assert player.isVisible()
    player.close()
    assert page.right.currentWidget() is page.veil


def test_write_something_new_from_the_veil(qtbot, heavy_env):
    _window, page = heavy_env
    qtbot.mouseClick(page.veil.new_button, Qt.MouseButton.LeftButton)
    assert page.right.currentWidget() is page.editor
    assert page.editor.entry_id is None and page.editor.title.text() == ""


def test_the_toolbar_toggle_marks_the_open_entry_heavy_and_veils_its_row(qtbot, heavy_env):
    window, page = heavy_env
    row = next(r for r in range(page.model.rowCount()) if "Blue bicycle" in texts_of(page.model, r))
    page.list.setCurrentIndex(page.model.index(row, 0))
    editor = page.editor
    entry_id = editor.entry_id
    assert not editor.heavy_action.isChecked()
    button = editor.toolbar.widgetForAction(editor.heavy_action)
    assert button.accessibleName() == HEAVY_NAME and HEAVY_SHORTCUT in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # by mouse
    assert window.context.service.get_entry(entry_id).heavy  # saved at once
    assert "Blue bicycle" not in texts_of(page.model, row)
    assert HEAVY_ENTRY_LABEL in texts_of(page.model, row)
    assert editor.title.text() == "Blue bicycle"  # still open: the person is writing it
    editor.body.setFocus()
    qtbot.keyClick(
        editor.body,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not editor.heavy_action.isChecked()  # and by keyboard
    qtbot.waitUntil(lambda: not window.context.service.get_entry(entry_id).heavy, timeout=2_000)
    assert "Blue bicycle" in texts_of(page.model, row)


def test_a_new_entry_can_be_heavy_from_its_first_word(qtbot, heavy_env):
    window, page = heavy_env
    page.editor.new_entry()
    page.editor.heavy_action.trigger()
    qtbot.keyClicks(page.editor.body, "Something hard")
    entry_id = page.editor.flush()
    assert entry_id and window.context.service.get_entry(entry_id).heavy


def test_search_finds_a_heavy_entry_but_veils_it(qtbot, heavy_env):
    _window, page = heavy_env
    qtbot.keyClicks(page.search, "thunder")
    qtbot.waitUntil(lambda: page.left_stack.currentIndex() == 3, timeout=2_000)
    hits = page.results.hits
    assert len(hits) == 2
    heavy = next(h for h in hits if h.heavy)
    row = hits.index(heavy)
    shown = page.results.index(row, 0)
    html = hit_html(heavy, "#000000", "#666666")
    for text in (html, shown.data(), shown.data(Qt.ItemDataRole.AccessibleTextRole)):
        assert SECRET not in text and "slammed" not in text
    assert "A heavy entry" in html and "open it when you choose" in html
    assert "<b>Thunder</b>" in hit_html(hits[1 - row], "#000000", "#666666")
    paint_row(page.result_list, row)
    page.result_list.setCurrentIndex(shown)
    assert page.right.currentWidget() is page.veil
    assert isinstance(page.result_list.itemDelegate(), SearchHitDelegate)


def test_the_calendar_day_list_veils_a_heavy_entry(qtbot, heavy_env):
    _window, page = heavy_env
    page.modes.button(1).click()
    page.calendar.setCurrentPage(2026, 1)
    page.show_day(date(2026, 1, 12))
    assert page.day_model.rowCount() == 1
    shown = texts_of(page.day_model, 0)
    assert SECRET not in shown and HEAVY_ENTRY_LABEL in shown
    assert isinstance(page.day_list.itemDelegate(), EntryDelegate)
    paint_row(page.day_list, 0)
    assert page.right.currentWidget() is page.veil


def test_on_this_day_never_brings_back_heavy_or_distressing_entries(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        service.set_on_this_day(True)
        for title, distress, heavy in (
            ("Gentle one", 2, False),
            ("Unrated one", None, False),
            ("Heavy one", None, True),
            ("Seven", 7, False),
            ("Nine", 9, False),
        ):
            service.add_entry(
                NewEntry(title=title, entry_date=date(2024, 3, 5), distress=distress, heavy=heavy)
            )
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    page.today = lambda: date(2026, 3, 5)
    page._refresh_on_this_day()
    assert "2 entries" in page.on_this_day.text()
    qtbot.mouseClick(page.on_this_day, Qt.MouseButton.LeftButton)
    titles = {
        page.day_model.index(r, 0).data(EntryListModel.SummaryRole).title
        for r in range(page.day_model.rowCount())
    }
    assert titles == {"Gentle one", "Unrated one"}


def test_a_reply_links_to_a_heavy_letter_without_its_title(qtbot, heavy_env):
    from innerchild_desktop.domain.entries import EntryKind

    window, page = heavy_env
    service = window.context.service
    letter = service.add_entry(
        NewEntry(title="Dear little me, about that night", kind=EntryKind.LETTER_TO, heavy=True)
    )
    reply = service.add_entry(
        NewEntry(title="Dear grown-up me", kind=EntryKind.LETTER_FROM, reply_to=letter)
    )
    page.open_entry(reply)
    assert page.right.currentWidget() is page.editor
    thread = page.editor.thread_label.text()
    assert "In reply to" in thread and "A heavy entry" in thread and "that night" not in thread
    page.editor.thread_label.linkActivated.emit(f"entry:{letter}")  # following the link asks
    assert page.right.currentWidget() is page.veil and page.veil.entry_id == letter
