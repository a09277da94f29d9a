"""Voice notes: the in-memory recording, FLAC (or WAV) round trip, and the attachment store."""

from __future__ import annotations

import math
import struct

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.voice import BYTES_PER_SECOND, SAMPLE_RATE, Recording, clock, level
from innerchild_desktop.services import voice
from innerchild_desktop.services.journal import JournalService


def sine(seconds: float, freq: float = 440.0, amplitude: float = 0.3) -> bytes:
    count = int(seconds * SAMPLE_RATE)
    return struct.pack(
        f"<{count}h",
        *(
            int(amplitude * 32767 * math.sin(2 * math.pi * freq * i / SAMPLE_RATE))
            for i in range(count)
        ),
    )


@pytest.fixture
def service(journal):  # type: ignore[no-untyped-def]
    return JournalService(journal)


def test_clock_and_progress() -> None:
    assert clock(134.9) == "2:14"
    assert clock(-3) == "0:00"
    recording = Recording()
    recording.feed(sine(2.5))
    assert recording.progress() == "0:02 of 10:00"


def test_level_is_zero_for_silence_and_high_for_a_loud_tone() -> None:
    assert level(bytes(3200)) == 0.0
    assert level(b"") == 0.0
    assert level(sine(0.1, amplitude=0.9)) > 0.85
    assert 0.2 < level(sine(0.1, amplitude=0.01)) < level(sine(0.1, amplitude=0.3))


def test_recording_pauses_and_stops_at_its_limit() -> None:
    recording = Recording(limit_seconds=2)
    assert recording.feed(sine(1.5))
    recording.paused = True
    assert recording.feed(sine(1.0))  # ignored while paused
    assert recording.seconds == pytest.approx(1.5)
    recording.paused = False
    assert not recording.feed(sine(1.0))  # the limit cuts the rest
    assert recording.full and recording.seconds == 2.0
    assert len(recording.pcm()) == 2 * BYTES_PER_SECOND
    recording.discard()
    assert recording.empty


@pytest.mark.parametrize("flac", [True, False])
def test_a_sine_round_trips_with_the_same_length_and_samples(flac: bool) -> None:
    pcm = sine(3.0)
    data = voice.encode(pcm, flac=flac)
    assert data[:4] == (b"fLaC" if flac else b"RIFF")
    decoded = voice.decode(data)
    assert decoded.rate == SAMPLE_RATE
    assert decoded.pcm == pcm  # both are lossless
    assert decoded.seconds == pytest.approx(3.0)


def test_flac_is_smaller_than_wav_for_the_same_sound() -> None:
    pcm = sine(5.0)
    assert len(voice.encode(pcm)) < len(voice.encode(pcm, flac=False)) * 0.6


def test_a_voice_note_is_kept_inside_the_journal_and_played_back(service) -> None:  # type: ignore[no-untyped-def]
    entry = service.add_entry(NewEntry(title="said aloud"))
    pcm = sine(2.0)
    note = voice.keep_voice_note(service, pcm, entry_id=entry)
    assert note.link == f"[▶ voice note 0:02](attachment:{note.attachment_id})"
    mime, stored = service.photo(note.attachment_id)
    assert mime == "audio/flac" and stored.startswith(b"fLaC")
    decoded = voice.voice_note(service, note.attachment_id)
    assert decoded is not None and decoded.pcm == pcm
    assert voice.voice_note(service, "no-such-id") is None
    assert voice.wav_bytes(decoded)[:4] == b"RIFF"


def test_nothing_recorded_or_not_sound_gets_a_sentence(service) -> None:  # type: ignore[no-untyped-def]
    entry = service.add_entry(NewEntry(title="x"))
    with pytest.raises(InvalidInput, match="Nothing was recorded"):
        voice.keep_voice_note(service, b"", entry_id=entry)
    with pytest.raises(InvalidInput, match="can't be played"):
        voice.decode(b"not sound at all")
    with pytest.raises(InvalidInput, match="damaged"):
        voice.decode(b"RIFF\x00\x00\x00\x00WAVEfmt broken")


def test_a_photo_import_still_refuses_sound(service) -> None:  # type: ignore[no-untyped-def]
    entry = service.add_entry(NewEntry(title="x"))
    with pytest.raises(InvalidInput, match="not a photo"):
        service.add_photo(voice.encode(sine(0.5)), filename="a.flac", entry_id=entry)


def test_encoding_and_decoding_open_no_file(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import builtins
    import io
    import os
    import tempfile

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"a file was opened: {args[:1]}")

    pcm = sine(1.0)
    voice.encode(pcm[:2])  # soundfile is loaded (and its library found) before the guard
    for module, name in (
        (builtins, "open"),
        (io, "open"),
        (os, "open"),
        (tempfile, "mkstemp"),
        (tempfile, "NamedTemporaryFile"),
        (tempfile, "TemporaryFile"),
        (tempfile, "SpooledTemporaryFile"),
    ):
        monkeypatch.setattr(module, name, refuse)
    for flac in (True, False):
        assert voice.decode(voice.encode(pcm, flac=flac)).pcm == pcm


def test_a_json_export_with_a_voice_note_imports_again(journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.services.transfer import export_journal, import_journal
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from innerchild_desktop.store.opening import create_journal
    from tests.conftest import PASSPHRASE

    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title="spoken"))
    pcm = sine(1.0)
    note = voice.keep_voice_note(service, pcm, entry_id=entry)
    service.update_entry(entry, body=note.link)
    out = tmp_path / "export.json"
    export_journal(journal, "json", out)
    other, _ = create_journal(JournalPaths(tmp_path / "other"), PASSPHRASE, FAST_TEST_KDF)
    try:
        import_journal(other, "innerchild-json", out)
        decoded = voice.voice_note(JournalService(other), note.attachment_id)
        assert decoded is not None and decoded.pcm == pcm
    finally:
        other.close()
