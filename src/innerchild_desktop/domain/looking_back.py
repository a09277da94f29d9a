"""Looking back, gently: a year of feelings in colour, kind words, and what helped. Pure.

One square per day with an entry, in the colour of that day's feeling; a day without an entry is
not a square at all (just background: nothing is "missed"). Nothing here counts, ranks or
compares: no numbers, no streaks, no "you wrote less". Days with a heavy entry are veiled (no
colour, no feeling named) until the person asks to see them.

The colour of a feeling comes from its place on the wheel (valence × energy): the direction picks
a hue between the four calm quadrant hues of :mod:`~innerchild_desktop.domain.feelings` (straw,
sage, mist blue, dusty rose), so neighbouring feelings get neighbouring colours; the distance from
the centre (how strong the feeling is) says how far it stands out from the page. Mild or mixed
days fade towards the page colour; no colour is ever mixed towards black or towards alarm red.
"""

from __future__ import annotations

import colorsys
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.feelings import QUADRANT_COLOURS, Quadrant, feeling, feeling_label
from innerchild_desktop.domain.fuzzy_said import month_name, weekday_name
from innerchild_desktop.domain.i18n import DEFAULT, QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.domain.insights import OwnWords, SessionLike, recent_notes, started

# Prompt themes whose answers are kind words to oneself (as letters are).
SELF_COMPASSION_THEMES = ("reparenting",)
KIND_WORDS_LIMIT = 4  # passages shown for a year: a handful to read, not an archive
HELPED_LIMIT = 4
PASSAGE_CHARS = 220  # two or three sentences
# How far a feeling fades towards the page: mild feelings (near the wheel's centre) by up to this
# much, strong ones not at all; on a dark page every colour also dims a little, so the soft
# pastels glow instead of glare.
FADE_MILD, DIM_ON_DARK = 0.55, 0.18
# Hues this close to pure red (degrees) keep at most this HLS saturation: rose, not alarm.
RED_HUES, RED_SATURATION = 20.0, 0.32

NO_FEELING_WORDS = QT_TRANSLATE_NOOP("domain.looking_back", "written, no feeling named")
VEILED_WORDS = QT_TRANSLATE_NOOP(
    "domain.looking_back", "a heavy day, veiled: press Enter or click to see its colour"
)
# The quadrant hues sit at the middle of each quadrant (degrees, valence → x, energy → y).
# Straw and dusty rose are the wheel's own; its sage and mist blue sit so close that a year of
# calm days and low days would read as one grey-green, so here sage leans greener and mist bluer.
_ANCHORS: tuple[tuple[float, str], ...] = (
    (45.0, QUADRANT_COLOURS[Quadrant.LIVELY_PLEASANT]),
    (135.0, QUADRANT_COLOURS[Quadrant.TENSE_UNPLEASANT]),
    (225.0, "#98aed6"),  # mist blue
    (315.0, "#8cc49a"),  # sage
)


@dataclass(frozen=True)
class DayFeeling:
    """One entry's day and feeling, as the store reads it (no title, no words)."""

    day: date
    mood: str | None = None
    valence: float | None = None
    energy: float | None = None
    heavy: bool = False


@dataclass(frozen=True)
class DaySquare:
    """One day with entries, ready to draw. ``colour`` is None while the day is veiled."""

    day: date
    colour: str | None
    feeling_words: str
    veiled: bool = False
    heavy: bool = False

    @property
    def words(self) -> str:
        """Date and feeling in words, for hover, focus and screen readers."""
        return translate("domain.looking_back", "{day}: {feelings}").format(
            day=day_words(self.day), feelings=self.feeling_words
        )


@dataclass(frozen=True)
class KindSource:
    """An entry that may hold kind words: a letter or a self-compassion prompt answer."""

    day: date
    kind: EntryKind
    body: str


@dataclass(frozen=True)
class KindWords:
    day: date
    where: str  # "Letter to my younger self", …
    text: str


@dataclass(frozen=True)
class YearBack:
    """What the Looking back view shows for one year (colours are made at drawing time)."""

    year: int
    days: tuple[DayFeeling, ...] = ()
    kind_words: tuple[KindWords, ...] = ()
    helped: tuple[OwnWords, ...] = ()


# --- colour -------------------------------------------------------------------------------------


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _mix(a: str, b: str, amount: float) -> str:
    """``a`` moved ``amount`` (0–1) of the way towards ``b``."""
    return _hex(x + (y - x) * amount for x, y in zip(_rgb(a), _rgb(b), strict=True))


def is_dark(ground: str) -> bool:
    r, g, b = _rgb(ground)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5


def hue_at(angle: float) -> str:
    """The calm hue for a direction on the wheel, blended between the two nearest quadrants."""
    angle %= 360.0
    for i, (start, colour) in enumerate(_ANCHORS):
        end, next_colour = _ANCHORS[(i + 1) % len(_ANCHORS)]
        span = (end - start) % 360.0
        offset = (angle - start) % 360.0
        if offset <= span:
            return _mix(colour, next_colour, offset / span)
    raise AssertionError("the anchors go round the whole wheel")  # pragma: no cover


def never_alarm_red(colour: str) -> str:
    """Between dusty rose and straw the blend passes reddish hues at a fuller saturation than
    either: there, saturation is held to :data:`RED_SATURATION`, so a tense day reads as rose,
    never as a warning."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*_rgb(colour))
    degrees = hue * 360.0
    if min(degrees, 360.0 - degrees) > RED_HUES or saturation <= RED_SATURATION:
        return colour
    return _hex(colorsys.hls_to_rgb(hue, lightness, RED_SATURATION))


def feeling_colour(valence: float, energy: float, ground: str) -> str:
    """The colour of a point on the wheel drawn on a page of colour ``ground`` ("#rrggbb")."""
    strength = min(1.0, math.hypot(valence, energy))
    colour = never_alarm_red(hue_at(math.degrees(math.atan2(energy, valence))))
    fade = FADE_MILD * (1.0 - strength) + (DIM_ON_DARK if is_dark(ground) else 0.0)
    return _mix(colour, ground, min(fade, 0.9))


def quiet_colour(ground: str) -> str:
    """A day written without a named feeling: a soft neutral a step away from the page."""
    return _mix(ground, "#ffffff" if is_dark(ground) else "#5f5a55", 0.2)


def _point(row: DayFeeling) -> tuple[float, float] | None:
    if row.valence is not None and row.energy is not None:
        return row.valence, row.energy
    known = feeling(row.mood) if row.mood else None
    return (known.valence, known.energy) if known else None


def _names(rows: list[DayFeeling]) -> str:
    names: list[str] = []
    for row in rows:
        name = " ".join((row.mood or "").split()).lower()
        known = feeling(name) if name else None
        name = known.label if known and known.name == name else feeling_label(name)
        if name and name not in names:
            names.append(name)
    if not names:
        return translate("domain.looking_back", NO_FEELING_WORDS)
    if len(names) > 3:
        return translate("domain.looking_back", "{feelings} and more").format(
            feelings=", ".join(names[:3])
        )
    if len(names) == 1:
        return names[0]
    return translate("domain.looking_back", "{feelings} and {last}").format(
        feelings=", ".join(names[:-1]), last=names[-1]
    )


def day_square(day: date, rows: list[DayFeeling], ground: str, reveal: bool = False) -> DaySquare:
    """One day: the blend of its feelings (a mixed day is softer); veiled if any entry is heavy."""
    heavy = any(row.heavy for row in rows)
    if heavy and not reveal:
        words = translate("domain.looking_back", VEILED_WORDS)
        return DaySquare(day, None, words, veiled=True, heavy=True)
    points = [p for p in map(_point, rows) if p is not None]
    if points:
        valence = sum(p[0] for p in points) / len(points)
        energy = sum(p[1] for p in points) / len(points)
        colour = feeling_colour(valence, energy, ground)
    else:
        colour = quiet_colour(ground)
    words = _names(rows)
    if heavy:
        words = translate("domain.looking_back", "a heavy day: {feelings}").format(feelings=words)
    return DaySquare(day, colour, words, heavy=heavy)


def year_in_colour(
    rows: Iterable[DayFeeling],
    year: int,
    ground: str,
    reveal: bool | Iterable[date] = False,
) -> dict[date, DaySquare]:
    """Squares for the days of ``year`` that have entries, in date order. ``reveal`` is True for
    every heavy day, or the heavy days the person chose to see; all others stay veiled."""
    by_day: dict[date, list[DayFeeling]] = {}
    for row in rows:
        if row.day.year == year:
            by_day.setdefault(row.day, []).append(row)
    shown = set() if isinstance(reveal, bool) else set(reveal)
    return {
        day: day_square(day, by_day[day], ground, reveal is True or day in shown)
        for day in sorted(by_day)
    }


# --- words --------------------------------------------------------------------------------------

_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def ordinal_words(n: int) -> str:
    """1 → "first", 23 → "twenty-third", 31 → "thirty-first" (days of a month)."""
    if 1 <= n <= 20:
        return _ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    stem = {2: "twenty", 3: "thirty"}[tens]
    return f"{stem}-{_ORDINALS[ones - 1]}" if ones else {2: "twentieth", 3: "thirtieth"}[tens]


def day_words(day: date) -> str:
    """ "Thursday, the third of December": a date in words, so the view shows no figures.
    Ordinal words are English only: other languages say the day as a figure ("jueves, 3 de
    diciembre", "Donnerstag, 3. Dezember")."""
    english = current_language() == DEFAULT
    return translate("domain.looking_back", "{weekday}, the {ordinal} of {month}").format(
        weekday=weekday_name(day.weekday()),
        ordinal=ordinal_words(day.day) if english else day.day,
        month=month_name(day.month),
    )


# --- kind words ---------------------------------------------------------------------------------

_KIND_CUES = re.compile(
    r"\b(love[ds]?|loving|proud|safe|kind(ness)?|gentle|deserve[ds]?|enough|okay|allowed|brave|"
    r"matter(s|ed)?|worth|care|cared|forgive|comfort|hug|welcome|thank|never too much|"
    r"not your fault|wasn't your (fault|job)|here for you|i'm here|rest)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_SIGN_OFF = re.compile(
    r"^(with (all my )?love|all my love|love|yours|hugs|from)\b[^.!?]{0,60}[.!?]?$", re.IGNORECASE
)
_MARKUP = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|[*_`]{1,3}", re.MULTILINE)


def _sentences(body: str) -> list[str]:
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", _MARKUP.sub("", body)):
        text = " ".join(paragraph.split())
        if len(text.split()) < 5 or _SIGN_OFF.match(text):  # "Dear little me,", "Love, me"
            continue
        found.extend(s for s in _SENTENCE.split(text) if s)
    return found


def kind_passage(body: str, limit: int = PASSAGE_CHARS) -> str | None:
    """The kindest few sentences of a text: the sentence with the most kind words (the first of
    equals) and those after it, up to ``limit`` characters. None when nothing is written."""
    sentences = _sentences(body)
    if not sentences:
        return None
    scores = [len(_KIND_CUES.findall(s)) for s in sentences]
    start = scores.index(max(scores))
    passage = sentences[start]
    for sentence in sentences[start + 1 :]:
        if len(passage) + 1 + len(sentence) > limit:
            break
        passage += " " + sentence
    if len(passage) > limit:
        passage = passage[: limit - 1].rstrip() + "…"
    return passage


_WHERE = {
    EntryKind.LETTER_TO: QT_TRANSLATE_NOOP(
        "domain.looking_back", "From a letter to my younger self"
    ),
    EntryKind.LETTER_FROM: QT_TRANSLATE_NOOP(
        "domain.looking_back", "From a letter from my younger self"
    ),
}

_KIND_WORD = QT_TRANSLATE_NOOP("domain.looking_back", "From a kind word to myself")


def kind_words(sources: Iterable[KindSource], limit: int = KIND_WORDS_LIMIT) -> list[KindWords]:
    """One passage from each of the newest ``limit`` sources that holds any writing."""
    found: list[KindWords] = []
    for source in sorted(sources, key=lambda s: s.day, reverse=True):
        passage = kind_passage(source.body)
        if passage:
            where = translate("domain.looking_back", _WHERE.get(source.kind, _KIND_WORD))
            found.append(KindWords(source.day, where, passage))
        if len(found) >= limit:
            break
    return found


def helped_in_year(
    sessions: Iterable[SessionLike], names: Mapping[str, str], year: int, limit: int = HELPED_LIMIT
) -> list[OwnWords]:
    """Notes written after exercises in ``year`` (local time), newest first."""
    in_year = [s for s in sessions if started(s.started_at).astimezone().year == year]
    return recent_notes(in_year, names, limit)
