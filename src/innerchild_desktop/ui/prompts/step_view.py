"""What a program's current step offers: its introduction, its prompts and its exercises.

Each prompt is one click to write about (a prompt with a content note shows the note first and
"Show me the prompt"); each exercise is one click to open in the player. "Mark this step done"
sits under them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.prompt_browse import is_veiled, veil
from innerchild_desktop.domain.prompts import ProgramStep, Prompt
from innerchild_desktop.services.prompts import step_exercises
from innerchild_desktop.ui.widgets import button, label

if TYPE_CHECKING:
    from innerchild_desktop.services.prompts import PromptService

WRITE_BUTTON = "write-about-this"  # the object name of a prompt's "Write about this" button


class PromptLine(QWidget):
    """One prompt and "Write about this"; a veiled prompt shows its note until asked."""

    write_requested = Signal(object)  # Prompt

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # pack prompts too
        self.text.setAccessibleName(translate("prompts.step_view", "Prompt"))
        self.reveal = button(
            translate("prompts.step_view", "Show me the prompt"),
            description=translate("prompts.step_view", "Read this prompt now"),
        )
        self.write = button(
            translate("prompts.step_view", "Write about this"),
            description=translate("prompts.step_view", "Open a new entry with this prompt"),
        )
        self.write.setObjectName(WRITE_BUTTON)
        self.reveal.clicked.connect(lambda: self.show_prompt(True))
        self.write.clicked.connect(lambda: self.write_requested.emit(self.prompt))
        row.addWidget(self.text, 1)
        row.addWidget(self.reveal)
        row.addWidget(self.write)
        self.show_prompt(not is_veiled(prompt))

    def show_prompt(self, shown: bool) -> None:
        self.text.setText(self.prompt.text if shown else veil(self.prompt))
        self.text.setProperty("content", shown)  # the prompt's words: the library's (or a pack's)
        self.reveal.setVisible(not shown)
        self.write.setVisible(shown)
        if shown and self.reveal.hasFocus():
            self.write.setFocus(Qt.FocusReason.OtherFocusReason)


def step_content(
    step: ProgramStep,
    prompts: Sequence[Prompt],
    exercises: Sequence[tuple[str, str]],
    *,
    write: Callable[[Prompt], None],
    exercise: Callable[[str], None],
    done: Callable[[], None],
) -> QFrame:
    """The step's introduction, prompts and exercises, with "Mark this step done"."""
    frame = QFrame()
    frame.setProperty("role", "card")
    frame.setAccessibleName(
        translate("prompts.step_view", "This step: {step}").format(step=step.title)
    )
    box = QVBoxLayout(frame)
    box.setContentsMargins(20, 14, 20, 14)
    intro = label(step.intro)
    intro.setTextFormat(Qt.TextFormat.PlainText)  # pack programs too
    intro.setProperty("content", True)  # the program's words (the library's or a pack's)
    intro.setAccessibleName(translate("prompts.step_view", "About this step"))
    box.addWidget(intro)
    if prompts:
        box.addWidget(
            label(translate("prompts.step_view", "To write about, if you like:"), "muted")
        )
        for prompt in prompts:
            line = PromptLine(prompt)
            line.write_requested.connect(write)
            box.addWidget(line)
    if exercises:
        row = QHBoxLayout()
        row.addWidget(
            label(translate("prompts.step_view", "An exercise, if you like:"), "muted", wrap=False)
        )
        for exercise_id, name in exercises:
            action = button(
                translate("prompts.step_view", "Try “{exercise}”").format(exercise=name),
                description=translate("prompts.step_view", "Open the exercise {exercise}").format(
                    exercise=name
                ),
            )
            action.clicked.connect(lambda _=False, e=exercise_id: exercise(e))
            row.addWidget(action)
        row.addStretch(1)
        box.addLayout(row)
    finish = QHBoxLayout()
    finish.addStretch(1)
    mark = button(
        translate("prompts.step_view", "Mark this step done"),
        description=translate("prompts.step_view", "Mark “{step}” done").format(step=step.title),
    )
    mark.clicked.connect(lambda _=False: done())
    finish.addWidget(mark)
    box.addLayout(finish)
    return frame


def content_for(
    prompts: PromptService,
    write: Callable[[Prompt, ProgramStep], None],
    exercise: Callable[[str], None],
) -> Callable[[ProgramStep, Callable[[], None]], QWidget]:
    """What ui/prompts/programs.program_row shows under a program's current step."""

    def build(step: ProgramStep, done: Callable[[], None]) -> QWidget:
        return step_content(
            step,
            prompts.step_prompts(step),
            step_exercises(step),
            write=lambda prompt: write(prompt, step),
            exercise=exercise,
            done=done,
        )

    return build
