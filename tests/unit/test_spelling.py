"""Spell-check's pure parts (which words are checked), the speller, and the personal dictionary
as journal content: encrypted, exported, imported and synced like the other settings."""

from __future__ import annotations

import json

import pytest

from innerchild_desktop.domain import spelling
from innerchild_desktop.domain.settings import SPELL_WORDS
from innerchild_desktop.domain.sync_map import SYNCED_SETTINGS
from innerchild_desktop.services import spelling as service
from innerchild_desktop.services.spelling import Speller, SpellingService, load_speller
from innerchild_desktop.services.transfer import export_journal, import_journal
from tests.unit.test_transfer_exports import empty_journal


def _words(line: str) -> list[str]:
    return [w for _, w in spelling.words(line)]


def test_markdown_syntax_code_urls_and_attachments_are_not_words() -> None:
    line = (
        "## **Bold** _soft_ `codeword` see [the site](https://example.org/zzqx) "
        "<https://a.example/yyq> www.qqz.org me@mail.example ![p](attachment:abc123) b12 a I"
    )
    assert _words(line) == ["Bold", "soft", "see", "the", "site"]


def test_words_keep_apostrophes_and_hyphens_and_report_their_place() -> None:
    assert list(spelling.words("I don't want self-compassion")) == [
        (2, "don't"),
        (8, "want"),
        (13, "self-compassion"),
    ]


def test_fenced_code_is_skipped_across_lines() -> None:
    state = 0
    seen = []
    for line in ["before", "```", "insidecode", "```", "after"]:
        seen += _words_with_state(line, state)
        state = spelling.block_state(line, state)
    assert seen == ["before", "after"]


def _words_with_state(line: str, state: int) -> list[str]:
    return [w for _, w in spelling.words(line, state)]


def test_is_correct_handles_parts_and_possessives() -> None:
    known = {"child", "self", "care"}.__contains__
    assert spelling.is_correct("child's", known)
    assert spelling.is_correct("self-care", known)
    assert not spelling.is_correct("self-carre", known)
    assert spelling.is_correct("Zyx", known, {"zyx"})


@pytest.fixture(scope="module")
def english() -> Speller:
    return load_speller("en", ["Zyzzlewood"])


def test_the_speller_knows_english_field_words_and_personal_words(english) -> None:
    for word in ("kindness", "Journaling", "reparenting", "EMDR", "CPTSD", "Zyzzlewood"):
        assert english.is_correct(word), word
    assert not english.is_correct("recieve")
    assert "receive" in english.suggestions("recieve")
    assert english.suggestions("Recieve")[0][0].isupper()
    assert len(english.suggestions("hypervigilanceeee")) <= 5  # long words: one edit away


def test_spanish_and_german_field_words() -> None:
    assert load_speller("es", []).is_correct("autocompasión")
    assert load_speller("de", []).is_correct("Selbstmitgefühl")


def test_the_system_language_else_english(monkeypatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert service.system_language() == "de"
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.setattr(service.locale, "getlocale", lambda: (None, None))
    assert service.system_language() == "en"


def test_the_personal_dictionary_is_an_exported_synced_setting(journal, tmp_path) -> None:
    spell = SpellingService(journal)
    assert spell.enabled()
    spell.add_word("Zyzzlewood")
    spell.add_word("zyzzlewood")  # once, whatever the case
    spell.add_word("Anna’s")
    assert spell.personal_words() == ["Anna's", "Zyzzlewood"]
    assert SPELL_WORDS.key in SYNCED_SETTINGS
    out = tmp_path / "export.json"
    export_journal(journal, "json", out)
    assert "Zyzzlewood" in json.dumps(json.loads(out.read_text()).get("settings"))
    with empty_journal(tmp_path / "other") as other:
        import_journal(other, "innerchild-json", out)
        assert SpellingService(other).personal_words() == ["Anna's", "Zyzzlewood"]


def test_language_choice_is_checked(journal) -> None:
    spell = SpellingService(journal)
    spell.set_language("es")
    assert spell.language() == "es"
    with pytest.raises(ValueError):
        spell.set_language("xx")


def test_words_can_be_taken_out_and_put_back(journal) -> None:
    spell = SpellingService(journal)
    spell.add_words(["Zyzzlewood", "Anna's", "Maplebrook"])
    assert spell.remove_words(["zyzzlewood", "Maplebrook", "never-added"]) == [
        "Maplebrook",
        "Zyzzlewood",
    ]
    assert spell.personal_words() == ["Anna's"]
    spell.add_words(["Maplebrook", "Zyzzlewood"])
    assert spell.personal_words() == ["Anna's", "Maplebrook", "Zyzzlewood"]


def test_an_entry_may_be_checked_in_its_own_language(journal) -> None:
    spell = SpellingService(journal)
    spell.set_language("en")
    assert spell.entry_language("e1") == "en"
    assert spell.entry_language_chosen("e1") is None
    spell.set_entry_language("e1", "es")
    assert spell.entry_language("e1") == "es"
    assert spell.entry_language("e2") == "en"  # the others follow the journal
    assert spell.entry_language(None) == "en"  # a new entry too
    spell.set_entry_language("e1", None)
    assert spell.entry_language("e1") == "en"
    with pytest.raises(ValueError):
        spell.set_entry_language("e1", "xx")
