"""Full-text search over the encrypted FTS5 indexes (entries and memories).

Two steps, for speed on big journals (see bench/): FTS5 ranks matches by bm25 inside the index
and returns the best ``limit`` row ids; only those rows are then read from the tables and given
a snippet (domain.snippets). Tag filters are column filters inside the index; date, mood and
kind filters need the entries table and take a slower path.

Ranking costs time in proportion to the number of matches (bm25 reads every match's positions),
so in a very large journal a common word would slow every keystroke of search-as-you-type. When
the journal has more than ``RECENT_WINDOW`` entries, matches are first ranked among the newest
``RECENT_WINDOW`` only (a rowid range, which FTS5 seeks to); if that finds fewer than ``limit``,
the whole journal is ranked. Search time therefore stops growing past that size (bench/: 100k
entries), and older entries are still found by rarer words or a ``before:`` date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.search import HIT_END, HIT_START, SearchHit
from innerchild_desktop.domain.search_query import SearchQuery
from innerchild_desktop.domain.snippets import make_snippet
from innerchild_desktop.store.connection import Connection

_ENTRY_WEIGHTS = "8.0, 1.0, 4.0"  # title, body, tags
RECENT_WINDOW = 20_000  # entries; see the module docstring


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _match_expression(query: SearchQuery) -> str:
    parts = [f"({query.fts})"] if query.fts else []
    parts += [f"tags : {_quote(tag)}" for tag in query.tags]
    return " AND ".join(parts)


def _snippet(text: str, query: SearchQuery) -> str:
    return make_snippet(text, query.terms, start_mark=HIT_START, end_mark=HIT_END)


def _needs_entry_columns(query: SearchQuery) -> bool:
    return bool(query.mood or query.kind or query.after or query.before)


def _entry_filters(query: SearchQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = ["e.deleted_at IS NULL"]
    params: list[Any] = []
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
    return where, params


def _rank(rank_conn: Connection, conn: Connection, match: str, limit: int) -> list[Any]:
    """The best ``limit`` (rowid, score) pairs: among the newest entries first, if that is
    enough (see the module docstring)."""
    sql = (
        f"SELECT rowid, bm25(entries_fts, {_ENTRY_WEIGHTS}) AS score FROM entries_fts"
        " WHERE entries_fts MATCH ? {window} ORDER BY score LIMIT ?"
    )
    newest = conn.execute("SELECT max(seq) FROM entries").fetchone()[0] or 0
    if newest > RECENT_WINDOW:
        ranked = rank_conn.execute(
            sql.format(window="AND rowid > ?"), (match, newest - RECENT_WINDOW, limit)
        ).fetchall()
        if len(ranked) >= limit:
            return ranked
    return rank_conn.execute(sql.format(window=""), (match, limit)).fetchall()


def search_entries(
    conn: Connection, query: SearchQuery, *, limit: int = 50, rank_conn: Connection | None = None
) -> list[SearchHit]:
    """``rank_conn`` (optional) ranks the matches on a connection of its own; see
    Journal.search_conn for why."""
    match = _match_expression(query)
    ranked: list[tuple[int, float]]
    if match and not _needs_entry_columns(query):
        ranked = _rank(rank_conn or conn, conn, match, limit)
    elif match:
        where, params = _entry_filters(query)
        ranked = conn.execute(
            f"SELECT f.rowid, bm25(entries_fts, {_ENTRY_WEIGHTS}) AS score FROM entries_fts f"
            f" JOIN entries e ON e.seq = f.rowid WHERE entries_fts MATCH ? AND"
            f" {' AND '.join(where)} ORDER BY score LIMIT ?",
            (match, *params, limit),
        ).fetchall()
    else:  # filters only: newest first
        where, params = _entry_filters(query)
        ranked = [
            (r[0], 0.0)
            for r in conn.execute(
                f"SELECT e.seq FROM entries e WHERE {' AND '.join(where)}"
                " ORDER BY e.entry_date DESC, e.seq DESC LIMIT ?",
                (*params, limit),
            )
        ]
    if not ranked:
        return []
    seqs = [r[0] for r in ranked]
    marks = ",".join("?" * len(seqs))
    rows = {
        r[0]: r
        for r in conn.execute(
            "SELECT seq, id, title, entry_date, kind, heavy, body FROM entries"
            f" WHERE seq IN ({marks})",
            seqs,
        )
    }
    hits = []
    for seq, score in ranked:
        row = rows.get(seq)
        if row is None:
            continue
        text = row[6] if query.terms or not row[2] else row[6][:400]
        # Heavy entries are found (the user asked) but their words are never previewed unasked.
        hits.append(
            SearchHit(
                "entry",
                row[1],
                row[2],
                row[3],
                "" if row[5] else _snippet(text, query),
                float(score),
                EntryKind(row[4]),
                bool(row[5]),
            )
        )
    return hits


def search_memories(conn: Connection, query: SearchQuery, *, limit: int = 50) -> list[SearchHit]:
    """bm25() rather than the table's configured rank: since entries are ranked on a connection
    of their own, bm25() here no longer slows them (schema.py's note), and it is twice as fast
    as the configured rank (5,000 memories: 42 ms -> 24 ms for a common word, bench/)."""
    match = _match_expression(query)
    if not match or _needs_entry_columns(query):
        return []  # entry-only filters given: memories cannot match them
    ranked = conn.execute(
        "SELECT rowid, bm25(memories_fts, 8.0, 1.0, 1.0, 1.0, 4.0) AS score FROM memories_fts"
        " WHERE memories_fts MATCH ? ORDER BY score LIMIT ?",
        (match, limit),
    ).fetchall()
    if not ranked:
        return []
    seqs = [r[0] for r in ranked]
    marks = ",".join("?" * len(seqs))
    rows = {
        r[0]: r
        for r in conn.execute(
            "SELECT seq, id, title, stage, heavy, body || ' ' || what_happened || ' ' ||"
            f" what_i_felt || ' ' || what_i_needed || ' ' || what_i_would_say FROM memories"
            f" WHERE seq IN ({marks})",
            seqs,
        )
    }
    hits = []
    for seq, score in ranked:
        row = rows.get(seq)
        if row is None:
            continue
        # Heavy memories are found (the user asked) but their text is never previewed unasked.
        snippet = "" if row[4] else _snippet(row[5], query)
        hits.append(
            SearchHit(
                "memory", row[1], row[2], row[3] or "", snippet, float(score), None, bool(row[4])
            )
        )
    return hits


def search(
    conn: Connection, query: SearchQuery, *, limit: int = 50, rank_conn: Connection | None = None
) -> list[SearchHit]:
    hits = search_entries(conn, query, limit=limit, rank_conn=rank_conn) + search_memories(
        conn, query, limit=limit
    )
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
