"""Writing from a prompt that asks for a drawing ("Draw or describe a door") offers Draw… above
the text; it opens the same canvas and keeps the drawing in the entry. Other prompts, other
entries and an entry opened again show no such offer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from innerchild_desktop.domain.prompt_browse import offer_for
from innerchild_desktop.services.library import shipped_library
from tests.gui.test_drawing import LINE, _drawing_person
from tests.gui.test_journal_page import page_env  # noqa: F401 (fixture)


def test_a_drawing_prompt_offers_draw_and_keeps_the_drawing(qtbot, page_env, monkeypatch) -> None:  # noqa: F811
    window, page = page_env
    editor = page.editor
    door = shipped_library().prompt("hopes-014")
    assert door is not None
    window.write_prompt(offer_for(door))
    invitation = editor.draw_invitation
    assert invitation.isVisible() and invitation.draw_button.accessibleName()
    assert "draw your answer" in invitation.text.text()
    _drawing_person(qtbot, monkeypatch, LINE, [])
    invitation.draw_button.setFocus()
    qtbot.keyClick(invitation.draw_button, Qt.Key.Key_Space)  # by keyboard too
    assert "![drawing](attachment:" in editor.body.toPlainText()
    entry = window.context.service.get_entry(editor.flush())
    assert entry is not None and entry.prompt_id == "hopes-014"

    words = shipped_library().prompt("hopes-015")
    assert words is not None
    window.write_prompt(offer_for(words))
    assert not invitation.isVisible()  # a prompt for words: no offer
    window.write_prompt(offer_for(door))
    assert invitation.isVisible()
    editor.new_entry()
    assert not invitation.isVisible()
    editor.load(entry.id)
    assert not invitation.isVisible()  # opened again later: Draw… stays in More, unpushed
