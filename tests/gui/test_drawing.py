"""Drawing inside an entry, driven like a person: strokes with the mouse, undo and redo, the
eraser, the other hand's wider lines; kept in the entry (link, preview, re-open with the same
strokes), exported with the entry, and never written anywhere outside the journal."""

# ruff: noqa: F811  (page_env, the fixture imported below, is a parameter of the tests)
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from innerchild_desktop.domain.drawing import PAPER_COLOUR, Brush, Drawing, strokes_in_png
from innerchild_desktop.services import drawings as drawing_service
from innerchild_desktop.services.transfer import export_journal
from innerchild_desktop.ui.drawing import dialog as dialog_module
from innerchild_desktop.ui.drawing.dialog import DrawingDialog
from innerchild_desktop.ui.drawing.paint import render
from innerchild_desktop.ui.journal import drawings as editor_drawings
from tests.gui.test_journal_page import page_env  # noqa: F401  (the fixture)


def _mouse(widget, kind: QEvent.Type, pos: QPointF, buttons) -> None:  # type: ignore[no-untyped-def]
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def stroke(canvas, points: list[tuple[float, float]]) -> None:  # type: ignore[no-untyped-def]
    """Press, move through ``points`` (paper coordinates) and release, as a mouse would."""
    at = [canvas.to_widget(x, y) for x, y in points]
    left = Qt.MouseButton.LeftButton
    _mouse(canvas, QEvent.Type.MouseButtonPress, at[0], left)
    for pos in at[1:]:
        _mouse(canvas, QEvent.Type.MouseMove, pos, left)
    _mouse(canvas, QEvent.Type.MouseButtonRelease, at[-1], Qt.MouseButton.NoButton)


LINE = [(100.0 + 10 * i, 400.0 + (8 if i % 2 else -8)) for i in range(60)]


@pytest.fixture
def dialog(qtbot):  # type: ignore[no-untyped-def]
    dlg = DrawingDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def inked(image: QImage, paper: str = PAPER_COLOUR) -> int:
    """How many pixels are not paper (sampled every other pixel, that is plenty)."""
    blank = QColor(paper).rgb()
    return sum(
        image.pixel(x, y) != blank
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_mouse_strokes_undo_redo_clear(qtbot, dialog) -> None:
    canvas = dialog.canvas
    assert not dialog.undo_button.isEnabled()
    stroke(canvas, LINE)
    stroke(canvas, [(600, 100), (700, 200)])
    assert len(canvas.strokes()) == 2 and canvas.strokes()[0].brush is Brush.PENCIL
    assert len(canvas.strokes()[0].points) > 50
    assert inked(render(canvas.drawing())) > 0
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert len(canvas.strokes()) == 1
    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert len(canvas.strokes()) == 2
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert canvas.strokes() == () and inked(render(canvas.drawing())) == 0
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # clear is undoable
    assert len(canvas.strokes()) == 2


def test_keys_reach_every_tool(qtbot, dialog) -> None:
    canvas = dialog.canvas
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    for key, brush in (
        (Qt.Key.Key_C, Brush.CRAYON),
        (Qt.Key.Key_M, Brush.MARKER),
        (Qt.Key.Key_E, Brush.ERASER),
        (Qt.Key.Key_P, Brush.PENCIL),
    ):
        qtbot.keyClick(canvas, key)
        assert canvas.brush is brush
    qtbot.keyClick(canvas, Qt.Key.Key_3)
    assert canvas.colour == "#6f9a5b"
    stroke(canvas, LINE)
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert canvas.strokes() == ()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(canvas, Qt.Key.Key_Z, shift_ctrl)
    assert len(canvas.strokes()) == 1
    qtbot.keyClick(canvas, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: canvas.other_hand)  # a mnemonic clicks, animated
    assert dialog.other_hand.isChecked()
    tools = [*dialog.brush_buttons.values(), *dialog.colour_buttons.values(), dialog.any_colour]
    assert all(tool.accessibleName() for tool in tools)


def test_any_colour_comes_from_the_colour_dialog(qtbot, dialog, monkeypatch) -> None:
    monkeypatch.setattr(
        dialog_module.QColorDialog, "getColor", staticmethod(lambda *a: QColor("#123456"))
    )
    qtbot.mouseClick(dialog.any_colour, Qt.MouseButton.LeftButton)
    assert dialog.canvas.colour == "#123456"
    assert not any(b.isChecked() for b in dialog.colour_buttons.values())


def test_the_eraser_gives_back_the_paper(qtbot, dialog) -> None:
    canvas = dialog.canvas
    stroke(canvas, [(300, 300), (500, 300)])
    image = render(canvas.drawing())
    assert image.pixelColor(400, 300) != QColor(PAPER_COLOUR)
    dialog.set_brush(Brush.ERASER)
    stroke(canvas, [(300, 300), (500, 300)])
    image = render(canvas.drawing())
    assert image.pixelColor(400, 300) == QColor(PAPER_COLOUR)


def test_the_other_hand_draws_wider_calmer_lines(qtbot, dialog) -> None:
    canvas = dialog.canvas
    straight = [(100.0 + 10 * i, 300.0) for i in range(60)]
    stroke(canvas, straight)
    usual = inked(render(canvas.drawing()))
    canvas.clear()
    dialog.other_hand.setChecked(True)
    stroke(canvas, straight)
    assert inked(render(canvas.drawing())) > 2 * usual  # wider
    stroke(canvas, LINE)
    other = canvas.strokes()[-1]
    assert other.other_hand
    wobble = max(abs(p.y - 400) for p in other.points[5:-5])
    assert wobble < 8  # the zigzag is smoothed


def test_esc_closes_at_once_and_keeps_the_drawing(qtbot, dialog) -> None:
    stroke(dialog.canvas, LINE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    png = dialog.result_png()
    assert png is not None and strokes_in_png(png).strokes == dialog.canvas.strokes()


def test_nothing_drawn_or_dont_keep_keeps_nothing(qtbot, dialog) -> None:
    dialog.keep()
    assert dialog.result_png() is None
    again = DrawingDialog()
    qtbot.addWidget(again)
    stroke(again.canvas, LINE)
    qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    assert again.result_png() is None


# --- in the entry ----------------------------------------------------------------------------


def _drawing_person(qtbot, monkeypatch, points, seen: list[Drawing | None]):  # type: ignore[no-untyped-def]
    """Stands in for the person at the dialog: draws ``points`` and keeps the drawing."""

    def ask(parent, drawing=None):  # type: ignore[no-untyped-def]
        seen.append(drawing)
        dlg = DrawingDialog(drawing, parent)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        stroke(dlg.canvas, points)
        dlg.keep()
        return dlg.result_png()

    monkeypatch.setattr(editor_drawings.DrawingDialog, "ask", staticmethod(ask))


def test_draw_saves_links_previews_and_reopens_the_same_strokes(
    qtbot, page_env, monkeypatch
) -> None:
    window, page = page_env
    editor = page.editor
    editor.new_entry()
    seen: list[Drawing | None] = []
    _drawing_person(qtbot, monkeypatch, LINE, seen)
    editor.draw_action.trigger()
    text = editor.body.toPlainText()
    assert editor.entry_id is not None and "![drawing](attachment:" in text
    first = drawing_service.link_at(text, text.index("attachment:"))
    assert first is not None
    service = window.context.service
    kept = drawing_service.load_drawing(service, first.attachment_id)
    assert kept is not None and len(kept.strokes) == 1
    # shown inline in the preview
    editor.preview_action.trigger()
    qtbot.waitUntil(lambda: "attachment:" in editor.preview.toHtml())
    image = editor.preview.loadResource(2, f"attachment:{first.attachment_id}")
    assert isinstance(image, QImage) and not image.isNull()
    # saved with the entry
    editor.save_now()
    assert first.attachment_id in service.get_entry(editor.entry_id).body
    # Edit drawing… with the cursor on its line: the same strokes come back, a new version
    cursor = editor.body.textCursor()
    cursor.setPosition(first.start + 3)
    editor.body.setTextCursor(cursor)
    _drawing_person(qtbot, monkeypatch, [(50, 50), (80, 90)], seen)
    editor.edit_drawing_action.trigger()
    assert seen[-1] is not None and seen[-1].strokes == kept.strokes
    text = editor.body.toPlainText()
    assert first.attachment_id not in text and text.count("![drawing](attachment:") == 1
    second = drawing_service.link_at(text, text.index("attachment:"))
    assert second is not None
    again = drawing_service.load_drawing(service, second.attachment_id)
    assert again is not None and len(again.strokes) == 2


def test_edit_drawing_elsewhere_says_how(qtbot, page_env) -> None:
    _window, page = page_env
    messages: list[str] = []
    page.editor.message.connect(messages.append)
    page.editor.body.setPlainText("just words")
    page.editor.edit_drawing_action.trigger()
    assert messages == [editor_drawings.NO_DRAWING_HERE]


def test_double_click_on_the_link_edits_the_drawing(qtbot, page_env, monkeypatch) -> None:
    _window, page = page_env
    editor = page.editor
    editor.new_entry()
    seen: list[Drawing | None] = []
    _drawing_person(qtbot, monkeypatch, LINE, seen)
    editor.draw_action.trigger()
    text = editor.body.toPlainText()
    cursor = editor.body.textCursor()
    cursor.setPosition(text.index("attachment:") + 2)
    pos = editor.body.cursorRect(cursor).center()
    qtbot.mouseDClick(editor.body.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert len(seen) == 2 and seen[-1] is not None and len(seen[-1].strokes) == 1


def test_exports_include_the_drawing(qtbot, page_env, monkeypatch, tmp_path) -> None:
    window, page = page_env
    editor = page.editor
    editor.new_entry()
    editor.title.setText("A door")
    _drawing_person(qtbot, monkeypatch, LINE, [])
    editor.draw_action.trigger()
    editor.save_now()
    journal = window.context.service.journal
    out = tmp_path / "md"
    export_journal(journal, "markdown", out)
    [md] = [p for p in out.glob("*.md") if "a-door" in p.name]
    assert "](attachments/drawing" in md.read_text()
    [png] = list((out / "attachments").glob("drawing*.png"))
    drawing = strokes_in_png(png.read_bytes())
    assert drawing is not None and len(drawing.strokes) == 1  # still editable after export
    html = tmp_path / "journal.html"
    export_journal(journal, "html", html)
    assert 'src="data:image/png;base64,' in html.read_text()
    pdf = tmp_path / "journal.pdf"
    export_journal(journal, "pdf", pdf)
    assert b"/Image" in pdf.read_bytes()  # the drawing is the only picture in this journal


def test_no_image_or_stroke_bytes_outside_the_journal(
    qtbot, page_env, monkeypatch, tmp_path_factory
) -> None:
    tmp = tmp_path_factory.mktemp("tmp")
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    window, page = page_env
    editor = page.editor
    editor.new_entry()
    _drawing_person(qtbot, monkeypatch, LINE, [])
    editor.draw_action.trigger()
    editor.save_now()
    window.context.lock()
    data_dir = Path(window.context.paths.root)
    leaks = []
    for root in (data_dir, Path(os.environ["HOME"]), tmp):
        for path in root.rglob("*"):
            if not path.is_file() or path.name.startswith("journal.db"):
                continue
            data = path.read_bytes()
            if b"\x89PNG" in data or b"innerchild-drawing" in data or b"IDAT" in data:
                leaks.append(path)
    assert leaks == []


def test_two_hands_page_asks_then_the_other_hand_answers(qtbot, page_env, monkeypatch) -> None:
    from innerchild_desktop.ui.drawing.two_hands import TwoHandsDialog

    window, page = page_env
    editor = page.editor
    editor.new_entry()

    def ask_page(parent):  # type: ignore[no-untyped-def]
        dlg = TwoHandsDialog(None, parent)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
        assert dlg.other_hand.isChecked()  # forgiving lines from the start
        dlg.question.setFocus()
        qtbot.keyClicks(dlg.question, "Come and play?")  # C, P, M… are typed, not tools
        assert dlg.canvas.brush is Brush.PENCIL
        stroke(dlg.canvas, LINE)
        dlg.keep()
        return dlg.page()

    monkeypatch.setattr(editor_drawings.TwoHandsDialog, "ask_page", staticmethod(ask_page))
    [action] = [a for a in editor.actions() if a.text() == "Two hands…"]
    action.trigger()
    text = editor.body.toPlainText()
    assert "**Me, now:** Come and play?" in text
    assert "**The little one, with my other hand:**\n\n![drawing](attachment:" in text
    found = drawing_service.link_at(text, text.index("attachment:"))
    kept = drawing_service.load_drawing(window.context.service, found.attachment_id)
    assert kept is not None and kept.strokes[0].other_hand


def test_a_backup_restores_the_drawing_with_its_strokes(qtbot, journal, tmp_path) -> None:
    from innerchild_desktop.domain.entries import NewEntry
    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.services.backup import BackupService
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.store.opening import open_journal
    from innerchild_desktop.ui.drawing.canvas import DrawingCanvas
    from innerchild_desktop.ui.drawing.paint import drawing_png
    from tests.conftest import PASSPHRASE

    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.add_stroke(_points(LINE))
    service = JournalService(journal)
    entry_id = service.add_entry(NewEntry(title="A door", body=""))
    drawing_id = drawing_service.add_drawing(
        service, drawing_png(canvas.drawing()), entry_id=entry_id
    )
    written = BackupService(journal.paths, journal).write_backup(tmp_path / "backups")
    elsewhere = JournalPaths(tmp_path / "restored")
    BackupService(elsewhere).restore(written, PASSPHRASE)
    with open_journal(elsewhere, PASSPHRASE) as restored:
        again = drawing_service.load_drawing(JournalService(restored), drawing_id)
    assert again is not None and again.strokes == canvas.strokes()


def _points(points: list[tuple[float, float]]):  # type: ignore[no-untyped-def]
    from innerchild_desktop.domain.drawing import point

    return [point(x, y) for x, y in points]


def test_a_tablet_pen_gives_pressure_and_tilt(qtbot, dialog) -> None:
    from PySide6.QtGui import QPointingDevice, QTabletEvent

    canvas = dialog.canvas
    device = QPointingDevice.primaryPointingDevice()
    left = Qt.MouseButton.LeftButton
    for kind, (x, y), pressure, buttons in (
        (QEvent.Type.TabletPress, (200, 200), 0.2, left),
        (QEvent.Type.TabletMove, (300, 220), 0.6, left),
        (QEvent.Type.TabletMove, (400, 240), 1.0, left),
        (QEvent.Type.TabletRelease, (400, 240), 0.0, Qt.MouseButton.NoButton),
    ):
        pos = canvas.to_widget(x, y)
        event = QTabletEvent(
            kind,
            device,
            pos,
            canvas.mapToGlobal(pos),
            pressure,
            40.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            left,
            buttons,
        )
        QApplication.sendEvent(canvas, event)
        assert event.isAccepted()  # no mouse event follows to draw it twice
    [pen] = canvas.strokes()
    assert [p.pressure for p in pen.points] == [0.2, 0.6, 1.0]
    assert all(0.4 < p.tilt < 0.5 for p in pen.points)  # 40 degrees of 90
    assert pen.width_at(pen.points[2]) > pen.width_at(pen.points[0])


def _unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)


def test_locking_while_drawing_keeps_the_drawing_and_closes_it(qtbot, page_env) -> None:
    from PySide6.QtCore import QTimer

    window, page = page_env
    editor = page.editor
    editor.new_entry()
    qtbot.keyClicks(editor.title, "Before the lock")
    editor.save_now()
    entry_id = editor.entry_id
    assert entry_id is not None
    seen: list[object] = []

    def while_open() -> None:
        dlg = QApplication.activeModalWidget()
        seen.append(dlg)
        stroke(dlg.canvas, LINE)
        window.lock()  # what the idle timer or Ctrl+L does

    QTimer.singleShot(0, while_open)
    editor.draw_action.trigger()  # the real, modal dialog; returns when the lock closes it
    assert isinstance(seen[0], DrawingDialog) and not seen[0].isVisible()
    assert not window.context.unlocked
    _unlock(qtbot, window)
    service = window.context.service
    body = service.get_entry(entry_id).body
    found = drawing_service.link_at(body, body.index("attachment:"))
    assert found is not None
    kept = drawing_service.load_drawing(service, found.attachment_id)
    assert kept is not None and len(kept.strokes) == 1


def test_keep_in_entry_replaces_an_edited_drawing_or_adds_one(qtbot, journal) -> None:
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.ui.drawing.canvas import DrawingCanvas
    from innerchild_desktop.ui.drawing.paint import drawing_png

    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.add_stroke(_points(LINE))
    png = drawing_png(canvas.drawing())
    service = JournalService(journal)
    entry_id, first = drawing_service.keep_in_entry(service, png, entry_id=None, lead="**Me:**")
    assert service.get_entry(entry_id).title == "Drawing"
    assert service.get_entry(entry_id).body == f"**Me:**\n\n![drawing](attachment:{first})\n"
    canvas.add_stroke(_points([(5, 5), (40, 40)]))
    _, second = drawing_service.keep_in_entry(
        service, drawing_png(canvas.drawing()), entry_id=entry_id, replacing=first
    )
    body = service.get_entry(entry_id).body
    assert first not in body and f"(attachment:{second})" in body
