"""Cold start to the lock screen against a minimal PySide6 window, as whole processes (issue 20).

Both are started the same way, alternately, in the same run: ``innerchild gui --exit-when-shown``
on a journal that exists (so the lock screen is what shows), and a script that only creates a
QApplication, shows a QLabel and exits. Each prints ``shown <time.time()>`` once its window has
been shown and its first paint queued; the figure is that moment minus the moment just before
the process was started. The target is a ratio: ours ≤ 1.3x the minimal window's median.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import measure

TARGET_RATIO = 1.3

MINIMAL_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Inner Child")
label.show()

def report():
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()

QTimer.singleShot(0, report)
sys.exit(app.exec())
"""


def bytecode_env() -> dict[str, str]:
    """Python as an installed app runs it: from cached bytecode (pip and the packaged app
    compile every module at install time). A shell with PYTHONDONTWRITEBYTECODE set would
    otherwise compile each of the app's ~200 modules on every start (about 1 s here) and
    measure that instead; the cache goes outside the repository."""
    prefix = Path(os.environ.get("BENCH_CACHE", Path.home() / "bench-cache")) / "pycache"
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(prefix)}


def _shown_after(args: list[str]) -> float:
    before = time.time()
    _, stdout = measure.run_process(args, env=bytecode_env())
    line = next(ln for ln in stdout.splitlines() if ln.startswith("shown "))
    return float(line.split()[1]) - before


def bench_startup(data_dir: Path, repeat: int) -> dict[str, object]:
    """Median (and p95) of both, the ratio of the medians and the target it is held to."""
    ours_cmd = [*measure.innerchild_cmd(), "--data-dir", str(data_dir), "gui", "--exit-when-shown"]
    minimal_cmd = [sys.executable, "-c", MINIMAL_WINDOW]
    ours: list[float] = []
    minimal: list[float] = []
    _shown_after(minimal_cmd)  # one unmeasured run each: bytecode and the OS file cache are
    _shown_after(ours_cmd)  # warm for both
    for _ in range(max(repeat, 1)):
        minimal.append(_shown_after(minimal_cmd))
        ours.append(_shown_after(ours_cmd))
    ours_s, minimal_s = measure.summary(ours), measure.summary(minimal)
    ratio = ours_s["median"] / minimal_s["median"]
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(
        f"  cold start to the lock screen  {ours_s['median'] * 1000:.0f} ms (p95"
        f" {ours_s['p95'] * 1000:.0f}) against a minimal Qt window"
        f" {minimal_s['median'] * 1000:.0f} ms: ratio {ratio:.2f}"
        f" (target {TARGET_RATIO:g}; {verdict})",
        flush=True,
    )
    return {
        "cold_start_s": ours_s,
        "cold_start_minimal_qt_s": minimal_s,
        "cold_start_ratio": ratio,
        "cold_start_target_ratio": TARGET_RATIO,
        "met": ratio <= TARGET_RATIO,
    }


if __name__ == "__main__":  # python bench/startup_bench.py DATA_DIR [REPEAT]
    import json

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    repeat = int(sys.argv[2]) if sys.argv[2:] else 9
    print(json.dumps(bench_startup(Path(sys.argv[1]), repeat), indent=2))
