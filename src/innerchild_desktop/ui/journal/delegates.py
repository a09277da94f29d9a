"""How entry rows and search hits are drawn: calm, readable, a month header per group."""

from __future__ import annotations

import html
import math
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from innerchild_desktop.domain.entries import (
    EntryKind,
    EntrySummary,
    heavy_entry_hint,
    heavy_entry_title,
)
from innerchild_desktop.domain.feelings import feeling, feeling_label
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.search import HIT_END, HIT_START, SearchHit
from innerchild_desktop.ui.journal import dates
from innerchild_desktop.ui.journal.list_model import EntryListModel

ROW = 66
HEADER = 30
HEAVY_MEMORY_TITLE = QT_TRANSLATE_NOOP("journal.delegates", "A heavy memory")
Index = QModelIndex | QPersistentModelIndex


def paint_card(painter: QPainter, option: QStyleOptionViewItem, card: QRect) -> None:
    """A row's card: tinted when selected, outlined where the keyboard is (the current row of
    a list that has the focus), so arrowing through a list always shows where one is."""
    state = option.state
    highlight = QColor(option.palette.highlight().color())
    if state & QStyle.StateFlag.State_Selected:
        tint = QColor(highlight)
        tint.setAlpha(45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(card, 8, 8)
    if state & QStyle.StateFlag.State_HasFocus:
        pen = painter.pen()
        pen.setColor(highlight)
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8)


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
        paint_card(painter, option, card)
        known = feeling(summary.mood) if summary.mood and not summary.heavy else None
        if known:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(known.colour))
            painter.drawEllipse(card.left() + 8, card.top() + 12, 9, 9)
        elif summary.heavy:  # a hollow dot: something is here, veiled
            painter.setPen(palette.placeholderText().color())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(card.left() + 8, card.top() + 12, 9, 9)
        title, line = row_lines(summary)
        text_left = card.left() + 24
        width = card.width() - 30
        title_font = QFont(option.font)
        title_font.setBold(not summary.heavy)
        title_font.setItalic(summary.heavy)
        painter.setFont(title_font)
        painter.setPen(palette.text().color())
        metrics = painter.fontMetrics()
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - 80)
        painter.drawText(text_left, card.top() + 20, title)
        painter.setFont(option.font)
        painter.setPen(palette.placeholderText().color())
        day = dates.list_day(summary.entry_date)
        painter.drawText(
            QRect(card.right() - 80, card.top() + 6, 72, 18), Qt.AlignmentFlag.AlignRight, day
        )
        painter.drawText(
            text_left,
            card.top() + 44,
            painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


def row_lines(summary: EntrySummary) -> tuple[str, str]:
    """The two lines of an entry row. A heavy entry shows only the neutral label: never its
    title, words, kind, mood or tags (the day beside it is all it shows)."""
    if summary.heavy:
        hint = heavy_entry_hint()
        return heavy_entry_title(), hint[:1].upper() + hint[1:]
    detail_bits = []
    if summary.kind is not EntryKind.FREE:
        detail_bits.append(summary.kind.label)
    if summary.mood:
        detail_bits.append(feeling_label(summary.mood))
    detail_bits += [f"#{t}" for t in summary.tags[:3]]
    preview = summary.preview if summary.title.strip() else ""
    return summary.display_title, "  ·  ".join(detail_bits + ([preview] if preview else []))


def snippet_html(snippet: str) -> str:
    """Escape a search snippet, then turn the hit markers into bold."""
    return html.escape(snippet).replace(HIT_START, "<b>").replace(HIT_END, "</b>")


def veiled_hit_title(hit: SearchHit) -> str:
    """A search hit's title, or the neutral label of a heavy entry or memory (whose snippet the
    store leaves empty)."""
    if hit.heavy:
        if hit.doc_kind == "memory":
            return translate("journal.delegates", HEAVY_MEMORY_TITLE)
        return heavy_entry_title()
    return hit.title or translate("journal.delegates", "Untitled")


def hit_when(hit: SearchHit) -> str:
    """When a hit is from, in words: an entry's day ("4 May 2026"), a memory's fuzzy time
    ("age 7", "around 1994", as the timeline says it)."""
    if hit.doc_kind == "memory":
        when = hit.when or translate("journal.delegates", "sometime")
        return translate("journal.delegates", "{when} · memory").format(when=when)
    try:
        day = date.fromisoformat(hit.when)
    except ValueError:
        return hit.when
    return dates.short_day(day)


def hit_html(hit: SearchHit, colour: str, muted: str) -> str:
    """One search result as HTML: title, when (a day or a memory's time) and snippet; veiled if
    heavy."""
    label = hit_when(hit)
    heavy_note = f" · {heavy_entry_hint()}" if hit.heavy else ""
    snippet = "" if hit.heavy else snippet_html(hit.snippet)
    return (
        f'<div style="color:{colour}"><b>{html.escape(veiled_hit_title(hit))}'
        f'</b> <span style="color:{muted}">{html.escape(label)}{heavy_note}</span>'
        f'<br/><span style="color:{muted}">{snippet}</span></div>'
    )


class SearchHitDelegate(QStyledItemDelegate):
    """A hit as a card: title and when, then the whole snippet, wrapped. Each row is as tall as
    its text needs at the view's width (the view re-asks on resize: ``ResizeMode.Adjust``), so
    no line is ever cut off."""

    HitRole = Qt.ItemDataRole.UserRole + 10
    PAD_X, PAD_Y = 8, 6  # inside the card; the card sits 4 px in from the row's sides

    def _document(self, hit: SearchHit, option: QStyleOptionViewItem, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setTextWidth(max(width - 8 - 2 * self.PAD_X, 40))
        palette = option.palette
        doc.setHtml(
            hit_html(hit, palette.text().color().name(), palette.placeholderText().color().name())
        )
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hit: SearchHit | None = index.data(self.HitRole)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        width = width or option.rect.width()
        if hit is None:
            return QSize(width, 0)
        height = self._document(hit, option, width).size().height()
        return QSize(width, math.ceil(height) + 2 * self.PAD_Y + 4 + 4)  # + card margins, gap

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit | None = index.data(self.HitRole)
        if hit is None:
            return
        painter.save()
        card = option.rect.adjusted(4, 2, -4, -6)
        paint_card(painter, option, card)
        doc = self._document(hit, option, option.rect.width())
        painter.translate(card.left() + self.PAD_X, card.top() + self.PAD_Y)
        doc.drawContents(painter)
        painter.restore()
