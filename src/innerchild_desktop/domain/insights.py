"""What helps me: how each exercise tends to leave the person, and their own words. Pure.

Nothing here counts sessions over time (no weeks, no streaks): nothing can say "you didn't".
Only sessions with both an optional before and an after rating count towards an exercise's
average, and an exercise without such a pair gets no words at all. A session that was stopped
early is just as valid as one that ran to the end. Every pair counts as it was given: a rating of
0 is a rating.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

# How much distress eased on average (before − after, 0–10 scale) → plain words. A whole point
# either way is the smallest change worth words; three points is a big one.
MUCH, LITTLE = 3.0, 1.0
RECENT_NOTES = 3
OWN_PATTERN_NAME = QT_TRANSLATE_NOOP("domain.insights", "A breathing pattern of your own")


class SessionLike(Protocol):
    """What insights read of a session (read-only, so a frozen record fits)."""

    @property
    def exercise_id(self) -> str: ...
    @property
    def started_at(self) -> str: ...
    @property
    def distress_before(self) -> int | None: ...
    @property
    def distress_after(self) -> int | None: ...
    @property
    def note(self) -> str: ...


@dataclass(frozen=True)
class Helped:
    """How one exercise tends to leave the person, from the sessions they rated."""

    exercise_id: str
    name: str
    rated: int  # sessions with both a before and an after rating
    average_change: float  # after − before (negative: distress eased)

    @property
    def eased(self) -> float:
        return -self.average_change

    @property
    def words(self) -> str:
        return change_words(self.average_change)


@dataclass(frozen=True)
class OwnWords:
    """A note the person typed after an exercise."""

    exercise_id: str
    name: str
    started_at: datetime
    text: str


@dataclass(frozen=True)
class WhatHelps:
    tried_any: bool
    helped: tuple[Helped, ...] = ()
    notes: tuple[OwnWords, ...] = ()


def change_words(average_change: float) -> str:
    """Plain words for an average change in distress (after − before, 0–10 scale)."""
    eased = -average_change
    if eased >= MUCH:
        return translate("domain.insights", "often much calmer after")
    if eased >= LITTLE:
        return translate("domain.insights", "usually a little calmer after")
    if eased > -LITTLE:
        return translate("domain.insights", "about the same")
    if eased > -MUCH:
        return translate("domain.insights", "usually a little harder after")
    return translate("domain.insights", "often much harder after")


def started(started_at: str) -> datetime:
    """When a session began, always timezone-aware (a bare time is taken as UTC)."""
    when = datetime.fromisoformat(started_at)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def display_name(exercise_id: str, names: Mapping[str, str]) -> str:
    """The exercise's name; for one no longer in the library, the best we can say."""
    if exercise_id in names:
        return names[exercise_id]
    if exercise_id.startswith("own-"):
        return translate("domain.insights", OWN_PATTERN_NAME)
    return exercise_id.replace("-", " ").capitalize()


def helped(sessions: Iterable[SessionLike], names: Mapping[str, str]) -> list[Helped]:
    """Rated exercises only, the most calming first (then by name)."""
    changes: dict[str, list[int]] = defaultdict(list)
    for session in sessions:
        if session.distress_before is not None and session.distress_after is not None:
            changes[session.exercise_id].append(session.distress_after - session.distress_before)
    found = [
        Helped(exercise, display_name(exercise, names), len(diffs), sum(diffs) / len(diffs))
        for exercise, diffs in changes.items()
    ]
    return sorted(found, key=lambda h: (h.average_change, h.name.casefold()))


def recent_notes(
    sessions: Iterable[SessionLike], names: Mapping[str, str], limit: int = RECENT_NOTES
) -> list[OwnWords]:
    """The newest ``limit`` non-blank notes, newest first."""
    notes = [
        OwnWords(
            s.exercise_id,
            display_name(s.exercise_id, names),
            started(s.started_at),
            s.note.strip(),
        )
        for s in sessions
        if s.note and s.note.strip()
    ]
    notes.sort(key=lambda n: n.started_at, reverse=True)
    return notes[:limit]


def what_helps(
    sessions: Iterable[SessionLike], names: Mapping[str, str], notes: int = RECENT_NOTES
) -> WhatHelps:
    sessions = list(sessions)
    return WhatHelps(
        tried_any=bool(sessions),
        helped=tuple(helped(sessions, names)),
        notes=tuple(recent_notes(sessions, names, notes)),
    )
