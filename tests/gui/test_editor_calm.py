"""The quiet editor (issue 18): the writing first, the details behind one row, labelled
formatting buttons, a comfortable measure, and the lock notice said once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QWidget

from innerchild_desktop.domain.entries import Mood, NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.prefs_keys import EDITOR_DETAILS_OPEN
from tests.conftest import PASSPHRASE


@pytest.fixture
def editor_env(qtbot, make_window, paths):  # type: ignore[no-untyped-def]
    QSettings().remove(EDITOR_DETAILS_OPEN)
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        JournalService(journal).add_entry(
            NewEntry(
                title="Blue bicycle",
                body="It had a bell.",
                tags=("play", "summer"),
                entry_date=date(2026, 12, 2),
                mood=Mood("calm", 0.6, -0.5),
                distress=3,
            )
        )
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    yield window, window.workspace.journal_page.editor
    QSettings().remove(EDITOR_DETAILS_OPEN)


def _top(widget: QWidget, root: QWidget) -> int:
    return widget.mapTo(root, widget.rect().topLeft()).y()


def test_the_title_and_the_text_come_before_the_details(qtbot, editor_env):
    _window, editor = editor_env
    qtbot.waitUntil(lambda: editor.body.isVisible())
    assert _top(editor.title, editor) < _top(editor.body, editor)
    assert not editor.kind.isVisible() and not editor.tags.isVisible()  # folded away
    assert editor.details.toggle.isVisible()
    assert _top(editor.body, editor) < _top(editor.details.toggle, editor)
    editor.details.toggle.click()
    qtbot.waitUntil(lambda: editor.kind.isVisible())
    for field in (editor.kind, editor.date, editor.mood, editor.heaviness, editor.tags):
        assert field.isVisible()
        assert _top(editor.body, editor) < _top(field, editor), field.accessibleName()


def test_folded_details_say_what_they_hold_in_one_line(qtbot, editor_env):
    _window, editor = editor_env
    # The whole line (shown whole when there is room, cut short with "…" when not)
    summary = editor.details.toggle.accessibleDescription()
    expected = "Details · Wed 2 Dec" + ("" if date.today().year == 2026 else " 2026")
    assert summary == f"{expected} · calm · 2 tags"
    shown = editor.details.toggle.text()
    assert shown == summary or (shown.endswith("…") and summary.startswith(shown[:-1]))
    editor.details.toggle.click()
    assert editor.details.toggle.text() == "Details"
    editor.details.toggle.click()
    editor.tags.setText("garden")  # a new tag: nothing to complete
    editor.tags.textEdited.emit("garden")
    assert editor.details.toggle.accessibleDescription().endswith("· 1 tag")


def test_details_open_by_keyboard_and_are_remembered_without_words(qtbot, editor_env):
    window, editor = editor_env
    editor.body.setFocus()
    qtbot.keyClick(
        editor.body,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.details.is_open() and editor.kind.hasFocus()
    assert QSettings().value(EDITOR_DETAILS_OPEN) in (True, "true")
    window.lock()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    assert editor.details.is_open()  # remembered
    editor.details.toggle.setFocus()
    qtbot.keyClick(editor.details.toggle, Qt.Key.Key_Space)
    assert not editor.details.is_open()
    assert QSettings().value(EDITOR_DETAILS_OPEN) in (False, "false")


def test_no_word_says_distress_and_heaviness_keeps_its_value(qtbot, editor_env):
    window, editor = editor_env
    texts = [w.text() for w in editor.findChildren(QLabel) + editor.findChildren(QAbstractButton)]
    texts += [w.accessibleName() for w in editor.findChildren(QWidget)]
    texts += [w.text() for w in editor.findChildren(QAbstractSpinBox)]
    assert not [t for t in texts if "distress" in t.lower()]
    assert any(t == "How heavy does today feel?" for t in texts)
    assert editor.heaviness.value() == 3
    editor.heaviness.setValue(7)
    entry_id = editor.flush()
    assert window.context.service.get_entry(entry_id).distress == 7
    editor.heaviness.setValue(editor.heaviness.minimum())  # "Not said"
    assert editor.heaviness.text() == "Not said"
    editor.flush()
    assert window.context.service.get_entry(entry_id).distress is None


def test_formatting_buttons_say_what_they_do(qtbot, editor_env):
    _window, editor = editor_env
    qtbot.waitUntil(lambda: editor.format_bar.isVisible())
    bars = (editor.toolbar, editor.format_bar)
    shown = {a.text() for bar in bars for a in bar.actions()}
    for glyph in ("H", "•", "☐", "❝", "✓"):
        assert glyph not in shown
    for word in ("Heading", "List", "Checklist", "Quote", "Tick", "Preview", "Focus"):
        assert word in shown
    for bar in bars:
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if action.isSeparator() or widget in (editor.spacer, editor.format_indent):
                continue
            assert action.toolTip() and widget.accessibleName(), action.text()


def test_lines_keep_a_comfortable_measure_at_1200_px(qtbot):
    from innerchild_desktop.ui.journal.editor import EntryEditor

    editor = EntryEditor()
    qtbot.addWidget(editor)
    editor.body.setPlainText("It had a bell and a basket. " * 40 + "\n\nAnother one.")
    editor.resize(1200, 700)
    editor.show()
    qtbot.waitUntil(lambda: editor.body.width() > 1000)
    body = editor.body
    metrics = QFontMetricsF(body.font())
    width = body.viewport().width() - 2 * body.document().documentMargin()
    chars = width / metrics.averageCharWidth()
    assert 60 <= chars <= 80, chars
    lines = body.document().firstBlock().layout()
    assert lines.lineCount() > 2
    pitch = lines.lineAt(1).y() - lines.lineAt(0).y()
    assert pitch >= 1.4 * metrics.height()  # generous leading
    for width in (1600, 900, 1300):  # narrower, wider: the text is laid out for the column
        editor.resize(width, 700)
        qtbot.waitUntil(lambda w=width: editor.width() == w)
        assert body.document().size().width() <= body.viewport().width() + 1, width
    editor.resize(1200, 700)
    body.zoomIn(4)  # a larger text keeps the same measure
    metrics = QFontMetricsF(body.font())
    width = body.viewport().width() - 2 * body.document().documentMargin()
    assert 60 <= width / metrics.averageCharWidth() <= 80


def test_the_measure_is_a_setting(qtbot, editor_env):
    window, editor = editor_env
    window.resize(1800, 800)
    editor.focus_action.trigger()  # the editor alone, wider than the measure
    qtbot.waitUntil(lambda: editor.body.width() > 1200)
    assert body_margins(editor) > 0
    editor.measure_actions[0].trigger()  # full width
    from innerchild_desktop.domain.settings import EDITOR_MEASURE

    assert window.context.service.setting(EDITOR_MEASURE) == 0
    assert body_margins(editor) == 0
    editor.measure_actions[70].trigger()
    assert window.context.service.setting(EDITOR_MEASURE) == 70
    assert body_margins(editor) > 0


def body_margins(editor) -> int:  # type: ignore[no-untyped-def]
    margins = editor.body.viewportMargins()
    return margins.left() + margins.right()


def test_the_lock_notice_is_said_once_after_unlocking(qtbot, editor_env):
    window, editor = editor_env
    assert "locks itself" in window.status.text()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " Ding.")
    editor.flush()
    window.refresh_status()
    assert "locks itself" not in window.status.text()
    assert window.status.text().startswith("1 entry")


def test_every_shortcut_is_still_there_and_more_is_reachable_by_tab(editor_env):
    _window, editor = editor_env
    shortcuts = {a.shortcut().toString() for a in editor.actions()}
    for keys in (
        "Ctrl+N",
        "Ctrl+Shift+K",
        "Ctrl+B",
        "Ctrl+I",
        "Ctrl+Shift+H",
        "Ctrl+Shift+8",
        "Ctrl+Shift+C",
        "Ctrl+Shift+Q",
        "Ctrl+Shift+X",
        "Ctrl+Shift+I",
        "Ctrl+Shift+P",
        "Ctrl+Shift+F",
        "Ctrl+Shift+M",
        "Ctrl+H",
        "Ctrl+Shift+Del",
        "Ctrl+=",
        "Ctrl+-",
        "Ctrl+Shift+D",
    ):
        assert keys in shortcuts, keys
    assert editor.more_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    titles = [a.text() for a in editor.more_button.menu().actions()]
    assert "Writing font" in titles and "Line length" in titles
