"""Two computers for the sync GUI tests: each a window on its own journal in tmp_path, and one
shared folder between them (as a sync tool or a USB stick would make it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from innerchild_desktop.app import configure_application
from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.tasks import wait_for_all
from tests.conftest import PASSPHRASE

SYNC_PASS = "harbour quilt thistle morning"


class Computers:
    """Makes unlocked windows, one journal each; locks them all at the end."""

    def __init__(self, qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
        configure_application(qapp)
        self.qtbot, self.tmp_path = qtbot, tmp_path
        self.folder = tmp_path / "Shared"
        self.folder.mkdir()
        self.windows: list[MainWindow] = []

    def window(self, name: str, titles: tuple[str, ...] = ()) -> MainWindow:
        paths = JournalPaths(self.tmp_path / name)
        journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
        with journal:
            for title in titles:
                JournalService(journal).add_entry(NewEntry(title=title, body=f"About {title}."))
        window = MainWindow(AppContext(paths, kdf=FAST_TEST_KDF))
        self.qtbot.addWidget(window)
        window.show()
        self.windows.append(window)
        unlock(self.qtbot, window)
        return window

    def close(self) -> None:
        for window in self.windows:
            wait_for_all(window)
            window.lock()
            window.context.lock()


def unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)


def set_up_pair(computers: Computers, a: MainWindow, b: MainWindow) -> None:
    """Through the services (the section's own tests go through the dialogs), then the
    background runs as after unlocking."""
    a.context.sync.setup(computers.folder, SYNC_PASS, "Laptop", FAST_TEST_KDF)
    b.context.sync.join(computers.folder, SYNC_PASS, "Desktop")
    a.context.sync.sync()
    for window in (a, b):
        window.workspace.journal_page.model.set_service(window.context.service)
        window.sync_runner.start()


def titles(window: MainWindow) -> list[str]:
    return sorted(e.title for e in window.context.service.list_entries(limit=1000))


def listed(window: MainWindow) -> list[str]:
    """The titles the Journal's list shows now."""
    model = window.workspace.journal_page.model
    rows = range(model.rowCount())
    return sorted(model.index(row, 0).data(model.SummaryRole).title for row in rows)


def click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    (chosen,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
