"""The shared format of sync: clock stamps, the hybrid logical clock, operations as JSON."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerchild_desktop.domain.sync_ops import (
    MAX_FORWARD_MS,
    Hlc,
    HlcClock,
    Operation,
    new_op_id,
)

T0 = 1_780_000_000_000
stamps = st.builds(
    Hlc,
    st.integers(0, 10**13 - 1),
    st.integers(0, 10**6 - 1),
    st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True),
)


@given(stamps, stamps)
def test_stamp_text_sorts_like_the_stamp_and_reads_back(a: Hlc, b: Hlc) -> None:
    assert Hlc.parse(str(a)) == a
    assert (a < b) == (str(a) < str(b))
    assert (a < b) == ((a.wall_ms, a.counter, a.device) < (b.wall_ms, b.counter, b.device))


@pytest.mark.parametrize(
    "text", ["", "1-2-a", "0000000000001-000001-", "0000000000001-000001-ä", 5, None]
)
def test_bad_stamp_text_is_a_sentence(text: object) -> None:
    with pytest.raises(ValueError, match="clock stamp"):
        Hlc.parse(text)


def test_clock_is_monotonic_when_the_wall_clock_stands_still_or_goes_back() -> None:
    now = [T0]
    clock = HlcClock("a", now_ms=lambda: now[0])
    first, second = clock.tick(), clock.tick()
    now[0] -= 60_000  # the wall clock is set back a minute
    third = clock.tick()
    assert first < second < third
    assert (third.wall_ms, third.counter) == (T0, 2)
    restarted = HlcClock("a", now_ms=lambda: now[0], last=clock.last)
    assert restarted.tick() > third


def test_observe_puts_the_next_stamp_after_the_remote_one() -> None:
    now = [T0]
    clock = HlcClock("a", now_ms=lambda: now[0])
    remote = Hlc(T0 + 5_000, 7, "b")
    clock.observe(remote)
    assert clock.tick() > remote
    clock.observe(Hlc(T0 - 5_000, 9, "c"))  # an older stamp changes nothing
    assert clock.last.wall_ms == T0 + 5_000


def test_observe_moves_at_most_a_day_past_the_wall_clock() -> None:
    clock = HlcClock("a", now_ms=lambda: T0)
    clock.observe(Hlc(T0 + 30 * MAX_FORWARD_MS, 0, "b"))
    assert clock.last.wall_ms == T0 + MAX_FORWARD_MS
    assert clock.tick() == Hlc(T0 + MAX_FORWARD_MS, 1, "a")
    exactly = HlcClock("a", now_ms=lambda: T0)
    exactly.observe(Hlc(T0 + MAX_FORWARD_MS, 4, "b"))  # a day ahead: followed fully
    assert exactly.tick() == Hlc(T0 + MAX_FORWARD_MS, 5, "a")


def test_a_million_events_in_one_millisecond_borrow_the_next() -> None:
    clock = HlcClock("a", now_ms=lambda: T0, last=Hlc(T0, 10**6 - 1, "a"))
    assert clock.tick() == Hlc(T0 + 1, 0, "a")


def test_operation_json_round_trip() -> None:
    clock = HlcClock("dev-1", now_ms=lambda: T0)
    base = clock.tick()
    op = Operation.new(clock, "entry", "e-1", "body", "Liebe Grüße\n", base)
    assert Operation.from_json(op.to_json()) == op
    assert Operation.from_json(op.to_json().encode()) == op
    tags = Operation.new(clock, "entry", "e-1", "tag:+inner child")
    create = Operation.new(clock, "memory", "m", "*create", {"title": "x", "emotions": ["a"]})
    for each in (tags, create):
        assert Operation.from_dict(json.loads(each.to_json())) == each
    assert len(new_op_id()) == 32


def _good() -> dict[str, object]:
    clock = HlcClock("a", now_ms=lambda: T0)
    return dict(Operation.new(clock, "entry", "e1", "title", "t").to_dict())


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"v": 2}, "different version"),
        ({"extra": 1}, "missing or unknown"),
        ({"op_id": "XYZ"}, "32 lowercase"),
        ({"entity": "Entry;"}, "kind of thing"),
        ({"entity_id": ""}, "target id"),
        ({"entity_id": "a\nb"}, "target id"),
        ({"field": "body; drop"}, "field"),
        ({"field": "*delete"}, "delete"),
        ({"field": "*create", "value": "x"}, "create"),
        ({"field": "*create", "value": {"Bad Name": 1}}, "create"),
        ({"field": "*seen_conflict", "value": ["nope"]}, "clock stamp"),
        ({"field": "tag:+"}, "tag"),
        ({"field": "tag:-x", "value": 1}, "tag"),
        ({"value": {"a": object()}}, "value"),
        ({"value": float("nan")}, "finite"),
        ({"value": ["ok", "\ud800"]}, "not valid"),
        ({"hlc": "soon"}, "clock stamp"),
        ({"base": "soon"}, "clock stamp"),
        ({"device": "b"}, "differs"),
    ],
)
def test_bad_operations_are_refused_with_a_sentence(change: dict[str, object], words: str) -> None:
    data = _good() | change
    with pytest.raises(ValueError, match=words):
        Operation.from_dict(data)


@pytest.mark.parametrize("text", ["{", '{"v": 1, "value": NaN}', "[]", b"\xff\xfe", '"just text"'])
def test_unreadable_json_is_a_value_error(text: str | bytes) -> None:
    with pytest.raises(ValueError, match="operation"):
        Operation.from_json(text)


def test_deeply_nested_value_is_refused() -> None:
    value: object = "x"
    for _ in range(40):
        value = [value]
    with pytest.raises(ValueError, match="nested"):
        Operation.from_dict(_good() | {"value": value})
