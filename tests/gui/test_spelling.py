"""Spell-check in the editor (issue 19): squiggly underlines, suggestions, a personal dictionary
kept only inside the encrypted journal, "Ignore in this entry", the off switch and languages."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.spelling import SpellingService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE

SQUIGGLE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def editor_env(qtbot, make_window, paths):  # type: ignore[no-untyped-def]
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        SpellingService(journal).set_language("en")
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    editor = window.workspace.journal_page.editor
    qtbot.waitUntil(lambda: editor.spell.is_active(), timeout=10_000)
    return window, editor


def _write(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry(body=text)
    editor.spell.finish_pass()


def _underlined(editor, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether some occurrence of ``word`` in the body carries the squiggle."""
    document = editor.body.document()
    block = document.begin()
    while block.isValid():
        text = block.text()
        start = text.find(word)
        while start >= 0:
            for fmt in block.layout().formats():
                if (
                    fmt.format.underlineStyle() == SQUIGGLE
                    and fmt.start <= start
                    and start + len(word) <= fmt.start + fmt.length
                ):
                    return True
            start = text.find(word, start + 1)
        block = block.next()
    return False


def _menu_at(editor, word: str):  # type: ignore[no-untyped-def]
    position = editor.body.toPlainText().index(word) + 1
    cursor = QTextCursor(editor.body.document())
    cursor.setPosition(position)
    point = editor.body.cursorRect(cursor).center()
    return editor.body.context_menu(point)


def _action(menu, text: str):  # type: ignore[no-untyped-def]
    found = [a for a in menu.actions() if a.text() == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_a_misspelling_is_underlined_and_correct_and_field_words_are_not(qtbot, editor_env):
    _window, editor = editor_env
    _write(
        qtbot,
        editor,
        "I recieve kindness today.\n\n"
        "Reparenting and journaling help, so does EMDR and self-compassion.\n\n"
        "`notaword` and https://example.org/zzqx and ![p](attachment:qqzzx) and b12x stay.",
    )
    assert _underlined(editor, "recieve")
    for fine in ("kindness", "Reparenting", "journaling", "EMDR", "self-compassion"):
        assert not _underlined(editor, fine), fine
    for skipped in ("notaword", "zzqx", "qqzzx", "b12x"):
        assert not _underlined(editor, skipped), skipped
    editor.flush()
    editor.spell.start_pass()  # underlining again is not an edit: nothing to save
    editor.spell.finish_pass()
    assert not editor._dirty and editor.state.text() == "Saved"
    assert not editor.autosave.isActive()


def test_the_context_menu_offers_suggestions_and_replaces(qtbot, editor_env):
    _window, editor = editor_env
    _write(qtbot, editor, "I recieve kindness.")
    menu = _menu_at(editor, "recieve")
    texts = [a.text() for a in menu.actions()]
    assert "receive" in texts
    assert "Add to my dictionary" in texts and "Ignore in this entry" in texts
    assert len([t for t in texts[: texts.index("Add to my dictionary")] if t]) <= 5
    _action(menu, "receive").trigger()
    assert editor.body.toPlainText() == "I receive kindness."
    assert not _underlined(editor, "receive")
    # A correct word has no spelling choices.
    menu = _menu_at(editor, "kindness")
    assert "Add to my dictionary" not in [a.text() for a in menu.actions()]


def _files_outside_the_database(roots: list[Path], database: Path) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and path.resolve() != database.resolve():
                found.append(path)
    return found


@pytest.fixture
def private_tmp(tmp_path_factory, monkeypatch):  # type: ignore[no-untyped-def]
    """TMP for this test alone (set before the window exists), so all of it can be read."""
    tmp = tmp_path_factory.mktemp("tmp")
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def test_add_to_my_dictionary_keeps_the_word_only_inside_the_journal(
    qtbot, private_tmp, editor_env, paths
):
    window, editor = editor_env
    _write(qtbot, editor, "Grandma Zyzzlewood baked bread.")
    assert _underlined(editor, "Zyzzlewood")
    _action(_menu_at(editor, "Zyzzlewood"), "Add to my dictionary").trigger()
    assert not _underlined(editor, "Zyzzlewood")
    assert SpellingService(window.context.journal).personal_words() == ["Zyzzlewood"]
    editor.flush()
    # Another entry: still known.
    _write(qtbot, editor, "Zyzzlewood again.")
    assert not _underlined(editor, "Zyzzlewood")
    editor.flush()
    database = paths.database
    assert database.exists()
    roots = [Path(paths.root), Path(os.environ["HOME"]), private_tmp]
    for path in _files_outside_the_database(roots, database):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        assert b"zyzzlewood" not in data.lower(), path
        assert "zyzzlewood".encode("utf-16-le") not in data.lower(), path
    assert b"Zyzzlewood" not in database.read_bytes()  # in it, but encrypted


def test_ignore_in_this_entry_lasts_for_the_open_entry_only(qtbot, editor_env):
    _window, editor = editor_env
    _write(qtbot, editor, "Qwertzuiop is my word.")
    _action(_menu_at(editor, "Qwertzuiop"), "Ignore in this entry").trigger()
    assert not _underlined(editor, "Qwertzuiop")
    editor.flush()
    _write(qtbot, editor, "Qwertzuiop once more.")
    assert _underlined(editor, "Qwertzuiop")


def test_the_off_switch_in_settings(qtbot, editor_env):
    window, editor = editor_env
    _write(qtbot, editor, "I recieve kindness.")
    editor.flush()
    assert _underlined(editor, "recieve")
    section = window.workspace.settings_page.spelling
    window.workspace.show_page("Settings")
    qtbot.waitUntil(section.enabled.isEnabled)
    section.enabled.click()
    assert not section.enabled.isChecked()
    window.workspace.show_page("Journal")
    qtbot.waitUntil(lambda: not editor.spell.is_active())
    assert not _underlined(editor, "recieve")
    assert not editor.spell_action.isChecked()
    editor.spell_action.trigger()  # and on again from the editor's More menu
    qtbot.waitUntil(lambda: editor.spell.is_active(), timeout=10_000)
    editor.spell.finish_pass()
    assert _underlined(editor, "recieve")


def test_switching_to_spanish_accepts_spanish_words(qtbot, editor_env):
    window, editor = editor_env
    _write(qtbot, editor, "Mi corazón está tranquilo.")
    editor.flush()
    assert _underlined(editor, "corazón")
    section = window.workspace.settings_page.spelling
    window.workspace.show_page("Settings")
    qtbot.waitUntil(section.language.isEnabled)
    section.language.setCurrentIndex(section.language.findData("es"))
    window.workspace.show_page("Journal")
    qtbot.waitUntil(
        lambda: editor.spell.speller is not None and editor.spell.speller.language == "es",
        timeout=10_000,
    )
    editor.spell.finish_pass()
    assert not _underlined(editor, "corazón")
    assert not _underlined(editor, "tranquilo")


def test_one_entry_may_be_checked_in_another_language(qtbot, editor_env):
    """A bilingual journal: the right-click menu's "Spelling language of this entry"."""
    _window, editor = editor_env
    _write(qtbot, editor, "Mi corazón está tranquilo.")
    editor.save_now()
    spanish_id = editor.entry_id
    assert _underlined(editor, "corazón")
    menu = _menu_at(editor, "corazón")
    languages = _action(menu, "Spelling language of this entry").menu()
    _action(languages, "Español").trigger()

    def speaks(code: str) -> bool:
        speller = editor.spell.speller
        return speller is not None and speller.language == code and editor.spell.is_active()

    qtbot.waitUntil(lambda: speaks("es"), timeout=10_000)
    editor.spell.finish_pass()
    assert not _underlined(editor, "corazón")
    # Another entry follows the journal (English); coming back, this one is Spanish again.
    _write(qtbot, editor, "A quiet mornign by the sea.")
    qtbot.waitUntil(lambda: speaks("en"), timeout=10_000)
    editor.spell.finish_pass()
    assert _underlined(editor, "mornign")
    editor.save_now()
    editor.load(spanish_id)
    qtbot.waitUntil(lambda: speaks("es"), timeout=10_000)
    editor.spell.finish_pass()
    assert not _underlined(editor, "corazón")
    menu = _menu_at(editor, "corazón")
    languages = _action(menu, "Spelling language of this entry").menu()
    assert _action(languages, "Español").isChecked()
    assert not _action(languages, "As the journal (English)").isChecked()
