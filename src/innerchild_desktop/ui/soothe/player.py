"""The self-soothing player: calm, fast, forgiving, offline.

"I feel overwhelmed" opens straight into a calm breathing pattern without holds (:meth:`start_calm`)
with almost nothing on screen: the pacer, one line, Stop (focused, Esc) and Pause (Space); the
rest is there but quiet. Exercises chosen on purpose (:meth:`offer`) show their safety notes and
gentler rhythms first. Stop is always one action and lands on a kind page whose focus is Back.
No rating is ever asked while an exercise runs, and none ever takes the keyboard's focus.

The breathing picture is derived from one monotonic clock through domain.pacer; a single-shot
timer is set for each phase boundary (announcements and chimes), and a frame timer only repaints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.exercises import Exercise, validate_pattern
from innerchild_desktop.domain.i18n import current_language, translate
from innerchild_desktop.domain.pacer import OUT, BreathPattern, PacerState, Session, TapFollower
from innerchild_desktop.services.library import shipped_exercises
from innerchild_desktop.ui.soothe.audio import Chimes, Speech
from innerchild_desktop.ui.soothe.pacer_widget import PacerWidget
from innerchild_desktop.ui.soothe.pages import (
    FAR_AWAY,
    AfterPage,
    IntroPage,
    OwnBreathPage,
    SituationsPage,
    plain,
    quiet_button,
)
from innerchild_desktop.ui.soothe.prefs import SoothePrefs
from innerchild_desktop.ui.widgets import button, label

FRAME_MS = 33
TEMPO_STEP = 1.1  # slower: every phase 10% longer; faster: 10% shorter
CHOOSER, BREATHING, STEPS, AFTER, INTRO, SITUATIONS, OWN = range(7)
GLOW = BreathPattern(6.0, 0.0, 8.0, 0.0)  # "a slow light": no words, no counts


def today_text(today: date) -> str:
    """ "Thursday, 3 December": the day an exercise step names, in the language shown."""
    locale = QLocale(current_language())
    return translate("soothe.player", "{weekday}, {day} {month}").format(
        weekday=locale.dayName(today.isoweekday()),
        day=today.day,
        month=locale.monthName(today.month),
    )


@dataclass
class SessionResult:
    exercise_id: str
    started_at: str
    ended_at: str
    completed: bool
    distress_before: int | None
    distress_after: int | None
    note: str = ""


class SoothePlayer(QDialog):
    finished_session = Signal(object)  # SessionResult
    crisis_lines_requested = Signal()
    comfort_box_requested = Signal()  # from the end page only, after the exercise

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        reduced_motion: bool = False,
        sound: bool = False,
        own_patterns: list[Exercise] | None = None,
        save_pattern: Callable[[Exercise], None] | None = None,
        prefs: SoothePrefs | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("soothe.player", "Breathe"))
        self.setAccessibleName(translate("soothe.player", "Soothing exercises"))
        self.resize(600, 640)
        self.clock = clock
        self.prefs = prefs or SoothePrefs()
        # Whether the end page offers the comfort box (set by the window: unlocked, or locked
        # with cards chosen to show while locked).
        self.comfort_available: Callable[[], bool] = lambda: False
        base = shipped_exercises()
        # The person's own patterns (from the journal, when unlocked) join the shipped ones.
        self.library = replace(base, exercises=base.exercises + tuple(own_patterns or ()))
        self.save_pattern = save_pattern
        self.exercise: Exercise | None = None
        self.variant: str | None = None
        self.session: Session | None = None
        self.calm_mode = False
        self.step_index = 0
        self.started_at = ""
        self.completed = False
        self.distress_before: int | None = None
        self.taps = TapFollower()
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
        for page in (
            self._build_chooser(),
            self._build_breathing(),
            self._build_steps(),
            self._build_after(),
            self._build_intro(),
            self._build_situations(),
            self._build_own_breath(),
        ):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        remembered_motion = self.prefs.flag("reduced_motion", None)
        self.reduced.setChecked(reduced_motion if remembered_motion is None else remembered_motion)
        self.sound.setChecked(bool(self.prefs.flag("sound", sound)))
        self.spoken.setChecked(bool(self.prefs.flag("spoken", False)))
        self.counts.setChecked(bool(self.prefs.flag("counts", False)))
        for name, box in (
            ("reduced_motion", self.reduced),
            ("sound", self.sound),
            ("spoken", self.spoken),
            ("counts", self.counts),
        ):
            box.toggled.connect(lambda on, n=name: self.prefs.set_flag(n, on))
        self.counts.toggled.connect(self._show_counts)
        self._show_counts(self.counts.isChecked())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop)
        # Space pauses (or taps) only where something breathes; elsewhere it presses buttons.
        self.space_key = QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.space)
        QShortcut(QKeySequence("+"), self, lambda: self.change_tempo(1 / TEMPO_STEP))
        QShortcut(QKeySequence("-"), self, lambda: self.change_tempo(TEMPO_STEP))

    # --- pages ----------------------------------------------------------------------------------
    def _build_chooser(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(translate("soothe.player", "All exercises"), "title"))
        layout.addWidget(label(self.library.breathing_note, "muted"))
        self.choices = QListWidget()
        self.choices.setAccessibleName(translate("soothe.player", "Exercises"))
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setSpacing(3)
        holds = translate("soothe.player", "Show patterns with breath holds")
        self.show_holds = QCheckBox(holds)
        self.show_holds.setAccessibleName(holds)
        self.show_holds.toggled.connect(self._fill_choices)
        self.length = QComboBox()
        self.length.setAccessibleName(translate("soothe.player", "How long"))
        self.length.addItem(translate("soothe.player", "As long as I like"), None)
        for minutes in (1, 3, 5, 10):
            self.length.addItem(
                translate("soothe.player", "%n minutes", None, minutes), minutes * 60
            )
        self.reduced = QCheckBox(
            translate("soothe.player", "Less motion (the circle fades instead of moving)")
        )
        self.reduced.setAccessibleName(translate("soothe.player", "Reduced motion"))
        self.counts = QCheckBox(translate("soothe.player", "Show counts (4, 3, 2, 1)"))
        self.counts.setAccessibleName(translate("soothe.player", "Show counts"))
        chimes = translate("soothe.player", "Soft chimes")
        self.sound = QCheckBox(chimes)
        self.sound.setAccessibleName(chimes)
        self.glide = QCheckBox(
            translate("soothe.player", "Simple pacer: slow down gradually as I go")
        )
        self.glide.setAccessibleName(translate("soothe.player", "Slow down gradually"))
        self.spoken = QCheckBox(
            translate("soothe.player", "Spoken cues (if this computer can speak)")
        )
        self.spoken.setAccessibleName(translate("soothe.player", "Spoken cues"))
        self.own_button = button(
            translate("soothe.player", "Make my own pattern…"),
            description=translate(
                "soothe.player", "A breathing pattern of your own, within the same gentle limits"
            )
            if self.save_pattern is not None
            else translate("soothe.player", "Unlock your journal to keep patterns of your own"),
        )
        self.own_button.setAutoDefault(False)
        self.own_button.setEnabled(self.save_pattern is not None)
        self.own_button.clicked.connect(self.make_pattern)
        back = quiet_button(
            translate("soothe.player", "What's happening right now?"),
            translate("soothe.player", "Choose by what you feel"),
        )
        back.clicked.connect(self.show_situations)
        self.chooser_start = button(
            translate("soothe.player", "Next"),
            role="primary",
            description=translate("soothe.player", "The chosen exercise"),
        )
        self.chooser_start.clicked.connect(lambda: self.offer(self._chosen_id()))
        self.choices.itemActivated.connect(lambda _item: self.offer(self._chosen_id()))
        for widget in (self.choices, self.show_holds, self.length):
            layout.addWidget(widget)
        options = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for widget in (self.reduced, self.counts, self.sound):
            left.addWidget(widget)
        for option in (self.spoken, self.glide, self.own_button):
            right.addWidget(option)
        options.addLayout(left)
        options.addLayout(right)
        layout.addLayout(options)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.chooser_start)
        layout.addLayout(row)
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
        self.pacer = PacerWidget()
        self.phase_label = label("", wrap=False)
        self.phase_label.setAccessibleName(translate("soothe.player", "Current phase"))
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.soft_line = plain(self.library.soft_breath_note, "muted")
        self.soft_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breath_about = plain("", "muted")
        self.breath_about.setVisible(False)
        controls = QHBoxLayout()
        self.pause_button = button(
            translate("soothe.player", "Pause"),
            description=translate(
                "soothe.player", "Pause; it starts again at an in-breath (Space)"
            ),
        )
        self.pause_button.setAutoDefault(False)
        self.breath_stop = button(
            translate("soothe.player", "Stop"),
            role="primary",
            description=translate("soothe.player", "Stop now. That's always okay. (Esc)"),
        )
        controls.addStretch(1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.breath_stop)
        controls.addStretch(1)
        quiet = QHBoxLayout()
        switch = self._something_else()
        slower = quiet_button(
            translate("soothe.player", "Slower"),
            translate("soothe.player", "Make each breath a little longer (−)"),
        )
        faster = quiet_button(
            translate("soothe.player", "Faster"),
            translate("soothe.player", "Make each breath a little shorter (+)"),
        )
        self.skip_holds = QCheckBox(translate("soothe.player", "Skip holds"))
        self.skip_holds.setAccessibleName(translate("soothe.player", "Skip the holds"))
        about = self._about_button()
        quiet.addStretch(1)
        for widget in (switch, slower, faster, self.skip_holds, about):
            quiet.addWidget(widget)
        quiet.addStretch(1)
        self.pause_button.clicked.connect(self.toggle_pause)
        slower.clicked.connect(lambda: self.change_tempo(TEMPO_STEP))
        faster.clicked.connect(lambda: self.change_tempo(1 / TEMPO_STEP))
        self.skip_holds.toggled.connect(self._set_skip_holds)
        switch.clicked.connect(self.switch)
        self.breath_stop.clicked.connect(self.stop)
        about.toggled.connect(self.breath_about.setVisible)
        self.breath_about_button = about
        layout.addWidget(self.breath_title)
        layout.addWidget(self.breath_about)
        layout.addWidget(self.pacer, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.soft_line)
        layout.addLayout(controls)
        layout.addLayout(quiet)
        return page

    def _something_else(self) -> QPushButton:
        return quiet_button(
            translate("soothe.player", "Something else"),
            translate("soothe.player", "Choose another exercise"),
        )

    def _about_button(self) -> QPushButton:
        about = quiet_button(
            translate("soothe.player", "About this exercise"),
            translate("soothe.player", "What this exercise is, and its safety notes"),
        )
        about.setCheckable(True)
        return about

    def _build_steps(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.steps_title = label("", "subtitle")
        self.steps_about = plain("", "muted")
        self.steps_about.setVisible(False)
        self.step_text = label("", "step")  # read slowly: large, medium weight
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.step_text.setAccessibleName(translate("soothe.player", "Step"))
        self.step_count = label("", "muted")
        row = QHBoxLayout()
        self.back_button = button(
            translate("soothe.player", "Back"),
            description=translate("soothe.player", "The previous step"),
        )
        self.back_button.setAutoDefault(False)
        self.next_button = button(
            translate("soothe.player", "Next"),
            role="primary",
            description=translate("soothe.player", "The next step, whenever you are ready"),
        )
        stop = button(
            translate("soothe.player", "Stop"),
            description=translate("soothe.player", "Stop now. That's always okay. (Esc)"),
        )
        stop.setAutoDefault(False)
        for widget in (self.back_button, self.next_button, stop):
            row.addWidget(widget)
        quiet = QHBoxLayout()
        switch = self._something_else()
        about = self._about_button()
        quiet.addStretch(1)
        quiet.addWidget(switch)
        quiet.addWidget(about)
        quiet.addStretch(1)
        self.back_button.clicked.connect(lambda: self.show_step(self.step_index - 1))
        self.next_button.clicked.connect(self._next_step)
        stop.clicked.connect(self.stop)
        switch.clicked.connect(self.switch)
        about.toggled.connect(self.steps_about.setVisible)
        self.steps_about_button = about
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps_about)
        layout.addWidget(self.step_text, 1)
        layout.addWidget(self.step_count)
        layout.addLayout(row)
        layout.addLayout(quiet)
        return page

    def _build_after(self) -> QWidget:
        page = AfterPage()
        self.after_page = page
        self.stopped_title, self.stopped_text = page.title, page.text
        self.after, self.note = page.after, page.note
        page.back.connect(lambda: self._finish_then(self.close))
        page.ground.connect(lambda: self._finish_then(lambda: self.offer(FAR_AWAY)))
        page.something_else.connect(lambda: self._finish_then(self.show_situations))
        page.crisis_lines.connect(self.crisis_lines_requested)
        page.comfort_box.connect(lambda: self._finish_then(self._open_comfort_box))
        page.next_requested.connect(self._then)
        return page

    def _build_intro(self) -> QWidget:
        self.intro_page = IntroPage()
        self.intro_page.start_requested.connect(self._start_from_intro)
        self.intro_page.something_else.connect(self.show_situations)
        return self.intro_page

    def _build_situations(self) -> QWidget:
        self.situations = SituationsPage(self.library)
        self.situations.chosen.connect(self.choose_situation)
        self.situations.own_breath.connect(self.start_own_breath)
        self.situations.all_exercises.connect(self.show_chooser)
        self.situations.close_requested.connect(self.close)
        return self.situations

    def _build_own_breath(self) -> QWidget:
        self.own_page = OwnBreathPage()
        self.own_page.stop_requested.connect(self.stop)
        self.own_page.mode_changed.connect(lambda _taps: self.start_own_breath())
        self.own_page.tapped.connect(self.tap)
        return self.own_page

    @property
    def before(self) -> object:
        """The optional rating taken before an exercise (on the page before it starts)."""
        return self.intro_page.before

    # --- where to go ----------------------------------------------------------------------------
    def _show(self, index: int, focus: QPushButton | QWidget | None = None) -> None:
        self.pages.setCurrentIndex(index)
        self.space_key.setEnabled(index in (BREATHING, OWN))
        if isinstance(focus, QPushButton):
            focus.setDefault(True)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_chooser(self) -> None:
        self._halt()
        self._show(CHOOSER, self.choices)

    def show_situations(self) -> None:
        self._halt()
        self._show(SITUATIONS, self.situations.buttons.get("overwhelmed"))

    def choose_situation(self, situation_id: str) -> None:
        situation = next(s for s in self.library.situations if s.id == situation_id)
        if situation_id == "overwhelmed":
            self.start_calm()
        else:
            self.offer(situation.exercise)

    def start_calm(self) -> None:
        """ "I feel overwhelmed": a calm breathing pattern without holds, straight away."""
        exercise_id, variant = self.library.calm_choice(self.prefs.calm)
        self.start(exercise_id, variant, calm=True)

    def offer(self, exercise_id: str) -> None:
        """An exercise chosen on purpose: its notes and gentler rhythms first, when it has any."""
        exercise = self.library.get(exercise_id)
        breathing = exercise.breathing
        variant = breathing.softest_variant if breathing is not None else None
        due = self.library.note_due(exercise, self.prefs.notes_shown(exercise.id))
        has_variants = breathing is not None and bool(breathing.variants)
        if not (due or has_variants):
            self.start(exercise_id)
            return
        notes = self.library.notes(exercise).lines() if due else []
        if due:
            self.prefs.note_shown(exercise.id)
        self._halt()
        self._offered = exercise_id
        self.intro_page.show_exercise(exercise, notes, variant)
        self._show(INTRO, self.intro_page.start_button)

    def _start_from_intro(self) -> None:
        before = self.intro_page.before.value
        self.start(self._offered, self.intro_page.variant)
        self.distress_before = before

    # --- running --------------------------------------------------------------------------------
    def start(self, exercise_id: str, variant: str | None = None, *, calm: bool = False) -> None:
        if self.started_at and self.pages.currentIndex() in (BREATHING, STEPS):
            self.completed = False
            self._finish_then(lambda: None)  # switching mid-way: the one before is kept too
        self._halt()
        self.exercise = self.library.get(exercise_id)
        self.variant = variant
        self.calm_mode = calm
        self.started_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.completed = False
        self.distress_before = None
        self.chimes.enable(self.sound.isChecked())
        self.speech.enable(self.spoken.isChecked())
        about = "\n".join([self.exercise.intro, *self.library.notes(self.exercise).lines()])
        breathing = self.exercise.breathing
        if breathing is not None:
            if self.exercise.is_calm(variant):
                self.prefs.calm = (self.exercise.id, variant)
            glide = self.glide.isChecked() and not calm
            slowing = breathing.slowing if glide else None
            pattern = slowing if slowing is not None else self._paced(breathing.variant(variant))
            self.session = Session.begin(
                pattern,
                self.clock(),
                length=None if calm else self.length.currentData(),
                skip_holds=False,
            )
            self.skip_holds.setVisible(breathing.variant(variant).has_holds)
            self.skip_holds.setChecked(False)
            self.breath_title.setText(self.exercise.name)
            self.breath_title.setVisible(not calm)
            self.breath_about.setText(about)
            self.breath_about_button.setChecked(False)
            self.pacer.reduced_motion = self.reduced.isChecked()
            self.pause_button.setText(translate("soothe.player", "Pause"))
            self._show(BREATHING, self.breath_stop)
            self._tick()
            self.frame.start(FRAME_MS if not self.reduced.isChecked() else 100)
            self._schedule()
        else:
            self.session = None
            self.steps_title.setText(self.exercise.name)
            self.steps_about.setText(about)
            self.steps_about_button.setChecked(False)
            self._show(STEPS, self.next_button)
            self.show_step(0)

    def _paced(self, pattern: BreathPattern) -> BreathPattern:
        """The person's remembered pace, where it keeps the pattern inside the limits."""
        pace = self.prefs.pace
        if pace == 1.0 or self.exercise is None or self.exercise.breathing is None:
            return pattern
        paced = pattern.scaled(pace)
        long_hold = self.exercise.breathing.long_hold
        return pattern if validate_pattern(paced, long_hold=long_hold) else paced

    def start_own_breath(self) -> None:
        """ "Just my own breath": nothing to follow, or a light that follows taps of Space."""
        self._halt()
        self.exercise = None
        self.started_at = ""
        self.taps = TapFollower()
        if self.own_page.taps.isChecked():
            self.session = None
        else:
            self.session = Session.begin(GLOW, self.clock(), length=None, skip_holds=False)
        self._show(OWN, self.own_page.stop_button)
        self._tick()
        self.frame.start(100)

    def tap(self) -> None:
        if self.pages.currentIndex() == OWN and self.own_page.taps.isChecked():
            self.taps = self.taps.tap(self.clock())
            self._tick()

    def space(self) -> None:
        if self.pages.currentIndex() == OWN:
            self.tap()
        else:
            self.toggle_pause()

    def _schedule(self) -> None:
        if self.session is None or self.pages.currentIndex() != BREATHING:
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
        now = self.clock()
        if self.pages.currentIndex() == OWN:
            if self.session is not None:
                self.own_page.pacer.set_state(self.session.state(now))
            else:
                scale = self.taps.scale(now)
                self.own_page.pacer.set_state(PacerState(OUT, 0.0, 1, 0, scale, now, now + 1))
            return
        if self.session is None:
            return
        state = self.session.state(now)
        self.pacer.set_state(state)
        paused = translate("soothe.player", "Paused")
        text = paused if state and state.paused else (state.word if state else "")
        self.phase_label.setText(text)
        self.phase_label.setAccessibleName(text or translate("soothe.player", "Current phase"))

    def _show_counts(self, on: bool) -> None:
        self.pacer.show_counts = on
        self.pacer.update()

    def toggle_pause(self) -> None:
        if self.session is None or self.pages.currentIndex() != BREATHING:
            return
        now = self.clock()
        if self.session.is_paused:
            self.session = self.session.resumed(now)
            self.pause_button.setText(translate("soothe.player", "Pause"))
        else:
            self.session = self.session.paused(now)
            self.pause_button.setText(translate("soothe.player", "Carry on"))
        self._tick()
        self._schedule()

    def change_tempo(self, factor: float) -> None:
        if self.session is None or self.exercise is None or self.exercise.breathing is None:
            return
        current = self.session.pattern
        if not hasattr(current, "scaled"):
            return  # the gliding pacer sets its own pace
        slower = current.scaled(factor)
        if validate_pattern(slower, long_hold=self.exercise.breathing.long_hold):
            return  # would leave the calm-breathing limits: stay where we are
        self.session = self.session.with_pattern(self.clock(), slower)
        self.prefs.pace = self.prefs.pace * factor
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
        text = steps[self.step_index].text.replace("{today}", today_text(date.today()))
        self.step_text.setText(text)
        self.step_count.setText(
            translate("soothe.player", "Step {number} of {total}").format(
                number=self.step_index + 1, total=len(steps)
            )
        )
        self.back_button.setEnabled(self.step_index > 0)
        last = self.step_index == len(steps) - 1
        self.next_button.setText(
            translate("soothe.player", "Finish") if last else translate("soothe.player", "Next")
        )

    def _next_step(self) -> None:
        if self.exercise is not None and self.step_index >= len(self.exercise.steps) - 1:
            self.show_stopped(finished=True)
        else:
            self.show_step(self.step_index + 1)

    def switch(self) -> None:
        self.show_situations()

    def stop(self) -> None:
        """Always one action, no confirmation."""
        page = self.pages.currentIndex()
        if page in (BREATHING, STEPS):
            self.show_stopped(finished=False)
        elif page == AFTER:
            self._finish_then(self.close)
        else:
            self.close()

    def show_stopped(self, *, finished: bool) -> None:
        self._halt()
        self.completed = finished
        exercise = self.exercise
        page = self.after_page
        page.title.setText(
            translate("soothe.player", "Thank you for taking this time.")
            if finished
            else translate("soothe.player", "You stopped — that's okay.")
        )
        page.text.setText(
            (exercise.closing if exercise else "")
            if finished
            else translate(
                "soothe.player", "Stopping is always allowed. Take a moment before you carry on."
            )
        )
        page.grounding.setText(self.library.after_line)
        then = exercise.then if exercise else None
        page.next_button.setVisible(then is not None)
        if then is not None:
            page.next_button.setText(
                translate("soothe.player", "Next, if you like: {exercise}").format(
                    exercise=self.library.get(then).name
                )
            )
        page.ground_button.setVisible(exercise is None or exercise.id != FAR_AWAY)
        page.comfort_button.setVisible(self.comfort_available())
        page.after.reset()
        page.after.unfold(self.distress_before is not None)  # to compare, if rated before
        self._show(AFTER, page.back_button)

    def _open_comfort_box(self) -> None:
        self.close()
        self.comfort_box_requested.emit()

    def _then(self) -> None:
        then = self.exercise.then if self.exercise else None
        if then is not None:
            self._finish_then(lambda: self.offer(then))

    def _finish_then(self, then: Callable[[], object]) -> None:
        if self.exercise is not None and self.started_at:
            self.finished_session.emit(
                SessionResult(
                    self.exercise.id,
                    self.started_at,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    self.completed,
                    self.distress_before,
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

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self.pages.currentIndex()
        if page in (BREATHING, STEPS, AFTER) and self.started_at:
            self.completed = self.completed and page == AFTER
            self._finish_then(lambda: None)
        self._halt()
        super().closeEvent(event)
