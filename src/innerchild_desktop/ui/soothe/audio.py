"""Optional soft chimes at phase changes. Silent, never an error, where audio is unavailable.

QtMultimedia is imported lazily: it needs the system's audio library (libpulse0 on Linux), and
the app must start and run without it. ``audio_status()`` gives the reason Settings shows.
"""

from __future__ import annotations

import functools
from typing import Any

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.resources import resource_path


@functools.cache
def _audio_problem() -> str | None:
    """None when chimes can play; else the library that failed to load, or "" (no output)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:  # e.g. libpulse missing
        return str(exc.name or exc)
    if not QMediaDevices.audioOutputs():
        return ""
    return None


def audio_status() -> tuple[bool, str]:
    """Whether chimes can play, and the reason in words (in the language shown now)."""
    problem = _audio_problem()
    if problem is None:
        return True, translate("soothe.audio", "Soft chimes are available.")
    if problem:
        return False, translate(
            "soothe.audio", "Sound is off: the audio library could not be loaded ({reason})."
        ).format(reason=problem)
    return False, translate(
        "soothe.audio", "Sound is off: no audio output was found on this computer."
    )


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
def _speech_probe() -> tuple[bool, str]:
    """(True, the working engine) or (False, the library that failed to load, or "")."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return False, str(exc.name or exc)
    for engine in QTextToSpeech.availableEngines():
        if engine == "mock":
            continue
        probe = QTextToSpeech(engine)
        if probe.state() != QTextToSpeech.State.Error:
            return True, engine
    return False, ""


def speech_status() -> tuple[bool, str]:
    """Whether spoken cues can play, and the reason in words (in the language shown now)."""
    available, detail = _speech_probe()
    if available:
        return True, translate("soothe.audio", "Spoken cues are available ({engine}).").format(
            engine=detail
        )
    if detail:
        return False, translate(
            "soothe.audio", "Spoken cues are off: speech could not be loaded ({reason})."
        ).format(reason=detail)
    return False, translate(
        "soothe.audio", "Spoken cues are off: no working speech engine was found on this computer."
    )


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
