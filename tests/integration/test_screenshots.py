import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_screenshots_command_renders_every_screen(tmp_path: Path, qapp) -> None:
    """Every screen, in light and dark, in the pseudo-language (issue 19): each translated text
    comes back bracketed and 30 % longer, so text that skipped translate() or no longer fits
    is listed in language-problems.txt, which must stay empty."""
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "innerchild_desktop",
            "screenshots",
            "--out",
            str(out),
            "--language",
            "pseudo",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,  # every screen in two themes: minutes on a busy 2-core machine
    )
    assert result.returncode == 0, result.stderr
    problems = (out / "language-problems.txt").read_text(encoding="utf-8")
    assert problems == "", problems
    names = sorted(p.name for p in out.glob("*.png"))
    for expected in (
        "01-setup.png",
        "02-recovery-key.png",
        "03-lock.png",
        "04-lock-wrong-passphrase.png",
        "05-journal.png",
        "06-journal-preview.png",
        "07-calendar.png",
        "07-calendar-dark.png",
        "08-search.png",
        "08-search-dark.png",
        "14-setup-dark.png",
        "15-safety-plan.png",
        "15-safety-plan-dark.png",
        "15-safety-plan-printed.png",
        "13-overwhelmed.png",
        "13-overwhelmed-dark.png",
        "16-breathing-reduced-motion.png",
        "16-breathing-reduced-motion-dark.png",
        "17-exercise-chooser.png",
        "17-exercise-chooser-dark.png",
        "18-grounding.png",
        "18-grounding-dark.png",
        "19-stopped.png",
        "19-stopped-dark.png",
        "32-whats-happening.png",
        "32-whats-happening-dark.png",
        "33-far-away.png",
        "33-far-away-dark.png",
        "34-exercise-notes.png",
        "34-exercise-notes-dark.png",
        "35-own-breath.png",
        "35-own-breath-dark.png",
        "20-memory-card.png",
        "20-memory-card-dark.png",
        "21-review.png",
        "22-program.png",
        "23-timeline-lanes.png",
        "23-timeline-lanes-dark.png",
        "23-timeline-by-year.png",
        "23-timeline-by-year-dark.png",
        "24-import.png",
        "25-import-progress.png",
        "26-export.png",
        "27-share-preview.png",
        "27-share-preview-dark.png",
        "28-memory-dialog.png",
        "28-memory-dialog-dark.png",
        "29-timeline-empty.png",
        "29-timeline-empty-dark.png",
        "30-heavy-entry-veiled.png",
        "30-heavy-entry-veiled-dark.png",
        "31-heavy-entry-open.png",
        "31-heavy-entry-open-dark.png",
        "40-what-helps.png",
        "40-what-helps-dark.png",
        "41-what-helps-numbers.png",
        "41-what-helps-numbers-dark.png",
        "42-what-helps-empty.png",
        "42-what-helps-empty-dark.png",
        "43-heavy-question.png",
        "43-heavy-question-dark.png",
        "44-looking-back.png",
        "44-looking-back-dark.png",
        "50-prompts-go-deeper.png",
        "51-prompts-go-deeper-dark.png",
        "52-program-step.png",
        "52-program-step-dark.png",
        "53-prompt-browser.png",
        "53-prompt-browser-dark.png",
        "54-prompt-hidden-undo.png",
        "54-prompt-hidden-undo-dark.png",
        "60-setup-weak-passphrase.png",
        "60-setup-weak-passphrase-dark.png",
        "61-setup-weak-question.png",
        "61-setup-weak-question-dark.png",
        "62-change-passphrase.png",
        "62-change-passphrase-dark.png",
        "63-recovery-key-again.png",
        "63-recovery-key-again-dark.png",
        "64-change-passphrase-new-key.png",
        "64-change-passphrase-new-key-dark.png",
        "65-new-key-working.png",
        "65-new-key-working-dark.png",
        "66-new-recovery-key.png",
        "66-new-recovery-key-dark.png",
        "70-welcome-here.png",
        "70-welcome-here-dark.png",
        "71-welcome-help.png",
        "71-welcome-help-dark.png",
        "72-welcome-choices.png",
        "72-welcome-choices-dark.png",
        "73-letters.png",
        "73-letters-dark.png",
        "74-history.png",
        "74-history-dark.png",
        "75-editor-details.png",
        "75-editor-details-dark.png",
        "76-editor-focus.png",
        "76-editor-focus-dark.png",
        "77-editor-spelling.png",
        "77-editor-spelling-dark.png",
        "88-pack-editor.png",
        "88-pack-editor-dark.png",
        "88-pack-editor-week.png",
        "88-pack-editor-week-dark.png",
        "89-pack-preview.png",
        "89-pack-preview-dark.png",
        "80-something-went-wrong.png",
        "80-something-went-wrong-dark.png",
        "90-sync-settings.png",
        "90-sync-settings-dark.png",
        "91-sync-held-deletes.png",
        "91-sync-held-deletes-dark.png",
        "92-reminder-settings.png",
        "92-reminder-settings-dark.png",
        "96-voice-note-recorder.png",
        "96-voice-note-recorder-dark.png",
        "97-voice-note-recorder-no-microphone.png",
        "97-voice-note-recorder-no-microphone-dark.png",
        "98-voice-note-player.png",
        "98-voice-note-player-dark.png",
        "93-drawing-canvas.png",
        "93-drawing-canvas-dark.png",
        "45-comfort-box.png",
        "45-comfort-box-dark.png",
        "46-comfort-box-locked.png",
        "46-comfort-box-locked-dark.png",
        "86-younger-me-blurred.png",
        "86-younger-me-blurred-dark.png",
        "87-younger-me-shown.png",
        "87-younger-me-shown-dark.png",
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
