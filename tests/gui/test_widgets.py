"""The shared widget helpers do what their names say, also where they avoid naming Qt's enums
(a cold start builds no Qt namespace, issue 20)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from innerchild_desktop.ui import widgets
from innerchild_desktop.ui.lock_screen import LockScreen


def test_the_values_set_by_number_are_qts_own():
    assert Qt.TextFormat.PlainText.value == widgets.PLAIN_TEXT
    assert Qt.TextInteractionFlag.NoTextInteraction.value == widgets.NO_TEXT_INTERACTION


def test_a_label_shows_its_text_as_written_and_takes_no_clicks(qtbot):
    label = widgets.label("<b>not bold</b>", "title")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert label.property("role") == "title" and label.wordWrap()


def test_buttons_point_and_the_lock_screens_point_once_it_is_finished(qtbot):
    button = widgets.button("Go")
    qtbot.addWidget(button)
    assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    lock = LockScreen()
    qtbot.addWidget(lock)
    buttons = [lock.unlock_button, lock.forgot_button, lock.overwhelmed_button]
    buttons += [lock.far_away_button, lock.safety_button]
    assert {b.cursor().shape() for b in buttons} == {Qt.CursorShape.ArrowCursor}
    lock.finish()
    assert {b.cursor().shape() for b in buttons} == {Qt.CursorShape.PointingHandCursor}


def test_a_screen_paints_the_window_colour_behind_it(qtbot):
    """The style sheet paints a plain QWidget's background by itself (Qt sets
    WA_StyledBackground when it polishes one with a background rule)."""
    from innerchild_desktop.ui.theme import colours

    holder = QWidget()
    qtbot.addWidget(holder)
    page = widgets.screen(holder)
    page.resize(40, 40)
    holder.resize(40, 40)
    holder.show()
    qtbot.waitExposed(holder)
    assert page.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    assert page.grab().toImage().pixelColor(20, 20).name() == colours().window
