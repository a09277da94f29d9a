"""``innerchild screenshots --language pseudo``: every screen in a made-up language that shows
what was left untranslated and what no longer fits.

Each translated text comes back as ``⟦text··⟧``: wrapped in brackets and 30 % longer (German
runs about that much longer than English). While the screens are pictured, every visible label,
button and group title is looked at: text without the brackets never went through
``translate`` (or is the person's own words: such widgets carry the ``content`` property), and
text wider than its widget is cut off. The problems are written next to the pictures, in
``language-problems.txt``, one per line.
"""

from __future__ import annotations

import math
import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from innerchild_desktop.domain import i18n

PSEUDO = "pseudo"
OPEN, CLOSE, PAD = "⟦", "⟧", "·"
_WORDS = re.compile(r"[^\W\d_]{2,}")
_TAGS = re.compile(r"<[^>]+>")


def pseudo(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    text = i18n.untranslated(context, source, disambiguation, n)
    return f"{OPEN}{text}{PAD * math.ceil(len(text) * 0.3)}{CLOSE}"


def install_pseudo() -> None:
    i18n.install(pseudo, PSEUDO)


def _is_content(widget: QWidget) -> bool:
    """The person's own words, data (a crisis line, a prompt) or a name: never translated by
    ``translate`` (``content`` property); Qt's own words (a dialog's standard buttons, a
    calendar's month, weekday names from QLocale: ``qt_locale``), translated by Qt."""
    if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QDialogButtonBox):
        box = widget.parentWidget()
        assert isinstance(box, QDialogButtonBox)
        if box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
            return True
    current: QWidget | None = widget
    while current is not None:
        if current.property("content") or current.property("qt_locale"):
            return True
        if isinstance(current, QCalendarWidget):
            return True
        current = current.parentWidget()
    return False


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _clipped(widget: QWidget, text: str) -> bool:
    if widget.property("elides"):  # shortened on purpose, the whole text in its tooltip
        return False
    text = re.sub(r"&(?!&)", "", text)  # a mnemonic's & is not drawn
    if widget.property("wraps"):  # its words go onto more lines (ui/flow.py): cut off only
        # when its longest word is wider than it, or its lines taller
        return (
            widget.minimumSizeHint().width() > widget.width() + 2
            or widget.heightForWidth(widget.width()) > widget.height() + 2
        )
    if isinstance(widget, QLabel) and not widget.wordWrap() and "<" not in text:
        wide = max(widget.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
        return wide > widget.contentsRect().width() + 2
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.sizeHint().width() > widget.width() + 2
    return False


def problems_in(top: QWidget, screen: str) -> list[str]:
    """What is untranslated or cut off among ``top``'s visible widgets."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        text = _text_of(widget)
        if not text or _is_content(widget):
            continue
        plain = _TAGS.sub("", text).replace("&", "")
        kind = type(widget).__name__
        if _WORDS.search(plain.replace(OPEN, "").replace(CLOSE, "")) and OPEN not in plain:
            found.append(f"{screen}: untranslated {kind} {plain[:70]!r}")
        elif _clipped(widget, text):
            found.append(f"{screen}: cut off {kind} {plain[:70]!r}")
    return found
