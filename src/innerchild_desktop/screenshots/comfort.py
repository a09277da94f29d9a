"""The comfort box: the person's cards, a photo, a voice note and a passage (unlocked), and
the cards they chose to see while locked."""

from __future__ import annotations

import math
import struct

from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from innerchild_desktop.domain.comfort import ComfortBox, replace_text
from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.main_window import MainWindow


def _picture() -> bytes:
    """A soft sea and sky (the demo has no photos of its own)."""
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 420))
    sky.setColorAt(0, QColor("#f6d6b8"))
    sky.setColorAt(0.55, QColor("#bcd9e6"))
    sky.setColorAt(1, QColor("#6d9fb5"))
    painter.fillRect(image.rect(), sky)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f3e2b3"))
    painter.drawEllipse(QPointF(470, 150), 46, 46)
    painter.setBrush(QColor("#e8d2a6"))
    painter.drawRect(0, 340, 640, 80)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def _hum(seconds: float = 3.0, rate: int = 16_000) -> bytes:
    return b"".join(
        struct.pack("<h", int(3000 * math.sin(2 * math.pi * 220 * n / rate)))
        for n in range(int(seconds * rate))
    )


def comfort_box_screens(run: Run, window: MainWindow) -> None:
    from innerchild_desktop.services.comfort import ComfortService
    from innerchild_desktop.ui.comfort.box import ComfortBoxDialog
    from innerchild_desktop.ui.journal.photos import make_thumbnail

    journal = window.context.journal
    assert journal is not None
    service = ComfortService(journal)
    before = service.load()
    service.add_card("Call Maya. She said any time, and she meant it.")
    service.add_card("Cold water on my wrists", show_while_locked=True)
    picture = _picture()
    box = service.add_photo(picture, filename="the beach", thumbnail=make_thumbnail(picture))
    box = service.save(box.replaced(replace_text(box.items[-1], "The beach at Tenby, 1994")))
    service.record_voice(_hum(), caption="You got through it last time too (from me, in May)")
    sources = service.passage_sources(20)
    if sources:
        text = service.entry_text(sources[0][0]).strip().split("\n")[0]
        words = ". ".join(text.split(". ")[:2]).rstrip(".") + "." if text else ""
        if words:
            service.add_passage(words, entry_id=sources[0][0])
    service.add_card("Hold the smooth stone", show_while_locked=True)
    dialog = ComfortBoxDialog(service, parent=window)
    dialog.resize(900, 900)
    dialog.show()
    run.settle()
    run.save_themed(dialog, "45-comfort-box")
    dialog.close()
    locked = ComfortBoxDialog(None, locked_cards=service.load().locked_view(), parent=window)
    locked.resize(760, 480)
    locked.show()
    run.settle()
    run.save_themed(locked, "46-comfort-box-locked")
    locked.close()
    service.save(before if isinstance(before, ComfortBox) else ComfortBox())
