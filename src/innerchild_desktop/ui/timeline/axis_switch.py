"""The switch between the timeline's two views: memories by age, or by calendar year.

Two clearly labelled buttons (Alt+A, Alt+Y, or Tab then Space), with a quiet line that says
where the memories the other view holds can be found.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.widgets import button, label

AGE, YEAR = "age", "calendar"
# English here; shown through translate("timeline.axis_switch", …).
HINTS = {
    AGE: QT_TRANSLATE_NOOP(
        "timeline.axis_switch", "Memories known only by a year are in “By year”."
    ),
    YEAR: QT_TRANSLATE_NOOP(
        "timeline.axis_switch", "Memories known only by an age are in “By age”."
    ),
}
BIRTH_TIP = QT_TRANSLATE_NOOP(
    "timeline.axis_switch", "A birth date (Settings) puts every memory in both views."
)
EMPTY = {
    AGE: QT_TRANSLATE_NOOP(
        "timeline.axis_switch",
        "No memories here by age yet: a time like “around age 7” or “primary school” places one.",
    ),
    YEAR: QT_TRANSLATE_NOOP(
        "timeline.axis_switch",
        "No memories here by year yet: a time like “summer 1994” places one.",
    ),
}
# The checked button reads as chosen in any theme: palette roles, no colours of its own.
CHECKED_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
)


class AxisSwitch(QWidget):
    changed = Signal(str)  # AGE or YEAR, when the person chooses

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("timeline.axis_switch", "Timeline view"))
        self.by_age = button(
            translate("timeline.axis_switch", "By &age"),
            accessible=translate("timeline.axis_switch", "By age"),
            description=translate("timeline.axis_switch", "Memories on an axis of ages"),
        )
        self.by_year = button(
            translate("timeline.axis_switch", "By &year"),
            accessible=translate("timeline.axis_switch", "By year"),
            description=translate("timeline.axis_switch", "Memories on an axis of calendar years"),
        )
        for choice in (self.by_age, self.by_year):  # the shortcut follows the translated "&"
            shortcut = choice.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                tip = f"{choice.toolTip()} ({shortcut})"
                choice.setToolTip(tip)
                choice.setAccessibleDescription(tip)
        self.group = QButtonGroup(self)
        for choice in (self.by_age, self.by_year):
            choice.setCheckable(True)
            choice.setStyleSheet(CHECKED_STYLE)
            self.group.addButton(choice)
        self.by_age.setChecked(True)
        self.by_age.clicked.connect(lambda: self.changed.emit(AGE))
        self.by_year.clicked.connect(lambda: self.changed.emit(YEAR))
        self.hint = label("", "muted")
        self.hint.setMinimumWidth(80)  # more lines rather than a wider window (it wraps)
        self.hint.setAccessibleName(translate("timeline.axis_switch", "About this view"))
        self.hint.setToolTip(translate("timeline.axis_switch", BIRTH_TIP))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.by_age)
        row.addWidget(self.by_year)
        row.addSpacing(8)
        row.addWidget(self.hint, 1)

    def lane(self) -> str:
        return AGE if self.by_age.isChecked() else YEAR

    def show_lane(self, lane: str, *, here: int, elsewhere: int) -> None:
        """Mark ``lane`` as shown; ``here``/``elsewhere``: whether memories are in this view and
        only in the other one (how many is never said)."""
        chosen: QPushButton = self.by_age if lane == AGE else self.by_year
        chosen.setChecked(True)
        text = translate("timeline.axis_switch", EMPTY[lane]) if not here else ""
        if elsewhere:
            hint = translate("timeline.axis_switch", HINTS[lane])
            text = f"{text} {hint}".strip()
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
