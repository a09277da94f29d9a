"""Settings → Language (issue 19): the window switches language in place, with what is being
written saved first and the journal still open; the lock screen speaks the chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from innerchild_desktop.domain import i18n
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui import language_switch
from innerchild_desktop.ui.i18n import install_translators
from tests.conftest import PASSPHRASE
from tests.gui.test_shell import unlock


@pytest.fixture
def window(make_window, paths):  # type: ignore[no-untyped-def]
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    return make_window()


@pytest.fixture(autouse=True)
def _back_to_english(qapp):  # type: ignore[no-untyped-def]
    yield
    QSettings().remove("ui/language")
    install_translators(qapp, "en")
    for fresh in language_switch._current:
        fresh.close()
    language_switch._current.clear()


def test_switching_keeps_unsaved_words_and_the_journal_open(qtbot, window):
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    page.editor.new_entry()
    qtbot.keyClicks(page.editor.body, "Words not yet saved")  # (autosave has not run)
    window.workspace.show_page(window.workspace.settings_page.title)
    section = window.workspace.settings_page.language
    assert not section.apply.isEnabled()  # nothing to switch to yet
    section.choice.setCurrentIndex(section.choice.findData("es"))
    assert section.apply.isEnabled()
    qtbot.mouseClick(section.apply, Qt.MouseButton.LeftButton)
    fresh = language_switch._current[0]
    qtbot.addWidget(fresh)
    assert fresh is not window and fresh.isVisible()
    assert i18n.current_language() == "es"
    assert QSettings().value("ui/language") == "es"
    assert fresh.context is window.context and fresh.context.unlocked  # no passphrase again
    entries = fresh.context.service.list_entries()
    assert len(entries) == 1
    saved = fresh.context.service.get_entry(entries[0].id)
    assert saved is not None and saved.body == "Words not yet saved"
    assert fresh.workspace.journal_page.editor.entry_id == saved.id
    assert fresh.workspace.journal_page.editor.body.toPlainText() == "Words not yet saved"
    assert fresh.workspace.navigation.currentRow() == window.workspace.navigation.currentRow()
    assert fresh.workspace.settings_page.language.choice.currentData() == "es"
    qtbot.waitUntil(lambda: not window.isVisible())
    # The old window let go without locking; the new one locks as before.
    fresh.lock()
    assert not fresh.context.unlocked


def test_the_lock_screen_follows_the_choice_before_unlocking(qtbot, window, make_window):
    QSettings().setValue("ui/language", "de")
    install_translators(QApplication.instance())
    assert i18n.current_language() == "de"
    again = make_window()
    assert again.lock_screen.isVisible()
