"""The self-soothing player: calm, fast, forgiving, offline.

Opens straight into an exercise. Stop is always one action (Esc, the Stop button or closing the
window) and lands on a kind screen. The breathing picture is derived from one monotonic clock
through domain.pacer; a single-shot timer is set for each phase boundary (announcements and
chimes), and a frame timer only repaints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.exercises import Exercise, load_library
from innerchild_desktop.domain.pacer import OUT, Session
from innerchild_desktop.ui.soothe.audio import Chimes, Speech
from innerchild_desktop.ui.soothe.pacer_widget import PacerWidget
from innerchild_desktop.ui.widgets import button, label

FRAME_MS = 33
TEMPO_STEP = 1.1  # slower: every phase 10% longer; faster: 10% shorter


@dataclass
class SessionResult:
    exercise_id: str
    started_at: str
    ended_at: str
    completed: bool
    distress_before: int | None
    distress_after: int | None
    note: str = ""


class RatingRow(QWidget):
    """An optional 0–10 rating, one tap, never required."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(question, "muted", wrap=False))
        self.group = QButtonGroup(self)
        for n in range(11):
            choice = QPushButton(str(n))
            choice.setCheckable(True)
            choice.setProperty("role", "rating")
            choice.setAccessibleName(f"{question} {n}")
            self.group.addButton(choice, n)
            layout.addWidget(choice)
        layout.addStretch(1)
        self.group.idClicked.connect(self._chosen)

    def _chosen(self, value: int) -> None:
        self.value = value


class SoothePlayer(QDialog):
    finished_session = Signal(object)  # SessionResult

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        reduced_motion: bool = False,
        sound: bool = False,
        own_patterns: list[Exercise] | None = None,
        save_pattern: Callable[[Exercise], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Breathe")
        self.setAccessibleName("Soothing exercises")
        self.resize(560, 620)
        self.clock = clock
        base = load_library()
        # The person's own patterns (from the journal, when unlocked) join the shipped ones.
        self.library = replace(base, exercises=base.exercises + tuple(own_patterns or ()))
        self.save_pattern = save_pattern
        self.exercise: Exercise | None = None
        self.session: Session | None = None
        self.step_index = 0
        self.started_at = ""
        self.boundary_errors: list[float] = []  # for the benchmark: fired − scheduled, seconds
        self._scheduled: float | None = None
        self.chimes = Chimes()
        self.speech = Speech()
        self.frame = QTimer(self)
        self.frame.setInterval(FRAME_MS)
        self.frame.timeout.connect(self._tick)
        self.boundary = QTimer(self)
        self.boundary.setSingleShot(True)
        self.boundary.setTimerType(Qt.TimerType.PreciseTimer)
        self.boundary.timeout.connect(self._on_boundary)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_chooser())
        self.pages.addWidget(self._build_breathing())
        self.pages.addWidget(self._build_steps())
        self.pages.addWidget(self._build_stopped())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.reduced.setChecked(reduced_motion)
        self.sound.setChecked(sound)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_pause)
        QShortcut(QKeySequence("+"), self, lambda: self.change_tempo(1 / TEMPO_STEP))
        QShortcut(QKeySequence("-"), self, lambda: self.change_tempo(TEMPO_STEP))

    # --- pages ----------------------------------------------------------------------------------
    def _build_chooser(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label("Choose what feels right", "title"))
        layout.addWidget(label(self.library.breathing_note, "muted"))
        self.choices = QListWidget()
        self.choices.setAccessibleName("Exercises")
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setSpacing(3)
        self.show_holds = QCheckBox("Show patterns with breath holds")
        self.show_holds.setAccessibleName("Show patterns with breath holds")
        self.show_holds.toggled.connect(self._fill_choices)
        self.length = QComboBox()
        self.length.setAccessibleName("How long")
        self.length.addItem("As long as I like", None)
        for minutes in (1, 3, 5, 10):
            self.length.addItem(f"{minutes} minute{'s' if minutes > 1 else ''}", minutes * 60)
        self.reduced = QCheckBox("Less motion (the circle fades instead of moving)")
        self.reduced.setAccessibleName("Reduced motion")
        self.sound = QCheckBox("Soft chimes")
        self.sound.setAccessibleName("Soft chimes")
        self.glide = QCheckBox("Simple pacer: slow down gradually as I go")
        self.glide.setAccessibleName("Slow down gradually")
        self.spoken = QCheckBox("Spoken cues (if this computer can speak)")
        self.spoken.setAccessibleName("Spoken cues")
        self.own_button = button(
            "Make my own pattern…",
            description="A breathing pattern of your own, within the same gentle limits"
            if self.save_pattern is not None
            else "Unlock your journal to keep patterns of your own",
        )
        self.own_button.setEnabled(self.save_pattern is not None)
        self.own_button.clicked.connect(self.make_pattern)
        start = button("Start", role="primary", description="Start the chosen exercise")
        start.clicked.connect(lambda: self.start(self._chosen_id()))
        self.choices.itemActivated.connect(lambda _item: self.start(self._chosen_id()))
        for widget in (
            self.choices,
            self.show_holds,
            self.length,
            self.reduced,
            self.sound,
            self.spoken,
            self.glide,
            self.own_button,
            start,
        ):
            layout.addWidget(widget)
        self._fill_choices()
        return page

    def _fill_choices(self) -> None:
        self.choices.clear()
        self._choice_ids: list[str] = []
        for exercise in self.library.exercises:
            if exercise.opt_in and not self.show_holds.isChecked():
                continue
            self.choices.addItem(f"{exercise.name}\n{exercise.description}")
            self._choice_ids.append(exercise.id)
        self.choices.setCurrentRow(0)

    def make_pattern(self) -> None:
        from innerchild_desktop.ui.soothe.pattern_dialog import PatternDialog

        if self.save_pattern is None:
            return
        self.pattern_dialog = PatternDialog(self)
        self.pattern_dialog.accepted.connect(self._pattern_made)
        self.pattern_dialog.open()

    def _pattern_made(self) -> None:
        import uuid

        from innerchild_desktop.domain.exercises import user_pattern

        dialog = self.pattern_dialog
        pattern = dialog.pattern()
        if pattern is None or self.save_pattern is None:
            return
        exercise = user_pattern(f"own-{uuid.uuid4().hex[:8]}", dialog.name.text(), pattern)
        self.save_pattern(exercise)
        self.library = replace(self.library, exercises=(*self.library.exercises, exercise))
        self._fill_choices()
        self.choices.setCurrentRow(self._choice_ids.index(exercise.id))

    def _chosen_id(self) -> str:
        row = max(self.choices.currentRow(), 0)
        return self._choice_ids[row]

    def _build_breathing(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.breath_title = label("", "subtitle")
        self.breath_intro = label("", "muted")
        self.pacer = PacerWidget()
        self.phase_label = label("", wrap=False)
        self.phase_label.setAccessibleName("Current phase")
        self.before = RatingRow("How strong is it now? (optional)")
        controls = QHBoxLayout()
        self.pause_button = button(
            "Pause", description="Pause; it starts again at an in-breath (Space)"
        )
        slower = button("Slower", description="Make each breath a little longer (−)")
        faster = button("Faster", description="Make each breath a little shorter (+)")
        self.skip_holds = QCheckBox("Skip holds")
        self.skip_holds.setAccessibleName("Skip the holds")
        switch = button("Something else", description="Choose another exercise")
        stop = button("Stop", role="primary", description="Stop now. That's always okay. (Esc)")
        for widget in (self.pause_button, slower, faster, self.skip_holds, switch, stop):
            controls.addWidget(widget)
        self.pause_button.clicked.connect(self.toggle_pause)
        slower.clicked.connect(lambda: self.change_tempo(TEMPO_STEP))
        faster.clicked.connect(lambda: self.change_tempo(1 / TEMPO_STEP))
        self.skip_holds.toggled.connect(self._set_skip_holds)
        switch.clicked.connect(self.switch)
        stop.clicked.connect(self.stop)
        for widget in (self.breath_title, self.breath_intro):
            layout.addWidget(widget)
        layout.addWidget(self.pacer, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.before)
        layout.addLayout(controls)
        return page

    def _build_steps(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.steps_title = label("", "subtitle")
        self.step_text = label("", "title")
        self.step_text.setAccessibleName("Step")
        self.step_count = label("", "muted")
        row = QHBoxLayout()
        self.back_button = button("Back", description="The previous step")
        self.next_button = button(
            "Next", role="primary", description="The next step, whenever you are ready"
        )
        stop = button("Stop", description="Stop now. That's always okay. (Esc)")
        for widget in (self.back_button, self.next_button, stop):
            row.addWidget(widget)
        self.back_button.clicked.connect(lambda: self.show_step(self.step_index - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.step_index + 1))
        stop.clicked.connect(self.stop)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.step_text, 1)
        layout.addWidget(self.step_count)
        layout.addLayout(row)
        return page

    def _build_stopped(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.stopped_title = label("", "title")
        self.stopped_text = label("", "subtitle")
        self.after = RatingRow("How strong is it now? (optional)")
        self.note = QLineEdit()
        self.note.setPlaceholderText("A note for yourself, if you like")
        self.note.setAccessibleName("Note")
        row = QHBoxLayout()
        ground = button("Ground me (eyes open)", role="soothe")
        another = button("Another exercise")
        done = button("Back", role="primary", description="Close the exercises")
        for widget in (ground, another, done):
            row.addWidget(widget)
        ground.clicked.connect(lambda: self._finish_then(lambda: self.start("grounding-54321")))
        another.clicked.connect(lambda: self._finish_then(self.show_chooser))
        done.clicked.connect(lambda: self._finish_then(self.close))
        layout.addWidget(self.stopped_title)
        layout.addWidget(self.stopped_text)
        layout.addStretch(1)
        layout.addWidget(self.after)
        layout.addWidget(self.note)
        layout.addLayout(row)
        return page

    # --- running --------------------------------------------------------------------------------
    def show_chooser(self) -> None:
        self._halt()
        self.pages.setCurrentIndex(0)

    def start(self, exercise_id: str) -> None:
        self._halt()
        self.exercise = self.library.get(exercise_id)
        self.started_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.completed = False
        self.chimes.enable(self.sound.isChecked())
        self.speech.enable(self.spoken.isChecked())
        self.before.group.setExclusive(False)
        for choice in self.before.group.buttons():
            choice.setChecked(False)
        self.before.group.setExclusive(True)
        self.before.value = None
        breathing = self.exercise.breathing
        if breathing is not None:
            glide = breathing.slowing is not None and self.glide.isChecked()
            pattern = breathing.slowing if glide else breathing.pattern
            self.session = Session.begin(
                pattern, self.clock(), length=self.length.currentData(), skip_holds=False
            )
            self.skip_holds.setVisible(breathing.pattern.has_holds)
            self.skip_holds.setChecked(False)
            self.breath_title.setText(self.exercise.name)
            self.breath_intro.setText(f"{self.exercise.intro}\n{self.library.breathing_note}")
            self.pacer.reduced_motion = self.reduced.isChecked()
            self.pause_button.setText("Pause")
            self.pages.setCurrentIndex(1)
            self._tick()
            self.frame.start(FRAME_MS if not self.reduced.isChecked() else 100)
            self._schedule()
        else:
            self.steps_title.setText(f"{self.exercise.name}: {self.exercise.intro}")
            self.pages.setCurrentIndex(2)
            self.show_step(0)

    def _schedule(self) -> None:
        if self.session is None:
            return
        now = self.clock()
        boundary = self.session.next_boundary(now)
        self._scheduled = boundary
        if boundary is None:
            self.boundary.stop()
            return
        self.boundary.start(max(0, round((boundary - now) * 1000)))

    def _on_boundary(self) -> None:
        if self._scheduled is not None:
            self.boundary_errors.append(self.clock() - self._scheduled)
        self._tick()
        state = self.session.state(self.clock()) if self.session else None
        if state is None:
            self.completed = True
            self.chimes.play("end")
            self.show_stopped(finished=True)
            return
        self.chimes.play("out" if state.phase == OUT else "in")
        self.speech.say(state.word)
        QAccessible.updateAccessibility(QAccessibleEvent(self.phase_label, QAccessible.Event.Alert))
        self._schedule()

    def _tick(self) -> None:
        if self.session is None:
            return
        state = self.session.state(self.clock())
        self.pacer.set_state(state)
        text = "Paused" if state and state.paused else (state.word if state else "")
        self.phase_label.setText(text)
        self.phase_label.setAccessibleName(text or "Current phase")

    def toggle_pause(self) -> None:
        if self.session is None or self.pages.currentIndex() != 1:
            return
        now = self.clock()
        if self.session.is_paused:
            self.session = self.session.resumed(now)
            self.pause_button.setText("Pause")
        else:
            self.session = self.session.paused(now)
            self.pause_button.setText("Carry on")
        self._tick()
        self._schedule()

    def change_tempo(self, factor: float) -> None:
        if self.session is None or self.exercise is None or self.exercise.breathing is None:
            return
        current = self.session.pattern
        if not hasattr(current, "scaled"):
            return  # the gliding pacer sets its own pace
        slower = current.scaled(factor)
        from innerchild_desktop.domain.exercises import validate_pattern

        if validate_pattern(slower, long_hold=self.exercise.breathing.long_hold):
            return  # would leave the calm-breathing limits: stay where we are
        self.session = self.session.with_pattern(self.clock(), slower)
        self._schedule()

    def _set_skip_holds(self, skip: bool) -> None:
        if self.session is not None:
            self.session = self.session.with_skip_holds(self.clock(), skip)
            self._tick()
            self._schedule()

    def show_step(self, index: int) -> None:
        if self.exercise is None or not self.exercise.steps:
            return
        steps = self.exercise.steps
        self.step_index = max(0, min(index, len(steps) - 1))
        step = steps[self.step_index]
        self.step_text.setText(step.text)
        self.step_count.setText(f"Step {self.step_index + 1} of {len(steps)}")
        self.back_button.setEnabled(self.step_index > 0)
        last = self.step_index == len(steps) - 1
        self.next_button.setText("Finish" if last else "Next")
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(
            (lambda: self.show_stopped(finished=True))
            if last
            else (lambda: self.show_step(self.step_index + 1))
        )

    def switch(self) -> None:
        self.show_chooser()

    def stop(self) -> None:
        """Always one action, no confirmation."""
        if self.pages.currentIndex() in (1, 2):
            self.show_stopped(finished=False)
        elif self.pages.currentIndex() == 3:
            self._finish_then(self.close)
        else:
            self.close()

    def show_stopped(self, *, finished: bool) -> None:
        self._halt()
        self.completed = finished
        closing = self.exercise.closing if self.exercise else ""
        self.stopped_title.setText("Well done." if finished else "You stopped — that's okay.")
        self.stopped_text.setText(
            closing
            if finished
            else "Stopping is always allowed. If you like, try grounding with "
            "your eyes open, another exercise, or simply go back."
        )
        self.pages.setCurrentIndex(3)

    def _finish_then(self, then: Callable[[], None]) -> None:
        if self.exercise is not None and self.started_at:
            self.finished_session.emit(
                SessionResult(
                    self.exercise.id,
                    self.started_at,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    self.completed,
                    self.before.value,
                    self.after.value,
                    self.note.text().strip(),
                )
            )
            self.started_at = ""
            self.note.clear()
        then()

    def _halt(self) -> None:
        self.frame.stop()
        self.boundary.stop()
        self._scheduled = None

    def closeEvent(self, event: object) -> None:
        if self.pages.currentIndex() in (1, 2, 3) and self.started_at:
            self.completed = self.completed and self.pages.currentIndex() == 3
            self._finish_then(lambda: None)
        self._halt()
        super().closeEvent(event)  # type: ignore[arg-type]
