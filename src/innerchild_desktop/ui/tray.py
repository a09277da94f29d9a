"""The tray icon: "I feel overwhelmed" one click away even when the window is hidden or locked,
"Quick hide" (lock and hide the window), and gentle reminders' bubbles with "Not this week".

Its menu says nothing about the journal (the tooltip is the app's name only), and it exists only
where the desktop has a tray.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from innerchild_desktop import APP_DISPLAY_NAME
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.application import app_icon


def tray_menu(window: QMainWindow, actions: list[QAction], more: Sequence[QAction] = ()) -> QMenu:
    """``actions`` (the soothing ones) first, then ``more`` (Quick hide, Not this week), then
    "Show Inner Child"."""
    menu = QMenu(window)
    for action in actions:
        menu.addAction(action)
    if more:
        menu.addSeparator()
        for action in more:
            menu.addAction(action)
    menu.addSeparator()
    show = menu.addAction(translate("tray", "Show {app}").format(app=APP_DISPLAY_NAME))

    def show_window() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    show.triggered.connect(show_window)
    return menu


def make_tray(
    window: QMainWindow, actions: list[QAction], more: Sequence[QAction] = ()
) -> QSystemTrayIcon | None:
    """A tray icon with ``actions`` first, or None where there is no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), window)
    tray.setToolTip(APP_DISPLAY_NAME)
    tray.setContextMenu(tray_menu(window, actions, more))
    tray.activated.connect(
        lambda reason: (
            actions[0].trigger() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
        )
    )
    tray.show()
    return tray
