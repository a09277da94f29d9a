"""Journal entries as plain values. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class EntryKind(StrEnum):
    FREE = "free"
    PROMPT = "prompt"
    LETTER_TO = "letter_to"  # a letter to my younger self
    LETTER_FROM = "letter_from"  # a letter from my younger self (a reply)
    MEMORY_REFLECTION = "memory_reflection"

    @property
    def label(self) -> str:
        return {
            EntryKind.FREE: "Entry",
            EntryKind.PROMPT: "Prompt answer",
            EntryKind.LETTER_TO: "Letter to my younger self",
            EntryKind.LETTER_FROM: "Letter from my younger self",
            EntryKind.MEMORY_REFLECTION: "Memory reflection",
        }[self]


@dataclass(frozen=True)
class Mood:
    """A named feeling from the emotion wheel, with its place on valence × energy."""

    name: str
    valence: float | None = None
    energy: float | None = None


# How a heavy entry shows wherever it is listed (entry list, a day, search, trash, share): a
# neutral label, never its title, words, mood or tags, until the person chooses to open it.
HEAVY_ENTRY_TITLE = "A heavy entry"
HEAVY_ENTRY_HINT = "open it when you choose"
HEAVY_ENTRY_LABEL = f"{HEAVY_ENTRY_TITLE} — {HEAVY_ENTRY_HINT}"

# On this day never brings back an entry rated this distressing or more (0–10 scale).
ON_THIS_DAY_MAX_DISTRESS = 6


@dataclass(frozen=True)
class NewEntry:
    """What a caller supplies to create an entry; the store fills id and timestamps."""

    title: str = ""
    body: str = ""
    entry_date: date | None = None
    kind: EntryKind = EntryKind.FREE
    tags: tuple[str, ...] = ()
    mood: Mood | None = None
    distress: int | None = None
    prompt_id: str | None = None
    prompt_text: str | None = None
    reply_to: str | None = None
    heavy: bool = False
    starred: bool = False
    source: str | None = None
    source_id: str | None = None


@dataclass(frozen=True)
class Entry:
    id: str
    created_at: str
    updated_at: str
    entry_date: date
    title: str
    body: str
    kind: EntryKind
    tags: tuple[str, ...] = ()
    mood: Mood | None = None
    distress: int | None = None
    prompt_id: str | None = None
    prompt_text: str | None = None
    reply_to: str | None = None
    heavy: bool = False
    starred: bool = False
    deleted_at: str | None = None
    tz: str | None = None

    @property
    def display_title(self) -> str:
        return self.title.strip() or first_line(self.body) or "Untitled entry"


@dataclass(frozen=True)
class EntrySummary:
    """One row of the entry list: enough to draw it without loading the body."""

    id: str
    entry_date: date
    title: str
    preview: str
    kind: EntryKind
    mood: str | None
    tags: tuple[str, ...] = field(default=())
    heavy: bool = False
    seq: int = 0

    @property
    def display_title(self) -> str:
        return self.title.strip() or self.preview or "Untitled entry"

    @property
    def veiled_title(self) -> str:
        """What a list may show: the neutral label for a heavy entry, else its title."""
        return HEAVY_ENTRY_LABEL if self.heavy else self.display_title


def first_line(text: str, limit: int = 120) -> str:
    """The first non-empty line without Markdown markers, for list previews."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#>*-+ ").strip()
        if stripped:
            return stripped if len(stripped) <= limit else stripped[: limit - 1] + "…"
    return ""


def normalise_tag(raw: str) -> str:
    """Tags are case-insensitive words; '#' is optional; inner spaces become hyphens."""
    tag = raw.strip().lstrip("#").strip()
    return "-".join(tag.split())


def word_count(text: str) -> int:
    return len(text.split())


MAX_ENTRY_CHARS = 5_000_000  # ~1,000 pages; beyond this something is wrong with the input
