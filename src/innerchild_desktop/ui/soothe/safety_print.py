"""Print my plan: one page with the person's plan and their chosen crisis lines.

One QTextDocument is drawn on any paged device: a QPdfWriter into memory (then written where the
person chose, owner-only and atomically, by the safety service), a QPrinter picked in Qt's print
dialog, or an image for the screenshots. The page is black on white whatever the app's theme,
and a long plan is shrunk to fit one page rather than split. Nothing touches the network.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.safety_plan import CrisisLine, CrisisLines, SafetyPlan, sections
from innerchild_desktop.ui.soothe.crisis_lines import DANGER_TEXT

if TYPE_CHECKING:  # QtPrintSupport is loaded only when someone prints
    from PySide6.QtPrintSupport import QPrinter

PRINT_WARNING = QT_TRANSLATE_NOOP(
    "soothe.safety_print",
    "A printed page or PDF of your plan is not encrypted: keep it somewhere private.",
)  # English here; shown through translate("soothe.safety_print", …)
DOC_DPI = 96  # QTextDocument lays out in these pixels; devices scale them to their resolution
PDF_DPI = 300
MIN_SHRINK = 0.35  # a plan longer than about three pages is cut off, not made unreadable
MARGIN_MM = 16
INK = "#000000"
PAPER = "#ffffff"
STYLE = """
h1 { font-size: 20pt; margin: 0 0 4px 0; }
h2 { font-size: 13pt; margin: 14px 0 4px 0; }
p, li, td { font-size: 10.5pt; }
td { padding: 2px 10px 2px 0; vertical-align: top; }
.contact { font-weight: bold; }
.small { font-size: 9pt; }
.note { margin-bottom: 6px; }
"""


def plan_html(
    plan: SafetyPlan,
    crisis: CrisisLines,
    lines: Sequence[CrisisLine],
    region_name: str,
    printed: date | None = None,
) -> str:
    """The printed page: the danger line and chosen crisis lines, then the plan's sections."""
    printed = printed or date.today()
    checked = translate("soothe.safety_print", "Checked {date}.")
    rows = "".join(
        f"<tr><td class='contact' width='32%'>{_esc(line.contact)}</td>"
        f"<td><b>{_esc(line.name)}</b> ({_esc(crisis.region_label(line))}). "
        f"{_esc(line.detail)} <span class='small'>{_esc(checked.format(date=line.checked))}"
        "</span></td></tr>"
        for line in lines
    )
    about = translate(
        "soothe.safety_print", "Crisis lines: {region}. {note} Printed {date}."
    ).format(region=region_name, note=crisis.note, date=printed.isoformat())
    title = translate("soothe.safety_print", "My safety plan")
    danger = translate("soothe.crisis_lines", DANGER_TEXT)
    parts = [
        f"<h1>{_esc(title)}</h1>",
        f"<h2>{_esc(danger)}</h2>",
        f"<p class='small note'>{_esc(about)}</p>",
        f"<table width='100%' cellspacing='0'>{rows}</table>",
    ]
    if plan.own_lines:
        own = translate("soothe.safety_print", "My own crisis lines")
        parts.append(f"<h2>{_esc(own)}</h2>")
        parts.append(_items(plan.own_lines))
    for key, title, _ in sections():  # titles in the language shown
        items = plan.section(key)
        if items:
            parts.append(f"<h2>{_esc(title)}</h2>")
            parts.append(_items(items))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _items(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{_esc(item)}</li>" for item in items) + "</ul>"


def _esc(text: str) -> str:
    return html.escape(text)


def page_layout() -> QPageLayout:
    """A4, or US Letter where the locale measures in inches; portrait, even margins."""
    letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _document(page_html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(page_html)
    return doc


def _fit(doc: QTextDocument, width: float, height: float) -> float:
    """Lay ``doc`` out to fill ``width`` x ``height`` (document pixels) on one page; returns the
    factor it must be drawn at (1.0 unless the plan is too long, or a word too wide, and the
    page is shrunk to fit, never below MIN_SHRINK)."""
    shrink = 1.0
    for _ in range(12):  # wider text wraps less, so a few rounds settle it
        doc.setTextWidth(width / shrink)
        size = doc.size()
        if size.height() <= height / shrink + 0.5 and size.width() <= width / shrink + 0.5:
            break
        if shrink == MIN_SHRINK:
            break
        shrink = max(min(height / size.height(), width / size.width(), shrink) * 0.98, MIN_SHRINK)
    return shrink


def draw_page(painter: QPainter, page_html: str, width: float, height: float) -> None:
    """Draw the page into a ``width`` x ``height`` area given in the painter's pixels at
    ``DOC_DPI`` (callers scale the painter to their device first)."""
    doc = _document(page_html)
    shrink = _fit(doc, width, height)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))  # paper is white in any theme
    context.palette = palette
    context.clip = QRectF(0, 0, width / shrink, height / shrink)
    painter.save()
    painter.scale(shrink, shrink)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def paint_on(device: QPdfWriter | QPrinter, page_html: str) -> bool:
    """Draw the one page on a PDF writer or a printer; False if the device would not start."""
    resolution = device.resolution()
    area = device.pageLayout().paintRectPixels(resolution)
    scale = resolution / DOC_DPI
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        painter.scale(scale, scale)
        draw_page(painter, page_html, area.width() / scale, area.height() / scale)
    finally:
        painter.end()
    return True


def pdf_bytes(page_html: str) -> bytes:
    """The one-page PDF, made in memory (nothing is written until the person's file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(translate("soothe.safety_print", "My safety plan"))
    writer.setCreator("Inner Child")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    ok = paint_on(writer, page_html)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    if not ok:
        raise OSError("The PDF could not be made.")
    return bytes(data.data())


def print_with_dialog(parent: QWidget, page_html: str) -> bool:
    """Qt's print dialog, then the page on the printer chosen; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(translate("soothe.safety_print", "My safety plan"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("soothe.safety_print", "Print my safety plan"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return paint_on(printer, page_html)


def page_image(page_html: str, width_px: int = 794) -> QImage:
    """The page as a white image (794 px = A4 at 96 dpi), for screenshots and previews."""
    layout = page_layout()
    full = layout.fullRectPoints()
    paint = layout.paintRectPoints()
    scale = width_px / full.width()
    image = QImage(width_px, round(full.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    try:
        points_to_doc = DOC_DPI / 72
        painter.scale(scale / points_to_doc, scale / points_to_doc)
        painter.translate(paint.left() * points_to_doc, paint.top() * points_to_doc)
        draw_page(
            painter,
            page_html,
            paint.width() * points_to_doc,
            paint.height() * points_to_doc,
        )
    finally:
        painter.end()
    return image
