"""Where a fuzzy time will sit on the timeline, in words: the live preview of the memory dialog.

"around age 7" → "ages 6–8"; with a birth date also "about 1993–1995". Without one, a time given
by year cannot be turned into an age (guessing would invent facts about someone's life), so the
preview says what was understood and where it will sit instead: on the Year line.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from innerchild_desktop.domain.fuzzy_dates import FuzzyTime, Lane
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

ARROW = "→"
# English constants, marked for the catalogue; year_line() and examples() say them when shown.
YEAR_LINE = QT_TRANSLATE_NOOP(
    "domain.fuzzy_preview",
    "on the Year line (a birth date in Settings, if you like, places it by age)",
)
EXAMPLES = QT_TRANSLATE_NOOP(
    "domain.fuzzy_preview",
    'You could write "around age 7", "ages 6–8", "toddler", "primary school", '
    '"high school", "summer 1994" or "the 1990s". Roughly is fine.',
)


def year_line() -> str:
    return translate("domain.fuzzy_preview", YEAR_LINE)


def examples() -> str:
    """Examples of what can be typed, in the current language (English is always read too)."""
    return translate("domain.fuzzy_preview", EXAMPLES)


def ages_text(start: float, end: float) -> str:
    """Whole years of age touched by a half-open span: [6.5, 8.5) → "ages 6–8", [7, 8) → "age 7"."""
    if end <= 0:
        return translate("domain.fuzzy_preview", "before you were born")
    first = max(0, math.floor(start))
    last = max(first, math.ceil(end) - 1)
    if first == last:
        return translate("domain.fuzzy_preview", "age %n", None, first)
    return translate("domain.fuzzy_preview", "ages {first}–{last}").format(first=first, last=last)


def years_text(start: date, end: date) -> str:
    """Calendar years touched by a half-open span of days: "1994" or "1993–1995"."""
    last = (end - timedelta(days=1)).year
    return str(start.year) if start.year == last else f"{start.year}–{last}"


def where_it_sits(time: FuzzyTime, birth: date | None = None) -> str:
    """ "around age 7 → ages 6–8" (no birth date), "around age 7 → ages 6–8, about 1993–1995",
    "summer 1994 → age 7, in 1994", or "summer 1994 → in 1994, on the Year line (…)"."""
    where = time.placement(birth)
    ages = time.age_span(birth)
    own_dates = time.date_span()
    dates = time.date_span(birth)
    parts = []
    if ages is not None:
        parts.append(ages_text(*ages))
    if dates is not None:
        years = years_text(*dates)
        if own_dates is None:
            # worked out from the birth date: never exact
            parts.append(translate("domain.fuzzy_preview", "about {years}").format(years=years))
        elif "–" in years:
            parts.append(years)
        else:
            parts.append(translate("domain.fuzzy_preview", "in {year}").format(year=years))
    if where.lane is Lane.CALENDAR:
        parts.append(year_line())
    return f"{time.describe()} {ARROW} {', '.join(parts)}"
