"""The player's quieter pages: "What's happening right now?", the words before an exercise,
"Just my own breath", and the kind page after an exercise ends or is stopped.

Each page only lays itself out and says what was chosen by signal; the player decides what runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.exercises import Exercise, ExerciseLibrary
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.soothe.pacer_widget import PacerWidget
from innerchild_desktop.ui.soothe.rating import RatingRow
from innerchild_desktop.ui.widgets import button, label

FAR_AWAY = "here-and-now"


def quiet_button(text: str, description: str) -> QPushButton:
    """A control that is there when wanted and does not call for attention."""
    widget = button(text, role="link", description=description)
    widget.setAutoDefault(False)
    return widget


def plain(text: str, role: str = "") -> QLabel:
    widget = label(text, role)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


class SituationsPage(QWidget):
    """Routes by what is happening, as PTSD Coach does: each choice opens a fitting exercise."""

    chosen = Signal(str)  # a situation id
    own_breath = Signal()
    all_exercises = Signal()
    close_requested = Signal()

    def __init__(self, library: ExerciseLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("soothe.pages", "What's happening right now?"), "title"))
        layout.addWidget(
            label(
                translate("soothe.pages", "Choose whatever fits best. You can stop at any time."),
                "muted",
            )
        )
        self.buttons: dict[str, QPushButton] = {}
        for situation in library.situations:
            choice = button(situation.label, role="soothe", description=situation.hint)
            choice.setAutoDefault(False)
            choice.clicked.connect(lambda _=False, s=situation.id: self.chosen.emit(s))
            layout.addWidget(choice)
            layout.addWidget(plain(situation.hint, "muted"))
            self.buttons[situation.id] = choice
        own = button(
            translate("soothe.pages", "Just my own breath"),
            role="soothe",
            description=translate(
                "soothe.pages", "No counting and no cues: a slow light, or one that follows you"
            ),
        )
        own.setAutoDefault(False)
        own.clicked.connect(self.own_breath)
        layout.addWidget(own)
        layout.addStretch(1)
        row = QHBoxLayout()
        everything = quiet_button(
            translate("soothe.pages", "All exercises…"),
            translate("soothe.pages", "Every breathing, grounding and body exercise"),
        )
        everything.clicked.connect(self.all_exercises)
        self.close_button = button(
            translate("soothe.pages", "Close"),
            description=translate("soothe.pages", "Close the exercises (Esc)"),
        )
        self.close_button.clicked.connect(self.close_requested)
        row.addWidget(everything)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)


class IntroPage(QWidget):
    """The words before an exercise: its safety note, the gentler rhythms, an optional rating."""

    start_requested = Signal()
    something_else = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = label("", "title")
        self.intro = plain("")
        self.notes = plain("", "note")
        self.notes.setAccessibleName(translate("soothe.pages", "Before you start"))
        self.rhythm_label = label(translate("soothe.pages", "Rhythm"), "muted")
        self.rhythm = QComboBox()
        self.rhythm.setAccessibleName(translate("soothe.pages", "Rhythm"))
        self.before = RatingRow()
        self._has_variants = False
        row = QHBoxLayout()
        other = button(
            translate("soothe.pages", "Something else"),
            description=translate("soothe.pages", "Choose another exercise"),
        )
        other.setAutoDefault(False)
        self.start_button = button(
            translate("soothe.pages", "Start"),
            role="primary",
            description=translate("soothe.pages", "Start the exercise"),
        )
        other.clicked.connect(self.something_else)
        self.start_button.clicked.connect(self.start_requested)
        row.addWidget(other)
        row.addStretch(1)
        row.addWidget(self.start_button)
        for widget in (self.title, self.intro, self.notes, self.rhythm_label, self.rhythm):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.before)
        layout.addLayout(row)

    def show_exercise(
        self, exercise: Exercise, notes: list[str], chosen_variant: str | None
    ) -> None:
        self.title.setText(exercise.name)
        self.intro.setText(exercise.intro)
        self.notes.setText("\n\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.rhythm.clear()
        breathing = exercise.breathing
        variants = breathing.variants if breathing is not None else ()
        if variants:
            self.rhythm.addItem(
                translate("soothe.pages", "{exercise} (as described)").format(
                    exercise=exercise.name
                ),
                None,
            )
            for variant in variants:
                self.rhythm.addItem(variant.name, variant.id)
            self.rhythm.setCurrentIndex(max(self.rhythm.findData(chosen_variant), 0))
        self.rhythm.setVisible(bool(variants))
        self.rhythm_label.setVisible(bool(variants))
        self._has_variants = bool(variants)
        self.before.reset()

    @property
    def variant(self) -> str | None:
        data = self.rhythm.currentData() if self._has_variants else None
        return str(data) if data else None


class OwnBreathPage(QWidget):
    """ "Just my own breath": a slow light with no cues, or one that follows taps of Space."""

    stop_requested = Signal()
    mode_changed = Signal(bool)  # True: follow my taps
    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("soothe.pages", "Just my own breath"), "subtitle"))
        modes = QHBoxLayout()
        self.glow = QRadioButton(translate("soothe.pages", "A slow light, nothing to follow"))
        self.taps = QRadioButton(
            translate("soothe.pages", "Follow my taps (Space as each breath turns)")
        )
        self.glow.setChecked(True)
        group = QButtonGroup(self)
        for choice in (self.glow, self.taps):
            group.addButton(choice)
            modes.addWidget(choice)
        modes.addStretch(1)
        layout.addLayout(modes)
        self.pacer = PacerWidget()
        self.pacer.quiet = True
        self.pacer.reduced_motion = True
        self.pacer.setAccessibleName(
            translate("soothe.pages", "A light that follows your own breath")
        )
        layout.addWidget(self.pacer, 1)
        self.hint = plain("", "muted")
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.stop_button = button(
            translate("soothe.pages", "Stop"),
            role="primary",
            description=translate("soothe.pages", "Stop now (Esc)"),
        )
        self.stop_button.clicked.connect(self.stop_requested)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.taps.toggled.connect(self._mode)
        self._mode(False)

    def _mode(self, taps: bool) -> None:
        self.hint.setText(
            translate(
                "soothe.pages",
                "Tap Space (or the light) as you start breathing in, and again as you start "
                "breathing out. The light follows you; there is nothing to get right.",
            )
            if taps
            else translate(
                "soothe.pages",
                "Breathe however you like. The light glows slowly; watch it, or don't.",
            )
        )
        self.pacer.reduced_motion = not taps
        self.mode_changed.emit(taps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.taps.isChecked() and self.pacer.geometry().contains(event.position().toPoint()):
            self.tapped.emit()
        super().mousePressEvent(event)


class AfterPage(QWidget):
    """After an exercise: a kind word, one grounding line, crisis lines, and Back (focused)."""

    back = Signal()
    ground = Signal()
    something_else = Signal()
    crisis_lines = Signal()
    next_requested = Signal()
    comfort_box = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = label("", "title")
        self.text = plain("", "subtitle")
        self.grounding = plain("")
        self.next_button = button("", role="soothe")
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.next_requested)
        self.after = RatingRow()
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("soothe.pages", "A note for yourself, if you like: what helped?")
        )
        self.note.setAccessibleName(translate("soothe.pages", "Note"))
        row = QHBoxLayout()
        self.crisis_button = button(
            translate("soothe.pages", "Crisis lines"),
            description=translate("soothe.pages", "Phone and text lines, and your safety plan"),
        )
        self.ground_button = button(
            translate("soothe.pages", "Ground me (eyes open)"), role="soothe"
        )
        other = button(
            translate("soothe.pages", "Something else"),
            description=translate("soothe.pages", "Choose another exercise"),
        )
        self.back_button = button(
            translate("soothe.pages", "Back"),
            role="primary",
            description=translate("soothe.pages", "Close the exercises"),
        )
        for widget in (self.crisis_button, self.ground_button, other):
            widget.setAutoDefault(False)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.back_button)
        self.crisis_button.clicked.connect(self.crisis_lines)
        self.ground_button.clicked.connect(self.ground)
        other.clicked.connect(self.something_else)
        self.back_button.clicked.connect(self.back)
        # A quiet choice, only here after the exercise, only when there is a box to open.
        self.comfort_button = button(
            translate("soothe.pages", "Open my comfort box"),
            description=translate(
                "soothe.pages", "What helps you: your cards, photos and voice notes"
            ),
        )
        self.comfort_button.setAutoDefault(False)
        self.comfort_button.clicked.connect(self.comfort_box)
        self.comfort_button.setVisible(False)
        comfort_row = QHBoxLayout()
        comfort_row.addWidget(self.comfort_button)
        comfort_row.addStretch(1)
        for part in (self.title, self.text, self.grounding, self.next_button):
            layout.addWidget(part)
        layout.addLayout(comfort_row)
        layout.addStretch(1)
        layout.addWidget(self.after)
        layout.addWidget(self.note)
        layout.addLayout(row)
