"""Memory repository (the timeline's storage). Fuzzy-time maths lives in domain/fuzzy_dates."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from innerchild_desktop.domain.memories import REFLECTION_FIELDS, MemoryRow
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.entries import now_utc
from innerchild_desktop.store.fts import index_memory


@dataclass(frozen=True)
class MemoryRecord:
    title: str
    fuzzy_time: dict[str, Any]
    sort_key: float | None
    span_start: float | None
    span_end: float | None
    stage: str | None = None
    body: str = ""
    emotions: Sequence[str] = ()
    needs: Sequence[str] = ()
    people: Sequence[str] = ()
    place: str = ""
    intensity: int | None = None
    heavy: bool = False
    what_happened: str = ""
    what_i_felt: str = ""
    what_i_needed: str = ""
    what_i_would_say: str = ""
    linked_entries: Sequence[str] = field(default=())
    source: str | None = None
    source_id: str | None = None


def insert_memory(conn: Connection, memory: MemoryRecord, *, memory_id: str | None = None) -> str:
    memory_id = memory_id or str(uuid.uuid4())
    now = now_utc()
    conn.execute(
        "INSERT INTO memories (id, created_at, updated_at, title, body, fuzzy_time, sort_key,"
        " span_start, span_end, stage, emotions, needs, people, place, intensity, heavy,"
        " what_happened, what_i_felt, what_i_needed, what_i_would_say, source, source_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            memory_id,
            now,
            now,
            memory.title,
            memory.body,
            json.dumps(memory.fuzzy_time),
            memory.sort_key,
            memory.span_start,
            memory.span_end,
            memory.stage,
            json.dumps(list(memory.emotions)),
            json.dumps(list(memory.needs)),
            json.dumps(list(memory.people)),
            memory.place,
            memory.intensity,
            int(memory.heavy),
            memory.what_happened,
            memory.what_i_felt,
            memory.what_i_needed,
            memory.what_i_would_say,
            memory.source,
            memory.source_id,
        ),
    )
    index_memory(conn, memory_id, new=True)
    for entry_id in memory.linked_entries:
        conn.execute(
            "INSERT OR IGNORE INTO entry_memories (entry_id, memory_id) VALUES (?, ?)",
            (entry_id, memory_id),
        )
    return memory_id


_MEMORY_COLUMNS = (
    "id, title, body, fuzzy_time, sort_key, span_start, span_end, stage, emotions, needs,"
    " people, place, intensity, heavy, what_happened, what_i_felt, what_i_needed,"
    " what_i_would_say"
)


def _row(r: Sequence[Any]) -> MemoryRow:
    return MemoryRow(
        r[0],
        r[1],
        r[2],
        json.loads(r[3]),
        r[4],
        r[5],
        r[6],
        r[7],
        tuple(json.loads(r[8])),
        tuple(json.loads(r[9])),
        tuple(json.loads(r[10])),
        r[11],
        r[12],
        bool(r[13]),
        r[14],
        r[15],
        r[16],
        r[17],
    )


def list_memories(conn: Connection) -> list[MemoryRow]:
    """All live memories in timeline order (age lane first, then calendar lane; see
    domain.fuzzy_dates for why the stored key sorts both correctly)."""
    return [
        _row(r)
        for r in conn.execute(
            f"SELECT {_MEMORY_COLUMNS} FROM memories WHERE deleted_at IS NULL"
            " ORDER BY sort_key, span_end - span_start, seq"
        )
    ]


def get_memory(conn: Connection, memory_id: str) -> MemoryRow | None:
    row = conn.execute(
        f"SELECT {_MEMORY_COLUMNS} FROM memories WHERE id = ?", (memory_id,)
    ).fetchone()
    return _row(row) if row else None


def _same(value: Any) -> Any:
    return value


def _json_list(value: Any) -> str:
    return json.dumps(list(value))


_EDITABLE: dict[str, Callable[[Any], Any]] = {
    "title": _same,
    "body": _same,
    "heavy": int,
    "fuzzy_time": json.dumps,
    "sort_key": _same,
    "span_start": _same,
    "span_end": _same,
    "stage": _same,
    "emotions": _json_list,
    "needs": _json_list,
    "people": _json_list,
    "place": _same,
}


def update_memory(conn: Connection, memory_id: str, values: dict[str, Any]) -> None:
    """Change the given columns of one memory (names as in :class:`MemoryRecord`) and keep its
    search index row in step."""
    unknown = set(values) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"not an editable memory column: {sorted(unknown)}")
    columns = list(values)
    conn.execute(
        f"UPDATE memories SET {', '.join(f'{c} = ?' for c in columns)}, updated_at = ?"
        " WHERE id = ?",
        (*(_EDITABLE[c](values[c]) for c in columns), now_utc(), memory_id),
    )
    index_memory(conn, memory_id)


def place_memory(
    conn: Connection,
    memory_id: str,
    *,
    sort_key: float | None,
    span_start: float | None,
    span_end: float | None,
    stage: str | None,
) -> None:
    """Move a memory on the timeline (its time unchanged, e.g. a birth date was given); the
    search index holds none of these columns, so it is left as it is."""
    conn.execute(
        "UPDATE memories SET sort_key = ?, span_start = ?, span_end = ?, stage = ? WHERE id = ?",
        (sort_key, span_start, span_end, stage, memory_id),
    )


def soft_delete_memory(conn: Connection, memory_id: str) -> None:
    """Take a memory off the timeline (and out of search), keeping it to bring back."""
    conn.execute(
        "UPDATE memories SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        (now_utc(), memory_id),
    )
    index_memory(conn, memory_id)


def restore_memory(conn: Connection, memory_id: str) -> None:
    conn.execute("UPDATE memories SET deleted_at = NULL WHERE id = ?", (memory_id,))
    index_memory(conn, memory_id)


def forget_deleted_memories(conn: Connection) -> int:
    """Delete for good every memory taken off the timeline; its photos, tags and links go too
    (ON DELETE CASCADE), the entries it was linked to stay."""
    return int(conn.execute("DELETE FROM memories WHERE deleted_at IS NOT NULL").rowcount)


def update_reflections(conn: Connection, memory_id: str, values: dict[str, str]) -> None:
    """Save the review walk's answers (keys from :data:`REFLECTION_FIELDS`; others ignored)."""
    sets = [f"{key} = ?" for key in values if key in REFLECTION_FIELDS]
    if not sets:
        return
    conn.execute(
        f"UPDATE memories SET {', '.join(sets)}, updated_at = ? WHERE id = ?",
        (*[v for k, v in values.items() if k in REFLECTION_FIELDS], now_utc(), memory_id),
    )
    index_memory(conn, memory_id)


def link_entry(conn: Connection, entry_id: str, memory_id: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO entry_memories (entry_id, memory_id) VALUES (?, ?)",
        (entry_id, memory_id),
    )


def linked_entries(conn: Connection, memory_id: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT em.entry_id FROM entry_memories em JOIN entries e ON e.id = em.entry_id"
            " WHERE em.memory_id = ? AND e.deleted_at IS NULL ORDER BY e.entry_date",
            (memory_id,),
        )
    ]


def set_memory_tags(conn: Connection, memory_id: str, tags: Sequence[str]) -> None:
    from innerchild_desktop.store.entries import _tag_ids

    conn.execute("DELETE FROM memory_tags WHERE memory_id = ?", (memory_id,))
    for tag_id in _tag_ids(conn, tags):
        conn.execute(
            "INSERT OR IGNORE INTO memory_tags (memory_id, tag_id) VALUES (?, ?)",
            (memory_id, tag_id),
        )
    index_memory(conn, memory_id)


def memory_tags(conn: Connection, memory_id: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT t.name FROM memory_tags mt JOIN tags t ON t.id = mt.tag_id"
            " WHERE mt.memory_id = ? ORDER BY t.name",
            (memory_id,),
        )
    ]
