"""The welcome after the recovery key: three optional screens, skippable at any point (Skip or
Esc), walkable by keyboard alone, with choices saved in the journal as they are made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services import safety
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.ui.first_run import TITLES

PASSPHRASE = "correct horse battery staple"


def _through_setup(qtbot, window):
    """Create a journal as a person would and keep the recovery key: the welcome follows."""
    setup = window.setup
    qtbot.keyClicks(setup.passphrase, PASSPHRASE)
    qtbot.keyClicks(setup.confirm, PASSPHRASE)
    qtbot.keyClick(setup.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.currentIndex() == 1, timeout=10_000)
    setup.confirm_kept.setChecked(True)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    welcome = window.first_run
    assert window.stack.currentWidget() is welcome
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is welcome.next_button)
    return welcome


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the keyboard sends it: to whatever has the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def _page_text(welcome) -> str:
    from PySide6.QtWidgets import QLabel

    page = welcome.pages.currentWidget()
    return " ".join(w.text() for w in page.findChildren(QLabel))


@pytest.fixture
def welcome(qtbot, make_window):
    window = make_window()
    return window, _through_setup(qtbot, window)


def test_three_screens_by_keyboard_alone(qtbot, welcome):
    window, first = welcome
    assert first.heading.text() == TITLES[0] and "1 of 3" in first.step.text()
    text = _page_text(first)
    for words in ("journal", "timeline of memories", "Prompts", "Soothing exercises"):
        assert words in text
    assert "not therapy" in text and "not a crisis service" in text
    assert "offline" in text and "Nothing you write leaves this computer" in text
    assert not first.back_button.isEnabled()

    _press(qtbot, Qt.Key.Key_Return)  # Enter: the focused "Next"
    assert first.heading.text() == TITLES[1]
    text = _page_text(first)
    assert "“I feel overwhelmed”" in text and "Ctrl+Shift+B" in text and "lock screen" in text
    assert "“I feel far away”" in text and "Ctrl+Shift+G" in text
    assert "optional" in text and "Esc" in text
    assert QApplication.focusWidget() is first.next_button

    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # Shift+Tab: Back
    assert QApplication.focusWidget() is first.back_button
    _press(qtbot, Qt.Key.Key_Space)
    assert first.heading.text() == TITLES[0]
    assert QApplication.focusWidget() is first.next_button  # focus back on the way on
    _press(qtbot, Qt.Key.Key_Return)
    _press(qtbot, Qt.Key.Key_Return)
    assert first.heading.text() == TITLES[2] and "3 of 3" in first.step.text()
    assert first.next_button.accessibleName() == "Go to my journal"
    _press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspace


@pytest.mark.parametrize("screen", [0, 1, 2])
def test_esc_skips_from_any_screen(qtbot, welcome, screen):
    window, first = welcome
    for _ in range(screen):
        _press(qtbot, Qt.Key.Key_Return)
    assert first.pages.currentIndex() == screen
    _press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.workspace


@pytest.mark.parametrize("screen", [0, 1, 2])
def test_skip_button_on_every_screen_changes_nothing(qtbot, welcome, screen):
    window, first = welcome
    for _ in range(screen):
        qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    assert first.skip_button.isVisible() and first.skip_button.accessibleName() == "Skip"
    qtbot.mouseClick(first.skip_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    journal = window.context.journal
    assert PromptService(journal).settings()["max_depth"] == Depth.GENTLE.value  # gentle by default
    assert window.context.service.on_this_day_enabled() is False  # off by default
    assert safety.crisis_region(window.context.paths) is None  # asked later, by the plan


def test_choices_by_keyboard_are_saved_in_the_journal(qtbot, welcome):
    window, first = welcome
    _press(qtbot, Qt.Key.Key_Return)
    _press(qtbot, Qt.Key.Key_Return)
    assert first.depth_box.currentData() is Depth.GENTLE and not first.on_this_day.isChecked()
    assert first.region.currentData() is None
    # Tab order: safety plan, country, prompts, On this day, then the way on.
    first.safety_button.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(6):
        _press(qtbot, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        first.safety_button,
        first.region,
        first.depth_box,
        first.on_this_day,
        first.skip_button,
        first.back_button,
        first.next_button,
    ]
    first.region.setFocus()
    _press(qtbot, Qt.Key.Key_Down)  # the first country in the list
    region = first.region.currentData()
    assert isinstance(region, str)
    first.depth_box.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    assert first.depth_box.currentData() is Depth.REFLECTIVE
    first.on_this_day.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    assert first.on_this_day.isChecked()
    _press(qtbot, Qt.Key.Key_Escape)  # skipping keeps what was chosen
    assert window.stack.currentWidget() is window.workspace

    journal = window.context.journal
    assert PromptService(journal).settings()["max_depth"] == Depth.REFLECTIVE.value
    assert window.context.service.on_this_day_enabled() is True
    assert safety.crisis_region(window.context.paths) == region
    window.workspace.show_page("Prompts")  # pages read the choices afresh
    assert window.workspace.prompts_page.depth_box.currentData() is Depth.REFLECTIVE
    keys = " ".join(QSettings().allKeys()).lower()
    assert "depth" not in keys and "this_day" not in keys and "region" not in keys


def test_depth_choice_keeps_themes_set_aside(qtbot, welcome):
    window, first = welcome
    journal = window.context.journal
    PromptService(journal).save_settings(["school"], Depth.GENTLE)
    first.depth_box.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    assert PromptService(journal).settings() == {
        "avoid_themes": ["school"],
        "max_depth": "reflective",
    }


def test_safety_plan_opens_from_the_welcome(qtbot, welcome):
    window, first = welcome
    first.next_button.click()
    first.next_button.click()
    first.safety_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    dialog = window.safety_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    assert window.stack.currentWidget() is first  # the welcome is still there afterwards


def test_every_control_has_an_accessible_name(welcome):
    _window, first = welcome
    for control in first.findChildren(QPushButton) + first.findChildren(QComboBox):
        assert control.accessibleName(), control.text() if hasattr(control, "text") else control
    assert first.on_this_day.accessibleName() == "Show On this day"
    assert first.accessibleName() == "Welcome to your journal"


def test_locking_during_the_welcome_drops_the_journal(qtbot, welcome):
    window, first = welcome
    window.lock()
    assert window.stack.currentWidget() is window.lock_screen
    assert first._service is None
