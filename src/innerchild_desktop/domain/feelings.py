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

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate


class Quadrant(StrEnum):
    LIVELY_PLEASANT = QT_TRANSLATE_NOOP("domain.feelings", "lively and pleasant")
    CALM_PLEASANT = QT_TRANSLATE_NOOP("domain.feelings", "calm and pleasant")
    TENSE_UNPLEASANT = QT_TRANSLATE_NOOP("domain.feelings", "tense and unpleasant")
    LOW_UNPLEASANT = QT_TRANSLATE_NOOP("domain.feelings", "low and unpleasant")

    @property
    def label(self) -> str:
        """The quadrant's words in the current language (the value stays English)."""
        return translate("domain.feelings", self.value)


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

    @property
    def label(self) -> str:
        """The feeling's word in the current language; ``name`` (stored) stays English."""
        return translate("domain.feelings", self.name)


QUADRANT_COLOURS: dict[Quadrant, str] = {
    Quadrant.LIVELY_PLEASANT: "#e9c46a",  # warm straw
    Quadrant.CALM_PLEASANT: "#8fc1a9",  # sage
    Quadrant.TENSE_UNPLEASANT: "#d4a5a5",  # dusty rose, not alarm red
    Quadrant.LOW_UNPLEASANT: "#9fb4c7",  # mist blue
}

_RAW = (
    # lively and pleasant
    (QT_TRANSLATE_NOOP("domain.feelings", "joyful"), 0.9, 0.7),
    (QT_TRANSLATE_NOOP("domain.feelings", "excited"), 0.7, 0.9),
    (QT_TRANSLATE_NOOP("domain.feelings", "playful"), 0.8, 0.6),
    (QT_TRANSLATE_NOOP("domain.feelings", "proud"), 0.7, 0.4),
    (QT_TRANSLATE_NOOP("domain.feelings", "hopeful"), 0.6, 0.3),
    (QT_TRANSLATE_NOOP("domain.feelings", "curious"), 0.5, 0.5),
    (QT_TRANSLATE_NOOP("domain.feelings", "loved"), 0.9, 0.2),
    (QT_TRANSLATE_NOOP("domain.feelings", "grateful"), 0.8, 0.1),
    # calm and pleasant
    (QT_TRANSLATE_NOOP("domain.feelings", "calm"), 0.5, -0.6),
    (QT_TRANSLATE_NOOP("domain.feelings", "content"), 0.6, -0.3),
    (QT_TRANSLATE_NOOP("domain.feelings", "safe"), 0.7, -0.5),
    (QT_TRANSLATE_NOOP("domain.feelings", "relieved"), 0.5, -0.4),
    (QT_TRANSLATE_NOOP("domain.feelings", "tender"), 0.4, -0.3),
    (QT_TRANSLATE_NOOP("domain.feelings", "peaceful"), 0.6, -0.7),
    (QT_TRANSLATE_NOOP("domain.feelings", "rested"), 0.5, -0.8),
    # tense and unpleasant
    (QT_TRANSLATE_NOOP("domain.feelings", "anxious"), -0.5, 0.6),
    (QT_TRANSLATE_NOOP("domain.feelings", "scared"), -0.8, 0.7),
    (QT_TRANSLATE_NOOP("domain.feelings", "angry"), -0.7, 0.8),
    (QT_TRANSLATE_NOOP("domain.feelings", "frustrated"), -0.6, 0.5),
    (QT_TRANSLATE_NOOP("domain.feelings", "ashamed"), -0.8, 0.3),
    (QT_TRANSLATE_NOOP("domain.feelings", "overwhelmed"), -0.7, 0.9),
    (QT_TRANSLATE_NOOP("domain.feelings", "jealous"), -0.5, 0.4),
    (QT_TRANSLATE_NOOP("domain.feelings", "nervous"), -0.4, 0.5),
    # low and unpleasant
    (QT_TRANSLATE_NOOP("domain.feelings", "sad"), -0.7, -0.5),
    (QT_TRANSLATE_NOOP("domain.feelings", "lonely"), -0.7, -0.4),
    (QT_TRANSLATE_NOOP("domain.feelings", "tired"), -0.3, -0.8),
    (QT_TRANSLATE_NOOP("domain.feelings", "numb"), -0.4, -0.9),
    (QT_TRANSLATE_NOOP("domain.feelings", "hurt"), -0.7, -0.2),
    (QT_TRANSLATE_NOOP("domain.feelings", "disappointed"), -0.5, -0.3),
    (QT_TRANSLATE_NOOP("domain.feelings", "guilty"), -0.6, -0.1),
    (QT_TRANSLATE_NOOP("domain.feelings", "homesick"), -0.5, -0.4),
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
    """Look a feeling up by name (case and spaces ignored, common synonyms accepted), in
    English or in the current language ("alegre", "fröhlich")."""
    key = " ".join(name.split()).lower()
    found = FEELINGS.get(ALIASES.get(key, key))
    if found is None and key:
        found = next((f for f in FEELINGS.values() if key in _said_forms(f.label)), None)
    return found


def _said_forms(label: str) -> set[str]:
    """ "orgulloso/a" → {"orgulloso/a", "orgulloso", "orgullosa"}: both forms of a word a
    translation writes for either gender."""
    said = label.lower()
    forms = {said}
    if said.endswith("/a"):
        base = said[:-2]
        forms.add(base)
        if base.endswith("o"):
            forms.add(base[:-1] + "a")
        elif base.endswith("ón"):
            forms.add(base[:-2] + "ona")
    return forms


def feeling_label(name: str) -> str:
    """A stored feeling name in the current language; a word of the person's own as written."""
    known = FEELINGS.get(name)
    return known.label if known is not None else name


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
    QT_TRANSLATE_NOOP("domain.feelings", "safety"),
    QT_TRANSLATE_NOOP("domain.feelings", "comfort"),
    QT_TRANSLATE_NOOP("domain.feelings", "attention"),
    QT_TRANSLATE_NOOP("domain.feelings", "play"),
    QT_TRANSLATE_NOOP("domain.feelings", "protection"),
    QT_TRANSLATE_NOOP("domain.feelings", "being believed"),
    QT_TRANSLATE_NOOP("domain.feelings", "being seen"),
    QT_TRANSLATE_NOOP("domain.feelings", "belonging"),
    QT_TRANSLATE_NOOP("domain.feelings", "rest"),
    QT_TRANSLATE_NOOP("domain.feelings", "encouragement"),
    QT_TRANSLATE_NOOP("domain.feelings", "fairness"),
    QT_TRANSLATE_NOOP("domain.feelings", "privacy"),
    QT_TRANSLATE_NOOP("domain.feelings", "guidance"),
    QT_TRANSLATE_NOOP("domain.feelings", "affection"),
    QT_TRANSLATE_NOOP("domain.feelings", "independence"),
    QT_TRANSLATE_NOOP("domain.feelings", "stability"),
)


def need_label(need: str) -> str:
    """An unmet need ("being seen") in the current language; stored needs stay English."""
    return translate("domain.feelings", need) if need in UNMET_NEEDS else need


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
            raise ValueError(translate("domain.feelings", "A life stage needs a name."))
        ages = (self.start_age, self.end_age)
        years = (self.start_year, self.end_year)
        if self.start_age is not None and self.end_age is not None and years == (None, None):
            if not 0 <= self.start_age < self.end_age <= 120:
                raise ValueError(
                    translate(
                        "domain.feelings",
                        'The ages for "{name}" should run forwards, from 0 to 120.',
                    ).format(name=self.name)
                )
        elif self.start_year is not None and self.end_year is not None and ages == (None, None):
            if self.start_year > self.end_year:
                raise ValueError(
                    translate(
                        "domain.feelings", 'The years for "{name}" should run forwards.'
                    ).format(name=self.name)
                )
        else:
            raise ValueError(
                translate(
                    "domain.feelings",
                    '"{name}" needs either an age range (like 4 to 9) or a year range '
                    "(like 1990 to 1995), not both.",
                ).format(name=self.name)
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
    def display_name(self) -> str:
        """A shipped stage's name in the current language; one's own stage as they wrote it."""
        return (
            translate("domain.feelings", self.name)
            if self.name in SHIPPED_STAGE_NAMES
            else self.name
        )

    @property
    def label(self) -> str:
        return f"{self.display_name} ({self.range_label})"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


LIFE_STAGES = (
    LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "before school"), 0, 6),
    LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "primary school"), 6, 12),
    LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "teenage years"), 12, 18),
)
DEFAULT_STAGES = LIFE_STAGES  # the name the first callers used

# Everyday words for parts of childhood, each with the ages it usually means and other ways of
# saying it. School ages differ between countries; these are the broad middle, and each reads
# back as, say, "toddler (1–3)", so the ages used are always shown. A person's own life stage of
# the same name (Settings → My own life stages) is used instead of these ages.
STAGE_WORDS: tuple[tuple[LifeStage, tuple[str, ...]], ...] = (
    (LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "early childhood"), 0, 6), ()),
    (
        LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "toddler"), 1, 4),
        ("toddler years", "toddlerhood"),
    ),
    (
        LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "preschool"), 3, 6),
        ("pre-school", "nursery school", "nursery"),
    ),
    (
        LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "middle school"), 11, 14),
        ("junior high", "junior high school"),
    ),
    (
        LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "high school"), 14, 18),
        ("senior high", "senior high school"),
    ),
    (
        LifeStage(QT_TRANSLATE_NOOP("domain.feelings", "adolescence"), 12, 18),
        ("adolescent", "teens"),
    ),
)
# The names the program ships (translated when shown); a person's own stages are shown as written.
SHIPPED_STAGE_NAMES = frozenset(
    {stage.name for stage in LIFE_STAGES} | {stage.name for stage, _ in STAGE_WORDS}
)


def stage_name_label(name: str) -> str:
    """A stored stage name ("primary school") as shown: a shipped one in the current language,
    one's own as written."""
    return translate("domain.feelings", name) if name in SHIPPED_STAGE_NAMES else name
