"""Make my own breathing pattern, within the same safety limits as the shipped ones."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.exercises import validate_pattern
from innerchild_desktop.domain.pacer import BreathPattern
from innerchild_desktop.ui.widgets import label


class PatternDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("My own pattern")
        self.setAccessibleName("My own breathing pattern")
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                "Choose how many seconds each part lasts. Slow and easy is the "
                "aim: every breath lasts at least 8 seconds in all.",
                "muted",
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName("Name of the pattern")
        self.name.setPlaceholderText("e.g. Evening breath")
        form.addRow("Name", self.name)
        self.fields: dict[str, QDoubleSpinBox] = {}
        for key, text, value in (
            ("inhale", "Breathe in", 4.0),
            ("hold_in", "Hold", 0.0),
            ("exhale", "Breathe out", 6.0),
            ("hold_out", "Rest", 0.0),
        ):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 12.0)
            spin.setSingleStep(0.5)
            spin.setSuffix(" s")
            spin.setValue(value)
            spin.setAccessibleName(f"{text}, seconds")
            spin.valueChanged.connect(self.check)
            self.fields[key] = spin
            form.addRow(text, spin)
        layout.addLayout(form)
        self.problems = label("", "error")
        self.problems.setAccessibleName("Problems with this pattern")
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self.check)
        self.check()

    def pattern(self) -> BreathPattern | None:
        try:
            return BreathPattern(**{k: s.value() for k, s in self.fields.items()})
        except ValueError:
            return None

    def check(self) -> list[str]:
        pattern = self.pattern()
        problems = (
            ["A breath needs an in-breath and an out-breath."]
            if pattern is None
            else validate_pattern(pattern)
        )
        if not self.name.text().strip():
            problems = ["Please give your pattern a name.", *problems]
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems
