"""The comfort box: add, edit, remove (with undo) by keyboard; the end of "I feel overwhelmed"
offers it only after the exercise; while locked only the cards chosen for that show."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.comfort import ComfortService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.comfort import box as box_module
from innerchild_desktop.ui.comfort.box import ComfortBoxDialog
from innerchild_desktop.ui.comfort.editors import CardEditor
from innerchild_desktop.ui.soothe.player import AFTER, BREATHING
from innerchild_desktop.ui.soothe.prefs import MemoryStore, SoothePrefs
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed


def texts(dialog: ComfortBoxDialog) -> list[str]:
    return [card.item.text for card in dialog.cards]


def test_add_edit_remove_and_undo_by_keyboard(qtbot, journal, monkeypatch):
    service = ComfortService(journal)
    dialog = ComfortBoxDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.empty.isVisible() and "start with a card" in dialog.empty.text()
    assert dialog.focusWidget() is dialog.add_buttons["card"]
    answers = iter([("call Maya", False), ("cold water on my wrists", True)])
    monkeypatch.setattr(CardEditor, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    qtbot.keyClick(dialog.add_buttons["card"], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # focus stays on Add a card
    assert texts(dialog) == ["call Maya", "cold water on my wrists"]
    assert [i.text for i in service.load().items] == texts(dialog)
    assert not dialog.empty.isVisible()
    assert unnamed(dialog) == []

    monkeypatch.setattr(
        CardEditor, "ask", classmethod(lambda cls, *a, **k: ("call Maya now", False))
    )
    qtbot.keyClick(dialog.cards[0].edit_button, Qt.Key.Key_Space)
    assert texts(dialog)[0] == "call Maya now"

    qtbot.keyClick(dialog.cards[0].remove_button, Qt.Key.Key_Space)
    assert texts(dialog) == ["cold water on my wrists"]
    assert dialog.undo.isVisible() and dialog.focusWidget() is dialog.undo.undo_button
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(dialog) == ["call Maya now", "cold water on my wrists"]  # back in its place
    assert [i.text for i in service.load().items] == texts(dialog)
    assert not dialog.undo.isVisible()


def test_the_card_editor_is_typed_into_and_locked_view_is_off_by_default(qtbot):
    editor = CardEditor()
    qtbot.addWidget(editor)
    editor.show()
    assert editor.focusWidget() is editor.words and not editor.locked.isChecked()
    qtbot.keyClicks(editor.words, "breathe with Biscuit")
    qtbot.keyClick(editor.words, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.locked
    assert editor.keep.isDefault() and unnamed(editor) == []
    passage = CardEditor("a passage", kind="passage")
    qtbot.addWidget(passage)
    assert not passage.locked.isVisibleTo(passage)  # only cards can show while locked


@pytest.fixture
def journal_with_cards(paths):  # type: ignore[no-untyped-def]
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = ComfortService(journal)
        service.add_card("hold the smooth stone", show_while_locked=True)
        service.add_card("call Maya")
    return paths


def test_locked_the_end_page_offers_only_the_ticked_cards(qtbot, make_window, journal_with_cards):
    window = make_window()
    window.launcher.prefs = SoothePrefs(MemoryStore())
    window.overwhelmed_action.trigger()
    player = window._soothe_windows[-1]
    assert player.pages.currentIndex() == BREATHING
    assert not player.after_page.comfort_button.isVisible()  # never during the exercise
    player.stop()
    assert player.pages.currentIndex() == AFTER
    button = player.after_page.comfort_button
    assert button.isVisible() and not button.isDefault()  # quiet: Back stays the default
    assert player.focusWidget() is player.after_page.back_button
    button.click()
    assert not player.isVisible()
    assert len(window.pending_sessions) == 1  # the session was finished, not lost
    dialog = window.comfort_dialog
    assert dialog.isVisible() and not dialog.editable
    assert texts(dialog) == ["hold the smooth stone"]  # not "call Maya"
    assert "photos, voice notes" in dialog.intro.text()
    assert dialog.add_buttons == {} and not hasattr(dialog.cards[0], "remove_button")
    dialog.close()


def test_locked_with_no_ticked_cards_the_end_page_does_not_offer_it(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    window.launcher.prefs = SoothePrefs(MemoryStore())
    window.overwhelmed_action.trigger()
    player = window._soothe_windows[-1]
    player.stop()
    assert not player.after_page.comfort_button.isVisible()
    player.close()


def test_unlocked_the_soothe_page_opens_the_whole_box_and_locking_closes_it(
    qtbot, make_window, journal_with_cards
):
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.soothe_page
    assert page.comfort_button.accessibleName() == "My comfort box"
    box_module.open_from(page.comfort_button)
    dialog = window.comfort_dialog
    assert dialog.isVisible() and dialog.editable
    assert texts(dialog) == ["hold the smooth stone", "call Maya"]
    window.lock()
    # Closed and deleted: its words leave the screen and the memory of the window.
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5_000)
