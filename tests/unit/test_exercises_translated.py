"""The exercises in Spanish and German: only the words change, never a timing, a hold, a calm
choice or a safety note; the library follows the current language and falls back to English."""

import logging
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from innerchild_desktop.domain import i18n
from innerchild_desktop.domain.breath_safety import validate_pattern
from innerchild_desktop.domain.exercises import Exercise, ExerciseDataError, ExerciseLibrary
from innerchild_desktop.domain.pacer import IN, BreathPattern, PacerState
from innerchild_desktop.resources import resource_path
from innerchild_desktop.services import library
from innerchild_desktop.services.library import load_exercises

SHIPPED = resource_path("exercises")
ENGLISH = load_exercises()
TRANSLATIONS = ("es", "de")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped exercises, translations included, to break on purpose."""
    copy = tmp_path / "exercises"
    shutil.copytree(SHIPPED, copy)
    return copy


@pytest.fixture
def speaking() -> Iterator[None]:
    """Lets a test change the current language; English again afterwards."""
    yield
    i18n.reset()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def texts(exercise: Exercise) -> list[str]:
    words = [exercise.name, exercise.description, exercise.intro, exercise.closing]
    words += [step.text for step in exercise.steps]
    if exercise.breathing is not None:
        words += [v.name for v in exercise.breathing.variants]
    return words + ([exercise.first_use_note] if exercise.first_use_note else [])


# --- the shipped translations ------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_exercise_file_has_a_translation_under_the_same_name(language: str) -> None:
    english = sorted(p.name for p in SHIPPED.glob("*.toml"))
    assert sorted(p.name for p in (SHIPPED / language).glob("*.toml")) == english


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_exercise_keeps_its_structure_and_every_word_is_translated(language: str) -> None:
    translated = load_exercises(language=language)
    assert translated.language == language
    assert [e.id for e in translated.exercises] == [e.id for e in ENGLISH.exercises]
    for mine, english in zip(translated.exercises, ENGLISH.exercises, strict=True):
        assert mine.kind is english.kind
        assert mine.breathing == _without_variant_names(english, mine)
        assert [s.seconds for s in mine.steps] == [s.seconds for s in english.steps]
        assert (mine.default, mine.opt_in, mine.note_every_time, mine.then) == (
            english.default,
            english.opt_in,
            english.note_every_time,
            english.then,
        )
        assert bool(mine.first_use_note) == bool(english.first_use_note)
        assert mine.is_calm() == english.is_calm() and mine.has_holds == english.has_holds
        for word, english_word in zip(texts(mine), texts(english), strict=True):
            assert word and word != english_word, (mine.id, word)


def _without_variant_names(english: Exercise, mine: Exercise) -> object:
    """English's breathing with the translation's variant names (the only words it holds)."""
    if english.breathing is None:
        return None
    assert mine.breathing is not None
    variants = tuple(
        replace(v, name=m.name)
        for v, m in zip(english.breathing.variants, mine.breathing.variants, strict=True)
    )
    return replace(english.breathing, variants=variants)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_shared_words_and_situations_are_translated_and_lead_to_the_same_places(
    language: str,
) -> None:
    translated = load_exercises(language=language)
    for mine, english in (
        (translated.breathing_note, ENGLISH.breathing_note),
        (translated.soft_breath_note, ENGLISH.soft_breath_note),
        (translated.hold_note, ENGLISH.hold_note),
        (translated.after_line, ENGLISH.after_line),
    ):
        assert mine and mine != english
    assert [(s.id, s.exercise) for s in translated.situations] == [
        (s.id, s.exercise) for s in ENGLISH.situations
    ]
    for mine_s, english_s in zip(translated.situations, ENGLISH.situations, strict=True):
        assert mine_s.label != english_s.label and mine_s.hint != english_s.hint
    assert translated.calm_choice(None) == ENGLISH.calm_choice(None)
    assert translated.calm_choice(("box", None)) == ENGLISH.calm_choice(("box", None))


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_safety_note_reaches_the_screen_in_the_translation(language: str) -> None:
    translated = load_exercises(language=language)
    for mine, english in zip(translated.exercises, ENGLISH.exercises, strict=True):
        assert len(translated.notes(mine).lines()) == len(ENGLISH.notes(english).lines())
        for shown in range(5):
            assert translated.note_due(mine, shown) == ENGLISH.note_due(english, shown)


# --- the current language ----------------------------------------------------------------------


def test_the_library_speaks_the_current_language_and_is_cached_per_language(speaking) -> None:
    assert library.shipped_exercises().get("box").name == "Box breathing"
    i18n.install(i18n.untranslated, "es")
    spanish = library.shipped_exercises()
    assert spanish.language == "es"
    assert spanish.get("box").name == "Respiración cuadrada"
    assert spanish.situations[0].label == "Todo me desborda"
    assert library.shipped_exercises() is spanish
    i18n.install(i18n.untranslated, "de")
    assert library.shipped_exercises().get("box").name == "Box-Atmung"
    i18n.reset()
    assert library.shipped_exercises().get("box").name == "Box breathing"


def test_a_language_without_a_translation_is_english(folder: Path) -> None:
    translated = load_exercises(folder, language="fr")
    assert translated == ENGLISH


# --- falling back to English --------------------------------------------------------------------


def test_an_exercise_not_translated_stays_english_the_others_are_translated(folder: Path) -> None:
    (folder / "es" / "box.toml").unlink()
    translated = load_exercises(folder, language="es")
    assert translated.get("box") == ENGLISH.get("box")
    assert translated.get("extended-exhale").name == "Soltar el aire más despacio"


def test_without_a_translated_library_file_the_shared_words_are_english(folder: Path) -> None:
    (folder / "de" / "_library.toml").unlink()
    translated = load_exercises(folder, language="de")
    assert translated.situations == ENGLISH.situations
    assert translated.hold_note == ENGLISH.hold_note
    assert translated.get("box").name == "Box-Atmung"


def test_a_refused_shipped_translation_falls_back_to_english(
    folder: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, speaking
) -> None:
    edit(folder / "es" / "box.toml", "hold_in = 2", "hold_in = 3")
    monkeypatch.setattr(library, "resource_path", lambda *parts: folder.joinpath(*parts[1:]))
    library._shipped_exercises.cache_clear()
    try:
        i18n.install(i18n.untranslated, "es")
        with caplog.at_level(logging.WARNING):
            shown = library.shipped_exercises()
        assert shown.get("box").name == "Box breathing"
        assert shown.situations == ENGLISH.situations
        assert "refused" in caplog.text
    finally:
        library._shipped_exercises.cache_clear()


# --- what a translation may not change --------------------------------------------------------


def refused(folder: Path, language: str = "es") -> str:
    with pytest.raises(ExerciseDataError) as caught:
        load_exercises(folder, language=language)
    return str(caught.value)


def test_a_changed_timing_is_refused(folder: Path) -> None:
    edit(folder / "es" / "extended-exhale.toml", "exhale = 6", "exhale = 7")
    assert "breathing pattern" in refused(folder)


def test_a_longer_hold_in_a_variant_is_refused(folder: Path) -> None:
    edit(folder / "de" / "box.toml", "hold_in = 2", "hold_in = 3")
    assert "de/box.toml: the breathing pattern" in refused(folder, "de")


def test_a_changed_muscle_timer_is_refused(folder: Path) -> None:
    edit(folder / "de" / "pmr-16.toml", "tense_seconds = 6", "tense_seconds = 7")
    assert "timers" in refused(folder, "de")


def test_a_dropped_step_is_refused(folder: Path) -> None:
    path = folder / "es" / "grounding-54321.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.rindex("[[steps]]")], encoding="utf-8")
    assert "steps" in refused(folder)


def test_a_missing_safety_note_is_refused(folder: Path) -> None:
    path = folder / "es" / "butterfly-hug.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(x for x in lines if not x.startswith("first_use_note")), "utf-8")
    assert "safety note" in refused(folder)


def test_a_missing_shared_note_is_refused(folder: Path) -> None:
    path = folder / "de" / "_library.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(x for x in lines if not x.startswith("hold_note")), "utf-8")
    assert "hold_note" in refused(folder, "de")


def test_a_changed_calm_choice_is_refused(folder: Path) -> None:
    edit(folder / "es" / "extended-exhale.toml", "default = true\n", "")
    edit(
        folder / "es" / "coherent-breathing.toml",
        'kind = "breathing"',
        'kind = "breathing"\ndefault = true',
    )
    assert "only the words" in refused(folder)


def test_a_situation_opening_another_exercise_is_refused(folder: Path) -> None:
    edit(folder / "es" / "_library.toml", 'exercise = "extended-exhale"', 'exercise = "box"')
    assert "situation 1" in refused(folder)


def test_a_lost_placeholder_is_refused(folder: Path) -> None:
    edit(folder / "de" / "here-and-now.toml", "Heute ist {today}.", "Heute ist heute.")
    assert "placeholders" in refused(folder, "de")


def test_an_unknown_exercise_or_a_wrong_language_is_refused(folder: Path) -> None:
    shutil.copy(folder / "es" / "box.toml", folder / "es" / "mystery.toml")
    edit(folder / "es" / "mystery.toml", 'id = "box"', 'id = "mystery"')
    assert "no English exercise" in refused(folder)
    (folder / "es" / "mystery.toml").unlink()
    edit(folder / "es" / "box.toml", 'language = "es"', 'language = "de"')
    assert "language" in refused(folder)


def test_a_translation_is_still_held_to_the_safety_rules(folder: Path) -> None:
    edit(folder / "es" / "box.toml", "opt_in = true\n", "")
    assert "opt_in" in refused(folder)


def test_the_english_library_is_unchanged_by_translations() -> None:
    assert isinstance(ENGLISH, ExerciseLibrary) and ENGLISH.language == "en"
    assert ENGLISH.get("box").name == "Box breathing"


def test_the_safety_sentences_go_through_translate_with_numbers_as_read_there(speaking) -> None:
    seen: list[tuple[str, str, int]] = []

    def catalogue(context: str, source: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, source, n))
        return i18n.untranslated(context, source, disambiguation, n)

    i18n.install(catalogue, "de")
    problems = validate_pattern(BreathPattern(inhale=1.5, exhale=5.5))
    assert "1,5 seconds" in problems[1] and "%n seconds" in {s for _, s, _ in seen}
    assert {c for c, _, _ in seen} == {"domain.breath_safety"}


def test_the_pseudo_language_lengthens_every_exercise_word_and_keeps_every_timing(
    speaking,
) -> None:
    def pseudo(context: str, source: str, disambiguation: str | None, n: int) -> str:
        return f"[{source}··]"

    i18n.install(pseudo, "pseudo")
    shown = library.shipped_exercises()
    assert shown.language == "pseudo"
    for mine, english in zip(shown.exercises, ENGLISH.exercises, strict=True):
        assert all(w.startswith("[") and w.endswith("··]") for w in texts(mine))
        assert [s.seconds for s in mine.steps] == [s.seconds for s in english.steps]
        assert mine.is_calm() == english.is_calm() and mine.opt_in == english.opt_in
    assert shown.situations[0].label == f"[{ENGLISH.situations[0].label}··]"


def test_the_breathing_words_are_said_in_the_current_language(speaking) -> None:
    state = PacerState(IN, 0.0, 4, 0, 0.0, 0.0, 4.0)
    assert state.word == "Breathe in"
    german = {"Breathe in": "Einatmen"}
    i18n.install(lambda ctx, source, d, n: german.get(source, source), "de")
    assert state.word == "Einatmen"
