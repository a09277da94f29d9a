"""Memory timeline use cases: add memories with fuzzy times, list them in timeline order."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.feelings import UNMET_NEEDS, feeling
from innerchild_desktop.domain.fuzzy_dates import FuzzyTime, parse_fuzzy
from innerchild_desktop.store import memories as memory_store
from innerchild_desktop.store.settings import get_setting
from innerchild_desktop.store.vault import Journal


def birth_date(journal: Journal) -> date | None:
    raw = get_setting(journal.conn, "birth_date")
    return date.fromisoformat(raw) if raw else None


def add_memory(
    journal: Journal,
    title: str,
    when: str,
    *,
    body: str = "",
    feelings: Sequence[str] = (),
    needs: Sequence[str] = (),
    people: Sequence[str] = (),
    place: str = "",
    intensity: int | None = None,
    heavy: bool = False,
) -> str:
    if not title.strip():
        raise InvalidInput("A memory needs a title, even a word or two.")
    if intensity is not None and not 1 <= intensity <= 5:
        raise InvalidInput("Intensity is a number from 1 (gentle) to 5 (very strong).")
    names = []
    for name in feelings:
        known = feeling(name)
        if known is None:
            raise InvalidInput(
                f"“{name}” is not one of the feelings on the wheel; "
                "'innerchild memory add --help' lists a few."
            )
        names.append(known.name)
    unknown = [n for n in needs if n.lower() not in UNMET_NEEDS]
    if unknown:
        raise InvalidInput(f"“{unknown[0]}” is not one of the needs: {', '.join(UNMET_NEEDS)}.")
    fuzzy = parse_fuzzy(when)
    birth = birth_date(journal)
    where = fuzzy.placement(birth)
    stage = fuzzy.stage_of(birth=birth)
    with journal.transaction() as conn:
        return memory_store.insert_memory(
            conn,
            memory_store.MemoryRecord(
                title=title.strip(),
                fuzzy_time=fuzzy.to_dict(),
                sort_key=where.key,
                span_start=where.start,
                span_end=where.end,
                stage=stage.name if stage else None,
                body=body,
                emotions=names,
                needs=[n.lower() for n in needs],
                people=list(people),
                place=place,
                intensity=intensity,
                heavy=heavy,
            ),
        )


def describe(row: memory_store.MemoryRow) -> str:
    try:
        return FuzzyTime.from_dict(row.fuzzy_time).describe()
    except (KeyError, TypeError, ValueError):
        return str(row.fuzzy_time.get("text", "sometime"))


def lane_of(row: memory_store.MemoryRow, birth: date | None = None) -> str:
    """Which axis the stored span is measured on: "age" or "calendar"."""
    try:
        return FuzzyTime.from_dict(row.fuzzy_time).placement(birth).lane.value
    except (KeyError, TypeError, ValueError):
        return "age"


def timeline(journal: Journal) -> list[memory_store.MemoryRow]:
    return memory_store.list_memories(journal.conn)


def set_birth_date(journal: Journal, birth: date | None) -> int:
    """Store the (optional, encrypted) birth date and re-place every memory with it.

    With a birth date ages and years convert both ways, so calendar memories join the age axis.
    Returns how many memories were re-placed.
    """
    from innerchild_desktop.store.settings import set_setting

    rows = memory_store.list_memories(journal.conn)
    with journal.transaction() as conn:
        set_setting(conn, "birth_date", birth.isoformat() if birth else None)
        for row in rows:
            try:
                fuzzy = FuzzyTime.from_dict(row.fuzzy_time)
            except (KeyError, TypeError, ValueError):
                continue
            where = fuzzy.placement(birth)
            stage = fuzzy.stage_of(birth=birth)
            conn.execute(
                "UPDATE memories SET sort_key = ?, span_start = ?, span_end = ?, stage = ?"
                " WHERE id = ?",
                (where.key, where.start, where.end, stage.name if stage else None, row.id),
            )
    return len(rows)


def update_memory(
    journal: Journal, memory_id: str, *, title: str, when: str, body: str, heavy: bool
) -> None:
    """Edit a memory's words, time and heavy flag; its place on the timeline follows."""
    if not title.strip():
        raise InvalidInput("A memory needs a title, even a word or two.")
    fuzzy = parse_fuzzy(when)
    birth = birth_date(journal)
    where = fuzzy.placement(birth)
    stage = fuzzy.stage_of(birth=birth)
    from innerchild_desktop.store.entries import now_utc
    from innerchild_desktop.store.fts import index_memory

    with journal.transaction() as conn:
        conn.execute(
            "UPDATE memories SET title = ?, body = ?, heavy = ?, fuzzy_time = ?, sort_key = ?,"
            " span_start = ?, span_end = ?, stage = ?, updated_at = ?"
            " WHERE id = ?",
            (
                title.strip(),
                body,
                int(heavy),
                json.dumps(fuzzy.to_dict()),
                where.key,
                where.start,
                where.end,
                stage.name if stage else None,
                now_utc(),
                memory_id,
            ),
        )
        index_memory(conn, memory_id)
