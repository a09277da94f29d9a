"""The translation catalogues: ``resources/i18n/innerchild_<code>.ts``, read without Qt.

The window loads the same catalogues as ``.qm`` files through Qt (``ui/i18n.py``); the command
line, the tests and a window whose ``.qm`` was not built read the ``.ts`` source here, so every
part of the program speaks from one catalogue. ``innerchild_en.ts`` holds only English plural
forms ("%n entry" / "%n entries"); the source text is the rest of the English.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path

from innerchild_desktop.domain import i18n
from innerchild_desktop.resources import resource_path

CATALOGUE_PREFIX = "innerchild_"

Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


def catalogue_dir() -> Path:
    return resource_path("i18n")


@functools.cache  # (read once: the start-up asks several times, and the shipped set is fixed)
def available_languages() -> tuple[str, ...]:
    """Codes of the shipped languages, English first (it needs no catalogue)."""
    found = {
        path.stem.removeprefix(CATALOGUE_PREFIX)
        for path in catalogue_dir().glob(f"{CATALOGUE_PREFIX}*.ts")
    }
    return (i18n.DEFAULT, *sorted(code for code in found if code != i18n.DEFAULT))


def plural_index(language: str, n: int) -> int:
    """Which plural form ``n`` takes in ``language`` (the shipped languages have two forms)."""
    if language == "fr" or language == "pt":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


class Catalogue:
    """The finished messages of one language, by (context, source, disambiguation). (A plain
    class: the window reads this module before its lock screen, and dataclasses cost start-up.)"""

    def __init__(self, language: str, messages: dict[Key, list[str]] | None = None) -> None:
        self.language = language
        self.messages: dict[Key, list[str]] = {} if messages is None else messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self.messages.get((context, source, disambiguation or ""))
        if not forms:
            return i18n.counted(source, n, self.language)
        text = forms[min(plural_index(self.language, n), len(forms) - 1)] if n >= 0 else forms[0]
        return i18n.counted(text, n, self.language)


def read_catalogue(path: Path, language: str) -> Catalogue:
    """Every finished message of a ``.ts`` file (unfinished and obsolete ones are left out)."""
    import xml.etree.ElementTree as ElementTree  # (only the command line and a missing .qm)

    catalogue = Catalogue(language)
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            if translation.get("type") == "vanished":
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if not any(forms):
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            catalogue.messages[(name, source, comment)] = forms
    return catalogue


@functools.cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language``; an empty one if it is not shipped or cannot be read."""
    path = catalogue_dir() / f"{CATALOGUE_PREFIX}{language}.ts"
    try:
        return read_catalogue(path, language)
    except (OSError, SyntaxError):  # (ElementTree.ParseError is a SyntaxError)
        return Catalogue(language)


def language_for(environ: Mapping[str, str]) -> str:
    """The first language the system asks for that is shipped, else English."""
    shipped = set(available_languages())
    for code in i18n.system_languages(environ):
        if code in shipped:
            return code
    return i18n.DEFAULT


def install_language(language: str) -> None:
    """Make ``domain.i18n.translate`` speak ``language`` from its ``.ts`` catalogue."""
    i18n.install(catalogue(language).translate, language)


def install_for_environment(environ: Mapping[str, str] | None = None) -> str:
    """The command line's start: the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    language = language_for(os.environ if environ is None else environ)
    install_language(language)
    return language
