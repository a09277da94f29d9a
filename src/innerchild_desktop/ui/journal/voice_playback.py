"""Play / pause and a position ("0:03 of 0:14") for a voice note held in memory: the row the
recorder (voice_dialog.py) shows under its controls, and the player's whole window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.voice import clock
from innerchild_desktop.ui.journal.voice_audio import PcmPlayer
from innerchild_desktop.ui.widgets import button, label

TICK_MS = 100


class PlaybackControls(QWidget):
    """Play / pause and a position ("0:03 of 0:14") for PCM held in memory."""

    def __init__(self, player: PcmPlayer | None, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.player = player
        self.seconds = 0.0
        self.playing = False
        self.play_button = button(
            translate("journal.voice_playback", "P&lay"),
            accessible=translate("journal.voice_playback", "Play the voice note"),
            description=translate("journal.voice_playback", "Play or pause (Alt+L)"),
        )
        self.play_button.clicked.connect(self.toggle)
        self.position_bar = QProgressBar()
        self.position_bar.setTextVisible(False)
        self.position_bar.setRange(0, 1000)
        self.position_bar.setAccessibleName(
            translate("journal.voice_playback", "Playback position")
        )
        self.position_label = label(_of("0:00", "0:00"), "muted", wrap=False)
        self.position_label.setAccessibleName(
            translate("journal.voice_playback", "Playback position")
        )
        self.reason = label(reason, "muted")
        self.reason.setVisible(bool(reason))
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.position_bar, 1)
        row.addWidget(self.position_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.show_position)
        if player is not None:
            player.finished.connect(self._finished)
        self.set_pcm(b"", 0.0)

    def set_pcm(self, pcm: bytes, seconds: float) -> None:
        self.stop()
        self.seconds = seconds
        if self.player is not None and pcm:
            self.player.load(pcm)
        self.play_button.setEnabled(self.player is not None and bool(pcm))
        self.show_position()

    def toggle(self) -> None:
        if self.player is None:
            return
        if self.playing:
            self.player.pause()
            self.playing = False
            self._timer.stop()
        else:
            self.player.play()
            self.playing = True
            self._timer.start()
        self.play_button.setText(
            translate("journal.voice_playback", "Pa&use")
            if self.playing
            else translate("journal.voice_playback", "P&lay")
        )
        self.show_position()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()
        self.playing = False
        self._timer.stop()
        self.play_button.setText(translate("journal.voice_playback", "P&lay"))

    def _finished(self) -> None:
        self.stop()
        self.show_position()

    def show_position(self) -> None:
        at = self.player.position() if (self.player is not None and self.playing) else 0.0
        at = min(at, self.seconds)
        self.position_label.setText(_of(clock(at), clock(self.seconds)))
        self.position_bar.setValue(int(1000 * at / self.seconds) if self.seconds else 0)


def _of(position: str, length: str) -> str:
    """Where playing is, of how long the note is ("0:03 of 0:14")."""
    return translate("journal.voice_playback", "{position} of {length}").format(
        position=position, length=length
    )
