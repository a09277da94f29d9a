"""Looking back: opened from the Go menu, by Ctrl+Shift+Y and from Soothe; one coloured square
per day with entries (none for other days), heavy days veiled until asked, no figures in any of
its words, and gone from the screen when the journal locks."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry
from innerchild_desktop.domain.looking_back import day_words
from innerchild_desktop.domain.sessions import SessionRecord
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store.entries import insert_entry
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.sessions import insert_session
from innerchild_desktop.ui.looking_back import LOOKING_BACK_SHORTCUT, LookingBackDialog
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed

YEAR = date.today().year
CALM, SAD, PLAIN, HEAVY = date(YEAR, 1, 5), date(YEAR, 1, 6), date(YEAR, 2, 10), date(YEAR, 3, 3)


def _entries() -> list[NewEntry]:
    return [
        NewEntry(body="A quiet walk.", entry_date=CALM, mood=Mood("calm", 0.5, -0.6)),
        NewEntry(body="Tea after.", entry_date=CALM, mood=Mood("calm", 0.5, -0.6)),  # same day
        NewEntry(body="A grey day.", entry_date=SAD, mood=Mood("sad", -0.7, -0.5)),
        NewEntry(body="No feeling named.", entry_date=PLAIN),
        NewEntry(
            body="Something hard.", entry_date=HEAVY, mood=Mood("scared", -0.8, 0.7), heavy=True
        ),
        NewEntry(
            body="Dear little me,\n\nYou were never too much. I am here for you now.",
            entry_date=SAD,
            kind=EntryKind.LETTER_TO,
        ),
    ]


def unlocked(qtbot, make_window, paths):  # type: ignore[no-untyped-def]
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal, journal.transaction() as conn:
        for entry in _entries():
            insert_entry(conn, entry)
        insert_session(
            conn,
            SessionRecord("box", f"{YEAR}-01-07T10:00:00+00:00", note="Counting the sides"),
        )
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window


def dialog_of(window) -> LookingBackDialog | None:  # type: ignore[no-untyped-def]
    dialog = window.workspace.soothe_page.looking_back
    return dialog if dialog is not None and dialog.isVisible() else None


def pixel(image: QImage, dialog: LookingBackDialog, day: date) -> QColor:
    grid = dialog.grid
    centre = grid.mapTo(dialog, grid.square_rect(day).center())
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(centre.x() * ratio), round(centre.y() * ratio))


def test_opens_from_the_menu_by_keyboard_and_from_soothe(qtbot, make_window, paths):
    window = unlocked(qtbot, make_window, paths)
    go_menu = window.menuBar().actions()[1].menu()
    action = next(a for a in go_menu.actions() if a.text().replace("&", "") == "Looking back…")
    assert action.shortcut().toString() == LOOKING_BACK_SHORTCUT
    action.trigger()  # by mouse, from Go → Looking back…
    qtbot.waitUntil(lambda: dialog_of(window) is not None, timeout=5_000)
    dialog_of(window).close()
    qtbot.waitUntil(lambda: dialog_of(window) is None, timeout=5_000)

    window.activateWindow()
    window.workspace.navigation.setFocus()
    qtbot.keyClick(
        window.workspace.navigation,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: dialog_of(window) is not None, timeout=5_000)
    dialog = dialog_of(window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes it
    qtbot.waitUntil(lambda: dialog_of(window) is None, timeout=5_000)

    window.workspace.show_page("Soothe")
    soothe_button = window.workspace.soothe_page.insights.looking_back_button
    assert soothe_button.isVisibleTo(window)
    qtbot.mouseClick(soothe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_of(window) is not None, timeout=5_000)
    assert not unnamed(dialog_of(window))


def test_one_square_per_day_with_entries_heavy_veiled_no_figures(qtbot, make_window, paths):
    window = unlocked(qtbot, make_window, paths)
    window.workspace.look_back()
    qtbot.waitUntil(lambda: dialog_of(window) is not None, timeout=5_000)
    dialog = dialog_of(window)
    assert dialog.year_choice.currentData() == YEAR  # the current year first
    squares = dialog.grid.squares
    assert list(squares) == [CALM, SAD, PLAIN, HEAVY]  # four days, five entries on them
    coloured = [d for d, s in squares.items() if s.colour is not None]
    assert coloured == [CALM, SAD, PLAIN]
    assert squares[HEAVY].veiled and "scared" not in squares[HEAVY].words

    image = dialog.grab().toImage()
    ground = dialog.grid.palette().color(dialog.grid.backgroundRole())
    for day in coloured:
        assert pixel(image, dialog, day) == QColor(squares[day].colour), day
    assert pixel(image, dialog, date(YEAR, 1, 7)) == ground  # no entry: just the page
    veil = pixel(image, dialog, HEAVY)
    assert all(veil != QColor(squares[d].colour) for d in coloured)

    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    joined = " ".join(texts)
    assert not re.search(r"\d", joined), [t for t in texts if re.search(r"\d", t)]
    assert not any(w in joined.lower() for w in ("streak", "missed", "didn't", "days in a row"))
    assert "You were never too much. I am here for you now." in texts
    assert "Counting the sides" in texts
    assert "Something hard" not in joined

    # Keyboard: the grid shows each day's date and feeling in words; Enter reveals a heavy day.
    dialog.grid.setFocus()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Home)
    assert dialog.readout.text() == f"{day_words(CALM)}: calm"
    qtbot.keyClick(dialog.grid, Qt.Key.Key_End)
    assert dialog.grid.current == HEAVY and "veiled" in dialog.readout.text()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter revealed the day, it did not close the dialog
    assert not dialog.grid.squares[HEAVY].veiled
    assert "scared" in dialog.readout.text()


def test_heavy_days_stay_veiled_until_asked_and_locking_closes_it(qtbot, make_window, paths):
    window = unlocked(qtbot, make_window, paths)
    window.workspace.look_back()
    qtbot.waitUntil(lambda: dialog_of(window) is not None, timeout=5_000)
    dialog = dialog_of(window)
    assert dialog.reveal.isVisibleTo(dialog) and not dialog.reveal.isChecked()
    dialog.reveal.setFocus()
    qtbot.keyClick(dialog.reveal, Qt.Key.Key_Space)
    assert not dialog.grid.squares[HEAVY].veiled
    window.lock()
    assert dialog_of(window) is None
    assert window.workspace.soothe_page.looking_back is None
    assert not dialog.grid.squares and not dialog.back.kind_words
    window.workspace.look_back()  # locked: nothing opens
    assert window.workspace.soothe_page.looking_back is None
