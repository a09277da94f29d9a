"""Optional soft chimes at phase changes. Silent, never an error, where audio is unavailable.

QtMultimedia is imported lazily: it needs the system's audio library (libpulse0 on Linux), and
the app must start and run without it. ``audio_status()`` gives the reason Settings shows.
"""

from __future__ import annotations

import functools
from typing import Any

from innerchild_desktop.resources import resource_path


@functools.cache
def audio_status() -> tuple[bool, str]:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:  # e.g. libpulse missing
        return False, f"Sound is off: the audio library could not be loaded ({exc.name or exc})."
    if not QMediaDevices.audioOutputs():
        return False, "Sound is off: no audio output was found on this computer."
    return True, "Soft chimes are available."


class Chimes:
    """Preloaded QSoundEffects for in / out / end; does nothing when audio is unavailable."""

    def __init__(self) -> None:
        self.enabled = False
        self._effects: dict[str, Any] = {}

    def enable(self, on: bool) -> bool:
        if not on:  # never probe the audio system unless chimes are wanted
            self.enabled = False
            return False
        available, _ = audio_status()
        self.enabled = available
        if self.enabled and not self._effects:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            for name in ("in", "out", "end"):
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{name}.wav"))))
                effect.setVolume(0.35)
                self._effects[name] = effect
        return self.enabled

    def play(self, name: str) -> None:
        if self.enabled and name in self._effects:
            self._effects[name].play()


@functools.cache
def speech_status() -> tuple[bool, str]:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return False, f"Spoken cues are off: speech could not be loaded ({exc.name or exc})."
    for engine in QTextToSpeech.availableEngines():
        if engine == "mock":
            continue
        probe = QTextToSpeech(engine)
        if probe.state() != QTextToSpeech.State.Error:
            return True, f"Spoken cues are available ({engine})."
    return False, "Spoken cues are off: no working speech engine was found on this computer."


class Speech:
    """Optional spoken phase words (QtTextToSpeech); silent where no engine exists."""

    def __init__(self) -> None:
        self.enabled = False
        self._engine: Any = None

    def enable(self, on: bool) -> bool:
        if not on:
            self.enabled = False
            return False
        available, _ = speech_status()
        if available and self._engine is None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._engine = QTextToSpeech()
            self._engine.setRate(-0.3)  # a little slower than usual: calm, unhurried
        self.enabled = available
        return available

    def say(self, text: str) -> None:
        if self.enabled and self._engine is not None:
            self._engine.say(text)
