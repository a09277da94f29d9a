"""The shipped chimes are soft, short, click-free, and exactly what scripts/make_sounds.py makes."""

import importlib.util
import itertools
import struct
import sys
import wave
from pathlib import Path
from types import ModuleType

import pytest

from innerchild_desktop.resources import resource_path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_sounds.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sounds", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _samples(path: Path) -> tuple[wave._wave_params, list[int]]:
    with wave.open(str(path), "rb") as audio:
        params = audio.getparams()
        frames = audio.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", frames))


def _crossings_per_second(samples: list[int], rate: int) -> float:
    window = samples[: rate // 5]
    flips = sum(1 for a, b in itertools.pairwise(window) if (a < 0) != (b < 0))
    return flips / 2 / (len(window) / rate)


@pytest.mark.parametrize("name", ["in", "out", "end"])
def test_shipped_chimes_are_soft_short_and_click_free(name: str) -> None:
    params, samples = _samples(resource_path("sounds", f"{name}.wav"))
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    assert 0.6 <= params.nframes / params.framerate <= 1.2
    peak = max(abs(s) for s in samples)
    assert 0.2 * 32767 <= peak <= 0.3 * 32767  # about −12 dBFS: never startling
    assert abs(samples[0]) < 50 and abs(samples[-1]) < 50  # soft attack, fade to silence
    jumps = max(abs(b - a) for a, b in itertools.pairwise(samples))
    assert jumps < 0.1 * 32767  # no clicks
    head = max(abs(s) for s in samples[: len(samples) // 4])
    tail = max(abs(s) for s in samples[-len(samples) // 4 :])
    assert tail < head / 2  # it decays like a bell


def test_in_chime_is_higher_than_out_chime() -> None:
    _, chime_in = _samples(resource_path("sounds", "in.wav"))
    _, chime_out = _samples(resource_path("sounds", "out.wav"))
    assert _crossings_per_second(chime_in, 44_100) > _crossings_per_second(chime_out, 44_100)


def test_the_script_is_deterministic_and_matches_the_shipped_files(tmp_path: Path) -> None:
    script = _script()
    assert script.main(["--out", str(tmp_path)]) == 0
    for chime in script.CHIMES:
        assert script.render(chime) == script.render(chime)
        _, fresh = _samples(tmp_path / f"{chime.name}.wav")
        _, shipped = _samples(resource_path("sounds", f"{chime.name}.wav"))
        assert len(fresh) == len(shipped)
        # Identical here; within one step elsewhere, in case another libm rounds a sine apart.
        assert max(abs(a - b) for a, b in zip(fresh, shipped, strict=True)) <= 1
