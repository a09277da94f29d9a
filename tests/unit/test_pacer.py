"""The pacer is a pure function of time: checked with a fake clock, down to zero drift."""

import itertools
import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerchild_desktop.domain.pacer import (
    HOLD,
    IN,
    OUT,
    REST,
    SESSION_MINUTES,
    TOP_UP,
    BreathPattern,
    Session,
    Slowing,
    state_at,
)

EXTENDED_EXHALE = BreathPattern(4, 0, 6, 0)
BOX = BreathPattern(inhale=4, hold_in=4, exhale=4, hold_out=4)
SIGH = BreathPattern(inhale=2, top_up=1, exhale=6)
FOUR_SEVEN_EIGHT = BreathPattern(inhale=4, hold_in=7, exhale=8)
HOUR = 3600.0


def test_phases_and_countdown() -> None:
    assert state_at(EXTENDED_EXHALE, 0).phase == IN
    assert state_at(EXTENDED_EXHALE, 0).seconds_left == 4
    assert state_at(EXTENDED_EXHALE, 3.2).seconds_left == 1
    assert state_at(EXTENDED_EXHALE, 4.0).phase == OUT
    assert state_at(EXTENDED_EXHALE, 4.0).seconds_left == 6
    assert state_at(EXTENDED_EXHALE, 9.999).phase == OUT
    assert state_at(EXTENDED_EXHALE, 10.0).phase == IN
    assert state_at(EXTENDED_EXHALE, 10.0).cycle == 1
    assert [state_at(BOX, t).phase for t in (1, 5, 9, 13)] == [IN, HOLD, OUT, REST]
    assert [state_at(SIGH, t).phase for t in (1, 2.5, 4)] == [IN, TOP_UP, OUT]
    assert state_at(BOX, 5).word == "Hold gently"
    mid = state_at(EXTENDED_EXHALE, 7.0)
    assert (mid.phase_start, mid.phase_end, mid.progress) == (4.0, 10.0, 0.5)


def test_countdown_is_whole_seconds_and_never_zero() -> None:
    counts = [state_at(EXTENDED_EXHALE, 4 + i / 100).seconds_left for i in range(600)]
    assert counts[0] == 6 and counts[-1] == 1 and min(counts) == 1
    assert counts == sorted(counts, reverse=True)


def test_circle_grows_on_in_and_shrinks_on_out() -> None:
    ins = [state_at(EXTENDED_EXHALE, t / 10).scale for t in range(0, 40)]
    outs = [state_at(EXTENDED_EXHALE, 4 + t / 10).scale for t in range(0, 60)]
    assert ins == sorted(ins) and outs == sorted(outs, reverse=True)
    assert ins[0] == 0.0 and outs[0] == pytest.approx(1.0)
    assert state_at(BOX, 6).scale == 1.0 and state_at(BOX, 14).scale == 0.0
    assert state_at(SIGH, 1.999).scale < state_at(SIGH, 2.5).scale < 1.0
    assert state_at(SIGH, 3.0).scale == pytest.approx(1.0)


def test_pattern_basics() -> None:
    assert BOX.cycle() == 16 and BOX.cycle(skip_holds=True) == 8
    assert [state_at(BOX, t, skip_holds=True).phase for t in (1, 5)] == [IN, OUT]
    assert EXTENDED_EXHALE.bpm() == 6.0 and not EXTENDED_EXHALE.has_holds and BOX.has_holds
    assert BreathPattern.equal(6.0) == BreathPattern(inhale=5, exhale=5)
    assert FOUR_SEVEN_EIGHT.offset_of(OUT) == 11 and SIGH.offset_of(OUT) == 3
    assert FOUR_SEVEN_EIGHT.scaled(0.75) == BreathPattern(3, 5.25, 6)
    with pytest.raises(ValueError):
        EXTENDED_EXHALE.offset_of(HOLD)
    for bad in (
        {"inhale": 0, "exhale": 4},
        {"inhale": 4},
        {"inhale": 4, "exhale": -1},
        {"inhale": float("nan"), "exhale": 4},
    ):
        with pytest.raises(ValueError):
            BreathPattern(**bad)


def _exact_boundaries(pattern: BreathPattern, start: float, until: float) -> list[Fraction]:
    """Every phase boundary, from exact rational sums of the phase lengths."""
    phases = [Fraction(seconds) for _, seconds in pattern.phases()]
    cycle = sum(phases)
    result: list[Fraction] = []
    for k in itertools.count():
        for offset in itertools.accumulate(phases):
            boundary = Fraction(start) + k * cycle + offset
            if boundary > until:
                return result
            result.append(boundary)
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    "pattern",
    [
        BreathPattern(5.5, 0, 5.5, 0),
        BreathPattern.equal(5.5),
        BreathPattern.equal(7.0),
        FOUR_SEVEN_EIGHT.scaled(0.75),
        SIGH,
        BOX,
    ],
)
def test_sixty_minutes_without_drift_even_when_timers_fire_late(pattern: BreathPattern) -> None:
    """A fake clock whose single-shot timers fire 0–80 ms late, for an hour: every phase change
    the user sees begins exactly at start + k × cycle + offset (exact rational maths)."""
    start = 12345.678
    late = random.Random(7)
    session = Session.begin(pattern, start)
    now, seen = start, []
    while now < start + HOUR:
        boundary = session.next_boundary(now)
        assert boundary is not None and boundary > now
        now = boundary + late.uniform(0, 0.08)  # the timer wakes up late
        state = session.state(now)
        assert state is not None
        seen.append(state.phase_start)
    exact = _exact_boundaries(pattern, start, start + HOUR + pattern.cycle())[: len(seen)]
    assert len(seen) == len(exact) and seen[-1] >= start + HOUR - pattern.cycle()
    worst = max(abs(Fraction(got) - want) for got, want in zip(seen, exact, strict=True))
    assert worst < Fraction(1, 10**8)  # float rounding only, no accumulation


def test_the_state_depends_on_the_time_only_not_on_the_history_of_calls() -> None:
    times = [random.Random(3).uniform(0, HOUR) for _ in range(200)]
    session = Session.begin(BOX, 0.0)
    forward = [session.state(t) for t in sorted(times)]
    shuffled = sorted(times, key=lambda t: random.Random(t).random())
    backward = {t: session.state(t) for t in shuffled}
    assert forward == [backward[t] for t in sorted(times)]


@given(
    st.tuples(
        st.floats(2, 10), st.sampled_from([0.0, 2.0, 4.5]), st.floats(2, 12), st.floats(0, 4)
    ),
    st.floats(0, 7200, allow_nan=False),
)
def test_next_boundary_is_always_strictly_later(parts: tuple[float, ...], now: float) -> None:
    pattern = BreathPattern(*parts)
    session = Session.begin(pattern, 100.0)
    at = 100.0 + now
    boundary = session.next_boundary(at)
    assert boundary is not None and boundary > at
    assert session.state(boundary).phase_start == pytest.approx(boundary, abs=1e-6)


def test_pause_freezes_and_resume_starts_a_fresh_in_breath() -> None:
    session = Session.begin(EXTENDED_EXHALE, 0.0)
    assert session.state(6.0).phase == OUT
    paused = session.paused(6.0)
    frozen = paused.state(6.0)
    assert frozen.paused and frozen.phase == OUT
    assert paused.state(100.0) == frozen and paused.is_paused
    assert paused.next_boundary(100.0) is None
    assert paused.paused(50.0) is paused  # pausing twice changes nothing
    resumed = paused.resumed(100.0)
    fresh = resumed.state(100.0)
    assert fresh.phase == IN and fresh.progress == 0 and not fresh.paused
    assert resumed.next_boundary(100.0) == 104.0
    assert resumed.breathing_time(110.0) == pytest.approx(16.0)
    assert session.state(6.0).phase == OUT  # the original is unchanged: values, not mutation
    assert resumed.resumed(120.0) is resumed


def test_tempo_change_waits_for_the_breath_in_progress() -> None:
    session = Session.begin(EXTENDED_EXHALE, 0.0)
    slower = session.with_pattern(13.0, EXTENDED_EXHALE.scaled(1.2))
    assert slower.change_at(13.0) == 20.0
    assert slower.state(19.9).phase == OUT  # the current breath is not cut short
    assert slower.next_boundary(19.0) == 20.0
    assert slower.state(20.0).phase == IN and slower.state(20.0).progress == 0
    assert slower.state(20.0 + 4.8).phase == OUT  # 4 s × 1.2
    assert slower.state(20.0 + 12.0).phase == IN  # the slower breath is 12 s
    # Choosing again before the change happens replaces it.
    faster = slower.with_pattern(15.0, EXTENDED_EXHALE.scaled(0.9))
    assert faster.state(20.0 + 3.6).phase == OUT and faster.pattern == EXTENDED_EXHALE.scaled(0.9)
    # At a breath boundary the change is immediate.
    assert session.with_pattern(10.0, BOX).state(10.0 + 5).phase == HOLD


def test_tempo_change_while_paused_applies_at_resume() -> None:
    session = Session.begin(EXTENDED_EXHALE, 0.0).paused(5.0).with_pattern(8.0, BOX)
    assert session.state(9.0).phase == OUT  # still the frozen picture
    resumed = session.resumed(30.0)
    assert [resumed.state(30.0 + t).phase for t in (1, 5, 9, 13)] == [IN, HOLD, OUT, REST]


@pytest.mark.parametrize("minutes", SESSION_MINUTES)
@pytest.mark.parametrize("pattern", [EXTENDED_EXHALE, SIGH, FOUR_SEVEN_EIGHT, BOX])
def test_timed_session_ends_after_the_breath_in_progress(
    minutes: int, pattern: BreathPattern
) -> None:
    session = Session.begin(pattern, 50.0, length=minutes * 60.0)
    end = session.end_time()
    assert end is not None
    breaths = (end - 50.0) / pattern.cycle()
    assert breaths == pytest.approx(round(breaths))  # whole breaths only
    assert minutes * 60.0 <= end - 50.0 < minutes * 60.0 + pattern.cycle()
    assert session.state(end - 0.01) is not None and session.state(end) is None
    assert session.next_boundary(end - 0.01) == end and session.next_boundary(end) is None


def test_timed_session_does_not_count_paused_time() -> None:
    session = Session.begin(EXTENDED_EXHALE, 0.0, length=65.0)
    assert session.end_time() == 70.0
    paused = session.paused(30.0)
    assert paused.end_time() is None and not paused.ended(500.0)
    resumed = paused.resumed(130.0)  # 35 s breathed, 30 s still due from 130, breath ends later
    assert resumed.end_time() == 170.0
    assert Session.begin(EXTENDED_EXHALE, 0.0, length=60.0).end_time() == 60.0
    assert Session.begin(EXTENDED_EXHALE, 0.0).end_time() is None  # open-ended
    assert session.paused(70.0) is session  # an ended session cannot be paused


def test_slowing_pacer_glides_down_monotonically_and_stays_a_function_of_time() -> None:
    slowing = Slowing(start_bpm=7.0, end_bpm=6.0, over=300.0)
    assert slowing.rate_at(0) == 7.0 and slowing.rate_at(150) == 6.5 and slowing.rate_at(900) == 6
    rates = [slowing.rate_at(t) for t in range(0, 600, 5)]
    assert rates == sorted(rates, reverse=True)
    times = [slowing.time_of(n) for n in range(0, 60)]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(b >= a - 1e-9 for a, b in itertools.pairwise(gaps))  # breaths never get quicker
    assert gaps[0] == pytest.approx(60 / 7, rel=0.02) and gaps[-1] == pytest.approx(10.0)
    for n in (0.5, 1, 10, 25.25, 40):
        assert slowing.breaths(slowing.time_of(n)) == pytest.approx(n)
    assert slowing.state_at(0.1).phase == IN
    assert slowing.state_at(slowing.time_of(0.5) + 0.01).phase == OUT
    assert Slowing(6.0, 6.0, 60.0).time_of(3) == pytest.approx(30.0)  # no glide at all
    with pytest.raises(ValueError):
        Slowing(7.0, 0.0, 60.0)


def test_slowing_session_for_an_hour_has_every_half_breath_where_the_integral_says() -> None:
    slowing = Slowing(start_bpm=7.0, end_bpm=6.0, over=600.0)
    session = Session.begin(slowing, 1000.0)
    now, boundaries = 1000.0, []
    while now < 1000.0 + HOUR:
        now = session.next_boundary(now)
        boundaries.append(now)
    for k, boundary in enumerate(boundaries, start=1):
        assert boundary == pytest.approx(1000.0 + slowing.time_of(k / 2), abs=1e-9)
    halves = [b - a for a, b in itertools.pairwise(boundaries)]
    assert all(b >= a - 1e-9 for a, b in itertools.pairwise(halves))
    phases = [session.state(b + 0.001).phase for b in boundaries[:10]]
    assert phases == [OUT, IN] * 5
    timed = Session.begin(slowing, 0.0, length=60.0)
    end = timed.end_time()
    assert end is not None and slowing.breaths(end) == pytest.approx(round(slowing.breaths(end)))


def test_skipping_a_hold_in_progress_ends_it_at_once() -> None:
    session = Session.begin(BOX, 0.0)
    skipped = session.with_skip_holds(5.0, True)  # 1 s into the first hold
    assert skipped.skip_holds and skipped.state(5.0).phase == OUT
    assert skipped.state(5.0).progress == 0 and skipped.next_boundary(5.0) == 9.0
    assert skipped.state(9.5).phase == IN  # no rest either
    resting = session.with_skip_holds(13.0, True)  # in the rest after the out-breath
    assert resting.state(13.0).phase == IN and resting.state(13.0).progress == 0


def test_toggling_holds_never_interrupts_a_movement() -> None:
    session = Session.begin(BOX, 0.0)
    during_in = session.with_skip_holds(2.0, True)
    assert during_in.state(2.0) == session.state(2.0)  # the in-breath carries on unchanged
    assert during_in.state(4.5).phase == OUT  # then straight to the out-breath
    back = during_in.with_skip_holds(6.0, False)  # holds back on, mid out-breath
    assert back.state(6.0).phase == OUT and back.state(6.0).phase_end == pytest.approx(8.0)
    assert back.state(8.5).phase == REST  # the rest after this out-breath is back
    assert back.with_skip_holds(6.0, False) is back
    sigh = Session.begin(SIGH, 0.0).with_skip_holds(2.5, True)
    assert sigh.state(2.5).phase == TOP_UP  # nothing to skip, nothing moves


def test_skipping_holds_keeps_a_pending_tempo_change() -> None:
    session = Session.begin(BOX, 0.0).with_pattern(2.0, BOX.scaled(1.25))
    skipped = session.with_skip_holds(5.0, True)
    assert skipped.state(5.0).phase == OUT
    assert skipped.change_at(5.0) == 9.0  # the shorter breath now ends at 9 s
    assert skipped.state(9.0).phase == IN and skipped.state(9.0 + 5.5).phase == OUT
    assert skipped.pattern == BOX.scaled(1.25) and skipped.skip_holds


def test_skip_holds_on_a_slowing_session_only_records_the_choice() -> None:
    slowing = Slowing(7.0, 6.0, 120.0)
    session = Session.begin(slowing, 0.0).with_skip_holds(3.0, True)
    assert session.skip_holds and session.state(3.0) == Session.begin(slowing, 0.0).state(3.0)


def test_tap_follower_follows_the_persons_own_pace() -> None:
    from innerchild_desktop.domain.pacer import TapFollower

    still = TapFollower()
    assert still.scale(100.0) == 0.0  # nothing happens until the first tap
    breathing = still.tap(0.0)  # an in-breath begins
    assert breathing.phase == IN and breathing.scale(2.0) == pytest.approx(0.5)  # 4 s by default
    breathing = breathing.tap(5.0)  # that in-breath took 5 s; now out
    assert breathing.seconds[0] == 5.0 and breathing.scale(5.0) == pytest.approx(1.0)
    assert breathing.scale(8.0) == pytest.approx(0.5)  # out-breath: 6 s until measured
    breathing = breathing.tap(15.0).tap(15.1)  # a double tap is read as a short, not a 0 s, breath
    assert breathing.seconds == (1.5, 10.0)
    assert breathing.tap(100.0).seconds[1] == 15.0  # a long pause is not a 85 s breath
