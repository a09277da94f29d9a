"""Writing prompts as data: the dataclasses, and the loaders for the shipped library and packs.

The shipped library lives in ``resources/prompts``: one TOML file per theme (a ``[theme]`` table
and its ``[[prompts]]``), ``memory_templates.toml`` (prompts filled in with one of the person's own
memories) and ``programs/*.toml`` (guided programs). A *prompt pack* is one TOML file a therapist
writes: ``[pack]``, ``[[prompts]]`` and an optional ``[program]``.

Loading checks everything and reports **every** problem with its file, line and field (see
:mod:`prompt_problems`), because the person fixing a pack should not have to play whack-a-mole.
The rules that matter most are about care: a deep prompt must carry a content note, shown before
it so the person can choose, and follow-ups must point at prompts that exist.

Nothing here reads a file: services/library.py reads the shipped files and chosen packs and
hands their text to :func:`parse_library` and :func:`parse_pack`, so a pack kept in the journal
database is checked the same way as one on disk.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_problems import Problem, PromptLibraryError

if TYPE_CHECKING:
    from innerchild_desktop.domain.prompt_parsing import LibraryParser

__all__ = [
    "AGE_BANDS",
    "DEFAULT_LANGUAGE",
    "Cadence",
    "Depth",
    "MemoryTemplate",
    "PackInfo",
    "Problem",
    "Program",
    "ProgramStep",
    "Prompt",
    "PromptLibrary",
    "PromptLibraryError",
    "PromptPack",
    "Theme",
    "make_user_prompt",
    "parse_library",
    "parse_pack",
]

AGE_BANDS = ("0-5", "6-11", "12-17")
# What else a prompt may invite besides words: "draw" offers the drawing canvas (issue 21).
INVITATIONS = ("draw",)
MAX_PROMPT_CHARS = 600  # a prompt is an invitation, not an essay
MAX_NOTE_CHARS = 300
MAX_OPENING_CHARS = 120
MAX_INTRO_CHARS = 800
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}")  # an ISO 639 code: "en", "es", "de"
DEFAULT_LANGUAGE = "en"  # a library file or pack that does not say is in English
MEMORY_PLACEHOLDERS = frozenset({"title", "when"})
MEMORY_TEMPLATES_FILE = "memory_templates.toml"
USER_SOURCE = "user"
LIBRARY_SOURCE = "library"


@functools.total_ordering
class Depth(Enum):
    """How far a prompt reaches. Ordered: GENTLE < REFLECTIVE < DEEP."""

    GENTLE = "gentle"
    REFLECTIVE = "reflective"
    DEEP = "deep"

    @property
    def rank(self) -> int:
        return _DEPTH_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Depth):
            return NotImplemented
        return self.rank < other.rank


_DEPTH_RANK = {Depth.GENTLE: 0, Depth.REFLECTIVE: 1, Depth.DEEP: 2}
DEPTHS = tuple(d.value for d in Depth)


class Cadence(StrEnum):
    """How a program suggests pacing its steps; progress still moves only when a step is done."""

    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    blurb: str = ""
    order: int = 0


@dataclass(frozen=True)
class Prompt:
    """One invitation to write. ``template`` is an optional opening, e.g. "Dear little me,"."""

    id: str
    text: str
    theme: str
    depth: Depth
    age_band: str | None = None
    follow_ups: tuple[str, ...] = ()
    content_note: str | None = None
    template: str | None = None
    source: str = LIBRARY_SOURCE  # "library", "user" or "pack:<pack id>"
    invites: str | None = None  # "draw": the editor offers the canvas (one of INVITATIONS)


@dataclass(frozen=True)
class MemoryTemplate:
    """A prompt about one of the person's own memories: placeholders {title} and {when}."""

    id: str
    text: str
    theme: str
    depth: Depth
    content_note: str | None = None
    template: str | None = None

    @property
    def needs_when(self) -> bool:
        return "when" in placeholders(self.text)

    def fill(self, title: str, when: str = "") -> str:
        """The prompt text for one memory; the memory's words are inserted, never interpreted."""
        return self.text.format(title=title.strip(), when=when.strip())


@dataclass(frozen=True)
class ProgramStep:
    """One day or week of a program: an intro, then prompts and exercises by id."""

    id: str
    title: str
    intro: str
    prompt_ids: tuple[str, ...] = ()
    exercise_ids: tuple[str, ...] = ()
    theme: str | None = None


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    description: str
    cadence: Cadence
    steps: tuple[ProgramStep, ...]
    source: str = LIBRARY_SOURCE

    def step(self, step_id: str) -> ProgramStep | None:
        return next((s for s in self.steps if s.id == step_id), None)


@dataclass(frozen=True)
class PackInfo:
    id: str
    name: str
    author: str
    version: str
    description: str = ""
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class PromptPack:
    info: PackInfo
    prompts: tuple[Prompt, ...]
    program: Program | None = None


@dataclass(frozen=True)
class PromptLibrary:
    """The shipped prompts, checked; look-ups by id are built once. ``language`` is the
    library's language; a translated one holds the English prompt for any id not translated."""

    themes: tuple[Theme, ...]
    prompts: tuple[Prompt, ...]
    templates: tuple[MemoryTemplate, ...] = ()
    programs: tuple[Program, ...] = ()
    language: str = DEFAULT_LANGUAGE
    _themes: Mapping[str, Theme] = field(init=False, repr=False, compare=False)
    _prompts: Mapping[str, Prompt] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_themes", {t.id: t for t in self.themes})
        object.__setattr__(self, "_prompts", {p.id: p for p in self.prompts})

    def theme(self, theme_id: str) -> Theme | None:
        return self._themes.get(theme_id)

    def theme_name(self, theme_id: str) -> str:
        theme = self._themes.get(theme_id)
        return theme.name if theme else theme_id.replace("-", " ").capitalize()

    def prompt(self, prompt_id: str) -> Prompt | None:
        return self._prompts.get(prompt_id)

    def program(self, program_id: str) -> Program | None:
        return next((p for p in self.programs if p.id == program_id), None)

    def with_pack(self, pack: PromptPack) -> PromptLibrary:
        """This library plus a pack's prompts and program (for selection and programs)."""
        programs = self.programs + ((pack.program,) if pack.program else ())
        return PromptLibrary(
            self.themes, self.prompts + pack.prompts, self.templates, programs, self.language
        )


def placeholders(text: str) -> set[str]:
    """Names used as ``{name}`` in a template; raises ValueError on a stray brace."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def make_user_prompt(prompt_id: str, text: str, theme: str, depth: Depth = Depth.GENTLE) -> Prompt:
    """A prompt the person wrote for themselves, checked like a shipped one."""
    text = text.strip()
    if not text:
        raise InvalidInput("A prompt needs some words. Write as few as you like.")
    if len(text) > MAX_PROMPT_CHARS:
        raise InvalidInput(
            f"That prompt is {len(text)} characters long; please keep it under {MAX_PROMPT_CHARS}."
        )
    return Prompt(prompt_id, text, theme, depth, source=USER_SOURCE)


def parse_library(
    files: Iterable[tuple[str, str]],
    known_exercises: Collection[str],
    problems: Iterable[Problem] = (),
) -> PromptLibrary:
    """The library from its files' text, checked as a whole; raises PromptLibraryError.

    ``files`` are (name, text) in reading order: theme files, ``memory_templates.toml`` and
    ``programs/<name>.toml``. ``problems`` are the files that could not be read at all."""
    # Imported here because prompt_parsing builds this module's dataclasses.
    from innerchild_desktop.domain.prompt_parsing import LibraryParser

    return read_library_files(LibraryParser(frozenset(known_exercises)), files, problems)


def read_library_files(
    parser: LibraryParser, files: Iterable[tuple[str, str]], problems: Iterable[Problem] = ()
) -> PromptLibrary:
    """Feed ``files`` to ``parser`` (theme files, ``memory_templates.toml``, ``programs/…``)
    and finish it: the one reading order, for the shipped library and its translations."""
    parser.problems.extend(problems)
    for name, text in files:
        if name.startswith("programs/"):
            parser.add_program_file(text, name)
        elif name == MEMORY_TEMPLATES_FILE:
            parser.add_templates_file(text, name)
        else:
            parser.add_theme_file(text, name)
    return parser.finish()


def parse_pack(
    text: str,
    file: str,
    library: PromptLibrary,
    known_exercises: Collection[str],
) -> PromptPack:
    """A prompt pack from its TOML text, checked against the library; raises PromptLibraryError."""
    # Imported here because prompt_parsing builds this module's dataclasses.
    from innerchild_desktop.domain.prompt_parsing import parse_pack_text

    return parse_pack_text(text, file, library, frozenset(known_exercises))
