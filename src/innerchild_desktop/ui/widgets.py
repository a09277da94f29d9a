"""Small shared widgets and helpers: labelled text, buttons with accessible names, cards."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Rows that wrap, and buttons and check boxes whose words wrap (ui/flow.py), offered here too.
from innerchild_desktop.ui.flow import FlowLayout as FlowLayout
from innerchild_desktop.ui.flow import WrapButton as WrapButton
from innerchild_desktop.ui.flow import WrapCheckBox as WrapCheckBox

# Every workspace page's frame (left, top, right, bottom): its title sits at the same place on
# each page, so moving between them the eye does not have to look for it again.
PAGE_MARGINS = (32, 24, 32, 16)
PAGE_TITLE = "PageTitle"  # the object name of each page's title label

# Two of Qt's enum values, set by value through Qt's property system: naming them builds the
# whole Qt namespace (94 enums, about 19 ms of a cold start, issue 20), and the lock screen is
# made of labels. test_widgets checks them against Qt's own names.
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_TEXT_INTERACTION = 0  # Qt.TextInteractionFlag.NoTextInteraction


def label(text: str, role: str = "", *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    # Plain unless a caller says otherwise: labels show titles, tags and a pack's words, and
    # Qt's AutoText would render any of them that looks like HTML as HTML.
    widget.setProperty("textFormat", PLAIN_TEXT)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setProperty("textInteractionFlags", NO_TEXT_INTERACTION)
    return widget


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written. Qt renders any tooltip that looks like HTML as
    HTML and a tooltip has no plain-text switch, so text with a "<" in it (a title, a pack's
    words) goes escaped inside an explicit paragraph."""
    if "<" not in text:
        return text
    import html  # (here: the lock screen has no such tip, and html costs a cold start)

    return f"<p>{html.escape(text)}</p>"


def button(
    text: str,
    *,
    role: str = "",
    accessible: str | None = None,
    description: str = "",
    parent: QWidget | None = None,
    wrap: bool = False,
    pointer: bool = True,
) -> QPushButton:
    """A push button; ``wrap``: its words go onto more lines when it is narrower than them
    (a long sentence on a button, German running longer), so it never sets how narrow the
    window can be. ``pointer``: the pointing hand over it, now (the lock screen's buttons get
    theirs from :func:`pointing_hand` once its first frame is shown)."""
    widget = WrapButton(text, parent) if wrap else QPushButton(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    if pointer:
        pointing_hand(widget)
    return widget


def pointing_hand(*widgets: QWidget) -> None:
    """The pointing hand over each of ``widgets`` (a button's cursor)."""
    from PySide6.QtCore import Qt  # (here: a cold start builds no Qt namespace, issue 20)

    for widget in widgets:
        widget.setCursor(Qt.CursorShape.PointingHandCursor)


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(14)
    return frame, layout


def screen(parent: QWidget | None = None) -> QWidget:
    widget = QWidget(parent)
    widget.setObjectName("Screen")  # (a plain QWidget: the style sheet paints its background)
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


def page_frame(layout: QBoxLayout, title: str) -> QLabel:
    """Give a page's main column the frame every page shares: the same margins, and its title
    first, in the title role. Returns the title label."""
    layout.setContentsMargins(*PAGE_MARGINS)
    heading = label(title, "title", wrap=False)
    heading.setObjectName(PAGE_TITLE)
    # Its own height, never more: spare room goes to the page, so the title stays at the top.
    heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    layout.insertWidget(0, heading)
    return heading


def secret_field(placeholder: str, name: str) -> QLineEdit:
    """A field for a passphrase: its characters hidden, its purpose said to screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(name)
    return field
