"""The preview with a render budget (issue 15, item 6): text too costly for Markdown is shown as
escaped plain text under one calm line, and the editor's preview never throws."""

from __future__ import annotations

from innerchild_desktop.ui.journal.preview import SafePreview
from tests.gui.test_journal_page import page_env  # noqa: F401  (the fixture)

NESTED_LIST = "- " * 600 + "<b>deep</b>"
CALM_LINE = "This entry is shown as plain text."


def test_preview_shows_costly_text_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.show_markdown("[" * 5000)
    assert preview.shown_as_plain_text
    shown = preview.toPlainText()
    assert shown.startswith(CALM_LINE) and "[" * 5000 in shown
    preview.show_markdown("It had a **bell**.")
    assert not preview.shown_as_plain_text and CALM_LINE not in preview.toPlainText()


def test_editor_preview_of_deeply_nested_entry(qtbot, page_env) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _, page = page_env
    editor = page.editor
    editor.body.setPlainText(NESTED_LIST)
    editor.preview_action.trigger()
    qtbot.waitUntil(lambda: editor.preview.shown_as_plain_text)
    html = editor.preview.toHtml()
    assert "<b>deep" not in html and "&lt;b&gt;deep&lt;/b&gt;" in html
    assert editor.preview.toPlainText().startswith(CALM_LINE)
