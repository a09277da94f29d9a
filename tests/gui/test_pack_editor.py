"""Prompts → "Make a pack for my group…": paste, arrange into weeks, preview, save, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.prompts.pack_editor import PackEditor
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed

QUOTED = 'A "safe" place \\ where <b>you</b> rest — ünïcode 🌱'


@pytest.fixture
def editor_env(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Prompts")
    page = window.workspace.prompts_page
    page.make_pack_button.click()
    editor = page.findChild(PackEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    return window, page, editor


def _fill(qtbot, editor: PackEditor) -> None:
    qtbot.keyClicks(editor.name, "Tuesday circle")
    qtbot.keyClicks(editor.author, "Maya")
    editor.paste.setPlainText(f"- What did you bring today?\n\n{QUOTED}\n3. A letter to little you")
    editor.paste.setFocus()
    qtbot.keyClick(editor.paste, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor.tabs.setCurrentIndex(1)
    editor.add_week()
    qtbot.keyClicks(editor.week_form.title, "Arriving")
    editor.week_form.intro.setPlainText("We begin slowly.\nNothing to prove.")
    editor.week_form.exercise.setCurrentIndex(editor.week_form.exercise.findData("box"))
    editor.tabs.setCurrentIndex(0)
    for row in (0, 1):
        editor.prompt_list.setCurrentIndex(editor.prompt_model.index(row, 0))
        editor.prompt_form.week.setCurrentIndex(1)


def test_paste_arrange_preview_save_and_import_in_the_leaders_order(
    qtbot, editor_env, tmp_path
) -> None:
    window, page, editor = editor_env
    assert unnamed(editor) == []
    _fill(qtbot, editor)
    assert editor.paste.toPlainText() == ""
    assert [p.text for p in editor.prompt_model.items] == [
        "What did you bring today?",
        QUOTED,
        "A letter to little you",
    ]
    # the third prompt goes deep: the preview asks for a content note before sharing
    editor.prompt_list.setCurrentIndex(editor.prompt_model.index(2, 0))
    editor.prompt_form.depth_box.setCurrentIndex(editor.prompt_form.depth_box.findData(Depth.DEEP))
    editor.tabs.setCurrentWidget(editor.preview)
    shown = editor.preview.toPlainText()
    assert "Before you can share it" in shown and "Prompt 3 is deep" in shown
    assert QUOTED in shown  # user text shown as text, never as markup
    assert "Week 1: Arriving" in shown and "Exercise: Box breathing" in shown
    editor.tabs.setCurrentIndex(0)
    editor.prompt_list.setCurrentIndex(editor.prompt_model.index(2, 0))
    qtbot.keyClicks(editor.prompt_form.note, "Old feelings may come; skip it if you like.")
    assert editor.show_preview() == []
    # reorder by keyboard: the letter moves to the top
    editor.prompt_list.setFocus()
    qtbot.keyClick(editor.prompt_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.prompt_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.prompt_model.items[0].text == "A letter to little you"
    assert editor.prompt_list.currentIndex().row() == 0
    out = tmp_path / "circle.toml"
    editor.export_to(out)
    assert "Saved “circle.toml” with 3 prompts" in editor.status.text()
    assert page.import_pack(out) == "Imported “Tuesday circle”: 3 prompts."
    journal = window.context.journal
    group = PromptService(journal).group_prompts()
    assert [p.text for p in group] == [
        "A letter to little you",
        "What did you bring today?",
        QUOTED,
    ]
    program = PromptService(journal).library().program("tuesday-circle-program")
    assert program is not None and program.steps[0].title == "Arriving"
    assert program.steps[0].prompt_ids == (group[1].id, group[2].id)
    assert program.steps[0].intro == "We begin slowly.\nNothing to prove."


def test_saving_over_a_file_asks_first_and_keep_it_keeps_it(qtbot, editor_env, tmp_path):
    _, _, editor = editor_env
    _fill(qtbot, editor)
    out = tmp_path / "circle.toml"
    out.write_text("someone's notes", encoding="utf-8")
    editor.export_to(out)
    box = editor.overwrite_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.defaultButton().text() == "Keep it"
    box.defaultButton().click()
    assert out.read_text(encoding="utf-8") == "someone's notes"
    editor.export_to(out)
    replace = next(b for b in editor.overwrite_box.buttons() if b.text() == "Replace it")
    replace.click()
    assert out.read_text(encoding="utf-8").startswith("# A prompt pack")


def test_the_draft_is_kept_in_the_journal_when_closed_or_locked(qtbot, editor_env):
    window, page, editor = editor_env
    _fill(qtbot, editor)
    with qtbot.waitSignal(editor.destroyed):  # Esc closes it, as every dialog
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    kept = PromptService(window.context.journal).pack_draft()
    assert kept is not None and kept.name == "Tuesday circle" and len(kept.prompts) == 3
    page.make_pack_button.click()
    again = page.findChild(PackEditor)
    qtbot.waitUntil(lambda: again is not None and again.isVisible())
    assert again.draft() == kept
    qtbot.keyClicks(again.author, " R.")
    with qtbot.waitSignal(again.destroyed):  # locking closes it, keeping the draft encrypted
        window.lock()
    assert page.findChild(PackEditor) is None
    journal = AccessService(window.context.paths).open(PASSPHRASE)
    with journal:
        kept = PromptService(journal).pack_draft()
    assert kept is not None and kept.author == "Maya R."


def test_weeks_move_with_their_prompts_and_removing_a_week_keeps_its_prompts(qtbot, editor_env):
    _, _, editor = editor_env
    _fill(qtbot, editor)
    editor.tabs.setCurrentIndex(1)
    editor.add_week()
    qtbot.keyClicks(editor.week_form.title, "Letters")
    editor.week_list.setFocus()
    qtbot.keyClick(editor.week_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [w.title for w in editor.week_model.items] == ["Letters", "Arriving"]
    assert [p.week for p in editor.prompt_model.items] == [2, 2, 0]
    editor.week_list.setCurrentIndex(editor.week_model.index(1, 0))
    editor.remove(editor.week_list)
    assert [p.week for p in editor.prompt_model.items] == [0, 0, 0]
    assert [w.title for w in editor.week_model.items] == ["Letters"]


def test_the_editor_is_named_and_reachable_by_keyboard(qtbot, editor_env, qtmodeltester):
    _, _, editor = editor_env
    _fill(qtbot, editor)
    qtmodeltester.check(editor.prompt_model)
    editor.tabs.setCurrentIndex(1)
    assert unnamed(editor) == []
    editor.name.setFocus()
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    assert editor.author.hasFocus()
    assert editor.export_button.property("role") == "primary"


def test_opening_a_saved_pack_asks_before_replacing_unsaved_work(qtbot, editor_env, tmp_path):
    _, _, editor = editor_env
    _fill(qtbot, editor)
    out = tmp_path / "circle.toml"
    editor.export_to(out)
    saved = editor.draft()
    editor.prompt_model.remove(0)
    editor.open_file(out)
    box = editor.overwrite_box
    assert isinstance(box, QMessageBox) and box.defaultButton().text() == "Keep this one"
    box.defaultButton().click()
    assert len(editor.prompt_model.items) == 2  # kept as it was
    editor.open_file(out)
    next(b for b in editor.overwrite_box.buttons() if b.text() == "Open it").click()
    assert editor.draft() == saved
    bad = tmp_path / "bad.toml"
    bad.write_text('[pack]\nid = "x"\n', encoding="utf-8")
    editor.open_file(bad)
    assert "bad.toml" in editor.status.text() and editor.draft() == saved


def test_a_pack_says_the_language_it_is_written_in(qtbot, editor_env, tmp_path):
    window, _, editor = editor_env
    assert editor.language.currentData() == "en"  # a new pack is in English unless chosen
    assert editor.language.accessibleName() == "Language of the prompts"
    _fill(qtbot, editor)
    editor.language.setFocus()
    editor.language.setCurrentIndex(editor.language.findData("es"))
    out = tmp_path / "circulo.toml"
    editor.export_to(out)
    assert 'language = "es"' in out.read_text(encoding="utf-8")
    prompts = PromptService(window.context.journal)
    prompts.import_pack(out)
    assert all(p.source.startswith("pack:") for p in prompts.group_prompts())
    editor.language.setCurrentIndex(editor.language.findData("en"))
    editor.open_file(out)
    next(b for b in editor.overwrite_box.buttons() if b.text() == "Open it").click()
    assert editor.draft().language == "es"  # opening the file brings its language back
