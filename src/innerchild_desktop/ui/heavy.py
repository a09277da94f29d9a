"""Asking before heavy content is shown: one question, built in one place.

"Not now" is both the default button (Enter) and the escape button (Esc), so a key pressed out of
habit, or pressed twice, never opens something heavy. Opening it is one deliberate click (or Tab
to it) away, and "Breathe first" is always offered.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from innerchild_desktop.ui.question import soften


class HeavyChoice(Enum):
    OPEN = "open"
    BREATHE = "breathe"
    NOT_NOW = "not now"


_BUTTONS = (
    ("Open it", QMessageBox.ButtonRole.AcceptRole, HeavyChoice.OPEN, "Open it now"),
    (
        "Breathe first",
        QMessageBox.ButtonRole.ActionRole,
        HeavyChoice.BREATHE,
        "Keep it veiled and start a breathing exercise",
    ),
    ("Not now", QMessageBox.ButtonRole.RejectRole, HeavyChoice.NOT_NOW, "Keep it veiled"),
)


class HeavyQuestion(QMessageBox):
    """The question, not yet shown; :meth:`choice` reads the answer after ``exec()``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        title: str = "A heavy memory",
        text: str = "This memory is marked heavy.",
    ) -> None:
        super().__init__(parent)
        soften(self, title)  # the app's calm look: no stock icon, plain text
        self.setText(text)
        self.setInformativeText(
            "Would you like to open it now, breathe first, or leave it for another time?"
        )
        self.choices: dict[QAbstractButton, HeavyChoice] = {}
        by_choice: dict[HeavyChoice, QPushButton] = {}
        for text_, role, choice, description in _BUTTONS:
            added = self.addButton(text_, role)
            added.setAccessibleName(text_)
            added.setAccessibleDescription(description)
            self.choices[added] = choice
            by_choice[choice] = added
        self.not_now = by_choice[HeavyChoice.NOT_NOW]
        self.setDefaultButton(self.not_now)
        self.setEscapeButton(self.not_now)

    def choice(self) -> HeavyChoice:
        """Only a click on "Open it" or "Breathe first" is either; anything else is not now."""
        return self.choices.get(self.clickedButton(), HeavyChoice.NOT_NOW)


def ask_heavy(parent: QWidget | None, **texts: str) -> HeavyChoice:
    """Ask (modal) and return the choice; ``texts`` may replace ``title`` and ``text``."""
    box = HeavyQuestion(parent, **texts)
    box.exec()
    return box.choice()
