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


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a Python of its own, offscreen: a cold start, not this test process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


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
    result = run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr


# PySide builds a class's Python type, with all its enums, the first time it is used. These are
# the costliest here (measured at issue 20: the Qt namespace's 94 enums ~19 ms, QStyle ~7 ms,
# QKeySequence and QAction ~1.5 ms, QMessageBox ~1 ms), and the lock screen needs none of them.
NOT_BEFORE_THE_FIRST_FRAME = (
    ("PySide6.QtCore", "Qt"),
    ("PySide6.QtWidgets", "QStyle"),
    ("PySide6.QtWidgets", "QStyleOptionButton"),
    ("PySide6.QtWidgets", "QMessageBox"),
    ("PySide6.QtGui", "QKeySequence"),
    ("PySide6.QtGui", "QAction"),
)


def test_a_cold_start_builds_none_of_the_costly_qt_types_before_the_lock_screen_shows(
    tmp_path,
) -> None:
    """Checked at the moment ``gui --exit-when-shown`` reports: run_gui itself, its window shown,
    in the first turn of its event loop (the cold start that make bench times)."""
    (tmp_path / "journal.db").write_bytes(b"")  # a journal is there: the lock screen shows
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from innerchild_desktop import app as gui\n"
        "from innerchild_desktop.paths import journal_paths\n"
        "made = gui.make_application\n"
        "def check():\n"
        f"    built = [f'{{m}}.{{n}}' for m, n in {NOT_BEFORE_THE_FIRST_FRAME!r}\n"
        "             if n in vars(sys.modules[m])]\n"
        "    print('built:', built, flush=True)\n"
        "def make_application():\n"
        "    application = made()\n"
        "    QTimer.singleShot(0, check)  # before run_gui's own report: the same turn\n"
        "    return application\n"
        "gui.make_application = make_application\n"
        f"sys.exit(gui.run_gui(journal_paths({str(tmp_path)!r}), exit_when_shown=True))\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "shown " in result.stdout
    assert "built: []" in result.stdout, result.stdout


def test_after_the_first_frame_the_scheme_itself_decides_and_the_icon_is_set() -> None:
    """A cold start guesses light or dark from the system palette; once its first frame is
    under way Qt's own colour scheme wins. Here the guess is made wrong on purpose (dark,
    where offscreen Qt's scheme is not dark): the app must end up light, with its icon."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QEventLoop\n"
        "from innerchild_desktop.ui import application, theme\n"
        "application.system_palette_is_dark = lambda: True\n"
        "app = application.make_application()\n"
        "first = theme.colours()\n"
        "icon_at_first = not app.windowIcon().isNull()\n"
        "for _ in range(3):\n"
        "    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)\n"
        "print(first is theme.DARK, icon_at_first, theme.colours() is theme.LIGHT,\n"
        "      not app.windowIcon().isNull())\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split() == ["True", "False", "True", "True"], result.stdout
