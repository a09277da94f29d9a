"""The window fits a small screen in every language: once unlocked, with each page shown (the
Journal with its editor's Details open), it can be made 960 px narrow, and at that width no
label or button on the page in front is cut off. Rows of buttons wrap, long sentences wrap,
the Details summary is shortened with "…" (German runs about 30 % longer than English; the
pseudo language makes every text 30 % longer)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from innerchild_desktop.screenshots.language_check import install_pseudo
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.translations import install_language
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.i18n import install_translators
from tests.conftest import PASSPHRASE
from tests.gui.test_shell import unlock

NARROW = 960  # px: a small laptop's screen, with room to spare
PAGES = ("Journal", "Timeline", "Prompts", "Soothe", "Settings")


@pytest.fixture(params=["en", "es", "de", "pseudo"])
def language(request, qapp, make_window):  # type: ignore[no-untyped-def]
    # (after make_window has configured the application, which installs the stored choice)
    if request.param == "pseudo":
        install_pseudo()
    else:
        install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")
    install_language("en")


@pytest.fixture
def window(language, make_window, paths, qtbot):  # type: ignore[no-untyped-def]
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window


def cut_off(top: QWidget) -> list[str]:
    """Labels that do not wrap and buttons, among ``top``'s visible widgets, narrower than
    their text (those shortened on purpose, with the whole text in a tooltip, aside; those whose
    words wrap: narrower than a word, or shorter than their lines), and pages wider than the
    room they scroll in."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.property("elides"):
            continue
        if widget.property("wraps"):  # on more lines: as wide as its longest word, as tall
            if (  # as its lines
                widget.minimumSizeHint().width() > widget.width() + 2
                or widget.heightForWidth(widget.width()) > widget.height() + 2
            ):
                found.append(f"{type(widget).__name__} {widget.text()[:60]!r} (wrapped)")
            continue
        if isinstance(widget, QScrollArea) and widget.widgetResizable() and widget.widget():
            need = widget.widget().minimumSizeHint().width()
            if need > widget.viewport().width():  # (it would scroll sideways)
                found.append(f"a page {need} px wide in {widget.viewport().width()} px")
        if isinstance(widget, QLabel) and not widget.wordWrap() and "<" not in widget.text():
            text = widget.text()
            wide = max(
                (widget.fontMetrics().horizontalAdvance(t) for t in text.splitlines()), default=0
            )
            if wide > widget.contentsRect().width() + 2:
                found.append(f"label {text[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():  # noqa: SIM102
            if widget.sizeHint().width() > widget.width() + 2:
                found.append(f"{type(widget).__name__} {re.sub('&', '', widget.text())[:60]!r}")
    return found


def test_every_page_fits_a_narrow_window(qtbot, window, language):
    workspace = window.workspace
    editor = workspace.journal_page.editor
    editor.details.set_open(True, remember=False)
    editor.draw_invitation.show()  # (the notes the editor shows only at times, too)
    editor.two_computers.show()
    for name in PAGES:
        workspace.show_page(name)
        QApplication.processEvents()
        wide = window.minimumSizeHint().width()
        assert wide <= NARROW, f"{language}, {name}: the window needs {wide} px"
    window.resize(NARROW, 700)
    qtbot.waitUntil(lambda: window.width() == NARROW)
    for name in PAGES:
        workspace.show_page(name)
        QApplication.processEvents()
        QApplication.processEvents()  # (a shortened summary is fitted after its resize)
        page = workspace.stack.currentWidget()
        assert cut_off(page) == [], f"{language}, {name}"
