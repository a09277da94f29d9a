"""Fuzzy time for childhood memories: "around age 7", "summer 1994", "primary school".

People rarely know the date of a childhood memory, so a memory's time is whichever ONE of these
the person can honestly say: an exact date, a month, a season, a year, a decade, an age, a range
of ages, or a life stage (shipped, or their own, like "when we lived on Elm Street").

Every value has an *uncertainty span*. Spans are half-open ``[start, end)``: "age 7" is from the
7th birthday up to (not including) the 8th, "1994" is 1 January 1994 up to 1 January 1995.

**Mixing rule (the timeline axis).** With a birth date, every memory is placed on one axis,
*years of age*; calendar forms are converted through the birth date. Without a birth date, ages
and years cannot be compared, and guessing a birth year would invent facts about someone's life,
so memories fall into two *lanes*: the **age lane** (ages, age ranges, age-based stages) and the
**calendar lane** (dates, months, seasons, years, decades, year-based stages), kept in decimal
calendar years. The age lane sorts before the calendar lane and each lane is in time order; the
timeline view draws the calendar lane as its own strip under the age axis. The single number the
store keeps (:attr:`Placement.key`) stays unambiguous because ages are at most 120 and years at
least 1900, so ``ORDER BY sort_key`` gives the same order as :meth:`FuzzyTime.sort_key`. When the
person adds or changes their birth date, the service recomputes the placements.

Within a lane, memories sort by the middle of their span; equal middles put the narrower (more
certain) span first, so "age 7" comes before "around age 7" before "ages 6–8".

Seasons are meteorological (three whole months) and belong to the year they begin in: in the
northern hemisphere "winter 1994" is December 1994 to February 1995; in the southern hemisphere
"summer 1994" is December 1994 to February 1995 and "winter 1994" is June to August 1994.
The hemisphere is stored with the season, because it belongs to where the memory happened.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.feelings import LIFE_STAGES, LifeStage
from innerchild_desktop.domain.fuzzy_said import (
    HINT,
    MONTH_NAMES,
    age_range_message,
    ages_message,
    decade_message,
    exact_date_words,
    month_message,
    month_name,
    no_such_day,
    season_message,
    season_words,
    stage_message,
    unknown_stage,
    unreadable_stored,
    years_message,
)
from innerchild_desktop.domain.i18n import translate

__all__ = ["HINT", "MONTH_NAMES", "month_name"]  # said in fuzzy_said; kept here for callers

MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_AGE = 99


class FuzzyDateError(InvalidInput):
    """Text or stored data that cannot be read as a time; ``str()`` is a gentle sentence."""


class TimeKind(StrEnum):
    DATE = "date"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    AGE = "age"
    AGE_RANGE = "age_range"
    STAGE = "stage"


class Season(StrEnum):
    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"


class Hemisphere(StrEnum):
    NORTH = "north"
    SOUTH = "south"


class Lane(StrEnum):
    AGE = "age"  # key and span in fractional years of age
    CALENDAR = "calendar"  # key and span in decimal calendar years


_SEASON_FIRST_MONTH = {
    Hemisphere.NORTH: {Season.SPRING: 3, Season.SUMMER: 6, Season.AUTUMN: 9, Season.WINTER: 12},
    Hemisphere.SOUTH: {Season.SPRING: 9, Season.SUMMER: 12, Season.AUTUMN: 3, Season.WINTER: 6},
}
_AGE_KINDS = (TimeKind.AGE, TimeKind.AGE_RANGE)


# --- calendar helpers -------------------------------------------------------------------------


def _add_months(year: int, month: int, months: int) -> date:
    index = year * 12 + (month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def _anniversary(birth: date, years: int) -> date:
    """The birthday in ``birth.year + years``; 29 February falls on the 28th in other years."""
    year = birth.year + years
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def age_at(birth: date, when: date) -> float:
    """Fractional years of age on ``when`` (negative before birth), linear between birthdays."""
    years = when.year - birth.year
    if _anniversary(birth, years) > when:
        years -= 1
    start, end = _anniversary(birth, years), _anniversary(birth, years + 1)
    return years + (when - start).days / (end - start).days


def date_at_age(birth: date, age: float) -> date:
    """The day someone born on ``birth`` was ``age`` years old (inverse of :func:`age_at`)."""
    whole = math.floor(age)
    start, end = _anniversary(birth, whole), _anniversary(birth, whole + 1)
    return start + timedelta(days=round((age - whole) * (end - start).days))


def decimal_year(day: date) -> float:
    """1994-07-02 → about 1994.5: the calendar lane's unit."""
    first = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - first).days
    return day.year + (day - first).days / length


# --- the value --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """Where a memory sits: a lane and a half-open span in that lane's unit."""

    lane: Lane
    start: float
    end: float

    @property
    def key(self) -> float:
        """The middle of the span: the number to store as ``sort_key``."""
        return (self.start + self.end) / 2


@dataclass(frozen=True)
class FuzzyTime:
    """One honest answer to "when was this?". Build with the class methods, not directly."""

    kind: TimeKind
    year: int | None = None  # DATE, MONTH, SEASON, YEAR; first year of a DECADE
    month: int | None = None
    day: int | None = None
    season: Season | None = None
    hemisphere: Hemisphere = Hemisphere.NORTH
    age: int | None = None  # AGE, or the first age of an AGE_RANGE
    age_to: int | None = None  # last age of an AGE_RANGE (inclusive, as people say "6 to 8")
    approximate: bool = False  # "around": widens an AGE or YEAR by half a year each side
    stage: LifeStage | None = None

    def __post_init__(self) -> None:
        k = self.kind
        calendar = (TimeKind.DATE, TimeKind.MONTH, TimeKind.SEASON, TimeKind.YEAR, TimeKind.DECADE)
        if k in calendar and (self.year is None or not MIN_YEAR <= self.year <= MAX_YEAR):
            raise FuzzyDateError(years_message(MIN_YEAR, MAX_YEAR))
        if k is TimeKind.DECADE and self.year is not None and self.year % 10:
            raise FuzzyDateError(decade_message())
        if k in (TimeKind.DATE, TimeKind.MONTH) and not 1 <= (self.month or 0) <= 12:
            raise FuzzyDateError(month_message())
        if k is TimeKind.DATE:
            try:
                date(self.year or 0, self.month or 0, self.day or 0)
            except ValueError:
                raise FuzzyDateError(
                    no_such_day(self.day or 0, self.month or 1, self.year or 0)
                ) from None
        if k is TimeKind.SEASON and self.season is None:
            raise FuzzyDateError(season_message())
        if k in _AGE_KINDS and not 0 <= (self.age if self.age is not None else -1) <= MAX_AGE:
            raise FuzzyDateError(ages_message(MAX_AGE))
        if k is TimeKind.AGE_RANGE and not (self.age or 0) < (self.age_to or -1) <= MAX_AGE:
            raise FuzzyDateError(age_range_message())
        if k is TimeKind.STAGE and self.stage is None:
            raise FuzzyDateError(stage_message())

    # constructors ---------------------------------------------------------------------------

    @classmethod
    def on(cls, day: date) -> FuzzyTime:
        return cls(TimeKind.DATE, year=day.year, month=day.month, day=day.day)

    @classmethod
    def in_month(cls, year: int, month: int) -> FuzzyTime:
        return cls(TimeKind.MONTH, year=year, month=month)

    @classmethod
    def in_season(
        cls, season: Season, year: int, hemisphere: Hemisphere = Hemisphere.NORTH
    ) -> FuzzyTime:
        return cls(TimeKind.SEASON, year=year, season=season, hemisphere=hemisphere)

    @classmethod
    def in_year(cls, year: int, *, approximate: bool = False) -> FuzzyTime:
        return cls(TimeKind.YEAR, year=year, approximate=approximate)

    @classmethod
    def in_decade(cls, first_year: int) -> FuzzyTime:
        return cls(TimeKind.DECADE, year=first_year)

    @classmethod
    def at_age(cls, age: int, *, approximate: bool = False) -> FuzzyTime:
        return cls(TimeKind.AGE, age=age, approximate=approximate)

    @classmethod
    def between_ages(cls, first: int, last: int) -> FuzzyTime:
        """Ages ``first`` to ``last`` inclusive; a one-age range is just that age."""
        first, last = min(first, last), max(first, last)
        if first == last:
            return cls.at_age(first)
        return cls(TimeKind.AGE_RANGE, age=first, age_to=last)

    @classmethod
    def during(cls, stage: LifeStage) -> FuzzyTime:
        return cls(TimeKind.STAGE, stage=stage)

    # spans ----------------------------------------------------------------------------------

    def _own_dates(self) -> tuple[date, date] | None:
        year = self.year or MIN_YEAR
        match self.kind:
            case TimeKind.DATE:
                start = date(year, self.month or 1, self.day or 1)
                return start, start + timedelta(days=1)
            case TimeKind.MONTH:
                return date(year, self.month or 1, 1), _add_months(year, self.month or 1, 1)
            case TimeKind.SEASON:
                first = _SEASON_FIRST_MONTH[self.hemisphere][self.season or Season.SPRING]
                return date(year, first, 1), _add_months(year, first, 3)
            case TimeKind.YEAR if self.approximate:
                return date(year - 1, 7, 1), date(year + 1, 7, 1)
            case TimeKind.YEAR:
                return date(year, 1, 1), date(year + 1, 1, 1)
            case TimeKind.DECADE:
                return date(year, 1, 1), date(year + 10, 1, 1)
            case TimeKind.STAGE if self.stage and self.stage.start_year is not None:
                return date(self.stage.start_year, 1, 1), date((self.stage.end_year or 0) + 1, 1, 1)
        return None

    def _own_ages(self) -> tuple[float, float] | None:
        age = float(self.age or 0)
        match self.kind:
            case TimeKind.AGE if self.approximate:
                return max(0.0, age - 0.5), age + 1.5
            case TimeKind.AGE:
                return age, age + 1
            case TimeKind.AGE_RANGE:
                return age, float(self.age_to or 0) + 1
            case TimeKind.STAGE if self.stage and self.stage.start_age is not None:
                return float(self.stage.start_age), float(self.stage.end_age or 0)
        return None

    def age_span(self, birth: date | None = None) -> tuple[float, float] | None:
        """``(start_age, end_age)`` in fractional years, when an age is known or derivable."""
        own = self._own_ages()
        if own is not None or birth is None:
            return own
        start, end = self._own_dates() or (birth, birth)
        return age_at(birth, start), age_at(birth, end)

    def date_span(self, birth: date | None = None) -> tuple[date, date] | None:
        """``(start_date, end_date)``, end exclusive, when a year is known or derivable."""
        own = self._own_dates()
        if own is not None or birth is None:
            return own
        start, end = self._own_ages() or (0.0, 0.0)
        return date_at_age(birth, start), date_at_age(birth, end)

    def placement(self, birth: date | None = None) -> Placement:
        """The lane and span used for ordering (see the module docstring for the rule)."""
        ages = self.age_span(birth)
        if ages is not None:
            return Placement(Lane.AGE, *ages)
        start, end = self._own_dates() or (date(MIN_YEAR, 1, 1), date(MIN_YEAR, 1, 1))
        return Placement(Lane.CALENDAR, decimal_year(start), decimal_year(end))

    def sort_key(self, birth: date | None = None) -> tuple[int, float, float, int]:
        """Age lane first, then by middle of span, narrower first, then a fixed kind order."""
        where = self.placement(birth)
        lane = 0 if where.lane is Lane.AGE else 1
        return lane, where.key, where.end - where.start, list(TimeKind).index(self.kind)

    def stage_of(
        self, stages: tuple[LifeStage, ...] = LIFE_STAGES, birth: date | None = None
    ) -> LifeStage | None:
        """The first of ``stages`` holding the middle of this span (a stage is its own)."""
        if self.kind is TimeKind.STAGE and self.stage is not None:
            return next((s for s in stages if s.name == self.stage.name), self.stage)
        ages, dates = self.age_span(birth), self.date_span(birth)
        for stage in stages:
            if stage.start_age is not None and stage.end_age is not None and ages is not None:
                if stage.start_age <= sum(ages) / 2 < stage.end_age:
                    return stage
            elif stage.start_year is not None and stage.end_year is not None and dates:
                middle = decimal_year(dates[0]) / 2 + decimal_year(dates[1]) / 2
                if stage.start_year <= middle < stage.end_year + 1:
                    return stage
        return None

    def with_stages(self, stages: tuple[LifeStage, ...]) -> FuzzyTime:
        """The same time with its stage's current definition (after the user edits a stage)."""
        if self.stage is None:
            return self
        current = next((s for s in stages if s.name == self.stage.name), self.stage)
        return replace(self, stage=current)

    # words and storage -------------------------------------------------------------------------

    def describe(self) -> str:
        """A gentle label: "around age 7", "summer 1994", "ages 6–8", "primary school (6–11)",
        in the current language (what is stored, :meth:`to_dict`, is the same in every one)."""
        match self.kind:
            case TimeKind.DATE:
                return exact_date_words(self.day or 1, self.month or 1, self.year or 0)
            case TimeKind.MONTH:
                return translate("domain.fuzzy_dates", "{month} {year}").format(
                    month=month_name(self.month or 1), year=self.year
                )
            case TimeKind.SEASON:
                return season_words(str(self.season or Season.SPRING), self.year)
            case TimeKind.YEAR if self.approximate:
                return translate("domain.fuzzy_dates", "around {year}").format(year=self.year)
            case TimeKind.YEAR:
                return f"{self.year}"
            case TimeKind.DECADE:
                return translate("domain.fuzzy_dates", "{year}s").format(year=self.year)
            case TimeKind.AGE if self.approximate:
                return translate("domain.fuzzy_dates", "around age %n", None, self.age or 0)
            case TimeKind.AGE:
                return translate("domain.fuzzy_dates", "age %n", None, self.age or 0)
            case TimeKind.AGE_RANGE:
                return translate("domain.fuzzy_dates", "ages {first}–{last}").format(
                    first=self.age, last=self.age_to
                )
        assert self.stage is not None
        return self.stage.label

    def to_dict(self) -> dict[str, Any]:
        """A JSON-compatible dict for storage; :meth:`from_dict` reads it back."""
        data: dict[str, Any] = {"kind": self.kind.value}
        match self.kind:
            case TimeKind.DATE:
                data["date"] = date(self.year or 0, self.month or 0, self.day or 0).isoformat()
            case TimeKind.MONTH:
                data |= {"year": self.year, "month": self.month}
            case TimeKind.SEASON:
                data |= {"year": self.year, "season": self.season, "hemisphere": self.hemisphere}
            case TimeKind.YEAR | TimeKind.DECADE:
                data |= {"year": self.year, "approximate": self.approximate}
            case TimeKind.AGE:
                data |= {"age": self.age, "approximate": self.approximate}
            case TimeKind.AGE_RANGE:
                data |= {"start": self.age, "end": self.age_to}
            case TimeKind.STAGE if self.stage is not None:
                s = self.stage
                data |= {"stage": s.name, "start_age": s.start_age, "end_age": s.end_age}
                data |= {"start_year": s.start_year, "end_year": s.end_year}
        return {key: str(v) if isinstance(v, StrEnum) else v for key, v in data.items()}

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], stages: tuple[LifeStage, ...] = LIFE_STAGES
    ) -> FuzzyTime:
        """Read :meth:`to_dict` output; a stage saved by name alone is looked up in ``stages``."""
        try:
            return _from_dict(cls, data, stages)
        except (KeyError, TypeError, ValueError) as err:
            if isinstance(err, FuzzyDateError):
                raise
            raise FuzzyDateError(unreadable_stored()) from None


def _from_dict(
    cls: type[FuzzyTime], data: dict[str, Any], stages: tuple[LifeStage, ...]
) -> FuzzyTime:
    kind = data["kind"]
    if kind == "text":  # a free-text placeholder from early demo data: read it as typed
        from innerchild_desktop.domain.fuzzy_parse import parse_fuzzy

        return parse_fuzzy(str(data["text"]), stages=stages)
    match TimeKind(kind):
        case TimeKind.DATE:
            return cls.on(date.fromisoformat(data["date"]))
        case TimeKind.MONTH:
            return cls.in_month(int(data["year"]), int(data["month"]))
        case TimeKind.SEASON:
            hemisphere = Hemisphere(data.get("hemisphere", "north"))
            return cls.in_season(Season(data["season"]), int(data["year"]), hemisphere)
        case TimeKind.YEAR:
            return cls.in_year(int(data["year"]), approximate=bool(data.get("approximate")))
        case TimeKind.DECADE:
            return cls.in_decade(int(data["year"]))
        case TimeKind.AGE:
            return cls.at_age(int(data["age"]), approximate=bool(data.get("approximate")))
        case TimeKind.AGE_RANGE:
            return cls(TimeKind.AGE_RANGE, age=int(data["start"]), age_to=int(data["end"]))
    name = str(data["stage"])
    fields = ("start_age", "end_age", "start_year", "end_year")
    if any(data.get(f) is not None for f in fields):
        return cls.during(LifeStage(name, *(data.get(f) for f in fields)))
    known = next((s for s in stages if s.name == name), None)
    if known is None:
        raise FuzzyDateError(unknown_stage(name))
    return cls.during(known)


def sort_times(times: list[FuzzyTime], birth: date | None = None) -> list[FuzzyTime]:
    """``times`` in timeline order (stable for equal keys)."""
    return sorted(times, key=lambda t: t.sort_key(birth))


def parse_fuzzy(
    text: str,
    stages: tuple[LifeStage, ...] = LIFE_STAGES,
    hemisphere: Hemisphere = Hemisphere.NORTH,
) -> FuzzyTime:
    """Read what a person typed ("summer 1994", "around 7", "primary school") as a time."""
    from innerchild_desktop.domain.fuzzy_parse import parse_fuzzy as parse

    return parse(text, stages=stages, hemisphere=hemisphere)
