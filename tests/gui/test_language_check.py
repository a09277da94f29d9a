"""The pseudo-language check: a button whose words wrap is cut off only when they do not fit."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from innerchild_desktop.screenshots.language_check import problems_in
from innerchild_desktop.ui.flow import WrapButton


def shown_in(qtbot, width: int, height: int, text: str) -> QWidget:  # type: ignore[no-untyped-def]
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    layout.addWidget(WrapButton(text))
    layout.addStretch(1)
    top.resize(width, height)
    top.show()
    qtbot.waitExposed(top)
    return top


def test_a_wrapped_button_with_room_for_its_lines_is_not_cut_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    top = shown_in(qtbot, 150, 300, "⟦Write a letter to my younger self··········⟧")
    button = top.findChild(WrapButton)
    assert button is not None and button.sizeHint().width() > button.width()  # on more lines
    assert problems_in(top, "here") == []


def test_a_wrapped_button_narrower_than_a_word_is_cut_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    top = shown_in(qtbot, 150, 300, "⟦Write a letter to my younger self··········⟧")
    button = top.findChild(WrapButton)
    assert button is not None
    button.setFixedWidth(40)  # narrower than its longest word
    qtbot.waitUntil(lambda: button.width() == 40)
    assert problems_in(top, "here") == [f"here: cut off WrapButton {button.text()!r}"]
