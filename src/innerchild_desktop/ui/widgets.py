"""Small shared widgets and helpers: labelled text, buttons with accessible names, cards."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def label(text: str, role: str = "", *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    # Plain unless a caller says otherwise: labels show titles, tags and a pack's words, and
    # Qt's AutoText would render any of them that looks like HTML as HTML.
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written. Qt renders any tooltip that looks like HTML as
    HTML and a tooltip has no plain-text switch, so text with a "<" in it (a title, a pack's
    words) goes escaped inside an explicit paragraph."""
    return f"<p>{html.escape(text)}</p>" if "<" in text else text


def button(
    text: str,
    *,
    role: str = "",
    accessible: str | None = None,
    description: str = "",
    parent: QWidget | None = None,
) -> QPushButton:
    widget = QPushButton(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(14)
    return frame, layout


def screen(parent: QWidget | None = None) -> QWidget:
    widget = QWidget(parent)
    widget.setObjectName("Screen")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    return widget


def centred(widget: QWidget) -> QHBoxLayout:
    """A row that centres ``widget`` horizontally.

    Stretches rather than an alignment flag: an aligned widget gets only its size hint, which for
    word-wrapped labels is computed for the wrong width and clips their last lines.
    """
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row
