"""The physical limit of an import: the bench's jrnl JSON corpus inserted into a fresh SQLCipher
database with the journal's own schema (so the same FTS5 index), a raw key, WAL,
``synchronous=FULL`` and one transaction, with no app logic (no checks, no tags table, no
duplicate detection, no progress). ``make bench`` reports the import as a ratio of this.
"""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from innerchild_desktop.store.migrate import migrate
from innerchild_desktop.store.vault import connect, transaction

_ENTRY = (
    "INSERT INTO entries (id, created_at, updated_at, tz, entry_date, title, body, source,"
    " source_id) VALUES (?, ?, ?, 'UTC', ?, ?, ?, 'jrnl', ?)"
)
_INDEX = "INSERT INTO entries_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)"


def bare_insert(jrnl_json: Path, folder: Path) -> tuple[float, int]:
    """Seconds to read ``jrnl_json`` and insert its entries into a new database in ``folder``
    (schema made before the clock starts), and how many entries went in."""
    conn = connect(folder / "bare.db", secrets.token_bytes(32), mode="rwc")
    try:
        migrate(conn, 0)
        start = time.perf_counter()
        entries = json.loads(jrnl_json.read_text(encoding="utf-8"))["entries"]
        with transaction(conn):
            for seq, raw in enumerate(entries, start=1):
                stamp = f"{raw['date']}T{raw['time']}:00.000+00:00"
                conn.execute(
                    _ENTRY,
                    (
                        str(uuid.uuid4()),
                        stamp,
                        stamp,
                        raw["date"],
                        raw["title"],
                        raw["body"],
                        str(seq),
                    ),
                )
                conn.execute(_INDEX, (seq, raw["title"], raw["body"], " ".join(raw["tags"])))
        took = time.perf_counter() - start
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        conn.close()
    return took, int(count)


def bare_insert_once(jrnl_json: Path) -> tuple[float, int]:
    """:func:`bare_insert` into a temporary folder that is removed afterwards."""
    scratch = Path(tempfile.mkdtemp(prefix="innerchild-bench-bare-"))
    try:
        return bare_insert(jrnl_json, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
