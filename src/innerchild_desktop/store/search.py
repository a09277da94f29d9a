"""Full-text search over the encrypted FTS5 indexes (entries and memories).

Two steps, for speed on big journals (see bench/): FTS5 ranks matches by bm25 inside the index
and returns the best ``limit`` row ids; only those rows are then read from the tables and given
a snippet (domain.snippets). Tag filters are column filters inside the index; date, mood and
kind filters need the entries table and take a slower path.

Ranking costs time in proportion to the number of matches: bm25 first counts every row that
holds each searched word, then reads every match it scores. So a very large journal keeps its
newest entries (20,000 or a few thousand more) in an index of their own (store/fts.py), and
matches are ranked there first; only when that finds fewer than ``limit`` are the older entries
ranked too. Search time therefore stops growing past that size (bench/: 100,000 entries), and
older entries are still found by rarer words or a ``before:`` date.

Within that index only the newest ``fts_match.FIRST_PASS`` matches are scored, walked newest
first with their prefixes spelled out as the words they stand for (store/fts_match.py; at
100,000 entries this halved the median and cut p95 by two thirds, bench/search_bench.py); a
query whose prefixes cannot be spelled out is ranked as above. Entries and memories each bring
``limit`` hits and only the ``limit`` that make the page get a snippet.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.memories import describe_time
from innerchild_desktop.domain.search import HIT_END, HIT_START, SearchHit
from innerchild_desktop.domain.search_query import SearchQuery
from innerchild_desktop.domain.snippets import make_snippet
from innerchild_desktop.store import fts_match
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.fts import ENTRY_TABLES

_ENTRY_WEIGHTS = "8.0, 1.0, 4.0"  # title, body, tags
_MEMORY_WEIGHTS = "8.0, 1.0, 1.0, 1.0, 4.0"  # title, body, reflections, people, tags
_MEMORY_TEXT = (  # what a memory's snippet is made from
    "body || ' ' || what_happened || ' ' || what_i_felt || ' ' || what_i_needed || ' ' ||"
    " what_i_would_say"
)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _match_expression(query: SearchQuery) -> str:
    parts = [f"({query.fts})"] if query.fts else []
    parts += [f"tags : {_quote(tag)}" for tag in query.tags]
    return " AND ".join(parts)


def _snippet(text: str, query: SearchQuery) -> str:
    return make_snippet(text, query.terms, start_mark=HIT_START, end_mark=HIT_END)


_Texts = dict[tuple[str, str], str]  # (doc_kind, id) -> the text a snippet is made from


def _snippet_later(
    text: str, query: SearchQuery, texts: _Texts | None, key: tuple[str, str]
) -> str:
    """The snippet now; or, when ``texts`` is given, "" and the text kept there, so that
    ``search`` makes snippets only for the hits that make the page (entries and memories are
    ranked ``limit`` each, and half of them drop out)."""
    if texts is None:
        return _snippet(text, query)
    texts[key] = text
    return ""


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


def _rank_table(
    rank_conn: Connection, table: str, match: str, limit: int, *, remember: bool
) -> list[Any]:
    """The best ``limit`` (rowid, score) pairs in one entries table: among its newest matches
    (store/fts_match.py), or among all of them when a prefix cannot be spelled out.
    ``remember``: see fts_match.spell_out."""
    ranked = fts_match.rank_newest(
        rank_conn, table, _ENTRY_WEIGHTS, match, limit, remember=remember
    )
    if ranked is not None:
        return ranked
    return rank_conn.execute(
        f"SELECT rowid, bm25({table}, {_ENTRY_WEIGHTS}) AS score FROM {table}"
        f" WHERE {table} MATCH ? ORDER BY score LIMIT ?",
        (match, limit),
    ).fetchall()


def _rank(rank_conn: Connection, conn: Connection, match: str, limit: int) -> list[Any]:
    """The best ``limit`` (rowid, score) pairs among the newest entries' index, or, when that
    has fewer, among the older entries' too (see the module docstring). Each index weighs a word
    by its own counts, so the two lists merge only roughly; they are merged only for a page the
    newest entries cannot fill, as the rowid window before them did."""
    # The search connection only reads: it may remember the index's words (fts_match.py).
    remember = rank_conn is not conn
    newest, older = ENTRY_TABLES
    ranked = _rank_table(rank_conn, newest, match, limit, remember=remember)
    if len(ranked) >= limit:
        return ranked
    return fts_match.best(
        ranked + _rank_table(rank_conn, older, match, limit, remember=remember), limit
    )


def search_entries(
    conn: Connection,
    query: SearchQuery,
    *,
    limit: int = 50,
    rank_conn: Connection | None = None,
    texts: _Texts | None = None,
) -> list[SearchHit]:
    """``rank_conn`` (optional) ranks the matches on a connection of its own; see
    Journal.search_conn for why. ``texts``: see ``_snippet_later``."""
    match = _match_expression(query)
    ranked: list[tuple[int, float]]
    if match and not _needs_entry_columns(query):
        ranked = _rank(rank_conn or conn, conn, match, limit)
    elif match:
        where, params = _entry_filters(query)
        both = " UNION ALL ".join(  # the newest entries' index and the older ones'
            f"SELECT rowid, bm25({t}, {_ENTRY_WEIGHTS}) AS score FROM {t} WHERE {t} MATCH ?"
            for t in ENTRY_TABLES
        )
        ranked = conn.execute(
            f"SELECT f.rowid, f.score FROM ({both}) f JOIN entries e ON e.seq = f.rowid"
            f" WHERE {' AND '.join(where)} ORDER BY f.score LIMIT ?",
            (match, match, *params, limit),
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
                "" if row[5] else _snippet_later(text, query, texts, ("entry", row[1])),
                float(score),
                EntryKind(row[4]),
                bool(row[5]),
            )
        )
    return hits


def search_memories(
    conn: Connection,
    query: SearchQuery,
    *,
    limit: int = 50,
    rank_conn: Connection | None = None,
    texts: _Texts | None = None,
) -> list[SearchHit]:
    """bm25() rather than the table's configured rank: since entries are ranked on a connection
    of their own, bm25() here no longer slows them (schema.py's note), and it is twice as fast
    as the configured rank (5,000 memories: 42 ms -> 24 ms for a common word, bench/).

    ``rank_conn`` (optional) ranks the newest matches, as for entries: that read-only
    connection remembers the index's words (fts_match.py), and a whole search at 100,000
    entries and 5,000 memories took a median of 9.3 ms instead of 10.9 (bench/, same run, same
    pages). A prefix that cannot be spelled out is still ranked on ``conn``: interleaving
    whole-index rankings of both tables on one connection was what made them slow."""
    match = _match_expression(query)
    if not match or _needs_entry_columns(query):
        return []  # entry-only filters given: memories cannot match them
    ranked = fts_match.rank_newest(
        rank_conn or conn,
        "memories_fts",
        _MEMORY_WEIGHTS,
        match,
        limit,
        remember=rank_conn not in (None, conn),
    )
    if ranked is None:  # a prefix FTS5 must merge: ranked as it comes (fts_match.py)
        ranked = conn.execute(
            f"SELECT rowid, bm25(memories_fts, {_MEMORY_WEIGHTS}) AS score FROM memories_fts"
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
            # With ``texts`` the long text is read later, for the memories on the page only.
            f"SELECT seq, id, title, fuzzy_time, heavy, {_MEMORY_TEXT if texts is None else "''"}"
            f" FROM memories WHERE seq IN ({marks})",
            seqs,
        )
    }
    hits = []
    for seq, score in ranked:
        row = rows.get(seq)
        if row is None:
            continue
        # Heavy memories are found (the user asked) but their text is never previewed unasked.
        snippet = "" if row[4] else _snippet_later(row[5], query, texts, ("memory", row[1]))
        when = describe_time(_json_dict(row[3]))  # "age 7", as the timeline says it
        hits.append(
            SearchHit("memory", row[1], row[2], when, snippet, float(score), None, bool(row[4]))
        )
    return hits


def _json_dict(text: str) -> dict[str, Any]:
    """A stored JSON object; anything unreadable as one reads as empty ("sometime")."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def search(
    conn: Connection, query: SearchQuery, *, limit: int = 50, rank_conn: Connection | None = None
) -> list[SearchHit]:
    texts: _Texts = {}
    hits = search_entries(
        conn, query, limit=limit, rank_conn=rank_conn, texts=texts
    ) + search_memories(conn, query, limit=limit, rank_conn=rank_conn, texts=texts)
    if query.fts:
        hits.sort(key=lambda h: h.rank)
    memories = [h.id for h in hits[:limit] if ("memory", h.id) in texts]
    if memories:
        marks = ",".join("?" * len(memories))
        for memory_id, text in conn.execute(
            f"SELECT id, {_MEMORY_TEXT} FROM memories WHERE id IN ({marks})", memories
        ):
            texts["memory", memory_id] = text
    return [
        replace(h, snippet=_snippet(texts[h.doc_kind, h.id], query))
        if (h.doc_kind, h.id) in texts
        else h
        for h in hits[:limit]
    ]


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
