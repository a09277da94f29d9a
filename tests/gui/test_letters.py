"""The Journal's Letters mode: letters to and from the younger self as threads, heavy ones
veiled, one click (or the keyboard) opening a letter, and a button to write a new one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from innerchild_desktop.domain.entries import HEAVY_ENTRY_LABEL, EntryKind, NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.journal.letters import LetterThreadModel
from innerchild_desktop.ui.journal.page import LETTERS_MODE
from tests.conftest import PASSPHRASE

SECRET = "The cupboard under the stairs"


def _letter(service, title, day, kind=EntryKind.LETTER_TO, reply_to=None, heavy=False):
    return service.add_entry(
        NewEntry(
            title=title,
            body=f"{title}, in words.",
            kind=kind,
            entry_date=day,
            reply_to=reply_to,
            heavy=heavy,
        )
    )


@pytest.fixture
def letters_env(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    ids = {}
    with journal:
        s = JournalService(journal)
        ids["first"] = _letter(s, "Dear little me", date(2025, 1, 5))
        ids["reply"] = _letter(
            s, "Dear grown-up me", date(2025, 1, 7), EntryKind.LETTER_FROM, ids["first"]
        )
        ids["again"] = _letter(s, "Writing back again", date(2025, 2, 1), reply_to=ids["reply"])
        ids["heavy"] = _letter(s, SECRET, date(2025, 6, 1), heavy=True)
        ids["heavy_reply"] = _letter(
            s, "A gentle answer", date(2025, 6, 3), EntryKind.LETTER_FROM, ids["heavy"]
        )
        ids["newest"] = _letter(s, "Just one letter", date(2026, 1, 1))
        s.add_entry(NewEntry(title="Not a letter", body="words", entry_date=date(2026, 2, 1)))
        trashed = _letter(s, "A trashed letter", date(2026, 3, 1))
        s.trash(trashed)
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    qtbot.mouseClick(page.modes.button(LETTERS_MODE), Qt.MouseButton.LeftButton)
    return window, page, ids


def _texts(model, parent=QModelIndex()):  # noqa: B008
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_letters_are_grouped_into_threads_newest_first(letters_env):
    _window, page, ids = letters_env
    assert page.left_stack.currentWidget() is page.letters
    model = page.letters.model
    assert _texts(model) == [
        "Just one letter\n1 January 2026 · 1 letter",
        f"{HEAVY_ENTRY_LABEL}\n1 June 2025 · 2 letters",
        "Dear little me\n5 January 2025 · 3 letters",
    ]
    oldest = model.index(2, 0)
    assert [model.index(r, 0, oldest).data(LetterThreadModel.IdRole) for r in range(3)] == [
        ids["first"],
        ids["reply"],
        ids["again"],
    ]
    assert _texts(model, oldest)[1] == "Dear grown-up me\nFrom my younger self · 7 January 2025"
    accessible = model.index(1, 0, oldest).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "Dear grown-up me, From my younger self, 7 January 2025"
    assert not page.letters.empty.isVisible()


def test_heavy_letters_stay_veiled(qtbot, letters_env):
    _window, page, ids = letters_env
    model = page.letters.model
    heavy_thread = model.index(1, 0)
    shown = _texts(model) + _texts(model, heavy_thread)
    assert not any(SECRET in text for text in shown)
    assert HEAVY_ENTRY_LABEL in _texts(model, heavy_thread)[0]
    assert "A gentle answer" in _texts(model, heavy_thread)[1]  # its reply is not heavy
    view = page.letters.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(view, heavy_thread))
    assert view.isExpanded(heavy_thread)  # one click opens the thread
    letter = model.index(0, 0, heavy_thread)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(view, letter))
    assert page.right.currentWidget() is page.veil and page.veil.entry_id == ids["heavy"]
    assert SECRET not in page.editor.title.text()
    qtbot.mouseClick(page.veil.open_button, Qt.MouseButton.LeftButton)  # only by choice
    assert page.editor.title.text() == SECRET


def _centre(view, index):
    return view.visualRect(index).center()


def test_one_click_opens_a_letter_in_the_editor(qtbot, letters_env):
    _window, page, ids = letters_env
    view = page.letters.view
    thread = page.letters.model.index(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(view, thread))
    reply = page.letters.model.index(1, 0, thread)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(view, reply))
    assert page.right.currentWidget() is page.editor
    assert page.editor.entry_id == ids["reply"]
    assert page.editor.title.text() == "Dear grown-up me"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(view, thread))
    assert not view.isExpanded(thread)  # and one click closes it again


def test_threads_open_by_keyboard(qtbot, letters_env):
    _window, page, ids = letters_env
    view = page.letters.view
    view.setFocus()
    view.setCurrentIndex(page.letters.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the thread
    assert view.isExpanded(page.letters.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)  # its letter: shown at once
    assert page.editor.entry_id == ids["newest"]


def test_writing_a_letter_starts_a_new_thread(qtbot, letters_env):
    window, page, _ids = letters_env
    qtbot.mouseClick(page.letters.write_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.entry_id is None
    assert editor.kind.currentData() == EntryKind.LETTER_TO.value
    assert editor.body.toPlainText().startswith("Dear little me,")
    qtbot.keyClicks(editor.title, "A new letter")
    editor.flush()
    assert editor.entry_id is not None
    assert window.context.service.get_entry(editor.entry_id).kind is EntryKind.LETTER_TO
    model = page.letters.model
    assert model.rowCount() == 4
    assert page.letters.view.currentIndex().data(LetterThreadModel.IdRole) == editor.entry_id


def test_an_empty_journal_invites_a_first_letter(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    page.modes.button(LETTERS_MODE).click()
    assert page.letters.model.rowCount() == 0
    assert page.letters.empty.isVisible() and "No letters yet" in page.letters.empty.text()
    window.lock()
    assert page.letters.model.rowCount() == 0 and not page.letters.empty.isVisible()


def test_locking_clears_the_letters(letters_env):
    window, page, _ids = letters_env
    window.lock()
    assert page.letters.model.rowCount() == 0


def test_the_letter_model_passes_the_model_tester(qtmodeltester, letters_env):
    _window, page, _ids = letters_env
    qtmodeltester.check(page.letters.model, force_py=True)


def test_a_retitled_letter_shows_its_new_title(qtbot, letters_env):
    _window, page, ids = letters_env
    page.letters.select(ids["newest"])
    page.show_entry(ids["newest"], heavy=False)
    page.editor.title.selectAll()
    qtbot.keyClicks(page.editor.title, "Renamed letter")
    page.editor.flush()
    assert page.letters.model.index(0, 0).data().startswith("Renamed letter\n")
    assert page.letters.view.currentIndex().data(LetterThreadModel.IdRole) == ids["newest"]


def test_a_trashed_letter_leaves_its_thread(qtbot, letters_env):
    _window, page, ids = letters_env
    page.show_entry(ids["again"], heavy=False)
    page.editor.trash()
    oldest = page.letters.model.index(2, 0)
    assert oldest.data().endswith("· 2 letters")


def test_a_reply_joins_its_thread(qtbot, letters_env):
    _window, page, ids = letters_env
    page.show_entry(ids["newest"], heavy=False)
    page.editor.reply_action.trigger()
    qtbot.keyClicks(page.editor.body, "I am here.")
    page.editor.flush()
    thread = page.letters.model.index(0, 0)
    assert thread.data().endswith("· 2 letters")
    current = page.letters.view.currentIndex()
    assert current.parent() == thread
    assert current.data(LetterThreadModel.IdRole) == page.editor.entry_id
