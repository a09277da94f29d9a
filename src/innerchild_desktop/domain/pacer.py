"""Breathing pacer maths: the phase is a pure function of elapsed time. No Qt, no clock.

Nothing here counts ticks or chains animations, so nothing can drift: after an hour the
boundaries fall exactly where ``k × cycle`` says. The widget asks ``Session.state(now)`` with
``now`` from one monotonic clock, and schedules a single-shot timer for ``next_boundary``.

Rules chosen for a calm experience:
- Pause freezes the picture; resume starts again at a fresh in-breath (never mid-exhale).
- "Slower / faster" (a new pattern) takes effect at the end of the breath in progress, so the
  current breath is never cut short.
- A session with a length ends when the breath in progress is complete, never mid-breath.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

IN, TOP_UP, HOLD, OUT, REST = "in", "top-up", "hold", "out", "rest"
WORDS = {
    IN: "Breathe in",
    TOP_UP: "A little more in",
    HOLD: "Hold gently",
    OUT: "Breathe out",
    REST: "Rest",
}


def ease(progress: float) -> float:
    """Sine ease-in-out: slow at both ends, like a breath."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))


@dataclass(frozen=True)
class BreathPattern:
    inhale: float
    exhale: float
    hold_in: float = 0.0
    hold_out: float = 0.0
    top_up: float = 0.0  # the physiological sigh's short second inhale

    def phases(self, skip_holds: bool = False) -> tuple[tuple[str, float], ...]:
        raw = (
            (IN, self.inhale),
            (TOP_UP, self.top_up),
            (HOLD, 0.0 if skip_holds else self.hold_in),
            (OUT, self.exhale),
            (REST, 0.0 if skip_holds else self.hold_out),
        )
        return tuple((name, seconds) for name, seconds in raw if seconds > 0)

    def cycle(self, skip_holds: bool = False) -> float:
        return sum(seconds for _, seconds in self.phases(skip_holds))

    def bpm(self, skip_holds: bool = False) -> float:
        return 60.0 / self.cycle(skip_holds)

    def scaled(self, factor: float) -> BreathPattern:
        """Same shape, every phase ``factor`` times as long (slower > 1 > faster)."""
        return BreathPattern(
            self.inhale * factor,
            self.exhale * factor,
            self.hold_in * factor,
            self.hold_out * factor,
            self.top_up * factor,
        )


@dataclass(frozen=True)
class PacerState:
    phase: str
    progress: float  # 0..1 through the phase
    seconds_left: int  # countdown shown to the user: never 0 while a phase is running
    cycle: int
    scale: float  # 0 (empty) .. 1 (full), eased
    phase_end: float  # seconds since the segment began at which this phase ends

    @property
    def word(self) -> str:
        return WORDS[self.phase]


def _scale(phase: str, progress: float, pattern: BreathPattern) -> float:
    top = pattern.inhale / (pattern.inhale + pattern.top_up) if pattern.top_up else 1.0
    if phase == IN:
        return top * ease(progress)
    if phase == TOP_UP:
        return top + (1 - top) * ease(progress)
    if phase == HOLD:
        return 1.0
    if phase == OUT:
        return 1.0 - ease(progress)
    return 0.0


def state_at(pattern: BreathPattern, t: float, skip_holds: bool = False) -> PacerState:
    """Where a breath that began at t=0 is after ``t`` seconds."""
    phases = pattern.phases(skip_holds)
    cycle_length = sum(s for _, s in phases)
    cycle, within = divmod(max(t, 0.0), cycle_length)
    start = 0.0
    for name, seconds in phases:
        if within < start + seconds or name == phases[-1][0]:
            progress = (within - start) / seconds
            left = max(1, math.ceil(start + seconds - within - 1e-9))
            end = cycle * cycle_length + start + seconds
            return PacerState(
                name, progress, left, int(cycle), _scale(name, progress, pattern), end
            )
        start += seconds
    raise AssertionError("unreachable: the last phase always matches")


@dataclass(frozen=True)
class Slowing:
    """An equal in/out pacer whose rate glides from ``start_bpm`` to ``end_bpm``.

    Breath count is the integral of the rate, so the phase stays a pure function of time:
    n(t) = r0·t/60 + (r1 − r0)·t²/(120·T) while gliding (T = ``over`` seconds), then linear.
    """

    start_bpm: float
    end_bpm: float
    over: float

    def breaths(self, t: float) -> float:
        t = max(t, 0.0)
        if t <= self.over:
            return self.start_bpm * t / 60 + (self.end_bpm - self.start_bpm) * t * t / (
                120 * self.over
            )
        return self.breaths(self.over) + self.end_bpm * (t - self.over) / 60

    def time_of(self, breaths: float) -> float:
        """Inverse of breaths(): when the count reaches ``breaths``."""
        at_end = self.breaths(self.over)
        if breaths >= at_end:
            return self.over + (breaths - at_end) * 60 / self.end_bpm
        a = (self.end_bpm - self.start_bpm) / (120 * self.over)
        b = self.start_bpm / 60
        if abs(a) < 1e-12:
            return breaths / b
        return (-b + math.sqrt(b * b + 4 * a * breaths)) / (2 * a)

    def rate_at(self, t: float) -> float:
        if t >= self.over:
            return self.end_bpm
        return self.start_bpm + (self.end_bpm - self.start_bpm) * t / self.over

    def state_at(self, t: float) -> PacerState:
        count = self.breaths(t)
        cycle, fraction = divmod(count, 1.0)
        phase = IN if fraction < 0.5 else OUT
        half_start = cycle + (0.0 if phase == IN else 0.5)
        end_time = self.time_of(half_start + 0.5)
        start_time = self.time_of(half_start)
        progress = (t - start_time) / (end_time - start_time) if end_time > start_time else 0.0
        left = max(1, math.ceil(end_time - t - 1e-9))
        scale = ease(progress) if phase == IN else 1 - ease(progress)
        return PacerState(phase, progress, left, int(cycle), scale, end_time)


@dataclass(frozen=True)
class Segment:
    """A stretch of breathing with one pattern, starting (on the session clock) at ``start``."""

    start: float
    pattern: BreathPattern | Slowing
    skip_holds: bool = False


@dataclass
class Session:
    """One exercise run: segments of breathing, pauses, an optional length."""

    pattern: BreathPattern | Slowing
    started: float
    length: float | None = None  # seconds of breathing wanted; None = open-ended
    skip_holds: bool = False
    segments: list[Segment] = field(default_factory=list)
    paused_at: float | None = None
    paused_total: float = 0.0

    def __post_init__(self) -> None:
        if not self.segments:
            self.segments.append(Segment(self.started, self.pattern, self.skip_holds))

    def _segment(self, now: float) -> Segment:
        current = self.segments[0]
        for segment in self.segments:
            if segment.start <= now:
                current = segment
        return current

    def state(self, now: float) -> PacerState | None:
        """The state at ``now``; None once the session has ended."""
        if self.ended(now):
            return None
        at = self.paused_at if self.paused_at is not None else now
        segment = self._segment(at)
        if isinstance(segment.pattern, Slowing):
            return segment.pattern.state_at(at - segment.start)
        return state_at(segment.pattern, at - segment.start, segment.skip_holds)

    def breathing_time(self, now: float) -> float:
        paused_now = (now - self.paused_at) if self.paused_at is not None else 0.0
        return now - self.started - self.paused_total - paused_now

    def _cycle_end_after(self, segment: Segment, now: float) -> float:
        if isinstance(segment.pattern, Slowing):
            count = segment.pattern.breaths(now - segment.start)
            return segment.start + segment.pattern.time_of(math.floor(count) + 1)
        cycle = segment.pattern.cycle(segment.skip_holds)
        done = math.floor((now - segment.start) / cycle + 1e-9)
        return segment.start + (done + 1) * cycle

    def end_time(self) -> float | None:
        """When a timed session ends: the end of the breath in progress when time is up."""
        if self.length is None or self.paused_at is not None:
            return None
        due = self.started + self.paused_total + self.length
        segment = self._segment(due)
        if isinstance(segment.pattern, Slowing):
            count = segment.pattern.breaths(due - segment.start)
            if abs(count - round(count)) < 1e-9:
                return due
        else:
            cycle = segment.pattern.cycle(segment.skip_holds)
            if abs(((due - segment.start) / cycle) - round((due - segment.start) / cycle)) < 1e-9:
                return due
        return self._cycle_end_after(segment, due)

    def ended(self, now: float) -> bool:
        end = self.end_time()
        return end is not None and now >= end - 1e-9

    def next_boundary(self, now: float) -> float | None:
        state = self.state(now)
        if state is None or self.paused_at is not None:
            return None
        segment = self._segment(now)
        boundary = segment.start + state.phase_end
        later = [s.start for s in self.segments if s.start > now]
        if later:
            boundary = min(boundary, later[0])
        end = self.end_time()
        return min(boundary, end) if end is not None else boundary

    def pause(self, now: float) -> None:
        if self.paused_at is None:
            self.paused_at = now

    def resume(self, now: float) -> None:
        """Carry on from a fresh in-breath."""
        if self.paused_at is None:
            return
        self.paused_total += now - self.paused_at
        self.paused_at = None
        current = self._segment(now)
        self.segments = [s for s in self.segments if s.start <= now]
        self.segments.append(replace(current, start=now))

    def change_pattern(self, now: float, pattern: BreathPattern | Slowing) -> float:
        """Switch pattern at the end of the breath in progress; returns when it takes effect."""
        current = self._segment(now)
        at = now if self.paused_at is not None else self._cycle_end_after(current, now)
        self.segments = [s for s in self.segments if s.start <= now]
        self.segments.append(Segment(at, pattern, self.skip_holds))
        self.pattern = pattern
        return at

    def set_skip_holds(self, now: float, skip: bool) -> float:
        self.skip_holds = skip
        current = self._segment(now)
        if isinstance(current.pattern, Slowing):
            return now
        return self.change_pattern(now, current.pattern)
