"""Journal entries as plain values. No Qt, no SQL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate


class EntryKind(StrEnum):
    FREE = "free"
    PROMPT = "prompt"
    LETTER_TO = "letter_to"  # a letter to my younger self
    LETTER_FROM = "letter_from"  # a letter from my younger self (a reply)
    MEMORY_REFLECTION = "memory_reflection"

    @property
    def label(self) -> str:
        """The kind in words, in the current language (the value stays as stored)."""
        match self:
            case EntryKind.PROMPT:
                return translate("domain.entries", "Prompt answer")
            case EntryKind.LETTER_TO:
                return translate("domain.entries", "Letter to my younger self")
            case EntryKind.LETTER_FROM:
                return translate("domain.entries", "Letter from my younger self")
            case EntryKind.MEMORY_REFLECTION:
                return translate("domain.entries", "Memory reflection")
        return translate("domain.entries", "Entry")


@dataclass(frozen=True)
class Mood:
    """A named feeling from the emotion wheel, with its place on valence × energy."""

    name: str
    valence: float | None = None
    energy: float | None = None


# How a heavy entry shows wherever it is listed (entry list, a day, search, trash, share): a
# neutral label, never its title, words, mood or tags, until the person chooses to open it.
# English constants, marked for the catalogue: show them through the functions below (or
# translate("domain.entries", HEAVY_ENTRY_TITLE)).
HEAVY_ENTRY_TITLE = QT_TRANSLATE_NOOP("domain.entries", "A heavy entry")
HEAVY_ENTRY_HINT = QT_TRANSLATE_NOOP("domain.entries", "open it when you choose")
HEAVY_ENTRY_LABEL = f"{HEAVY_ENTRY_TITLE} — {HEAVY_ENTRY_HINT}"


def heavy_entry_title() -> str:
    """ "A heavy entry", in the current language."""
    return translate("domain.entries", HEAVY_ENTRY_TITLE)


def heavy_entry_hint() -> str:
    """ "open it when you choose", in the current language."""
    return translate("domain.entries", HEAVY_ENTRY_HINT)


def heavy_entry_label() -> str:
    """ "A heavy entry — open it when you choose", in the current language."""
    return f"{heavy_entry_title()} — {heavy_entry_hint()}"


def untitled() -> str:
    return translate("domain.entries", "Untitled entry")


MAX_ENTRY_CHARS = 5_000_000  # ~1,000 pages; beyond this something is wrong with the input

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
        return self.title.strip() or first_line(self.body) or untitled()


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
        return self.title.strip() or self.preview or untitled()

    @property
    def veiled_title(self) -> str:
        """What a list may show: the neutral label for a heavy entry, else its title."""
        return heavy_entry_label() if self.heavy else self.display_title


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


def check_entry_fields(values: Mapping[str, object]) -> None:
    """The one check of what an entry may hold, for a new entry and for every update alike
    (the GUI editor, the command line, imports, a reflection on a memory).

    Raises :class:`InvalidInput` in words that never quote the entry; fields not given are
    not checked, so an update of one field checks only that field.
    """
    for name in ("title", "body", "prompt_text"):
        text = values.get(name)
        if text is not None and not isinstance(text, str):
            raise InvalidInput(
                translate("domain.entries", "An entry's {field} must be text.").format(
                    field=name.replace("_", " ")
                )
            )
    for name in ("title", "body"):
        if len(str(values.get(name) or "")) > MAX_ENTRY_CHARS:
            raise InvalidInput(
                translate(
                    "domain.entries",
                    "That entry is too long to save in one piece (more than {count} characters).",
                ).format(count=f"{MAX_ENTRY_CHARS:,}")
            )
    distress = values.get("distress")
    if distress is not None and (type(distress) is not int or not 0 <= distress <= 10):
        raise InvalidInput(
            translate(
                "domain.entries", "Distress is a number from 0 (calm) to 10 (the most distress)."
            )
        )
    if "kind" in values and values["kind"] not in {k.value for k in EntryKind}:
        raise InvalidInput(
            translate("domain.entries", "An entry's kind is one of: {kinds}.").format(
                kinds=", ".join(k.value for k in EntryKind)
            )
        )
    if "entry_date" in values and not isinstance(values["entry_date"], date):
        raise InvalidInput(
            translate("domain.entries", "An entry's date must be a calendar date (YYYY-MM-DD).")
        )


def check_new_entry(new: NewEntry) -> None:
    """:func:`check_entry_fields` for a whole new entry (no date means today)."""
    values = {f.name: getattr(new, f.name) for f in fields(new)}
    if new.entry_date is None:
        del values["entry_date"]
    check_entry_fields(values)
