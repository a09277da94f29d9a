"""Full-text search over the encrypted FTS5 index (entries and memories)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.search_query import SearchQuery

Connection = Any

# Private-use characters mark the matched words in snippets; each front end turns them into its
# own highlighting (HTML <b>, terminal bold, JSON brackets) after escaping the rest.
HIT_START = "\ue000"
HIT_END = "\ue001"


@dataclass(frozen=True)
class SearchHit:
    doc_kind: str  # "entry" or "memory"
    id: str
    title: str
    when: str  # entry date (ISO) or the memory's sort label
    snippet: str
    rank: float
    kind: EntryKind | None = None
    heavy: bool = False


def search_entries(conn: Connection, query: SearchQuery, *, limit: int = 50) -> list[SearchHit]:
    where = ["e.deleted_at IS NULL"]
    params: list[Any] = []
    if query.fts:
        source = "entries_fts f JOIN entries e ON e.seq = f.rowid"
        where.append("entries_fts MATCH ?")
        params.append(query.fts)
        snippet = f"snippet(entries_fts, 1, '{HIT_START}', '{HIT_END}', '…', 14)"
        rank = "bm25(entries_fts, 8.0, 1.0, 4.0)"
        order = "rank"
    else:
        source = "entries e"
        snippet = "substr(e.body, 1, 160)"
        rank = "0.0"
        order = "e.entry_date DESC, e.seq DESC"
    for tag in query.tags:
        where.append(
            "EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            " WHERE et.entry_id = e.id AND t.name = ?)"
        )
        params.append(tag)
    if query.mood:
        where.append("lower(e.mood) = ?")
        params.append(query.mood)
    if query.kind:
        where.append("e.kind = ?")
        params.append(query.kind.value)
    if query.after:
        where.append("e.entry_date >= ?")
        params.append(query.after.isoformat())
    if query.before:
        where.append("e.entry_date <= ?")
        params.append(query.before.isoformat())
    sql = (
        f"SELECT e.id, e.title, e.entry_date, {snippet}, {rank} AS rank, e.kind, e.heavy"
        f" FROM {source} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"
    )
    rows = conn.execute(sql, (*params, limit)).fetchall()
    return [
        SearchHit("entry", r[0], r[1], r[2], r[3], float(r[4]), EntryKind(r[5]), bool(r[6]))
        for r in rows
    ]


def search_memories(conn: Connection, query: SearchQuery, *, limit: int = 50) -> list[SearchHit]:
    if not query.fts or query.kind or query.mood or query.after or query.before:
        return []  # entry-only filters given: memories cannot match them
    where = ["m.deleted_at IS NULL", "memories_fts MATCH ?"]
    params: list[Any] = [query.fts]
    for tag in query.tags:
        where.append(
            "EXISTS (SELECT 1 FROM memory_tags mt JOIN tags t ON t.id = mt.tag_id"
            " WHERE mt.memory_id = m.id AND t.name = ?)"
        )
        params.append(tag)
    rows = conn.execute(
        f"SELECT m.id, m.title, m.stage, snippet(memories_fts, -1, '{HIT_START}', '{HIT_END}',"
        " '…', 14), bm25(memories_fts, 8.0, 1.0, 1.0, 1.0, 4.0) AS rank, m.heavy"
        " FROM memories_fts f JOIN memories m ON m.seq = f.rowid"
        f" WHERE {' AND '.join(where)} ORDER BY rank LIMIT ?",
        (*params, limit),
    ).fetchall()
    # Heavy memories are found (the user asked) but their text is never previewed unasked.
    return [
        SearchHit(
            "memory", r[0], r[1], r[2] or "", "" if r[5] else r[3], float(r[4]), None, bool(r[5])
        )
        for r in rows
    ]


def search(conn: Connection, query: SearchQuery, *, limit: int = 50) -> list[SearchHit]:
    hits = search_entries(conn, query, limit=limit) + search_memories(conn, query, limit=limit)
    if query.fts:
        hits.sort(key=lambda h: h.rank)
    return hits[:limit]


def entry_days(conn: Connection, first: date, last: date) -> dict[str, int]:
    """How many entries each day between first and last has (for the calendar)."""
    return {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT entry_date, count(*) FROM entries WHERE deleted_at IS NULL"
            " AND entry_date BETWEEN ? AND ? GROUP BY entry_date",
            (first.isoformat(), last.isoformat()),
        )
    }
