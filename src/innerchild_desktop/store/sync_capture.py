"""Every write to a synced table records its operations in the same statement (the outbox).

Why here and like this: the promise is "every local write", and every write path ends in SQL on
one of a few tables, but not always through the same Python function (the editor and the
command line go through store/entries.py, imports through store/bulk_write.py on a worker
connection, the timeline through store/memories.py, settings and the safety plan through
store/settings.py; future code will add more). So the capture sits beneath all of them: **TEMP
triggers** on the synced tables, installed on a connection only when sync is on for its journal
(``sync_state.enabled``), call a Python function (this module's ``ic_sync_*``, registered on the
connection) that turns the row before and after into operations (domain/sync_map.py) and insert
them into ``sync_outbox``. A permanent trigger on the outbox (store/schema.py) keeps each
field's latest stamp (``sync_stamps``, the ``base`` of the next edit) and the clock's
``sync_state.last_hlc``. All of it is part of the write's own statement, so a write that rolls
back leaves no operation behind, and one that commits always has its operations.

Journals without sync pay nothing: no trigger exists on their connections (the one cost is one
look at ``sqlite_master`` when a writable connection opens).

Cost with sync on: one Python call per row written. The triggers open a statement savepoint on
each write, which makes FTS5 flush its pending index (see store/schema.py): bulk imports into a
synced journal are slower (measured in the report of issue 17's outbox step).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, cast

from innerchild_desktop.domain.settings import SAFETY_PLAN
from innerchild_desktop.domain.sync_map import (
    ENTRIES,
    MEMORIES,
    SAFETY_PLAN_ID,
    SYNCED_SETTINGS,
    SYNCED_TABLES,
    TRASH_COLUMN,
    SyncedTable,
    row_ops,
    setting_ops,
    snapshot_ops,
    tag_ops,
)
from innerchild_desktop.domain.sync_ops import Hlc, HlcClock, Operation, system_now_ms
from innerchild_desktop.store.connection import Connection

#: The wall clock the capture stamps with (tests replace it to turn the clock back).
NOW_MS: Callable[[], int] = system_now_ms

_TAG_TABLES = (("entry_tags", "entry_id", ENTRIES), ("memory_tags", "memory_id", MEMORIES))
_ID = {"entries": "id", "memories": "id", "sessions": "id"}
_LAST = "(SELECT last_hlc FROM main.sync_state WHERE id = 1)"
_OUT = "INSERT INTO main.sync_outbox (op_json) SELECT value FROM json_each"


class _Functions(Protocol):
    def create_function(
        self, name: str, narg: int, func: Callable[..., object], /, *, deterministic: bool = ...
    ) -> None: ...


def _row_columns(table: SyncedTable) -> list[str]:
    columns = list(table.columns)
    if table.trash:
        columns.append(TRASH_COLUMN)
    return columns


def _json_object(table: SyncedTable, ref: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {ref}.{c}" for c in _row_columns(table)) + ")"


def _bases(entity: str, id_sql: str) -> str:
    return (
        "(SELECT json_group_object(field, hlc) FROM main.sync_stamps"
        f" WHERE entity = '{entity}' AND entity_id = {id_sql})"
    )


def _table_triggers(table: SyncedTable) -> list[str]:
    name, entity, key = table.table, table.entity, _ID[table.table]
    new, old = _json_object(table, "new"), _json_object(table, "old")
    call = "ic_sync_row"
    return [
        f"CREATE TEMP TRIGGER ic_sync_{name}_insert AFTER INSERT ON main.{name} BEGIN"
        f" {_OUT}({call}({_LAST}, '{entity}', new.{key}, NULL, {new}, NULL)); END",
        f"CREATE TEMP TRIGGER ic_sync_{name}_update AFTER UPDATE ON main.{name} BEGIN"
        f" {_OUT}({call}({_LAST}, '{entity}', new.{key}, {old}, {new},"
        f" {_bases(entity, f'new.{key}')})); END",
        f"CREATE TEMP TRIGGER ic_sync_{name}_delete AFTER DELETE ON main.{name} BEGIN"
        f" {_OUT}({call}({_LAST}, '{entity}', old.{key}, {old}, NULL, NULL)); END",
    ]


def _owner_state(table: SyncedTable, id_sql: str) -> str:
    return f"(SELECT {TRASH_COLUMN} IS NOT NULL FROM main.{table.table} WHERE id = {id_sql})"


def _tag_triggers() -> list[str]:
    sql = []
    rename = []
    for link, column, owner in _TAG_TABLES:
        entity = owner.entity
        for event, ref, added in (("insert", "new", 1), ("delete", "old", 0)):
            tag = f"(SELECT name FROM main.tags WHERE id = {ref}.tag_id)"
            sql.append(
                f"CREATE TEMP TRIGGER ic_sync_{link}_{event} AFTER {event.upper()} ON main.{link}"
                f" BEGIN {_OUT}(ic_sync_tags({_LAST}, '{entity}', {ref}.{column},"
                f" json_array(json_array({tag}, {added})),"
                f" {_owner_state(owner, f'{ref}.{column}')})); END"
            )
        rename.append(
            "INSERT INTO main.sync_outbox (op_json) SELECT j.value FROM main."
            f"{link} AS l, json_each(ic_sync_tags({_LAST}, '{entity}', l.{column},"
            " json_array(json_array(old.name, 0), json_array(new.name, 1)),"
            f" {_owner_state(owner, f'l.{column}')})) AS j WHERE l.tag_id = new.id;"
        )
    sql.append(
        "CREATE TEMP TRIGGER ic_sync_tags_rename AFTER UPDATE OF name ON main.tags"
        f" WHEN old.name IS NOT new.name BEGIN {' '.join(rename)} END"
    )
    return sql


def _setting_triggers() -> list[str]:
    keys = ", ".join(f"'{k}'" for k in sorted(SYNCED_SETTINGS))
    bases = (
        "(SELECT json_group_object(field, hlc) FROM main.sync_stamps WHERE"
        " (entity = 'setting' AND entity_id = new.key) OR"
        f" (entity = 'safety_plan' AND entity_id = '{SAFETY_PLAN_ID}'"
        f" AND new.key = '{SAFETY_PLAN.key}'))"
    )
    return [
        "CREATE TEMP TRIGGER ic_sync_settings_insert AFTER INSERT ON main.settings"
        f" WHEN new.key IN ({keys}) BEGIN"
        f" {_OUT}(ic_sync_setting({_LAST}, new.key, NULL, new.value, NULL)); END",
        "CREATE TEMP TRIGGER ic_sync_settings_update AFTER UPDATE ON main.settings"
        f" WHEN new.key IN ({keys}) BEGIN"
        f" {_OUT}(ic_sync_setting({_LAST}, new.key, old.value, new.value, {bases})); END",
    ]


TRIGGERS: tuple[str, ...] = (
    *(sql for table in SYNCED_TABLES for sql in _table_triggers(table)),
    *_tag_triggers(),
    *_setting_triggers(),
)


class _Capture:
    """The per-connection clock behind the ``ic_sync_*`` functions."""

    def __init__(self, device: str, last: Hlc | None) -> None:
        self.device = device
        self.clock = HlcClock(device, lambda: NOW_MS(), last)

    def _catch_up(self, last: object) -> HlcClock:
        # Another connection (an import's worker) may have stamped since: carry on after it.
        if isinstance(last, str):
            try:
                stamp = Hlc.parse(last)
            except ValueError:
                stamp = None
            if stamp is not None and stamp > self.clock.last:
                self.clock = HlcClock(self.device, lambda: NOW_MS(), stamp)
        return self.clock

    def row(self, last: object, entity: str, entity_id: str, old: Any, new: Any, bases: Any) -> str:
        clock = self._catch_up(last)
        ops = row_ops(clock, entity, entity_id, _obj(old), _obj(new), _strs(bases))
        return _out(ops)

    def tags(self, last: object, entity: str, entity_id: str, changes: str, owner: Any) -> str:
        clock = self._catch_up(last)
        pairs = [(name, bool(added)) for name, added in json.loads(changes)]
        state = None if owner is None else bool(owner)
        return _out(tag_ops(clock, entity, entity_id, pairs, state))

    def setting(self, last: object, key: str, old: Any, new: Any, bases: Any) -> str:
        clock = self._catch_up(last)
        return _out(setting_ops(clock, key, old, new, _strs(bases)))


def _obj(text: object) -> dict[str, object] | None:
    if not isinstance(text, str):
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else None


def _strs(text: object) -> dict[str, str]:
    found = _obj(text) or {}
    return {k: v for k, v in found.items() if isinstance(v, str)}


def _out(ops: list[Operation]) -> str:
    return json.dumps([op.to_json() for op in ops])


@dataclass(frozen=True)
class SyncState:
    """This journal's side of sync (the ``sync_state`` row)."""

    device: str
    device_name: str
    enabled: bool
    last_hlc: Hlc | None  # the clock's highest stamp so far


def sync_state(conn: Connection) -> SyncState | None:
    """The sync state, or None if sync was never set up (or the journal predates it)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
    ).fetchone()
    if has_table is None:
        return None
    row = conn.execute(
        "SELECT device, device_name, enabled, last_hlc FROM sync_state WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    try:
        last = None if row[3] is None else Hlc.parse(row[3])
    except ValueError:
        last = None
    return SyncState(str(row[0]), str(row[1]), bool(row[2]), last)


def install(conn: Connection, device: str, last: Hlc | None) -> None:
    """Register the capture functions and triggers on ``conn`` (once; inside or outside a
    transaction: inside one they roll back with it)."""
    capture = _Capture(device, last)
    host = cast(_Functions, conn)
    host.create_function("ic_sync_row", 6, capture.row)
    host.create_function("ic_sync_tags", 5, capture.tags)
    host.create_function("ic_sync_setting", 5, capture.setting)
    if installed(conn):
        return
    for sql in TRIGGERS:
        conn.execute(sql)


def installed(conn: Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'ic\\_sync\\_%'"
        " ESCAPE '\\' LIMIT 1"
    ).fetchone()
    return row is not None


@contextlib.contextmanager
def suspended(conn: Connection) -> Iterator[None]:
    """No capture on ``conn`` inside the block (what another computer sent is applied, not sent
    back). Inside a transaction the drop and the re-install are part of it."""
    for sql in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{sql.split()[3]}")
    try:
        yield
    finally:
        install_if_on(conn)  # whether or not it was on before: the journal's state decides


def install_if_on(conn: Connection) -> bool:
    """At connect: install the capture if this journal syncs. Returns whether it did."""
    state = sync_state(conn)
    if state is None or not state.enabled:
        return False
    install(conn, state.device, state.last_hlc)
    return True


def snapshot(conn: Connection, clock: HlcClock) -> list[Operation]:
    """Create operations for everything the journal holds now (what ``sync setup`` sends
    first): entries and memories (trashed ones as created then deleted) with their tags,
    exercise sessions, the person's settings and the safety plan."""
    ops: list[Operation] = []
    for table in SYNCED_TABLES:
        tags = _tags_by_owner(conn, table)
        columns = _row_columns(table)
        order = "seq" if table.trash else "started_at, id"
        rows = conn.execute(
            f"SELECT {_ID[table.table]}, {', '.join(columns)} FROM {table.table} ORDER BY {order}"
        )
        for row in rows.fetchall():
            values = dict(zip(columns, row[1:], strict=True))
            ops += snapshot_ops(clock, table.entity, row[0], values, tags.get(row[0], []))
    marks = ", ".join("?" * len(SYNCED_SETTINGS))
    for key, value in conn.execute(
        f"SELECT key, value FROM settings WHERE key IN ({marks}) ORDER BY key",
        sorted(SYNCED_SETTINGS),
    ).fetchall():
        ops += setting_ops(clock, key, None, value, {})
    return ops


def _tags_by_owner(conn: Connection, table: SyncedTable) -> dict[str, list[str]]:
    for link, column, owner in _TAG_TABLES:
        if owner is table:
            found: dict[str, list[str]] = {}
            for owner_id, name in conn.execute(
                f"SELECT l.{column}, t.name FROM {link} l JOIN tags t ON t.id = l.tag_id"
                f" ORDER BY l.{column}, t.name"
            ).fetchall():
                found.setdefault(owner_id, []).append(name)
            return found
    return {}
