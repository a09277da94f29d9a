"""The voice note recorder and player: a level meter, pause, stop, a limit the person can see
("2:14 of 10:00"), and playback with a position. Everything stays in memory; what is kept goes
into the encrypted journal (services/voice.py).

Where there is no microphone or no sound at all, the buttons are disabled and a sentence says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.voice import LIMIT_SECONDS, Recording, clock
from innerchild_desktop.ui.journal.voice_audio import (
    MicSource,
    PcmPlayer,
    PcmSource,
    SinkPlayer,
    VoiceStatus,
    voice_status,
)
from innerchild_desktop.ui.journal.voice_playback import PlaybackControls
from innerchild_desktop.ui.widgets import button, label

AWAKE_EVERY_SECONDS = 10  # speaking counts as activity: auto-lock waits while recording


def close_when_gone(dialog: QDialog, alive: Callable[[], bool] | None) -> None:
    """Close ``dialog`` (forgetting what it holds) once ``alive`` says the journal is locked."""
    if alive is None:
        return

    def check() -> None:
        if not alive():
            dialog.reject()

    timer = QTimer(dialog)
    timer.setInterval(300)
    timer.timeout.connect(check)
    timer.start()


class VoiceRecorderDialog(QDialog):
    """Record, pause, stop, listen, then keep (``keep`` stores the PCM and returns the link)."""

    def __init__(
        self,
        keep: Callable[[bytes], str] | None,
        *,
        status: VoiceStatus | None = None,
        source: PcmSource | None = None,
        player: PcmPlayer | None = None,
        limit_seconds: int = LIMIT_SECONDS,
        alive: Callable[[], bool] | None = None,
        keep_awake: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("journal.voice_dialog", "Voice note"))
        self.setAccessibleName(translate("journal.voice_dialog", "Voice note recorder"))
        self.keep_awake = keep_awake
        self._awake_at = 0.0
        close_when_gone(self, alive)
        self.status = status or voice_status()
        self.keep = keep
        self.link = ""
        self.recording = Recording(limit_seconds)
        self.recording_now = False
        self.source = source
        if self.source is None and self.status.can_record:
            self.source = MicSource(self)
        if self.source is not None:
            self.source.chunk.connect(self.feed)
            self.source.failed.connect(self._failed)
        if player is None and self.status.can_play:
            player = SinkPlayer(self)

        intro = label(
            translate(
                "journal.voice_dialog",
                "If you like, say what is here for you. It stays inside your journal, encrypted; "
                "nothing is saved anywhere else.",
            ),
            "muted",
        )
        self.meter = QProgressBar()
        self.meter.setTextVisible(False)
        self.meter.setRange(0, 100)
        self.meter.setAccessibleName(translate("journal.voice_dialog", "Sound level"))
        self.time_label = label(self.recording.progress(), "heading", wrap=False)
        self.time_label.setAccessibleName(
            translate("journal.voice_dialog", "Recorded time and limit")
        )
        self.note = label(self.status.record_reason, "muted")
        self.note.setAccessibleName(translate("journal.voice_dialog", "Recorder status"))
        self.record_button = button(
            translate("journal.voice_dialog", "&Record"),
            role="primary",
            accessible=translate("journal.voice_dialog", "Record"),
        )
        self.pause_button = button(
            translate("journal.voice_dialog", "&Pause"),
            accessible=translate("journal.voice_dialog", "Pause recording"),
        )
        self.stop_button = button(
            translate("journal.voice_dialog", "&Stop"),
            accessible=translate("journal.voice_dialog", "Stop recording"),
        )
        self.record_button.clicked.connect(self.record)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.playback = PlaybackControls(player, self.status.play_reason)
        self.keep_button = button(
            translate("journal.voice_dialog", "&Keep in entry"),
            role="primary",
            accessible=translate("journal.voice_dialog", "Keep in entry"),
        )
        self.keep_button.clicked.connect(self.keep_note)
        self.cancel_button = button(
            translate("journal.voice_dialog", "Don't keep"),
            accessible=translate("journal.voice_dialog", "Close without keeping (Esc)"),
        )
        self.cancel_button.clicked.connect(self.reject)

        controls = QHBoxLayout()
        for widget in (self.record_button, self.pause_button, self.stop_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.time_label)
        meter_row = QHBoxLayout()
        meter_row.addWidget(label(translate("journal.voice_dialog", "Level"), "muted", wrap=False))
        meter_row.addWidget(self.meter, 1)
        layout.addLayout(meter_row)
        layout.addLayout(controls)
        layout.addWidget(self.note)
        layout.addWidget(self.playback)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(480, 320)
        self._update()
        first = self.record_button if self.record_button.isEnabled() else self.cancel_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # recording

    def record(self) -> None:
        if self.source is None or self.recording.full or self.recording_now:
            return
        self.playback.stop()
        self.recording.paused = False
        self.recording_now = True
        self.note.setText(
            translate("journal.voice_dialog", "Recording… pause or stop whenever you like.")
        )
        self.source.start()
        self._update()
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def feed(self, chunk: bytes) -> None:
        if not self.recording_now:
            return
        more = self.recording.feed(chunk)
        if self.keep_awake is not None and self.recording.seconds >= self._awake_at:
            self._awake_at = self.recording.seconds + AWAKE_EVERY_SECONDS
            self.keep_awake()
        self.meter.setValue(int(100 * self.recording.last_level))
        self.time_label.setText(self.recording.progress())
        if not more:
            self.stop()
            self.note.setText(
                translate(
                    "journal.voice_dialog",
                    "That is the {limit} limit, so recording stopped. "
                    "Listen if you like, then keep it.",
                ).format(limit=clock(self.recording.limit_seconds))
            )

    def toggle_pause(self) -> None:
        if not self.recording_now or self.source is None:
            return
        self.recording.paused = not self.recording.paused
        if self.recording.paused:
            self.source.suspend()
            self.meter.setValue(0)
            self.note.setText(
                translate("journal.voice_dialog", "Paused. Resume when you are ready.")
            )
        else:
            self.source.resume()
            self.note.setText(
                translate("journal.voice_dialog", "Recording… pause or stop whenever you like.")
            )
        self._update()

    def stop(self) -> None:
        if not self.recording_now or self.source is None:
            return
        self.source.stop()
        self.recording_now = False
        self.recording.paused = False
        self.meter.setValue(0)
        self.note.setText(
            translate(
                "journal.voice_dialog", "Stopped. Listen if you like, record more, or keep it."
            )
        )
        self.playback.set_pcm(self.recording.pcm(), self.recording.seconds)
        self._update()
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, reason: str) -> None:
        self.recording_now = False
        self.note.setText(reason)
        self._update()

    def _update(self) -> None:
        can = self.status.can_record and self.source is not None
        started = not self.recording.empty
        self.record_button.setEnabled(can and not self.recording_now and not self.recording.full)
        self.record_button.setText(
            translate("journal.voice_dialog", "&Record more")
            if started
            else translate("journal.voice_dialog", "&Record")
        )
        self.pause_button.setEnabled(can and self.recording_now)
        self.pause_button.setText(
            translate("journal.voice_dialog", "&Resume")
            if self.recording.paused
            else translate("journal.voice_dialog", "&Pause")
        )
        self.pause_button.setAccessibleName(
            translate("journal.voice_dialog", "Resume recording")
            if self.recording.paused
            else translate("journal.voice_dialog", "Pause recording")
        )
        self.stop_button.setEnabled(can and self.recording_now)
        self.keep_button.setEnabled(self.keep is not None and (started or self.recording_now))
        self.time_label.setText(self.recording.progress())
        self.cancel_button.setText(
            translate("journal.voice_dialog", "Don't keep")
            if started or self.recording_now
            else translate("journal.voice_dialog", "Close")
        )
        for widget in (self.record_button, self.pause_button, self.stop_button):
            widget.setToolTip("" if can else self.status.record_reason)
        if self.keep_button.isEnabled():
            self.keep_button.setDefault(True)

    # keeping

    def keep_note(self) -> None:
        self.stop()
        if self.keep is None or self.recording.empty:
            return
        try:
            self.link = self.keep(self.recording.pcm())
        except InnerChildError as err:  # e.g. too large: a sentence, and the recording stays
            self.note.setText(str(err))
            return
        self.recording.discard()
        self.accept()

    def done(self, result: int) -> None:
        if self.recording_now and self.source is not None:
            self.source.stop()
            self.recording_now = False
        self.playback.stop()
        self.recording.discard()
        super().done(result)


class VoiceNotePlayer(QDialog):
    """Plays a kept voice note (clicked in the preview)."""

    def __init__(
        self,
        pcm: bytes,
        seconds: float,
        *,
        status: VoiceStatus | None = None,
        player: PcmPlayer | None = None,
        alive: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("journal.voice_dialog", "Voice note"))
        self.setAccessibleName(translate("journal.voice_dialog", "Voice note player"))
        close_when_gone(self, alive)
        status = status or voice_status()
        if player is None and status.can_play:
            player = SinkPlayer(self)
        title = label(
            translate("journal.voice_dialog", "Voice note, {length}").format(length=clock(seconds)),
            "heading",
            wrap=False,
        )
        self.playback = PlaybackControls(player, status.play_reason)
        self.playback.set_pcm(pcm, seconds)
        close = button(
            translate("journal.voice_dialog", "Close"),
            accessible=translate("journal.voice_dialog", "Close (Esc)"),
        )
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.playback)
        layout.addLayout(bottom)
        self.resize(420, 160)
        (self.playback.play_button if self.playback.play_button.isEnabled() else close).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def done(self, result: int) -> None:
        self.playback.stop()
        super().done(result)
