"""Generate the pacer's soft chimes: resources/sounds/{in,out,end}.wav.

Plain standard library (``wave`` + ``math``), so anyone can regenerate or tweak them and the
repository needs no sound tools or third-party samples with unclear licences. Output is
deterministic: the same script always writes byte-identical files (a test checks the shipped
files against a fresh run).

Each chime is a gentle sine "bell": a few slightly inharmonic partials, a soft raised-cosine
attack (no click), an exponential decay and a short fade to true silence at the end. Peaks stay
around −12 dBFS so a chime never startles. The in-chime is a little higher and brighter, the
out-chime lower and longer (settling), the end-chime a soft two-note fall.

Usage: ``python scripts/make_sounds.py [--out DIR]``
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
PEAK = 0.25  # about −12 dBFS
ATTACK = 0.025  # seconds
FADE = 0.06  # final fade to silence, seconds
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# (ratio to the fundamental, relative amplitude, decay time constant as a fraction of length)
BELL_PARTIALS = ((1.0, 1.0, 0.45), (2.01, 0.35, 0.25), (2.76, 0.12, 0.15), (4.07, 0.05, 0.08))


@dataclass(frozen=True)
class Note:
    frequency: float
    start: float  # seconds into the chime
    gain: float = 1.0


@dataclass(frozen=True)
class Chime:
    name: str
    seconds: float
    notes: tuple[Note, ...]


CHIMES = (
    Chime("in", 0.8, (Note(659.25, 0.0),)),  # E5
    Chime("out", 1.0, (Note(493.88, 0.0),)),  # B4
    Chime("end", 1.2, (Note(587.33, 0.0, 0.8), Note(392.00, 0.28))),  # D5 then G4
)


def _envelope(t: float, length: float, tau: float) -> float:
    if t < 0:
        return 0.0
    attack = 0.5 - 0.5 * math.cos(math.pi * t / ATTACK) if t < ATTACK else 1.0
    return attack * math.exp(-t / (tau * length))


def render(chime: Chime) -> list[int]:
    """16-bit samples of one chime, normalised to ``PEAK``."""
    count = round(chime.seconds * RATE)
    raw = []
    for i in range(count):
        t = i / RATE
        value = 0.0
        for note in chime.notes:
            local = t - note.start
            for ratio, amplitude, tau in BELL_PARTIALS:
                envelope = _envelope(local, chime.seconds, tau)
                phase = 2 * math.pi * note.frequency * ratio * local
                value += note.gain * amplitude * envelope * math.sin(phase)
        remaining = chime.seconds - t
        if remaining < FADE:
            value *= 0.5 - 0.5 * math.cos(math.pi * remaining / FADE)
        raw.append(value)
    loudest = max(abs(v) for v in raw) or 1.0
    return [round(32767 * PEAK * v / loudest) for v in raw]


def write_wav(path: Path, samples: list[int]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the WAV files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for chime in CHIMES:
        path = args.out / f"{chime.name}.wav"
        write_wav(path, render(chime))
        print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
