"""What an empty timeline shows: an invitation and one button, no pressure."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.widgets import label


def empty_state(add: QWidget) -> QFrame:
    """What an empty timeline shows: an invitation and one button, no pressure."""
    frame = QFrame()
    frame.setProperty("role", "card")
    frame.setAccessibleName(translate("timeline.empty", "No memories yet"))
    frame.setMinimumWidth(480)
    frame.setMaximumWidth(560)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(14)
    layout.addWidget(
        label(translate("timeline.empty", "Your timeline is here when you're ready."), "subtitle")
    )
    layout.addWidget(
        label(
            translate(
                "timeline.empty",
                "A memory can be small: a room, a smell, a song. Give it a few words and a rough "
                "time, like “around age 7” or “primary school”; the exact date doesn't matter. "
                "A heavy one can stay veiled until you choose to open it.",
            )
        )
    )
    row = QHBoxLayout()
    row.addWidget(add)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(
        label(
            translate(
                "timeline.empty", "There's no need to go in order, or to fill it all at once."
            ),
            "muted",
        )
    )
    return frame
