"""What a person chose for the exercises, remembered between sessions, even while locked.

Kept in Qt's settings file next to the window geometry, because the exercises open on the lock
screen, before the journal's key is known. Only choices live here, never words: pace, motion,
sound, counts, the id of the last calm breathing pattern (an own pattern's id, never its name) and
how many times a safety note was shown (at most three). The README says so.
"""

from __future__ import annotations

from typing import Protocol

from innerchild_desktop.domain.exercises import NOTE_SHOWN_TIMES
from innerchild_desktop.ui.prefs_keys import SOOTHE_GROUP

GROUP = SOOTHE_GROUP


class Store(Protocol):
    def value(self, key: str, default: object = None) -> object: ...
    def setValue(self, key: str, value: object) -> None: ...


class MemoryStore:
    """A store that forgets on exit (tests, and a player built without the app)."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def value(self, key: str, default: object = None) -> object:
        return self.values.get(key, default)

    def setValue(self, key: str, value: object) -> None:
        self.values[key] = value


def _flag(value: object, default: bool | None) -> bool | None:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "1"):
        return True
    if str(value).lower() in ("false", "0"):
        return False
    return default


class SoothePrefs:
    def __init__(self, store: Store | None = None) -> None:
        self.store: Store = store if store is not None else MemoryStore()

    def _get(self, key: str) -> object:
        return self.store.value(f"{GROUP}/{key}")

    def _set(self, key: str, value: object) -> None:
        self.store.setValue(f"{GROUP}/{key}", value)

    # --- choices --------------------------------------------------------------------------------
    @property
    def pace(self) -> float:
        """Every phase this many times as long (>1 slower); the safety rules still apply."""
        try:
            raw = self._get("pace") or 1.0
            value = float(raw) if isinstance(raw, str | int | float) else 1.0
        except ValueError:
            return 1.0
        return value if 0.5 <= value <= 2.0 else 1.0

    @pace.setter
    def pace(self, value: float) -> None:
        self._set("pace", round(value, 4))

    def flag(self, name: str, default: bool | None = False) -> bool | None:
        """reduced_motion (None: follow the desktop), sound, spoken, counts."""
        return _flag(self._get(name), default)

    def set_flag(self, name: str, on: bool) -> None:
        self._set(name, bool(on))

    @property
    def calm(self) -> tuple[str, str | None] | None:
        """The last breathing choice without holds: (exercise id, variant id or None)."""
        raw = self._get("calm")
        if not isinstance(raw, str) or not raw:
            return None
        exercise_id, _, variant = raw.partition("|")
        return exercise_id, variant or None

    @calm.setter
    def calm(self, choice: tuple[str, str | None]) -> None:
        self._set("calm", f"{choice[0]}|{choice[1] or ''}")

    def notes_shown(self, exercise_id: str) -> int:
        try:
            raw = self._get(f"notes/{exercise_id}") or 0
            return int(raw) if isinstance(raw, str | int | float) else 0
        except ValueError:
            return 0

    def note_shown(self, exercise_id: str) -> None:
        self._set(f"notes/{exercise_id}", min(self.notes_shown(exercise_id) + 1, NOTE_SHOWN_TIMES))
