"""Ranking FTS5 matches cheaply: prefix terms spelled out, and only the newest matches ranked.

Every searched word is also a prefix (``child`` finds childhood). FTS5 answers a prefix that its
``prefix = '2 3'`` index does not cover (four letters or more) by merging the position lists of
every word that starts with it into one list, for the whole journal, before the first row comes
out; walked newest-first that list is rebuilt step by step (over a second for ``bicycle*`` at
100,000 entries, bench/search_bench.py). So such a prefix is first looked up in the index's
vocabulary (an ``fts5vocab`` table in the connection's ``temp`` schema: nothing is written to
the journal) and spelled out as the words it stands for: ``"bicycle"*`` becomes ``("bicycle"
OR "bicycles")``, which FTS5 reads lazily, in either direction. Prefixes of two or three letters
are left to the prefix index; one letter, or a prefix of more than ``MAX_EXPANSION`` words, or a
word outside plain ASCII letters and digits (where Python's folding might not be the
tokenizer's), is left to the caller's slower, always-correct way.

Ranking (bm25) costs time in proportion to the rows it scores, and a common word matches most of
a journal. With the prefixes spelled out, the matches can be walked newest first and scored in
the same pass, ``FIRST_PASS`` of them at most: a word matching fewer rows is ranked among all of
them (the same result as ranking everything), a very common word among its newest
``FIRST_PASS`` matches. Older entries stay reachable by rarer words or a ``before:`` date.

Measured and not taken (100,000 entries, bench/search_bench.py): bm25 still counts every match of
each phrase once a query (its IDF: ~3 ms for a word in half the entries), so ordering a very
common word's newest matches by date alone cut the median by a third but not p95, and gives up
relevance. The porter stemmer instead of prefixes: ``child`` no longer finds childhood, and a
half-typed ``bicy`` finds nothing (porter makes it ``bici``).
"""

from __future__ import annotations

import re
import unicodedata

from innerchild_desktop.store.connection import Connection

FIRST_PASS = 200  # matches scored at most, newest first (bench/search_bench.py)
MAX_EXPANSION = 16  # words a prefix may stand for before it is left to FTS5
PREFIX_INDEXED = (2, 3)  # schema.py: prefix = '2 3'

# A prefix term exactly as domain.search_query writes it: a quoted word followed by a star.
_PREFIX_TERM = re.compile(r'"((?:[^"]|"")+)"\*')
_TABLES = ("entries_fts", "memories_fts")


def _fold(word: str) -> str | None:
    """The word as the unicode61 tokenizer (remove_diacritics 2) indexes it, when that is
    certain: lower case, accents taken off, plain ASCII letters and digits only."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded if folded.isascii() and folded.isalnum() else None


def _vocabulary(conn: Connection, table: str, prefix: str) -> list[str]:
    """Up to MAX_EXPANSION + 1 indexed words starting with ``prefix``."""
    above = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # the first string after every completion
    # A view of the index, per connection and in memory (temp_store); a few µs once it exists.
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms USING fts5vocab(main, {table}, row)"
    )
    rows = conn.execute(
        f"SELECT term FROM temp.{table}_terms WHERE term >= ? AND term < ? LIMIT ?",
        (prefix, above, MAX_EXPANSION + 1),
    ).fetchall()
    return [row[0] for row in rows]


def spell_out(conn: Connection, table: str, match: str) -> str | None:
    """``match`` with its long prefix terms replaced by the words they stand for, or None when
    a prefix cannot be (see the module docstring): FTS5 can then walk it newest first."""
    if table not in _TABLES:
        raise ValueError(table)
    failed = False

    def replace(found: re.Match[str]) -> str:
        nonlocal failed
        word = _fold(found.group(1).replace('""', '"'))
        if word is None or len(word) < PREFIX_INDEXED[0]:
            failed = True
            return found.group(0)
        if len(word) in PREFIX_INDEXED:
            return f'"{word}"*'
        words = _vocabulary(conn, table, word)
        if len(words) > MAX_EXPANSION:
            failed = True
            return found.group(0)
        if not words:  # no word starts with it: an exact term that matches nothing
            return f'"{word}"'
        return "(" + " OR ".join(f'"{w}"' for w in words) + ")"

    spelled = _PREFIX_TERM.sub(replace, match)
    return None if failed else spelled


def newest_scored(
    conn: Connection, table: str, weights: str, spelled: str
) -> list[tuple[int, float]]:
    """(rowid, bm25 score) of the newest FIRST_PASS matches of a ``spell_out`` expression, newest
    first: one walk of the index, scored as it goes."""
    if table not in _TABLES:
        raise ValueError(table)
    rows = conn.execute(
        f"SELECT rowid, bm25({table}, {weights}) FROM {table} WHERE {table} MATCH ?"
        " ORDER BY rowid DESC LIMIT ?",
        (spelled, FIRST_PASS),
    ).fetchall()
    return [(int(rowid), float(score)) for rowid, score in rows]


def best(scored: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (lowest bm25) of ``scored``; the newer first among equals."""
    return sorted(scored, key=lambda row: (row[1], -row[0]))[:limit]


def rank_newest(
    conn: Connection, table: str, weights: str, match: str, limit: int
) -> list[tuple[int, float]] | None:
    """The best ``limit`` (rowid, bm25 score) pairs among the newest FIRST_PASS matches, best
    first; None when ``match`` cannot be spelled out (the caller ranks it its own way)."""
    spelled = spell_out(conn, table, match)
    return None if spelled is None else best(newest_scored(conn, table, weights, spelled), limit)
