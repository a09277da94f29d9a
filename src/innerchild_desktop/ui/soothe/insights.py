"""What helps me: sessions over recent weeks and the average change in distress per exercise.

Drawn with QPainter (no chart dependency). No streaks, no badges, no targets: a quiet picture the
user can read or ignore, and delete.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from innerchild_desktop.domain.insights import ExerciseInsight, by_exercise, per_week
from innerchild_desktop.ui.widgets import button, label


def pretty(exercise_id: str) -> str:
    return exercise_id.replace("-", " ").capitalize()


class WeeksChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[int] = []
        self.setMinimumHeight(110)
        self.setAccessibleName("Sessions in each of the last twelve weeks")

    def set_counts(self, counts: list[int]) -> None:
        self.counts = counts
        self.setAccessibleDescription(", ".join(str(c) for c in counts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        width, height = self.width(), self.height() - 18
        n = max(len(self.counts), 1)
        top = max(self.counts or [1]) or 1
        slot = width / n
        accent = QColor(palette.highlight().color())
        for i, count in enumerate(self.counts):
            bar = (height - 6) * count / top
            rect = QRectF(i * slot + slot * 0.2, height - bar, slot * 0.6, bar)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if count else QColor(palette.mid().color()))
            painter.drawRoundedRect(
                rect if count else QRectF(rect.x(), height - 2, rect.width(), 2), 3, 3
            )
        painter.setPen(palette.placeholderText().color())
        painter.drawText(
            QRectF(0, height + 2, width, 16), Qt.AlignmentFlag.AlignLeft, "12 weeks ago"
        )
        painter.drawText(QRectF(0, height + 2, width, 16), Qt.AlignmentFlag.AlignRight, "this week")


class ChangeChart(QWidget):
    """One row per exercise: how much distress eased on average (0–10 scale)."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ExerciseInsight] = []
        self.setAccessibleName("Average change in distress by exercise")

    def set_rows(self, rows: list[ExerciseInsight]) -> None:
        self.rows = rows
        self.setMinimumHeight(max(self.ROW * len(rows), self.ROW))
        self.setAccessibleDescription("; ".join(self.describe(r) for r in rows))
        self.update()

    @staticmethod
    def describe(row: ExerciseInsight) -> str:
        if row.average_change is None:
            return f"{pretty(row.exercise_id)}: {row.sessions} sessions, not rated"
        change = -row.average_change
        word = "eased" if change > 0 else "rose" if change < 0 else "stayed the same"
        amount = f" by {abs(change):.1f}" if change else ""
        return f"{pretty(row.exercise_id)}: distress {word}{amount} on average ({row.rated} rated)"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        label_width = min(220, self.width() // 2)
        bar_space = self.width() - label_width - 60
        for i, row in enumerate(self.rows):
            y = i * self.ROW
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(0, y, label_width - 8, self.ROW),
                Qt.AlignmentFlag.AlignVCenter,
                pretty(row.exercise_id),
            )
            if row.average_change is None:
                painter.setPen(palette.placeholderText().color())
                painter.drawText(
                    QRectF(label_width, y, bar_space + 60, self.ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    "no ratings yet",
                )
                continue
            eased = -row.average_change
            length = bar_space * min(abs(eased), 10) / 10
            colour = QColor("#8fc1a9") if eased >= 0 else QColor("#d4a5a5")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(label_width, y + 6, max(length, 2), self.ROW - 12), 4, 4)
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(label_width + length + 6, y, 60, self.ROW),
                Qt.AlignmentFlag.AlignVCenter,
                f"{'−' if eased > 0 else '+'}{abs(eased):.1f}",
            )


class InsightsPanel(QWidget):
    history_deleted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("What helps me")
        self.weeks = WeeksChart()
        self.changes = ChangeChart()
        self.empty = label(
            "When you use an exercise and (if you like) rate how you feel before "
            "and after, this shows which ones help you most.",
            "muted",
        )
        self.delete_button = button(
            "Delete exercise history…", description="Remove every saved exercise session"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label("What helps me", "subtitle"))
        layout.addWidget(self.empty)
        layout.addWidget(label("Sessions in the last 12 weeks", "muted"))
        layout.addWidget(self.weeks)
        layout.addWidget(label("Average change in distress (0–10), where you rated it", "muted"))
        layout.addWidget(self.changes)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.delete_button.clicked.connect(lambda: self.history_deleted.emit())

    def show_sessions(self, sessions: list, today: date) -> None:  # type: ignore[type-arg]
        self.weeks.set_counts(per_week(sessions, today))
        self.changes.set_rows(by_exercise(sessions))
        self.empty.setVisible(not sessions)
        self.delete_button.setEnabled(bool(sessions))

    def clear(self) -> None:
        self.show_sessions([], date.today())


def confirm_delete(parent: QWidget) -> bool:
    return (
        QMessageBox.question(
            parent,
            "Delete exercise history?",
            "Remove every saved exercise session and rating? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        == QMessageBox.StandardButton.Yes
    )
