"""Timing helpers for the benchmark: repeated samples, medians and p95, whole processes."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median": statistics.median(ordered),
        "p95": p95,
        "n": len(ordered),
        "min": ordered[0],
        "max": ordered[-1],
    }


def timed(fn: Callable[[], object], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return summary(samples)


def innerchild_cmd() -> list[str]:
    script = Path(sys.executable).parent / "innerchild"
    return [str(script)] if script.exists() else [sys.executable, "-m", "innerchild_desktop"]


def run_process(
    args: list[str], stdin: str = "", env: dict[str, str] | None = None, check: bool = True
) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(
        args, input=stdin, capture_output=True, text=True, env={**os.environ, **(env or {})}
    )
    took = time.perf_counter() - start
    if check and result.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({result.returncode}): {result.stderr[-500:]}")
    return took, result.stdout


def peak_rss_mb_of_child() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
