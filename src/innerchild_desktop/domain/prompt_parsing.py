"""Turning prompt TOML into checked dataclasses; the public doors are in :mod:`prompts`.

Each table is read field by field through :class:`prompt_problems.Fields`, which records a
problem (with line and field) instead of stopping, so one pass reports everything. Checks that
need the whole picture (unique ids, follow-ups that resolve, programs that point at real prompts
and exercises) run at the end, still pointing at the line that holds the bad reference.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_problems import (
    Fields,
    Problem,
    PromptLibraryError,
    Report,
    parse_toml,
)
from innerchild_desktop.domain.prompts import (
    AGE_BANDS,
    DEFAULT_LANGUAGE,
    DEPTHS,
    ID_PATTERN,
    INVITATIONS,
    LANGUAGE_PATTERN,
    MAX_INTRO_CHARS,
    MAX_NOTE_CHARS,
    MAX_OPENING_CHARS,
    MAX_PROMPT_CHARS,
    MEMORY_PLACEHOLDERS,
    Cadence,
    Depth,
    MemoryTemplate,
    PackInfo,
    Program,
    ProgramStep,
    Prompt,
    PromptLibrary,
    PromptPack,
    Theme,
    placeholders,
)

_PROMPT_KEYS = {
    *("id", "text", "theme", "depth", "age_band", "follow_ups", "content_note", "template"),
    "invites",
}
_TEMPLATE_KEYS = {"id", "text", "theme", "depth", "content_note", "template"}
_PROGRAM_KEYS = {"id", "name", "description", "cadence", "steps"}
_STEP_KEYS = {"id", "title", "intro", "theme", "prompts", "exercises"}
_NOTE_NEEDED = (
    "a deep prompt needs a content_note: one or two gentle sentences shown before it, "
    "so the person can choose whether to go there today."
)


@dataclass(frozen=True)
class _Placed:
    """A parsed item and the table it came from, so later checks can point at its lines."""

    item: Any
    fields: Fields


def _ident(fields: Fields, key: str = "id") -> str | None:
    value = fields.text(key, limit=64)
    if value is not None and not ID_PATTERN.fullmatch(value):
        fields.problem(
            key,
            f'the id "{value}" should use only lowercase letters, digits and '
            'single dashes, like "play-001".',
        )
        return None
    return value


def language_code(fields: Fields) -> str | None:
    """The table's optional ``language`` (default English), or None with a problem."""
    value = fields.text("language", required=False, limit=8)
    if value is None:
        return None if "language" in fields.data else DEFAULT_LANGUAGE
    if not LANGUAGE_PATTERN.fullmatch(value):
        fields.problem(
            "language", f'"{value}" should be a short language code such as "en" or "es".'
        )
        return None
    return value


def _parse_prompt(fields: Fields, file_theme: str | None, source: str) -> Prompt | None:
    fields.only(_PROMPT_KEYS)
    prompt_id = _ident(fields)
    if prompt_id:
        fields.label = f'Prompt "{prompt_id}"'
    text = fields.text("text", limit=MAX_PROMPT_CHARS)
    theme = fields.text("theme", required=file_theme is None, limit=64)
    if file_theme is not None and theme is not None and theme != file_theme:
        fields.problem("theme", f'this file holds the theme "{file_theme}", not "{theme}".')
    theme = file_theme or theme
    depth = fields.choice("depth", DEPTHS)
    age_band = fields.choice("age_band", AGE_BANDS, required=False)
    follow_ups = fields.text_list("follow_ups")
    note = fields.text("content_note", required=False, limit=MAX_NOTE_CHARS)
    if depth == Depth.DEEP.value and "content_note" not in fields.data:
        fields.problem("content_note", _NOTE_NEEDED)
    opening = fields.text("template", required=False, limit=MAX_OPENING_CHARS)
    invites = fields.text("invites", required=False, limit=16)
    if invites is not None and invites not in INVITATIONS:
        known = ", ".join(f'"{i}"' for i in INVITATIONS)
        fields.problem("invites", f'a prompt can invite {known}, not "{invites}".')
        invites = None
    if prompt_id is None:
        return None
    # Kept even when other fields are wrong (the file is refused anyway), so that references
    # to it don't cascade into misleading "does not exist" problems.
    level = Depth(depth) if depth else Depth.GENTLE
    return Prompt(
        prompt_id,
        text or "",
        theme or "",
        level,
        age_band,
        follow_ups,
        note,
        opening,
        source,
        invites,
    )


def _parse_template(fields: Fields) -> MemoryTemplate | None:
    fields.only(_TEMPLATE_KEYS)
    template_id = _ident(fields)
    if template_id:
        fields.label = f'Memory template "{template_id}"'
    text = fields.text("text", limit=MAX_PROMPT_CHARS)
    if text is not None:
        try:
            names = placeholders(text)
        except ValueError:
            fields.problem("text", "a { or } has no partner; placeholders look like {title}.")
            text = None
        else:
            if "title" not in names:
                fields.problem("text", "a memory template should mention the memory as {title}.")
            for name in sorted(names - MEMORY_PLACEHOLDERS):
                fields.problem(
                    "text", f"{{{name}}} is not a placeholder here; use {{title}} or {{when}}."
                )
    theme = fields.text("theme", limit=64)
    depth = fields.choice("depth", DEPTHS)
    note = fields.text("content_note", required=False, limit=MAX_NOTE_CHARS)
    if depth == Depth.DEEP.value and "content_note" not in fields.data:
        fields.problem("content_note", _NOTE_NEEDED)
    opening = fields.text("template", required=False, limit=MAX_OPENING_CHARS)
    if template_id is None:
        return None
    level = Depth(depth) if depth else Depth.GENTLE
    return MemoryTemplate(template_id, text or "", theme or "", level, note, opening)


def _parse_program(
    report: Report, data: Any, source: str
) -> tuple[Program, list[Fields], Fields] | None:
    program = report.table(data, "program", None, "The program")
    if program is None:
        return None
    program.only(_PROGRAM_KEYS)
    program_id = _ident(program)
    if program_id:
        program.label = f'Program "{program_id}"'
    name = program.text("name", limit=100)
    description = program.text("description", limit=MAX_INTRO_CHARS)
    cadence = program.choice("cadence", tuple(c.value for c in Cadence))
    raw_steps = program.data.get("steps", [])
    if not isinstance(raw_steps, list) or not raw_steps:
        program.problem("steps", "a program needs at least one [[program.steps]] table.")
        raw_steps = []
    steps: list[ProgramStep] = []
    step_fields: list[Fields] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_steps):
        fields = report.table(raw, "program.steps", index, f"Step {index + 1}")
        if fields is None:
            continue
        step = _parse_step(fields)
        if step is None:
            continue
        if step.id in seen:
            fields.problem("id", f'the step id "{step.id}" is used twice in this program.')
        seen.add(step.id)
        steps.append(step)
        step_fields.append(fields)
    if program_id is None:
        return None
    pace = Cadence(cadence) if cadence else Cadence.WEEK
    result = Program(program_id, name or "", description or "", pace, tuple(steps), source)
    return result, step_fields, program


def _parse_step(fields: Fields) -> ProgramStep | None:
    fields.only(_STEP_KEYS)
    step_id = _ident(fields)
    if step_id:
        fields.label = f'Step "{step_id}"'
    title = fields.text("title", limit=100)
    intro = fields.text("intro", limit=MAX_INTRO_CHARS)
    theme = fields.text("theme", required=False, limit=64)
    prompts = fields.text_list("prompts")
    exercises = fields.text_list("exercises")
    if not prompts and not exercises:
        fields.problem("prompts", "a step needs at least one prompt or exercise.")
    if step_id is None:
        return None
    return ProgramStep(step_id, title or "", intro or "", prompts, exercises, theme)


class _Checker:
    """Collects parsed items from one or more files and runs the whole-picture checks."""

    def __init__(self, exercises: Collection[str]) -> None:
        self.exercises = frozenset(exercises)
        self.problems: list[Problem] = []
        self.reports: list[Report] = []
        self.themes: list[_Placed] = []
        self.prompts: list[_Placed] = []
        self.templates: list[_Placed] = []
        self.programs: list[tuple[Program, list[Fields], Fields]] = []

    def open(self, text: str, file: str, allowed: set[str]) -> tuple[dict[str, Any], Report]:
        report = Report(file, text)
        self.reports.append(report)
        data, problems = parse_toml(text, file)
        report.problems.extend(problems)
        for key in sorted(set(data or {}) - allowed):
            report.add("", None, key, f'"{key}" is not known here; a typo, perhaps?')
        return data or {}, report

    def add_prompts(
        self, report: Report, data: dict[str, Any], theme: str | None, source: str
    ) -> None:
        raw = data.get("prompts", [])
        if not isinstance(raw, list):
            report.add("", None, "prompts", "prompts should be written as [[prompts]] tables.")
            return
        for index, table in enumerate(raw):
            fields = report.table(table, "prompts", index, f"Prompt {index + 1}")
            prompt = _parse_prompt(fields, theme, source) if fields else None
            if prompt is not None and fields is not None:
                self.prompts.append(_Placed(prompt, fields))

    def check(
        self,
        theme_ids: set[str],
        outside_ids: dict[str, str],
        outside_programs: Collection[str] = (),
    ) -> None:
        """Whole-picture checks; ``outside_ids`` maps ids taken elsewhere to where they live."""
        first_seen: dict[str, Fields] = {}
        for placed in self.prompts + self.templates:
            item, fields = placed.item, placed.fields
            if item.id in outside_ids:
                fields.problem(
                    "id",
                    f'the id "{item.id}" is already used by '
                    f"{outside_ids[item.id]}; please choose another.",
                )
            elif item.id in first_seen:
                other = first_seen[item.id]
                fields.problem(
                    "id",
                    f'the id "{item.id}" is already used in '
                    f"{other.report.file} on line {other.line('id')}.",
                )
            first_seen.setdefault(item.id, fields)
            if item.theme and item.theme not in theme_ids:
                fields.problem(
                    "theme",
                    f'"{item.theme}" is not a known theme; use one of '
                    + ", ".join(sorted(theme_ids))
                    + ".",
                )
        prompt_ids = {p.item.id for p in self.prompts} | set(outside_ids)
        for placed in self.prompts:
            for target in placed.item.follow_ups:
                if target == placed.item.id:
                    placed.fields.problem("follow_ups", "a prompt cannot follow itself.")
                elif target not in prompt_ids:
                    placed.fields.problem(
                        "follow_ups", f'the follow-up "{target}" is not a prompt that exists.'
                    )
        program_ids: set[str] = set()
        for program, step_fields, program_fields in self.programs:
            if program.id in outside_programs:
                program_fields.problem(
                    "id",
                    f'the program id "{program.id}" is already used by '
                    "the app; please choose another.",
                )
            elif program.id in program_ids:
                program_fields.problem("id", f'the program id "{program.id}" is used twice.')
            program_ids.add(program.id)
            for step, fields in zip(program.steps, step_fields, strict=True):
                self._check_step(step, fields, prompt_ids, theme_ids)
        for report in self.reports:
            self.problems.extend(report.problems)

    def _check_step(
        self, step: ProgramStep, fields: Fields, prompt_ids: set[str], theme_ids: set[str]
    ) -> None:
        for prompt_id in step.prompt_ids:
            if prompt_id not in prompt_ids:
                fields.problem("prompts", f'"{prompt_id}" is not a prompt that exists.')
        for exercise_id in step.exercise_ids:
            if exercise_id not in self.exercises:
                fields.problem(
                    "exercises",
                    f'"{exercise_id}" is not a known exercise; use one of '
                    + ", ".join(sorted(self.exercises))
                    + ".",
                )
        if step.theme is not None and step.theme not in theme_ids:
            fields.problem("theme", f'"{step.theme}" is not a known theme.')


class LibraryParser(_Checker):
    """Feeds the shipped files one by one, then :meth:`finish` checks and builds the library."""

    language = DEFAULT_LANGUAGE  # what each file's top-level ``language`` must say (if it says)

    def open(self, text: str, file: str, allowed: set[str]) -> tuple[dict[str, Any], Report]:
        data, report = super().open(text, file, allowed | {"language"})
        if data:
            said = data.get("language", None if self.language != DEFAULT_LANGUAGE else "en")
            if said != self.language:
                report.add(
                    "",
                    None,
                    "language",
                    f'this file belongs to the "{self.language}" library, so it should say '
                    f'language = "{self.language}" before its first [table].',
                )
        return data, report

    def add_theme_file(self, text: str, file: str) -> None:
        data, report = self.open(text, file, {"theme", "prompts"})
        if not data and report.problems:
            return
        fields = report.table(data.get("theme"), "theme", None, "The [theme] table")
        if fields is None:
            return
        fields.only({"id", "name", "blurb", "order"})
        theme_id, name = _ident(fields), fields.text("name", limit=100)
        blurb = fields.text("blurb", required=False, limit=MAX_NOTE_CHARS) or ""
        order = fields.integer("order", 0)
        if theme_id is None or name is None:
            return
        if any(t.item.id == theme_id for t in self.themes):
            fields.problem("id", f'the theme "{theme_id}" is defined in two files.')
        self.themes.append(_Placed(Theme(theme_id, name, blurb, order), fields))
        self.add_prompts(report, data, theme_id, "library")

    def add_templates_file(self, text: str, file: str) -> None:
        data, report = self.open(text, file, {"templates"})
        raw = data.get("templates", [])
        for index, table in enumerate(raw if isinstance(raw, list) else []):
            fields = report.table(table, "templates", index, f"Memory template {index + 1}")
            template = _parse_template(fields) if fields else None
            if template is not None and fields is not None:
                self.templates.append(_Placed(template, fields))

    def add_program_file(self, text: str, file: str) -> None:
        data, report = self.open(text, file, {"program"})
        if "program" not in data:
            if not report.problems:
                report.add("", None, None, "This file has no [program] table.")
            return
        parsed = _parse_program(report, data["program"], "library")
        if parsed is not None:
            self.programs.append(parsed)

    def finish(self) -> PromptLibrary:
        self.check({t.item.id for t in self.themes}, {})
        if self.problems:
            raise PromptLibraryError(self.problems)
        themes = sorted((t.item for t in self.themes), key=lambda t: (t.order, t.id))
        return PromptLibrary(
            tuple(themes),
            tuple(p.item for p in self.prompts),
            tuple(t.item for t in self.templates),
            tuple(p[0] for p in self.programs),
        )


# A pack is read on every prompt offer (library()), so it is bounded: 200,000 prompts made every
# `innerchild prompt` take 13 s. The largest real pack we know of is a few hundred prompts.
MAX_PACK_BYTES = 1024 * 1024
MAX_PACK_PROMPTS = 2000


def pack_too_large(file: str) -> InvalidInput:
    return InvalidInput(
        f"{file} is larger than a prompt pack may be ({MAX_PACK_BYTES // (1024 * 1024)} MiB), "
        "so it was not imported."
    )


def parse_pack_text(
    text: str, file: str, library: PromptLibrary, exercises: Collection[str]
) -> PromptPack:
    """One therapist-written pack, checked on its own and against the library.

    Raises InvalidInput (one sentence) for a pack over MAX_PACK_BYTES or MAX_PACK_PROMPTS.
    """
    if len(text) > MAX_PACK_BYTES or len(text.encode("utf-8")) > MAX_PACK_BYTES:
        raise pack_too_large(file)
    checker = _Checker(exercises)
    data, report = checker.open(text, file, {"pack", "prompts", "program"})
    raw_prompts = data.get("prompts")
    if isinstance(raw_prompts, list) and len(raw_prompts) > MAX_PACK_PROMPTS:
        raise InvalidInput(
            f"{file} has {len(raw_prompts):,} prompts; a pack may hold up to "
            f"{MAX_PACK_PROMPTS:,}, so it was not imported."
        )
    info: PackInfo | None = None
    if data or not report.problems:
        fields = report.table(data.get("pack"), "pack", None, "The [pack] table")
        if fields is not None:
            fields.only({"id", "name", "author", "version", "description", "language"})
            pack_id, name = _ident(fields), fields.text("name", limit=100)
            author, version = fields.text("author", limit=100), fields.text("version", limit=32)
            description = fields.text("description", required=False, limit=MAX_INTRO_CHARS)
            language = language_code(fields)
            if pack_id and name and author and version and language:
                info = PackInfo(pack_id, name, author, version, description or "", language)
        source = f"pack:{info.id}" if info else "pack"
        checker.add_prompts(report, data, None, source)
        if "program" in data:
            parsed = _parse_program(report, data["program"], source)
            if parsed is not None:
                checker.programs.append(parsed)
        if not data.get("prompts") and "program" not in data:
            report.add("", None, None, "This pack has no [[prompts]] and no [program].")
    outside = {p.id: "the app's own prompts" for p in library.prompts}
    outside |= {t.id: "the app's memory templates" for t in library.templates}
    checker.check({t.id for t in library.themes}, outside, {p.id for p in library.programs})
    if checker.problems or info is None:
        raise PromptLibraryError(checker.problems)
    program = checker.programs[0][0] if checker.programs else None
    return PromptPack(info, tuple(p.item for p in checker.prompts), program)
