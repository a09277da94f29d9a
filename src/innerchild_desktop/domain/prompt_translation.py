"""A translated prompt library: the English library's own ids, in another language.

A translation lives in ``resources/prompts/<code>/`` under the English file names (themes,
``memory_templates.toml``, ``programs/*.toml``). Each file says ``language = "<code>"`` before
its first table and is read by the same parser as the English files; then every item is checked
against the English one it translates:

- the same id and theme (an id the English library does not have is refused);
- the same depth, age band and follow-ups (and invitation, if it says one): a translation never
  makes a prompt deeper or lighter;
- a content note wherever the English has one (so every deep prompt keeps one), and an opening
  wherever the English has one;
- a program keeps its cadence and every step, pointing at the same prompts and exercises.

What is not translated falls back to English, id by id, so history, kept and hidden prompts and
"never show this" carry across languages (they are stored by id).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from innerchild_desktop.domain.i18n import NAMES
from innerchild_desktop.domain.i18n import system_languages as system_languages
from innerchild_desktop.domain.prompt_parsing import LibraryParser
from innerchild_desktop.domain.prompt_problems import Fields, Problem, PromptLibraryError
from innerchild_desktop.domain.prompts import (
    DEFAULT_LANGUAGE,
    LANGUAGE_PATTERN,
    PromptLibrary,
    placeholders,
    read_library_files,
)

SYSTEM = "system"  # the language setting's default: follow the person's system language
# Each language by its own name, as language choosers show them. English first: the default.
LANGUAGE_NAMES = {code: NAMES[code] for code in ("en", "es")}


def valid_choice(value: object) -> bool:
    """Whether ``value`` may be stored as the prompt language: "system" or a language code."""
    return not isinstance(value, str) or value == SYSTEM or bool(LANGUAGE_PATTERN.fullmatch(value))


def resolve_language(chosen: str, wanted: Sequence[str], available: Collection[str]) -> str:
    """The library to use: the chosen language if there is a library for it; for "system" (or
    a language with no library) the first of the system's ``wanted`` languages that has one;
    else English."""
    if chosen != SYSTEM and chosen in available:
        return chosen
    return next((code for code in wanted if code in available), DEFAULT_LANGUAGE)


def parse_translation(
    base: PromptLibrary,
    language: str,
    files: Iterable[tuple[str, str]],
    known_exercises: Collection[str],
    problems: Iterable[Problem] = (),
) -> PromptLibrary:
    """The ``base`` (English) library with the items ``files`` translate into ``language``;
    raises PromptLibraryError listing every problem. ``files`` are (name, text) as for
    :func:`prompts.parse_library`."""
    parser = TranslationParser(frozenset(known_exercises), base, language)
    return read_library_files(parser, files, problems)


class TranslationParser(LibraryParser):
    """The shipped parser, then checks against the English library instead of its own."""

    def __init__(self, exercises: Collection[str], base: PromptLibrary, language: str) -> None:
        super().__init__(exercises)
        self.base = base
        self.language = language

    def finish(self) -> PromptLibrary:
        self._check_themes()
        self._check_prompts()
        self._check_templates()
        self._check_programs()
        for report in self.reports:
            self.problems.extend(report.problems)
        if self.problems:
            raise PromptLibraryError(self.problems)
        return self._merged()

    def _check_themes(self) -> None:
        for placed in self.themes:
            if self.base.theme(placed.item.id) is None:
                placed.fields.problem(
                    "id", f'there is no English theme "{placed.item.id}" to translate.'
                )

    def _check_prompts(self) -> None:
        seen: set[str] = set()
        for placed in self.prompts:
            mine, fields = placed.item, placed.fields
            english = self.base.prompt(mine.id)
            if mine.id in seen:
                fields.problem("id", f'"{mine.id}" is translated twice.')
            seen.add(mine.id)
            if english is None:
                fields.problem(
                    "id", f'there is no English prompt "{mine.id}"; use the English ids.'
                )
                continue
            if mine.theme != english.theme:
                fields.problem(
                    "id", f'"{mine.id}" belongs to the theme "{english.theme}"; move it there.'
                )
            _same(fields, "depth", mine.depth.value, english.depth.value)
            _same(fields, "age_band", mine.age_band, english.age_band)
            _same(fields, "follow_ups", list(mine.follow_ups), list(english.follow_ups))
            _kept(fields, "content_note", mine.content_note, english.content_note)
            _kept(fields, "template", mine.template, english.template)
            if mine.invites is not None:  # may be left out: the English one's is kept
                _same(fields, "invites", mine.invites, english.invites)

    def _check_templates(self) -> None:
        english_templates = {t.id: t for t in self.base.templates}
        for placed in self.templates:
            mine, fields = placed.item, placed.fields
            english = english_templates.get(mine.id)
            if english is None:
                fields.problem("id", f'there is no English memory template "{mine.id}".')
                continue
            _same(fields, "theme", mine.theme, english.theme)
            _same(fields, "depth", mine.depth.value, english.depth.value)
            if mine.text and placeholders(mine.text) != placeholders(english.text):
                wanted = " and ".join(f"{{{n}}}" for n in sorted(placeholders(english.text)))
                fields.problem("text", f"the English text uses {wanted}; use the same.")
            _kept(fields, "content_note", mine.content_note, english.content_note)
            _kept(fields, "template", mine.template, english.template)

    def _check_programs(self) -> None:
        for program, step_fields, fields in self.programs:
            english = self.base.program(program.id)
            if english is None:
                fields.problem("id", f'there is no English program "{program.id}".')
                continue
            _same(fields, "cadence", program.cadence.value, english.cadence.value)
            mine_ids = [s.id for s in program.steps]
            english_ids = [s.id for s in english.steps]
            if mine_ids != english_ids:
                fields.problem("steps", f"the steps should be the English ones: {english_ids}.")
                continue
            for step, step_field, other in zip(
                program.steps, step_fields, english.steps, strict=True
            ):
                _same(step_field, "prompts", list(step.prompt_ids), list(other.prompt_ids))
                _same(step_field, "exercises", list(step.exercise_ids), list(other.exercise_ids))
                _same(step_field, "theme", step.theme, other.theme)

    def _merged(self) -> PromptLibrary:
        """The English library, each item replaced by its translation where there is one."""
        base = self.base
        themes = {t.item.id: t.item for t in self.themes}
        prompts = {p.item.id: p.item for p in self.prompts}
        templates = {t.item.id: t.item for t in self.templates}
        programs = {p[0].id: p[0] for p in self.programs}
        return PromptLibrary(
            tuple(
                replace(themes[t.id], order=t.order) if t.id in themes else t for t in base.themes
            ),
            tuple(
                replace(prompts[p.id], invites=p.invites) if p.id in prompts else p
                for p in base.prompts
            ),
            tuple(templates.get(t.id, t) for t in base.templates),
            tuple(programs.get(p.id, p) for p in base.programs),
            self.language,
        )


def _same(fields: Fields, key: str, mine: object, english: object) -> None:
    if mine != english:
        shown = "none" if english is None else repr(english).replace("'", '"')
        fields.problem(key, f"should be the same as in English ({shown}).")


def _kept(fields: Fields, key: str, mine: str | None, english: str | None) -> None:
    if english and not mine:
        fields.problem(key, f'the English prompt has a "{key}"; please translate it too.')
