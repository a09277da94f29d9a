"""Every interactive widget on every screen has a name a screen reader can speak."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.tasks import wait_for_all
from tests.conftest import PASSPHRASE

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
# Composite widgets name themselves; their internal parts are not separate stops for a reader.
COMPOSITES = (QCalendarWidget, QComboBox, QAbstractSpinBox)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        inside_composite = False
        while parent is not None and parent is not root:
            if isinstance(parent, COMPOSITES):
                inside_composite = True
            parent = parent.parentWidget()
        if inside_composite:
            continue
        if (
            isinstance(widget.parentWidget(), QToolBar)
            and widget.objectName() == "qt_toolbar_ext_button"
        ):
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"in {type(widget.parentWidget()).__name__}"
            )
    return missing


def test_every_screen_names_its_controls(qtbot, make_window, paths):
    window = make_window()
    window.resize(1200, 800)
    assert unnamed(window.setup) == []
    window.setup.setCurrentIndex(1)
    assert unnamed(window.setup) == []
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        JournalService(journal).add_entry(NewEntry(title="a", body="b", tags=("t",)))
    window.show_start()
    assert unnamed(window.lock_screen) == []
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    for title in ("Journal", "Timeline", "Prompts", "Soothe", "Settings"):
        window.workspace.show_page(title)
        assert unnamed(window.workspace) == [], title
    page = window.workspace.journal_page
    page.editor.preview_action.trigger()
    for mode in (1, 2):
        page.modes.button(mode).click()
        assert unnamed(page) == [], mode
    window.open_calm()
    assert unnamed(window._soothe_windows[-1]) == []
    window.open_grounding()
    assert unnamed(window._soothe_windows[-1]) == []
    window.recover()
    assert unnamed(window.recover_dialog) == []
    window.recover_dialog.reject()
    transfers = window.transfers
    for open_dialog in (
        transfers.open_import,
        transfers.open_export,
        transfers.open_share,
        transfers.open_backup_to,
        transfers.open_restore,
    ):
        dialog = open_dialog()
        assert unnamed(dialog) == [], dialog.windowTitle()
        dialog.pages.setCurrentWidget(dialog.working)
        assert unnamed(dialog) == [], dialog.windowTitle()
        dialog.reject()
        wait_for_all(window)


def test_the_check_catches_unnamed_controls(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLineEdit())
    layout.addWidget(QPushButton(""))
    named = QLineEdit()
    named.setAccessibleName("Named")
    layout.addWidget(named)
    root.show()
    assert len(unnamed(root)) == 2
