"""The merge engine of sync: operations in, one journal state out (pure: no I/O, no SQL, no Qt).

:class:`MergeState` applies :class:`~innerchild_desktop.domain.sync_ops.Operation` s idempotently
(by ``op_id``) and in any order: every rule below is a maximum, a union or an insert keyed by a
unique stamp, so the state depends only on the *set* of operations applied, never on their order
or on how often each arrived. Three computers that have applied the same operations show the same
journal. The rules:

- **Fields**: last writer wins per (entity, entity_id, field), ordered by (Hlc, op_id).
- **Tags**: a last-writer-wins element set, one register per tag name: the latest ``tag:+NAME`` /
  ``tag:-NAME`` decides. A tag re-added after a remove (by a later stamp) is present. Chosen over
  an observed-remove set because it needs no list of observed adds on every remove and gives the
  same answer for everything but a truly concurrent add and remove, where the later stamp wins.
- **Deletes** are tombstones: a thing is alive iff its latest edit (any operation except
  ``*delete`` and ``*seen_conflict``) is stamped after its latest delete. An edit stamped after a
  delete brings it back, one stamped before does not. Field values survive a tombstone, so what
  comes back is whole.
- **Texts** (``TEXT_FIELDS``: titles and bodies of entries and memories): every value ever applied
  is kept. The latest is current; all others are **revisions** (text, stamp, computer). Each edit
  carries ``base``, the stamp of the value it replaced on its computer. Following ``base`` links
  from the current value gives the texts its writer had seen; a revision outside that chain was
  written concurrently (neither computer had seen the other's) and, until the person has seen it,
  the thing is flagged "edited on two computers". Only the current value's chain matters, so this
  is one pointer per operation instead of a version vector per field.
- **Seen**: ``*seen_conflict`` carries the stamps of the conflicting texts the person has looked at
  (see :meth:`EntityView.seen_value`); they are a grow-only set, and the flag is on while some
  concurrent revision is not in it. A new concurrent edit arriving later turns the flag on again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import cast

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.sync_ops import (
    CREATE,
    DELETE,
    SEEN_CONFLICT,
    TAG_ADD,
    Hlc,
    JsonValue,
    Operation,
    tag_name,
)

type EntityKey = tuple[str, str]  # (entity, entity_id)
type OpKey = tuple[Hlc, str]  # (hlc, op_id): the total order of last-writer-wins

TEXT_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {("entry", "title"), ("entry", "body"), ("memory", "title"), ("memory", "body")}
)
MASS_DELETE_MIN = 20  # a batch deleting more than this many entries ...
MASS_DELETE_FRACTION = 0.25  # ... and more than this share of the live ones waits for the person


@dataclass(frozen=True, slots=True)
class Revision:
    """One value of a text field that is not (or no longer) current."""

    field: str
    value: JsonValue
    hlc: Hlc
    device: str
    concurrent: bool  # written without having seen the current value's line of edits

    @property
    def text(self) -> str:
        return self.value if isinstance(self.value, str) else ""


@dataclass(frozen=True)
class EntityView:
    """What one thing looks like after the merge: what the store writes."""

    entity: str
    entity_id: str
    alive: bool
    fields: Mapping[str, JsonValue]  # read-only: views are cached
    tags: frozenset[str]
    revisions: tuple[Revision, ...]  # oldest first, every field in TEXT_FIELDS
    unseen_conflicts: tuple[Hlc, ...]  # concurrent revisions the person has not seen yet
    stamps: Mapping[str, Hlc]  # field -> stamp of its current value (the `base` of a next edit)

    @property
    def edited_on_two_computers(self) -> bool:
        return bool(self.unseen_conflicts)

    def seen_value(self) -> list[JsonValue]:
        """The value of a ``*seen_conflict`` operation that clears the flag as it is now."""
        return [str(stamp) for stamp in self.unseen_conflicts]


@dataclass(frozen=True)
class MergeResult:
    """What one :meth:`MergeState.apply` changed, for the store applier to write."""

    applied: tuple[str, ...]  # op ids newly applied, in the order given
    duplicates: int  # operations already applied (or repeated in the batch): ignored
    changed: frozenset[EntityKey]  # things whose view differs (rewrite these)
    appeared: frozenset[EntityKey]  # alive now, not before (new or brought back)
    deleted: frozenset[EntityKey]  # alive before, tombstoned now (move to the trash)
    new_conflicts: frozenset[EntityKey]  # flag "edited on two computers" turned on


@dataclass(frozen=True)
class MassDeleteCheck:
    """Whether a batch would delete so many entries that the person should confirm it."""

    would_delete: int
    live: int

    @property
    def needs_confirmation(self) -> bool:
        return (
            self.would_delete > MASS_DELETE_MIN
            and self.would_delete > self.live * MASS_DELETE_FRACTION
        )


@dataclass(frozen=True, slots=True)
class _TextValue:
    value: JsonValue
    key: OpKey
    device: str
    base: Hlc | None


@dataclass
class _Record:
    registers: dict[str, tuple[OpKey, JsonValue]] = field(default_factory=dict)
    texts: dict[str, dict[OpKey, _TextValue]] = field(default_factory=dict)
    by_stamp: dict[str, dict[Hlc, _TextValue]] = field(default_factory=dict)  # for `base` links
    tags: dict[str, tuple[OpKey, bool]] = field(default_factory=dict)
    last_edit: OpKey | None = None
    last_delete: OpKey | None = None
    seen: set[Hlc] = field(default_factory=set)
    view: EntityView | None = None  # cached; dropped whenever an operation lands here


def _later(a: OpKey | None, b: OpKey | None) -> OpKey | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _alive(last_edit: OpKey | None, last_delete: OpKey | None) -> bool:
    return last_edit is not None and (last_delete is None or last_edit > last_delete)


def _is_edit(op: Operation) -> bool:
    return op.field not in (DELETE, SEEN_CONFLICT)


class MergeState:
    """A replica of the synced journal, built only from operations.

    Cost: applying touches only the things named in the batch, but rebuilds each one's view, which
    is linear in its number of text values (about 2 ms per save for an entry with 1,000 earlier
    versions). Views are cached until an operation lands on the thing. Batches of one computer are
    best applied in their order: a text whose ``base`` has not arrived yet shows as concurrent
    (flag on) until it does, then the flag goes away by itself.
    """

    def __init__(self) -> None:
        self._applied: dict[str, Operation] = {}
        self._records: dict[EntityKey, _Record] = {}

    def has_applied(self, op_id: str) -> bool:
        return op_id in self._applied

    def keys(self) -> list[EntityKey]:
        return sorted(self._records)

    def view(self, entity: str, entity_id: str) -> EntityView | None:
        record = self._records.get((entity, entity_id))
        if record is None:
            return None
        if record.view is None:
            record.view = _view(entity, entity_id, record)
        return record.view

    def views(self) -> dict[EntityKey, EntityView]:
        """Every thing any operation touched (the whole state, comparable between replicas)."""
        views = {key: self.view(*key) for key in sorted(self._records)}
        return {key: view for key, view in views.items() if view is not None}

    def live_count(self, entity: str) -> int:
        return sum(
            1
            for (kind, _), rec in self._records.items()
            if kind == entity and _alive(rec.last_edit, rec.last_delete)
        )

    def apply(self, ops: Iterable[Operation]) -> MergeResult:
        """Apply a batch; repeats are ignored. A reused op id with other contents is refused
        (ValueError) before anything of the batch is applied."""
        fresh: dict[str, Operation] = {}
        duplicates = 0
        for op in ops:
            prior = self._applied.get(op.op_id) or fresh.get(op.op_id)
            if prior is None:
                fresh[op.op_id] = op
            elif prior == op:
                duplicates += 1
            else:
                raise ValueError(
                    translate(
                        "domain.sync_merge",
                        "Two different changes arrived under the same id; neither was applied. "
                        "The sync folder may hold a damaged or foreign file.",
                    )
                )
        touched = sorted({(op.entity, op.entity_id) for op in fresh.values()})
        before = {key: self.view(*key) for key in touched}
        for op in fresh.values():
            self._applied[op.op_id] = op
            self._apply_one(op)
        changed, appeared, deleted, conflicts = set(), set(), set(), set()
        for key in touched:
            old, new = before[key], self.view(*key)
            assert new is not None  # touched keys always have a record now
            if old != new:
                changed.add(key)
            was_alive = old is not None and old.alive
            if new.alive and not was_alive:
                appeared.add(key)
            if was_alive and not new.alive:
                deleted.add(key)
            if new.edited_on_two_computers and not (old and old.edited_on_two_computers):
                conflicts.add(key)
        return MergeResult(
            applied=tuple(fresh),
            duplicates=duplicates,
            changed=frozenset(changed),
            appeared=frozenset(appeared),
            deleted=frozenset(deleted),
            new_conflicts=frozenset(conflicts),
        )

    def _apply_one(self, op: Operation) -> None:
        rec = self._records.setdefault((op.entity, op.entity_id), _Record())
        key: OpKey = (op.hlc, op.op_id)
        rec.view = None
        if op.field == DELETE:
            rec.last_delete = _later(rec.last_delete, key)
            return
        if op.field == SEEN_CONFLICT:
            rec.seen.update(Hlc.parse(text) for text in cast(list[str], op.value))
            return
        rec.last_edit = _later(rec.last_edit, key)
        if op.field == CREATE:
            initial = cast(dict[str, JsonValue], op.value or {})
            for name, value in initial.items():
                _set_field(rec, op.entity, name, value, key, op.device, None)
            return
        tag = tag_name(op.field)
        if tag is not None:
            current = rec.tags.get(tag)
            if current is None or key > current[0]:
                rec.tags[tag] = (key, op.field.startswith(TAG_ADD))
            return
        _set_field(rec, op.entity, op.field, op.value, key, op.device, op.base)


def _set_field(
    rec: _Record,
    entity: str,
    name: str,
    value: JsonValue,
    key: OpKey,
    device: str,
    base: Hlc | None,
) -> None:
    current = rec.registers.get(name)
    if current is None or key > current[0]:
        rec.registers[name] = (key, value)
    if (entity, name) in TEXT_FIELDS:
        text = _TextValue(value, key, device, base)
        rec.texts.setdefault(name, {})[key] = text
        by_stamp = rec.by_stamp.setdefault(name, {})
        other = by_stamp.get(key[0])
        if other is None or key > other.key:  # one value per stamp; the highest op id if repeated
            by_stamp[key[0]] = text


def _seen_chain(by_hlc: dict[Hlc, _TextValue], current: _TextValue) -> set[Hlc]:
    """The stamps of the values the current value's writer had seen (its line of edits)."""
    chain: set[Hlc] = set()
    step = current.base
    while step is not None and step not in chain:
        chain.add(step)
        found = by_hlc.get(step)
        step = None if found is None else found.base
    return chain


def _view(entity: str, entity_id: str, rec: _Record) -> EntityView:
    revisions: list[Revision] = []
    for name, values in rec.texts.items():
        current_key = rec.registers[name][0]
        chain = _seen_chain(rec.by_stamp[name], values[current_key])
        for key, text in values.items():
            if key != current_key:
                revisions.append(
                    Revision(name, text.value, key[0], text.device, key[0] not in chain)
                )
    revisions.sort(key=lambda rev: (rev.hlc, rev.field))
    unseen = tuple(rev.hlc for rev in revisions if rev.concurrent and rev.hlc not in rec.seen)
    return EntityView(
        entity=entity,
        entity_id=entity_id,
        alive=_alive(rec.last_edit, rec.last_delete),
        fields=MappingProxyType(
            {name: value for name, (_, value) in sorted(rec.registers.items())}
        ),
        tags=frozenset(tag for tag, (_, present) in rec.tags.items() if present),
        revisions=tuple(revisions),
        unseen_conflicts=unseen,
        stamps=MappingProxyType({name: key[0] for name, (key, _) in sorted(rec.registers.items())}),
    )


def mass_delete_check(state: MergeState, ops: Iterable[Operation]) -> MassDeleteCheck:
    """How many live entries ``ops`` would delete, against how many are live now."""
    edits: dict[str, OpKey] = {}
    deletes: dict[str, OpKey] = {}
    for op in ops:
        if op.entity != "entry" or state.has_applied(op.op_id):
            continue
        target = deletes if op.field == DELETE else edits if _is_edit(op) else None
        if target is not None:
            target[op.entity_id] = cast(OpKey, _later(target.get(op.entity_id), (op.hlc, op.op_id)))
    would_delete = 0
    for entity_id, delete_key in deletes.items():
        rec = state._records.get(("entry", entity_id))
        if rec is None or not _alive(rec.last_edit, rec.last_delete):
            continue
        last_edit = _later(rec.last_edit, edits.get(entity_id))
        if not _alive(last_edit, _later(rec.last_delete, delete_key)):
            would_delete += 1
    return MassDeleteCheck(would_delete=would_delete, live=state.live_count("entry"))
