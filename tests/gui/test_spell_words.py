"""Settings → Spelling → My dictionary… (issue 19): the added words, taken out and put back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from innerchild_desktop.services.spelling import SpellingService
from innerchild_desktop.ui.spell_words_dialog import SpellWordsDialog


def test_taking_words_out_by_keyboard_and_putting_them_back(qtbot, journal):
    spell = SpellingService(journal)
    spell.add_words(["Maplebrook", "Zyzzlewood"])
    dialog = SpellWordsDialog(spell)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.words.item(i).text() for i in range(dialog.words.count())] == [
        "Maplebrook",
        "Zyzzlewood",
    ]
    assert dialog.focusWidget() is dialog.words and not dialog.undo.isVisible()
    qtbot.keyClick(dialog.words, Qt.Key.Key_Delete)  # the first word is chosen
    assert spell.personal_words() == ["Zyzzlewood"]
    assert dialog.undo.isVisible() and "1" in dialog.message.text()
    qtbot.mouseClick(dialog.undo, Qt.MouseButton.LeftButton)
    assert spell.personal_words() == ["Maplebrook", "Zyzzlewood"]


def test_an_empty_dictionary_says_how_words_get_there(qtbot, journal):
    dialog = SpellWordsDialog(SpellingService(journal))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.words.isVisible()
    assert not dialog.remove.isEnabled()


def test_settings_opens_my_dictionary_only_while_open(qtbot, journal):
    from innerchild_desktop.ui.spell_settings import SpellSection

    section = SpellSection()
    qtbot.addWidget(section)
    assert not section.words.isEnabled()  # locked: the words are journal content
    SpellingService(journal).add_word("Maplebrook")
    section.set_journal(journal)
    qtbot.mouseClick(section.words, Qt.MouseButton.LeftButton)
    dialog = section.words_dialog
    assert dialog.isVisible() and dialog.words.item(0).text() == "Maplebrook"
    with qtbot.waitSignal(section.changed):
        dialog.reject()
