"""Which local writes become which sync operations (pure: rows in, :class:`Operation` s out).

The store captures every write to a synced table as the row before and after (JSON objects of
the columns named here; see ``store/sync_capture.py``) and asks this module for the operations:

- **create** (no row before): one ``*create`` with every synced field; then a ``*delete`` if the
  row arrives already in the trash (an import of a trashed entry).
- **field edits**: one operation per synced field whose value changed, ``base`` = the stamp of
  the value it replaced (kept by the store in ``sync_stamps``).
- **trash** (``deleted_at`` set): ``*delete``, a tombstone. **Restore** (``deleted_at`` cleared):
  ``*create`` with a null value: an edit that sets nothing and brings the thing back whole.
  **Forget** (the row deleted for good): ``*delete``. An edit of something in the trash (a tag
  renamed on a trashed entry) is followed by a fresh ``*delete``, so it stays in the trash on the
  other computers instead of an edit there bringing it back.
- **tags**: ``tag:+NAME`` / ``tag:-NAME``; a rename is a remove and an add.
- **settings**: the person's settings (not the app's own bookkeeping, nor what belongs to one
  computer: :data:`LOCAL_ONLY_SETTINGS`) as ``setting/KEY/value``; the safety plan as one field
  per section (``safety_plan/plan/SECTION``), so two computers editing different sections both
  keep their change.

Left out for now (next steps of issue 17): photos and attachments (blobs), links between entries
and memories, one's own life stages, prompt history, prompt packs and programs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from innerchild_desktop.domain.settings import (
    EDITOR_FONT,
    EDITOR_MEASURE,
    REMINDER_WORDS,
    SAFETY_PLAN,
    SETTINGS,
)
from innerchild_desktop.domain.sync_ops import (
    CREATE,
    DELETE,
    TAG_ADD,
    TAG_REMOVE,
    Hlc,
    HlcClock,
    JsonValue,
    Operation,
)

type Kind = Literal["text", "number", "bool", "json"]
type Row = Mapping[str, object]

SAFETY_PLAN_ID = "plan"  # the one safety plan of a journal
MOOD_COLUMNS = ("mood", "valence", "energy")  # one field "mood": {"name", "valence", "energy"}
TRASH_COLUMN = "deleted_at"  # the trash state, never synced as a field


@dataclass(frozen=True)
class SyncedTable:
    """A table whose rows are one kind of thing: its entity name and synced columns."""

    table: str
    entity: str
    columns: Mapping[str, Kind]
    trash: bool  # whether it has ``deleted_at``


ENTRIES = SyncedTable(
    "entries",
    "entry",
    {
        "created_at": "text",
        "tz": "text",
        "entry_date": "text",
        "title": "text",
        "body": "text",
        "kind": "text",
        "mood": "text",
        "valence": "number",
        "energy": "number",
        "distress": "number",
        "prompt_id": "text",
        "prompt_text": "text",
        "reply_to": "text",
        "heavy": "bool",
        "starred": "bool",
        "source": "text",
        "source_id": "text",
    },
    trash=True,
)
MEMORIES = SyncedTable(
    "memories",
    "memory",
    {
        "created_at": "text",
        "title": "text",
        "body": "text",
        "fuzzy_time": "json",
        "sort_key": "number",
        "span_start": "number",
        "span_end": "number",
        "stage": "text",
        "emotions": "json",
        "needs": "json",
        "people": "json",
        "place": "text",
        "intensity": "number",
        "heavy": "bool",
        "what_happened": "text",
        "what_i_felt": "text",
        "what_i_needed": "text",
        "what_i_would_say": "text",
        "source": "text",
        "source_id": "text",
    },
    trash=True,
)
SESSIONS = SyncedTable(
    "sessions",
    "session",
    {
        "exercise_id": "text",
        "started_at": "text",
        "ended_at": "text",
        "completed": "bool",
        "distress_before": "number",
        "distress_after": "number",
        "note": "text",
    },
    trash=False,
)
SYNCED_TABLES: tuple[SyncedTable, ...] = (ENTRIES, MEMORIES, SESSIONS)
BY_ENTITY: Mapping[str, SyncedTable] = {t.entity: t for t in SYNCED_TABLES}

# A font installed on one computer may not be on the other, nor a screen as wide: the editor's
# font and line length stay local. Reminders belong to one computer too (each has its own
# schedule, in a file beside the journal): their words stay local with them.
LOCAL_ONLY_SETTINGS = frozenset({EDITOR_FONT.key, EDITOR_MEASURE.key, REMINDER_WORDS.key})
SYNCED_SETTINGS = frozenset(
    key for key, s in SETTINGS.items() if not s.internal and key not in LOCAL_ONLY_SETTINGS
)

_FIELD_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
_MAX_TAG_LEN = 200


def _value(kind: Kind, raw: object) -> JsonValue:
    if raw is None:
        return None
    if kind == "bool":
        return bool(raw)
    if kind == "json":
        if not isinstance(raw, str):
            return None
        try:
            parsed: JsonValue = json.loads(raw)
        except ValueError:
            return None
        return parsed
    if kind == "number":
        return raw if isinstance(raw, int | float) else None
    return str(raw)


def synced_fields(table: SyncedTable, row: Row) -> dict[str, JsonValue]:
    """The operation fields of one row (SQLite values as stored -> JSON values)."""
    fields = {
        name: _value(kind, row.get(name))
        for name, kind in table.columns.items()
        if name not in MOOD_COLUMNS or table is not ENTRIES
    }
    if table is ENTRIES:
        name = row.get("mood")
        fields["mood"] = (
            None
            if name is None
            else {
                "name": str(name),
                "valence": _value("number", row.get("valence")),
                "energy": _value("number", row.get("energy")),
            }
        )
    return fields


def _trashed(table: SyncedTable, row: Row) -> bool:
    return table.trash and row.get(TRASH_COLUMN) is not None


def _base(bases: Mapping[str, str], field: str) -> Hlc | None:
    text = bases.get(field)
    try:
        return None if text is None else Hlc.parse(text)
    except ValueError:
        return None


def row_ops(
    clock: HlcClock,
    entity: str,
    entity_id: str,
    old: Row | None,
    new: Row | None,
    bases: Mapping[str, str],
) -> list[Operation]:
    """The operations for one row written (``old`` None: created; ``new`` None: deleted)."""
    table = BY_ENTITY[entity]
    if new is None:
        return [] if old is None else [Operation.new(clock, entity, entity_id, DELETE)]
    new_fields = synced_fields(table, new)
    if old is None:
        ops = [Operation.new(clock, entity, entity_id, CREATE, dict(new_fields))]
        if _trashed(table, new):
            ops.append(Operation.new(clock, entity, entity_id, DELETE))
        return ops
    old_fields = synced_fields(table, old)
    was, now = _trashed(table, old), _trashed(table, new)
    ops = []
    if was and not now:
        ops.append(Operation.new(clock, entity, entity_id, CREATE))  # restored: alive again
    for field, value in new_fields.items():
        if old_fields.get(field) != value:
            ops.append(Operation.new(clock, entity, entity_id, field, value, _base(bases, field)))
    if now and (not was or ops):
        ops.append(Operation.new(clock, entity, entity_id, DELETE))
    return ops


def _tag_ok(name: object) -> bool:
    # A name the operation format refuses is not synced rather than failing the person's save.
    return isinstance(name, str) and 0 < len(name) <= _MAX_TAG_LEN and name.isprintable()


def tag_ops(
    clock: HlcClock,
    entity: str,
    entity_id: str,
    changes: list[tuple[str, bool]],
    owner_trashed: bool | None,
) -> list[Operation]:
    """``(tag, added)`` changes of one owner. ``owner_trashed`` None: the owner is gone."""
    if owner_trashed is None:
        return []
    ops = [
        Operation.new(clock, entity, entity_id, (TAG_ADD if added else TAG_REMOVE) + name)
        for name, added in changes
        if _tag_ok(name)
    ]
    if ops and owner_trashed:
        ops.append(Operation.new(clock, entity, entity_id, DELETE))
    return ops


def _loads(text: str | None) -> JsonValue:
    if text is None:
        return None
    try:
        value: JsonValue = json.loads(text)
    except ValueError:
        return None
    return value


def setting_ops(
    clock: HlcClock, key: str, old: str | None, new: str | None, bases: Mapping[str, str]
) -> list[Operation]:
    """A setting written (values as stored: JSON text). The safety plan: one op per section."""
    if key not in SYNCED_SETTINGS or new is None:
        return []
    old_value, new_value = _loads(old), _loads(new)
    if key == SAFETY_PLAN.key:
        before = old_value if isinstance(old_value, dict) else {}
        after = new_value if isinstance(new_value, dict) else {}
        return [
            Operation.new(
                clock,
                "safety_plan",
                SAFETY_PLAN_ID,
                section,
                after.get(section),
                _base(bases, section),
            )
            for section in sorted(set(before) | set(after))
            if _FIELD_RE.fullmatch(section) and before.get(section) != after.get(section)
        ]
    if old is not None and old_value == new_value:
        return []
    return [Operation.new(clock, "setting", key, "value", new_value, _base(bases, "value"))]


def snapshot_ops(
    clock: HlcClock, entity: str, entity_id: str, row: Row, tags: list[str]
) -> list[Operation]:
    """What a computer sends first for one existing thing: its create, tags, trash state."""
    table = BY_ENTITY[entity]
    ops = [Operation.new(clock, entity, entity_id, CREATE, dict(synced_fields(table, row)))]
    ops += tag_ops(clock, entity, entity_id, [(t, True) for t in tags], owner_trashed=False)
    if _trashed(table, row):
        ops.append(Operation.new(clock, entity, entity_id, DELETE))
    return ops
