"""Ranking FTS5 matches cheaply: prefix terms spelled out, and only the newest matches ranked.

Every searched word is also a prefix (``child`` finds childhood). FTS5 answers a prefix that its
``prefix = '2 3'`` index does not cover (four letters or more) by merging the position lists of
every word that starts with it into one list, for the whole journal, before the first row comes
out; walked newest-first that list is rebuilt step by step (over a second for ``bicycle*`` at
100,000 entries, bench/search_bench.py). So such a prefix is first looked up in the index's
vocabulary (an ``fts5vocab`` table in the connection's ``temp`` schema: nothing is written to
the journal) and spelled out as the words it stands for: ``"bicy"*`` becomes ``("bicy" OR
"bicycle" OR "bicycles")``, which FTS5 reads lazily, in either direction (the prefix itself goes
in as it is: looking it up would cost a pass over its rows, see ``_longer_words``). Prefixes
of two or three letters are left to the prefix index; one letter, or a prefix of more than
``MAX_EXPANSION`` words, or a word outside plain ASCII letters and digits (where Python's
folding might not be the tokenizer's), is left to the caller's slower, always-correct way.

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
_TABLES = ("entries_fts", "older_entries_fts", "memories_fts")


def _fold(word: str) -> str | None:
    """The word as the unicode61 tokenizer (remove_diacritics 2) indexes it, when that is
    certain: lower case, accents taken off, plain ASCII letters and digits only."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded if folded.isascii() and folded.isalnum() else None


def _longer_words(conn: Connection, table: str, prefix: str) -> list[str]:
    """Up to MAX_EXPANSION indexed words that start with ``prefix`` and are longer than it.

    The prefix itself is never looked up (it goes into the query as it is, whether or not it is
    a word): fts5vocab counts the rows of every word it passes, and a common word's count is a
    pass over its whole position list (bench/search_bench.py: ``toast`` 2.0 ms -> 0.9 ms at
    100,000 entries), which ranking then makes again."""
    above = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # the first string after every completion
    # A view of the index, per connection and in memory (temp_store); a few µs once it exists.
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms USING fts5vocab(main, {table}, row)"
    )
    rows = conn.execute(
        f"SELECT term FROM temp.{table}_terms WHERE term >= ? AND term < ? LIMIT ?",
        (prefix + "\x00", above, MAX_EXPANSION),  # no word holds NUL: just past the prefix
    ).fetchall()
    return [row[0] for row in rows]


def _remembered_longer_words(conn: Connection, table: str, prefix: str) -> list[str]:
    """``_longer_words``, remembered in the connection's ``temp`` schema (memory, gone when it
    closes) until any other connection commits (``PRAGMA data_version``), so only for a
    connection that never writes the journal itself (``Journal.search_conn``).

    Search as you type asks for ``bicy``, ``bicyc``, ``bicycl``…: a longer prefix's words are
    read from a shorter one's list when that list was whole. Measured at 100,000 entries
    (bench/search_bench.py): 0.9-2.3 ms for a common word's lookup, about 0.05 ms remembered."""
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS fts_longer_words (tbl TEXT, prefix TEXT, version"
        " INTEGER, words TEXT, PRIMARY KEY (tbl, prefix)) WITHOUT ROWID"
    )
    shorter = [prefix[:n] for n in range(len(prefix), PREFIX_INDEXED[-1], -1)]
    known = conn.execute(
        "SELECT prefix, words FROM temp.fts_longer_words WHERE tbl = ? AND version = ?"
        f" AND prefix IN ({','.join('?' * len(shorter))}) ORDER BY length(prefix) DESC LIMIT 1",
        (table, version, *shorter),
    ).fetchone()
    if known is not None:
        words = known[1].split("\n") if known[1] else []
        if known[0] == prefix:
            return words
        if len(words) < MAX_EXPANSION:  # that list was whole: this prefix's words are in it
            return [w for w in words if w.startswith(prefix) and w != prefix]
    words = _longer_words(conn, table, prefix)
    conn.execute("DELETE FROM temp.fts_longer_words WHERE version != ?", (version,))
    conn.execute(
        "INSERT OR REPLACE INTO temp.fts_longer_words VALUES (?, ?, ?, ?)",
        (table, prefix, version, "\n".join(words)),  # (words hold no whitespace)
    )
    return words


def spell_out(conn: Connection, table: str, match: str, *, remember: bool = False) -> str | None:
    """``match`` with its long prefix terms replaced by the words they stand for, or None when
    a prefix cannot be (see the module docstring): FTS5 can then walk it newest first.

    ``remember``: only for a connection that never writes the journal (see
    ``_remembered_longer_words``)."""
    if table not in _TABLES:
        raise ValueError(table)
    failed = False
    lookup = _remembered_longer_words if remember else _longer_words

    def replace(found: re.Match[str]) -> str:
        nonlocal failed
        word = _fold(found.group(1).replace('""', '"'))
        if word is None or len(word) < PREFIX_INDEXED[0]:
            failed = True
            return found.group(0)
        if len(word) in PREFIX_INDEXED:
            return f'"{word}"*'
        longer = lookup(conn, table, word)
        if len(longer) >= MAX_EXPANSION:  # with the word itself, more than MAX_EXPANSION
            failed = True
            return found.group(0)
        if not longer:  # the word alone (an exact term, which may match nothing)
            return f'"{word}"'
        return "(" + " OR ".join(f'"{w}"' for w in [word, *longer]) + ")"

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
    conn: Connection, table: str, weights: str, match: str, limit: int, *, remember: bool = False
) -> list[tuple[int, float]] | None:
    """The best ``limit`` (rowid, bm25 score) pairs among the newest FIRST_PASS matches, best
    first; None when ``match`` cannot be spelled out (the caller ranks it its own way).
    ``remember``: see ``spell_out``."""
    spelled = spell_out(conn, table, match, remember=remember)
    return None if spelled is None else best(newest_scored(conn, table, weights, spelled), limit)
