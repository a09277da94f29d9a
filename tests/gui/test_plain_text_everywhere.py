"""Issue 15 (minor e): the person's words and a pack's words are shown as written, never as HTML.

Markup goes in as titles, places, people, a pack's name and prompt text; then every screen is
visited and every label, button and tooltip in the application is walked: none may render it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE

MARK = "<b>x</b><img src=nowhere.png>"

PACK = f"""
[pack]
id = "group-marked"
name = "Circle {MARK}"
author = "A. {MARK}"
version = "1"

[[prompts]]
id = "group-marked-001"
text = "What did you bring today? {MARK}"
theme = "body"
depth = "gentle"
"""


def rendered_markup(widgets: list[QWidget]) -> list[str]:
    """Every widget that would render MARK as HTML (a label not in plain text, a tooltip)."""
    found = []
    for widget in widgets:
        where = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        if (
            isinstance(widget, QLabel)
            and MARK in widget.text()
            and widget.textFormat() != Qt.TextFormat.PlainText
        ):
            found.append(f"label {where}: {widget.text()!r}")
        if MARK in widget.toolTip() and not widget.toolTip().startswith("<p>"):
            found.append(f"tooltip {where}: {widget.toolTip()!r}")
    return found


def showing(widgets: list[QWidget]) -> int:
    """How many labels, buttons and tooltips hold MARK (so the walk is known to see it)."""
    return sum(
        (isinstance(w, (QLabel, QAbstractButton)) and MARK in w.text()) or MARK in w.toolTip()
        for w in widgets
    )


def every_widget() -> list[QWidget]:
    return list(QApplication.allWidgets())


def test_the_check_catches_a_rich_label(qtbot):
    label = QLabel(f"Title {MARK}")
    qtbot.addWidget(label)
    assert rendered_markup([label])
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert rendered_markup([label]) == []


def test_no_screen_renders_the_persons_or_a_packs_markup(qtbot, make_window, paths, tmp_path):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        entry_id = JournalService(journal).add_entry(
            NewEntry(title=f"Dear {MARK}", body=f"Body {MARK}")
        )
        TimelineService(journal).add_memory(
            f"The den {MARK}",
            "around age 7",
            people=[f"Aunt {MARK}"],
            place=f"the park {MARK}",
            body=f"It had a bell {MARK}",
            linked_entries=[entry_id],
        )
    window = make_window()
    window.resize(1200, 800)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)

    pack = tmp_path / "marked.toml"
    pack.write_text(PACK)
    workspace = window.workspace
    workspace.show_page("Prompts")
    workspace.prompts_page.import_pack(pack)

    problems: list[str] = []
    seen = 0
    for title in ("Journal", "Timeline", "Prompts", "Soothe", "Settings"):
        workspace.show_page(title)
        problems += rendered_markup(every_widget())
        seen += showing(every_widget())
    page = workspace.journal_page
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.editor.preview_action.trigger()
    problems += rendered_markup(every_widget())

    workspace.show_page("Timeline")
    timeline_page = workspace.timeline_page
    memory_id = window.context.timeline.timeline()[0].id
    timeline_page.focus_memory(memory_id, reveal=True)
    problems += rendered_markup(every_widget())
    timeline_page.edit_memory()
    problems += rendered_markup(every_widget())
    seen += showing(every_widget())
    scene = timeline_page.view.scene()
    tips = [item.toolTip() for item in scene.items() if "The den" in item.toolTip()]
    assert tips and all(MARK not in tip and html.escape(MARK) in tip for tip in tips)
    if timeline_page.editor_dialog is not None:
        timeline_page.editor_dialog.reject()

    workspace.show_page("Prompts")
    browser = workspace.prompts_page.open_browser()
    assert browser is not None
    row = browser.model.row_of("group-marked-001")
    assert row >= 0
    browser.view.setCurrentIndex(browser.model.index(row, 0))
    browser.reveal()
    assert MARK in browser.detail.text()  # the pack's words, shown as written
    problems += rendered_markup(every_widget())
    seen += showing(every_widget())
    browser.reject()
    assert problems == []
    assert seen > 0


def test_tag_names_are_shown_as_written_when_renamed(qtbot, paths):
    from innerchild_desktop.ui.journal.tags_dialog import TagsDialog

    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        service.add_entry(NewEntry(title="t", body="b", tags=("<b>old</b>",)))
        dialog = TagsDialog(service)
        qtbot.addWidget(dialog)
        assert dialog.rename("<b>old</b>", "<i>new</i>")
        assert dialog.message.text() == "Renamed to #<i>new</i>."
        assert dialog.message.textFormat() == Qt.TextFormat.PlainText
