"""The lock screen and the Journal: the list and editor, preview, calendar, search, an entry
marked heavy, and Letters."""

from __future__ import annotations

from datetime import date

from innerchild_desktop.domain.entries import EntryKind, NewEntry
from innerchild_desktop.screenshots.common import DEMO_PASSPHRASE, Run
from innerchild_desktop.ui.journal.list_model import EntryListModel
from innerchild_desktop.ui.main_window import MainWindow


def lock_and_journal_screens(run: Run, window: MainWindow) -> None:
    """The lock screen (and a wrong passphrase), then unlocked: the Journal's modes."""
    run.save_themed(window, "03-lock")
    window.lock_screen.passphrase.setText("not the passphrase")
    window.lock_screen._submit()
    run.settle(lambda: bool(window.lock_screen.message.text()))
    run.save_themed(window, "04-lock-wrong-passphrase")
    window.lock_screen.passphrase.setText(DEMO_PASSPHRASE)
    window.lock_screen._submit()
    run.settle(lambda: window.context.unlocked)
    page = window.workspace.journal_page
    page.editor.details.set_open(False, remember=False)  # as a new person sees it
    page.list.setCurrentIndex(page.model.index(0, 0))
    run.save_themed(window, "05-journal")
    page.editor.preview_action.trigger()
    run.save_themed(window, "06-journal-preview")
    page.editor.preview_action.trigger()
    page.modes.button(1).click()
    page.calendar.setCurrentPage(2026, 11)
    page.show_day(date(2026, 11, 22))
    run.save_themed(window, "07-calendar")
    page.modes.button(0).click()
    page.search.setText("bicycle")
    page.run_search()
    page.into_results()  # Down from the search field: the keyboard on the first result
    run.save_themed(window, "08-search")
    page.search.clear()


def heavy_entry_screens(run: Run, window: MainWindow) -> None:
    """An entry marked heavy: veiled in the list, the veil in place of the editor; then opened
    by choice, with the toolbar's Heavy toggle on."""
    service = window.context.service
    page = window.workspace.journal_page
    window.workspace.show_page("Journal")
    page.model.set_service(service)
    entry_id = page.model.index(1, 0).data(EntryListModel.IdRole)
    service.set_heavy(entry_id, True)
    page.model.refresh_entry(entry_id)
    for suffix in run.themes():
        page.list.setCurrentIndex(page.model.index(0, 0))
        page.list.setCurrentIndex(page.model.index(1, 0))
        run.save(window, f"30-heavy-entry-veiled{suffix}")
        page.veil.open_button.click()
        run.save(window, f"31-heavy-entry-open{suffix}")


def letters_screens(run: Run, window: MainWindow) -> None:
    """Journal → Letters: a thread of three (opened, its reply in the editor) and a heavy one."""
    service = window.context.service
    first = service.add_entry(
        NewEntry(
            title="Dear little me",
            body="Dear little me,\n\nI see how hard you tried. You were never too much.",
            kind=EntryKind.LETTER_TO,
            entry_date=date(2026, 11, 20),
        )
    )
    reply = service.add_entry(
        NewEntry(
            title="Reply to: Dear little me",
            body="Dear grown-up me,\n\nCan we go to the park on Saturday?\n\nLove, little me",
            kind=EntryKind.LETTER_FROM,
            entry_date=date(2026, 11, 22),
            reply_to=first,
        )
    )
    service.add_entry(
        NewEntry(
            title="Yes, the park",
            body="Dear little me,\n\nYes. We will bring the kite.",
            kind=EntryKind.LETTER_TO,
            entry_date=date(2026, 11, 23),
            reply_to=reply,
        )
    )
    service.add_entry(
        NewEntry(
            title="About the night of the storm",
            body="Dear little me,",
            kind=EntryKind.LETTER_TO,
            entry_date=date(2026, 11, 24),
            heavy=True,
        )
    )
    window.workspace.show_page("Journal")
    page = window.workspace.journal_page
    page.modes.button(4).click()
    pane = page.letters
    pane.view.expand(pane.model.index(0, 0))
    pane.view.expand(pane.model.index(1, 0))
    for suffix in run.themes():
        pane.view.setCurrentIndex(pane.model.index_of(reply))
        run.save(window, f"73-letters{suffix}")
    page.modes.button(0).click()


def history_screens(run: Run, window: MainWindow) -> None:
    """History… of an entry written over a few sittings: its earlier versions, one chosen."""
    from innerchild_desktop.ui.journal.history_dialog import HistoryDialog

    service = window.context.service
    drafts = [
        "The park on Saturday",
        "The park on Saturday\n\nWe took the kite. Little me wanted to run first.",
        "The park on Saturday\n\nWe took the kite. Little me wanted to run first, and I let "
        "them.\n\n- the red kite\n- warm bread from the bakery",
    ]
    entry_id = service.add_entry(
        NewEntry(title="Kite day", body=drafts[0], entry_date=date(2026, 11, 23))
    )
    for text in (*drafts[1:], drafts[-1] + "\n\nA good day."):
        service.update_entry(entry_id, session_start=True, body=text)
    window.workspace.show_page("Journal")
    window.workspace.journal_page.editor.load(entry_id)
    dialog = HistoryDialog(service, entry_id, window)
    dialog.show()
    dialog.list.setCurrentRow(1)
    for suffix in run.themes():
        run.save_over(window, dialog, f"74-history{suffix}")
    dialog.close()


def editor_screens(run: Run, window: MainWindow) -> None:
    """The editor with its Details unfolded, and Focus in a wide window: the lines keep their
    comfortable length, centred. Folded again afterwards (the choice is a QSettings one)."""
    window.workspace.show_page("Journal")
    page = window.workspace.journal_page
    page.list.setCurrentIndex(page.model.index(2, 0))
    editor = page.editor
    editor.details.set_open(True, remember=False)  # the person's own choice stays as it was
    for suffix in run.themes():
        run.save(window, f"75-editor-details{suffix}")
    editor.details.set_open(False, remember=False)
    size = window.size()
    window.resize(1400, size.height())
    editor.focus_action.trigger()
    for suffix in run.themes():
        run.save(window, f"76-editor-focus{suffix}")
    editor.focus_action.trigger()
    window.resize(size)


def spelling_screens(run: Run, window: MainWindow) -> None:
    """A misspelling underlined in the editor, its suggestions open beside it. The entry is
    never saved: the demo journal stays as it was."""
    from PySide6.QtGui import QPainter, QTextCursor

    window.workspace.show_page("Journal")
    page = window.workspace.journal_page
    editor = page.editor
    editor.new_entry(
        title="A walk after therapy",
        body=(
            "Today I felt a little more grounded. We talked about reparenting and "
            "self-compassion, and I noticed how my younger self still wants to be seen.\n\n"
            "I want to remember this feeling of beeing held, even for a moment."
        ),
    )
    editor.autosave.stop()  # a picture, not an entry
    run.settle(editor.spell.is_active)
    body = editor.body
    cursor = QTextCursor(body.document())
    cursor.setPosition(body.toPlainText().index("beeing") + 2)
    point = body.cursorRect(cursor).bottomLeft()
    for suffix in run.themes():
        run.settle()
        editor.spell.finish_pass()
        menu = body.context_menu(point)
        menu.ensurePolished()
        menu.adjustSize()
        shot = window.grab()
        painter = QPainter(shot)
        where = body.viewport().mapTo(window, point)
        if where.y() + menu.height() > shot.height():  # no room below the word: above it
            where.setY(where.y() - body.cursorRect(cursor).height() - menu.height())
        painter.drawPixmap(where, menu.grab())
        painter.end()
        menu.deleteLater()
        run.save_image(shot, f"77-editor-spelling{suffix}")
    editor._dirty = False  # nothing typed by a person: nothing to keep
    page.list.setCurrentIndex(page.model.index(2, 0))
