"""Switching the window's language while it runs, without losing a word.

Every screen is built with its words translated at that moment, so a new language needs new
screens. The switch saves what is being written first, then builds a fresh window in the new
language on the same open journal (it stays unlocked: no passphrase again), puts it where the
old one was, on the same page and the same entry, and lets the old window go without locking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from innerchild_desktop.ui.i18n import set_language

if TYPE_CHECKING:
    from innerchild_desktop.ui.main_window import MainWindow

_current: list[MainWindow] = []  # the window in front: kept alive after the old one goes


def switch_language(window: MainWindow, choice: str) -> MainWindow:
    """Store ``choice`` ("system", "en", "es", "de"), then show a new window speaking it."""
    from innerchild_desktop.ui.main_window import MainWindow

    unlocked = window.context.unlocked
    page_row, entry_id = 0, None
    if unlocked:
        window.workspace.flush()  # the unsaved text is saved before anything else happens
        page_row = window.workspace.navigation.currentRow()
        entry_id = window.workspace.journal_page.editor.entry_id
    set_language(choice)
    window.hand_over()  # background work stops; the journal stays open
    fresh = MainWindow(window.context)
    fresh.ensure_built()
    fresh.restoreGeometry(window.saveGeometry())
    if unlocked:
        fresh.enter_workspace()
        fresh.workspace.navigation.setCurrentRow(page_row)
        if entry_id is not None:
            fresh.workspace.journal_page.open_entry(entry_id)
        fresh.workspace.settings_page.language.focus_choice()
    if window.isMinimized():
        fresh.showMinimized()
    elif window.isVisible():
        fresh.show()
        fresh.activateWindow()
    window.close()
    window.deleteLater()
    _current[:] = [fresh]
    return fresh
