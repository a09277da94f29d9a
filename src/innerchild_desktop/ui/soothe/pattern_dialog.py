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
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.pacer import BreathPattern
from innerchild_desktop.ui.widgets import label


class PatternDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("soothe.pattern_dialog", "My own pattern"))
        self.setAccessibleName(translate("soothe.pattern_dialog", "My own breathing pattern"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "soothe.pattern_dialog",
                    "Choose how many seconds each part lasts. Slow and easy is the "
                    "aim: every breath lasts at least 8 seconds in all.",
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("soothe.pattern_dialog", "Name of the pattern"))
        self.name.setPlaceholderText(translate("soothe.pattern_dialog", "e.g. Evening breath"))
        form.addRow(translate("soothe.pattern_dialog", "Name"), self.name)
        self.fields: dict[str, QDoubleSpinBox] = {}
        for key, text, value in (
            ("inhale", translate("soothe.pattern_dialog", "Breathe in"), 4.0),
            ("hold_in", translate("soothe.pattern_dialog", "Hold"), 0.0),
            ("exhale", translate("soothe.pattern_dialog", "Breathe out"), 6.0),
            ("hold_out", translate("soothe.pattern_dialog", "Rest"), 0.0),
        ):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 12.0)
            spin.setSingleStep(0.5)
            spin.setSuffix(translate("soothe.pattern_dialog", " s"))
            spin.setValue(value)
            spin.setAccessibleName(
                translate("soothe.pattern_dialog", "{part}, seconds").format(part=text)
            )
            spin.valueChanged.connect(self.check)
            self.fields[key] = spin
            form.addRow(text, spin)
        layout.addLayout(form)
        self.problems = label("", "error")
        self.problems.setAccessibleName(
            translate("soothe.pattern_dialog", "Problems with this pattern")
        )
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
            [translate("soothe.pattern_dialog", "A breath needs an in-breath and an out-breath.")]
            if pattern is None
            else validate_pattern(pattern)
        )
        if not self.name.text().strip():
            problems = [
                translate("soothe.pattern_dialog", "Please give your pattern a name."),
                *problems,
            ]
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems
