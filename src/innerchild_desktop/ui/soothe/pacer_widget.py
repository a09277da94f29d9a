"""The breathing pacer, drawn with QPainter from a PacerState (never animated by itself).

Normal motion: a soft circle that grows on the in-breath and shrinks on the out-breath.
Reduced motion: the circle keeps its size and only its colour deepens and fades, with the words
"Breathe in…" (and the count, when the person turns counts on). Either way the picture is a
pure function of the state it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.pacer import PacerState


class PacerWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: PacerState | None = None
        self.reduced_motion = False
        self.show_counts = False  # "4, 3, 2, 1": off unless the person turns counts on
        self.quiet = False  # "Just my own breath": no words at all
        self.message = ""
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("soothe.pacer_widget", "Breathing guide"))

    def set_state(self, state: PacerState | None, message: str = "") -> None:
        self.state = state
        self.message = message
        self.update()

    def caption(self) -> str:
        if self.quiet:
            return ""
        if self.state is None:
            return self.message
        if self.state.paused:
            return translate("soothe.pacer_widget", "Paused")
        if self.show_counts:
            return f"{self.state.word}…\n{self.state.seconds_left}"
        return f"{self.state.word}…"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = QColor(palette.highlight().color())
        side = min(self.width(), self.height()) - 20
        centre = QPointF(self.width() / 2, self.height() / 2)
        scale = self.state.scale if self.state else 0.0
        # Faint guide ring: the size of a full breath.
        ring = QColor(accent)
        ring.setAlpha(50)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, side / 2, side / 2)
        if self.reduced_motion:
            radius = side * 0.42
            alpha = int(60 + 150 * scale)
        else:
            radius = side * (0.2 + 0.3 * scale)
            alpha = 170
        gradient = QRadialGradient(centre, radius)
        inner = QColor(accent)
        inner.setAlpha(min(255, alpha))
        outer = QColor(accent)
        outer.setAlpha(max(0, alpha - 110))
        gradient.setColorAt(0.0, inner.lighter(125))
        gradient.setColorAt(1.0, outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(centre, radius, radius)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.text().color())
        painter.drawText(
            QRectF(0, 0, self.width(), self.height()), Qt.AlignmentFlag.AlignCenter, self.caption()
        )
