"""Applying other computers' operations to this journal: the receiving side of sync.

One batch is applied inside the caller's transaction (``SyncService`` opens one per batch), with
this computer's capture suspended (what arrives is not sent back), and recorded in
``sync_applied`` by its position, so it is applied once. The rules are those of the merge engine
(domain/sync_merge.py), kept in the tables instead of in memory:

- **Fields**: last writer wins. ``sync_stamps`` holds the stamp of each field's current value
  (moved by local writes through the outbox trigger, and here by what is applied); an operation
  stamped later replaces the value, one stamped earlier or equal changes nothing.
- **Tags**: one last-writer-wins register per tag (``tag:NAME``, case-folded as tag names are).
- **Deletes** are tombstones: ``*delete`` and ``*edit`` keep the latest delete and the latest
  edit of each thing; it is in the trash while the delete is later. A later edit brings it back.
  Trash here is the app's own trash (restorable); "forget for good" stays on the computer where
  it was chosen.
- **Texts** (titles and bodies): a value replaced by one written *without seeing it* (the
  arriving edit's ``base`` is not the current stamp), and a late value that loses to one written
  without seeing it (the current value's ``base`` is not the late one's stamp), is kept: as a
  revision of the entry (History, with the computer it came from) and in ``sync_conflicts``, and
  the thing says "edited on two computers" until the person has looked. A sequential replacement
  keeps a revision by the same rule as a save on this computer (domain/revisions.py).
- **Order**: an edit of something whose creation has not arrived yet is parked
  (``sync_parked``) and applied when it does.

Values are checked against the columns they go into; one that does not fit (from a newer
version, or damaged) is skipped and counted, never failing the batch or anything else in it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from innerchild_desktop.domain.settings import SAFETY_PLAN
from innerchild_desktop.domain.sync_map import (
    BY_ENTITY,
    ENTRIES,
    MOOD_COLUMNS,
    SAFETY_PLAN_ID,
    SYNCED_SETTINGS,
    TRASH_COLUMN,
    SyncedTable,
)
from innerchild_desktop.domain.sync_merge import (
    MASS_DELETE_FRACTION,
    MASS_DELETE_MIN,
    TEXT_FIELDS,
)
from innerchild_desktop.domain.sync_ops import (
    CREATE,
    DELETE,
    SEEN_CONFLICT,
    TAG_ADD,
    Hlc,
    HlcClock,
    Operation,
    tag_name,
)
from innerchild_desktop.store import fts, revisions
from innerchild_desktop.store.connection import Connection

EDIT = "*edit"  # sync_stamps' field for a thing's latest edit (any operation but a delete)
_ID = {"entries": "id", "memories": "id", "sessions": "id"}


def _iso(stamp: Hlc) -> str:
    return datetime.fromtimestamp(stamp.wall_ms / 1000, UTC).isoformat(timespec="milliseconds")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class Applied:
    """What applying one or more batches did."""

    ops: int = 0
    changed: int = 0  # operations that changed something here
    skipped: int = 0  # operations that did not fit (a newer version's or damaged values)
    parked: int = 0  # waiting for their thing's creation
    conflicts: int = 0  # texts written on two computers, kept
    entries: set[str] = field(default_factory=set)
    memories: set[str] = field(default_factory=set)
    settings: bool = False
    safety_plan: bool = False

    def add(self, other: Applied) -> None:
        for name in ("ops", "changed", "skipped", "parked", "conflicts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.entries |= other.entries
        self.memories |= other.memories
        self.settings |= other.settings
        self.safety_plan |= other.safety_plan


# --- stamps --------------------------------------------------------------------------------------


def _stamp(conn: Connection, entity: str, entity_id: str, name: str) -> tuple[str, str | None]:
    row = conn.execute(
        "SELECT hlc, base FROM sync_stamps WHERE entity = ? AND entity_id = ? AND field = ?",
        (entity, entity_id, name),
    ).fetchone()
    return ("", None) if row is None else (str(row[0]), row[1])


# --- values into columns -------------------------------------------------------------------------


def _column_value(kind: str, value: object) -> object:
    """The SQLite value for one synced field's JSON value (ValueError: it does not fit)."""
    if value is None:
        return None
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError("not a yes/no")
        return int(value)
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("not a number")
        return value
    if not isinstance(value, str):
        raise ValueError("not a text")
    return value


def _columns(table: SyncedTable, name: str, value: object) -> dict[str, object]:
    """The columns one field sets (an entry's ``mood`` sets three)."""
    if table is ENTRIES and name == "mood":
        if value is None:
            return dict.fromkeys(MOOD_COLUMNS)
        if not isinstance(value, dict):
            raise ValueError("not a feeling")
        return {
            "mood": _column_value("text", value.get("name")),
            "valence": _column_value("number", value.get("valence")),
            "energy": _column_value("number", value.get("energy")),
        }
    kind = table.columns.get(name)
    if kind is None or name in MOOD_COLUMNS:
        raise ValueError("not a field of this version")
    return {name: _column_value(kind, value)}


# --- the applier ---------------------------------------------------------------------------------


class Applier:
    """Applies operations of other computers on one connection, inside its transaction."""

    def __init__(self, conn: Connection, clock: HlcClock, names: Mapping[str, str]) -> None:
        self.conn = conn
        self.clock = clock
        self.names = names  # device id -> the computer's name, for revisions' origin
        self.done = Applied()
        self.new_entries: set[str] = set()  # created here by this applier: not indexed yet
        self.new_memories: set[str] = set()
        # Stamps are read and moved in memory and written in one statement by finish(): one
        # statement per stamp was most of the time of a first sync.
        self.stamps: dict[tuple[str, str, str], tuple[str, str | None]] = {}
        self.loaded: set[tuple[str, str]] = set()  # things whose stored stamps are in .stamps
        self.parked_targets = {
            (str(e), str(i))
            for e, i in conn.execute("SELECT DISTINCT entity, entity_id FROM sync_parked")
        }

    def _get(self, entity: str, entity_id: str, name: str) -> tuple[str, str | None]:
        if (entity, entity_id) not in self.loaded:  # one query per thing, not per field
            self.loaded.add((entity, entity_id))
            for field_name, hlc, base in self.conn.execute(
                "SELECT field, hlc, base FROM sync_stamps WHERE entity = ? AND entity_id = ?",
                (entity, entity_id),
            ):
                self.stamps.setdefault((entity, entity_id, str(field_name)), (str(hlc), base))
        return self.stamps.get((entity, entity_id, name), ("", None))

    def _put(
        self, entity: str, entity_id: str, name: str, hlc: str, base: str | None = None
    ) -> None:
        if hlc > self._get(entity, entity_id, name)[0]:
            self.stamps[(entity, entity_id, name)] = (hlc, base)

    # -- entry points --

    def apply(self, ops: Iterable[Operation]) -> Applied:
        for op in ops:
            self.clock.observe(op.hlc)
            self.done.ops += 1
            self._one(op)
        return self.done

    def finish(self) -> Applied:
        """Write the stamps, re-index what changed, move this computer's clock past what
        arrived."""
        rows = [[e, i, f, h, b] for (e, i, f), (h, b) in self.stamps.items()]
        if rows:
            self.conn.execute(
                "INSERT INTO sync_stamps (entity, entity_id, field, hlc, base)"
                " SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4"
                " FROM json_each(?) WHERE true"
                " ON CONFLICT (entity, entity_id, field) DO UPDATE"
                " SET hlc = excluded.hlc, base = excluded.base"
                " WHERE excluded.hlc > sync_stamps.hlc",
                (json.dumps(rows),),
            )
            self.stamps.clear()
            self.loaded.clear()
        for entry_id in sorted(self.done.entries - self.new_entries):
            fts.index_entry(self.conn, entry_id)
        for memory_id in sorted(self.done.memories - self.new_memories):
            fts.index_memory(self.conn, memory_id)
        fts.index_new(self.conn, self.new_entries, self.new_memories)
        self.conn.execute(
            "UPDATE sync_state SET last_hlc = ?"
            " WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < ?)",
            (str(self.clock.last), str(self.clock.last)),
        )
        return self.done

    # -- one operation --

    def _one(self, op: Operation) -> None:
        try:
            if op.entity in BY_ENTITY:
                self._thing(BY_ENTITY[op.entity], op)
            elif op.entity == "setting":
                self._setting(op)
            elif op.entity == "safety_plan" and op.entity_id == SAFETY_PLAN_ID:
                self._plan_section(op)
            else:
                self.done.skipped += 1
        except ValueError:
            self.done.skipped += 1
        except Exception as exc:  # a constraint the value breaks: skip it, keep the batch
            if type(exc).__name__ != "IntegrityError":
                raise
            self.done.skipped += 1

    def _state(self, table: SyncedTable, entity_id: str) -> tuple[bool, bool]:
        """(exists, trashed)."""
        trash = TRASH_COLUMN if table.trash else "NULL"
        row = self.conn.execute(
            f"SELECT {trash} FROM {table.table} WHERE {_ID[table.table]} = ?", (entity_id,)
        ).fetchone()
        return (row is not None, row is not None and row[0] is not None)

    def _touch(self, table: SyncedTable, entity_id: str) -> None:
        self.done.changed += 1
        if table.entity == "entry":
            self.done.entries.add(entity_id)
        elif table.entity == "memory":
            self.done.memories.add(entity_id)

    def _thing(self, table: SyncedTable, op: Operation) -> None:
        exists, _ = self._state(table, op.entity_id)
        if op.field == DELETE:
            self._put(op.entity, op.entity_id, DELETE, str(op.hlc))
            if exists:
                self._settle_trash(table, op.entity_id, op.hlc)
            return
        if op.field == SEEN_CONFLICT:
            self._seen(op)
            return
        if not exists:
            if op.field == CREATE and isinstance(op.value, dict):
                self._create(table, op)
            else:
                self._park(op)
            return
        if op.field == CREATE:
            if isinstance(op.value, dict):
                for name, value in op.value.items():
                    self._field(table, op, name, value, None)
        elif tag_name(op.field) is not None:
            self._tag(table, op)
        else:
            self._field(table, op, op.field, op.value, op.base)
        self._put(op.entity, op.entity_id, EDIT, str(op.hlc))
        self._settle_trash(table, op.entity_id, op.hlc)

    def _settle_trash(self, table: SyncedTable, entity_id: str, stamp: Hlc) -> None:
        """Trash or bring back per the latest edit and delete (a later edit wins)."""
        edit, _ = self._get(table.entity, entity_id, EDIT)
        delete, _ = self._get(table.entity, entity_id, DELETE)
        alive = edit > delete
        _, trashed = self._state(table, entity_id)
        if not table.trash:
            if not alive:
                self.conn.execute(f"DELETE FROM {table.table} WHERE id = ?", (entity_id,))
                self.done.changed += 1
            return
        if alive and trashed:
            self.conn.execute(
                f"UPDATE {table.table} SET {TRASH_COLUMN} = NULL WHERE id = ?", (entity_id,)
            )
            self._touch(table, entity_id)
        elif not alive and not trashed:
            self.conn.execute(
                f"UPDATE {table.table} SET {TRASH_COLUMN} = ? WHERE id = ?",
                (_iso(stamp), entity_id),
            )
            self._touch(table, entity_id)

    def _create(self, table: SyncedTable, op: Operation) -> None:
        assert isinstance(op.value, dict)
        values: dict[str, object] = {}
        for name, value in op.value.items():
            try:
                values.update(_columns(table, name, value))
            except ValueError:
                self.done.skipped += 1
        values = {k: v for k, v in values.items() if v is not None}
        if table is ENTRIES and self._dangling_reply(op, values.get("reply_to")):
            del values["reply_to"]
        when = _iso(op.hlc)
        for column, fallback in _REQUIRED[table.table].items():
            if values.get(column) is None:
                values[column] = when if fallback is _WHEN else fallback
        if table.trash:
            values["updated_at"] = when
        values[_ID[table.table]] = op.entity_id
        names = list(values)
        self.conn.execute(
            f"INSERT INTO {table.table} ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})",
            [values[n] for n in names],
        )
        for name in [*op.value, EDIT]:
            self._put(op.entity, op.entity_id, name, str(op.hlc))
        self._touch(table, op.entity_id)
        if table.entity == "entry":
            self.new_entries.add(op.entity_id)
        elif table.entity == "memory":
            self.new_memories.add(op.entity_id)
        self._unpark(op.entity, op.entity_id)
        if self._get(op.entity, op.entity_id, DELETE)[0]:
            self._settle_trash(table, op.entity_id, op.hlc)

    def _park(self, op: Operation, until: str | None = None) -> None:
        """Keep ``op`` until its thing (or the entry ``until`` it points to) is created."""
        self.conn.execute(
            "INSERT OR IGNORE INTO sync_parked (op_id, entity, entity_id, hlc, op_json)"
            " VALUES (?, ?, ?, ?, ?)",
            (op.op_id, op.entity, until or op.entity_id, str(op.hlc), op.to_json()),
        )
        self.parked_targets.add((op.entity, until or op.entity_id))
        self.done.parked += 1

    def _dangling_reply(self, op: Operation, target: object) -> bool:
        """A reply to an entry that has not arrived: its link waits for it (parked as a field
        edit with the create's stamp); True when it does."""
        if not isinstance(target, str) or self._state(ENTRIES, target)[0]:
            return False
        link = Operation(
            hashlib.sha256(f"{op.op_id}:reply_to".encode()).hexdigest()[:32],
            op.entity,
            op.entity_id,
            "reply_to",
            target,
            op.hlc,
            op.device,
        )
        self._park(link, until=target)
        return True

    def _unpark(self, entity: str, entity_id: str) -> None:
        if (entity, entity_id) not in self.parked_targets:
            return
        self.parked_targets.discard((entity, entity_id))
        rows = self.conn.execute(
            "SELECT op_json FROM sync_parked WHERE entity = ? AND entity_id = ? ORDER BY hlc",
            (entity, entity_id),
        ).fetchall()
        if not rows:
            return
        self.conn.execute(
            "DELETE FROM sync_parked WHERE entity = ? AND entity_id = ?", (entity, entity_id)
        )
        for (text,) in rows:
            self._one(Operation.from_json(text))

    # -- fields --

    def _field(
        self, table: SyncedTable, op: Operation, name: str, value: object, base: Hlc | None
    ) -> None:
        columns = _columns(table, name, value)  # ValueError: skipped by the caller
        if table is ENTRIES and name == "reply_to" and self._dangling_reply(op, value):
            return
        stamp, current_base = self._get(op.entity, op.entity_id, name)
        mine = str(op.hlc)
        text = (op.entity, name) in TEXT_FIELDS
        if mine <= stamp:
            if text and mine != stamp:
                self._late_text(table, op, name, value, stamp, current_base)
            return
        if text:
            self._replaced_text(table, op, name, value, stamp, base)
        sets = ", ".join(f"{c} = ?" for c in columns)
        params = list(columns.values())
        if table.trash:
            sets += ", updated_at = ?"
            params.append(_iso(op.hlc))
        self.conn.execute(f"UPDATE {table.table} SET {sets} WHERE id = ?", [*params, op.entity_id])
        self._put(op.entity, op.entity_id, name, mine, None if base is None else str(base))
        self._touch(table, op.entity_id)

    def _current(self, table: SyncedTable, entity_id: str, name: str) -> Any:
        row = self.conn.execute(
            f"SELECT {name} FROM {table.table} WHERE id = ?", (entity_id,)
        ).fetchone()
        return None if row is None else row[0]

    def _replaced_text(
        self,
        table: SyncedTable,
        op: Operation,
        name: str,
        value: object,
        stamp: str,
        base: Hlc | None,
    ) -> None:
        """An arriving text wins: keep the one it replaces if it was written without seeing it."""
        current = self._current(table, op.entity_id, name)
        if current == value or not current:
            return
        concurrent = bool(stamp) and (base is None or str(base) != stamp)
        if concurrent:
            here = Hlc.parse(stamp)
            self._keep(table, op.entity_id, name, current, stamp, here.device)
        elif table is ENTRIES:
            revisions.keep_before_update(self.conn, op.entity_id, {name: value})

    def _late_text(
        self,
        table: SyncedTable,
        op: Operation,
        name: str,
        value: object,
        stamp: str,
        current_base: str | None,
    ) -> None:
        """An arriving text loses: keep it unless the current one was written after seeing it
        (or by the same computer later)."""
        if not isinstance(value, str) or not value:
            return
        if current_base == str(op.hlc) or Hlc.parse(stamp).device == op.device:
            return
        if value == self._current(table, op.entity_id, name):
            return
        self._keep(table, op.entity_id, name, value, str(op.hlc), op.device)

    def _keep(
        self, table: SyncedTable, entity_id: str, name: str, value: str, stamp: str, device: str
    ) -> None:
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO sync_conflicts"
            " (entity, entity_id, field, hlc, device, value, found_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (table.entity, entity_id, name, stamp, device, value, _now()),
        )
        if cursor.rowcount != 1:
            return  # kept already (the same batch applied on another attempt)
        self.done.conflicts += 1
        if table is ENTRIES:
            row = self.conn.execute(
                "SELECT title, body FROM entries WHERE id = ?", (entity_id,)
            ).fetchone()
            title, body = (value, row[1]) if name == "title" else (row[0], value)
            revisions.add_revision(
                self.conn,
                entity_id,
                title=title,
                body=body,
                saved_at=_iso(Hlc.parse(stamp)),
                origin=self.names.get(device) or device,
            )

    def _seen(self, op: Operation) -> None:
        stamps = [s for s in op.value if isinstance(s, str)] if isinstance(op.value, list) else []
        for stamp in stamps:
            self.conn.execute(
                "UPDATE sync_conflicts SET seen = 1 WHERE entity = ? AND entity_id = ? AND hlc = ?",
                (op.entity, op.entity_id, stamp),
            )

    # -- tags --

    def _tag(self, table: SyncedTable, op: Operation) -> None:
        name = tag_name(op.field)
        assert name is not None
        register = "tag:" + _fold(name)
        stamp, _ = self._get(op.entity, op.entity_id, register)
        if str(op.hlc) <= stamp:
            return
        self._put(op.entity, op.entity_id, register, str(op.hlc))
        link, column = (
            ("entry_tags", "entry_id") if table is ENTRIES else ("memory_tags", "memory_id")
        )
        if op.field.startswith(TAG_ADD):
            self.conn.execute(
                "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,)
            )
            self.conn.execute(
                f"INSERT OR IGNORE INTO {link} ({column}, tag_id)"
                " SELECT ?, id FROM tags WHERE name = ?",
                (op.entity_id, name),
            )
        else:
            self.conn.execute(
                f"DELETE FROM {link} WHERE {column} = ?"
                " AND tag_id = (SELECT id FROM tags WHERE name = ?)",
                (op.entity_id, name),
            )
        self._touch(table, op.entity_id)

    # -- settings and the safety plan --

    def _setting(self, op: Operation) -> None:
        if op.entity_id not in SYNCED_SETTINGS or op.field != "value":
            self.done.skipped += 1
            return
        stamp, _ = self._get("setting", op.entity_id, "value")
        if str(op.hlc) <= stamp:
            return
        self._put("setting", op.entity_id, "value", str(op.hlc))
        self._write_setting(op.entity_id, op.value)
        self.done.changed += 1
        self.done.settings = True

    def _write_setting(self, key: str, value: object) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def _plan_section(self, op: Operation) -> None:
        stamp, _ = self._get("safety_plan", SAFETY_PLAN_ID, op.field)
        if str(op.hlc) <= stamp:
            return
        self._put("safety_plan", SAFETY_PLAN_ID, op.field, str(op.hlc))
        row = self.conn.execute(
            "SELECT value FROM settings WHERE key = ?", (SAFETY_PLAN.key,)
        ).fetchone()
        try:
            plan = json.loads(row[0]) if row is not None else {}
        except ValueError:
            plan = {}
        if not isinstance(plan, dict):
            plan = {}
        if op.value is None:
            plan.pop(op.field, None)
        else:
            plan[op.field] = op.value
        self._write_setting(SAFETY_PLAN.key, plan)
        self.done.changed += 1
        self.done.safety_plan = True


def _fold(name: str) -> str:
    # As SQLite's NOCASE (the tags table's collation) and lower() fold: ASCII letters only.
    return "".join(c.lower() if c.isascii() else c for c in name)


_WHEN = object()  # a required column filled with the operation's time
_REQUIRED: dict[str, dict[str, object]] = {
    "entries": {"created_at": _WHEN, "entry_date": _WHEN, "title": "", "body": "", "kind": "free"},
    "memories": {"created_at": _WHEN, "title": "", "body": "", "fuzzy_time": "{}"},
    "sessions": {"exercise_id": "", "started_at": _WHEN},
}


# --- batches -------------------------------------------------------------------------------------


def applied_positions(conn: Connection) -> dict[str, int]:
    """Per other computer, the highest batch applied with every earlier one applied too."""
    found: dict[str, int] = {}
    rows = conn.execute("SELECT device, seq FROM sync_applied ORDER BY device, seq").fetchall()
    for device, seq in rows:
        if seq == found.get(device, 0) + 1:
            found[device] = int(seq)
    return found


def record_batch(conn: Connection, device: str, seq: int, ops: int) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO sync_applied (device, seq, ops, applied_at) VALUES (?, ?, ?, ?)",
        (device, seq, ops, _now()),
    )


def was_applied(conn: Connection, device: str, seq: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sync_applied WHERE device = ? AND seq = ?", (device, seq)
    ).fetchone()
    return row is not None


@dataclass(frozen=True)
class DeleteCheck:
    """How many live entries one batch would put in the trash, against how many there are."""

    deleting: int
    live: int

    @property
    def needs_confirmation(self) -> bool:
        return self.deleting > MASS_DELETE_MIN and self.deleting > MASS_DELETE_FRACTION * self.live


def delete_check(conn: Connection, ops: Iterable[Operation]) -> DeleteCheck:
    """Entries alive here that ``ops`` would delete (a later edit here would keep one alive)."""
    latest: dict[str, Hlc] = {}
    for op in ops:
        if (
            op.entity == "entry"
            and op.field == DELETE
            and (op.entity_id not in latest or op.hlc > latest[op.entity_id])
        ):
            latest[op.entity_id] = op.hlc
    deleting = 0
    for entry_id, stamp in latest.items():
        row = conn.execute(
            "SELECT 1 FROM entries WHERE id = ? AND deleted_at IS NULL", (entry_id,)
        ).fetchone()
        if row is None:
            continue
        edit, _ = _stamp(conn, "entry", entry_id, EDIT)
        if str(stamp) > edit:
            deleting += 1
    live = int(conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0])
    return DeleteCheck(deleting, live)


# --- conflicts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    entity: str
    entity_id: str
    field: str
    hlc: str
    device: str
    found_at: str


def unseen_conflicts(conn: Connection, entity: str | None = None) -> list[Conflict]:
    where = "seen = 0" + ("" if entity is None else " AND entity = ?")
    params: tuple[str, ...] = () if entity is None else (entity,)
    rows = conn.execute(
        "SELECT entity, entity_id, field, hlc, device, found_at FROM sync_conflicts"
        f" WHERE {where} ORDER BY found_at, entity, entity_id",
        params,
    ).fetchall()
    return [Conflict(*(str(v) for v in r)) for r in rows]


def edited_on_two_computers(conn: Connection, entity: str, entity_id: str) -> bool:
    if not _has_table(conn, "sync_conflicts"):
        return False
    row = conn.execute(
        "SELECT 1 FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND seen = 0 LIMIT 1",
        (entity, entity_id),
    ).fetchone()
    return row is not None


def mark_seen(conn: Connection, entity: str, entity_id: str) -> list[str]:
    """Mark one thing's conflicts seen; returns their stamps (for the ``*seen_conflict``)."""
    stamps = [
        str(r[0])
        for r in conn.execute(
            "SELECT hlc FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND seen = 0",
            (entity, entity_id),
        ).fetchall()
    ]
    conn.execute(
        "UPDATE sync_conflicts SET seen = 1 WHERE entity = ? AND entity_id = ?", (entity, entity_id)
    )
    return stamps


def _has_table(conn: Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def parked_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0])
