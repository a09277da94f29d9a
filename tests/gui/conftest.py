from __future__ import annotations

import pytest

from innerchild_desktop.app import configure_application
from innerchild_desktop.context import AppContext
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.tasks import wait_for_all


@pytest.fixture(autouse=True)
def _fresh_exercise_choices(qapp):  # type: ignore[no-untyped-def]
    """Qt keeps one settings file for the whole run: each test starts as a new person."""
    from PySide6.QtCore import QSettings

    QSettings().remove("ui/language")  # the window speaks the system's language (English here)
    configure_application(qapp)
    QSettings().remove("soothe")
    yield
    QSettings().remove("soothe")
    if QSettings().contains("ui/language"):  # a test chose a language: back to English
        QSettings().remove("ui/language")
        configure_application(qapp)


@pytest.fixture
def make_window(qtbot, qapp, paths):  # type: ignore[no-untyped-def]
    configure_application(qapp)
    windows: list[MainWindow] = []

    def make(idle_ms: int | None = None) -> MainWindow:
        window = MainWindow(AppContext(paths, kdf=FAST_TEST_KDF), idle_ms=idle_ms)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        wait_for_all(window)  # the window's tasks and its dialogs'
        window.context.lock()
