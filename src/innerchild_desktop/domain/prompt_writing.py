"""Writing prompt packs: a leader's draft, the pack it makes, and the pack's TOML text.

A group leader builds a :class:`PackDraft` in the pack editor: prompts in her order, each with
a theme, a depth, an optional content note and the week it belongs to, and the weeks of the
program (a title, an introduction, optionally one shipped exercise). :func:`build_pack` turns
the draft into the :class:`PromptPack` that members will import, with ids made from the pack's
name; :func:`pack_to_toml` writes any pack as the documented TOML, which the validator in
:mod:`prompt_parsing` reads back to the same pack.

The writer is small on purpose: every value is a basic string (or a list of them) on one line,
escaped by :func:`toml_string`, so a prompt with quotes, backslashes, newlines or any Unicode
comes back exactly as it was written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from innerchild_desktop.domain.prompts import (
    DEFAULT_LANGUAGE,
    LANGUAGE_PATTERN,
    MAX_INTRO_CHARS,
    MAX_NOTE_CHARS,
    MAX_PROMPT_CHARS,
    Cadence,
    Depth,
    PackInfo,
    Program,
    ProgramStep,
    Prompt,
    PromptPack,
)

FALLBACK_ID = "group-pack"
MAX_ID_BASE = 40  # room left for "-program" and "-001" within the validator's 64 characters
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,3}[.)])\s+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f"}
_ESCAPES["\r"] = "\\r"


@dataclass(frozen=True)
class DraftPrompt:
    """One prompt as the leader wrote it; ``week`` 0 means "not in a week of the program"."""

    text: str
    theme: str
    depth: Depth = Depth.GENTLE
    content_note: str = ""
    week: int = 0


@dataclass(frozen=True)
class DraftWeek:
    """One week of the program; its prompts are the draft's prompts with this week number."""

    title: str = ""
    intro: str = ""
    exercise: str = ""  # an exercise id from the shipped library, or "" for none


@dataclass(frozen=True)
class PackDraft:
    name: str = ""
    author: str = ""
    description: str = ""
    version: str = "1"
    prompts: tuple[DraftPrompt, ...] = ()
    weeks: tuple[DraftWeek, ...] = field(default_factory=tuple)
    language: str = DEFAULT_LANGUAGE  # the language the pack is written in ("en", "es", ...)

    def week_prompts(self, week: int) -> list[DraftPrompt]:
        """The prompts of week ``week`` (1-based), in the leader's order."""
        return [p for p in self.prompts if p.week == week]


# --- ids -----------------------------------------------------------------------------------------
def slug(name: str) -> str:
    """An id from a name: lower-case words joined by dashes, e.g. "Spring group" → "spring-group".

    Accents are dropped ("Café" → "cafe"); a name with no letters or digits left (say one in a
    non-Latin script) gives "group-pack".
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", plain.lower())
    text = ""
    for word in words:
        candidate = f"{text}-{word}" if text else word
        if len(candidate) > MAX_ID_BASE:
            break
        text = candidate
    return text or (words[0][:MAX_ID_BASE] if words else FALLBACK_ID)


def id_prefix(base: str, count: int, taken: Collection[str]) -> str:
    """The prefix for ``count`` prompt ids "<prefix>-001"… and the program "<prefix>-program":
    ``base``, or ``base`` with "-2", "-3"… when one of those ids is already taken (by the
    shipped library, say), so every id is unique."""
    prefix, number = base, 1
    while True:
        ids = [f"{prefix}-{i:03d}" for i in range(1, count + 1)] + [f"{prefix}-program"]
        if not any(i in taken for i in ids):
            return prefix
        number += 1
        prefix = f"{base}-{number}"


# --- pasting -------------------------------------------------------------------------------------
def split_pasted(text: str) -> list[str]:
    """Prompts pasted one per line: blank lines dropped, list bullets ("- ", "1. ") removed."""
    lines = (_BULLET.sub("", line, count=1).strip() for line in text.splitlines())
    return [line for line in lines if line]


# --- the draft's problems, in the editor's words -------------------------------------------------
def draft_problems(draft: PackDraft) -> list[str]:
    """What to fix before the pack can be shared, said in the editor's terms (the validator
    checks the written file again, as a last guard)."""
    problems: list[str] = []
    if not draft.name.strip():
        problems.append("The pack needs a name, e.g. “Spring group”.")
    if not draft.author.strip():
        problems.append("Please add your name as the author, so members know who it is from.")
    if not draft.prompts:
        problems.append("Add at least one prompt.")
    for number, prompt in enumerate(draft.prompts, start=1):
        text = prompt.text.strip()
        if not text:
            problems.append(f"Prompt {number} has no words yet.")
        elif len(text) > MAX_PROMPT_CHARS:
            problems.append(
                f"Prompt {number} is {len(text)} characters long; "
                f"please keep it under {MAX_PROMPT_CHARS}."
            )
        note = prompt.content_note.strip()
        if prompt.depth is Depth.DEEP and not note:
            problems.append(
                f"Prompt {number} is deep: please add a content note, one or two gentle "
                "sentences shown before it so each person can choose."
            )
        if len(note) > MAX_NOTE_CHARS:
            problems.append(
                f"The content note of prompt {number} is long; please keep it under "
                f"{MAX_NOTE_CHARS} characters."
            )
        if prompt.week > len(draft.weeks):
            problems.append(f"Prompt {number} is in week {prompt.week}, which does not exist.")
    for number, week in enumerate(draft.weeks, start=1):
        if not week.title.strip():
            problems.append(f"Week {number} needs a title.")
        if not week.intro.strip():
            problems.append(f"Week {number} needs a few words of introduction.")
        elif len(week.intro.strip()) > MAX_INTRO_CHARS:
            problems.append(
                f"The introduction of week {number} is long; "
                f"please keep it under {MAX_INTRO_CHARS} characters."
            )
        if not draft.week_prompts(number) and not week.exercise:
            problems.append(f"Week {number} has no prompts and no exercise yet.")
    if len(draft.description.strip()) > MAX_INTRO_CHARS:
        problems.append(f"The description is long; please keep it under {MAX_INTRO_CHARS}.")
    return problems


# --- draft → pack → draft ------------------------------------------------------------------------
def build_pack(draft: PackDraft, taken: Collection[str] = ()) -> PromptPack:
    """The pack members import; ``taken`` holds ids already used (the shipped prompts and
    programs), which the new ids avoid."""
    base = slug(draft.name)
    prefix = id_prefix(base, len(draft.prompts), taken)
    ids = [f"{prefix}-{i:03d}" for i in range(1, len(draft.prompts) + 1)]
    source = f"pack:{base}"
    prompts = tuple(
        Prompt(
            prompt_id,
            p.text.strip(),
            p.theme,
            p.depth,
            content_note=p.content_note.strip() or None,
            source=source,
        )
        for prompt_id, p in zip(ids, draft.prompts, strict=True)
    )
    description = draft.description.strip()
    info = PackInfo(
        base, draft.name.strip(), draft.author.strip(), draft.version, description, draft.language
    )
    program = None
    if draft.weeks:
        steps = tuple(
            ProgramStep(
                f"week-{number}",
                week.title.strip(),
                week.intro.strip(),
                tuple(i for i, p in zip(ids, draft.prompts, strict=True) if p.week == number),
                (week.exercise,) if week.exercise else (),
            )
            for number, week in enumerate(draft.weeks, start=1)
        )
        about = description or f"A weekly program from {info.name}."
        program = Program(f"{prefix}-program", info.name, about, Cadence.WEEK, steps, source)
    return PromptPack(info, prompts, program)


def draft_from_pack(pack: PromptPack) -> PackDraft:
    """A pack back as a draft, to change and share again (a prompt in two weeks keeps the
    first; fields the editor does not show, such as follow-ups, are not kept)."""
    week_of: dict[str, int] = {}
    weeks: list[DraftWeek] = []
    for number, step in enumerate(pack.program.steps if pack.program else (), start=1):
        for prompt_id in step.prompt_ids:
            week_of.setdefault(prompt_id, number)
        exercise = step.exercise_ids[0] if step.exercise_ids else ""
        weeks.append(DraftWeek(step.title, step.intro, exercise))
    prompts = tuple(
        DraftPrompt(p.text, p.theme, p.depth, p.content_note or "", week_of.get(p.id, 0))
        for p in pack.prompts
    )
    info = pack.info
    return PackDraft(
        info.name, info.author, info.description, info.version, prompts, tuple(weeks), info.language
    )


# --- the draft kept in the (encrypted) journal settings -----------------------------------------
def draft_to_data(draft: PackDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "author": draft.author,
        "description": draft.description,
        "version": draft.version,
        "prompts": [
            {
                "text": p.text,
                "theme": p.theme,
                "depth": p.depth.value,
                "content_note": p.content_note,
                "week": p.week,
            }
            for p in draft.prompts
        ],
        "weeks": [
            {"title": w.title, "intro": w.intro, "exercise": w.exercise} for w in draft.weeks
        ],
        "language": draft.language,
    }


def draft_from_data(data: Any) -> PackDraft | None:
    """A kept draft, or None when it is missing or not readable (an older shape, say)."""
    if not isinstance(data, dict):
        return None
    try:
        prompts = tuple(
            DraftPrompt(
                str(p["text"]),
                str(p["theme"]),
                Depth(p["depth"]),
                str(p.get("content_note", "")),
                int(p.get("week", 0)),
            )
            for p in data.get("prompts", [])
        )
        weeks = tuple(
            DraftWeek(str(w.get("title", "")), str(w.get("intro", "")), str(w.get("exercise", "")))
            for w in data.get("weeks", [])
        )
        return PackDraft(
            str(data.get("name", "")),
            str(data.get("author", "")),
            str(data.get("description", "")),
            str(data.get("version", "1")) or "1",
            prompts,
            weeks,
            _language(data.get("language")),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _language(value: object) -> str:
    """A kept draft's language; anything unreadable (an older draft has none) is English."""
    if isinstance(value, str) and LANGUAGE_PATTERN.fullmatch(value):
        return value
    return DEFAULT_LANGUAGE


# --- TOML ----------------------------------------------------------------------------------------
def toml_string(text: str) -> str:
    """``text`` as a one-line TOML basic string that reads back exactly.

    Quotes, backslashes and control characters are escaped; other Unicode is written as it is
    (the file is UTF-8). A run of three apostrophes is escaped too, because the line scanner
    that places problems (prompt_problems.TomlLines) would take it for a multi-line string.
    """
    out: list[str] = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    written = "".join(out)
    if "'''" in written:
        written = written.replace("'", "\\u0027")
    return f'"{written}"'


def _list(values: Iterable[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def _line(key: str, value: str | Iterable[str]) -> str:
    return f"{key} = {toml_string(value) if isinstance(value, str) else _list(value)}"


def pack_to_toml(pack: PromptPack) -> str:
    """The pack as the documented TOML (README "Pack format"), prompts in the pack's order."""
    info = pack.info
    lines = [
        "# A prompt pack for Inner Child. Import it on the Prompts screen",
        '# ("Import a prompt pack…") or with: innerchild prompt --import FILE',
        "",
        "[pack]",
        _line("id", info.id),
        _line("name", info.name),
        _line("author", info.author),
        _line("version", info.version),
    ]
    if info.description:
        lines.append(_line("description", info.description))
    if info.language != DEFAULT_LANGUAGE:  # English goes unsaid: older versions read the pack
        lines.append(_line("language", info.language))
    for prompt in pack.prompts:
        lines += ["", "[[prompts]]", _line("id", prompt.id), _line("text", prompt.text)]
        lines += [_line("theme", prompt.theme), _line("depth", prompt.depth.value)]
        if prompt.content_note:
            lines.append(_line("content_note", prompt.content_note))
        if prompt.age_band:
            lines.append(_line("age_band", prompt.age_band))
        if prompt.follow_ups:
            lines.append(_line("follow_ups", prompt.follow_ups))
        if prompt.template:
            lines.append(_line("template", prompt.template))
    program = pack.program
    if program is not None:
        lines += ["", "[program]", _line("id", program.id), _line("name", program.name)]
        lines += [
            _line("description", program.description),
            _line("cadence", program.cadence.value),
        ]
        for step in program.steps:
            lines += ["", "[[program.steps]]", _line("id", step.id), _line("title", step.title)]
            lines.append(_line("intro", step.intro))
            if step.theme:
                lines.append(_line("theme", step.theme))
            lines.append(_line("prompts", step.prompt_ids))
            lines.append(_line("exercises", step.exercise_ids))
    return "\n".join(lines) + "\n"
