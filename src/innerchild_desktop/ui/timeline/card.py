"""The chosen memory's card (its words as safe HTML) and how memories are filtered, grouped
and placed on the two axes."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from innerchild_desktop.domain.feelings import feeling_label, need_label, stage_name_label
from innerchild_desktop.domain.fuzzy_dates import date_at_age, decimal_year
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.memories import MemoryRow, describe, lane_of
from innerchild_desktop.ui.timeline.marker import Placed

TagsOf = Mapping[str, Sequence[str]]


stage_label = stage_name_label  # a stored life stage as shown (one's own stage as written)


def card_html(
    row: MemoryRow,
    when: str,
    photos: list[str] | None = None,
    voices: list[tuple[str, str]] | None = None,
) -> str:
    """The card's HTML; ``voices`` are (attachment id, length) links that play when clicked."""

    def section(title: str, text: str) -> str:
        return f"<h4>{html.escape(title)}</h4><p>{html.escape(text)}</p>" if text else ""

    bits = [
        f"<h3>{html.escape(row.title)}</h3>",
        f"<p><i>{html.escape(when)}"
        f"{' · ' + html.escape(stage_label(row.stage)) if row.stage else ''}</i></p>",
    ]
    if row.emotions:
        feelings = translate("timeline.card", "Feelings: {feelings}").format(
            feelings=", ".join(feeling_label(name) for name in row.emotions)
        )
        bits.append(f"<p>{html.escape(feelings)}</p>")
    if row.needs:
        needs = translate("timeline.card", "What I needed: {needs}").format(
            needs=", ".join(need_label(need) for need in row.needs)
        )
        bits.append(f"<p>{html.escape(needs)}</p>")
    if row.people or row.place:
        bits.append(
            f"<p>{html.escape(', '.join(row.people))}"
            f"{' · ' + html.escape(row.place) if row.place else ''}</p>"
        )
    bits.append(section("", row.body))
    bits.append(section(translate("timeline.card", "What happened"), row.what_happened))
    bits.append(section(translate("timeline.card", "What I felt"), row.what_i_felt))
    bits.append(section(translate("timeline.card", "What I needed"), row.what_i_needed))
    bits.append(
        section(translate("timeline.card", "What I would tell them now"), row.what_i_would_say)
    )
    bits += [f'<p><img src="attachment:{html.escape(p)}" /></p>' for p in photos or []]
    for ident, length in voices or []:
        words = (
            translate("timeline.card", "▶ Voice note {length}").format(length=length)
            if length
            else translate("timeline.card", "▶ Voice note")
        )
        bits.append(f'<p><a href="attachment:{html.escape(ident)}">{html.escape(words)}</a></p>')
    return "".join(bits)


def matches(row: MemoryRow, chosen: str, tags: Sequence[str] | None = None) -> bool:
    """``chosen`` is "feeling:…", "need:…", "person:…", "tag:…" or "intensity:N"."""
    kind, _, value = chosen.partition(":")
    if kind == "person":
        return value in row.people
    if kind == "tag":
        return value.lower() in {t.lower() for t in (tags or [])}
    if kind == "feeling":
        return value in row.emotions
    if kind == "need":
        return value in row.needs
    return str(row.intensity) == value


def lane_group(row: MemoryRow, by: str | None) -> str:
    """Which lane a memory goes in when lanes are split by feeling, person or place.

    Heavy memories keep their veil here too: their own quiet lane, never their details."""
    if by and row.heavy:
        return translate("timeline.card", "veiled (heavy)")
    if by == "feeling":
        return (
            feeling_label(row.emotions[0])
            if row.emotions
            else translate("timeline.card", "no feeling chosen")
        )
    if by == "person":
        return row.people[0] if row.people else translate("timeline.card", "nobody named")
    if by == "place":
        return row.place or translate("timeline.card", "no place named")
    return ""


def placed_memories(
    rows: list[MemoryRow], birth: date | None, by: str | None, chosen: str | None, tags: TagsOf
) -> list[Placed]:
    """Where each memory goes: on the age axis when an age is known (or a birth date makes one),
    on the year axis when a year is known; with a birth date, every memory is on both."""
    placed = []
    for row in rows:
        if chosen is not None and not matches(row, chosen, tags.get(row.id, [])):
            continue
        lane = lane_of(row, birth)
        start, end = row.span_start or 0.0, row.span_end or 0.0
        item = Placed(
            row.id,
            row.title,
            describe(row),
            lane,
            start,
            end,
            row.heavy,
            row.emotions[0] if row.emotions else None,
            lane_group(row, by),
        )
        placed.append(item)
        if lane == "age" and birth is not None:
            years = (decimal_year(date_at_age(birth, start)), decimal_year(date_at_age(birth, end)))
            placed.append(replace(item, lane="calendar", start=years[0], end=years[1]))
    return placed
