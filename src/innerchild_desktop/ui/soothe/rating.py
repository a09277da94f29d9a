"""The optional 0–10 rating: folded away, one tap, never required, never the keyboard's focus.

The buttons are reached with Tab on purpose only (a click does not move focus to them), and none
is ever a dialog's default button, so Enter can never record a rating by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.widgets import button, label

# English here; shown through translate("soothe.rating", …) when built.
QUESTION = QT_TRANSLATE_NOOP(
    "soothe.rating", "How strong is the feeling right now? 0 = calm, 10 = the most"
)


class RatingRow(QWidget):
    def __init__(self, question: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if question is None:
            question = translate("soothe.rating", QUESTION)
        self.value: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.toggle = button(
            translate("soothe.rating", "Rate how strong the feeling is (optional)"),
            role="link",
            description=translate("soothe.rating", "Show a 0 to 10 scale; rating is never needed"),
        )
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(label(question, "muted"))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        for n in range(11):
            choice = QPushButton(str(n))
            choice.setCheckable(True)
            choice.setAutoDefault(False)
            choice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            choice.setProperty("role", "rating")
            choice.setAccessibleName(f"{question}: {n}")
            self.group.addButton(choice, n)
            row.addWidget(choice)
        row.addStretch(1)
        body.addLayout(row)
        outer.addWidget(self.toggle)
        outer.addWidget(self.body)
        self.body.setVisible(False)
        self.toggle.toggled.connect(self.body.setVisible)
        self.group.idClicked.connect(self._chosen)

    def _chosen(self, value: int) -> None:
        self.value = value

    def unfold(self, open_: bool = True) -> None:
        self.toggle.setChecked(open_)

    def reset(self) -> None:
        self.group.setExclusive(False)
        for choice in self.group.buttons():
            choice.setChecked(False)
        self.group.setExclusive(True)
        self.value = None
        self.unfold(False)
