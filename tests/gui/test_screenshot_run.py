"""screenshots/common.py: the one way a screen is pictured in light and in dark."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel

from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.theme import DARK, LIGHT, apply_theme


def window_colour(qapp) -> str:  # type: ignore[no-untyped-def]
    return qapp.palette().color(QPalette.ColorRole.Window).name()


def test_themes_go_light_then_dark_and_come_back(qapp, tmp_path: Path) -> None:
    run = Run(qapp, tmp_path)
    seen = []
    for suffix in run.themes():
        seen.append((suffix, window_colour(qapp)))
    assert seen == [("", LIGHT.window), ("-dark", DARK.window)]
    assert window_colour(qapp) == LIGHT.window


def test_a_dark_run_pictures_dark_only_and_stays_dark(qapp, tmp_path: Path) -> None:
    run = Run(qapp, tmp_path, dark=True)
    assert [(s, window_colour(qapp)) for s in run.themes()] == [("-dark", DARK.window)]
    assert window_colour(qapp) == DARK.window
    apply_theme(qapp, dark=False)  # the app light again for the tests after this one


def test_leaving_the_loop_early_still_restores_the_run_theme(qapp, tmp_path: Path) -> None:
    run = Run(qapp, tmp_path)
    themes = run.themes()
    for suffix in themes:
        if suffix == "-dark":
            break
    assert window_colour(qapp) == DARK.window
    themes.close()
    assert window_colour(qapp) == LIGHT.window


def test_save_themed_writes_the_widget_in_light_and_in_dark(qtbot, qapp, tmp_path: Path) -> None:
    label = QLabel("Hello")
    qtbot.addWidget(label)
    label.resize(120, 60)
    label.show()
    run = Run(qapp, tmp_path)
    run.save_themed(label, "01-hello")
    assert run.shots == [tmp_path / "01-hello.png", tmp_path / "01-hello-dark.png"]
    corners = [QColor(QImage(str(path)).pixel(2, 2)).name() for path in run.shots]
    assert corners == [LIGHT.window, DARK.window]


def test_a_light_run_can_picture_light_only(qapp, tmp_path: Path) -> None:
    run = Run(qapp, tmp_path, both=False)
    assert [(s, window_colour(qapp)) for s in run.themes()] == [("", LIGHT.window)]


def test_a_picture_is_taken_once_the_screen_has_settled(qapp, tmp_path: Path) -> None:
    """A widget that changes a few event-loop turns after it is shown (a chart laid out late)
    is pictured as it ends up, not half-way."""
    from PySide6.QtCore import QTimer

    run = Run(qapp, tmp_path)
    label = QLabel("before")
    label.resize(200, 40)
    label.setStyleSheet("background: white; color: black;")
    label.show()
    QTimer.singleShot(40, lambda: label.setStyleSheet("background: black; color: white;"))
    run.save(label, "settled")
    image = QImage(str(tmp_path / "settled.png"))
    assert QColor(image.pixel(2, 2)).lightness() < 60  # the black it became
    label.close()
