"""The shipped data, read from ``resources/`` once: prompts, exercises and crisis lines.

The domain parses and checks (domain.prompts.parse_library, domain.exercises.build_library,
domain.safety_plan.crisis_lines_from_data) but never reads a file; this module is where the
files are read. The shipped copies are parsed once a process (functools.cache): they never
change while the app runs. ``folder`` arguments let tests check a library of their own.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from collections.abc import Collection
from pathlib import Path
from typing import Any

from innerchild_desktop.domain import i18n
from innerchild_desktop.domain.exercise_translation import reworded, translate_library
from innerchild_desktop.domain.exercises import ExerciseDataError, ExerciseLibrary, build_library
from innerchild_desktop.domain.prompt_problems import Problem, PromptLibraryError
from innerchild_desktop.domain.prompt_translation import parse_translation
from innerchild_desktop.domain.prompts import (
    DEFAULT_LANGUAGE,
    LANGUAGE_PATTERN,
    PromptLibrary,
    PromptPack,
    parse_library,
)
from innerchild_desktop.domain.prompts import parse_pack as _parse_pack
from innerchild_desktop.domain.safety_plan import CrisisLines, crisis_lines_from_data
from innerchild_desktop.resources import resource_path

log = logging.getLogger(__name__)

# --- prompts -----------------------------------------------------------------------------------


@functools.cache
def shipped_exercise_ids() -> frozenset[str]:
    """Ids of the shipped exercises (one file each; files starting with "_" are not exercises)."""
    folder = resource_path("exercises")
    return frozenset(p.stem for p in folder.glob("*.toml") if not p.name.startswith("_"))


def load_library(
    folder: Path | None = None,
    known_exercises: Collection[str] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> PromptLibrary:
    """The prompt library in ``folder`` (default: the shipped one), read fresh and checked as a
    whole; raises PromptLibraryError. Use :func:`shipped_library` for the cached shipped one.

    For a ``language`` other than English, the translation in ``folder/<language>`` over the
    English library (English for anything not translated, or if there is no such folder)."""
    folder = folder or resource_path("prompts")
    exercises = shipped_exercise_ids() if known_exercises is None else known_exercises
    problems: list[Problem] = []
    base = parse_library(_library_files(folder, problems), exercises, problems)
    return _translated(base, folder, language, exercises)


def _translated(
    base: PromptLibrary, folder: Path, language: str, exercises: Collection[str]
) -> PromptLibrary:
    translation = folder / language
    if language == DEFAULT_LANGUAGE or not translation.is_dir():
        return base
    problems: list[Problem] = []
    files = _library_files(translation, problems)
    return parse_translation(base, language, files, exercises, problems)


def _library_files(folder: Path, problems: list[Problem]) -> list[tuple[str, str]]:
    """(name, text) of a library folder's theme and template files, then its programs."""
    files: list[tuple[str, str]] = []
    paths = [(p, p.name) for p in sorted(folder.glob("*.toml"))]
    paths += [(p, f"programs/{p.name}") for p in sorted((folder / "programs").glob("*.toml"))]
    for path, name in paths:
        text = _read_text(path, problems)
        if text is not None:
            files.append((name, text))
    return files


def library_languages(folder: Path | None = None) -> frozenset[str]:
    """The languages there is a prompt library for: English and each translation's folder."""
    folder = folder or resource_path("prompts")
    found = {
        p.name
        for p in folder.iterdir()
        if p.is_dir() and LANGUAGE_PATTERN.fullmatch(p.name) and any(p.glob("*.toml"))
    }
    return frozenset(found | {DEFAULT_LANGUAGE})


@functools.cache
def shipped_languages() -> frozenset[str]:
    return library_languages()


@functools.cache
def shipped_library(language: str = DEFAULT_LANGUAGE) -> PromptLibrary:
    """The shipped prompt library in ``language`` (English where not translated), parsed once
    a process."""
    if language == DEFAULT_LANGUAGE:
        return load_library()
    folder = resource_path("prompts")
    return _translated(shipped_library(), folder, language, shipped_exercise_ids())


def parse_pack(
    text: str,
    file: str,
    library: PromptLibrary | None = None,
    known_exercises: Collection[str] | None = None,
) -> PromptPack:
    """A pack's text checked against ``library`` (default: the shipped one) and the shipped
    exercises; raises PromptLibraryError (an InvalidInput)."""
    return _parse_pack(
        text,
        file,
        shipped_library() if library is None else library,
        shipped_exercise_ids() if known_exercises is None else known_exercises,
    )


def load_pack(
    path: Path, library: PromptLibrary, known_exercises: Collection[str] | None = None
) -> PromptPack:
    """A pack file read and checked; raises PromptLibraryError naming the file if unreadable."""
    problems: list[Problem] = []
    text = _read_text(path, problems)
    if text is None:
        raise PromptLibraryError(problems)
    return parse_pack(text, path.name, library, known_exercises)


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(path.name, None, None, "This file is not UTF-8 text."))
    except OSError as err:
        problems.append(Problem(path.name, None, None, f"This file could not be read ({err})."))
    return None


# --- exercises ---------------------------------------------------------------------------------


def load_exercises(folder: Path | None = None, language: str = DEFAULT_LANGUAGE) -> ExerciseLibrary:
    """Every exercise in ``folder`` (default: the shipped ``resources/exercises``), read fresh;
    raises ExerciseDataError. Use :func:`shipped_exercises` for the cached shipped one.

    For a ``language`` other than English, the translation in ``folder/<language>`` over the
    English (English for any exercise not translated, or if there is no such folder); a
    translation that changes anything but words is refused (domain.exercise_translation)."""
    folder = folder or resource_path("exercises")
    base = build_library(_read_toml(folder / "_library.toml"), _exercise_files(folder))
    translation = folder / language
    if language == DEFAULT_LANGUAGE or not translation.is_dir():
        return base
    meta_path = translation / "_library.toml"
    meta = _read_toml(meta_path) if meta_path.is_file() else None
    return translate_library(base, language, meta, _exercise_files(translation))


def _exercise_files(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.name, _read_toml(path))
        for path in sorted(folder.glob("*.toml"))
        if not path.name.startswith("_")
    ]


def shipped_exercises() -> ExerciseLibrary:
    """The shipped exercises in the current language (domain.i18n.current_language()), parsed
    once a process per language: the language can change while the app runs."""
    return _shipped_exercises(i18n.current_language())


PSEUDO = "pseudo"  # `screenshots --language pseudo`: every text bracketed and 30 % longer


@functools.cache
def _shipped_exercises(language: str) -> ExerciseLibrary:
    if language == DEFAULT_LANGUAGE:
        return load_exercises()
    if language == PSEUDO:  # the exercises' words through the pseudo translator too
        english = _shipped_exercises(DEFAULT_LANGUAGE)
        return reworded(english, PSEUDO, lambda text: i18n.translate("exercises.data", text))
    try:
        return load_exercises(language=language)
    except ExerciseDataError as err:
        # A broken translation must never keep "I feel overwhelmed" from opening: English then.
        # (The message names our own file and field, never anything a person wrote.)
        log.warning("exercise translation %s refused, using English: %s", language, err)
        return _shipped_exercises(DEFAULT_LANGUAGE)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ExerciseDataError(f"{path.name}: {err}") from None


# --- crisis lines ------------------------------------------------------------------------------


@functools.cache
def load_crisis_lines() -> CrisisLines:
    """The bundled crisis lines (resources/safety/crisis_lines.toml), parsed once a process."""
    data = tomllib.loads(resource_path("safety", "crisis_lines.toml").read_text("utf-8"))
    return crisis_lines_from_data(data)
