"""The exercise player's screens for ``innerchild screenshots``, in light and in dark.

The player runs on a fake clock so each picture is taken at a chosen moment of the breath.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.theme import apply_theme


def soothe_screens(
    app: QApplication,
    window: MainWindow,
    out: Path,
    shots: list[Path],
    dark: bool,
    save: Callable[[QWidget, Path, str, list[Path]], None],
) -> None:
    """"I feel overwhelmed", "I feel far away", "What's happening right now?", the notes before
    an exercise, "Just my own breath", the chooser and the kind page after."""
    window.open_calm()
    player = window.launcher.player  # type: ignore[attr-defined]
    assert player is not None
    clock = [0.0]
    player.clock = lambda: clock[0]
    for theme in (dark,) if dark else (False, True):
        apply_theme(app, dark=theme)
        suffix = "-dark" if theme else ""

        def shot(name: str, moment: float | None = None, suffix: str = suffix) -> None:
            if moment is not None:
                clock[0] = moment
                player._tick()
            save(player, out, f"{name}{suffix}", shots)

        player.reduced.setChecked(False)
        clock[0] = 0.0
        player.start_calm()
        shot("13-overwhelmed", 3.0)
        player.reduced.setChecked(True)
        clock[0] = 0.0
        player.start("coherent-breathing")
        shot("16-breathing-reduced-motion", 6.0)
        player.reduced.setChecked(False)
        player.show_chooser()
        shot("17-exercise-chooser")
        player.start("grounding-54321")
        shot("18-grounding")
        player.stop()
        shot("19-stopped")
        player.show_situations()
        shot("32-whats-happening")
        player.start("here-and-now")
        player.show_step(1)
        shot("33-far-away")
        player.show_step(0)
        player.offer("four-seven-eight")
        shot("34-exercise-notes")
        player.start_own_breath()
        shot("35-own-breath", 2.0)
    player.close()
    apply_theme(app, dark=dark)
