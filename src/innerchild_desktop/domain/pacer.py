"""Breathing pacer maths: the phase is a pure function of elapsed time. No Qt, no clock.

Nothing here counts ticks or chains animations, so nothing can drift: after an hour the
boundaries fall exactly where ``start + k × cycle`` says, even if every timer fires late. The
widget asks ``session.state(now)`` with ``now`` from one monotonic clock, and schedules a single
single-shot timer for ``session.next_boundary(now)``.

A :class:`Session` is an immutable timeline of :class:`Segment` s (a pattern and the clock time its
first breath began); every change returns a new session. Rules chosen for a calm experience:

- **Pause** freezes the picture; **resume** starts again at a fresh in-breath (never mid-exhale).
- **Slower / faster** (a new pattern) takes effect at the end of the breath in progress, so the
  current breath is never cut short or stretched; choosing again before then replaces the choice.
- **Skipping holds** takes effect at once, because someone who finds a hold uncomfortable should
  not have to sit through it: a hold in progress ends now and the next movement begins; an in- or
  out-breath in progress carries on unchanged. Turning holds back on works the same way.
- A session with a **length** ends when the breath in progress is complete, never mid-breath.
  Paused time does not count towards the length.
- The **slowing pacer** glides from one rate to another by integrating the rate, so it is still a
  pure function of time (see :class:`Slowing`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

IN, TOP_UP, HOLD, OUT, REST = "in", "top-up", "hold", "out", "rest"
WORDS = {  # in English; PacerState.word says them in the current language
    IN: QT_TRANSLATE_NOOP("domain.pacer", "Breathe in"),
    TOP_UP: QT_TRANSLATE_NOOP("domain.pacer", "A little more in"),
    HOLD: QT_TRANSLATE_NOOP("domain.pacer", "Hold gently"),
    OUT: QT_TRANSLATE_NOOP("domain.pacer", "Breathe out"),
    REST: QT_TRANSLATE_NOOP("domain.pacer", "Rest"),
}
SESSION_MINUTES = (1, 3, 5, 10)  # or open-ended (length None)
_EPS = 1e-9  # a time this close to a boundary counts as the boundary (float residue only)


def ease(progress: float) -> float:
    """Sine ease-in-out: slow at both ends, like a breath."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))


@dataclass(frozen=True)
class BreathPattern:
    """Seconds per phase, in the usual "4/0/6/0" order: in, hold, out, hold.

    ``top_up`` is the physiological sigh's short second in-breath, after ``inhale``.
    """

    inhale: float
    hold_in: float = 0.0
    exhale: float = 0.0
    hold_out: float = 0.0
    top_up: float = 0.0

    def __post_init__(self) -> None:
        values = (self.inhale, self.hold_in, self.exhale, self.hold_out, self.top_up)
        if not all(math.isfinite(v) and v >= 0 for v in values):
            raise ValueError("Breath phases are lengths in seconds, zero or more.")
        if self.inhale <= 0 or self.exhale <= 0:
            raise ValueError("A breath needs an in-breath and an out-breath.")

    @classmethod
    def equal(cls, bpm: float) -> BreathPattern:
        """Equal in and out at ``bpm`` breaths a minute (coherent breathing, simple pacer)."""
        return cls(inhale=30.0 / bpm, exhale=30.0 / bpm)

    @property
    def has_holds(self) -> bool:
        return self.hold_in > 0 or self.hold_out > 0

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

    def offset_of(self, phase: str, skip_holds: bool = False) -> float:
        """Seconds from the start of a breath to the start of ``phase``."""
        offset = 0.0
        for name, seconds in self.phases(skip_holds):
            if name == phase:
                return offset
            offset += seconds
        raise ValueError(f"This pattern has no {phase!r} phase.")

    def scaled(self, factor: float) -> BreathPattern:
        """Same shape, every phase ``factor`` times as long (slower > 1 > faster)."""
        return BreathPattern(
            self.inhale * factor,
            self.hold_in * factor,
            self.exhale * factor,
            self.hold_out * factor,
            self.top_up * factor,
        )


@dataclass(frozen=True)
class PacerState:
    phase: str
    progress: float  # 0..1 through the phase
    seconds_left: int  # countdown shown to the user: never 0 while a phase is running
    cycle: int  # breaths completed in the current segment
    scale: float  # 0 (empty) .. 1 (full), eased
    phase_start: float  # clock time the phase began (0 = first breath for state_at)
    phase_end: float  # clock time the phase ends: the next boundary
    paused: bool = False

    @property
    def word(self) -> str:
        return translate("domain.pacer", WORDS[self.phase])

    def shifted(self, offset: float) -> PacerState:
        return replace(
            self, phase_start=self.phase_start + offset, phase_end=self.phase_end + offset
        )


def _scale(phase: str, progress: float, pattern: BreathPattern) -> float:
    top = pattern.inhale / (pattern.inhale + pattern.top_up)
    if phase == IN:
        return top * ease(progress)
    if phase == TOP_UP:
        return top + (1 - top) * ease(progress)
    if phase == HOLD:
        return 1.0
    if phase == OUT:
        return 1.0 - ease(progress)
    return 0.0


def _countdown(end: float, t: float) -> int:
    return max(1, math.ceil(end - t - _EPS))


def state_at(pattern: BreathPattern, t: float, skip_holds: bool = False) -> PacerState:
    """Where a breathing that began at t=0 is after ``t`` seconds.

    Times come from ``breath × cycle + offset``, never from summing earlier phases, so float
    error cannot accumulate; a ``t`` within a nanosecond of a boundary counts as past it, so
    ``phase_end`` is always strictly later than ``t``.
    """
    t = max(t, 0.0)
    cycle_length = pattern.cycle(skip_holds)
    breath = math.floor(t / cycle_length + _EPS)
    base = breath * cycle_length
    offset = 0.0
    for name, seconds in pattern.phases(skip_holds):
        start, end = base + offset, base + offset + seconds
        if t < end - _EPS:
            progress = min(max((t - start) / seconds, 0.0), 1.0)
            scale = _scale(name, progress, pattern)
            return PacerState(name, progress, _countdown(end, t), breath, scale, start, end)
        offset += seconds
    # Float residue put t a hair past the breath's computed end: it is the next breath's start.
    return state_at(pattern, (breath + 1) * cycle_length + _EPS, skip_holds)


@dataclass(frozen=True)
class Slowing:
    """An equal in/out pacer whose rate glides from ``start_bpm`` to ``end_bpm``.

    The breath count is the integral of the rate, so the phase stays a pure function of time:
    n(t) = r0·t/60 + (r1 − r0)·t²/(120·T) while gliding (T = ``over`` seconds), then linear.
    """

    start_bpm: float
    end_bpm: float
    over: float

    def __post_init__(self) -> None:
        if not (self.start_bpm > 0 and self.end_bpm > 0 and self.over > 0):
            raise ValueError("Breathing rates and the glide time must be more than zero.")

    def breaths(self, t: float) -> float:
        t = max(t, 0.0)
        if t <= self.over:
            glide = (self.end_bpm - self.start_bpm) * t * t / (120 * self.over)
            return self.start_bpm * t / 60 + glide
        return self.breaths(self.over) + self.end_bpm * (t - self.over) / 60

    def time_of(self, breaths: float) -> float:
        """Inverse of :meth:`breaths`: when the count reaches ``breaths``."""
        at_end = self.breaths(self.over)
        if breaths >= at_end:
            return self.over + (breaths - at_end) * 60 / self.end_bpm
        a = (self.end_bpm - self.start_bpm) / (120 * self.over)
        b = self.start_bpm / 60
        if abs(a) < 1e-12:
            return breaths / b
        # The numerically stable root of a·t² + b·t − n = 0 (no cancellation when a is tiny).
        return 2 * breaths / (b + math.sqrt(b * b + 4 * a * breaths))

    def rate_at(self, t: float) -> float:
        if t >= self.over:
            return self.end_bpm
        return self.start_bpm + (self.end_bpm - self.start_bpm) * max(t, 0.0) / self.over

    def state_at(self, t: float) -> PacerState:
        halves = math.floor(2 * self.breaths(t) + _EPS)
        start, end = self.time_of(halves / 2), self.time_of((halves + 1) / 2)
        phase = IN if halves % 2 == 0 else OUT
        progress = min(max((t - start) / (end - start), 0.0), 1.0)
        scale = ease(progress) if phase == IN else 1 - ease(progress)
        return PacerState(phase, progress, _countdown(end, t), halves // 2, scale, start, end)

    def breath_end_after(self, t: float) -> float:
        """End of the breath in progress at ``t`` (``t`` itself if a breath starts there)."""
        return self.time_of(math.ceil(self.breaths(t) - _EPS))


Pattern = BreathPattern | Slowing


@dataclass(frozen=True)
class Segment:
    """A stretch of breathing with one pattern whose first breath began at clock ``start``."""

    start: float
    pattern: Pattern
    skip_holds: bool = False

    def state(self, now: float) -> PacerState:
        t = now - self.start
        if isinstance(self.pattern, Slowing):
            return self.pattern.state_at(t).shifted(self.start)
        return state_at(self.pattern, t, self.skip_holds).shifted(self.start)

    def breath_end_after(self, now: float) -> float:
        """Clock time the breath in progress ends (``now`` if a breath begins exactly then)."""
        t = max(now - self.start, 0.0)
        if isinstance(self.pattern, Slowing):
            return self.start + self.pattern.breath_end_after(t)
        cycle = self.pattern.cycle(self.skip_holds)
        return self.start + math.ceil(t / cycle - _EPS) * cycle


@dataclass(frozen=True)
class Session:
    """One exercise run: a timeline of segments, pauses and an optional length (seconds)."""

    segments: tuple[Segment, ...]
    started: float
    length: float | None = None  # seconds of breathing wanted; None = open-ended
    paused_at: float | None = None
    paused_total: float = 0.0

    @classmethod
    def begin(
        cls, pattern: Pattern, now: float, *, length: float | None = None, skip_holds: bool = False
    ) -> Session:
        return cls((Segment(now, pattern, skip_holds),), now, length)

    @property
    def pattern(self) -> Pattern:
        """The pattern most recently chosen (it may start at the end of this breath)."""
        return self.segments[-1].pattern

    @property
    def skip_holds(self) -> bool:
        return self.segments[-1].skip_holds

    @property
    def is_paused(self) -> bool:
        return self.paused_at is not None

    def _segment(self, now: float) -> Segment:
        current = self.segments[0]
        for segment in self.segments:
            if segment.start <= now + _EPS:
                current = segment
        return current

    def _keep_until(self, now: float) -> tuple[Segment, ...]:
        """Segments already begun; a change not yet in effect is dropped (replaced)."""
        return tuple(s for s in self.segments if s.start <= now + _EPS)

    def state(self, now: float) -> PacerState | None:
        """The picture at ``now``; None once the session has ended."""
        if self.ended(now):
            return None
        if self.paused_at is not None:
            return replace(self._segment(self.paused_at).state(self.paused_at), paused=True)
        return self._segment(now).state(now)

    def breathing_time(self, now: float) -> float:
        """Seconds spent breathing so far, pauses left out."""
        paused_now = (now - self.paused_at) if self.paused_at is not None else 0.0
        return now - self.started - self.paused_total - paused_now

    def end_time(self) -> float | None:
        """When a timed session ends: the end of the breath in progress when time is up."""
        if self.length is None or self.paused_at is not None:
            return None
        due = self.started + self.paused_total + self.length
        return self._segment(due).breath_end_after(due)

    def ended(self, now: float) -> bool:
        end = self.end_time()
        return end is not None and now >= end - _EPS

    def next_boundary(self, now: float) -> float | None:
        """Clock time of the next change on screen (phase, pattern or end); None if none."""
        state = self.state(now)
        if state is None or self.paused_at is not None:
            return None
        candidates = [state.phase_end]
        candidates += [s.start for s in self.segments if s.start > now + _EPS]
        end = self.end_time()
        if end is not None:
            candidates.append(end)
        return min(candidates)

    def paused(self, now: float) -> Session:
        if self.paused_at is not None or self.ended(now):
            return self
        return replace(self, paused_at=now)

    def resumed(self, now: float) -> Session:
        """Carry on from a fresh in-breath, with the pattern most recently chosen."""
        if self.paused_at is None:
            return self
        latest = self.segments[-1]
        kept = self._keep_until(self.paused_at)
        return replace(
            self,
            segments=(*kept, replace(latest, start=now)),
            paused_at=None,
            paused_total=self.paused_total + now - self.paused_at,
        )

    def change_at(self, now: float) -> float:
        """When a new pattern chosen at ``now`` would take effect (end of this breath)."""
        if self.paused_at is not None:
            return now
        return self._segment(now).breath_end_after(now)

    def with_pattern(self, now: float, pattern: Pattern) -> Session:
        """Slower / faster: the new pattern starts at the end of the breath in progress."""
        at = self.change_at(now)
        segment = Segment(at, pattern, self.skip_holds)
        return replace(self, segments=(*self._keep_until(now), segment))

    def with_skip_holds(self, now: float, skip: bool) -> Session:
        """Holds off (or on) at once: a hold in progress ends now; a movement carries on."""
        if skip == self.skip_holds:
            return self
        current = self._segment(now)
        kept = self._keep_until(now)
        pattern = current.pattern
        if isinstance(pattern, Slowing) or self.paused_at is not None:
            return replace(self, segments=(*kept[:-1], replace(kept[-1], skip_holds=skip)))
        state = current.state(now)
        if state.phase == HOLD:  # end the hold: the out-breath begins now
            start = now - pattern.offset_of(OUT, skip)
        elif state.phase == REST:  # end the rest: a fresh in-breath begins now
            start = now
        else:  # keep the movement exactly where it is in the new pattern
            start = state.phase_start - pattern.offset_of(state.phase, skip)
        realigned = Segment(start, pattern, skip)
        pending = [s for s in self.segments if s.start > now + _EPS]
        if pending:  # a slower/faster choice still waiting: keep it, at the new breath end
            later = Segment(realigned.breath_end_after(now), pending[-1].pattern, skip)
            return replace(self, segments=(*kept, realigned, later))
        return replace(self, segments=(*kept, realigned))


TAP_LIMITS = (1.5, 15.0)  # a tap sooner or later than this is read as a breath of this length


@dataclass(frozen=True)
class TapFollower:
    """ "Just my own breath": the picture follows the person's taps instead of leading them.

    Each tap starts the other half of a breath (in, then out, then in…). The circle takes as long
    to grow or shrink as the same half took last time, so it settles into the person's own pace;
    nothing counts, nothing cues, and an irregular breath is simply followed.
    """

    phase: str = OUT
    started: float | None = None
    seconds: tuple[float, float] = (4.0, 6.0)  # the last in- and out-breath

    def tap(self, now: float) -> TapFollower:
        seconds = self.seconds
        if self.started is not None:
            took = min(max(now - self.started, TAP_LIMITS[0]), TAP_LIMITS[1])
            seconds = (took, seconds[1]) if self.phase == IN else (seconds[0], took)
        return TapFollower(IN if self.phase == OUT else OUT, now, seconds)

    def scale(self, now: float) -> float:
        """0 (empty) .. 1 (full): grows through an in-breath, shrinks through an out-breath."""
        if self.started is None:
            return 0.0
        length = self.seconds[0] if self.phase == IN else self.seconds[1]
        progress = ease((now - self.started) / length)
        return progress if self.phase == IN else 1.0 - progress
