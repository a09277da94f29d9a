"""The voice note recorder and player, driven with a fake microphone and speaker (this machine
has none), plus the real no-device path and a scan for audio bytes outside the journal."""

from __future__ import annotations

import math
import re
import struct
import tempfile
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QUrl

from innerchild_desktop.domain.voice import SAMPLE_RATE
from innerchild_desktop.services import voice
from innerchild_desktop.ui.journal.voice_audio import (
    NO_MICROPHONE,
    NO_SOUND,
    PcmPlayer,
    PcmSource,
    VoiceStatus,
    voice_status,
)
from innerchild_desktop.ui.journal.voice_dialog import VoiceNotePlayer, VoiceRecorderDialog
from tests.gui.test_journal_page import page_env  # noqa: F401  (fixture)

READY = VoiceStatus(True, "", True, "")


def sine(seconds: float, amplitude: float = 0.3) -> bytes:
    count = int(seconds * SAMPLE_RATE)
    return struct.pack(
        f"<{count}h",
        *(
            int(amplitude * 32767 * math.sin(2 * math.pi * 330 * i / SAMPLE_RATE))
            for i in range(count)
        ),
    )


class FakeSource(PcmSource):
    def __init__(self) -> None:
        super().__init__()
        self.started = self.stopped = self.suspended = 0

    def start(self) -> None:
        self.started += 1

    def suspend(self) -> None:
        self.suspended += 1

    def stop(self) -> None:
        self.stopped += 1


class FakePlayer(PcmPlayer):
    def __init__(self) -> None:
        super().__init__()
        self.pcm = b""
        self.at = 0.0
        self.playing = False

    def load(self, pcm: bytes) -> None:
        self.pcm = pcm

    def play(self) -> None:
        self.playing = True

    def pause(self) -> None:
        self.playing = False

    def stop(self) -> None:
        self.playing = False

    def position(self) -> float:
        return self.at


def recorder(qtbot, **kwargs):  # type: ignore[no-untyped-def]
    kept: list[bytes] = []

    def keep(pcm: bytes) -> str:
        kept.append(pcm)
        return "[voice note 0:03](attachment:abc)"

    source, player = FakeSource(), FakePlayer()
    dialog = VoiceRecorderDialog(
        keep, status=kwargs.pop("status", READY), source=source, player=player, **kwargs
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, source, player, kept


def test_the_recorder_shows_level_and_time_pauses_and_stops_at_the_limit(qtbot) -> None:
    dialog, source, player, kept = recorder(qtbot, limit_seconds=3)
    assert dialog.time_label.text() == "0:00 of 0:03"
    assert not dialog.keep_button.isEnabled() and not dialog.pause_button.isEnabled()
    dialog.record_button.click()
    assert source.started == 1 and dialog.stop_button.isEnabled()
    source.chunk.emit(sine(1.2, amplitude=0.5))
    assert dialog.meter.value() > 50
    assert dialog.time_label.text() == "0:01 of 0:03"
    dialog.pause_button.click()
    assert dialog.pause_button.text() == "&Resume" and dialog.meter.value() == 0
    source.chunk.emit(sine(1.0))  # a late chunk while paused is not kept
    assert dialog.time_label.text() == "0:01 of 0:03"
    dialog.pause_button.click()
    source.chunk.emit(sine(5.0))  # more than the limit
    assert dialog.time_label.text() == "0:03 of 0:03"
    assert source.stopped == 1 and not dialog.recording_now
    assert "limit" in dialog.note.text()
    assert not dialog.record_button.isEnabled()  # full: nothing more can go in
    # listen before keeping
    assert dialog.playback.play_button.isEnabled() and len(player.pcm) == 3 * SAMPLE_RATE * 2
    dialog.playback.play_button.click()
    player.at = 1.5
    qtbot.waitUntil(lambda: dialog.playback.position_label.text() == "0:01 of 0:03")
    assert dialog.playback.position_bar.value() == 500
    dialog.keep_button.click()
    assert len(kept) == 1 and len(kept[0]) == 3 * SAMPLE_RATE * 2
    assert dialog.link.startswith("[voice note") and dialog.recording.empty


def test_stop_then_record_more_appends(qtbot) -> None:
    dialog, source, _player, _kept = recorder(qtbot)
    dialog.record_button.click()
    source.chunk.emit(sine(2.0))
    dialog.stop_button.click()
    assert dialog.record_button.text() == "&Record more" and dialog.keep_button.isEnabled()
    dialog.record_button.click()
    source.chunk.emit(sine(1.0))
    assert dialog.time_label.text() == "0:03 of 10:00"


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (VoiceStatus(False, NO_SOUND, False, NO_SOUND), "Sound isn't available"),
        (VoiceStatus(False, NO_MICROPHONE, True, ""), "No microphone was found"),
    ],
)
def test_without_a_device_the_buttons_are_disabled_and_say_why(qtbot, status, reason) -> None:
    dialog = VoiceRecorderDialog(lambda pcm: "", status=status)
    qtbot.addWidget(dialog)
    dialog.show()
    for widget in (dialog.record_button, dialog.pause_button, dialog.stop_button):
        assert not widget.isEnabled()
        assert reason in widget.toolTip()
    assert reason in dialog.note.text() and dialog.note.isVisible()
    assert dialog.source is None
    assert not dialog.playback.play_button.isEnabled()
    assert dialog.playback.reason.isVisible() == (not status.can_play)


def test_this_computer_without_sound_gets_a_reason_not_a_crash(qtbot) -> None:
    status = voice_status()
    if status.can_record:
        pytest.skip("this computer has a microphone")
    dialog = VoiceRecorderDialog(lambda pcm: "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.record_button.isEnabled()
    assert dialog.note.text() in (NO_SOUND, NO_MICROPHONE)


def _audio_outside_journal(roots: list[Path], since: float, pcm: bytes) -> list[str]:
    needle = pcm[4000:4064]  # a run of the recorded samples, if raw PCM were written somewhere
    found = []
    for root in roots:
        for path in root.rglob("*"):
            try:
                if not path.is_file() or path.name == "journal.db" or path.stat().st_mtime < since:
                    continue
                if path.stat().st_size > 200_000_000:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if b"fLaC" in data or re.search(rb"RIFF....WAVE", data, re.DOTALL) or needle in data:
                found.append(str(path))
    return found


def test_a_voice_note_goes_into_the_entry_plays_from_the_preview_and_leaves_no_file(
    qtbot,
    page_env,  # noqa: F811
    paths,
) -> None:
    since = time.time() - 1
    window, page = page_env
    editor = page.editor
    assert editor.voice_action.text() == "Voice note…"
    dialog = editor.voice_action.trigger() or editor.findChild(VoiceRecorderDialog)
    assert isinstance(dialog, VoiceRecorderDialog)
    pcm = sine(2.0)
    # The microphone here is missing; what the dialog keeps goes through the same path.
    dialog.link = dialog.keep(pcm)
    dialog.accept()
    text = editor.body.toPlainText()
    match = re.search(r"\[▶ voice note 0:02\]\(attachment:([0-9a-f-]+)\)", text)
    assert match, text
    editor.flush()
    ident = match.group(1)
    decoded = voice.voice_note(window.context.service, ident)
    assert decoded is not None and decoded.pcm == pcm
    # clicking the link in the preview opens the player, not a refusal
    refused: list[str] = []
    editor.preview.link_refused.connect(refused.append)
    editor.preview._follow(QUrl(f"attachment:{ident}"))
    player = editor.findChild(VoiceNotePlayer)
    assert player is not None and refused == []
    assert player.playback.position_label.text() == "0:00 of 0:02"
    player.reject()
    window.context.lock()
    roots = [paths.root, Path.home(), Path(tempfile.gettempdir())]
    assert _audio_outside_journal(roots, since, pcm) == []


def test_speaking_keeps_the_auto_lock_waiting_and_a_lock_closes_the_recorder(qtbot) -> None:
    awake: list[int] = []
    unlocked = [True]
    source = FakeSource()
    dialog = VoiceRecorderDialog(
        lambda pcm: "",
        status=READY,
        source=source,
        player=FakePlayer(),
        alive=lambda: unlocked[0],
        keep_awake=lambda: awake.append(1),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.record_button.click()
    for _ in range(25):
        source.chunk.emit(sine(1.0))
    assert len(awake) == 3  # at 0, 10 and 20 seconds
    unlocked[0] = False  # the window locked (by hand or after the idle time)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.recording.empty and source.stopped == 1


def test_locking_the_window_closes_an_open_recorder(qtbot, page_env) -> None:  # noqa: F811
    window, page = page_env
    page.editor.voice_action.trigger()
    dialog = page.editor.findChild(VoiceRecorderDialog)
    assert dialog is not None and dialog.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def test_voice_status_says_why(monkeypatch) -> None:
    from PySide6 import QtMultimedia

    from innerchild_desktop.ui.journal import voice_audio

    monkeypatch.setattr(voice_audio, "_multimedia_loads", lambda: False)
    assert voice_audio.voice_status() == VoiceStatus(False, NO_SOUND, False, NO_SOUND)
    monkeypatch.setattr(voice_audio, "_multimedia_loads", lambda: True)
    monkeypatch.setattr(voice_audio, "audio_status", lambda: (True, ""))
    monkeypatch.setattr(QtMultimedia.QMediaDevices, "audioInputs", staticmethod(lambda: []))
    status = voice_audio.voice_status()
    assert (status.can_record, status.record_reason, status.can_play) == (
        False,
        NO_MICROPHONE,
        True,
    )
    monkeypatch.setattr(voice_audio, "audio_status", lambda: (False, ""))
    assert voice_audio.voice_status().record_reason == NO_SOUND
