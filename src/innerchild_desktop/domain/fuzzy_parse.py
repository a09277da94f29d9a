"""Reading typed text as a :class:`~innerchild_desktop.domain.fuzzy_dates.FuzzyTime`.

Kept apart from the value type so each module stays small; callers import ``parse_fuzzy`` from
``fuzzy_dates``. The parser is forgiving about wording ("about age 7", "when I was seven",
"summer of '94" is *not* accepted: a two-digit year could be 1894 or 1994) and strict about
meaning: anything it cannot read with confidence is refused with a gentle example, never guessed.
Everyday words for parts of childhood ("toddler", "in high school", domain.feelings.STAGE_WORDS)
are read as stages with their usual ages, or as the person's own stage of that name if there is one.
Every label :meth:`FuzzyTime.describe` produces reads back to the same value, in every language:
English is always read, and the current language's words too (:mod:`fuzzy_words`).
"""

from __future__ import annotations

import re
from datetime import date

from innerchild_desktop.domain.feelings import LIFE_STAGES, STAGE_WORDS, LifeStage
from innerchild_desktop.domain.fuzzy_dates import (
    MAX_YEAR,
    MIN_YEAR,
    FuzzyDateError,
    FuzzyTime,
    Hemisphere,
    Season,
)
from innerchild_desktop.domain.fuzzy_said import MONTH_NAMES, hint, month_message, no_such_day
from innerchild_desktop.domain.fuzzy_words import stage_in_english, to_english
from innerchild_desktop.domain.i18n import translate

_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
_MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS |= {name[:3]: i for name, i in list(_MONTHS.items())} | {"sept": 9}
_SEASONS = {s.value: s for s in Season} | {"fall": Season.AUTUMN}

_NUM = r"(\d{1,3}|" + "|".join(_WORDS) + ")"
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ROUGHLY = r"(?:(around|about|roughly|approximately|approx\.?|circa|c\.|maybe|probably) )?"
_AGE_WORD = r"(?:ages? |aged |at age |at )?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("iso_date", r"(\d{4})-(\d{1,2})-(\d{1,2})"),
        ("day_month_year", r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH + r",? (\d{4})"),
        ("month_day_year", _MONTH + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})"),
        ("iso_month", r"(\d{4})-(\d{1,2})"),
        ("month_year", _MONTH + r",? (?:of )?(\d{4})"),
        ("season_year", r"(?:the )?(spring|summer|autumn|fall|winter),? (?:of )?(\d{4})"),
        ("decade", r"(?:the )?(\d{4})'?s"),
        ("year", _ROUGHLY + r"(?:in |the year )?(\d{4})"),
        (
            "age_range",
            _ROUGHLY
            + r"(?:between )?"
            + _AGE_WORD
            + _NUM
            + r" ?(?:-|to|and) ?"
            + _NUM
            + r"(?: years old| years)?",
        ),
        ("age", _ROUGHLY + _AGE_WORD + _NUM + r"(?: years old| years| yo|yo)?"),
    )
)


def _clean(text: str) -> str:
    """Lower case, one space between words, dashes unified, trailing punctuation dropped."""
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    text = " ".join(text.lower().split()).strip(" .?!")
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"^(?:when i was|i was|from|during) ", "", text)


def _number(token: str) -> int:
    return _WORDS.index(token) if token in _WORDS else int(token)


def _stage_named(text: str, stages: tuple[LifeStage, ...]) -> LifeStage | None:
    """A stage by name, also as written by ``describe()`` ("primary school (6-11)")."""
    for candidate in (text, _unlabelled(text)):
        for stage in stages:
            if _name(stage) == candidate:
                return stage
    return None


def _name(stage: LifeStage) -> str:
    return " ".join(stage.name.lower().split())


def _unlabelled(text: str) -> str:
    """ "toddler (1-3)" → "toddler": the ages ``describe()`` adds to a stage's name."""
    return re.sub(r" ?\([^)]*\)$", "", text)


def _unprefixed(text: str) -> str:
    """ "in high school", "as a toddler", "in my early childhood" → the stage's own words."""
    return re.sub(r"^(?:(?:in|at|as|during) )?(?:(?:my|an?|the) )?", "", text)


def _stage_word(text: str, stages: tuple[LifeStage, ...]) -> LifeStage | None:
    """An everyday word for a part of childhood ("toddler", "high school"): the person's own
    stage of that name (or another way of saying it) if they have one, else the usual ages."""
    candidates = {text, _unlabelled(text), _unprefixed(text), _unprefixed(_unlabelled(text))}
    for usual, aliases in STAGE_WORDS:
        names = {usual.name, *aliases}
        if candidates & names:
            return next((s for s in stages if _name(s) in names), usual)
    return None


def parse_fuzzy(
    text: str,
    stages: tuple[LifeStage, ...] = LIFE_STAGES,
    hemisphere: Hemisphere = Hemisphere.NORTH,
) -> FuzzyTime:
    """Read a typed time; raises :class:`FuzzyDateError` with a gentle, specific message.

    ``stages`` are the life stages the person can name (shipped plus their own); the first one
    with a matching name wins. ``hemisphere`` decides which months a season covers.
    """
    cleaned = _clean(text)
    if not cleaned:
        raise FuzzyDateError(
            translate("domain.fuzzy_parse", "When was this, roughly? {hint}").format(hint=hint())
        )
    stage = (
        _stage_named(cleaned, stages)
        or _stage_word(cleaned, stages)
        or _stage_named(_unprefixed(cleaned), stages)
    )
    if stage is None and (english_stage := stage_in_english(cleaned, _unlabelled)):
        stage = _stage_named(english_stage, stages) or _stage_word(english_stage, stages)
    if stage is not None:
        return FuzzyTime.during(stage)
    english = to_english(cleaned, _clean)
    for candidate in (cleaned, _clean(english) if english else None):
        for name, pattern in _PATTERNS:
            match = pattern.fullmatch(candidate) if candidate else None
            if match:
                return _build(name, match.groups(), hemisphere)
    shown = text.strip() if len(text.strip()) <= 40 else text.strip()[:39] + "…"
    raise FuzzyDateError(
        translate("domain.fuzzy_parse", 'I couldn\'t read "{text}" as a time. {hint}').format(
            text=shown, hint=hint()
        )
    )


def _build(name: str, groups: tuple[str | None, ...], hemisphere: Hemisphere) -> FuzzyTime:
    g = [x or "" for x in groups]
    match name:
        case "iso_date":
            return _exact(int(g[0]), int(g[1]), int(g[2]))
        case "day_month_year":
            return _exact(int(g[2]), _MONTHS[g[1]], int(g[0]))
        case "month_day_year":
            return _exact(int(g[2]), _MONTHS[g[0]], int(g[1]))
        case "iso_month":
            return FuzzyTime.in_month(int(g[0]), int(g[1]))
        case "month_year":
            return FuzzyTime.in_month(int(g[1]), _MONTHS[g[0]])
        case "season_year":
            return FuzzyTime.in_season(_SEASONS[g[0]], int(g[1]), hemisphere)
        case "decade":
            return FuzzyTime.in_decade(int(g[0]))
        case "year":
            return FuzzyTime.in_year(int(g[1]), approximate=bool(g[0]))
        case "age_range":
            return FuzzyTime.between_ages(_number(g[1]), _number(g[2]))
    return FuzzyTime.at_age(_number(g[1]), approximate=bool(g[0]))


def _exact(year: int, month: int, day: int) -> FuzzyTime:
    if not 1 <= month <= 12:
        raise FuzzyDateError(month_message())
    if not MIN_YEAR <= year <= MAX_YEAR:
        return FuzzyTime.in_year(year)  # raises the gentle "years from 1900 to 2100" message
    try:
        return FuzzyTime.on(date(year, month, day))
    except ValueError:
        raise FuzzyDateError(no_such_day(day, month, year)) from None
