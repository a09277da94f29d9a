"""One row per guided program on the Prompts screen: where the person is, and what they can do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.prompt_programs import (
    ProgramProgress,
    current_position,
    mark_done,
    pause,
    restart,
    resume,
    start_program,
)
from innerchild_desktop.domain.prompts import Program, ProgramStep
from innerchild_desktop.ui.prompts.step_view import WRITE_BUTTON
from innerchild_desktop.ui.widgets import button, label

Act = Callable[[Program, str], None]  # (program, "start" | "done" | "pause" | "restart")
# The current step's content (ui/prompts/step_view), given the step and its "done" action.
Content = Callable[[ProgramStep, Callable[[], None]], QWidget]


def program_row(
    program: Program,
    progress: ProgramProgress | None,
    today: date,
    act: Act,
    content: Content | None = None,
) -> QWidget:
    """The program's name and place ("step 2 of 8, whenever you're ready") and its buttons;
    with ``content``, the current step's content under them (with "Mark this step done")."""
    holder = QWidget()
    holder.setAccessibleName(program.name)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    column.addLayout(row)
    if progress is None:
        action = button(
            translate("prompts.programs", "Begin"),
            description=translate("prompts.programs", "Start {program}").format(
                program=program.name
            ),
        )
        action.clicked.connect(lambda _=False: act(program, "start"))
        about = label(f"{program.name}: {program.description}")
        about.setProperty("content", True)  # the program's own words (library or pack)
        row.addWidget(about, 1)
        row.addWidget(action)
        return holder
    at = current_position(program, progress, today)
    if at.step is None:
        text = translate(
            "prompts.programs", "{program}: every step done. Well done for staying with it."
        ).format(program=program.name)
    else:
        where = (
            translate(
                "prompts.programs",
                "{program}: paused · step {number} of {total}, {step}, whenever you're ready",
            )
            if at.paused
            else translate(
                "prompts.programs",
                "{program}: step {number} of {total}, {step}, whenever you're ready",
            )
        )
        text = where.format(
            program=program.name, number=at.number, total=at.total, step=at.step.title
        )
    row.addWidget(label(text), 1)
    for verb, name in (
        ("done", translate("prompts.programs", "Mark this step done")),
        (
            "pause",
            translate("prompts.programs", "Resume")
            if at.paused
            else translate("prompts.programs", "Pause"),
        ),
        ("restart", translate("prompts.programs", "Start again")),
    ):
        if verb == "done" and (at.finished or at.paused or content is not None):
            continue
        action = button(name, description=f"{name}: {program.name}")
        action.clicked.connect(lambda _=False, v=verb: act(program, v))
        row.addWidget(action)
    if content is not None and at.step is not None and not at.paused:
        column.addWidget(content(at.step, lambda: act(program, "done")))
    return holder


def act_on_program(
    program: Program, progress: ProgramProgress | None, verb: str, today: date
) -> ProgramProgress:
    """The progress after one of the row's buttons: start, done, pause (or resume), restart."""
    if verb == "start" or progress is None:
        return start_program(program, today)
    if verb == "done":
        at = current_position(program, progress, today)
        return mark_done(program, progress, at.step.id, today) if at.step else progress
    if verb == "pause":
        return resume(progress) if progress.paused else pause(progress)
    if verb == "restart":
        return restart(program, progress, today)
    raise ValueError(f"unknown program action {verb!r}")


def focus_program(rows: QLayout, program: Program) -> None:
    """After a program's row is rebuilt, focus its first prompt (else its first button)."""
    for index in range(rows.count()):
        item = rows.itemAt(index)
        row = item.widget() if item is not None else None
        if row is not None and row.accessibleName() == program.name:
            buttons = [b for b in row.findChildren(QPushButton) if b.isVisibleTo(row)]
            first = next((b for b in buttons if b.objectName() == WRITE_BUTTON), None)
            if first or buttons:
                (first or buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)
