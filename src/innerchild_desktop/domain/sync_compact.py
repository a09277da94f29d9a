"""Compaction of one computer's own operations (pure: no I/O).

A computer may replace its own old batches with one snapshot (store/sync_snapshots.py). The
snapshot holds only the operations that still decide something under the merge rules
(domain/sync_merge.py), unchanged: never re-stamped, never merged into new operations, so a
computer that applied some of them before sees the very same ids and stamps again.

Every merge rule is a maximum (by stamp, then op id) over a *register*, or a union, so an
operation may go when a later one of the same computer wins every register it takes part in:

- a field (``entity, id, field``): the latest value wins; a ``*create`` map takes part in the
  register of every field it names;
- a tag: the latest add or remove wins. The merge engine keys tags by name, the store by name
  folded as SQLite folds (ASCII letters); the latest of each key is kept, so both agree;
- alive or not: the latest edit (anything but ``*delete`` and ``*seen_conflict``) against the
  latest ``*delete``;
- ``*seen_conflict``: a union of stamps; a notice adding nothing to the later ones goes.

Always kept, whatever came later: every title and body (texts keep their whole history: each is
a revision on the other computers, and the ``base`` links between them tell a sequential edit
from a concurrent one), and the latest ``*create`` with a map (a computer that has not the thing
yet creates it from that one). So for any set of other computers' operations, applying the
compacted list gives the same journal as applying them all (a hypothesis test holds this), and so
does applying it *on top of* any of the dropped operations (a computer that was part-way through).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from innerchild_desktop.domain.sync_merge import TEXT_FIELDS
from innerchild_desktop.domain.sync_ops import (
    CREATE,
    DELETE,
    SEEN_CONFLICT,
    JsonValue,
    Operation,
    tag_name,
)

type _Register = tuple[str, ...]
type _Order = tuple[str, str]  # (stamp text, op id): sorts as (Hlc, op_id) does


def _fold(name: str) -> str:
    """As SQLite's NOCASE (the tags table's collation) folds: ASCII letters only."""
    return "".join(c.lower() if c.isascii() else c for c in name)


def _registers(op: Operation) -> list[_Register]:
    """The last-writer-wins registers ``op`` takes part in."""
    thing = (op.entity, op.entity_id)
    if op.field == DELETE:
        return [(*thing, "delete")]
    if op.field == SEEN_CONFLICT:
        return []
    found: list[_Register] = [(*thing, "edit")]
    if op.field == CREATE:
        initial = cast(dict[str, JsonValue], op.value or {})
        found += [(*thing, "field", name) for name in initial]
        return found
    tag = tag_name(op.field)
    if tag is not None:
        found += [(*thing, "tag", tag), (*thing, "tag-folded", _fold(tag))]
        return found
    found.append((*thing, "field", op.field))
    return found


def _always_kept(op: Operation) -> bool:
    """Texts (version history and the ``base`` line of edits) are never dropped."""
    if op.field == CREATE:
        initial = cast(dict[str, JsonValue], op.value or {})
        return any((op.entity, name) in TEXT_FIELDS for name in initial)
    return (op.entity, op.field) in TEXT_FIELDS


def _unique(ops: Iterable[Operation]) -> list[Operation]:
    """Each operation once (a batch re-sent after a crash repeats them), first place kept."""
    seen: set[str] = set()
    unique = []
    for op in ops:
        if op.op_id not in seen:
            seen.add(op.op_id)
            unique.append(op)
    return unique


def compact(ops: Sequence[Operation]) -> list[Operation]:
    """The operations of ``ops`` that still decide something, in their order (a subsequence).

    ``ops`` are one computer's own operations, in the order it wrote them; the result, applied
    with any other operations, gives the same journal as ``ops`` with them.
    """
    unique = _unique(ops)
    latest: dict[_Register, _Order] = {}
    latest_create: dict[tuple[str, str], _Order] = {}
    for op in unique:
        order = (str(op.hlc), op.op_id)
        for register in _registers(op):
            if register not in latest or order > latest[register]:
                latest[register] = order
        if op.field == CREATE and isinstance(op.value, dict):
            thing = (op.entity, op.entity_id)
            if thing not in latest_create or order > latest_create[thing]:
                latest_create[thing] = order
    keep: set[str] = set()
    for op in unique:
        order = (str(op.hlc), op.op_id)
        if (
            _always_kept(op)
            or any(latest[register] == order for register in _registers(op))
            or latest_create.get((op.entity, op.entity_id)) == order
        ):
            keep.add(op.op_id)
    keep |= _seen_kept(unique)
    return [op for op in unique if op.op_id in keep]


def _seen_kept(ops: list[Operation]) -> set[str]:
    """The ``*seen_conflict`` notices whose union is every notice's: from the latest back, one
    is kept if it adds a stamp (or is a thing's latest, so the thing is still named)."""
    keep: set[str] = set()
    covered: dict[tuple[str, str], set[str]] = {}
    notices = [op for op in ops if op.field == SEEN_CONFLICT]
    for op in sorted(notices, key=lambda o: (o.hlc, o.op_id), reverse=True):
        thing = (op.entity, op.entity_id)
        stamps = {s for s in cast(list[str], op.value)}
        union = covered.get(thing)
        if union is None or not stamps <= union:
            keep.add(op.op_id)
            covered[thing] = (union or set()) | stamps
    return keep
