"""A translated exercise library: the English exercises' own ids, timings and notes, in other words.

A translation lives in ``resources/exercises/<code>/`` under the English file names. Each file is
a whole copy of the English one (same id, kind, steps, timings, patterns and variants) with only
the words translated, and says ``language = "<code>"`` first. It is read by the same parser as the
English files, so every safety rule is checked again; then it is compared with the English
exercise it translates and **refused** if it differs in anything but words:

- the same kind, breathing pattern, variants (ids and patterns), holds, suggested rounds and
  gliding pace; the same number of steps with the same timers; the same "then" exercise;
- the same calm choices (``default``, ``opt_in``) and the same "note every time";
- a note wherever the English has one (a translation never drops a safety note), a closing
  wherever the English has one, and the same ``{placeholders}`` in every step.

The translated ``_library.toml`` carries the shared words (the first-use, soft-breath and hold
notes, the line after an exercise, "What's happening right now?"); its situations keep the English
ids, order and exercises. Whatever is not translated (a missing file) stays English, exercise by
exercise, so history and "last used" (stored by id) carry across languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from innerchild_desktop.domain.exercises import (
    Breathing,
    Exercise,
    ExerciseDataError,
    ExerciseLibrary,
    Situation,
    Step,
    Variant,
    parse_exercise,
)

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_META_TEXTS = ("breathing_first_use_note", "soft_breath_note", "hold_note", "after_line")


def translate_library(
    base: ExerciseLibrary,
    language: str,
    meta: dict[str, Any] | None,
    files: list[tuple[str, dict[str, Any]]],
) -> ExerciseLibrary:
    """``base`` (English) with the exercises ``files`` translate into ``language`` and, if
    ``meta`` is given, the shared words of the translated ``_library.toml``.

    Raises :class:`ExerciseDataError` naming the file and what differs from the English."""
    english = {e.id: e for e in base.exercises}
    found: dict[str, Exercise] = {}
    for name, data in files:
        exercise = parse_exercise(_language_checked(data, language, name), f"{language}/{name}")
        where = f"{language}/{name}"
        original = english.get(exercise.id)
        if original is None:
            raise ExerciseDataError(f"{where}: there is no English exercise {exercise.id!r}")
        if exercise.id in found:
            raise ExerciseDataError(f"{where}: {exercise.id!r} is translated twice")
        _check_same(exercise, original, where)
        found[exercise.id] = exercise
    library = replace(
        base,
        exercises=tuple(found.get(e.id, e) for e in base.exercises),
        language=language,
    )
    if meta is None:
        return library
    return _shared_words(library, base, _language_checked(meta, language, "_library.toml"))


def _language_checked(data: dict[str, Any], language: str, name: str) -> dict[str, Any]:
    said = data.get("language")
    if said != language:
        raise ExerciseDataError(
            f"{language}/{name}: say language = {language!r} at the top (found {said!r})"
        )
    return {k: v for k, v in data.items() if k != "language"}


def _words_removed(exercise: Exercise) -> Exercise:
    """The exercise with every word blanked: what a translation must keep exactly."""
    breathing = exercise.breathing
    if breathing is not None:
        breathing = Breathing(
            breathing.pattern,
            tuple(Variant(v.id, "", v.pattern) for v in breathing.variants),
            breathing.long_hold,
            breathing.suggested_cycles,
            breathing.slowing,
        )
    return replace(
        exercise,
        name="",
        description="",
        intro="",
        steps=tuple(Step("", s.seconds) for s in exercise.steps),
        breathing=breathing,
        first_use_note="" if exercise.first_use_note else None,
        closing="" if exercise.closing else "-",
    )


def _check_same(mine: Exercise, english: Exercise, where: str) -> None:
    if english.first_use_note and not mine.first_use_note:
        raise ExerciseDataError(f"{where}: the English has a safety note; translate it too")
    if _words_removed(mine).breathing != _words_removed(english).breathing:
        raise ExerciseDataError(
            f"{where}: the breathing pattern, holds and variants must be the English ones"
        )
    if len(mine.steps) != len(english.steps) or any(
        a.seconds != b.seconds for a, b in zip(mine.steps, english.steps, strict=False)
    ):
        raise ExerciseDataError(f"{where}: the steps and their timers must be the English ones")
    for n, (a, b) in enumerate(zip(mine.steps, english.steps, strict=True), start=1):
        if set(_PLACEHOLDER.findall(a.text)) != set(_PLACEHOLDER.findall(b.text)):
            raise ExerciseDataError(f"{where} step {n}: keep the English {{placeholders}}")
    if _words_removed(mine) != _words_removed(english):
        raise ExerciseDataError(f"{where}: only the words may differ from the English exercise")


def _shared_words(
    library: ExerciseLibrary, base: ExerciseLibrary, meta: dict[str, Any]
) -> ExerciseLibrary:
    where = f"{library.language}/_library.toml"
    unknown = set(meta) - {*_META_TEXTS, "order", "situations"}
    if unknown:
        raise ExerciseDataError(f"{where}: unknown keys {sorted(unknown)}")
    if "order" in meta and list(meta["order"]) != [e.id for e in base.exercises]:
        raise ExerciseDataError(f"{where}: leave out 'order', or keep the English one")
    english_texts = {
        "breathing_first_use_note": base.breathing_note,
        "soft_breath_note": base.soft_breath_note,
        "hold_note": base.hold_note,
        "after_line": base.after_line,
    }
    texts: dict[str, str] = {}
    for key, english in english_texts.items():
        text = _words(meta.get(key, ""))
        if bool(text) != bool(english):
            raise ExerciseDataError(
                f"{where}: '{key}' must be translated (and only if English has it)"
            )
        texts[key] = text
    return replace(
        library,
        breathing_note=texts["breathing_first_use_note"],
        soft_breath_note=texts["soft_breath_note"],
        hold_note=texts["hold_note"],
        after_line=texts["after_line"],
        situations=_situations(meta.get("situations"), base.situations, where),
    )


def _situations(data: Any, english: tuple[Situation, ...], where: str) -> tuple[Situation, ...]:
    if data is None:
        return english
    if not isinstance(data, list) or len(data) != len(english):
        raise ExerciseDataError(f"{where}: translate every situation, in the English order")
    situations = []
    for n, (raw, other) in enumerate(zip(data, english, strict=True), start=1):
        here = f"{where} situation {n}"
        if not isinstance(raw, dict) or set(raw) != {"id", "label", "hint", "exercise"}:
            raise ExerciseDataError(f"{here}: needs id, label, hint and exercise")
        if raw["id"] != other.id or raw["exercise"] != other.exercise:
            raise ExerciseDataError(
                f"{here}: keep the English id {other.id!r} and exercise {other.exercise!r}"
            )
        label, hint = _words(raw["label"]), _words(raw["hint"])
        if not label or not hint:
            raise ExerciseDataError(f"{here}: 'label' and 'hint' must be non-empty text")
        situations.append(Situation(other.id, label, hint, other.exercise))
    return tuple(situations)


def _words(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def reworded(
    library: ExerciseLibrary, language: str, words: Callable[[str], str]
) -> ExerciseLibrary:
    """``library`` with ``words`` applied to every text a person reads (ids and timings kept):
    the made-up language of the screenshot check, where each text comes back longer."""

    def exercise(e: Exercise) -> Exercise:
        breathing = e.breathing
        if breathing is not None:
            variants = tuple(replace(v, name=words(v.name)) for v in breathing.variants)
            breathing = replace(breathing, variants=variants)
        return replace(
            e,
            name=words(e.name),
            description=words(e.description),
            intro=words(e.intro),
            steps=tuple(replace(s, text=words(s.text)) for s in e.steps),
            breathing=breathing,
            first_use_note=words(e.first_use_note) if e.first_use_note else None,
            closing=words(e.closing) if e.closing else "",
        )

    return replace(
        library,
        exercises=tuple(exercise(e) for e in library.exercises),
        breathing_note=words(library.breathing_note),
        soft_breath_note=words(library.soft_breath_note),
        hold_note=words(library.hold_note),
        after_line=words(library.after_line),
        situations=tuple(
            replace(s, label=words(s.label), hint=words(s.hint)) for s in library.situations
        ),
        language=language,
    )
