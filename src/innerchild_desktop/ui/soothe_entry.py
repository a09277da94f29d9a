"""The entry point to the self-soothing player, reachable from anywhere (even locked).

"I feel overwhelmed" opens straight into the last calm exercise (the longer out-breath by
default) with no screens in between; "I feel far away" opens eyes-open grounding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from innerchild_desktop.store.vault import Journal
from innerchild_desktop.ui.soothe.player import SoothePlayer

GROUNDING = "grounding-54321"


class SootheLauncher(Protocol):
    def open_calm(self, parent: QWidget, *, locked: bool) -> QDialog: ...
    def open_grounding(self, parent: QWidget, *, locked: bool) -> QDialog: ...


class PlayerLauncher:
    def __init__(self) -> None:
        self.journal: Callable[[], Journal | None] = lambda: None  # set by the main window
        self.last_calm: str | None = None
        from innerchild_desktop.ui.theme import system_prefers_reduced_motion

        self.reduced_motion = system_prefers_reduced_motion()
        self.sound = False

    def _player(self, parent: QWidget) -> SoothePlayer:
        from innerchild_desktop.services import soothe

        journal = self.journal()
        unlocked = journal is not None and journal.is_open
        player = SoothePlayer(
            parent,
            reduced_motion=self.reduced_motion,
            sound=self.sound,
            own_patterns=soothe.own_patterns(journal) if unlocked else [],  # type: ignore[arg-type]
            save_pattern=(lambda e: soothe.save_own_pattern(journal, e))  # type: ignore[arg-type]
            if unlocked
            else None,
        )
        player.finished_session.connect(self._remember)
        return player

    def _remember(self, result: object) -> None:
        exercise_id = getattr(result, "exercise_id", None)
        if exercise_id and exercise_id != GROUNDING:
            self.last_calm = exercise_id

    def open_calm(self, parent: QWidget, *, locked: bool) -> QDialog:
        player = self._player(parent)
        player.start(self.last_calm or player.library.default_breathing.id)
        player.show()
        return player

    def open_grounding(self, parent: QWidget, *, locked: bool) -> QDialog:
        player = self._player(parent)
        player.start(GROUNDING)
        player.show()
        return player
