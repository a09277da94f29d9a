"""The shared feeling vocabulary for entries and memories: a small emotion wheel.

Each feeling sits on two axes, valence (unpleasant −1 … pleasant +1) and energy (low −1 …
high +1), the circumplex model used by many mood trackers. Four quadrants, seven or eight words
each: enough to be precise, few enough to choose from when words are hard to find.
Colours are soft, never alarming (no pure red for difficult feelings).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Quadrant(StrEnum):
    LIVELY_PLEASANT = "lively and pleasant"
    CALM_PLEASANT = "calm and pleasant"
    TENSE_UNPLEASANT = "tense and unpleasant"
    LOW_UNPLEASANT = "low and unpleasant"


@dataclass(frozen=True)
class Feeling:
    name: str
    valence: float
    energy: float
    colour: str

    @property
    def quadrant(self) -> Quadrant:
        if self.valence >= 0:
            return Quadrant.LIVELY_PLEASANT if self.energy >= 0 else Quadrant.CALM_PLEASANT
        return Quadrant.TENSE_UNPLEASANT if self.energy >= 0 else Quadrant.LOW_UNPLEASANT


_QUADRANT_COLOURS = {
    Quadrant.LIVELY_PLEASANT: "#e9c46a",
    Quadrant.CALM_PLEASANT: "#8fc1a9",
    Quadrant.TENSE_UNPLEASANT: "#d4a5a5",
    Quadrant.LOW_UNPLEASANT: "#9fb4c7",
}

_RAW = (
    # lively and pleasant
    ("joyful", 0.9, 0.7),
    ("excited", 0.7, 0.9),
    ("playful", 0.8, 0.6),
    ("proud", 0.7, 0.4),
    ("hopeful", 0.6, 0.3),
    ("curious", 0.5, 0.5),
    ("loved", 0.9, 0.2),
    ("grateful", 0.8, 0.1),
    # calm and pleasant
    ("calm", 0.5, -0.6),
    ("content", 0.6, -0.3),
    ("safe", 0.7, -0.5),
    ("relieved", 0.5, -0.4),
    ("tender", 0.4, -0.3),
    ("peaceful", 0.6, -0.7),
    ("rested", 0.5, -0.8),
    # tense and unpleasant
    ("anxious", -0.5, 0.6),
    ("scared", -0.8, 0.7),
    ("angry", -0.7, 0.8),
    ("frustrated", -0.6, 0.5),
    ("ashamed", -0.8, 0.3),
    ("overwhelmed", -0.7, 0.9),
    ("jealous", -0.5, 0.4),
    ("nervous", -0.4, 0.5),
    # low and unpleasant
    ("sad", -0.7, -0.5),
    ("lonely", -0.7, -0.4),
    ("tired", -0.3, -0.8),
    ("numb", -0.4, -0.9),
    ("hurt", -0.7, -0.2),
    ("disappointed", -0.5, -0.3),
    ("guilty", -0.6, -0.1),
    ("homesick", -0.5, -0.4),
)


def _build() -> dict[str, Feeling]:
    feelings: dict[str, Feeling] = {}
    for name, valence, energy in _RAW:
        probe = Feeling(name, valence, energy, "")
        feelings[name] = Feeling(name, valence, energy, _QUADRANT_COLOURS[probe.quadrant])
    return feelings


FEELINGS: dict[str, Feeling] = _build()

UNMET_NEEDS = (
    "safety",
    "comfort",
    "attention",
    "play",
    "protection",
    "being believed",
    "being seen",
    "belonging",
    "rest",
    "encouragement",
    "fairness",
    "privacy",
    "guidance",
    "affection",
    "independence",
    "stability",
)


@dataclass(frozen=True)
class LifeStage:
    name: str
    start_age: float
    end_age: float  # exclusive


DEFAULT_STAGES = (
    LifeStage("before school", 0, 6),
    LifeStage("primary school", 6, 12),
    LifeStage("teenage years", 12, 18),
)


def feeling(name: str) -> Feeling | None:
    return FEELINGS.get(name.strip().lower())


def by_quadrant() -> dict[Quadrant, list[Feeling]]:
    grouped: dict[Quadrant, list[Feeling]] = {q: [] for q in Quadrant}
    for item in FEELINGS.values():
        grouped[item.quadrant].append(item)
    return grouped
