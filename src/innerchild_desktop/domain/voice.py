"""A voice note being recorded, held in memory only: PCM chunks in, levels and time out.

The microphone (ui/journal/voice_recorder.py) feeds it chunks of 16 kHz mono 16-bit PCM; tests feed
a synthetic sine. It never touches a file: encoding to FLAC happens in services/voice.py, into
memory, and the bytes go straight into the encrypted journal.
"""

from __future__ import annotations

import math
import sys
from array import array

SAMPLE_RATE = 16_000
SAMPLE_BYTES = 2  # signed 16-bit
CHANNELS = 1
BYTES_PER_SECOND = SAMPLE_RATE * SAMPLE_BYTES * CHANNELS
LIMIT_SECONDS = 10 * 60  # what the person sees: "2:14 of 10:00"


def clock(seconds: float) -> str:
    """``134.6`` -> ``"2:14"`` (whole seconds, rounded down; never negative)."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def samples_of(pcm: bytes) -> array[int]:
    """Little-endian 16-bit PCM as signed integers (an odd trailing byte is dropped)."""
    values = array("h")
    values.frombytes(pcm[: len(pcm) - len(pcm) % SAMPLE_BYTES])
    if sys.byteorder == "big":
        values.byteswap()
    return values


def level(pcm: bytes) -> float:
    """How loud a chunk is, 0.0 (silence) to 1.0, on a gentle scale a voice fills.

    RMS in dBFS, mapped from -60 dB (0.0) to 0 dB (1.0), so speech sits in the middle and
    not at the bottom of the meter."""
    values = samples_of(pcm)
    if not values:
        return 0.0
    rms = math.sqrt(sum(v * v for v in values) / len(values)) / 32768
    if rms <= 0:
        return 0.0
    db = 20 * math.log10(rms)
    return min(1.0, max(0.0, (db + 60) / 60))


class Recording:
    """PCM kept in memory while the person records; stops itself at ``limit_seconds``."""

    def __init__(self, limit_seconds: int = LIMIT_SECONDS) -> None:
        self.limit_seconds = limit_seconds
        self._pcm = bytearray()
        self.paused = False
        self.last_level = 0.0

    @property
    def limit_bytes(self) -> int:
        return self.limit_seconds * BYTES_PER_SECOND

    @property
    def seconds(self) -> float:
        return len(self._pcm) / BYTES_PER_SECOND

    @property
    def full(self) -> bool:
        return len(self._pcm) >= self.limit_bytes

    @property
    def empty(self) -> bool:
        return not self._pcm

    def feed(self, chunk: bytes) -> bool:
        """Keep ``chunk`` unless paused; ``False`` once the limit is reached (the rest is cut)."""
        if self.paused or self.full:
            self.last_level = 0.0
            return not self.full
        room = self.limit_bytes - len(self._pcm)
        kept = chunk[: min(len(chunk), room)]
        kept = kept[: len(kept) - len(kept) % SAMPLE_BYTES]
        self._pcm += kept
        self.last_level = level(kept)
        return not self.full

    def pcm(self) -> bytes:
        return bytes(self._pcm)

    def progress(self) -> str:
        """``"2:14 of 10:00"``."""
        return f"{clock(self.seconds)} of {clock(self.limit_seconds)}"

    def discard(self) -> None:
        """Forget what was recorded (overwritten first, as far as Python lets us)."""
        self._pcm[:] = bytes(len(self._pcm))
        self._pcm.clear()
        self.last_level = 0.0
