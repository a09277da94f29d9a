"""The voice note recorder mid-recording (a synthetic voice from a stand-in microphone: the
screenshot machine has none), as it is on a computer without a microphone, and the player."""

from __future__ import annotations

import math
import struct

from innerchild_desktop.domain.voice import SAMPLE_RATE
from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.journal.voice_audio import (
    NO_MICROPHONE,
    PcmPlayer,
    PcmSource,
    VoiceStatus,
)
from innerchild_desktop.ui.journal.voice_dialog import VoiceNotePlayer, VoiceRecorderDialog
from innerchild_desktop.ui.main_window import MainWindow


class _StandInSpeaker(PcmPlayer):
    def load(self, pcm: bytes) -> None:
        pass

    def play(self) -> None:
        pass

    def pause(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def position(self) -> float:
        return 47.0


class _StandInMicrophone(PcmSource):
    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


def _speech_like(seconds: float) -> bytes:
    """A tone whose loudness rises and falls like a sentence."""
    count = int(seconds * SAMPLE_RATE)
    return struct.pack(
        f"<{count}h",
        *(
            int(
                9000
                * (0.6 + 0.4 * math.sin(i / 2400))
                * math.sin(2 * math.pi * 220 * i / SAMPLE_RATE)
            )
            for i in range(count)
        ),
    )


def voice_note_screens(run: Run, window: MainWindow) -> None:
    window.workspace.show_page("Journal")
    ready = VoiceStatus(True, "", True, "")
    source = _StandInMicrophone()
    dialog = VoiceRecorderDialog(lambda pcm: "", status=ready, source=source, parent=window)
    dialog.show()
    dialog.record_button.click()
    source.chunk.emit(_speech_like(134.0))  # 2:14 of 10:00
    source.chunk.emit(_speech_like(0.2))  # the meter shows the latest chunk
    for suffix in run.themes():
        run.save_over(window, dialog, f"96-voice-note-recorder{suffix}")
    dialog.reject()

    quiet = VoiceRecorderDialog(
        lambda pcm: "", status=VoiceStatus(False, NO_MICROPHONE, True, ""), parent=window
    )
    quiet.show()
    for suffix in run.themes():
        run.save_over(window, quiet, f"97-voice-note-recorder-no-microphone{suffix}")
    quiet.reject()

    player = VoiceNotePlayer(
        _speech_like(134.0), 134.0, status=ready, player=_StandInSpeaker(), parent=window
    )
    player.show()
    player.playback.toggle()  # playing, 0:47 in
    for suffix in run.themes():
        run.save_over(window, player, f"98-voice-note-player{suffix}")
    player.reject()
