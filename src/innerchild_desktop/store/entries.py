"""Entry repository: functions of ``(conn, …)`` that return domain values."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from innerchild_desktop.domain.entries import (
    ON_THIS_DAY_MAX_DISTRESS,
    Entry,
    EntryKind,
    EntrySummary,
    Mood,
    NewEntry,
    check_entry_fields,
    check_new_entry,
    first_line,
    normalise_tag,
)
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.fts import index_entry, index_tag_owners

_COLUMNS = (
    "id, created_at, updated_at, entry_date, title, body, kind, mood, valence, energy, "
    "distress, prompt_id, prompt_text, reply_to, heavy, starred, deleted_at, tz"
)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def local_zone() -> str:
    """The zone recorded for an entry written here and now (imports without one use it too)."""
    return str(datetime.now().astimezone().tzinfo or "UTC")


def _tag_ids(conn: Connection, tags: Iterable[str]) -> list[int]:
    ids: list[int] = []
    for raw in tags:
        name = normalise_tag(raw)
        if not name:
            continue
        conn.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,))
        ids.append(conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0])
    return list(dict.fromkeys(ids))


def set_tags(conn: Connection, entry_id: str, tags: Iterable[str], *, reindex: bool = True) -> None:
    wanted = set(_tag_ids(conn, tags))
    have = {
        r[0] for r in conn.execute("SELECT tag_id FROM entry_tags WHERE entry_id = ?", (entry_id,))
    }
    for tag_id in have - wanted:
        conn.execute("DELETE FROM entry_tags WHERE entry_id = ? AND tag_id = ?", (entry_id, tag_id))
    for tag_id in wanted - have:
        conn.execute("INSERT INTO entry_tags (entry_id, tag_id) VALUES (?, ?)", (entry_id, tag_id))
    if reindex and wanted != have:
        index_entry(conn, entry_id)


def insert_entry(
    conn: Connection,
    new: NewEntry,
    *,
    entry_id: str | None = None,
    created_at: str | None = None,
    updated_at: str | None = None,
) -> str:
    """Insert inside the caller's transaction; returns the new id."""
    check_new_entry(new)
    entry_id = entry_id or str(uuid.uuid4())
    created = created_at or now_utc()
    entry_date = new.entry_date or date.today()
    mood = new.mood
    conn.execute(
        "INSERT INTO entries (id, created_at, updated_at, tz, entry_date, title, body, kind, mood,"
        " valence, energy, distress, prompt_id, prompt_text, reply_to, heavy, starred, source,"
        " source_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            entry_id,
            created,
            updated_at or created,
            local_zone(),
            entry_date.isoformat(),
            new.title,
            new.body,
            EntryKind(new.kind).value,
            mood.name if mood else None,
            mood.valence if mood else None,
            mood.energy if mood else None,
            new.distress,
            new.prompt_id,
            new.prompt_text,
            new.reply_to,
            int(new.heavy),
            int(new.starred),
            new.source,
            new.source_id,
        ),
    )
    if new.tags:
        set_tags(conn, entry_id, new.tags, reindex=False)
    index_entry(conn, entry_id, new=True)
    return entry_id


def update_entry(conn: Connection, entry_id: str, **fields: Any) -> None:
    """Update the given columns (title, body, entry_date, kind, mood, distress, heavy, starred,
    tags) inside the caller's transaction; bumps updated_at."""
    allowed = {
        "title",
        "body",
        "entry_date",
        "kind",
        "distress",
        "heavy",
        "starred",
        "prompt_id",
        "prompt_text",
        "reply_to",
    }
    check_entry_fields(fields)
    sets: list[str] = []
    values: list[Any] = []
    for key, value in fields.items():
        if key == "tags":
            continue
        if key == "mood":
            mood: Mood | None = value
            sets += ["mood = ?", "valence = ?", "energy = ?"]
            values += [
                mood.name if mood else None,
                mood.valence if mood else None,
                mood.energy if mood else None,
            ]
            continue
        if key not in allowed:
            raise ValueError(f"unknown entry field {key}")
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, EntryKind):
            value = value.value
        sets.append(f"{key} = ?")
        values.append(value)
    sets.append("updated_at = ?")
    values.append(now_utc())
    cursor = conn.execute(f"UPDATE entries SET {', '.join(sets)} WHERE id = ?", (*values, entry_id))
    if cursor.rowcount != 1:
        raise InvalidInput("That entry no longer exists.")
    if "tags" in fields:
        set_tags(conn, entry_id, fields["tags"], reindex=False)
    if {"title", "body", "tags"} & fields.keys():
        index_entry(conn, entry_id)


def _tags_of(conn: Connection, entry_id: str) -> tuple[str, ...]:
    return tuple(
        r[0]
        for r in conn.execute(
            "SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE et.entry_id = ? ORDER BY t.name",
            (entry_id,),
        )
    )


def _entry_from_row(conn: Connection, row: Sequence[Any]) -> Entry:
    (
        eid,
        created,
        updated,
        edate,
        title,
        body,
        kind,
        mood,
        valence,
        energy,
        distress,
        prompt_id,
        prompt_text,
        reply_to,
        heavy,
        starred,
        deleted_at,
        tz,
    ) = row
    return Entry(
        id=eid,
        created_at=created,
        updated_at=updated,
        entry_date=date.fromisoformat(edate),
        title=title,
        body=body,
        kind=EntryKind(kind),
        tags=_tags_of(conn, eid),
        mood=Mood(mood, valence, energy) if mood else None,
        distress=distress,
        prompt_id=prompt_id,
        prompt_text=prompt_text,
        reply_to=reply_to,
        heavy=bool(heavy),
        starred=bool(starred),
        deleted_at=deleted_at,
        tz=tz,
    )


def get_entry(conn: Connection, entry_id: str) -> Entry | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,)).fetchone()
    return _entry_from_row(conn, row) if row else None


def find_entry(conn: Connection, prefix: str) -> Entry | None:
    """An entry by full id or an unambiguous id prefix (at least 4 characters)."""
    exact = get_entry(conn, prefix)
    if exact or len(prefix) < 4:
        return exact
    rows = conn.execute(
        "SELECT id FROM entries WHERE id LIKE ? || '%' LIMIT 2", (prefix,)
    ).fetchall()
    return get_entry(conn, rows[0][0]) if len(rows) == 1 else None


def count_entries(conn: Connection, *, include_deleted: bool = False) -> int:
    where = "" if include_deleted else " WHERE deleted_at IS NULL"
    return int(conn.execute(f"SELECT count(*) FROM entries{where}").fetchone()[0])


_SUMMARY_SELECT = (
    "SELECT e.seq, e.id, e.entry_date, e.title, substr(e.body, 1, 400), e.kind, e.mood,"
    " e.heavy, (SELECT group_concat(t.name, ',') FROM entry_tags et JOIN tags t"
    "  ON t.id = et.tag_id WHERE et.entry_id = e.id) FROM entries e"
)


def _summaries(
    conn: Connection, where: str, order: str, params: Sequence[Any]
) -> list[EntrySummary]:
    """Entry list rows (no bodies beyond a preview) for one WHERE / ORDER BY."""
    rows = conn.execute(f"{_SUMMARY_SELECT} WHERE {where} ORDER BY {order}", params).fetchall()
    return [
        EntrySummary(
            id=r[1],
            entry_date=date.fromisoformat(r[2]),
            title=r[3],
            preview=first_line(r[4]),
            kind=EntryKind(r[5]),
            mood=r[6],
            heavy=bool(r[7]),
            tags=tuple(sorted(r[8].split(","))) if r[8] else (),
            seq=r[0],
        )
        for r in rows
    ]


def list_summaries(
    conn: Connection, *, limit: int = 200, after: tuple[str, int] | None = None
) -> list[EntrySummary]:
    """Newest first, keyset-paginated on (entry_date, seq): page N costs the same as page 1."""
    params: list[Any] = []
    where = "e.deleted_at IS NULL"
    if after is not None:
        where += " AND (e.entry_date, e.seq) < (?, ?)"
        params += [after[0], after[1]]
    return _summaries(conn, where, "e.entry_date DESC, e.seq DESC LIMIT ?", (*params, limit))


def has_writing(conn: Connection) -> bool:
    """Whether the journal holds any entry or memory at all, trashed ones included."""
    return bool(
        conn.execute(
            "SELECT EXISTS (SELECT 1 FROM entries) OR EXISTS (SELECT 1 FROM memories)"
        ).fetchone()[0]
    )


def soft_delete(conn: Connection, entry_id: str) -> None:
    conn.execute("UPDATE entries SET deleted_at = ? WHERE id = ?", (now_utc(), entry_id))
    index_entry(conn, entry_id)  # trashed entries leave the search index


def restore(conn: Connection, entry_id: str) -> None:
    conn.execute("UPDATE entries SET deleted_at = NULL WHERE id = ?", (entry_id,))
    index_entry(conn, entry_id)


def empty_trash(conn: Connection) -> int:
    return int(conn.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL").rowcount)


def tag_names(conn: Connection) -> list[str]:
    """All tag names, for autocompletion: no counting, so it is instant on any journal."""
    return [r[0] for r in conn.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]


def all_tags(conn: Connection) -> list[tuple[str, int]]:
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT t.name, count(e.id) FROM tags t LEFT JOIN entry_tags et ON et.tag_id = t.id"
            " LEFT JOIN entries e ON e.id = et.entry_id AND e.deleted_at IS NULL"
            " GROUP BY t.id ORDER BY t.name"
        )
    ]


def rename_tag(conn: Connection, old: str, new: str) -> None:
    """Rename a tag; if the new name exists already, merge the two (entries and memories)."""
    old_name, new_name = normalise_tag(old), normalise_tag(new)
    if not new_name:
        raise InvalidInput("A tag needs at least one letter or number.")
    old_row = conn.execute("SELECT id FROM tags WHERE name = ?", (old_name,)).fetchone()
    if old_row is None:
        raise InvalidInput(f"There is no tag called {old_name!r}.")
    target = conn.execute("SELECT id FROM tags WHERE name = ?", (new_name,)).fetchone()
    if target is None or target[0] == old_row[0]:
        conn.execute("UPDATE tags SET name = ? WHERE id = ?", (new_name, old_row[0]))
        index_tag_owners(conn, old_row[0])
        return
    for table, column in (("entry_tags", "entry_id"), ("memory_tags", "memory_id")):
        rows = conn.execute(
            f"SELECT {column} FROM {table} WHERE tag_id = ?", (old_row[0],)
        ).fetchall()
        for (owner,) in rows:
            conn.execute(
                f"DELETE FROM {table} WHERE {column} = ? AND tag_id = ?", (owner, old_row[0])
            )
            conn.execute(
                f"INSERT OR IGNORE INTO {table} ({column}, tag_id) VALUES (?, ?)",
                (owner, target[0]),
            )
    conn.execute("DELETE FROM tags WHERE id = ?", (old_row[0],))
    index_tag_owners(conn, target[0])


def trashed(conn: Connection, limit: int = 500) -> list[EntrySummary]:
    return _summaries(conn, "e.deleted_at IS NOT NULL", "e.deleted_at DESC LIMIT ?", (limit,))


def on_this_day(conn: Connection, today: date, limit: int = 20) -> list[EntrySummary]:
    """Entries written on this month and day in earlier years. Heavy entries never resurface,
    nor entries rated 7 or more for distress (unrated ones may)."""
    # Look the days up in the (entry_date, seq) index, one seek per earlier year: scanning the
    # table would decrypt every row's page (over a second at 100,000 entries), and even scanning
    # the whole index for the month and day cost 50 ms there (bench/), on every unlock.
    first = conn.execute(
        "SELECT entry_date FROM entries INDEXED BY entries_timeline WHERE deleted_at IS NULL"
        " ORDER BY entry_date, seq LIMIT 1"
    ).fetchone()
    if first is None:
        return []
    month_day = today.strftime("%m-%d")
    days = [f"{year:04d}-{month_day}" for year in range(int(first[0][:4]), today.year)]
    if not days:
        return []
    seqs = [
        r[0]
        for r in conn.execute(
            "SELECT seq FROM entries INDEXED BY entries_timeline WHERE deleted_at IS NULL"
            f" AND entry_date IN ({','.join('?' * len(days))})"
            " ORDER BY entry_date DESC, seq DESC",
            days,
        )
    ]
    # Newest first, a few more than asked at a time (heavy and distressing ones are left out):
    # only the rows shown are read from the table, not every earlier year's entries for this day.
    found: list[EntrySummary] = []
    gentle = "e.heavy = 0 AND (e.distress IS NULL OR e.distress <= ?)"
    for start in range(0, len(seqs), 2 * limit):
        chunk = seqs[start : start + 2 * limit]
        marks = ",".join("?" * len(chunk))
        found += _summaries(
            conn,
            f"e.seq IN ({marks}) AND {gentle}",
            "e.entry_date DESC, e.seq DESC",
            (*chunk, ON_THIS_DAY_MAX_DISTRESS),
        )
        if len(found) >= limit:
            break
    return found[:limit]


def entries_on(conn: Connection, day: date) -> list[EntrySummary]:
    return _summaries(
        conn, "e.deleted_at IS NULL AND e.entry_date = ?", "e.seq DESC", (day.isoformat(),)
    )


def replies_to(conn: Connection, entry_id: str) -> list[EntrySummary]:
    return _summaries(
        conn, "e.deleted_at IS NULL AND e.reply_to = ?", "e.entry_date, e.seq", (entry_id,)
    )


def letters(conn: Connection) -> list[tuple[EntrySummary, str | None]]:
    """Every letter to or from the younger self (not trashed), with the letter it answers."""
    where = "e.deleted_at IS NULL AND e.kind IN (?, ?)"
    kinds = (EntryKind.LETTER_TO.value, EntryKind.LETTER_FROM.value)
    rows = _summaries(conn, where, "e.entry_date, e.seq", kinds)
    answers = dict(
        conn.execute(f"SELECT e.id, e.reply_to FROM entries e WHERE {where}", kinds).fetchall()
    )
    return [(row, answers.get(row.id)) for row in rows]


def latest_distress(conn: Connection) -> int | None:
    """The distress rating of the most recently changed rated entry (not trashed), if any."""
    row = conn.execute(
        "SELECT distress FROM entries WHERE distress IS NOT NULL AND deleted_at IS NULL"
        " ORDER BY updated_at DESC LIMIT 1"
    ).fetchone()
    return None if row is None else int(row[0])


def has_prompted_entry(conn: Connection) -> bool:
    """Whether any entry was written from a prompt (trashed ones too)."""
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM entries WHERE prompt_id IS NOT NULL)")
    return bool(row.fetchone()[0])
