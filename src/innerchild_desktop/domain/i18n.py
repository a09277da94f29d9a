"""Every word a person reads goes through ``translate``: one door to the translations.

The window installs Qt's own ``QCoreApplication.translate`` (``.qm`` catalogues built from
``resources/i18n/*.ts`` by ``pyside6-lrelease``); the command line installs a reader of the same
``.ts`` catalogues (``services/translations.py``), so ``LANG=es_ES.UTF-8 innerchild …`` speaks
Spanish too and domain code never imports Qt.

How to mark words (``pyside6-lupdate`` finds these calls by their names):

- ``translate("Context", "Text shown")`` at the moment the text is shown, never at import time
  (a module constant would stay in the language that was current when it was imported);
- ``translate("Context", "%n entries", None, count)`` for plural forms ("%n" is the count);
- ``QT_TRANSLATE_NOOP("Context", "Text")`` marks a constant for the catalogue without
  translating it; ``translate("Context", constant)`` translates it when shown;
- placeholders are named, ``translate("Context", "Saved at {time}").format(time=…)``.

Nothing here reads files: the catalogue is handed in by whoever starts the program.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

Translator = Callable[[str, str, "str | None", int], str]

DEFAULT = "en"
# Every language the app names (window, prompts, spelling), in its own words, as choosers
# show them; the window's shipped languages first, English (the source) first of all.
NAMES = {"en": "English", "es": "Español", "de": "Deutsch", "fr": "Français", "pt": "Português"}
LANGUAGES = {code: NAMES[code] for code in ("en", "es", "de")}  # the window speaks these


_LOCALE = re.compile(r"([a-z]{2,3})(?:[_.@-]|$)")
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The language codes the system asks for, most wanted first (LANGUAGE may list several,
    "es_ES:en"; then LC_ALL, LC_MESSAGES, LANG). "C" and "POSIX" name no language."""
    found: list[str] = []
    for name in _LOCALE_VARIABLES:
        for part in environ.get(name, "").split(":"):
            match = _LOCALE.match(part.strip().lower())
            if match and match.group(1) not in found:
                found.append(match.group(1))
    return found


def untranslated(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with "%n" replaced by the count (English without a catalogue)."""
    del context, disambiguation
    return counted(source, n, DEFAULT)


def number(n: int, language: str | None = None) -> str:
    """``n`` as ``language`` writes it: 1,234 in English, 1.234 in German, 1234 and 12.345 in
    Spanish (which groups from five digits), as Qt's locales do."""
    language = current_language() if language is None else language
    if language == "es" and abs(n) < 10_000:
        return str(n)
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if language in ("es", "de", "pt") else grouped


def counted(text: str, n: int, language: str) -> str:
    """``text`` with "%n" replaced by the count ``n`` grouped as ``language`` writes numbers."""
    return text.replace("%n", number(n, language)) if n >= 0 else text


def grouping(translator: Translator, language: str) -> Translator:
    """``translator`` (Qt's, which writes "%n" as 1234) with counts grouped as ``language``
    writes them: the first "1234" in the text becomes "1,234" (or "1.234")."""

    def translate_grouped(
        context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = translator(context, source, disambiguation, n)
        if abs(n) >= 1000 and "%n" in source:
            return text.replace(str(n), number(n, language), 1)
        return text

    return translate_grouped


_state: dict[str, Translator | str] = {"translator": untranslated, "language": DEFAULT}


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language; "%n" becomes ``n`` in the right plural form."""
    translator = _state["translator"]
    assert callable(translator)
    return translator(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for the catalogue; returns it untranslated (translate it when shown)."""
    del context
    return source


def install(translator: Translator, language: str) -> None:
    """Use ``translator`` for every later ``translate`` call; ``language`` is its code."""
    _state["translator"] = translator
    _state["language"] = language


def reset() -> None:
    """Back to the source language (tests; a catalogue that could not be read)."""
    install(untranslated, DEFAULT)


def current_language() -> str:
    """The code of the language ``translate`` speaks now ("en", "es", "de")."""
    language = _state["language"]
    assert isinstance(language, str)
    return language
