"""Screenshots of the passphrase screens (called once from ui/screenshots.py): setup explaining
a guessable passphrase and asking before keeping it, Settings → change passphrase, and the
recovery key shown again. In the run's theme and, when that is light, in dark too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from innerchild_desktop.context import AppContext
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services import access
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.screenshots import DEMO_PASSPHRASE, SIZE, _save
from innerchild_desktop.ui.theme import apply_theme


def _over(window: QWidget, box: QWidget, path: Path, shots: list[Path]) -> None:
    """A question as it appears: over the window, which it dims."""
    QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    face = box.grab()
    left, top = (shot.width() - face.width()) // 2, (shot.height() - face.height()) // 3
    painter.drawPixmap(left, top, face)
    painter.end()
    shot.save(str(path))
    shots.append(path)


def passphrase_screens(
    app: QApplication, window: MainWindow, scratch: Path, out: Path, shots: list[Path], dark: bool
) -> None:
    fresh = MainWindow(AppContext(JournalPaths(scratch / "fresh-weak"), kdf=FAST_TEST_KDF))
    fresh.resize(*SIZE)
    fresh.show()
    fresh.setup.passphrase.setText("dragonfly")
    fresh.setup.confirm.setText("dragonfly")
    fresh.setup._submit()
    question = fresh.setup.weak_box
    assert question is not None
    question.hide()  # drawn over the window by _over, as it appears
    journal = window.context.journal
    assert journal is not None
    window.workspace.show_page("Settings")
    section = window.workspace.settings_page.access
    section.open_change()
    change = section.change_dialog
    assert change is not None
    change.old.setText(DEMO_PASSPHRASE)
    change.new.setText("summer2024")
    change.confirm.setText("summer2024")
    section.open_key()
    key = section.key_dialog
    assert key is not None
    key._shown(access.recovery_key_again(journal, DEMO_PASSPHRASE))
    for theme in (dark,) if dark else (False, True):
        apply_theme(app, dark=theme)
        suffix = "-dark" if theme else ""
        _save(fresh, out, f"60-setup-weak-passphrase{suffix}", shots)
        _over(fresh, question, out / f"61-setup-weak-question{suffix}.png", shots)
        _save(change, out, f"62-change-passphrase{suffix}", shots)
        _save(key, out, f"63-recovery-key-again{suffix}", shots)
    apply_theme(app, dark=dark)
    key.reject()
    change.reject()
    question.done(0)
    fresh.close()
