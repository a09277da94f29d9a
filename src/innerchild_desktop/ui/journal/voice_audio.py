"""The microphone and the speaker for voice notes, kept in memory only.

QtMultimedia is imported lazily, as for the soothe chimes (ui/soothe/audio.py): it needs the
system's audio library, and the app must run without it. The microphone is read in pull mode
(``QAudioSource.start()`` hands us an in-memory QIODevice); playback writes decoded PCM from a
QBuffer we own into a ``QAudioSink``. No file is ever opened.

``PcmSource`` and ``PcmPlayer`` are the seams the tests fill with fakes (no device here).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.voice import BYTES_PER_SECOND, CHANNELS, SAMPLE_RATE
from innerchild_desktop.ui.soothe.audio import audio_status

# Shown under the disabled buttons: translated when voice_status() is asked (never at import).
NO_SOUND = QT_TRANSLATE_NOOP(
    "journal.voice_audio",
    "Sound isn't available on this computer, so voice notes can't be recorded or played.",
)
NO_MICROPHONE = QT_TRANSLATE_NOOP(
    "journal.voice_audio",
    "No microphone was found, so recording is off. Notes you kept can still be played.",
)
NO_SPEAKER = QT_TRANSLATE_NOOP(
    "journal.voice_audio",
    "No speaker or headphones were found, so voice notes can't be played here.",
)


@dataclass(frozen=True)
class VoiceStatus:
    can_record: bool
    record_reason: str
    can_play: bool
    play_reason: str


@functools.cache
def _multimedia_loads() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaDevices  # noqa: F401
    except ImportError:  # e.g. libpulse missing
        return False
    return True


def voice_status() -> VoiceStatus:
    """What this computer can do, and in words why not (shown under the disabled buttons).
    The microphone is looked for each time, so one plugged in later is found."""
    no_sound = translate("journal.voice_audio", NO_SOUND)
    if not _multimedia_loads():
        return VoiceStatus(False, no_sound, False, no_sound)
    from PySide6.QtMultimedia import QMediaDevices

    can_play, _ = audio_status()  # the same probe Settings uses for the chimes
    can_record = bool(QMediaDevices.audioInputs())
    if not can_play and not can_record:
        return VoiceStatus(False, no_sound, False, no_sound)
    return VoiceStatus(
        can_record,
        "" if can_record else translate("journal.voice_audio", NO_MICROPHONE),
        can_play,
        "" if can_play else translate("journal.voice_audio", NO_SPEAKER),
    )


def _format() -> Any:
    from PySide6.QtMultimedia import QAudioFormat

    fmt = QAudioFormat()
    fmt.setSampleRate(SAMPLE_RATE)
    fmt.setChannelCount(CHANNELS)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


class PcmSource(QObject):
    """Emits chunks of 16 kHz mono 16-bit PCM while started."""

    chunk = Signal(bytes)
    failed = Signal(str)

    def start(self) -> None:
        raise NotImplementedError

    def suspend(self) -> None:
        """Stop delivering chunks for a while (pause)."""

    def resume(self) -> None:
        """Deliver chunks again."""

    def stop(self) -> None:
        raise NotImplementedError


class MicSource(PcmSource):
    """The default microphone through QAudioSource, pull mode, into memory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: Any = None
        self._io: QIODevice | None = None

    def start(self) -> None:
        from PySide6.QtMultimedia import QAudioSource, QMediaDevices

        device = QMediaDevices.defaultAudioInput()
        if device.isNull() or not device.isFormatSupported(_format()):
            self.failed.emit(translate("journal.voice_audio", NO_MICROPHONE))
            return
        self._source = QAudioSource(device, _format(), self)
        self._io = self._source.start()
        if self._io is None:
            self.failed.emit(
                translate(
                    "journal.voice_audio",
                    "The microphone could not be opened. Is another app using it?",
                )
            )
            return
        self._io.readyRead.connect(self._read)

    def _read(self) -> None:
        if self._io is not None:
            data = self._io.readAll().data()
            if data:
                self.chunk.emit(bytes(data))

    def suspend(self) -> None:
        if self._source is not None:
            self._source.suspend()

    def resume(self) -> None:
        if self._source is not None:
            self._source.resume()

    def stop(self) -> None:
        if self._source is not None:
            self._read()  # what is still buffered belongs to the note
            self._source.stop()
            self._source = None
            self._io = None


class PcmPlayer(QObject):
    """Plays PCM held in memory; ``position`` in seconds, ``finished`` at the end."""

    finished = Signal()

    def load(self, pcm: bytes) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def position(self) -> float:
        raise NotImplementedError


class SinkPlayer(PcmPlayer):
    """QAudioSink reading from a QBuffer of decoded PCM (never a file)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = QBuffer(self)
        self._sink: Any = None
        self._started = False

    def load(self, pcm: bytes) -> None:
        self.stop()
        self._buffer.setData(QByteArray(pcm))

    def play(self) -> None:
        from PySide6.QtMultimedia import QAudioSink, QMediaDevices

        if self._sink is not None and self._started:
            self._sink.resume()
            return
        self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), _format(), self)
        self._sink.stateChanged.connect(self._state_changed)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer.seek(0)
        self._sink.start(self._buffer)
        self._started = True

    def _state_changed(self, state: Any) -> None:
        from PySide6.QtMultimedia import QAudio

        if state == QAudio.State.IdleState:  # the whole buffer was played
            self.stop()
            self.finished.emit()

    def pause(self) -> None:
        if self._sink is not None:
            self._sink.suspend()

    def stop(self) -> None:
        if self._sink is not None:
            self._sink.stop()
            self._sink = None
        self._started = False
        if self._buffer.isOpen():
            self._buffer.close()

    def position(self) -> float:
        if self._sink is None:
            return 0.0
        return float(self._sink.processedUSecs()) / 1_000_000 or (
            self._buffer.pos() / BYTES_PER_SECOND
        )
