"""The chosen memory's card (its words as safe HTML) and how memories are filtered and grouped."""

from __future__ import annotations

import html

from innerchild_desktop.domain.memories import MemoryRow


def card_html(row: MemoryRow, when: str, photos: list[str] | None = None) -> str:
    def section(title: str, text: str) -> str:
        return f"<h4>{html.escape(title)}</h4><p>{html.escape(text)}</p>" if text else ""

    bits = [
        f"<h3>{html.escape(row.title)}</h3>",
        f"<p><i>{html.escape(when)}{' · ' + html.escape(row.stage) if row.stage else ''}</i></p>",
    ]
    if row.emotions:
        bits.append(f"<p>Feelings: {html.escape(', '.join(row.emotions))}</p>")
    if row.needs:
        bits.append(f"<p>What I needed: {html.escape(', '.join(row.needs))}</p>")
    if row.people or row.place:
        bits.append(
            f"<p>{html.escape(', '.join(row.people))}"
            f"{' · ' + html.escape(row.place) if row.place else ''}</p>"
        )
    bits.append(section("", row.body))
    bits.append(section("What happened", row.what_happened))
    bits.append(section("What I felt", row.what_i_felt))
    bits.append(section("What I needed", row.what_i_needed))
    bits.append(section("What I would tell them now", row.what_i_would_say))
    bits += [f'<p><img src="attachment:{html.escape(p)}" /></p>' for p in photos or []]
    return "".join(bits)


def matches(row: MemoryRow, chosen: str, tags: list[str] | None = None) -> bool:
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
        return "veiled (heavy)"
    if by == "feeling":
        return row.emotions[0] if row.emotions else "no feeling chosen"
    if by == "person":
        return row.people[0] if row.people else "nobody named"
    if by == "place":
        return row.place or "no place named"
    return ""
