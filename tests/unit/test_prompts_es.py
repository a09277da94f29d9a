"""Issue 19: prompt libraries in more than one language (the Spanish library), packs that say
their language, and the prompt language following the journal's setting or the system's."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from innerchild_desktop.domain import prompt_selection
from innerchild_desktop.domain.prompt_translation import resolve_language, system_languages
from innerchild_desktop.domain.prompt_writing import (
    DraftPrompt,
    PackDraft,
    build_pack,
    draft_from_data,
    draft_from_pack,
    draft_to_data,
    pack_to_toml,
)
from innerchild_desktop.domain.prompts import Depth, PromptLibrary, PromptLibraryError
from innerchild_desktop.resources import resource_path
from innerchild_desktop.services import library
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.services.prompts import offers as offers_module

TODAY = date(2026, 12, 3)
ENGLISH = resource_path("prompts")
SPANISH = resource_path("prompts", "es")
SPANISH_FILES = sorted(SPANISH.rglob("*.toml"))


@pytest.fixture(autouse=True)
def _english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's language is English unless a test says otherwise."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def _toml(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


# --- the shipped Spanish library ----------------------------------------------------------------


def test_the_spanish_library_parses_with_the_same_loader() -> None:
    assert SPANISH_FILES, "resources/prompts/es holds the Spanish library"
    fresh = library.load_library(language="es")  # raises PromptLibraryError on any problem
    assert fresh.language == "es"
    english = library.shipped_library()
    # Nothing is lost: the Spanish library has every English id, in the English order.
    assert [p.id for p in fresh.prompts] == [p.id for p in english.prompts]
    assert [t.id for t in fresh.templates] == [t.id for t in english.templates]
    assert [p.id for p in fresh.programs] == [p.id for p in english.programs]
    assert "es" in library.shipped_languages()


@pytest.mark.parametrize("path", SPANISH_FILES, ids=lambda p: p.name)
def test_every_spanish_file_says_its_language_and_uses_english_ids(path: Path) -> None:
    data = _toml(path)
    assert data.get("language") == "es"
    english = _toml(ENGLISH / path.relative_to(SPANISH))  # the same file name in English
    if "prompts" in data:
        assert data["theme"]["id"] == english["theme"]["id"]
        english_ids = [p["id"] for p in english["prompts"]]
        assert {p["id"] for p in data["prompts"]} <= set(english_ids)
        # A Spanish theme file translates its whole theme.
        assert [p["id"] for p in data["prompts"]] == english_ids
    if "templates" in data:
        assert [t["id"] for t in data["templates"]] == [t["id"] for t in english["templates"]]


def test_every_deep_prompt_keeps_a_translated_content_note() -> None:
    english = library.shipped_library()
    spanish = library.shipped_library("es")
    translated = [p for p in spanish.prompts if p.text != english.prompt(p.id).text]  # type: ignore[union-attr]
    assert translated
    for prompt in translated:
        original = english.prompt(prompt.id)
        assert original is not None and prompt.depth is original.depth
        if original.content_note:
            assert prompt.content_note and prompt.content_note != original.content_note, prompt.id
        if original.template:
            assert prompt.template and prompt.template != original.template, prompt.id
    deep = [p for p in translated if p.depth is Depth.DEEP]
    assert deep and all(p.content_note for p in deep)
    for template in spanish.templates:
        if template.depth is Depth.DEEP:
            assert template.content_note


def test_the_whole_library_is_in_spanish() -> None:
    english = library.shipped_library()
    spanish = library.shipped_library("es")
    for theme in english.themes:
        assert spanish.theme_name(theme.id) != theme.name, theme.id
    for prompt in spanish.prompts:
        assert prompt.text != english.prompt(prompt.id).text, prompt.id  # type: ignore[union-attr]
    for template, original in zip(spanish.templates, english.templates, strict=True):
        assert template.text != original.text and "{title}" in template.text
    for translated, program in zip(spanish.programs, english.programs, strict=True):
        assert translated.name != program.name
        assert [s.title for s in translated.steps] != [s.title for s in program.steps]


# --- the loader's checks, on a small library of the test's own -----------------------------------

ENGLISH_THEME = """
[theme]
id = "play"
name = "Play"
order = 1

[[prompts]]
id = "play-001"
depth = "gentle"
follow_ups = ["play-002"]
text = "What did you love to play?"

[[prompts]]
id = "play-002"
depth = "deep"
content_note = "This may touch on times play was not safe."
text = "Was there a time you could not play?"
"""

SPANISH_THEME = """
language = "es"

[theme]
id = "play"
name = "Juego"
order = 1

[[prompts]]
id = "play-001"
depth = "gentle"
follow_ups = ["play-002"]
text = "¿A qué te encantaba jugar?"
"""


def _library_folder(tmp_path: Path, spanish: str) -> Path:
    (tmp_path / "es").mkdir(parents=True)
    (tmp_path / "play.toml").write_text(ENGLISH_THEME, encoding="utf-8")
    (tmp_path / "es" / "play.toml").write_text(spanish, encoding="utf-8")
    return tmp_path


def test_a_missing_translation_falls_back_to_english_id_by_id(tmp_path: Path) -> None:
    folder = _library_folder(tmp_path, SPANISH_THEME)
    lib = library.load_library(folder, (), "es")
    assert lib.language == "es" and lib.theme_name("play") == "Juego"
    assert lib.prompt("play-001").text == "¿A qué te encantaba jugar?"  # type: ignore[union-attr]
    assert lib.prompt("play-002").text == "Was there a time you could not play?"  # type: ignore[union-attr]
    # A language with no library at all is the English one.
    assert library.load_library(folder, (), "de").prompt("play-001").text.startswith("What")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('language = "es"', ""), 'should say language = "es"'),
        (('language = "es"', 'language = "en"'), 'should say language = "es"'),
        (('id = "play-001"', 'id = "play-099"'), 'no English prompt "play-099"'),
        (('depth = "gentle"', 'depth = "reflective"'), "same as in English"),
        (('follow_ups = ["play-002"]', "follow_ups = []"), "same as in English"),
        (('id = "play"', 'id = "juego"'), 'no English theme "juego"'),
    ],
)
def test_a_translation_may_not_change_what_the_english_prompt_is(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    folder = _library_folder(tmp_path, SPANISH_THEME.replace(*change, 1))
    with pytest.raises(PromptLibraryError) as caught:
        library.load_library(folder, (), "es")
    assert message in str(caught.value)
    assert "es/play.toml" in str(caught.value) or "play.toml" in str(caught.value)


def test_a_deep_prompt_keeps_its_content_note_in_translation(tmp_path: Path) -> None:
    deep = SPANISH_THEME + (
        '\n[[prompts]]\nid = "play-002"\ndepth = "deep"\n'
        'text = "¿Hubo un tiempo en que no podías jugar?"\n'
    )
    with pytest.raises(PromptLibraryError, match="content_note"):
        library.load_library(_library_folder(tmp_path, deep), (), "es")
    noted = deep.replace('depth = "deep"\n', 'depth = "deep"\ncontent_note = "Puede tocar..."\n')
    lib = library.load_library(_library_folder(tmp_path / "again", noted), (), "es")
    assert lib.prompt("play-002").content_note == "Puede tocar..."  # type: ignore[union-attr]


def test_an_english_file_may_say_its_language_or_not(tmp_path: Path) -> None:
    (tmp_path / "play.toml").write_text('language = "en"\n' + ENGLISH_THEME, encoding="utf-8")
    assert library.load_library(tmp_path, ()).prompt("play-001") is not None
    (tmp_path / "play.toml").write_text('language = "es"\n' + ENGLISH_THEME, encoding="utf-8")
    with pytest.raises(PromptLibraryError, match='should say language = "en"'):
        library.load_library(tmp_path, ())


# --- the language setting ----------------------------------------------------------------------


def test_the_language_follows_the_choice_then_the_system_then_english() -> None:
    available = {"en", "es"}
    assert system_languages({"LANGUAGE": "es_MX:en", "LANG": "de_DE.UTF-8"}) == ["es", "en", "de"]
    assert system_languages({"LANG": "C.UTF-8", "LC_ALL": "POSIX"}) == []
    assert resolve_language("system", ["fr", "es"], available) == "es"
    assert resolve_language("system", ["fr"], available) == "en"
    assert resolve_language("en", ["es"], available) == "en"
    assert resolve_language("de", ["es"], available) == "es"  # no German library: the system's


def test_with_spanish_chosen_the_daily_prompt_is_spanish(journal) -> None:
    prompts = PromptService(journal)
    assert prompts.language_choice() == "system" and prompts.language() == "en"
    english = prompts.offer(TODAY, theme="body")
    assert english is not None
    prompts.forget_history()
    prompts.set_language("es")
    spanish = prompts.offer(TODAY, theme="body")
    assert spanish is not None and spanish.prompt_id == english.prompt_id  # the same prompt
    assert spanish.text == library.shipped_library("es").prompt(spanish.prompt_id).text  # type: ignore[union-attr]
    assert spanish.text != english.text
    assert prompts.library().language == "es"
    with pytest.raises(Exception, match="language code"):
        prompts.set_language("Español")


def test_the_system_language_is_the_default(journal, monkeypatch: pytest.MonkeyPatch) -> None:
    from innerchild_desktop.services.translations import install_for_environment

    prompts = PromptService(journal)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    install_for_environment()  # as the window and the command line start: in the system's
    assert prompts.language() == "es"
    prompts.set_language("en")
    assert prompts.language() == "en"  # a choice wins over the system


def test_kept_and_hidden_prompts_carry_across_languages(journal) -> None:
    prompts = PromptService(journal)
    prompts.keep("body-002")
    prompts.set_language("es")
    kept = prompts.favourites(TODAY)
    assert [p.id for p in kept] == ["body-002"]
    assert kept[0].text == library.shipped_library("es").prompt("body-002").text  # type: ignore[union-attr]


# --- packs ---------------------------------------------------------------------------------------

PACK = """
[pack]
id = "grupo-primavera"
name = "Grupo de primavera"
author = "A. Terapeuta"
version = "1"
language = "es"

[[prompts]]
id = "grupo-primavera-001"
text = "¿Qué canción del grupo se quedó contigo esta semana?"
theme = "joy"
depth = "gentle"
"""


def test_old_packs_without_a_language_are_english_and_stay_valid() -> None:
    old = PACK.replace('language = "es"\n', "")
    assert library.parse_pack(old, "old.toml").info.language == "en"
    assert library.parse_pack(PACK, "new.toml").info.language == "es"
    with pytest.raises(PromptLibraryError, match="short language code"):
        library.parse_pack(PACK.replace('"es"', '"Spanish"'), "bad.toml")


def test_a_pack_in_another_language_is_offered_only_when_asked(
    journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "grupo.toml"
    pack.write_text(PACK, encoding="utf-8")
    prompts = PromptService(journal)
    prompts.import_pack(pack)
    seen: list[set[str]] = []
    real = prompt_selection.todays_prompt

    def spy(lib: PromptLibrary, state: Any, extra: Any = ()) -> Any:
        seen.append({p.id for p in lib.prompts})
        return real(lib, state, extra)

    monkeypatch.setattr(offers_module, "todays_prompt", spy)
    prompts.offer(TODAY)
    assert "grupo-primavera-001" not in seen[-1]  # not offered unasked to an English journal
    assert [p.id for p in prompts.group_prompts()] == ["grupo-primavera-001"]  # asked: shown
    assert prompts.library().prompt("grupo-primavera-001") is not None  # the browser's library
    prompts.set_language("es")
    prompts.offer(TODAY)
    assert "grupo-primavera-001" in seen[-1]  # a Spanish journal is offered it


def test_a_pack_made_in_the_app_keeps_its_language() -> None:
    draft = PackDraft(
        "Grupo", "Ana", prompts=(DraftPrompt("¿Qué te alegró hoy?", "joy", Depth.GENTLE),)
    )
    english_text = pack_to_toml(build_pack(draft))
    assert "language" not in english_text  # unsaid: older versions still read the pack
    spanish = PackDraft(**{**draft.__dict__, "language": "es"})
    text = pack_to_toml(build_pack(spanish))
    parsed = library.parse_pack(text, "grupo.toml")
    assert parsed.info.language == "es"
    assert draft_from_pack(parsed).language == "es"
    assert draft_from_data(draft_to_data(spanish)).language == "es"  # type: ignore[union-attr]
    old = draft_to_data(draft)
    del old["language"]  # a draft kept by an older version
    assert draft_from_data(old).language == "en"  # type: ignore[union-attr]
