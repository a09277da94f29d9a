"""A memory as the timeline shows it, and how its fuzzy time reads in words and which lane it
sits on. Pure: the store fills :class:`MemoryRow`, the services and views read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from innerchild_desktop.domain.fuzzy_dates import FuzzyDateError, FuzzyTime
from innerchild_desktop.domain.i18n import translate

#: The four reflection questions of the review walk, as the memories table names them.
REFLECTION_FIELDS = ("what_happened", "what_i_felt", "what_i_needed", "what_i_would_say")


@dataclass(frozen=True)
class MemoryRow:
    """One live memory, as read from the journal."""

    id: str
    title: str
    body: str
    fuzzy_time: dict[str, Any]
    sort_key: float | None
    span_start: float | None
    span_end: float | None
    stage: str | None
    emotions: tuple[str, ...]
    needs: tuple[str, ...]
    people: tuple[str, ...]
    place: str
    intensity: int | None
    heavy: bool
    what_happened: str
    what_i_felt: str
    what_i_needed: str
    what_i_would_say: str


@dataclass(frozen=True)
class ReviewPlace:
    """Where the review walk was left: its order and the memory it stood on."""

    order: str | None = None
    memory_id: str | None = None


def describe(row: MemoryRow) -> str:
    """The memory's time in words ("around age 7"); a damaged stored time falls back to what
    was typed."""
    return describe_time(row.fuzzy_time)


def describe_time(stored: dict[str, Any]) -> str:
    """A stored fuzzy time (its JSON dict) in words, as :func:`describe` says it."""
    try:
        return FuzzyTime.from_dict(stored).describe()
    except (FuzzyDateError, KeyError, TypeError, ValueError):  # from_dict raises the first
        return str(stored.get("text") or translate("domain.memories", "sometime"))


def lane_of(row: MemoryRow, birth: date | None = None) -> str:
    """Which axis the stored span is measured on: "age" or "calendar"."""
    try:
        return FuzzyTime.from_dict(row.fuzzy_time).placement(birth).lane.value
    except (KeyError, TypeError, ValueError):
        return "age"
