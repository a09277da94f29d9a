"""The words of an exported or shared document (HTML, PDF): dates, headings, the short labels
beside each entry and memory, in the current language (never the system's locale).

Kept apart from :mod:`html_export` so each module stays small.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from innerchild_desktop.domain.fuzzy_said import month_name, weekday_name
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.transfer.collect import Collected


def default_title() -> str:
    """The shared document's title until the person writes their own."""
    return translate("services.transfer.export_words", "From my journal")


def long_date(day: date) -> str:
    """ "Saturday 2 March 2024", in the current language (never the system's locale)."""
    return translate("services.transfer.export_words", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day.weekday()),
        day=day.day,
        month=month_name(day.month),
        year=day.year,
    )


def month_heading(day: date) -> str:
    """ "March 2024", in the current language."""
    return translate("services.transfer.export_words", "{month} {year}").format(
        month=month_name(day.month), year=day.year
    )


def plain_text_warning(what: str) -> str:
    return translate(
        "services.transfer.export_words",
        "{what} was too complex to lay out and is included as plain text.",
    ).format(what=what)


_REFLECTIONS = (  # the questions of a memory, shown through reflections()
    ("what_happened", QT_TRANSLATE_NOOP("services.transfer.export_words", "What happened")),
    ("what_i_felt", QT_TRANSLATE_NOOP("services.transfer.export_words", "What I felt")),
    ("what_i_needed", QT_TRANSLATE_NOOP("services.transfer.export_words", "What I needed")),
    (
        "what_i_would_say",
        QT_TRANSLATE_NOOP("services.transfer.export_words", "What I would tell them now"),
    ),
)


def reflections() -> tuple[tuple[str, str], ...]:
    """(field, question) of a memory's reflections, the questions in the current language."""
    return tuple(
        (key, translate("services.transfer.export_words", label)) for key, label in _REFLECTIONS
    )


def tags_words(tags: Iterable[str]) -> str:
    return translate("services.transfer.export_words", "tags: {tags}").format(tags=", ".join(tags))


def subtitle_for(data: Collected, today: date) -> str:
    bits = []
    if data.entries:
        first, last = data.entries[0].entry_date, data.entries[-1].entry_date
        span = long_date(first)
        if first != last:
            span = translate("services.transfer.export_words", "{first} to {last}").format(
                first=long_date(first), last=long_date(last)
            )
        count = len(data.entries)
        bits.append(
            translate("services.transfer.export_words", "%n entries, {span}", None, count).format(
                span=span
            )
        )
    if data.memories:
        bits.append(
            translate("services.transfer.export_words", "%n memories", None, len(data.memories))
        )
    bits.append(
        translate("services.transfer.export_words", "prepared on {day}").format(
            day=long_date(today)
        )
    )
    return "; ".join(bits)


def yes_no(done: bool) -> str:
    if done:
        return translate("services.transfer.export_words", "yes")
    return translate("services.transfer.export_words", "no")
