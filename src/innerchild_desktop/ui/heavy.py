"""Asking before heavy content is shown: one question, built in one place.

"Not now" is both the default button (Enter) and the escape button (Esc), so a key pressed out of
habit, or pressed twice, never opens something heavy. Opening it is one deliberate click (or Tab
to it) away, and "Breathe first" is always offered.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.question import soften


class HeavyChoice(Enum):
    OPEN = "open"
    BREATHE = "breathe"
    NOT_NOW = "not now"


_BUTTONS = (  # (words, role, choice, description): the words translated when shown
    (
        QT_TRANSLATE_NOOP("heavy", "Open it"),
        QMessageBox.ButtonRole.AcceptRole,
        HeavyChoice.OPEN,
        QT_TRANSLATE_NOOP("heavy", "Open it now"),
    ),
    (
        QT_TRANSLATE_NOOP("heavy", "Breathe first"),
        QMessageBox.ButtonRole.ActionRole,
        HeavyChoice.BREATHE,
        QT_TRANSLATE_NOOP("heavy", "Keep it veiled and start a breathing exercise"),
    ),
    (
        QT_TRANSLATE_NOOP("heavy", "Not now"),
        QMessageBox.ButtonRole.RejectRole,
        HeavyChoice.NOT_NOW,
        QT_TRANSLATE_NOOP("heavy", "Keep it veiled"),
    ),
)


class HeavyQuestion(QMessageBox):
    """The question, not yet shown; :meth:`choice` reads the answer after ``exec()``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        title: str | None = None,
        text: str | None = None,
    ) -> None:
        """``title`` is "A heavy memory" and ``text`` "This memory is marked heavy." unless
        given."""
        super().__init__(parent)
        title = title or translate("heavy", "A heavy memory")
        soften(self, title)  # the app's calm look: no stock icon, plain text
        self.setText(text or translate("heavy", "This memory is marked heavy."))
        self.setInformativeText(
            translate(
                "heavy",
                "Would you like to open it now, breathe first, or leave it for another time?",
            )
        )
        self.choices: dict[QAbstractButton, HeavyChoice] = {}
        by_choice: dict[HeavyChoice, QPushButton] = {}
        for words, role, choice, description in _BUTTONS:
            text_ = translate("heavy", words)
            added = self.addButton(text_, role)
            added.setAccessibleName(text_)
            added.setAccessibleDescription(translate("heavy", description))
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
