"""Memory timeline use cases: add, edit and delete memories with fuzzy times (each one
transaction), preview where a time will sit, list them in timeline order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import HEAVY_ENTRY_TITLE
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.feelings import LIFE_STAGES, UNMET_NEEDS, LifeStage, feeling
from innerchild_desktop.domain.fuzzy_dates import FuzzyTime, parse_fuzzy
from innerchild_desktop.services import memory_time
from innerchild_desktop.store import memories as memory_store
from innerchild_desktop.store.attachments import add_attachment, check_image, list_attachments
from innerchild_desktop.store.entries import get_entry
from innerchild_desktop.store.settings import get_setting
from innerchild_desktop.store.vault import Journal


def birth_date(journal: Journal) -> date | None:
    raw = get_setting(journal.conn, "birth_date")
    return date.fromisoformat(raw) if raw else None


@dataclass(frozen=True)
class Photo:
    """A photo the person chose, read into memory; it is kept encrypted inside the journal."""

    data: bytes
    filename: str = ""
    thumbnail: bytes | None = None  # made by the UI (it has QImage); the core stays Qt-free


def check_photo(photo: Photo) -> None:
    """Raises :class:`InvalidInput` in words if the file cannot be kept and shown as a photo."""
    check_image(photo.data, photo.filename)


def _feeling_names(feelings: Sequence[str]) -> list[str]:
    names = []
    for name in feelings:
        known = feeling(name)
        if known is None:
            raise InvalidInput(
                f"“{name}” is not one of the feelings on the wheel; "
                "'innerchild memory add --help' lists a few."
            )
        names.append(known.name)
    return names


def _need_names(needs: Sequence[str]) -> list[str]:
    unknown = [n for n in needs if n.lower() not in UNMET_NEEDS]
    if unknown:
        raise InvalidInput(f"“{unknown[0]}” is not one of the needs: {', '.join(UNMET_NEEDS)}.")
    return [n.lower() for n in needs]


def _checked_title(title: str) -> str:
    if not title.strip():
        raise InvalidInput("A memory needs a title, even a word or two.")
    return title.strip()


def _placed(journal: Journal, when: str) -> dict[str, Any]:
    """The stored form of a typed time: the fuzzy time, its span and sort key, its life stage."""
    stages = all_stages(journal)
    fuzzy = parse_fuzzy(when, stages)
    birth = birth_date(journal)
    where = fuzzy.placement(birth)
    stage = fuzzy.stage_of(stages, birth)
    return {
        "fuzzy_time": fuzzy.to_dict(),
        "sort_key": where.key,
        "span_start": where.start,
        "span_end": where.end,
        "stage": stage.name if stage else None,
    }


def preview_time(journal: Journal, when: str) -> str:
    """Where a typed time will sit, in words ("around age 7 → ages 6–8"), for a live preview.

    Raises :class:`~innerchild_desktop.domain.fuzzy_dates.FuzzyDateError` (a gentle sentence
    with examples) when the time cannot be read."""
    return memory_time.preview(when, birth=birth_date(journal), stages=all_stages(journal))


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
    linked_entries: Sequence[str] = (),
    photos: Sequence[Photo] = (),
) -> str:
    """Keep a new memory, its tags, photos and links to journal entries in one transaction."""
    title = _checked_title(title)
    if intensity is not None and not 1 <= intensity <= 5:
        raise InvalidInput("Intensity is a number from 1 (gentle) to 5 (very strong).")
    names = _feeling_names(feelings)
    need_names = _need_names(needs)
    placed = _placed(journal, when)
    for photo in photos:
        check_photo(photo)
    with journal.transaction() as conn:
        memory_id = memory_store.insert_memory(
            conn,
            memory_store.MemoryRecord(
                title=title,
                **placed,
                body=body,
                emotions=names,
                needs=need_names,
                people=[p.strip() for p in people if p.strip()],
                place=place.strip(),
                intensity=intensity,
                heavy=heavy,
                linked_entries=tuple(linked_entries),
            ),
        )
        if tags:
            memory_store.set_memory_tags(conn, memory_id, tags)
        _keep_photos(conn, memory_id, photos)
        return memory_id


def _keep_photos(conn: Any, memory_id: str, photos: Sequence[Photo]) -> None:
    for photo in photos:
        add_attachment(
            conn,
            photo.data,
            filename=photo.filename,
            memory_id=memory_id,
            thumbnail=photo.thumbnail,
        )


def delete_memory(journal: Journal, memory_id: str) -> None:
    """Take a memory off the timeline; :func:`restore_memory` brings it back until the journal
    locks, when :func:`forget_deleted_memories` deletes it for good."""
    with journal.transaction() as conn:
        memory_store.soft_delete_memory(conn, memory_id)


def restore_memory(journal: Journal, memory_id: str) -> None:
    with journal.transaction() as conn:
        memory_store.restore_memory(conn, memory_id)


def forget_deleted_memories(journal: Journal) -> int:
    """Delete for good the memories taken off the timeline (at the end of a session)."""
    with journal.transaction() as conn:
        return memory_store.forget_deleted_memories(conn)


def linked_titles(journal: Journal, memory_id: str) -> list[str]:
    """The titles of the journal entries linked to a memory (a heavy one stays veiled)."""
    titles = []
    for entry_id in memory_store.linked_entries(journal.conn, memory_id):
        entry = get_entry(journal.conn, entry_id)
        if entry is not None:
            titles.append(HEAVY_ENTRY_TITLE if entry.heavy else entry.display_title)
    return titles


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
    journal: Journal,
    memory_id: str,
    *,
    title: str,
    when: str,
    body: str,
    heavy: bool,
    feelings: Sequence[str] | None = None,
    needs: Sequence[str] | None = None,
    people: Sequence[str] | None = None,
    place: str | None = None,
    photos: Sequence[Photo] = (),
) -> None:
    """Edit a memory (None leaves a field as it is) and keep new photos with it, in one
    transaction; its place on the timeline follows its time."""
    values: dict[str, Any] = {"title": _checked_title(title), "body": body, "heavy": heavy}
    if feelings is not None:
        values["emotions"] = _feeling_names(feelings)
    if needs is not None:
        values["needs"] = _need_names(needs)
    if people is not None:
        values["people"] = [p.strip() for p in people if p.strip()]
    if place is not None:
        values["place"] = place.strip()
    values |= _placed(journal, when)
    for photo in photos:
        check_photo(photo)
    with journal.transaction() as conn:
        memory_store.update_memory(conn, memory_id, values)
        _keep_photos(conn, memory_id, photos)


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


def memory(journal: Journal, memory_id: str) -> memory_store.MemoryRow | None:
    return memory_store.get_memory(journal.conn, memory_id)


def photo_ids(journal: Journal, memory_id: str) -> list[str]:
    """The photos kept with a memory, oldest first (their bytes come from the journal only)."""
    return [a.id for a in list_attachments(journal.conn, memory_id=memory_id)]
