"""The Journal page driven like a user: write, autosave, format, preview, trash, find."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.journal.editor import AUTOSAVE_MS
from tests.conftest import PASSPHRASE


def real_png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3f7d74"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


PNG = real_png  # built lazily: QImage needs the QApplication from the fixtures


@pytest.fixture
def page_env(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        service.add_entry(
            NewEntry(
                title="Old letter",
                body="Dear little me,",
                kind=EntryKind.LETTER_TO,
                entry_date=date(2025, 3, 1),
            )
        )
        service.add_entry(
            NewEntry(
                title="Blue bicycle",
                body="It had a **bell**.",
                tags=("play",),
                entry_date=date(2026, 1, 10),
                mood=Mood("joyful", 0.9, 0.7),
            )
        )
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window, window.workspace.journal_page


def stored(window, entry_id):
    return window.context.service.get_entry(entry_id)


def test_opens_newest_entry_and_lists_by_month(page_env):
    _window, page = page_env
    assert page.editor.title.text() == "Blue bicycle"
    assert page.model.rowCount() == 2
    from innerchild_desktop.ui.journal.list_model import EntryListModel

    assert page.model.index(0, 0).data(EntryListModel.MonthRole) == "January 2026"
    assert page.model.index(1, 0).data(EntryListModel.MonthRole) == "March 2025"


def test_typing_autosaves_within_a_second(qtbot, page_env):
    assert AUTOSAVE_MS <= 1000
    window, page = page_env
    editor = page.editor
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " Ding ding!")
    assert editor.state.text() == "Not saved yet…"
    qtbot.waitUntil(lambda: editor.state.text() == "Saved", timeout=3_000)
    assert stored(window, editor.entry_id).body.endswith("Ding ding!")


def test_new_entry_is_created_on_first_words_and_listed(qtbot, page_env):
    window, page = page_env
    editor = page.editor
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.entry_id is None
    editor.flush()
    assert editor.entry_id is None  # an empty entry is never created
    qtbot.keyClicks(editor.title, "Tonight")
    qtbot.keyClicks(editor.body, "I am safe now.")
    qtbot.keyClicks(editor.tags, "group, therapy")
    editor.flush()
    entry = stored(window, editor.entry_id)
    assert (entry.title, entry.body, entry.tags) == (
        "Tonight",
        "I am safe now.",
        ("group", "therapy"),
    )
    assert page.model.rowCount() == 3


def test_lock_saves_what_was_typed_before_forgetting_it(qtbot, page_env, paths):
    window, page = page_env
    editor = page.editor
    entry_id = editor.entry_id
    qtbot.keyClicks(editor.body, "Last words before lock. ")
    window.lock()  # well before the autosave timer fires
    assert editor.body.toPlainText() == "" and editor.title.text() == ""
    assert editor.body.document().isUndoAvailable() is False
    with AccessService(paths).open(PASSPHRASE) as journal:
        assert "Last words before lock." in JournalService(journal).get_entry(entry_id).body


def test_switching_entries_saves_first(qtbot, page_env):
    window, page = page_env
    editor = page.editor
    first_id = editor.entry_id
    qtbot.keyClicks(editor.title, " (edited)")
    page.list.setCurrentIndex(page.model.index(1, 0))
    assert editor.title.text() == "Old letter"
    assert stored(window, first_id).title == "Blue bicycle (edited)"


def test_formatting_shortcuts_and_list_continuation(qtbot, page_env):
    _window, page = page_env
    editor = page.editor
    editor.new_entry()
    qtbot.keyClicks(editor.body, "brave")
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == "**brave**"
    editor.body.undo()
    assert editor.body.toPlainText() == "brave"  # one undo step
    editor.body.clear()
    qtbot.keyClicks(editor.body, "- [ ] water")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "rest")
    assert editor.body.toPlainText() == "- [ ] water\n- [ ] rest"


def test_preview_is_safe_and_shows_only_journal_photos(qtbot, page_env):
    window, page = page_env
    editor = page.editor
    entry_id = editor.entry_id
    photo = window.context.service.add_photo(PNG(), filename="me.png", entry_id=entry_id)
    editor.body.setPlainText(
        f"<script>x()</script> ![me](attachment:{photo}) "
        "![remote](https://example.org/a.png) [site](https://example.org)"
    )
    editor.preview_action.trigger()
    assert editor.preview.isVisible()
    html = editor.preview.toHtml()
    assert "&lt;script&gt;" in html and "<script" not in html
    assert "image not shown" in editor.preview.toPlainText()
    assert editor.preview.loadResource(2, f"attachment:{photo}") is not None
    assert editor.preview.loadResource(2, "https://example.org/a.png") is None
    assert editor.preview.loadResource(2, "file:///etc/passwd") is None
    asked: list[str] = []
    editor.preview.confirm_external = lambda url: asked.append(url) or False
    from PySide6.QtCore import QUrl

    editor.preview.anchorClicked.emit(QUrl("https://example.org"))
    assert asked == ["https://example.org"]  # asked first; declined, so nothing opened


def test_trash_with_undo(qtbot, page_env):
    window, page = page_env
    entry_id = page.editor.entry_id
    page.editor.trash_action.trigger()
    assert page.model.rowCount() == 1 and page.undo_bar.isVisibleTo(page)
    assert stored(window, entry_id).deleted_at is not None
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2 and stored(window, entry_id).deleted_at is None
    page.editor.trash_action.trigger()
    page.set_mode(2)
    assert page.trash_model.rowCount() == 1
    page.empty_trash(confirm=False)
    assert stored(window, entry_id) is None


def test_search_as_you_type_with_snippets(qtbot, page_env):
    _window, page = page_env
    qtbot.keyClicks(page.search, "bell")
    qtbot.waitUntil(lambda: page.left_stack.currentIndex() == 3, timeout=2_000)
    assert [h.title for h in page.results.hits] == ["Blue bicycle"]
    from innerchild_desktop.ui.journal.delegates import snippet_html

    assert "<b>bell</b>" in snippet_html(page.results.hits[0].snippet)
    page.search.clear()
    qtbot.keyClicks(page.search, "zebra")
    qtbot.waitUntil(lambda: "Nothing found" in page.no_results.text(), timeout=2_000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.left_stack.currentIndex() == 0, timeout=2_000)


def test_calendar_marks_days_and_on_this_day(qtbot, page_env):
    window, page = page_env
    window.context.service.set_on_this_day(True)
    page.calendar.setCurrentPage(2026, 1)
    assert page.calendar.marked == {"2026-01-10": 1}
    page.show_day(date(2026, 1, 10))
    assert page.day_model.rowCount() == 1
    page.today = lambda: date(2027, 1, 10)
    page._refresh_on_this_day()
    assert "1 entry" in page.on_this_day.text()


def test_letter_reply_is_threaded(qtbot, page_env):
    window, page = page_env
    page.list.setCurrentIndex(page.model.index(1, 0))
    editor = page.editor
    letter_id = editor.entry_id
    assert editor.reply_action.isEnabled()
    editor.reply_action.trigger()
    qtbot.keyClicks(editor.body, "I missed you.")
    reply_id = editor.flush()
    reply = stored(window, reply_id)
    assert reply.kind is EntryKind.LETTER_FROM and reply.reply_to == letter_id
    page.open_entry(letter_id)
    assert "Reply" in editor.thread_label.text()


def test_focus_mode_hides_everything_but_the_writing(qtbot, page_env):
    _window, page = page_env
    page.editor.focus_action.trigger()
    assert not page.left.isVisible() and not page.editor.meta.isVisible()
    page.editor.focus_action.trigger()
    assert page.left.isVisible()


def test_photos_attach_and_bad_files_are_refused(qtbot, page_env, tmp_path):
    _window, page = page_env
    good = tmp_path / "garden.png"
    good.write_bytes(PNG())
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"not an image")
    messages: list[str] = []
    page.editor.message.connect(messages.append)
    page.editor.attach_photos([good, bad])
    assert "](attachment:" in page.editor.body.toPlainText()
    assert messages and "not a photo" in messages[0]


def test_tags_dialog_renames_and_merges(qtbot, page_env):
    window, page = page_env
    service = window.context.service
    service.add_entry(NewEntry(title="x", tags=("plays",)))
    page.open_tags()
    dialog = page.tags_dialog
    assert ("plays", 1) in dialog.model.tags
    assert dialog.rename("plays", "play")  # merge into the existing tag
    assert dict(dialog.model.tags) == {"play": 2}
    assert dialog.rename("play", "playtime")
    assert "Renamed" in dialog.message.text()
    assert not dialog.rename("playtime", "   ")
    assert "at least one letter" in dialog.message.text()
    dialog.reject()
    assert "playtime" in page.editor.tags.text()  # the open entry shows the new name


def test_on_this_day_is_off_in_a_new_journal_and_chosen_in_settings(qtbot, page_env):
    window, page = page_env
    page.today = lambda: date(2027, 1, 10)
    page._refresh_on_this_day()
    assert not page.on_this_day.isVisibleTo(page)  # a new journal has not chosen it yet
    window.workspace.show_page("Settings")  # pages load when first shown
    settings = window.workspace.settings_page
    assert not settings.on_this_day.isChecked()
    settings.on_this_day.setChecked(True)
    assert window.context.service.on_this_day_enabled()
    page._refresh_on_this_day()
    assert page.on_this_day.isVisibleTo(page)
    settings.on_this_day.setChecked(False)
    assert window.context.service.setting("on_this_day") is False
    page._refresh_on_this_day()
    assert not page.on_this_day.isVisibleTo(page)
