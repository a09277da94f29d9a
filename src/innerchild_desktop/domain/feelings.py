"""The shared feeling vocabulary for entries and memories: a small emotion wheel, needs, stages.

Each feeling sits on two axes, valence (unpleasant −1 … pleasant +1) and energy (low −1 …
high +1), the circumplex model used by many mood trackers. Four quadrants, seven or eight words
each: enough to be precise, few enough to choose from when words are hard to find.
Colours are soft, never alarming (no pure red for difficult feelings): each quadrant has one calm
hue and each feeling a lighter or deeper shade of it, so the wheel reads as a family of colours.

Life stages live here too because memories, prompts and the timeline all share them; the maths
of placing a memory in a stage is in :mod:`innerchild_desktop.domain.fuzzy_dates`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Quadrant(StrEnum):
    LIVELY_PLEASANT = "lively and pleasant"
    CALM_PLEASANT = "calm and pleasant"
    TENSE_UNPLEASANT = "tense and unpleasant"
    LOW_UNPLEASANT = "low and unpleasant"


def quadrant_of(valence: float, energy: float) -> Quadrant:
    """The quadrant of a point on the wheel (zero counts as pleasant / lively)."""
    if valence >= 0:
        return Quadrant.LIVELY_PLEASANT if energy >= 0 else Quadrant.CALM_PLEASANT
    return Quadrant.TENSE_UNPLEASANT if energy >= 0 else Quadrant.LOW_UNPLEASANT


@dataclass(frozen=True)
class Feeling:
    name: str
    valence: float
    energy: float
    colour: str  # "#rrggbb", a calm shade of the quadrant's hue

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_of(self.valence, self.energy)


QUADRANT_COLOURS: dict[Quadrant, str] = {
    Quadrant.LIVELY_PLEASANT: "#e9c46a",  # warm straw
    Quadrant.CALM_PLEASANT: "#8fc1a9",  # sage
    Quadrant.TENSE_UNPLEASANT: "#d4a5a5",  # dusty rose, not alarm red
    Quadrant.LOW_UNPLEASANT: "#9fb4c7",  # mist blue
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

# Everyday words people type for a feeling on the wheel ("joy" for "joyful"), so a mood written
# by hand or imported from another journal still finds its colour.
ALIASES: dict[str, str] = {
    "joy": "joyful",
    "happy": "joyful",
    "pride": "proud",
    "hope": "hopeful",
    "wonder": "curious",
    "love": "loved",
    "peace": "peaceful",
    "relief": "relieved",
    "afraid": "scared",
    "frightened": "scared",
    "fear": "scared",
    "worried": "anxious",
    "tense": "nervous",
    "anger": "angry",
    "mad": "angry",
    "shame": "ashamed",
    "sadness": "sad",
    "upset": "sad",
    "guilt": "guilty",
    "exhausted": "tired",
}


def _shade(hex_colour: str, valence: float, energy: float) -> str:
    """A shade of the quadrant hue: stronger feelings a little deeper, milder ones lighter.

    Mixing toward white (never toward black) keeps every swatch soft on light and dark themes.
    """
    strength = min(1.0, math.hypot(valence, energy) / math.sqrt(2))
    towards_white = 0.35 * (1.0 - strength)
    channels = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (255 - c) * towards_white) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _build() -> dict[str, Feeling]:
    feelings: dict[str, Feeling] = {}
    for name, valence, energy in _RAW:
        base = QUADRANT_COLOURS[quadrant_of(valence, energy)]
        feelings[name] = Feeling(name, valence, energy, _shade(base, valence, energy))
    return feelings


FEELINGS: dict[str, Feeling] = _build()


def feeling(name: str) -> Feeling | None:
    """Look a feeling up by name (case and spaces ignored, common synonyms accepted)."""
    key = " ".join(name.split()).lower()
    return FEELINGS.get(ALIASES.get(key, key))


def by_quadrant() -> dict[Quadrant, list[Feeling]]:
    """The wheel grouped for a picker: quadrants in a fixed order, feelings in wheel order."""
    grouped: dict[Quadrant, list[Feeling]] = {q: [] for q in Quadrant}
    for item in FEELINGS.values():
        grouped[item.quadrant].append(item)
    return grouped


def nearest(valence: float, energy: float) -> Feeling:
    """The named feeling closest to a point, for a wheel the user clicks instead of reading."""
    return min(FEELINGS.values(), key=lambda f: math.hypot(f.valence - valence, f.energy - energy))


# What a child might have needed and not had. Used for memories ("what I needed") and prompts;
# phrased so each reads after "I needed …".
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
    """A named stretch of life, by age (``start_age`` inclusive, ``end_age`` exclusive) or by
    calendar years (``start_year`` … ``end_year``, both inclusive, as people say "1990–1995").

    User-defined stages ("when we lived on Elm Street") use either form; the shipped ones use
    ages. Fields mirror the ``life_stages`` table.
    """

    name: str
    start_age: float | None = None
    end_age: float | None = None
    start_year: int | None = None
    end_year: int | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("A life stage needs a name.")
        ages = (self.start_age, self.end_age)
        years = (self.start_year, self.end_year)
        if self.start_age is not None and self.end_age is not None and years == (None, None):
            if not 0 <= self.start_age < self.end_age <= 120:
                raise ValueError(f'The ages for "{self.name}" should run forwards, from 0 to 120.')
        elif self.start_year is not None and self.end_year is not None and ages == (None, None):
            if self.start_year > self.end_year:
                raise ValueError(f'The years for "{self.name}" should run forwards.')
        else:
            raise ValueError(
                f'"{self.name}" needs either an age range (like 4 to 9) or a year range '
                "(like 1990 to 1995), not both."
            )

    @property
    def by_age(self) -> bool:
        return self.start_age is not None

    @property
    def range_label(self) -> str:
        """ "6–11" for ages 6 up to 12, "1990–1995" for years; used as "primary school (6–11)"."""
        if self.start_age is not None and self.end_age is not None:
            last = math.ceil(self.end_age) - 1
            return f"{_number(self.start_age)}–{last}"
        return f"{self.start_year}–{self.end_year}"

    @property
    def label(self) -> str:
        return f"{self.name} ({self.range_label})"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


LIFE_STAGES = (
    LifeStage("before school", 0, 6),
    LifeStage("primary school", 6, 12),
    LifeStage("teenage years", 12, 18),
)
DEFAULT_STAGES = LIFE_STAGES  # the name the first callers used

# Everyday words for parts of childhood, each with the ages it usually means and other ways of
# saying it. School ages differ between countries; these are the broad middle, and each reads
# back as, say, "toddler (1–3)", so the ages used are always shown. A person's own life stage of
# the same name (Settings → My own life stages) is used instead of these ages.
STAGE_WORDS: tuple[tuple[LifeStage, tuple[str, ...]], ...] = (
    (LifeStage("early childhood", 0, 6), ()),
    (LifeStage("toddler", 1, 4), ("toddler years", "toddlerhood")),
    (LifeStage("preschool", 3, 6), ("pre-school", "nursery school", "nursery")),
    (LifeStage("middle school", 11, 14), ("junior high", "junior high school")),
    (LifeStage("high school", 14, 18), ("senior high", "senior high school")),
    (LifeStage("adolescence", 12, 18), ("adolescent",)),
)
