"""Guided programs: progress moves by steps done, never by the calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_programs import (
    ProgramProgress,
    current_position,
    mark_done,
    mark_not_done,
    pause,
    restart,
    resume,
    start_program,
)
from innerchild_desktop.domain.prompts import Program, PromptLibrary
from innerchild_desktop.services.library import load_library

START = date(2025, 1, 6)


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return load_library()


@pytest.fixture(scope="module")
def eight_weeks(library: PromptLibrary) -> Program:
    program = library.program("meeting-your-inner-child")
    assert program is not None
    return program


@pytest.fixture(scope="module")
def seven_days(library: PromptLibrary) -> Program:
    program = library.program("gentle-start")
    assert program is not None
    return program


def test_a_new_program_starts_at_step_one(eight_weeks: Program) -> None:
    progress = start_program(eight_weeks, START)
    position = current_position(eight_weeks, progress, START)
    assert position.step == eight_weeks.steps[0]
    assert (position.number, position.total, position.done) == (1, 8, 0)
    assert not position.paused and not position.finished and position.suggested_from is None


@pytest.mark.parametrize("later", [1, 13, 60, 400])
def test_missed_days_never_move_or_fail_the_program(seven_days: Program, later: int) -> None:
    progress = mark_done(seven_days, start_program(seven_days, START), "day-1", START)
    position = current_position(seven_days, progress, START + timedelta(days=later))
    assert position.step is not None and position.step.id == "day-2"
    assert position.number == 2 and position.done == 1
    assert position.suggested_from is None  # nothing "overdue" is ever reported


def test_progress_advances_by_completed_steps(eight_weeks: Program) -> None:
    progress = start_program(eight_weeks, START)
    for n, step in enumerate(eight_weeks.steps):
        # the person may be quick or slow; only "done" matters
        day = START + timedelta(days=3 * n)
        assert current_position(eight_weeks, progress, day).step == step
        progress = mark_done(eight_weeks, progress, step.id, day)
    final = current_position(eight_weeks, progress, START + timedelta(days=100))
    assert final.finished and final.done == 8 and final.number == 9


def test_the_cadence_only_suggests_a_pace(eight_weeks: Program, seven_days: Program) -> None:
    weekly = mark_done(eight_weeks, start_program(eight_weeks, START), "week-1", START)
    soon = current_position(eight_weeks, weekly, START + timedelta(days=2))
    assert soon.step is not None and soon.step.id == "week-2"  # available, not locked
    assert soon.suggested_from == START + timedelta(days=7)
    assert current_position(eight_weeks, weekly, START + timedelta(days=7)).suggested_from is None
    daily = mark_done(seven_days, start_program(seven_days, START), "day-1", START)
    assert current_position(seven_days, daily, START).suggested_from == START + timedelta(days=1)


def test_steps_can_be_done_in_any_order_and_twice_is_harmless(eight_weeks: Program) -> None:
    progress = start_program(eight_weeks, START)
    progress = mark_done(eight_weeks, progress, "week-3", START)
    assert mark_done(eight_weeks, progress, "week-3", START) == progress
    position = current_position(eight_weeks, progress, START)
    assert position.step is not None and position.step.id == "week-1" and position.done == 1
    progress = mark_done(eight_weeks, progress, "week-1", START)
    progress = mark_done(eight_weeks, progress, "week-2", START)
    position = current_position(eight_weeks, progress, START)
    assert position.step is not None and position.step.id == "week-4"
    undone = mark_not_done(progress, "week-2")
    position = current_position(eight_weeks, undone, START)
    assert position.step is not None and position.step.id == "week-2"


def test_unknown_step_is_refused_gently(eight_weeks: Program) -> None:
    with pytest.raises(InvalidInput):
        mark_done(eight_weeks, start_program(eight_weeks, START), "week-99", START)


def test_pause_keeps_the_place_and_resume_continues(eight_weeks: Program) -> None:
    progress = mark_done(eight_weeks, start_program(eight_weeks, START), "week-1", START)
    paused = pause(progress)
    months_later = START + timedelta(days=120)
    position = current_position(eight_weeks, paused, months_later)
    assert position.paused and position.step is not None and position.step.id == "week-2"
    resumed = resume(paused)
    assert not resumed.paused and resumed.completed == progress.completed
    position = current_position(eight_weeks, resumed, months_later)
    assert position.step is not None and position.step.id == "week-2"


def test_restart_begins_again_from_the_first_step(eight_weeks: Program) -> None:
    progress = start_program(eight_weeks, START)
    for step in eight_weeks.steps[:5]:
        progress = mark_done(eight_weeks, progress, step.id, START)
    progress = pause(progress)
    again_on = START + timedelta(days=30)
    fresh = restart(eight_weeks, progress, again_on)
    assert fresh == ProgramProgress(eight_weeks.id, again_on)
    position = current_position(eight_weeks, fresh, again_on)
    assert position.step == eight_weeks.steps[0] and position.done == 0 and not position.paused


def test_progress_for_another_program_is_a_bug(eight_weeks: Program, seven_days: Program) -> None:
    with pytest.raises(ValueError):
        current_position(seven_days, start_program(eight_weeks, START), START)
