"""The merge engine of sync: each rule, clock skew, offline edits, delivery order, convergence."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from innerchild_desktop.domain.sync_merge import (
    EntityView,
    MergeState,
    mass_delete_check,
)
from innerchild_desktop.domain.sync_ops import (
    CREATE,
    DELETE,
    MAX_FORWARD_MS,
    SEEN_CONFLICT,
    HlcClock,
    JsonValue,
    Operation,
)

DAY = 24 * 60 * 60 * 1000
T0 = 1_780_000_000_000  # a Thursday in 2026, in ms


class Computer:
    """One simulated computer: its own wall clock, HLC, replica and everything it knows."""

    def __init__(self, name: str, skew_ms: int = 0) -> None:
        self.name = name
        self.now = T0 + skew_ms
        self.clock = HlcClock(name, now_ms=lambda: self.now)
        self.state = MergeState()
        self.known: list[Operation] = []

    def view(self, entity_id: str, entity: str = "entry") -> EntityView:
        view = self.state.view(entity, entity_id)
        assert view is not None
        return view

    def do(
        self, entity_id: str, field: str, value: JsonValue = None, entity: str = "entry"
    ) -> Operation:
        """A local edit: stamped now, based on the value this computer shows now."""
        self.now += 1000
        view = self.state.view(entity, entity_id)
        base = view.stamps.get(field) if view is not None else None
        op = Operation.new(self.clock, entity, entity_id, field, value, base)
        self.state.apply([op])
        self.known.append(op)
        return op

    def receive(self, ops: list[Operation]) -> None:
        for op in ops:
            self.clock.observe(op.hlc)
        self.state.apply(ops)
        have = {op.op_id for op in self.known}
        for op in ops:
            if op.op_id not in have:
                have.add(op.op_id)
                self.known.append(op)

    def new_ops(self, other: Computer) -> list[Operation]:
        have = {op.op_id for op in other.known}
        return [op for op in self.known if op.op_id not in have]


def exchange(*computers: Computer) -> None:
    for source in computers:
        for target in computers:
            if source is not target:
                target.receive(source.new_ops(target))


# --- fields -------------------------------------------------------------------------------------


def test_last_writer_wins_per_field_in_any_order() -> None:
    a, b = Computer("a"), Computer("b")
    a.do("e1", CREATE, {"title": "one", "mood": "calm"})
    exchange(a, b)
    early = a.do("e1", "mood", "sad")
    b.now += 5000
    late = b.do("e1", "mood", "glad")
    kind = a.do("e1", "kind", "letter")
    assert early.hlc < late.hlc
    for order in ([early, late, kind], [kind, late, early]):
        state = MergeState()
        state.apply(a.known[:1])
        state.apply(order)
        view = state.view("entry", "e1")
        assert view is not None
        assert view.fields == {"title": "one", "mood": "glad", "kind": "letter"}


def test_duplicates_are_ignored_and_change_nothing() -> None:
    a = Computer("a")
    op = a.do("e1", "body", "hello")
    state = MergeState()
    first = state.apply([op, op])
    again = state.apply([op])
    assert first.applied == (op.op_id,) and first.duplicates == 1
    assert first.changed == {("entry", "e1")} and first.appeared == {("entry", "e1")}
    assert again.applied == () and again.duplicates == 1 and again.changed == frozenset()


def test_same_id_with_other_contents_is_refused_whole() -> None:
    a = Computer("a")
    op = a.do("e1", "body", "hello")
    forged = Operation(op.op_id, "entry", "e1", "body", "changed", op.hlc, op.device)
    other = a.do("e2", "body", "fine")
    state = MergeState()
    state.apply([op])
    with pytest.raises(ValueError, match="same id"):
        state.apply([other, forged])
    assert state.view("entry", "e2") is None  # nothing of the refused batch applied


# --- tags ---------------------------------------------------------------------------------------


def test_tags_are_a_last_writer_wins_set() -> None:
    a, b = Computer("a"), Computer("b")
    ops = [
        a.do("e1", "tag:+sad"),
        a.do("e1", "tag:+home"),
        a.do("e1", "tag:-sad"),
        a.do("e1", "tag:+sad"),  # re-added after the remove: present
        a.do("e1", "tag:-home"),
    ]
    for order in (ops, ops[::-1], [ops[2], ops[4], ops[0], ops[3], ops[1]]):
        state = MergeState()
        state.apply(order)
        view = state.view("entry", "e1")
        assert view is not None and view.tags == {"sad"}
    # a remove stamped after an add on another computer wins; an add stamped later wins back
    exchange(a, b)
    b.do("e1", "tag:-sad")
    exchange(a, b)
    assert a.view("e1").tags == b.view("e1").tags == frozenset()
    a.do("e1", "tag:+sad")
    exchange(a, b)
    assert a.view("e1").tags == b.view("e1").tags == {"sad"}


# --- deletes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("delivery", ["delete-first", "edit-first"])
def test_edit_stamped_after_a_delete_brings_the_entry_back(delivery: str) -> None:
    a, b = Computer("a"), Computer("b")
    a.do("e1", CREATE, {"title": "t", "body": "old"})
    exchange(a, b)
    delete = a.do("e1", DELETE)
    b.now += 5000  # b edits later, without having seen the delete
    edit = b.do("e1", "body", "new")
    assert edit.hlc > delete.hlc
    state = MergeState()
    state.apply(a.known[:1])
    result_1 = state.apply([delete] if delivery == "delete-first" else [edit])
    state.apply([edit] if delivery == "delete-first" else [delete])
    view = state.view("entry", "e1")
    assert view is not None and view.alive and view.fields["body"] == "new"
    assert view.fields["title"] == "t"  # the whole entry comes back
    if delivery == "delete-first":
        assert result_1.deleted == {("entry", "e1")}


@pytest.mark.parametrize("delivery", ["delete-first", "edit-first"])
def test_edit_stamped_before_a_delete_stays_deleted(delivery: str) -> None:
    a, b = Computer("a"), Computer("b")
    a.do("e1", CREATE, {"title": "t", "body": "old"})
    exchange(a, b)
    edit = b.do("e1", "body", "edited")
    a.now += 5000
    delete = a.do("e1", DELETE)
    assert delete.hlc > edit.hlc
    state = MergeState()
    state.apply(a.known[:1])
    order = [delete, edit] if delivery == "delete-first" else [edit, delete]
    for op in order:
        state.apply([op])
    view = state.view("entry", "e1")
    assert view is not None and not view.alive
    assert view.fields["body"] == "edited"  # kept under the tombstone (trash), not lost


def test_result_names_what_appeared_and_what_was_deleted() -> None:
    a = Computer("a")
    create = a.do("e1", CREATE, {"body": "x"})
    delete = a.do("e1", DELETE)
    state = MergeState()
    r1 = state.apply([create])
    r2 = state.apply([delete])
    assert r1.appeared == {("entry", "e1")} and r1.deleted == frozenset()
    assert r2.deleted == {("entry", "e1")} and r2.changed == {("entry", "e1")}
    assert state.live_count("entry") == 0


# --- texts: revisions and concurrent edits --------------------------------------------------------


def test_sequential_saves_keep_every_text_as_a_revision_without_a_flag() -> None:
    a, b = Computer("a"), Computer("b")
    a.do("e1", "body", "first")
    a.do("e1", "body", "second")
    exchange(a, b)
    b.do("e1", "body", "third")  # b had seen "second"
    exchange(a, b)
    for c in (a, b):
        view = c.view("e1")
        assert view.fields["body"] == "third"
        assert [r.text for r in view.revisions] == ["first", "second"]
        assert not any(r.concurrent for r in view.revisions)
        assert not view.edited_on_two_computers


def test_two_computers_editing_the_same_entry_offline() -> None:
    a, b = Computer("a"), Computer("b")
    a.do("e1", CREATE, {"title": "Letter", "body": "start"})
    exchange(a, b)
    a.do("e1", "body", "written at home")
    b.now += 3000
    b.do("e1", "body", "written at work")  # later stamp: the winner
    b.do("e1", "title", "Letter to me")
    exchange(a, b)
    for c in (a, b):
        view = c.view("e1")
        assert view.fields["body"] == "written at work"
        assert view.fields["title"] == "Letter to me"
        texts = {(r.field, r.text, r.device, r.concurrent) for r in view.revisions}
        assert texts == {
            ("body", "start", "a", False),
            ("body", "written at home", "a", True),
            ("title", "Letter", "a", False),
        }
        assert view.edited_on_two_computers
    assert a.view("e1") == b.view("e1")
    # A further edit does not clear the flag; seeing it does, on every computer.
    b.do("e1", "body", "merged by hand")
    exchange(a, b)
    assert a.view("e1").edited_on_two_computers
    a.do("e1", SEEN_CONFLICT, a.view("e1").seen_value())
    exchange(a, b)
    assert not a.view("e1").edited_on_two_computers
    assert not b.view("e1").edited_on_two_computers
    # Still nothing lost: the loser remains a revision.
    assert "written at home" in [r.text for r in b.view("e1").revisions]


def test_a_new_concurrent_edit_raises_the_flag_again_after_it_was_seen() -> None:
    a, b, c = Computer("a"), Computer("b"), Computer("c")
    a.do("e1", "body", "start")
    exchange(a, b, c)
    a.do("e1", "body", "a's")
    b.do("e1", "body", "b's")
    exchange(a, b)
    a.do("e1", SEEN_CONFLICT, a.view("e1").seen_value())
    exchange(a, b)
    assert not b.view("e1").edited_on_two_computers
    c.now -= 500_000  # c was offline, with a slower clock: its edit sorts before the others
    late_comer = c.do("e1", "body", "c's")
    a.receive([late_comer])
    view = a.view("e1")
    assert view.edited_on_two_computers and view.unseen_conflicts == (late_comer.hlc,)


def test_the_result_reports_a_new_conflict() -> None:
    a, b = Computer("a"), Computer("b")
    a.do("e1", "body", "start")
    exchange(a, b)
    a.do("e1", "body", "one")
    mine = b.do("e1", "body", "two")
    state = MergeState()
    state.apply(a.known)
    result = state.apply([mine])
    assert result.new_conflicts == {("entry", "e1")}


def test_a_text_whose_base_is_still_on_its_way_is_flagged_only_until_it_arrives() -> None:
    a = Computer("a")
    first = a.do("e1", "body", "one")
    second = a.do("e1", "body", "two")
    third = a.do("e1", "body", "three")
    state = MergeState()
    state.apply([first, third])  # "two" is still on its way
    view = state.view("entry", "e1")
    assert view is not None and view.edited_on_two_computers
    state.apply([second])
    view = state.view("entry", "e1")
    assert view is not None and not view.edited_on_two_computers
    assert [r.text for r in view.revisions] == ["one", "two"]


def test_an_older_write_to_a_plain_field_changes_nothing_visible() -> None:
    a, b = Computer("a"), Computer("b")
    old = a.do("e1", "mood", "sad")
    b.now += 10_000
    new = b.do("e1", "mood", "glad")
    state = MergeState()
    state.apply([new])
    result = state.apply([old])
    assert result.applied == (old.op_id,) and result.changed == frozenset()


# --- clock skew ---------------------------------------------------------------------------------


@pytest.mark.parametrize("skew", [DAY - 60_000, -DAY])  # a day (a minute under the bound ahead)
def test_clock_skew_of_a_day_either_way_keeps_the_later_edit_current(skew: int) -> None:
    a, b = Computer("a", skew_ms=skew), Computer("b")
    a.do("e1", "body", "from a")
    exchange(a, b)
    reply = b.do("e1", "body", "from b, after reading a")  # b saw a's: b's is causally later
    exchange(a, b)
    assert reply.hlc > a.known[0].hlc
    for c in (a, b):
        view = c.view("e1")
        assert view.fields["body"] == "from b, after reading a"
        assert not view.edited_on_two_computers
    again = a.do("e1", "body", "a answers")  # and a, a day off, still writes after b
    exchange(a, b)
    assert again.hlc > reply.hlc and b.view("e1").fields["body"] == "a answers"


def test_a_clock_far_ahead_cannot_drag_ours_more_than_a_day_and_nothing_is_lost() -> None:
    a, b = Computer("a", skew_ms=10 * DAY), Computer("b")
    future = a.do("e1", "body", "from the future")
    b.receive([future])
    assert b.clock.last.wall_ms == b.now + MAX_FORWARD_MS
    mine = b.do("e1", "body", "written after reading it")
    assert mine.hlc < future.hlc  # the price of the bound ...
    view = b.view("e1")
    assert view.fields["body"] == "from the future"
    assert [r.text for r in view.revisions] == ["written after reading it"]  # ... nothing lost
    assert view.edited_on_two_computers


# --- the mass-delete guard ------------------------------------------------------------------------


def _journal(n: int) -> Computer:
    a = Computer("a")
    for i in range(n):
        a.do(f"e{i}", CREATE, {"body": f"text {i}"})
    return a


@pytest.mark.parametrize(
    ("entries", "deletes", "needs"),
    [(100, 26, True), (100, 25, False), (20, 20, False), (84, 21, False), (80, 21, True)],
)
def test_mass_delete_check(entries: int, deletes: int, needs: bool) -> None:
    a = _journal(entries)
    b = Computer("b")
    b.receive(a.known)
    batch = [b.do(f"e{i}", DELETE) for i in range(deletes)]
    check = mass_delete_check(a.state, batch)
    assert (check.would_delete, check.live) == (deletes, entries)
    assert check.needs_confirmation is needs


def test_mass_delete_check_counts_only_what_would_really_go() -> None:
    a = _journal(40)
    b = Computer("b")
    b.receive(a.known)
    batch = [b.do(f"e{i}", DELETE) for i in range(30)]
    batch += [b.do(f"e{i}", "body", "back") for i in range(5)]  # edited after: they stay
    a.receive(batch[:3])  # already applied: already counted as gone
    batch += [b.do("memory-1", DELETE, entity="memory")]  # not an entry
    check = mass_delete_check(a.state, batch)
    # 27 deletes not yet applied, of which 2 (e3, e4) lose to a later edit
    assert check.would_delete == 25 and check.live == 37
    assert check.needs_confirmation is True
    assert mass_delete_check(a.state, batch[3:30]).would_delete == 27


# --- convergence: a property test ---------------------------------------------------------------

KINDS = ["create", "title", "body", "body", "tag+", "tag-", "delete", "seen", "sync"]
action = st.tuples(
    st.integers(0, 2),  # which computer
    st.sampled_from(KINDS),
    st.integers(0, 3),  # which entry (or which computer to sync with)
    st.sampled_from(["sad", "home", "hope"]),
    st.integers(0, 5_000),  # ms passing on that computer
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    skews=st.lists(st.integers(-2 * DAY, 2 * DAY), min_size=3, max_size=3),
    actions=st.lists(action, max_size=60),
    rng=st.randoms(use_true_random=False),
)
def test_three_computers_converge_and_lose_no_text(
    skews: list[int], actions: list[tuple[int, str, int, str, int]], rng: random.Random
) -> None:
    computers = [Computer(name, skew) for name, skew in zip("abc", skews, strict=True)]
    written: list[Operation] = []
    for n, (who, kind, which, tag, wait) in enumerate(actions):
        c = computers[who]
        c.now += wait
        entry = f"e{which}"
        if kind == "sync":
            _deliver(rng, c.known, computers[which % 3])
        elif kind == "create":
            written.append(c.do(entry, CREATE, {"title": f"t{n}", "body": f"b{n}"}))
        elif kind in ("title", "body"):
            written.append(c.do(entry, kind, f"{kind}{n}{c.name}"))
        elif kind in ("tag+", "tag-"):
            c.do(entry, f"tag:{kind[-1]}{tag}")
        elif kind == "delete":
            c.do(entry, DELETE)
        elif (view := c.state.view("entry", entry)) is not None and view.unseen_conflicts:
            c.do(entry, SEEN_CONFLICT, view.seen_value())
    everything = [op for c in computers for op in c.known]
    for c in computers:
        _deliver(rng, everything, c)
    first = computers[0].state.views()
    for c in computers[1:]:
        assert c.state.views() == first
    event(f"concurrent text edits: {any(v.edited_on_two_computers for v in first.values())}")
    event(f"something deleted: {any(not v.alive for v in first.values())}")
    for op in written:
        view = first[("entry", op.entity_id)]
        values = op.value if op.field == CREATE else {op.field: op.value}
        assert isinstance(values, dict)
        for name, text in values.items():
            kept = [view.fields.get(name)] + [r.value for r in view.revisions if r.field == name]
            assert text in kept


def _deliver(rng: random.Random, ops: list[Operation], target: Computer) -> None:
    """Send ``ops`` in a random order, some twice, in random chunks."""
    parcel = ops + rng.sample(ops, k=rng.randint(0, len(ops)))
    rng.shuffle(parcel)
    while parcel:
        size = rng.randint(1, len(parcel))
        target.receive(parcel[:size])
        parcel = parcel[size:]
