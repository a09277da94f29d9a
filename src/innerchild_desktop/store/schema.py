"""The journal's schema and its migrations, stepped on ``PRAGMA user_version``.

Each migration runs in one transaction together with the ``user_version`` bump, so a crash leaves
the journal at the old or the new version, never between. A journal whose version is newer than
``SCHEMA_VERSION`` is refused (never "repaired"). Before migrating an existing journal the vault
takes an encrypted snapshot (see vault.py).

Tables use an explicit ``seq INTEGER PRIMARY KEY`` next to the public UUID because FTS rows are
keyed by rowid, and VACUUM may renumber implicit rowids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from innerchild_desktop.store import revisions
from innerchild_desktop.store.connection import Connection

ENTRY_KINDS = ("free", "prompt", "letter_to", "letter_from", "memory_reflection")

_V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE entries (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    tz           TEXT,
    entry_date   TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT 'free'
                 CHECK (kind IN ({", ".join(repr(k) for k in ENTRY_KINDS)})),
    mood         TEXT,
    valence      REAL,
    energy       REAL,
    distress     INTEGER CHECK (distress BETWEEN 0 AND 10),
    prompt_id    TEXT,
    prompt_text  TEXT,
    reply_to     TEXT REFERENCES entries(id) ON DELETE SET NULL,
    heavy        INTEGER NOT NULL DEFAULT 0,
    starred      INTEGER NOT NULL DEFAULT 0,
    source       TEXT,
    source_id    TEXT,
    deleted_at   TEXT,
    body         TEXT NOT NULL DEFAULT ''   -- last: small columns stay readable without
                                            -- walking a long body's overflow pages
);
CREATE INDEX entries_timeline ON entries (entry_date DESC, seq DESC) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX entries_source ON entries (source, source_id) WHERE source IS NOT NULL;
CREATE INDEX entries_reply ON entries (reply_to) WHERE reply_to IS NOT NULL;

CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE entry_tags (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id);

CREATE TABLE memories (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    title            TEXT NOT NULL,
    body             TEXT NOT NULL DEFAULT '',
    fuzzy_time       TEXT NOT NULL,          -- JSON of domain.fuzzy_dates.FuzzyTime
    sort_key         REAL,
    span_start       REAL,
    span_end         REAL,
    stage            TEXT,
    emotions         TEXT NOT NULL DEFAULT '[]',
    needs            TEXT NOT NULL DEFAULT '[]',
    people           TEXT NOT NULL DEFAULT '[]',
    place            TEXT NOT NULL DEFAULT '',
    intensity        INTEGER CHECK (intensity BETWEEN 1 AND 5),
    heavy            INTEGER NOT NULL DEFAULT 0,
    what_happened    TEXT NOT NULL DEFAULT '',
    what_i_felt      TEXT NOT NULL DEFAULT '',
    what_i_needed    TEXT NOT NULL DEFAULT '',
    what_i_would_say TEXT NOT NULL DEFAULT '',
    source           TEXT,
    source_id        TEXT,
    deleted_at       TEXT
);
CREATE INDEX memories_order ON memories (sort_key) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX memories_source ON memories (source, source_id) WHERE source IS NOT NULL;
CREATE TABLE memory_tags (
    memory_id TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (memory_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE entry_memories (
    entry_id  TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    memory_id TEXT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, memory_id)
) WITHOUT ROWID;
CREATE INDEX entry_memories_by_memory ON entry_memories (memory_id);
CREATE TABLE life_stages (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
    start_age REAL, end_age REAL, start_year INTEGER, end_year INTEGER
);

CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    entry_id   TEXT REFERENCES entries(id) ON DELETE CASCADE,
    memory_id  TEXT REFERENCES memories(id) ON DELETE CASCADE,
    filename   TEXT NOT NULL DEFAULT '',
    mime       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    thumbnail  BLOB,
    created_at TEXT NOT NULL
);
CREATE INDEX attachments_entry ON attachments (entry_id);
CREATE INDEX attachments_memory ON attachments (memory_id);

CREATE TABLE sessions (
    id              TEXT PRIMARY KEY,
    exercise_id     TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    completed       INTEGER NOT NULL DEFAULT 0,
    distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
    distress_after  INTEGER CHECK (distress_after BETWEEN 0 AND 10),
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_time ON sessions (started_at);

CREATE TABLE prompt_events (
    seq       INTEGER PRIMARY KEY,
    prompt_id TEXT NOT NULL,
    event     TEXT NOT NULL CHECK (event IN
              ('shown', 'answered', 'skipped', 'favourite', 'unfavourite', 'hidden', 'unhidden')),
    at        TEXT NOT NULL,
    entry_id  TEXT
);
CREATE INDEX prompt_events_by_prompt ON prompt_events (prompt_id, event);
CREATE TABLE user_prompts (
    id TEXT PRIMARY KEY, pack_id TEXT, text TEXT NOT NULL, theme TEXT NOT NULL,
    depth TEXT NOT NULL, age_band TEXT, follow_ups TEXT NOT NULL DEFAULT '[]',
    content_note TEXT, template TEXT, created_at TEXT NOT NULL
);
CREATE TABLE prompt_packs (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL, document TEXT NOT NULL
);
CREATE TABLE program_progress (
    program_id TEXT PRIMARY KEY, started_on TEXT NOT NULL, completed TEXT NOT NULL DEFAULT '[]',
    paused INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL
);

-- Full-text search lives inside the encrypted file, so the index is encrypted too.
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE memories_fts USING fts5(
    title, body, reflections, people, tags, tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');
-- Memories are ranked with FTS5's configured rank, not the bm25() SQL function: calling bm25()
-- on a second FTS table made later bm25() queries on entries_fts ten times slower (3.7 ms ->
-- 40 ms for a common word at 10,000 entries, measured).
INSERT INTO memories_fts (memories_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0, 1.0, 1.0, 4.0)');

-- Rows are (re)indexed by store/search.py when entries, tags or memories change, not by
-- INSERT/UPDATE triggers: FTS5 flushes its pending index at every trigger's statement savepoint,
-- which made a trigger-maintained insert ~4x slower (measured: 2,000 entries 4.9 s vs 1.3 s).
-- Deletes stay as triggers (rare, and they keep cascades correct).
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entries_fts WHERE rowid = old.seq;
END;
CREATE TRIGGER memories_fts_delete AFTER DELETE ON memories BEGIN
    DELETE FROM memories_fts WHERE rowid = old.seq;
END;
"""


@dataclass(frozen=True)
class Migration:
    """Brings a journal from ``version - 1`` to ``version``: a SQL script, a Python step, or both.

    The vault runs ``sql`` statement by statement and then ``step`` inside one transaction that
    also sets ``user_version``.
    """

    version: int
    description: str
    sql: str = ""
    step: Callable[[Connection], None] | None = None


_V_SYNC = """
-- Sync (issue 17): this computer's side, the operations waiting to be sent, and the stamp of
-- each field's current value (the `base` of its next edit). Empty, and never written, until
-- sync is turned on (store/outbox.py, store/sync_capture.py).
CREATE TABLE sync_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    device      TEXT NOT NULL,
    device_name TEXT NOT NULL DEFAULT '',
    enabled     INTEGER NOT NULL DEFAULT 0,
    last_hlc    TEXT
);
CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY, op_json TEXT NOT NULL);
CREATE TABLE sync_stamps (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;
-- Every operation recorded moves its field's stamp and the clock's last stamp, in the same
-- statement (a create stamps each of its initial fields). Stamps' texts sort as the stamps do.
CREATE TRIGGER sync_outbox_stamps AFTER INSERT ON sync_outbox BEGIN
    INSERT INTO sync_stamps (entity, entity_id, field, hlc)
        SELECT json_extract(new.op_json, '$.entity'), json_extract(new.op_json, '$.entity_id'),
               json_extract(new.op_json, '$.field'), json_extract(new.op_json, '$.hlc')
        WHERE substr(json_extract(new.op_json, '$.field'), 1, 1) <> '*'
          AND substr(json_extract(new.op_json, '$.field'), 1, 4) <> 'tag:'
        ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc
        WHERE excluded.hlc > sync_stamps.hlc;
    INSERT INTO sync_stamps (entity, entity_id, field, hlc)
        SELECT json_extract(new.op_json, '$.entity'), json_extract(new.op_json, '$.entity_id'),
               j.key, json_extract(new.op_json, '$.hlc')
        FROM json_each(new.op_json, '$.value') AS j
        WHERE json_extract(new.op_json, '$.field') = '*create'
          AND json_type(new.op_json, '$.value') = 'object'
        ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc
        WHERE excluded.hlc > sync_stamps.hlc;
    UPDATE sync_state SET last_hlc = json_extract(new.op_json, '$.hlc')
        WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < json_extract(new.op_json, '$.hlc'));
END;
"""

_V_SYNC_APPLY = """
-- Sync (issue 17), the receiving side (store/sync_apply.py). The folder and the vault's data key
-- live here, inside the encrypted journal, so syncing again needs only the journal passphrase.
ALTER TABLE sync_state ADD COLUMN folder TEXT;
ALTER TABLE sync_state ADD COLUMN vault_id TEXT;
ALTER TABLE sync_state ADD COLUMN vault_key BLOB;
-- The stamp a field's current value replaced on its computer: tells a late, older edit that
-- the current value was built on (sequential) from one written without seeing it (concurrent).
ALTER TABLE sync_stamps ADD COLUMN base TEXT;
-- Each batch of another computer applied once, recorded by its position in the folder.
CREATE TABLE sync_applied (
    device     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    ops        INTEGER NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;
-- Edits of something whose creation has not arrived yet (another computer's batches can arrive
-- in any order): applied when it does.
CREATE TABLE sync_parked (
    op_id     TEXT PRIMARY KEY,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    op_json   TEXT NOT NULL
);
CREATE INDEX sync_parked_by_target ON sync_parked (entity, entity_id);
-- Texts written on two computers without either seeing the other's: the one that lost is kept
-- here (and, for entries, as a revision in History) until the person has looked at it.
CREATE TABLE sync_conflicts (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    device    TEXT NOT NULL,
    value     TEXT,
    found_at  TEXT NOT NULL,
    seen      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, entity_id, field, hlc)
) WITHOUT ROWID;
-- The other computers' names as their own records in the folder say (for History and status).
CREATE TABLE sync_devices (
    device    TEXT PRIMARY KEY,
    name      TEXT NOT NULL DEFAULT '',
    applied   TEXT NOT NULL DEFAULT '{}',
    last_seen TEXT
);
-- Every operation recorded moves, in the same statement: its field's stamp (and base); for a
-- tag, the stamp of that tag's register (case-folded as tag names are); the thing's latest edit
-- or delete (`*edit` / `*delete`: alive while the edit is later); and a create's initial fields.
DROP TRIGGER sync_outbox_stamps;
CREATE TRIGGER sync_outbox_stamps AFTER INSERT ON sync_outbox BEGIN
    INSERT INTO sync_stamps (entity, entity_id, field, hlc, base)
        SELECT o.e, o.i,
               CASE WHEN substr(o.f, 1, 4) = 'tag:' THEN 'tag:' || lower(substr(o.f, 6))
                    ELSE o.f END,
               o.h, o.b
        FROM (SELECT json_extract(new.op_json, '$.entity') AS e,
                     json_extract(new.op_json, '$.entity_id') AS i,
                     json_extract(new.op_json, '$.field') AS f,
                     json_extract(new.op_json, '$.hlc') AS h,
                     json_extract(new.op_json, '$.base') AS b) AS o
        WHERE substr(o.f, 1, 1) <> '*'
        ON CONFLICT (entity, entity_id, field) DO UPDATE
            SET hlc = excluded.hlc, base = excluded.base
        WHERE excluded.hlc > sync_stamps.hlc;
    INSERT INTO sync_stamps (entity, entity_id, field, hlc)
        SELECT o.e, o.i, CASE WHEN o.f = '*delete' THEN '*delete' ELSE '*edit' END, o.h
        FROM (SELECT json_extract(new.op_json, '$.entity') AS e,
                     json_extract(new.op_json, '$.entity_id') AS i,
                     json_extract(new.op_json, '$.field') AS f,
                     json_extract(new.op_json, '$.hlc') AS h) AS o
        WHERE o.f <> '*seen_conflict'
        ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc
        WHERE excluded.hlc > sync_stamps.hlc;
    INSERT INTO sync_stamps (entity, entity_id, field, hlc)
        SELECT json_extract(new.op_json, '$.entity'), json_extract(new.op_json, '$.entity_id'),
               j.key, json_extract(new.op_json, '$.hlc')
        FROM json_each(new.op_json, '$.value') AS j
        WHERE json_extract(new.op_json, '$.field') = '*create'
          AND json_type(new.op_json, '$.value') = 'object'
        ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc, base = NULL
        WHERE excluded.hlc > sync_stamps.hlc;
    UPDATE sync_state SET last_hlc = json_extract(new.op_json, '$.hlc')
        WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < json_extract(new.op_json, '$.hlc'));
END;
"""

_V_OLDER_ENTRIES = """
-- Entries older than the newest 20,000 or so are indexed in a table of their own (store/fts.py):
-- ranking counts every match of a word in the table it ranks, so the newest table stays small.
-- Empty at first: services.upkeep moves the oldest entries into it in small steps.
CREATE VIRTUAL TABLE older_entries_fts USING fts5(
    title, body, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
DROP TRIGGER entries_fts_delete;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entries_fts WHERE rowid = old.seq;
    DELETE FROM older_entries_fts WHERE rowid = old.seq;
END;
"""

MIGRATIONS: Sequence[Migration] = (
    Migration(1, "initial schema", sql=_V1),
    Migration(2, "sync: outbox, state and stamps (issue 17)", sql=_V_SYNC),
    # Entries' history (store/revisions.py); never in the search index.
    Migration(3, "earlier versions of entries", sql=revisions.SCHEMA_SQL),
    Migration(4, "sync: applying what other computers send (issue 17)", sql=_V_SYNC_APPLY),
    Migration(
        5, "search: the older entries in an index of their own (issue 20)", sql=_V_OLDER_ENTRIES
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def pending(current: int, migrations: Sequence[Migration] | None = None) -> list[Migration]:
    chosen = MIGRATIONS if migrations is None else migrations
    return [m for m in chosen if m.version > current]
