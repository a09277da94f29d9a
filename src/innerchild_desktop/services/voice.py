"""Voice notes: PCM from a :class:`~innerchild_desktop.domain.voice.Recording`, compressed in
memory and kept inside the encrypted journal as an attachment. Nothing here opens a file.

FLAC through ``soundfile`` (libsndfile, bundled in its wheel) into a ``BytesIO``: lossless, about
half the size of WAV for speech; soundfile is the optional ``flac`` extra (it needs numpy, which
the frozen app and the Flatpak leave out). Without it, 16 kHz mono 16-bit WAV from the standard
library's ``wave`` module, also into a ``BytesIO`` (1.92 MB a minute; 10 minutes fit the 50 MB
attachment limit).
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.voice import (
    CHANNELS,
    SAMPLE_BYTES,
    SAMPLE_RATE,
    clock,
)
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store.connection import Connection

if TYPE_CHECKING:
    from innerchild_desktop.services.journal import JournalService


UNPLAYABLE = QT_TRANSLATE_NOOP(
    "services.voice", "That voice note is in a sound format Inner Child can't play."
)
FILENAME_PREFIX = "voice note "  # then its length, "2:14": never the person's words


@dataclass(frozen=True)
class VoiceNote:
    attachment_id: str
    seconds: float

    @property
    def link(self) -> str:
        """The Markdown the entry gets: ``[▶ voice note 2:14](attachment:ID)``, a play control."""
        return f"[▶ voice note {clock(self.seconds)}](attachment:{self.attachment_id})"


@dataclass(frozen=True)
class Decoded:
    pcm: bytes  # signed 16-bit little-endian, mono
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (self.rate * SAMPLE_BYTES * CHANNELS)


def _soundfile() -> Any:
    try:
        import soundfile  # type: ignore[import-untyped]
    except (ImportError, OSError):  # OSError: libsndfile itself could not be loaded
        return None
    return soundfile


def encode(pcm: bytes, rate: int = SAMPLE_RATE, *, flac: bool = True) -> bytes:
    """Compressed sound bytes (FLAC, or WAV without soundfile), built in memory."""
    pcm = pcm[: len(pcm) - len(pcm) % SAMPLE_BYTES]
    sf = _soundfile() if flac else None
    buffer = io.BytesIO()
    if sf is not None:
        with sf.SoundFile(
            buffer, "w", samplerate=rate, channels=CHANNELS, format="FLAC", subtype="PCM_16"
        ) as out:
            out.buffer_write(pcm, dtype="int16")
        return buffer.getvalue()
    with wave.open(buffer, "wb") as out_wav:
        out_wav.setnchannels(CHANNELS)
        out_wav.setsampwidth(SAMPLE_BYTES)
        out_wav.setframerate(rate)
        out_wav.writeframes(pcm)
    return buffer.getvalue()


def decode(data: bytes) -> Decoded:
    """PCM back from a kept voice note, in memory; :class:`InvalidInput` if it is not one."""
    mime = attachment_store.sniff_audio(data)
    try:
        if mime == "audio/wav":
            with wave.open(io.BytesIO(data), "rb") as wav:
                if wav.getsampwidth() != SAMPLE_BYTES or wav.getnchannels() != CHANNELS:
                    raise InvalidInput(translate("services.voice", UNPLAYABLE))
                return Decoded(wav.readframes(wav.getnframes()), wav.getframerate())
        sf = _soundfile()
        if mime == "audio/flac" and sf is not None:
            with sf.SoundFile(io.BytesIO(data)) as flac:
                if flac.channels != CHANNELS:
                    raise InvalidInput(translate("services.voice", UNPLAYABLE))
                return Decoded(bytes(flac.buffer_read(dtype="int16")), int(flac.samplerate))
    except (wave.Error, RuntimeError, EOFError) as err:
        raise InvalidInput(
            translate("services.voice", "That voice note could not be read: its sound is damaged.")
        ) from err
    raise InvalidInput(
        translate(
            "services.voice",
            "That voice note was kept as FLAC and can't be played by this installation: install "
            "Inner Child with its 'flac' extra (pip install 'innerchild[flac]') to hear it. "
            "It is safe in your journal.",
        )
    )


def wav_bytes(decoded: Decoded) -> bytes:
    """The decoded note as WAV in memory (what QMediaPlayer can read from a QBuffer)."""
    return encode(decoded.pcm, decoded.rate, flac=False)


def keep_voice_note(
    service: JournalService,
    pcm: bytes,
    *,
    entry_id: str | None = None,
    memory_id: str | None = None,
) -> VoiceNote:
    """Compress ``pcm`` and keep it with the entry (or memory), in one transaction."""
    with service.journal.transaction() as conn:
        return keep_in(conn, pcm, entry_id=entry_id, memory_id=memory_id)


def keep_in(
    conn: Connection,
    pcm: bytes,
    *,
    entry_id: str | None = None,
    memory_id: str | None = None,
) -> VoiceNote:
    """Compress ``pcm`` and keep it inside the caller's transaction (a memory saved with its
    voice notes: services/timeline.py)."""
    if not pcm:
        raise InvalidInput(translate("services.voice", "Nothing was recorded yet."))
    data = encode(pcm)
    seconds = len(pcm) / (SAMPLE_RATE * SAMPLE_BYTES * CHANNELS)
    ident = attachment_store.add_attachment(
        conn,
        data,
        filename=f"{FILENAME_PREFIX}{clock(seconds)}",
        entry_id=entry_id,
        memory_id=memory_id,
        audio=True,
    )
    return VoiceNote(ident, seconds)


def length_of(filename: str) -> str:
    """A kept note's length as its name says it ("2:14"), or "" for another name."""
    return filename.removeprefix(FILENAME_PREFIX) if filename.startswith(FILENAME_PREFIX) else ""


def voice_note(service: JournalService, attachment_id: str) -> Decoded | None:
    """The note's PCM, or None when the id is not a voice note of this journal."""
    found = attachment_store.attachment_bytes(service.journal.conn, attachment_id)
    if found is None or not found[0].startswith("audio/"):
        return None
    return decode(found[1])
