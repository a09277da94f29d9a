"""The younger me: a picture pinned on the Timeline, blurred until chosen; then shown, at the
top of Letters. The picture is drawn here (a child's face, as a photo would hold one)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.services.photo_blur import PhotoBlur
from innerchild_desktop.ui.main_window import MainWindow


def child_picture(size: int = 320) -> bytes:
    """A small portrait: sky, hair, a face with a smile, a striped jumper (PNG bytes)."""
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#bcd9ea"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    for i, colour in enumerate(("#d9534f", "#f3f0e6") * 4):  # the jumper's stripes
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(40, 230 + i * 12, 240, 12))
    p.setBrush(QColor("#6b4226"))  # hair
    p.drawEllipse(QRectF(78, 40, 164, 170))
    p.setBrush(QColor("#f1c7a3"))  # face
    p.drawEllipse(QRectF(96, 70, 128, 140))
    p.setBrush(QColor("#2e2a26"))
    p.drawEllipse(QPointF(134, 130), 7, 8)
    p.drawEllipse(QPointF(186, 130), 7, 8)
    p.setBrush(QColor("#e79a8f"))
    p.drawEllipse(QPointF(120, 160), 10, 6)
    p.drawEllipse(QPointF(200, 160), 10, 6)
    p.setPen(QPen(QColor("#8a3b2e"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(138, 150, 44, 30), 200 * 16, 140 * 16)
    p.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def younger_me_screens(run: Run, window: MainWindow) -> None:
    service = window.context.service
    blur = PhotoBlur(service)
    blur.pin_new(child_picture(), filename="me at five.png", thumbnail=None)
    workspace = window.workspace
    workspace.show_page("Timeline")
    card = workspace.timeline_page.younger
    card.revealed = False
    card.refresh()
    run.save_themed(window, "86-younger-me-blurred")
    workspace.show_page("Journal")
    page = workspace.journal_page
    page.modes.button(4).click()  # Letters
    letters_card = page.letters.younger
    letters_card.photo_clicked()  # "Show this photo", for this viewing
    run.save_themed(window, "87-younger-me-shown")
    blur.unpin()
    page.modes.button(0).click()
