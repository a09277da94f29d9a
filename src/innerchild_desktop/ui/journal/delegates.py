"""How entry rows and search hits are drawn: calm, readable, a month header per group."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from innerchild_desktop.domain.entries import EntryKind, EntrySummary
from innerchild_desktop.domain.feelings import feeling
from innerchild_desktop.store.search import HIT_END, HIT_START, SearchHit
from innerchild_desktop.ui.journal.list_model import EntryListModel

ROW = 66
HEADER = 30
Index = QModelIndex | QPersistentModelIndex


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        extra = HEADER if index.data(EntryListModel.MonthRole) else 0
        return QSize(option.rect.width(), ROW + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: EntrySummary | None = index.data(EntryListModel.SummaryRole)
        if summary is None:
            return
        painter.save()
        rect = QRect(option.rect)
        palette = option.palette
        month = index.data(EntryListModel.MonthRole)
        if month:
            header = QRect(rect.left() + 8, rect.top() + 6, rect.width() - 16, HEADER - 8)
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, month.upper()
            )
            rect.setTop(rect.top() + HEADER)
        card = rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            highlight = QColor(palette.highlight().color())
            highlight.setAlpha(45)
            painter.setBrush(highlight)
            painter.drawRoundedRect(card, 8, 8)
        known = feeling(summary.mood) if summary.mood else None
        if known:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(known.colour))
            painter.drawEllipse(card.left() + 8, card.top() + 12, 9, 9)
        text_left = card.left() + 24
        width = card.width() - 30
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.text().color())
        metrics = painter.fontMetrics()
        title = metrics.elidedText(summary.display_title, Qt.TextElideMode.ElideRight, width - 80)
        painter.drawText(text_left, card.top() + 20, title)
        painter.setFont(option.font)
        painter.setPen(palette.placeholderText().color())
        day = f"{summary.entry_date:%a %d}"
        painter.drawText(
            QRect(card.right() - 80, card.top() + 6, 72, 18), Qt.AlignmentFlag.AlignRight, day
        )
        detail_bits = []
        if summary.kind is not EntryKind.FREE:
            detail_bits.append(summary.kind.label)
        if summary.mood:
            detail_bits.append(summary.mood)
        detail_bits += [f"#{t}" for t in summary.tags[:3]]
        preview = summary.preview if summary.title.strip() else ""
        line = "  ·  ".join(detail_bits + ([preview] if preview else []))
        painter.drawText(
            text_left,
            card.top() + 44,
            painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


def snippet_html(snippet: str) -> str:
    """Escape a search snippet, then turn the hit markers into bold."""
    return html.escape(snippet).replace(HIT_START, "<b>").replace(HIT_END, "</b>")


class SearchHitDelegate(QStyledItemDelegate):
    HitRole = Qt.ItemDataRole.UserRole + 10

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), 78)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit | None = index.data(self.HitRole)
        if hit is None:
            return
        painter.save()
        card = option.rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            colour = QColor(option.palette.highlight().color())
            colour.setAlpha(45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(card, 8, 8)
        label = "Memory" if hit.doc_kind == "memory" else hit.when
        heavy_note = " · marked heavy: open it to read" if hit.heavy else ""
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setTextWidth(card.width() - 16)
        colour = option.palette.text().color().name()
        muted = option.palette.placeholderText().color().name()
        doc.setHtml(
            f'<div style="color:{colour}"><b>{html.escape(hit.title or "Untitled")}'
            f'</b> <span style="color:{muted}">{html.escape(label)}{heavy_note}</span>'
            f'<br/><span style="color:{muted}">{snippet_html(hit.snippet)}</span></div>'
        )
        painter.translate(card.left() + 8, card.top() + 4)
        painter.setClipRect(0, 0, card.width() - 16, card.height() - 6)
        doc.drawContents(painter)
        painter.restore()
