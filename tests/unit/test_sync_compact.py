"""Compaction of one computer's own operations (issue 17): the pure rule in domain/sync_compact.py.

The property: for any operations of one computer interleaved with other computers', applying
them all and applying (compacted own + others) give the same journal (every view: fields, tags,
alive, revisions, conflicts); so does a computer that had applied a prefix of the own batches
and then gets the compacted operations from later batches only.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerchild_desktop.domain.sync_compact import compact
from innerchild_desktop.domain.sync_merge import MergeState
from innerchild_desktop.domain.sync_ops import (
    CREATE,
    DELETE,
    SEEN_CONFLICT,
    HlcClock,
    JsonValue,
    Operation,
)

T0 = 1_780_000_000_000


def _views(ops: list[Operation]) -> dict[object, object]:
    state = MergeState()
    state.apply(ops)
    return dict(state.views())


class _Clocks:
    def __init__(self) -> None:
        self.now = T0
        self.clocks = {name: HlcClock(name, now_ms=self._now) for name in ("own", "b", "c")}

    def _now(self) -> int:
        return self.now


def test_the_latest_value_per_field_is_kept_and_older_ones_go() -> None:
    clock = HlcClock("own", now_ms=lambda: T0)
    create = Operation.new(clock, "session", "s1", CREATE, {"exercise_id": "x", "minutes": 1})
    minutes = [Operation.new(clock, "session", "s1", "minutes", n) for n in range(2, 6)]
    setting = [Operation.new(clock, "setting", "theme", "value", v) for v in ("a", "b")]
    kept = compact([create, *minutes, *setting])
    # the create stays (the only map, and the latest for exercise_id); only the last minutes
    assert kept == [create, minutes[-1], setting[-1]]


def test_the_latest_create_with_fields_stays_when_every_field_was_set_again() -> None:
    """A computer that has not the thing yet creates it from that one (store/sync_apply.py
    parks edits of a thing that does not exist)."""
    clock = HlcClock("own", now_ms=lambda: T0)
    create = Operation.new(clock, "session", "s1", CREATE, {"note": "a"})
    note = Operation.new(clock, "session", "s1", "note", "b")
    restore = Operation.new(clock, "session", "s1", CREATE, None)
    assert compact([create, note, restore]) == [create, note, restore]


def test_texts_tags_deletes_and_repeats() -> None:
    clock = HlcClock("own", now_ms=lambda: T0)
    ops = [
        Operation.new(clock, "entry", "e", CREATE, {"title": "T", "body": "B"}),
        Operation.new(clock, "entry", "e", "body", "B2"),
        Operation.new(clock, "entry", "e", "tag:+Calm"),
        Operation.new(clock, "entry", "e", "tag:-calm"),
        Operation.new(clock, "entry", "e", DELETE),
        Operation.new(clock, "entry", "e", DELETE),
        Operation.new(clock, "entry", "e", CREATE, None),  # restored
    ]
    kept = compact([*ops, ops[1]])  # a batch re-sent after a crash repeats operations
    ids = [op.op_id for op in kept]
    # texts always; "Calm" (latest of its exact name), "calm" (latest of both keys); last delete
    assert ids == [ops[i].op_id for i in (0, 1, 2, 3, 5, 6)]


def test_seen_notices_keep_their_union() -> None:
    clock = HlcClock("own", now_ms=lambda: T0)
    other = HlcClock("b", now_ms=lambda: T0)
    s1, s2 = str(other.tick()), str(other.tick())
    first = Operation.new(clock, "entry", "e", SEEN_CONFLICT, [s1])
    both = Operation.new(clock, "entry", "e", SEEN_CONFLICT, [s1, s2])
    again = Operation.new(clock, "entry", "e", SEEN_CONFLICT, [s2])
    assert compact([first, both, again]) == [both, again]


# --- the property ---------------------------------------------------------------------------------

_FIELDS = ["title", "body", "mood", "tag:+calm", "tag:-calm", "tag:+Calm", "tag:-play", DELETE]
_FIELDS += [CREATE, "*restore", SEEN_CONFLICT, "setting"]

step = st.tuples(
    st.sampled_from(["own", "own", "own", "b", "c"]),
    st.sampled_from(_FIELDS),
    st.sampled_from(["e1", "e2", "m1"]),
    st.integers(0, 3),  # a value
    st.integers(0, 5),  # how far the wall clock moves (0: counters decide)
    st.booleans(),  # start a new batch of the own computer after this step
)


def _play(
    steps: list[tuple[str, str, str, int, int, bool]],
) -> tuple[list[tuple[int, Operation]], list[Operation]]:
    """Operations from random steps: the own ones with their batch numbers, and the others'.

    Each computer bases a text edit on what it shows (its replica: all operations so far, as if
    delivered at once), so lines of edits and concurrent ones both occur."""
    clocks = _Clocks()
    own: list[tuple[int, Operation]] = []
    others: list[Operation] = []
    seq = 1
    state = MergeState()
    for device, field, entity_id, value, wait, new_batch in steps:
        clocks.now += wait
        clock = clocks.clocks[device]
        entity = "memory" if entity_id.startswith("m") else "entry"
        view = state.view(entity, entity_id)
        payload: JsonValue = None
        name = field
        if field == CREATE:
            payload = {"title": f"t{value}", "kind": "free"} if value % 2 else {"kind": "k"}
        elif field == "*restore":
            name = CREATE
        elif field == SEEN_CONFLICT:
            payload = [str(stamp) for stamp in (view.unseen_conflicts if view else ())][:value]
        elif field in ("title", "body"):
            payload = f"{device}{value}"
        elif field == "mood":
            payload = {"name": "calm", "valence": value / 4}
        if field == "setting":
            op = Operation.new(clock, "setting", "theme", "value", value)
        else:
            base = view.stamps.get(name) if view is not None else None
            op = Operation.new(clock, entity, entity_id, name, payload, base)
        state.apply([op])
        if device == "own":
            own.append((seq, op))
            seq += new_batch
        else:
            others.append(op)
    return own, others


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=40), cut=st.integers(0, 40))
def test_compacted_own_operations_merge_to_the_same_journal(
    steps: list[tuple[str, str, str, int, int, bool]], cut: int
) -> None:
    own, others = _play(steps)
    own_ops = [op for _, op in own]
    everything = _views(own_ops + others)
    kept = compact(own_ops)
    assert set(op.op_id for op in kept) <= {op.op_id for op in own_ops}
    assert _views(kept + others) == everything
    assert _views(others + kept) == everything
    # a computer that had applied the own batches up to ``cut`` gets only the kept operations of
    # later batches (as store/sync_snapshots.py hands them): the same journal again
    first_seq = {}
    for seq, op in own:
        first_seq.setdefault(op.op_id, seq)
    before = [op for seq, op in own if seq <= cut]
    later = [op for op in kept if first_seq[op.op_id] > cut]
    assert _views(before + others + later) == everything
