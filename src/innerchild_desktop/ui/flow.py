"""Rows that wrap and words that wrap, so that no row of buttons and no long sentence on a
button or check box sets how narrow the window can be (German runs about 30 % longer than
English; small laptops are 1280 px wide).

``FlowLayout`` lays widgets out in a row that goes onto more rows when the room is too narrow;
``WrapButton`` and ``WrapCheckBox`` break their text onto more lines. Each keeps the order its
widgets were added in, so reading order and Tab order stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# Qt, QStyle and QStyleOptionButton are imported where they are used: building them costs a cold
# start about 26 ms (issue 20), and the lock screen has no row that wraps.


class FlowLayout(QLayout):
    """A row of widgets (buttons) that wraps onto more rows when the room is too narrow for it
    (German runs about 30 % longer than English), so a row never sets how narrow the window can
    be. Widgets keep the order they were added in, reading order and Tab order alike.

    ``columns`` and ``uniform`` make it a grid that wraps: every item as wide as the widest,
    at most ``columns`` in a row, fewer when the room is narrow."""

    def __init__(
        self, parent: QWidget | None = None, *, columns: int = 0, uniform: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._columns = columns
        self._uniform = uniform
        if parent is None:  # (in a widget, its margins are the style's, as any layout's)
            self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout --------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        from PySide6.QtCore import Qt

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything in one row (or ``columns`` to a row)."""
        shown = self._shown()
        if not shown:
            return self._with_margins(QSize(0, 0))
        across = len(shown) if not self._columns else min(self._columns, len(shown))
        if self._uniform:
            wide = across * self._cell().width() + (across - 1) * self._gap(horizontal=True)
        else:
            hints = [item.sizeHint().width() for item in shown[:across]]
            wide = sum(hints) + (len(hints) - 1) * self._gap(horizontal=True)
        margins = self.contentsMargins()
        return QSize(wide + margins.left() + margins.right(), self.heightForWidth(wide))

    def minimumSize(self) -> QSize:
        """One item to a row: the widest item's room."""
        size = QSize(0, 0)
        for item in self._shown():
            least = self._cell() if self._uniform else item.minimumSize()
            size = size.expandedTo(least)
        return self._with_margins(size)

    # --- placing --------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell(self) -> QSize:
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.sizeHint())
        return size

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, *, horizontal: bool) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parent()
        if isinstance(parent, QLayout):
            return max(parent.spacing(), 0)
        from PySide6.QtWidgets import QStyle

        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        widget = parent if isinstance(parent, QWidget) else None
        style = widget.style() if widget is not None else None
        return max(style.pixelMetric(metric, None, widget), 0) if style is not None else 6

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (when ``place``); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across_gap, down_gap = self._gap(horizontal=True), self._gap(horizontal=False)
        shown = self._shown()
        cell = self._cell()
        x, y, row_height, in_row = area.x(), area.y(), 0, 0
        for item in shown:
            size = cell if self._uniform else item.sizeHint()
            size = QSize(
                max(min(size.width(), area.width()), item.minimumSize().width()), size.height()
            )
            full = bool(self._columns) and in_row >= self._columns
            if in_row and (full or x + size.width() > area.x() + area.width()):
                x, y, row_height, in_row = area.x(), y + row_height + down_gap, 0, 0
            if place:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + across_gap
            row_height = max(row_height, size.height())
            in_row += 1
        return y + row_height - rect.y() + margins.bottom()


if TYPE_CHECKING:
    _Button = QAbstractButton
else:
    _Button = object  # (a mixin: the button class comes after it)


class _Wrapping(_Button):
    """What WrapButton and WrapCheckBox share: ``text()`` is the whole text, on one line; the
    widget shows it broken where it must be. Its size hint asks for the whole line, its least
    width is its longest word's, and its height follows its width."""

    _BASE: type[QAbstractButton] = QPushButton
    _CONTENTS = "CT_PushButton"  # the QStyle.ContentsType its size is reckoned as
    _whole = ""

    def _start(self, text: str) -> None:
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # narrower than its hint
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setProperty("wraps", True)  # shown whole, on more lines (not cut off)
        self.setText(text)

    def setText(self, text: str) -> None:
        if self.accessibleName() in ("", self._whole.replace("&", "")):  # said whole, too
            self.setAccessibleName(text.replace("&", ""))
        self._whole = text
        self._BASE.setText(self, text)
        self.updateGeometry()
        self._fit()

    def text(self) -> str:
        return self._whole

    def _around(self, lines: int, wide: int) -> QSize:
        """The widget's size around ``lines`` lines of text ``wide`` px wide."""
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]
        metrics = self.fontMetrics()
        high = metrics.height() + (lines - 1) * metrics.lineSpacing()
        contents = getattr(QStyle.ContentsType, self._CONTENTS)
        return self.style().sizeFromContents(contents, option, QSize(wide, high), self)

    def _lines(self, width: int) -> list[str]:
        room = width - self._around(1, 0).width()
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self._whole.split():
            joined = f"{lines[-1]} {word}" if lines else word
            if lines and metrics.horizontalAdvance(joined.replace("&", "")) <= room:
                lines[-1] = joined
            else:
                lines.append(word)
        return lines or [""]

    def sizeHint(self) -> QSize:
        wide = self.fontMetrics().horizontalAdvance(self._whole.replace("&", ""))
        single = self._BASE.sizeHint(self).height() if "\n" not in self._BASE.text(self) else 0
        return self._around(1, wide).expandedTo(QSize(0, single))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        words = self._whole.replace("&", "").split() or [""]
        wide = self._around(1, max(metrics.horizontalAdvance(w) for w in words)).width()
        return QSize(wide, self.heightForWidth(wide))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        single = self.sizeHint().height()
        lines = len(self._lines(width))
        return single if lines == 1 else max(single, self._around(lines, 0).height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._BASE.resizeEvent(self, event)
        self._fit()

    def _fit(self) -> None:
        shown = "\n".join(self._lines(self.width())) if self.width() > 0 else self._whole
        if shown != self._BASE.text(self):
            self._BASE.setText(self, shown)
            self.updateGeometry()


class WrapButton(_Wrapping, QPushButton):
    """A push button whose words wrap onto more lines when it is narrower than its text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, parent)
        self._start(text)


class WrapCheckBox(_Wrapping, QCheckBox):
    """A check box whose words wrap onto more lines when it is narrower than its text."""

    _BASE = QCheckBox
    _CONTENTS = "CT_CheckBox"

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, parent)
        self._start(text)
