"""The pacer is a pure function of time: checked with a fake clock, down to zero drift."""

import itertools
from fractions import Fraction

import pytest

from innerchild_desktop.domain.pacer import (
    HOLD,
    IN,
    OUT,
    REST,
    TOP_UP,
    BreathPattern,
    Session,
    Slowing,
    state_at,
)

EXTENDED_EXHALE = BreathPattern(inhale=4, exhale=6)
BOX = BreathPattern(inhale=4, hold_in=4, exhale=4, hold_out=4)
SIGH = BreathPattern(inhale=2, top_up=1, exhale=6)


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


def test_circle_grows_on_in_and_shrinks_on_out() -> None:
    ins = [state_at(EXTENDED_EXHALE, t / 10).scale for t in range(0, 40)]
    outs = [state_at(EXTENDED_EXHALE, 4 + t / 10).scale for t in range(0, 60)]
    assert ins == sorted(ins) and outs == sorted(outs, reverse=True)
    assert state_at(BOX, 6).scale == 1.0 and state_at(BOX, 14).scale == 0.0
    assert state_at(SIGH, 1.999).scale < state_at(SIGH, 2.5).scale < 1.0


def test_skip_holds_removes_them() -> None:
    assert BOX.cycle(skip_holds=True) == 8
    assert [state_at(BOX, t, skip_holds=True).phase for t in (1, 5)] == [IN, OUT]


def test_sixty_minutes_without_drift() -> None:
    """Every phase boundary in an hour falls exactly at k × cycle + offset (exact maths)."""
    pattern = BreathPattern(inhale=5.5, exhale=5.5)
    session = Session(pattern, started=1000.0)
    now = 1000.0
    boundaries = []
    while now < 1000.0 + 3600:
        now = session.next_boundary(now)
        boundaries.append(now)
    half = Fraction(11, 2)
    for k, boundary in enumerate(boundaries, start=1):
        exact = 1000 + k * half
        assert abs(Fraction(boundary) - exact) < Fraction(1, 10**6), k
    assert len(boundaries) == pytest.approx(3600 / 5.5, abs=1)


def test_pause_freezes_and_resume_starts_a_fresh_in_breath() -> None:
    session = Session(EXTENDED_EXHALE, started=0.0)
    assert session.state(6.0).phase == OUT
    session.pause(6.0)
    frozen = session.state(6.0)
    assert session.state(100.0) == frozen
    assert session.next_boundary(100.0) is None
    session.resume(100.0)
    fresh = session.state(100.0)
    assert fresh.phase == IN and fresh.progress == 0
    assert session.next_boundary(100.0) == 104.0
    assert session.breathing_time(110.0) == pytest.approx(16.0)


def test_tempo_change_waits_for_the_breath_in_progress() -> None:
    session = Session(EXTENDED_EXHALE, started=0.0)
    takes_effect = session.change_pattern(13.0, EXTENDED_EXHALE.scaled(1.2))  # slower
    assert takes_effect == 20.0
    assert session.state(19.9).phase == OUT  # the current breath is not cut short
    assert session.state(20.0).phase == IN
    assert session.state(20.0 + 4.8).phase == OUT  # 4 s × 1.2
    assert session.next_boundary(19.0) == 20.0


def test_timed_session_ends_after_the_breath_in_progress() -> None:
    session = Session(BreathPattern(inhale=4, exhale=6), started=0.0, length=65.0)
    assert session.end_time() == 70.0
    assert session.state(69.0) is not None
    assert session.state(70.0) is None and session.ended(70.0)
    exact = Session(EXTENDED_EXHALE, started=0.0, length=60.0)
    assert exact.end_time() == 60.0


def test_slowing_pacer_glides_down_and_stays_a_function_of_time() -> None:
    slowing = Slowing(start_bpm=7.0, end_bpm=6.0, over=300.0)
    assert slowing.rate_at(0) == 7.0 and slowing.rate_at(300) == 6.0
    times = [slowing.time_of(n) for n in range(1, 60)]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(b >= a - 1e-9 for a, b in itertools.pairwise(gaps))  # never speeds up
    assert gaps[0] == pytest.approx(60 / 7, rel=0.02) and gaps[-1] == pytest.approx(10.0)
    for n in (1, 10, 40):
        assert slowing.breaths(slowing.time_of(n)) == pytest.approx(n)
    assert slowing.state_at(0.1).phase == IN
    assert slowing.state_at(slowing.time_of(0.5) + 0.01).phase == OUT
    session = Session(slowing, started=0.0)
    assert session.next_boundary(0.0) == pytest.approx(slowing.time_of(0.5))


def test_skip_holds_toggle_during_a_session() -> None:
    session = Session(BOX, started=0.0)
    at = session.set_skip_holds(5.0, True)
    assert at == 16.0
    assert session.state(16.0 + 5).phase == OUT  # in 4, out 4: no hold any more
