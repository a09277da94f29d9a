"""Progress through a guided program, as pure values.

A missed day is never a failure. Progress moves on only when the person marks a step done, not
when the calendar turns: the current step is simply the first one not yet done, however long ago
the program was started. The program's cadence (a day or a week) only *suggests* a pace:
:attr:`ProgramPosition.suggested_from` is the earliest day the cadence would bring the next step,
so the UI can say "here whenever you're ready" without ever counting days missed.

Every function returns a new :class:`ProgramProgress`; the store saves it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompts import Cadence, Program, ProgramStep

_PACE = {Cadence.DAY: timedelta(days=1), Cadence.WEEK: timedelta(days=7)}


@dataclass(frozen=True)
class ProgramProgress:
    """Where one person is in one program. ``completed`` holds (step id, day marked done)."""

    program_id: str
    started_on: date
    completed: tuple[tuple[str, date], ...] = ()
    paused: bool = False

    @property
    def completed_ids(self) -> frozenset[str]:
        return frozenset(step_id for step_id, _ in self.completed)


@dataclass(frozen=True)
class ProgramPosition:
    """What to show for a program on a given day. ``step`` is None once every step is done."""

    step: ProgramStep | None
    number: int  # 1-based position of ``step``; total + 1 when finished
    total: int
    done: int
    paused: bool
    suggested_from: date | None  # a gentle pace, never a deadline; None when there is no pace

    @property
    def finished(self) -> bool:
        return self.step is None


def start_program(program: Program, today: date) -> ProgramProgress:
    return ProgramProgress(program.id, today)


def current_position(program: Program, progress: ProgramProgress, today: date) -> ProgramPosition:
    """The first step not yet done, wherever the calendar is; paused programs keep their place."""
    _check(program, progress)
    done_ids = progress.completed_ids
    total = len(program.steps)
    done = sum(1 for s in program.steps if s.id in done_ids)
    index = next((i for i, s in enumerate(program.steps) if s.id not in done_ids), None)
    if index is None:
        return ProgramPosition(None, total + 1, total, done, progress.paused, None)
    last_done = max((day for _, day in progress.completed), default=None)
    suggested = None
    if last_done is not None and last_done + _PACE[program.cadence] > today:
        suggested = last_done + _PACE[program.cadence]  # past that day there is nothing to say
    return ProgramPosition(program.steps[index], index + 1, total, done, progress.paused, suggested)


def mark_done(
    program: Program, progress: ProgramProgress, step_id: str, today: date
) -> ProgramProgress:
    """Mark one step done (any step, in any order); doing it twice changes nothing."""
    _check(program, progress)
    if program.step(step_id) is None:
        raise InvalidInput("That step is not part of this program.")
    if step_id in progress.completed_ids:
        return progress
    return replace(progress, completed=(*progress.completed, (step_id, today)))


def mark_not_done(progress: ProgramProgress, step_id: str) -> ProgramProgress:
    """Undo a "done", e.g. a mis-click; the step becomes current again if it is the first open."""
    kept = tuple(item for item in progress.completed if item[0] != step_id)
    return replace(progress, completed=kept)


def pause(progress: ProgramProgress) -> ProgramProgress:
    return replace(progress, paused=True)


def resume(progress: ProgramProgress) -> ProgramProgress:
    return replace(progress, paused=False)


def restart(program: Program, progress: ProgramProgress, today: date) -> ProgramProgress:
    """Begin again from the first step; the old progress is replaced, not judged."""
    _check(program, progress)
    return start_program(program, today)


def _check(program: Program, progress: ProgramProgress) -> None:
    if progress.program_id != program.id:
        raise ValueError(f"progress for {progress.program_id!r} used with {program.id!r}")
