"""Under a prompt that asks for a drawing (``invites = "draw"``, domain.prompts): one quiet line
offering the canvas, so "Draw or describe a door" can be answered by drawing. It only invites:
writing stays just as open, and nothing opens by itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.journal.drawings import DRAW_SHORTCUT
from innerchild_desktop.ui.widgets import button, label


class DrawInvitation(QWidget):
    """An invitation to draw the answer, and a Draw… button (the editor's own Draw…)."""

    def __init__(self, draw: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = label(
            translate("journal.draw_invitation", "If you like, you can draw your answer."),
            "muted",  # (it wraps when the editor is narrow)
        )
        self.draw_button = button(
            translate("journal.draw_invitation", "Draw…"),
            role="link",
            accessible=translate("journal.draw_invitation", "Draw your answer"),
            description=translate(
                "journal.draw_invitation",
                "Open the drawing canvas ({shortcut}); the drawing is kept in this entry",
            ).format(shortcut=DRAW_SHORTCUT),
        )
        self.draw_button.setAutoDefault(False)
        self.draw_button.clicked.connect(lambda: draw())
        layout.addWidget(self.text)
        layout.addWidget(self.draw_button)
        layout.addStretch(1)
        self.hide()

    def offer(self, invites: str | None) -> None:
        """Shown for a prompt that invites a drawing; hidden for anything else."""
        self.setVisible(invites == "draw")
