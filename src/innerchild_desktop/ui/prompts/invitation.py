"""The quiet "when you feel ready" line: how a gentle-only journal learns it can go deeper.

Shown under the Depth choice after a few answered prompts (never on a hard day, never as a count
of anything), until the person closes it or chooses a deeper setting themselves; the rule is
:func:`innerchild_desktop.domain.prompt_care.invite_deeper`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.widgets import button, label

INVITATION_TEXT = QT_TRANSLATE_NOOP(  # translated when shown
    "prompts.invitation",
    "When you feel ready, you can choose deeper prompts with Depth, just above. "
    "There's no hurry: gentle ones are always here too.",
)


class DeeperInvitation(QFrame):
    show_where = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("prompts.invitation", "When you feel ready"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.text = label(translate("prompts.invitation", INVITATION_TEXT), "muted")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(translate("prompts.invitation", "When you feel ready"))
        self.show_me = button(
            translate("prompts.invitation", "Show me"),
            role="link",
            description=translate("prompts.invitation", "Move to the Depth choice on this page"),
        )
        self.dismiss = button(
            translate("prompts.invitation", "Hide this"),
            role="link",
            description=translate("prompts.invitation", "Close this note; it won't come back"),
        )
        self.show_me.clicked.connect(self.show_where)
        self.dismiss.clicked.connect(self.dismissed)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_me)
        layout.addWidget(self.dismiss)
