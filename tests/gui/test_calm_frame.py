"""The calm frame around everything: inactive things look inactive, every message box is built
by ui/question.py (no stock icons, kind words), every page's title sits in the same place, and no
page says "distress" (it is "how heavy it felt")."""

from __future__ import annotations

import ast
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

import innerchild_desktop.ui as ui_package
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.demo import fill_demo
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui import question, theme
from innerchild_desktop.ui.heavy import HeavyQuestion
from innerchild_desktop.ui.widgets import PAGE_MARGINS, PAGE_TITLE, button, screen
from tests import look
from tests.conftest import PASSPHRASE
from tests.look import AA_TEXT

UI = Path(ui_package.__file__).parent


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def themed(request, qapp):
    theme.apply_theme(qapp, dark=request.param)
    yield request.param
    theme.apply_theme(qapp, dark=False)


# --- Disabled states ------------------------------------------------------------------------------


def ground_and_ink(widget: QWidget) -> tuple[QColor, QColor]:
    """The colour drawn most (the ground) and the one furthest from it (the text's ink)."""
    QApplication.processEvents()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    data, stride = bytes(image.constBits()), image.bytesPerLine()
    seen: Counter[tuple[int, int, int]] = Counter()
    # Inside the border (3 px in): the fill and the text, not the window around a rounded corner.
    for y in range(3, image.height() - 3):
        for x in range(3, image.width() - 3):
            i = y * stride + 3 * x
            seen[(data[i], data[i + 1], data[i + 2])] += 1
    ground = QColor(*seen.most_common(1)[0][0])
    ink = max((QColor(*rgb) for rgb in seen), key=lambda c: look.contrast(c.name(), ground.name()))
    return ground, ink


def pair(make) -> tuple[QWidget, QWidget, QWidget]:  # type: ignore[no-untyped-def]
    holder = screen()
    layout = QVBoxLayout(holder)
    on, off = make(), make()
    off.setEnabled(False)
    layout.addWidget(on)
    layout.addWidget(off)
    holder.resize(320, 160)
    holder.show()
    return holder, on, off


def seen_apart(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 24


@pytest.mark.parametrize("role", ["", "primary", "soothe", "link", "rating"])
def test_a_disabled_button_looks_inactive_and_stays_readable(qtbot, themed, role) -> None:
    holder, on, off = pair(lambda: button("Save" if role != "rating" else "7", role=role))
    qtbot.addWidget(holder)
    qtbot.waitExposed(holder)
    on_ground, on_ink = ground_and_ink(on)
    off_ground, off_ink = ground_and_ink(off)
    assert seen_apart(on_ink, off_ink), (role, on_ink.name(), off_ink.name())
    assert on_ground != off_ground or role == "link", (role, on_ground.name())
    ratio = look.contrast(off_ink.name(), off_ground.name())
    assert ratio >= AA_TEXT, (role, off_ink.name(), off_ground.name(), ratio)


@pytest.mark.parametrize("kind", ["check box", "line edit"])
def test_disabled_fields_look_inactive(qtbot, themed, kind) -> None:
    def make() -> QWidget:
        return QCheckBox("Show numbers") if kind == "check box" else QLineEdit("my words")

    holder, on, off = pair(make)
    qtbot.addWidget(holder)
    qtbot.waitExposed(holder)
    on_ground, on_ink = ground_and_ink(on)
    off_ground, off_ink = ground_and_ink(off)
    assert seen_apart(on_ink, off_ink) or seen_apart(on_ground, off_ground)
    assert look.contrast(off_ink.name(), off_ground.name()) >= AA_TEXT


# --- Message boxes --------------------------------------------------------------------------------

STOCK = re.compile(
    r"QMessageBox\.(question|warning|critical|information)\(|Icon\.(Question|Warning|Critical|"
    r"Information)|StandardButton\.(Discard|Abort|Yes|No)\b"
)


def test_every_message_box_is_built_by_the_helper() -> None:
    """No module makes its own box (stock icons, "Yes", "Discard"): each goes through
    ui/question.py, or is a subclass that calls its ``soften``."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "question.py":
            continue
        source = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {m.group(0)}" for m in STOCK.finditer(source)]
        for node in ast.walk(ast.parse(source)):
            call = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if call and node.func.id == "QMessageBox":  # type: ignore[union-attr]
                offenders.append(f"{path.name}:{node.lineno}: QMessageBox(...)")
            if isinstance(node, ast.ClassDef) and "soften(" not in ast.unparse(node):
                bases = [ast.unparse(b) for b in node.bases]
                if "QMessageBox" in bases:
                    offenders.append(f"{path.name}: class {node.name} without soften()")
    assert offenders == []


def assert_calm(box: QMessageBox) -> None:
    assert box.property(question.CALM) is True
    assert box.icon() == QMessageBox.Icon.NoIcon and box.iconPixmap().isNull()
    words = [box.windowTitle()] + [b.text().replace("&", "") for b in box.buttons()]
    assert not [w for w in words if any(harsh in w for harsh in question.HARSH_WORDS)], words
    assert box.textFormat() == Qt.TextFormat.PlainText


@pytest.fixture
def shown_boxes(monkeypatch) -> list[QMessageBox]:
    """Every box the code under test opens, answered "the careful way" (as Esc would)."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


def test_the_asking_boxes_are_calm_and_careful_by_default(qtbot, qapp, shown_boxes) -> None:
    from innerchild_desktop.ui.soothe.insights import confirm_delete

    parent = QWidget()
    qtbot.addWidget(parent)
    assert confirm_delete(parent) is False  # the careful answer: nothing deleted
    assert question.confirm(parent, "Open this link?", "words", other="Open the link") is False
    asked = question.ask(parent, "A change waits", "t", "d", other="Apply it", on_other=print)
    told = question.tell(parent, "The backup was not made", "The disk is full.", modal=False)
    heavy = HeavyQuestion(parent)
    for box in [*shown_boxes, asked, told, heavy]:
        assert_calm(box)
    for box in [*shown_boxes, asked]:
        assert box.defaultButton() is box.escapeButton()
        assert box.defaultButton().text() in ("Not now", "Keep it", "Keep them")
    assert "gone for good" in shown_boxes[0].text()
    shown_boxes[0].show()  # the careful answer looks like the default: the accent's fill
    QApplication.processEvents()
    careful = shown_boxes[0].defaultButton()
    assert careful.palette().color(careful.backgroundRole()).name() == theme.colours().accent
    shown_boxes[0].close()
    for box in (asked, told):
        box.close()


# --- The page frame and the words on the pages ----------------------------------------------------


@pytest.fixture
def unlocked(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        fill_demo(journal, entries=12, memories=4, sessions=4, today=date(2026, 11, 24))
    window = make_window()
    window.resize(1100, 720)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window


FRAMED = ("Journal", "Timeline", "Prompts", "Soothe", "Settings")


def test_every_page_has_its_title_in_the_same_place(qtbot, unlocked) -> None:
    workspace = unlocked.workspace
    places = {}
    for name in FRAMED:
        workspace.show_page(name)
        page = workspace.stack.currentWidget()
        qtbot.waitUntil(lambda p=page: p.isVisible())
        QApplication.processEvents()
        titles = [t for t in page.findChildren(QLabel, PAGE_TITLE) if t.isVisible()]
        assert [t.text() for t in titles] == [name]
        assert titles[0].height() <= titles[0].sizeHint().height() + 2  # at the top, not centred
        places[name] = (
            titles[0].mapTo(page, titles[0].rect().topLeft()).toTuple(),
            titles[0].font(),
        )
    where = {name: place for name, (place, _font) in places.items()}
    assert set(where.values()) == {(PAGE_MARGINS[0], PAGE_MARGINS[1])}, where
    assert len({font.pointSizeF() for _place, font in places.values()}) == 1


def visible_words(root: QWidget) -> list[str]:
    words = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
        words += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return [w for w in words if w]


def test_no_page_says_distress(qtbot, unlocked) -> None:
    workspace = unlocked.workspace
    said = []
    for name in ("Journal", "Timeline", "Prompts", "Soothe", "Settings"):
        workspace.show_page(name)
        page = workspace.stack.currentWidget()
        said += [f"{name}: {w}" for w in visible_words(page) if "distress" in w.lower()]
    share = unlocked.transfers.open_share(today=date(2026, 11, 24))
    said += [f"Share: {w}" for w in visible_words(share) if "distress" in w.lower()]
    share.close()
    assert said == []


def test_permanent_steps_are_quiet_and_ask_kindly_first(qtbot, unlocked, shown_boxes) -> None:
    from innerchild_desktop.domain.entries import NewEntry

    workspace = unlocked.workspace
    journal, soothe = workspace.journal_page, workspace.soothe_page
    assert journal.empty_button.property("role") == "link"  # quiet, not a loud button
    assert soothe.insights.delete_button.property("role") == "link"
    service = unlocked.context.service
    service.trash(service.add_entry(NewEntry(title="Old words", body="let go")))
    journal.empty_trash()  # answered the careful way (Esc): nothing goes
    workspace.show_page("Soothe")
    qtbot.waitUntil(soothe.isVisible)
    soothe._delete_history()
    assert [box.windowTitle() for box in shown_boxes] == [
        "Empty the trash?",
        "Clear your exercise history?",
    ]
    for box in shown_boxes:
        assert_calm(box)
        assert box.defaultButton().text() in ("Keep it", "Keep them")
    assert len(service.trashed()) == 1


def test_the_window_fits_its_own_size_whatever_the_details_say(qtbot, unlocked) -> None:
    """A long folded summary ("Details · Letter to my younger self · … · 3 tags") is cut short
    with "…", never making the window wider than the size it opens at (1100 px)."""
    editor = unlocked.workspace.journal_page.editor
    editor.details.set_open(False, remember=False)
    editor.details.tags.set_tags(("a-long-tag-name", "another-long-one", "and-a-third"))
    editor.details.refresh_summary()
    unlocked.workspace.show_page("Journal")
    QApplication.processEvents()
    assert unlocked.minimumSizeHint().width() <= 1100
    full = editor.details.toggle.accessibleDescription()
    assert full.startswith("Details ·") and full.endswith("3 tags")
