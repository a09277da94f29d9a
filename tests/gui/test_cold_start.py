"""A cold start shows the lock screen first and builds the rest once it is painted (issue 20);
whatever asks for the rest sooner gets it built at once, and the crisis path never waits."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from innerchild_desktop.context import AppContext
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.test_overwhelmed_path import players


def locked_window(qtbot, paths) -> MainWindow:  # type: ignore[no-untyped-def]
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = MainWindow(AppContext(paths, kdf=FAST_TEST_KDF))
    qtbot.addWidget(window)
    return window


def test_the_lock_screen_comes_first_and_the_rest_once_it_is_painted(qtbot, paths):
    window = locked_window(qtbot, paths)
    assert window.stack.currentWidget() is window.lock_screen
    built_later = ("workspace", "first_run", "setup", "sync_runner", "transfers", "tray")
    assert not any(name in window.__dict__ for name in built_later)
    assert window.menuBar().actions() == []  # the menus come with the rest
    window.show()
    qtbot.waitUntil(lambda: "workspace" in window.__dict__, timeout=10_000)
    assert window.stack.currentWidget() is window.lock_screen  # still locked, still in front
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Go", "&Soothe", "&Help"]
    assert not window.menuBar().actions()[1].isVisible()  # Go: only while unlocked
    assert not window.lock_action.isEnabled()


def test_asking_for_a_part_builds_it_at_once_and_keeps_what_was_typed(qtbot, paths):
    window = locked_window(qtbot, paths)
    qtbot.keyClicks(window.lock_screen.passphrase, "half a pass")
    assert window.workspace.journal_page is not None  # built now, synchronously
    assert window.lock_screen.passphrase.text() == "half a pass"
    assert window.stack.indexOf(window.workspace) >= 0
    assert window.stack.currentWidget() is window.lock_screen


def test_the_crisis_path_works_before_the_rest_is_built(qtbot, paths):
    window = locked_window(qtbot, paths)
    window.show()
    qtbot.mouseClick(window.lock_screen.overwhelmed_button, Qt.MouseButton.LeftButton)
    assert len(players(window)) == 1  # the calm player, locked
    players(window)[0].close()


def test_unlocking_builds_the_rest_and_shows_the_workspace(qtbot, paths):
    window = locked_window(qtbot, paths)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    assert window.stack.currentWidget() is window.workspace
    assert window.lock_action.isEnabled() and window.menuBar().actions()[1].isVisible()
    window.lock()
    assert window.stack.currentWidget() is window.lock_screen


def test_a_first_start_builds_the_setup_screen_and_all_it_offers_at_once(qtbot, paths):
    window = MainWindow(AppContext(paths, kdf=FAST_TEST_KDF))
    qtbot.addWidget(window)
    assert all(name in window.__dict__ for name in ("setup", "sample", "transfers", "workspace"))
    assert window.stack.currentWidget() is window.setup


LATER = (  # what the lock screen does without: imported once it is painted
    "innerchild_desktop.ui.workspace",
    "innerchild_desktop.ui.first_run",
    "innerchild_desktop.ui.setup_screen",
    "innerchild_desktop.ui.sync_runner",
    "innerchild_desktop.ui.transfer",
    "innerchild_desktop.ui.soothe_entry",
    "innerchild_desktop.store.vault",
    "innerchild_desktop.services.access",
    "innerchild_desktop.cli.parser",
    "innerchild_desktop.cli.io",
)


def test_a_cold_start_imports_only_what_the_lock_screen_needs(tmp_path) -> None:
    """make bench times the cold start; this keeps its causes from coming back."""
    (tmp_path / "journal.db").write_bytes(b"")  # a journal is there: the lock screen shows
    code = (
        "import sys\n"
        "from innerchild_desktop.cli import window_arguments\n"
        "from innerchild_desktop.app import make_application\n"
        "from innerchild_desktop.ui.crash_dialog import install_crash_reporter\n"
        "from innerchild_desktop.ui.main_window import MainWindow\n"
        "from innerchild_desktop.context import AppContext\n"
        "from innerchild_desktop.paths import journal_paths\n"
        "app = make_application()\n"
        f"window = MainWindow(AppContext(journal_paths({str(tmp_path)!r})))\n"
        "assert window.stack.currentWidget() is window.lock_screen\n"
        f"loaded = sorted(set(sys.modules) & set({LATER!r}))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
