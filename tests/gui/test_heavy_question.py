"""The "A heavy memory" question: Enter and Esc keep the memory veiled; opening is a choice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.test_timeline import make_page


def answer_when_asked(act: Callable[[QMessageBox], None]) -> list[str]:
    """Once the modal question is showing, ``act`` on it; returns the texts it showed."""
    seen: list[str] = []

    def poll(tries: int = 500) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            act(box)
        elif tries:
            QTimer.singleShot(10, lambda: poll(tries - 1))

    QTimer.singleShot(0, poll)
    return seen


def press(key: Qt.Key) -> Callable[[QMessageBox], None]:
    return lambda box: QTest.keyClick(box.focusWidget() or box, key)


def click(text: str) -> Callable[[QMessageBox], None]:
    return lambda box: next(b for b in box.buttons() if b.text() == text).click()


def heavy_marker(page):  # type: ignore[no-untyped-def]
    return next(m for m in page.scene.markers if m.placed.heavy)


def test_enter_on_the_heavy_question_does_not_open_the_memory(qtbot, journal):
    page = make_page(qtbot, journal)
    asked = answer_when_asked(press(Qt.Key.Key_Return))
    page.show_marker(heavy_marker(page))
    assert asked and "heavy" in asked[0]
    assert "Hard night" not in page.card.toPlainText()
    assert "veiled" in page.card.toPlainText()


def test_arrowing_onto_a_heavy_memory_then_enter_keeps_the_veil(qtbot, journal):
    """The keyboard path a person would take: arrow onto the memory, then Enter on the question."""
    page = make_page(qtbot, journal)
    page.view.setFocus()
    page.view.current = [m.placed.heavy for m in page.scene.markers].index(True) - 1
    asked = answer_when_asked(press(Qt.Key.Key_Enter))
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert asked
    assert "Hard night" not in page.card.toPlainText()


def test_escape_is_not_now_and_breathe_first_offers_breathing(qtbot, journal):
    page = make_page(qtbot, journal)
    answer_when_asked(press(Qt.Key.Key_Escape))
    page.show_marker(heavy_marker(page))
    assert "Hard night" not in page.card.toPlainText()
    with qtbot.waitSignal(page.breathe_requested):
        answer_when_asked(click("Breathe first"))
        page.show_marker(heavy_marker(page))
    assert "Hard night" not in page.card.toPlainText()


def test_open_it_is_still_one_deliberate_choice_away(qtbot, journal):
    page = make_page(qtbot, journal)
    answer_when_asked(click("Open it"))
    page.show_marker(heavy_marker(page))
    assert "Hard night" in page.card.toPlainText()


def test_open_it_by_keyboard_when_focused_on_purpose(qtbot, journal):
    page = make_page(qtbot, journal)

    def tab_to_open_and_press_enter(box: QMessageBox) -> None:
        target = next(b for b in box.buttons() if b.text() == "Open it")
        target.setFocus()
        QTest.keyClick(target, Qt.Key.Key_Return)

    answer_when_asked(tab_to_open_and_press_enter)
    page.show_marker(heavy_marker(page))
    assert "Hard night" in page.card.toPlainText()


def test_the_question_names_its_buttons_and_defaults_to_not_now(qtbot):
    from innerchild_desktop.ui.heavy import HeavyChoice, HeavyQuestion

    box = HeavyQuestion()
    qtbot.addWidget(box)
    assert box.defaultButton() is box.not_now and box.escapeButton() is box.not_now
    assert {b.accessibleName() for b in box.buttons()} == {"Open it", "Breathe first", "Not now"}
    assert box.choice() is HeavyChoice.NOT_NOW  # closed without a click: not now
