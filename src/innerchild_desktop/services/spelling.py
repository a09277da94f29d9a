"""Spell-checking: one small interface over pyspellchecker (bundled word lists) or, when the
system has it and a dictionary for the language, Enchant/Hunspell through pyenchant.

The personal dictionary is journal content (names of family members, places, diagnoses): it is
the encrypted setting ``spell_words``, so it travels in backups, JSON exports and sync, and is
never handed to a spell library's own user dictionary (which would write a plain file).

Speed: ``Speller.is_correct`` remembers each word's answer in a dict, so a word is looked up in
the word list once per language; suggestions (edit distance, slow for long words) are only
asked for on a right-click.
"""

from __future__ import annotations

import functools
import locale
import os
import threading
from collections.abc import Iterable
from typing import Protocol

from innerchild_desktop.domain import spelling
from innerchild_desktop.domain.i18n import NAMES
from innerchild_desktop.domain.settings import (
    SPELL_CHECK,
    SPELL_ENTRY_LANGUAGES,
    SPELL_LANGUAGE,
    SPELL_WORDS,
)
from innerchild_desktop.resources import resource_path
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store.settings import get_setting, set_setting

# The languages pyspellchecker bundles (and the app offers), by code, in their own names.
LANGUAGES: dict[str, str] = {code: NAMES[code] for code in ("en", "es", "de", "fr", "pt")}
DEFAULT_LANGUAGE = "en"
SUGGESTIONS = 5
_LONG_WORD = 8  # past this many letters, suggestions look one edit away only (two take seconds)


class Engine(Protocol):
    """A word list for one language. ``known`` takes a lower-case word."""

    language: str

    def known(self, word: str) -> bool: ...
    def suggestions(self, word: str, limit: int) -> list[str]: ...


class PySpellEngine:
    def __init__(self, language: str) -> None:
        from spellchecker import SpellChecker

        self.language = language
        self._checker = SpellChecker(language=language, case_sensitive=False)
        self._lock = threading.Lock()  # its distance is state; suggestions may change it

    def known(self, word: str) -> bool:
        return word in self._checker

    def suggestions(self, word: str, limit: int) -> list[str]:
        with self._lock:
            self._checker.distance = 1 if len(word) > _LONG_WORD else 2
            try:
                found = self._checker.candidates(word.lower()) or set()
            finally:
                self._checker.distance = 2
        frequency = self._checker.word_frequency
        ranked = sorted(found, key=lambda w: (-frequency[w], w))
        return [w for w in ranked if w != word.lower()][:limit]


class EnchantEngine:
    def __init__(self, language: str, dictionary: object) -> None:
        self.language = language
        self._dict = dictionary

    def known(self, word: str) -> bool:
        return bool(self._dict.check(word))  # type: ignore[attr-defined]

    def suggestions(self, word: str, limit: int) -> list[str]:
        return list(self._dict.suggest(word))[:limit]  # type: ignore[attr-defined]


def _enchant_engine(language: str) -> Engine | None:
    """Enchant, only if importable and it has a dictionary for ``language``; never required."""
    try:
        import enchant  # type: ignore[import-not-found, unused-ignore]

        if not enchant.dict_exists(language):
            return None
        return EnchantEngine(language, enchant.Dict(language))
    except Exception:  # no library, no C backend, a broken provider: the bundled lists do
        return None


@functools.cache
def engine(language: str) -> Engine:
    """The word list for ``language`` (loaded once a run: 0.2-0.9 s, so off the GUI thread)."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    return _enchant_engine(language) or PySpellEngine(language)


@functools.cache
def field_words() -> frozenset[str]:
    """Words of this field ordinary dictionaries flag (resources/spelling/field_words.txt)."""
    text = resource_path("spelling", "field_words.txt").read_text(encoding="utf-8")
    return frozenset(
        spelling.normal(line.strip())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def system_language() -> str:
    """The system's language if the app offers it, else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        code = value.split(":")[0][:2].lower()
        if code in LANGUAGES:
            return code
    try:
        code = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


class Speller:
    """One language's word list, this field's words and the personal dictionary, with a cache."""

    def __init__(self, engine: Engine, personal: Iterable[str] = ()) -> None:
        self.engine = engine
        self.language = engine.language
        self._accepted = set(field_words()) | {spelling.normal(w) for w in personal}
        self._cache: dict[str, bool] = {}

    def is_correct(self, word: str) -> bool:
        answer = self._cache.get(word)
        if answer is None:
            answer = spelling.is_correct(word, self.engine.known, self._accepted)
            self._cache[word] = answer
        return answer

    def suggestions(self, word: str, limit: int = SUGGESTIONS) -> list[str]:
        found = self.engine.suggestions(spelling.normal(word), limit)
        if word[:1].isupper():  # "Recieve" → "Receive"
            found = [w[:1].upper() + w[1:] for w in found]
        return found

    def accept(self, word: str) -> None:
        """Treat ``word`` as correct from now on (it was added to the personal dictionary)."""
        self._accepted.add(spelling.normal(word))
        self._cache.clear()


class SpellingService:
    """The spell-check choices and the personal dictionary of an open journal."""

    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal

    def enabled(self) -> bool:
        return get_setting(self.journal.conn, SPELL_CHECK)

    def set_enabled(self, on: bool) -> None:
        with self.journal.transaction() as conn:
            set_setting(conn, SPELL_CHECK, on)

    def language(self) -> str:
        chosen = get_setting(self.journal.conn, SPELL_LANGUAGE)
        return chosen if chosen in LANGUAGES else system_language()

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"no spell-check language {code!r}")
        with self.journal.transaction() as conn:
            set_setting(conn, SPELL_LANGUAGE, code)

    def personal_words(self) -> list[str]:
        return list(get_setting(self.journal.conn, SPELL_WORDS))

    def remove_words(self, words: Iterable[str]) -> list[str]:
        """Take ``words`` out of the personal dictionary; returns those that were in it (for
        "Put them back")."""
        gone = {spelling.normal(w) for w in words}
        with self.journal.transaction() as conn:
            kept = list(get_setting(conn, SPELL_WORDS))
            removed = [w for w in kept if spelling.normal(w) in gone]
            if removed:
                set_setting(conn, SPELL_WORDS, [w for w in kept if w not in removed])
        return removed

    def entry_language(self, entry_id: str | None) -> str:
        """The spell-check language of one entry: its own if chosen, else the journal's."""
        chosen = get_setting(self.journal.conn, SPELL_ENTRY_LANGUAGES).get(entry_id or "")
        return chosen if chosen in LANGUAGES else self.language()

    def entry_language_chosen(self, entry_id: str) -> str | None:
        """The language chosen for this entry alone, or None (it follows the journal)."""
        chosen = get_setting(self.journal.conn, SPELL_ENTRY_LANGUAGES).get(entry_id)
        return chosen if chosen in LANGUAGES else None

    def set_entry_language(self, entry_id: str, code: str | None) -> None:
        """Check this entry in ``code`` (a bilingual journal); None: as the journal."""
        if code is not None and code not in LANGUAGES:
            raise ValueError(f"no spell-check language {code!r}")
        with self.journal.transaction() as conn:
            chosen = dict(get_setting(conn, SPELL_ENTRY_LANGUAGES))
            if code is None:
                chosen.pop(entry_id, None)
            else:
                chosen[entry_id] = code
            set_setting(conn, SPELL_ENTRY_LANGUAGES, chosen)

    def add_word(self, word: str) -> None:
        """Add ``word`` to the personal dictionary (kept once, encrypted in the journal)."""
        self.add_words([word])

    def add_words(self, added: Iterable[str]) -> None:
        """Add each word once, in one transaction ("Put them back" after taking words out)."""
        cleaned = [w for w in (spelling.clean_word(word) for word in added) if w]
        if not cleaned:
            return
        with self.journal.transaction() as conn:
            words = list(get_setting(conn, SPELL_WORDS))
            before = len(words)
            known = {spelling.normal(w) for w in words}
            for word in cleaned:
                if spelling.normal(word) not in known:
                    known.add(spelling.normal(word))
                    words.append(word)
            if len(words) > before:
                set_setting(conn, SPELL_WORDS, sorted(words, key=str.lower))


def load_speller(language: str, personal: Iterable[str]) -> Speller:
    """A Speller for ``language`` (slow the first time a run: call it off the GUI thread)."""
    return Speller(engine(language), personal)
