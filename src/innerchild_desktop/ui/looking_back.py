"""Looking back, gently: the year in colour, kind words I've written to myself, and what helped,
in my words. Opened from Go → Looking back (Ctrl+Shift+Y) or Soothe's "Looking back" button;
closed whenever the journal locks (nothing of it ever shows on the lock screen).

No numbers, no streaks, nothing "missed": dates are said in words, a day without an entry is
just the page, heavy days are veiled until asked for. Passages and notes are the person's own
words: plain text always.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.feelings import Quadrant
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.insights import OwnWords
from innerchild_desktop.domain.looking_back import (
    NO_FEELING_WORDS,
    DaySquare,
    KindWords,
    YearBack,
    day_words,
    feeling_colour,
    quiet_colour,
)
from innerchild_desktop.services.looking_back import LookingBackService
from innerchild_desktop.ui.looking_back_grid import (
    CELL,
    HINT,
    YearInColour,
    ground_of,
    paint_veil,
)
from innerchild_desktop.ui.widgets import button, label, screen

LOOKING_BACK_SHORTCUT = "Ctrl+Shift+Y"
# Translated when shown: translate("looking_back", INTRO) and so on.
INTRO = QT_TRANSLATE_NOOP(
    "looking_back",
    "Your year in colour: a soft square for each day you wrote, in the colour of how you "
    "felt. Only you see this.",
)
NO_DAYS = QT_TRANSLATE_NOOP(
    "looking_back",
    "When you name a feeling in an entry, its colour will gather here, one square for the day "
    "you wrote it.",
)
NO_KIND_WORDS = QT_TRANSLATE_NOOP(
    "looking_back",
    "When you write a letter to your younger self, or a kind word to yourself, a few of its "
    "lines will gather here.",
)
NO_HELPED = QT_TRANSLATE_NOOP(
    "looking_back",
    "If you like, write a few words after an exercise; what helped will gather here.",
)
# Where each quadrant's swatch sits on the wheel (its middle, a clear feeling).
_LEGEND = (
    (Quadrant.LIVELY_PLEASANT, 0.7, 0.7),
    (Quadrant.CALM_PLEASANT, 0.7, -0.7),
    (Quadrant.TENSE_UNPLEASANT, -0.7, 0.7),
    (Quadrant.LOW_UNPLEASANT, -0.7, -0.7),
)


class Swatch(QWidget):
    """A legend square: a point on the wheel, the no-feeling neutral, or the heavy-day veil."""

    def __init__(self, point: tuple[float, float] | None = None, *, veil: bool = False) -> None:
        super().__init__()
        self.point, self.veil = point, veil
        self.setFixedSize(QSize(CELL, CELL))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.veil:
            paint_veil(painter, self.rect(), self.palette())
        else:
            ground = ground_of(self)
            colour = (
                quiet_colour(ground) if self.point is None else feeling_colour(*self.point, ground)
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(self.rect(), 3, 3)
        painter.end()


def _bold(text: str) -> QLabel:
    widget = label(text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


def _legend() -> QGridLayout:
    """What the colours say, in three short columns (so it fits a narrow window)."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(6)
    items: list[tuple[Swatch, str]] = [(Swatch((v, e)), q.label) for q, v, e in _LEGEND]
    items += [
        (Swatch(), translate("domain.looking_back", NO_FEELING_WORDS)),
        (Swatch(veil=True), translate("looking_back", "a heavy day, veiled")),
    ]
    for n, (swatch, words) in enumerate(items):
        row, column = divmod(n, 3)
        grid.addWidget(swatch, row, column * 2)
        grid.addWidget(label(words, "muted", wrap=False), row, column * 2 + 1)
    grid.setColumnStretch(6, 1)
    return grid


class LookingBackDialog(QDialog):
    def __init__(self, service: LookingBackService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        title = translate("looking_back", "Looking back")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(860, 720)
        content = screen()
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(10)
        column.addWidget(label(title, "title"))
        column.addWidget(label(translate("looking_back", INTRO), "muted"))

        year_row = QHBoxLayout()
        year_label = label(translate("looking_back", "&Year"), wrap=False)
        year_label.setTextFormat(Qt.TextFormat.PlainText)
        self.year_choice = QComboBox()
        self.year_choice.setAccessibleName(translate("looking_back", "Year"))
        year_label.setBuddy(self.year_choice)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_choice)
        year_row.addStretch(1)
        column.addLayout(year_row)

        self.grid = YearInColour()
        column.addWidget(self.grid, 0, Qt.AlignmentFlag.AlignLeft)
        self.no_days = label(translate("looking_back", NO_DAYS), "muted")
        column.addWidget(self.no_days)
        self.readout = label(translate("looking_back_grid", HINT), "muted")
        self.readout.setAccessibleName(translate("looking_back", "The day in focus"))
        column.addWidget(self.readout)
        self.reveal = QCheckBox(translate("looking_back", "Show the colours of heavy &days"))
        self.reveal.setAccessibleName(translate("looking_back", "Show the colours of heavy days"))
        self.reveal.setToolTip(
            translate("looking_back", "Heavy days stay veiled unless you choose to see them.")
        )
        column.addWidget(self.reveal)
        column.addLayout(_legend())

        column.addSpacing(12)
        words_row = QHBoxLayout()  # side by side: both are in view without scrolling
        words_row.setSpacing(32)
        self.kind_box, self.kind_layout = self._box(
            translate("looking_back", "Kind words I've written to myself")
        )
        self.helped_box, self.helped_layout = self._box(
            translate("looking_back", "What helped, in my words")
        )
        for box in (self.kind_box, self.helped_box):
            words_row.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        column.addLayout(words_row)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.close_button = button(
            translate("looking_back", "Close"),
            description=translate("looking_back", "Close Looking back (Esc)"),
        )
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(32, 8, 32, 16)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)

        self.grid.current_changed.connect(self._show_day)
        self.reveal.toggled.connect(self.grid.set_reveal_all)
        self.year_choice.currentIndexChanged.connect(lambda _i: self._load_year())
        self.setTabOrder(self.year_choice, self.grid)
        self.setTabOrder(self.grid, self.reveal)
        self.setTabOrder(self.reveal, self.close_button)
        self.back = YearBack(date.today().year)
        self.refresh()

    @staticmethod
    def _box(name: str) -> tuple[QWidget, QVBoxLayout]:
        """A titled column of passages; the passages go in the returned inner layout."""
        box = QWidget()
        box.setAccessibleName(name)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(_bold(name))
        layout = QVBoxLayout()
        layout.setSpacing(2)
        outer.addLayout(layout)
        return box, layout

    def refresh(self, today: date | None = None) -> None:
        """Years to choose from; the current year chosen (or the one already chosen)."""
        chosen = self.year_choice.currentData()
        years = self.service.years(today)
        self.year_choice.blockSignals(True)
        self.year_choice.clear()
        for year in years:
            self.year_choice.addItem(str(year), year)
        wanted = chosen if chosen in years else (today or date.today()).year
        self.year_choice.setCurrentIndex(max(0, self.year_choice.findData(wanted)))
        self.year_choice.blockSignals(False)
        self._load_year()

    def show_year(self, year: int) -> None:
        self.year_choice.setCurrentIndex(max(0, self.year_choice.findData(year)))

    def _load_year(self) -> None:
        year = self.year_choice.currentData()
        if year is None:
            return
        self.back = self.service.year(int(year))
        self.reveal.setChecked(False)  # heavy days veiled again with each year
        self.grid.set_year(self.back.year, self.back.days)
        has_days = bool(self.grid.squares)
        self.grid.setVisible(has_days)
        self.no_days.setVisible(not has_days)
        self.readout.setVisible(has_days)
        self.reveal.setVisible(any(s.heavy for s in self.grid.squares.values()))
        kind = [self._kind(k) for k in self.back.kind_words]
        self._fill(self.kind_layout, kind, translate("looking_back", NO_KIND_WORDS))
        helped = [self._helped(n) for n in self.back.helped]
        self._fill(self.helped_layout, helped, translate("looking_back", NO_HELPED))

    def _show_day(self, square: DaySquare | None) -> None:
        self.readout.setText(square.words if square else translate("looking_back_grid", HINT))

    @staticmethod
    def _kind(words: KindWords) -> tuple[str, str]:
        return f"{day_words(words.day)} · {words.where}", words.text

    @staticmethod
    def _helped(note: OwnWords) -> tuple[str, str]:
        return f"{day_words(note.started_at.astimezone().date())} · {note.name}", note.text

    def _fill(self, layout: QVBoxLayout, items: list[tuple[str, str]], empty: str) -> None:
        while (item := layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.setParent(None)
                widget.deleteLater()
        if not items:
            layout.addWidget(label(empty, "muted"))
        for when, text in items:
            layout.addWidget(label(when, "muted"))
            words = label(text)  # the person's own words: plain text (label() sets it)
            words.setProperty("content", True)  # never translated
            font = words.font()
            font.setItalic(True)
            words.setFont(font)
            words.setContentsMargins(0, 0, 0, 8)
            layout.addWidget(words)

    def forget(self) -> None:
        """The journal is locking: nothing of it stays on screen or in memory here."""
        self.back = YearBack(self.back.year)
        self.grid.clear()
        for layout in (self.kind_layout, self.helped_layout):
            self._fill(layout, [], "")
        self.close()
