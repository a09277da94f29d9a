from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from innerchild_desktop.domain.safety_plan import ALL_REGIONS, SafetyPlan
from innerchild_desktop.services import safety
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store import safety_plan_file
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.soothe.crisis_lines import ASK_TEXT, CHOSEN_TEXT
from innerchild_desktop.ui.soothe.safety_plan import SafetyPlanDialog
from innerchild_desktop.ui.soothe.safety_print import page_image
from innerchild_desktop.ui.theme import DARK, LIGHT, apply_theme
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed
from tests.unit.test_contrast import contrast


def test_safety_plan_locked_and_unlocked(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.mouseClick(window.lock_screen.safety_button, Qt.MouseButton.LeftButton)
    locked = window.safety_dialog
    texts = " ".join(w.text() for w in locked.findChildren(type(window.status)))
    assert "988" in texts and "116 123" in texts and "check" in texts.lower()
    assert locked.editors == {}  # nothing editable or personal while locked
    locked.close()

    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.open_safety_plan()
    dialog = window.safety_dialog
    assert unnamed(dialog) == []
    qtbot.keyClicks(dialog.editors["coping_steps"], "Cold water on my face")
    qtbot.keyClicks(dialog.editors["people"], "Sam 07700 900123")
    dialog.show_locked["coping_steps"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.plan.coping_steps == ("Cold water on my face",), timeout=3_000)
    window.lock()  # closes the editable plan
    assert not dialog.isVisible()
    window.open_safety_plan()
    again = window.safety_dialog
    texts = " ".join(w.text() for w in again.findChildren(type(window.status)))
    assert "Cold water on my face" in texts
    assert "Sam 07700" not in texts  # personal contacts stay inside the journal


def test_crisis_lines_can_be_hidden_and_added(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    qtbot.mouseClick(window.workspace.overwhelmed_button, Qt.MouseButton.LeftButton)
    assert window._soothe_windows[-1].exercise.id == "extended-exhale"
    window.open_safety_plan()
    dialog = window.safety_dialog
    dialog.hide_checks["au-lifeline"].setChecked(True)
    qtbot.keyClicks(dialog.own_lines, "My GP out of hours: 0300 000 000")
    dialog.show_locked["own_lines"].setChecked(True)  # off unless chosen
    dialog.close()
    window.lock()
    window.open_safety_plan()
    texts = " ".join(w.text() for w in window.safety_dialog.findChildren(type(window.status)))
    assert "13 11 14" not in texts and "0300 000 000" in texts and "116 123" in texts


# -- crisis lines by region, the danger line, printing (issue 13) ------------------------------

EVERY_LINE = [  # the bundled file's order, shown when no country is chosen or "All regions"
    "emergency", "us-emergency", "us-988", "us-crisis-text-line", "us-rainn",
    "us-domestic-violence", "ca-emergency", "ca-988", "uk-emergency", "ie-emergency",
    "uk-roi-samaritans", "uk-shout", "uk-domestic-abuse", "uk-napac", "ie-pieta",
    "ie-text-50808", "au-emergency", "au-lifeline", "au-1800respect", "nz-emergency", "nz-1737",
    "directory",
]  # fmt: skip


def shown_text(dialog: QDialog) -> str:
    return " ".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog))


def line_order(dialog: SafetyPlanDialog) -> list[str]:
    """The crisis lines as laid out on screen, top to bottom."""
    panel = dialog.panel
    shown = [(label, line_id) for line_id, label in panel.line_labels.items()]
    visible = [(label.mapTo(dialog, QPoint(0, 0)).y(), i) for label, i in shown]
    assert all(label.isVisibleTo(dialog) for label, _ in shown)
    return [line_id for _, line_id in sorted(visible)]


def open_locked(qtbot, paths) -> SafetyPlanDialog:
    dialog = SafetyPlanDialog(safety.plan_while_locked(paths), editable=False, paths=paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.panel.line_labels and line_order(dialog) != [])
    return dialog


def test_the_region_is_asked_once_calmly_and_its_lines_come_first(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.mouseClick(window.lock_screen.safety_button, Qt.MouseButton.LeftButton)
    dialog = window.safety_dialog
    panel = dialog.panel
    assert not dialog.isModal()  # a choice at the top, never a blocking question
    assert panel.question.text() == ASK_TEXT and panel.all_regions.isVisibleTo(dialog)
    assert dialog.focusWidget() is panel.chooser
    assert line_order(dialog) == EVERY_LINE  # until a country is chosen: every region
    assert unnamed(dialog) == []
    nz = panel.chooser.findData("nz")
    for _ in range(nz + 1):  # by keyboard: Australia, Canada, Ireland, New Zealand
        qtbot.keyClick(panel.chooser, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: line_order(dialog)[0] == "nz-emergency")
    assert line_order(dialog) == ["nz-emergency", "nz-1737", "emergency", "directory"]
    text = shown_text(dialog)
    assert "111" in text and "Call or text 1737" in text and "741741" not in text
    assert panel.question.text() == CHOSEN_TEXT and not panel.all_regions.isVisibleTo(dialog)
    assert safety.crisis_region(paths) == "nz"  # readable while locked
    assert "nz" in safety_plan_file.path_in(paths.root).read_text()

    assert panel.more.isVisibleTo(dialog) and "18 more" in panel.more.text()
    qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)  # all regions: one click
    qtbot.waitUntil(lambda: len(line_order(dialog)) == len(EVERY_LINE))
    assert line_order(dialog)[:4] == ["nz-emergency", "nz-1737", "emergency", "directory"]
    assert "741741" in shown_text(dialog) and safety.crisis_region(paths) == "nz"
    assert dialog.focusWidget() is panel.line_labels["us-emergency"]
    dialog.close()

    window.open_safety_plan()  # asked once: next time the country's lines are simply first
    again = window.safety_dialog
    assert again.panel.question.text() == CHOSEN_TEXT
    assert again.panel.chooser.currentText() == "New Zealand"
    assert again.focusWidget() is again.panel.line_labels["nz-emergency"]
    assert not again.panel.more.isHidden() and "741741" not in shown_text(again)


def test_all_regions_is_one_click_and_then_not_asked_again(qtbot, paths):
    dialog = open_locked(qtbot, paths)
    qtbot.mouseClick(dialog.panel.all_regions, Qt.MouseButton.LeftButton)
    assert safety.crisis_region(paths) == ALL_REGIONS
    dialog.close()
    again = open_locked(qtbot, paths)
    assert again.panel.question.text() == CHOSEN_TEXT
    assert again.panel.chooser.currentText() == "All regions"
    assert line_order(again) == EVERY_LINE and again.panel.more.isHidden()
    assert again.focusWidget() is again.panel.line_labels["emergency"]


@pytest.mark.parametrize(
    "content",
    [b"[" * 300_000, b'{"region": "uk"', b"\x00\xff garbage", b'{"region": {"uk": ["uk"]}}'],
    ids=["deeply-nested", "cut-short", "garbage", "wrong-shape"],
)
def test_the_crisis_lines_always_open_whatever_the_file_holds(qtbot, paths, content):
    paths.root.mkdir(parents=True, exist_ok=True)
    safety_plan_file.path_in(paths.root).write_bytes(content)
    dialog = open_locked(qtbot, paths)
    assert line_order(dialog) == EVERY_LINE
    assert dialog.panel.question.text() == ASK_TEXT  # asked again, calmly
    assert "If you might be in danger" in shown_text(dialog)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_danger_line_has_body_text_contrast_in_both_palettes(qtbot, qapp, paths, colours):
    apply_theme(qapp, dark=colours is DARK)
    try:
        dialog = open_locked(qtbot, paths)

        def measured(widget: QLabel) -> float:
            """The contrast of the strongest text pixel against the most common (background)."""
            area = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
            image = dialog.grab(area).toImage()
            pixels = [
                image.pixelColor(x, y).name()
                for x in range(image.width())
                for y in range(image.height())
            ]
            background = Counter(pixels).most_common(1)[0][0]
            assert background == colours.window
            return max(contrast(p, background) for p in set(pixels))

        danger = dialog.panel.danger
        assert danger.palette().color(danger.foregroundRole()) == QColor(colours.text)
        assert measured(danger) >= 7.0  # as body text (AAA), not muted
        assert measured(danger) == pytest.approx(contrast(colours.text, colours.window), 0.01)
        subtitle = next(w for w in dialog.findChildren(QLabel) if w.property("role") == "subtitle")
        assert measured(subtitle) < measured(danger)  # the measure tells muted from full
        page = page_image(dialog.printable_html())  # the printed page: black on white, any theme
        inks = {page.pixelColor(x, y).name() for x in range(0, 794, 2) for y in range(0, 300, 2)}
        assert {"#000000", "#ffffff"} <= inks and colours.text not in inks
    finally:
        apply_theme(qapp, dark=False)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF (Qt's own PDF reader; the app itself never loads it)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return pages


def unlocked_plan(qtbot, make_window, paths) -> tuple[object, SafetyPlanDialog]:
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.open_safety_plan()
    return window, window.safety_dialog


def test_print_my_plan_to_a_pdf_the_person_chose(qtbot, make_window, paths, tmp_path, monkeypatch):
    _, dialog = unlocked_plan(qtbot, make_window, paths)
    assert "not encrypted" in dialog.print_warning.text()
    assert dialog.print_warning.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.editors["coping_steps"], "Cold water on my face")
    qtbot.keyClicks(dialog.editors["reasons"], "My cat, Pepper")
    dialog.panel.choose("uk")
    asked: list[str] = []

    def pick(parent, caption, start, pattern):  # the person picks a place (no suffix typed)
        asked.append(start)
        return str(tmp_path / "my papers" / "plan for the fridge"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "my papers" / "plan for the fridge.pdf"
    assert asked and asked[0].endswith("My safety plan.pdf")
    assert target.stat().st_mode & 0o077 == 0
    assert "Saved" in dialog.print_status.text() and dialog.print_status.isVisibleTo(dialog)
    (page,) = pdf_pages(target)  # one page
    flat = " ".join(page.split())
    assert "My safety plan" in flat and "If you might be in danger" in flat
    assert "Cold water on my face" in flat and "My cat, Pepper" in flat
    for uk_line in ("999", "116 123", "Text SHOUT to 85258", "0808 2000 247", "0808 801 0331"):
        assert uk_line in flat
    for elsewhere in ("741741", "1737", "1800 737 732"):  # other countries' lines stay off
        assert elsewhere not in flat
    assert "Checked 2026-12-03" in flat

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)  # cancelled: nothing new
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_long_plan_still_prints_on_one_page(qtbot, make_window, paths, tmp_path):
    _, dialog = unlocked_plan(qtbot, make_window, paths)
    for key, editor in dialog.editors.items():
        editor.setPlainText("\n".join(f"{key} step {n}: something that helps" for n in range(12)))
    dialog.panel.choose(ALL_REGIONS)
    assert dialog.write_pdf(tmp_path / "long.pdf")
    (page,) = pdf_pages(tmp_path / "long.pdf")
    flat = " ".join(page.split())
    assert "reasons step 11" in flat and "findahelpline.com" in flat and "741741" in flat


def test_a_pdf_that_cannot_be_written_says_so_in_a_sentence(qtbot, paths, tmp_path):
    dialog = open_locked(qtbot, paths)
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert not dialog.write_pdf(folder)
    assert "could not be saved there" in dialog.print_status.text()
    assert dialog.print_status.isVisibleTo(dialog)


def test_print_goes_to_the_printer_chosen_in_the_print_dialog(qtbot, paths, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"

    def choose_print_to_file(self):  # the person picks "Print to file (PDF)" and presses Print
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_print_to_file)
    dialog = open_locked(qtbot, paths)  # the crisis lines print even while locked
    dialog.panel.choose("au")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    (page,) = pdf_pages(target)
    flat = " ".join(page.split())
    assert "13 11 14" in flat and "1800 737 732" in flat and "116 123" not in flat
    assert "Sent to the printer" in dialog.print_status.text()


def test_hidden_lines_survive_switching_country(qtbot, paths):
    saved: list[SafetyPlan] = []

    def save(plan: SafetyPlan) -> None:  # as SafetyService.save_plan does, less the journal
        saved.append(plan)
        safety_plan_file.write_locked_view(paths.root, plan)

    dialog = SafetyPlanDialog(SafetyPlan(), editable=True, save=save, paths=paths)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.panel.choose("uk")
    dialog.hide_checks["uk-shout"].setChecked(True)
    dialog.panel.choose("au")  # the UK's lines are no longer on screen...
    assert "uk-shout" not in dialog.hide_checks
    dialog.save_now()
    assert saved[-1].hidden_lines == frozenset({"uk-shout"})  # ...and stay hidden
    dialog.close()
    locked = open_locked(qtbot, paths)
    assert locked.panel.region == "au"
    qtbot.mouseClick(locked.panel.more, Qt.MouseButton.LeftButton)
    assert "uk-shout" not in locked.panel.line_labels and "uk-napac" in locked.panel.line_labels


def test_everything_is_reachable_by_keyboard(qtbot, paths, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    safety.choose_crisis_region(paths, "ie")
    dialog = open_locked(qtbot, paths)
    panel = dialog.panel
    assert dialog.focusWidget() is panel.line_labels["ie-emergency"]  # never a button
    assert unnamed(dialog) == []
    chain = []
    for _ in range(40):
        chain.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() is chain[0]:
            break
    for widget in (panel.chooser, panel.more, dialog.pdf_button, dialog.print_button):
        assert widget in chain
    assert [panel.line_labels[i] for i in ("ie-emergency", "uk-roi-samaritans")] == chain[:2]
    printed: list[bool] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: printed.append(True) or 0)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [True]  # Ctrl+P opens the print dialog (cancelled here)
    assert dialog.print_status.isHidden()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
