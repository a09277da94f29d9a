"""How fuzzy times and their gentle refusals are said, in the current language.

Kept apart from the value type (:mod:`fuzzy_dates`) so each module stays small. Everything here
is English in the code and goes through ``translate`` when it is said; the parser reads both
(:mod:`fuzzy_words`).
"""

from __future__ import annotations

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

HINT = QT_TRANSLATE_NOOP("domain.fuzzy_said", 'Try "around age 7", "summer 1994" or "1990s".')
# English names: the parser always reads them; month_name() says them in the current language.
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "January"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "February"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "March"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "April"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "May"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "June"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "July"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "August"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "September"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "October"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "November"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "December"),
)
WEEKDAY_NAMES = (  # Monday first, as date.weekday() counts
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "Monday"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "Tuesday"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "Wednesday"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "Thursday"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "Friday"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "Saturday"),
    QT_TRANSLATE_NOOP("domain.fuzzy_said", "Sunday"),
)
# How a season of a year is said (by Season value); whole phrases, because languages order and
# join them differently ("summer 1994", "verano de 1994", "Sommer 1994").
SEASON_WORDS = {
    "spring": QT_TRANSLATE_NOOP("domain.fuzzy_said", "spring {year}"),
    "summer": QT_TRANSLATE_NOOP("domain.fuzzy_said", "summer {year}"),
    "autumn": QT_TRANSLATE_NOOP("domain.fuzzy_said", "autumn {year}"),
    "winter": QT_TRANSLATE_NOOP("domain.fuzzy_said", "winter {year}"),
}


def hint() -> str:
    """The short list of examples that ends each gentle refusal, in the current language."""
    return translate("domain.fuzzy_said", HINT)


def month_name(month: int) -> str:
    """ "July" in the current language (1 = January)."""
    return translate("domain.fuzzy_said", MONTH_NAMES[month - 1])


def weekday_name(weekday: int) -> str:
    """ "Saturday" in the current language (0 = Monday, as ``date.weekday()``)."""
    return translate("domain.fuzzy_said", WEEKDAY_NAMES[weekday])


def season_words(season: str, year: int | None) -> str:
    """ "summer 1994" in the current language."""
    return translate("domain.fuzzy_said", SEASON_WORDS[season]).format(year=year)


def exact_date_words(day: int, month: int, year: int) -> str:
    """ "17 May 2001", as the current language writes a date."""
    return translate("domain.fuzzy_said", "{day} {month} {year}").format(
        day=day, month=month_name(month), year=year
    )


# --- gentle refusals ----------------------------------------------------------------------------


def no_such_day(day: int, month: int, year: int) -> str:
    """The sentence for a day that never existed, like 30 February."""
    return translate(
        "domain.fuzzy_said", "There's no {day}. Could it be another day, or just the month?"
    ).format(day=exact_date_words(day, month, year))


def years_message(first: int, last: int) -> str:
    return translate(
        "domain.fuzzy_said", "I can place years from {first} to {last}. {hint}"
    ).format(first=first, last=last, hint=hint())


def month_message() -> str:
    return translate("domain.fuzzy_said", "A month is a number from 1 to 12. {hint}").format(
        hint=hint()
    )


def decade_message() -> str:
    return translate(
        "domain.fuzzy_said", "A decade starts with a year ending in 0, like 1990. {hint}"
    ).format(hint=hint())


def season_message() -> str:
    return translate("domain.fuzzy_said", "Which season was it? {hint}").format(hint=hint())


def ages_message(last: int) -> str:
    return translate("domain.fuzzy_said", "Ages here go from 0 to {last}. {hint}").format(
        last=last, hint=hint()
    )


def age_range_message() -> str:
    return translate(
        "domain.fuzzy_said", "An age range goes from a younger to an older age. {hint}"
    ).format(hint=hint())


def stage_message() -> str:
    return translate("domain.fuzzy_said", "Which part of life was it? {hint}").format(hint=hint())


def unreadable_stored() -> str:
    return translate("domain.fuzzy_said", "This memory's time was saved in a form I can't read.")


def unknown_stage(name: str) -> str:
    return translate("domain.fuzzy_said", 'I don\'t know the life stage "{name}" any more.').format(
        name=name
    )
