"""A gentle first run: three optional screens after the recovery key, each one skippable.

What is here (and what the app is not), where help is when it gets too much, and a few choices
(safety plan, crisis-line region, prompt depth, On this day). "Skip" and Esc leave at any point;
"Back" goes back; Enter or "Next" goes on. Choices are saved the moment they are made, through
services (services/first_run.py), so skipping never loses one and never makes one.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.domain.safety_plan import ALL_REGIONS
from innerchild_desktop.services import first_run
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.library import load_crisis_lines
from innerchild_desktop.ui.widgets import button, card, centred, label, screen

DEPTH_CHOICES = (
    (Depth.GENTLE, QT_TRANSLATE_NOOP("first_run", "Gentle only (a good place to start)")),
    (Depth.REFLECTIVE, QT_TRANSLATE_NOOP("first_run", "Up to reflective")),
    (Depth.DEEP, QT_TRANSLATE_NOOP("first_run", "Deep too (with a note first)")),
)
TITLES = (
    QT_TRANSLATE_NOOP("first_run", "What is here"),
    QT_TRANSLATE_NOOP("first_run", "When it gets too much"),
    QT_TRANSLATE_NOOP("first_run", "A few choices, if you like"),
)


def _text(text: str, role: str = "") -> QLabel:
    widget = label(text, role)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


class FirstRun(QWidget):
    """Emits ``finished`` when the person skips or reaches the end."""

    finished = Signal()
    safety_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("first_run", "Welcome to your journal"))
        self._service: JournalService | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        background = screen(self)
        outer.addWidget(background)
        column = QVBoxLayout(background)
        column.addStretch(1)
        frame, box = card(background)
        frame.setFixedWidth(660)
        self.step = _text("", "muted")
        self.step.setAccessibleName(translate("first_run", "Where you are in the welcome"))
        self.heading = _text("", "title")
        self.pages = QStackedWidget()
        for page in (self._build_here(), self._build_help(), self._build_choices()):
            self.pages.addWidget(page)
        self.back_button = button(
            translate("first_run", "&Back"),
            description=translate("first_run", "The previous screen"),
        )
        self.skip_button = button(
            translate("first_run", "&Skip"),
            role="link",
            description=translate(
                "first_run", "Go to your journal now (Esc). Anything you chose here is kept."
            ),
        )
        self.next_button = button(
            translate("first_run", "&Next"),
            role="primary",
            description=translate("first_run", "The next screen"),
        )
        for nav in (self.back_button, self.skip_button, self.next_button):
            nav.setAutoDefault(True)  # Enter presses the focused button, not always "Next"
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.skip_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.back_button)
        nav_row.addWidget(self.next_button)
        box.addWidget(self.step)
        box.addWidget(self.heading)
        box.addWidget(self.pages)
        box.addLayout(nav_row)
        column.addLayout(centred(frame))
        column.addStretch(2)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        order = (
            self.safety_button,
            self.region,
            self.depth_box,
            self.on_this_day,
            self.skip_button,
            self.back_button,
            self.next_button,
        )
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.skip)
        self._show(0)

    # --- pages ----------------------------------------------------------------------------------
    def _build_here(self) -> QWidget:
        return _page(
            _text(
                translate(
                    "first_run",
                    "Inner Child is a private place to write to, and about, the child you were. "
                    "Use as much or as little of it as you like:",
                )
            ),
            _text(
                translate(
                    "first_run",
                    "•  A journal, with letters to and from your younger self.\n"
                    "•  A timeline of memories, placed by age or year, as roughly as you like.\n"
                    "•  Prompts, if you would like a question to start from.\n"
                    "•  Soothing exercises: breathing, grounding and your safety plan.",
                )
            ),
            _text(
                translate(
                    "first_run",
                    "Inner Child is not therapy, and it is not a crisis service. If you are in "
                    "danger, please call your local emergency number or a crisis line.",
                )
            ),
            _text(
                translate(
                    "first_run",
                    "It works offline. Nothing you write leaves this computer: your journal is "
                    "encrypted here, and the app never connects to the internet.",
                ),
                "muted",
            ),
        )

    def _build_help(self) -> QWidget:
        return _page(
            _text(
                translate(
                    "first_run",
                    "“I feel overwhelmed” is in the sidebar, and Ctrl+Shift+B opens it from "
                    "anywhere in the app. It is on the lock screen too, so you never need your "
                    "passphrase to reach it.",
                )
            ),
            _text(
                translate(
                    "first_run",
                    "“I feel far away” is in the sidebar as well, and Ctrl+Shift+G opens it.",
                )
            ),
            _text(
                translate(
                    "first_run",
                    "Every exercise is optional. You can stop any of them at any moment with Esc; "
                    "nothing is counted or expected of you.",
                ),
                "muted",
            ),
        )

    def _build_choices(self) -> QWidget:
        self.safety_button = button(
            translate("first_run", "Open my safety plan…"),
            description=translate(
                "first_run",
                "Write your safety plan now; you can also do it any time later (Ctrl+Shift+S)",
            ),
        )
        self.safety_button.setAutoDefault(True)
        self.safety_button.clicked.connect(self.safety_plan_requested)
        safety_row = QHBoxLayout()
        safety_row.addWidget(self.safety_button)
        safety_row.addStretch(1)
        self.region = QComboBox()
        self.region.setAccessibleName(translate("first_run", "Your country, for crisis lines"))
        self.region.addItem(translate("first_run", "Not chosen yet"), None)
        lines = load_crisis_lines()
        for code, name in lines.regions:
            self.region.addItem(name, code)
        self.region.addItem(translate("first_run", "All regions"), ALL_REGIONS)
        self.depth_box = QComboBox()
        self.depth_box.setAccessibleName(translate("first_run", "Deepest prompts to offer"))
        for value, text in DEPTH_CHOICES:
            self.depth_box.addItem(translate("first_run", text), value)
        self.on_this_day = QCheckBox(
            translate("first_run", "Show “On this day”: entries from this day in earlier years")
        )
        self.on_this_day.setAccessibleName(translate("first_run", "Show On this day"))
        self.on_this_day.setAccessibleDescription(
            translate("first_run", "Entries you marked heavy never show there")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label(translate("first_run", "Crisis lines for"), wrap=False), self.region)
        form.addRow(label(translate("first_run", "Prompt depth"), wrap=False), self.depth_box)
        self.note = _text("", "muted")
        page = _page(
            _text(
                translate(
                    "first_run",
                    "A safety plan is a short list for hard moments: signs to notice, what helps, "
                    "who to reach. You can write it now or any time later.",
                )
            ),
            self.on_this_day,
            _text(
                translate(
                    "first_run",
                    "Choices are kept inside your encrypted journal as you make them (the country "
                    "is kept beside it, so crisis lines show while it is locked). Settings and "
                    "Prompts can change them later.",
                ),
                "muted",
            ),
            self.note,
        )
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, safety_row)
        layout.insertLayout(2, form)
        self.region.activated.connect(lambda _: self._choose_region())
        self.depth_box.activated.connect(lambda _: self._choose_depth())
        self.on_this_day.toggled.connect(self._choose_on_this_day)
        return page

    # --- lifecycle ------------------------------------------------------------------------------
    def begin(self, service: JournalService) -> None:
        """Start at the first screen, showing what this journal has chosen so far."""
        self._service = service
        choices = first_run.current_choices(service)
        self.depth_box.setCurrentIndex(max(self.depth_box.findData(choices.depth), 0))
        self.region.setCurrentIndex(max(self.region.findData(choices.region), 0))
        self.on_this_day.blockSignals(True)
        self.on_this_day.setChecked(choices.on_this_day)
        self.on_this_day.blockSignals(False)
        self.note.clear()
        self._show(0)

    def clear(self) -> None:
        """Drop the journal (it locked)."""
        self._service = None

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = index == self.pages.count() - 1
        self.step.setText(
            translate("first_run", "Welcome · {step} of {total}").format(
                step=index + 1, total=self.pages.count()
            )
        )
        self.heading.setText(translate("first_run", TITLES[index]))
        self.back_button.setEnabled(index > 0)
        self.back_button.setVisible(index > 0)
        self.next_button.setText(
            translate("first_run", "Go to my &journal") if last else translate("first_run", "&Next")
        )
        self.next_button.setAccessibleName(
            translate("first_run", "Go to my journal") if last else translate("first_run", "Next")
        )
        self.next_button.setFocus()

    # --- navigation -----------------------------------------------------------------------------
    def next(self) -> None:
        index = self.pages.currentIndex()
        if index == self.pages.count() - 1:
            self.finished.emit()
        else:
            self._show(index + 1)

    def back(self) -> None:
        self._show(max(self.pages.currentIndex() - 1, 0))

    def skip(self) -> None:
        if self.isVisible():
            self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter outside a button (on the checkbox, say) goes on, like a dialog's default."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
            return
        super().keyPressEvent(event)

    # --- choices --------------------------------------------------------------------------------
    def _choose_depth(self) -> None:
        depth = self.depth_box.currentData()
        if self._service is not None and isinstance(depth, Depth):
            first_run.choose_depth(self._service, depth)

    def _choose_on_this_day(self, enabled: bool) -> None:
        if self._service is not None:
            first_run.choose_on_this_day(self._service, enabled)

    def _choose_region(self) -> None:
        region = self.region.currentData()
        if self._service is None or not isinstance(region, str):
            return
        try:
            first_run.choose_region(self._service, region)
        except OSError:
            self.note.setText(
                translate(
                    "first_run",
                    "The country could not be remembered just now; the safety plan will ask again.",
                )
            )
