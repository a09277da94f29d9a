"""The entry point to the self-soothing player, reachable from anywhere (even locked).

One player at a time: a second request raises and focuses the one that is open. "I feel
overwhelmed" opens straight into a calm breathing pattern without holds (the person's last such
choice, else the longer out-breath); "I feel far away" opens eyes-open orientation; "What's
happening right now?" lets the person choose by what they feel. Choices (pace, motion, sound,
counts) are remembered in :class:`SoothePrefs`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from innerchild_desktop.ui.soothe.pages import FAR_AWAY
from innerchild_desktop.ui.soothe.player import SoothePlayer
from innerchild_desktop.ui.soothe.prefs import SoothePrefs

WARM_AFTER_MS = 800  # after the lock screen is up: ask the desktop about reduced motion then

if TYPE_CHECKING:
    from innerchild_desktop.services.soothe import SootheService


class SootheLauncher(Protocol):
    def open_calm(self, parent: QWidget, *, locked: bool) -> QDialog: ...
    def open_grounding(self, parent: QWidget, *, locked: bool) -> QDialog: ...
    def open_situations(self, parent: QWidget, *, locked: bool) -> QDialog: ...
    def open_situation(self, parent: QWidget, situation: str, *, locked: bool) -> QDialog: ...
    def open_exercise(self, parent: QWidget, exercise_id: str, *, locked: bool) -> QDialog: ...


class PlayerLauncher:
    def __init__(self, prefs: SoothePrefs | None = None) -> None:
        # The open journal's soothing side, or None while locked (set by the main window).
        self.soothe: Callable[[], SootheService | None] = lambda: None
        self.prefs = prefs or SoothePrefs(QSettings())
        # Asking the desktop (a gsettings process, ~100 ms) is left until the lock screen is up,
        # then done at once in the background of the event loop, so that opening the calm
        # exercise never waits for it and start-up does not either.
        self._reduced_motion: bool | None = None
        QTimer.singleShot(WARM_AFTER_MS, lambda: self.reduced_motion)
        self.sound = False
        self.player: SoothePlayer | None = None

    @property
    def reduced_motion(self) -> bool:
        if self._reduced_motion is None:
            from innerchild_desktop.ui.theme import system_prefers_reduced_motion

            self._reduced_motion = system_prefers_reduced_motion()
        return self._reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._reduced_motion = value

    def _open(self, parent: QWidget) -> tuple[SoothePlayer, bool]:
        """The open player (raised and focused), or a new one; True when it is new."""
        if self.player is not None and self.player.isVisible():
            return self.player, False
        if self.player is not None:
            self.player.deleteLater()  # closed: its journal state (own patterns) may be stale
        soothe = self.soothe()
        self.player = SoothePlayer(
            parent,
            reduced_motion=self.reduced_motion,
            sound=self.sound,
            own_patterns=soothe.own_patterns() if soothe is not None else [],
            save_pattern=soothe.save_own_pattern if soothe is not None else None,
            prefs=self.prefs,
        )
        return self.player, True

    def _shown(self, player: SoothePlayer) -> SoothePlayer:
        """Shown, in front and focused (a second request lands on the player already open)."""
        player.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise
            player.raise_()
            player.activateWindow()
        return player

    def open_calm(self, parent: QWidget, *, locked: bool) -> QDialog:
        player, new = self._open(parent)
        if new:
            player.start_calm()
        return self._shown(player)

    def open_grounding(self, parent: QWidget, *, locked: bool) -> QDialog:
        player, new = self._open(parent)
        if new or player.exercise is None or player.exercise.id != FAR_AWAY:
            player.start(FAR_AWAY)
        return self._shown(player)

    def open_situations(self, parent: QWidget, *, locked: bool) -> QDialog:
        player, _new = self._open(parent)
        player.show_situations()
        return self._shown(player)

    def open_situation(self, parent: QWidget, situation: str, *, locked: bool) -> QDialog:
        player, _new = self._open(parent)
        player.choose_situation(situation)
        return self._shown(player)

    def open_exercise(self, parent: QWidget, exercise_id: str, *, locked: bool) -> QDialog:
        """One exercise chosen on purpose (a program step's): its notes first, when it has any."""
        player, _new = self._open(parent)
        player.offer(exercise_id)
        return self._shown(player)
