import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_screenshots_command_renders_every_screen(tmp_path: Path, qapp) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "innerchild_desktop", "screenshots", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    for expected in (
        "01-setup.png",
        "02-recovery-key.png",
        "03-lock.png",
        "04-lock-wrong-passphrase.png",
        "05-journal.png",
        "06-journal-preview.png",
        "07-calendar.png",
        "08-search.png",
        "13-overwhelmed.png",
        "14-setup-dark.png",
        "15-safety-plan.png",
        "16-breathing-reduced-motion.png",
        "17-exercise-chooser.png",
        "18-grounding.png",
        "19-stopped.png",
        "20-memory-card.png",
        "21-review.png",
        "22-program.png",
        "23-timeline-lanes.png",
        "24-import.png",
        "25-import-progress.png",
        "26-export.png",
        "27-share-preview.png",
    ):
        assert expected in names
    for name in names:
        image = QImage(str(out / name))
        assert image.width() >= 400 and image.height() >= 300, name
        # not a blank canvas: a rendered screen has many distinct colours
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 23)
            for y in range(0, image.height(), 23)
        }
        assert len(colours) > 3, name
