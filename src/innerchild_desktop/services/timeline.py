"""Memory timeline use cases: add memories with fuzzy times, list them in timeline order."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.feelings import LIFE_STAGES, UNMET_NEEDS, LifeStage, feeling
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
    tags: Sequence[str] = (),
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
    stages = all_stages(journal)
    fuzzy = parse_fuzzy(when, stages)
    birth = birth_date(journal)
    where = fuzzy.placement(birth)
    stage = fuzzy.stage_of(stages, birth)
    with journal.transaction() as conn:
        memory_id = memory_store.insert_memory(
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
        if tags:
            memory_store.set_memory_tags(conn, memory_id, tags)
        return memory_id


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
    stages = all_stages(journal)
    fuzzy = parse_fuzzy(when, stages)
    birth = birth_date(journal)
    where = fuzzy.placement(birth)
    stage = fuzzy.stage_of(stages, birth)
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


def user_stages(journal: Journal) -> tuple[LifeStage, ...]:
    return tuple(
        LifeStage(r[0], r[1], r[2], r[3], r[4])
        for r in journal.conn.execute(
            "SELECT name, start_age, end_age, start_year, end_year FROM life_stages ORDER BY id"
        )
    )


def all_stages(journal: Journal) -> tuple[LifeStage, ...]:
    return LIFE_STAGES + user_stages(journal)


def stages_text(journal: Journal) -> str:
    lines = []
    for stage in user_stages(journal):
        if stage.start_year is not None:
            lines.append(f"{stage.name}: {stage.start_year}-{stage.end_year}")
        else:
            lines.append(f"{stage.name}: {stage.start_age:g}-{(stage.end_age or 0) - 1:g}")
    return "\n".join(lines)


def set_user_stages(journal: Journal, text: str) -> tuple[LifeStage, ...]:
    """Stages of one's own, one per line: "when we lived on Elm Street: 4-9" (ages) or
    "secondary school in Leeds: 1998-2003" (years). Replaces the previous list."""
    stages = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        name, sep, span = raw.rpartition(":")
        parts = span.replace("–", "-").split("-")
        try:
            low, high = (int(p.strip()) for p in parts)
        except ValueError:
            low = high = -1
        if not sep or not name.strip() or len(parts) != 2 or low < 0 or high < low:
            raise InvalidInput(
                f"Line {number}: write a stage like “when we lived on Elm Street: "
                "4-9” (ages) or “in Leeds: 1998-2003” (years)."
            )
        if low > 1900:
            stages.append(LifeStage(name.strip(), start_year=low, end_year=high))
        else:
            stages.append(LifeStage(name.strip(), start_age=low, end_age=high + 1))
    with journal.transaction() as conn:
        conn.execute("DELETE FROM life_stages")
        conn.executemany(
            "INSERT INTO life_stages (name, start_age, end_age, start_year, end_year)"
            " VALUES (?,?,?,?,?)",
            [(s.name, s.start_age, s.end_age, s.start_year, s.end_year) for s in stages],
        )
    return tuple(stages)
