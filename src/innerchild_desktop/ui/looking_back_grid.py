"""The year in colour: twelve rows of months, one soft square for each day with an entry.

A day without an entry is not drawn at all (just the page), so nothing looks "missed". A heavy
day is a hatched neutral square until the person asks to see it (Enter, a click, or "Show the
colours of heavy days"). Colours follow the page: they are made again from the palette's Window
colour whenever the theme changes. Month names are the only words drawn; no figures at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.domain.looking_back import DayFeeling, DaySquare, year_in_colour

CELL, GAP = 16, 4
STEP = CELL + GAP
HINT = QT_TRANSLATE_NOOP(  # translated when shown: translate("looking_back_grid", HINT)
    "looking_back_grid",
    "Hover over a day, or move with the arrow keys, to see its date and feeling.",
)


def month_names() -> list[str]:
    """The twelve short month names, in the language the window speaks ("Jan", "ene")."""
    locale = QLocale(current_language())
    short = QLocale.FormatType.ShortFormat
    return [locale.standaloneMonthName(month, short) for month in range(1, 13)]


def ground_of(widget: QWidget) -> str:
    return widget.palette().color(QPalette.ColorRole.Window).name()


def paint_veil(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A heavy day: a neutral square with soft diagonal lines, no feeling's colour."""
    muted = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.setPen(QPen(muted, 1))
    painter.setBrush(QBrush(muted, Qt.BrushStyle.BDiagPattern))
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)


class YearInColour(QWidget):
    """Draws one year; ``current_changed`` says which square is hovered or focused (or None)."""

    current_changed = Signal(object)  # DaySquare | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months = month_names()
        self.setAccessibleName(translate("looking_back_grid", "Year in colour"))
        self.setAccessibleDescription(translate("looking_back_grid", HINT))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.year = date.today().year
        self._rows: tuple[DayFeeling, ...] = ()
        self._reveal_all = False
        self._revealed: set[date] = set()
        self.squares: dict[date, DaySquare] = {}
        self.current: date | None = None
        self._hovered: date | None = None

    # --- data -----------------------------------------------------------------------------------
    def set_year(self, year: int, rows: Iterable[DayFeeling]) -> None:
        self.year = year
        self._rows = tuple(rows)
        self._revealed = set()
        self.current = self._hovered = None
        self._recolour()

    def set_reveal_all(self, on: bool) -> None:
        self._reveal_all = on
        self._recolour()

    def reveal(self, day: date) -> None:
        self._revealed.add(day)
        self._recolour()

    def clear(self) -> None:
        self._reveal_all = False
        self.set_year(self.year, ())

    def _recolour(self) -> None:
        reveal = True if self._reveal_all else self._revealed
        self.squares = year_in_colour(self._rows, self.year, ground_of(self), reveal)
        self._announce()
        self.update()

    # --- geometry -------------------------------------------------------------------------------
    def _left(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(m) for m in self._months) + 12

    def square_rect(self, day: date) -> QRect:
        return QRect(self._left() + (day.day - 1) * STEP, 2 + (day.month - 1) * STEP, CELL, CELL)

    def day_at(self, point: QPoint) -> date | None:
        for day in self.squares:
            if self.square_rect(day).contains(point):
                return day
        return None

    def sizeHint(self) -> QSize:
        return QSize(self._left() + 31 * STEP, 12 * STEP + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # --- drawing --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for month in range(1, 13):
            row = QRect(0, 2 + (month - 1) * STEP, self._left() - 8, CELL)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(row, align, self._months[month - 1])
        for day, square in self.squares.items():
            rect = self.square_rect(day)
            if square.colour is None:
                paint_veil(painter, rect, palette)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(square.colour))
                painter.drawRoundedRect(rect, 3, 3)
        if self.current is not None and self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(self.square_rect(self.current).adjusted(-2, -2, 2, 2), 4, 4)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._recolour()  # light ↔ dark: colours are made for the new page
        super().changeEvent(event)

    # --- pointer and keys -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.squares[day].words, self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day != self._hovered:
            self._hovered = day
            self._announce()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self._announce()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self._move_to(day)
            self._activate()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current is None and self.squares:
            self.current = next(iter(self.squares))
        self._announce()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        days = list(self.squares)
        key = event.key()
        if not days or key not in _KEYS:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        at = days.index(self.current) if self.current in days else 0
        if key == Qt.Key.Key_Home:
            target = days[0]
        elif key == Qt.Key.Key_End:
            target = days[-1]
        elif key == Qt.Key.Key_Left:
            target = days[max(0, at - 1)]
        elif key == Qt.Key.Key_Right:
            target = days[min(len(days) - 1, at + 1)]
        else:
            target = self._other_month(days, days[at], -1 if key == Qt.Key.Key_Up else 1)
        self._move_to(target)

    @staticmethod
    def _other_month(days: list[date], here: date, direction: int) -> date:
        """The square nearest ``here``'s place in the closest month above or below that has
        any squares; ``here`` when there is none."""
        months = sorted(
            {d.month for d in days if (d.month - here.month) * direction > 0},
            key=lambda m: abs(m - here.month),
        )
        if not months:
            return here
        in_month = [d for d in days if d.month == months[0]]
        return min(in_month, key=lambda d: abs(d.day - here.day))

    def _move_to(self, day: date) -> None:
        self.current = day
        self._announce()
        self.update()

    def _activate(self) -> None:
        """Enter or a click on a veiled day: the person asked to see it."""
        if self.current is not None and self.squares[self.current].veiled:
            self.reveal(self.current)

    def _announce(self) -> None:
        shown = self._hovered if self._hovered in self.squares else self.current
        square = self.squares.get(shown) if shown is not None else None
        self.setAccessibleDescription(
            square.words if square else translate("looking_back_grid", HINT)
        )
        self.current_changed.emit(square)


_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Space,
}
