"""A book-like PDF: title page, entries by date, memories by age, via Qt's QTextDocument.

The one services module allowed to borrow Qt (ARCHITECTURE.md), and only inside functions, so
importing it stays Qt-free. Photos are handed to the document as resources (scaled to the page
width) straight from the encrypted store; nothing is written to disk but the PDF itself, which
is laid out in memory and then written owner-only and atomically.

QTextDocument needs a QGuiApplication for fonts: if none exists, an offscreen one is created
(the command line has no display).
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer.collect import Selection, collect
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ExportSummary,
    ProgressFn,
    tick,
    write_private_file,
)
from innerchild_desktop.services.transfer.export_words import subtitle_for
from innerchild_desktop.services.transfer.html_export import Book, build_book
from innerchild_desktop.store.attachments import attachment_bytes

MAX_IMAGE_WIDTH = 560  # document pixels: the text width of an A4 page with 20 mm margins
PDF_DPI = 300
DOC_DPI = 96
FOOTER = 28  # document pixels under each page's text, for the page number
_IMG_SRC = re.compile(r'src="attachment:([A-Za-z0-9_\-]{1,64})"')

_app: Any = None  # the QGuiApplication we created, kept alive for the process


def ensure_gui_application() -> Any:
    """The running QGuiApplication, or a new offscreen one if there is none yet."""
    global _app
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise InvalidInput(
                translate(
                    "services.transfer.pdf_export",
                    "A PDF needs Qt's GUI application, but a plain Qt application is running.",
                )
            )
        return existing
    if (
        not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["innerchild-pdf"])
    return _app


def html_to_pdf(
    journal: OpenJournal | JournalView,
    document: Book | str,
    *,
    title: str = "My journal",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> bytes:
    """Lay out ``document`` (HTML with ``attachment:`` images) on numbered A4 pages.

    A :class:`Book` is laid out one piece (about 60 entries) at a time and painted page by page:
    Qt's own ``QTextDocument.print_`` lays the whole document out at the printer's resolution
    and silently stops at Qt's coordinate limit (about 690 A4 pages, measured with 10,000
    entries), and it gives no chance to report progress or to cancel.
    """
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    pieces = document.pieces() if isinstance(document, Book) else [(document, 0)]
    total = sum(weight for _, weight in pieces)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Inner Child")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(PDF_DPI)
    scale = PDF_DPI / DOC_DPI  # the document is laid out in 96-dpi pixels, then scaled
    width = area.width() / scale
    height = area.height() / scale - FOOTER
    footer_font = QFont()
    footer_font.setPixelSize(12)
    painter = QPainter()
    if not painter.begin(writer):
        raise InvalidInput(
            translate(
                "services.transfer.pdf_export",
                "The PDF could not be started.",
            )
        )
    try:
        page_number = 0
        done = 0
        tick(progress, cancel, 0, total)
        for piece_html, weight in pieces:
            text = QTextDocument()
            text.setDocumentMargin(0)
            _add_images(journal, text, piece_html)
            text.setHtml(piece_html)
            text.setPageSize(QSizeF(width, height))
            for page in range(text.pageCount()):
                if page_number:
                    writer.newPage()
                page_number += 1
                painter.save()
                painter.scale(scale, scale)
                painter.save()
                painter.translate(0, -page * height)
                text.drawContents(painter, QRectF(0, page * height, width, height))
                painter.restore()
                painter.setFont(footer_font)
                painter.drawText(
                    QRectF(0, height, width, FOOTER),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    str(page_number),
                )
                painter.restore()
            done += weight
            tick(progress, cancel, done, total)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def _add_images(journal: OpenJournal | JournalView, text: Any, piece_html: str) -> None:
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtGui import QImage, QTextDocument

    for attachment_id in dict.fromkeys(_IMG_SRC.findall(piece_html)):
        found = attachment_bytes(journal.conn, attachment_id)
        if found is None:
            continue
        image = QImage.fromData(QByteArray(found[1]))
        if image.isNull():
            continue
        if image.width() > MAX_IMAGE_WIDTH:
            image = image.scaledToWidth(MAX_IMAGE_WIDTH)
        text.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"attachment:{attachment_id}"), image
        )


def export_pdf(
    journal: OpenJournal | JournalView,
    out: Path,
    *,
    selection: Selection | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    today: date | None = None,
) -> ExportSummary:
    data = collect(journal, selection or Selection.everything())
    book = build_book(
        journal,
        data,
        title="My journal",
        subtitle=subtitle_for(data, today or date.today()),
    )
    write_private_file(out, html_to_pdf(journal, book, progress=progress, cancel=cancel))
    return ExportSummary(
        "pdf",
        out,
        entries=len(data.entries),
        memories=len(data.memories),
        attachments=data.attachment_count(),
        sessions=len(data.sessions),
        warnings=list(book.warnings),
    )
