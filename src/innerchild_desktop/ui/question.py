"""Every message box in the app, built in one place so they all look and speak the same way.

- :func:`calm_box`: the look. No stock icon (no alarm triangle, no question mark), plain text,
  the theme's colours; a title that says what is happening, never "Error" or "Warning".
- :func:`ask`: a gentle yes-or-no question that does not block: the careful answer is the default
  (Enter) and Esc, and the other answer calls back.
- :func:`confirm`: the same question, answered before it returns (for code that must know now).
- :func:`tell`: something to know, with one kind button.
- :func:`about`: the About box (it shows the app's own icon, the one soft picture allowed).

Kind words: the careful answer defaults to "Not now", never "Cancel"; nothing says "Discard".
Tests click the buttons like a person would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from innerchild_desktop.domain.i18n import translate

HARSH_WORDS = ("Discard", "Error", "Warning", "Abort", "Fatal")  # never in a box we show
CALM = "calm"  # the dynamic property every box made here carries (tests walk it)


def soften(box: QMessageBox, title: str) -> QMessageBox:
    """Give ``box`` (made here or a subclass of QMessageBox) the app's calm look."""
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text may hold the person's words
    box.setProperty(CALM, True)
    return box


def calm_box(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """A message box, not yet shown, in the app's look."""
    box = soften(QMessageBox(parent), title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    return box


def _not_now() -> str:
    """The careful answer's usual words (translated when asked, not at import)."""
    return translate("question", "Not now")


def _pair(box: QMessageBox, careful: str, other: str) -> tuple[QPushButton, QPushButton]:
    careful_button = box.addButton(careful, QMessageBox.ButtonRole.RejectRole)
    other_button = box.addButton(other, QMessageBox.ButtonRole.AcceptRole)
    careful_button.setProperty("role", "primary")  # the default, and it looks it
    careful_button.style().unpolish(careful_button)  # the box may have styled it already
    careful_button.style().polish(careful_button)
    careful_button.setAccessibleName(careful.replace("&", ""))
    other_button.setAccessibleName(other.replace("&", ""))
    box.setDefaultButton(careful_button)
    box.setEscapeButton(careful_button)
    return careful_button, other_button


def ask(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    *,
    careful: str | None = None,
    other: str,
    on_other: Callable[[], None],
    on_careful: Callable[[], None] | None = None,
) -> QMessageBox:
    """Open the question window-modally and return it (keep a reference while it is open).
    ``careful`` is "Not now" unless given."""
    box = calm_box(parent, title, text, details)
    _careful_button, other_button = _pair(box, careful or _not_now(), other)

    def answered(chosen: object) -> None:
        if chosen is other_button:
            on_other()
        elif on_careful is not None:
            on_careful()

    box.buttonClicked.connect(answered)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str = "",
    *,
    careful: str | None = None,
    other: str,
) -> bool:
    """Ask and wait: True only when the person chose ``other`` (Enter and Esc are careful)."""
    box = calm_box(parent, title, text, details)
    _careful_button, other_button = _pair(box, careful or _not_now(), other)
    box.exec()
    return box.clickedButton() is other_button


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str = "",
    *,
    ok: str | None = None,
    modal: bool = True,
) -> QMessageBox:
    """Show something to know with one button (``modal``: wait for it; else open and return).
    ``ok`` is "OK" unless given."""
    box = calm_box(parent, title, text, details)
    ok = ok or translate("question", "OK")
    button = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
    button.setAccessibleName(ok)
    box.setDefaultButton(button)
    box.setEscapeButton(button)
    if modal:
        box.exec()
    else:
        box.show()
    return box


def about(parent: QWidget, title: str, rich_text: str) -> None:
    """The About box: our own words (rich text we wrote) beside the app's icon."""
    QMessageBox.about(parent, title, rich_text)
