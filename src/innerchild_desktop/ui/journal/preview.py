"""The Markdown preview: a QTextBrowser that loads nothing from outside the journal.

``loadResource`` answers only ``attachment:<id>`` (bytes from the encrypted store) and refuses
everything else: no http(s), no file:, no data:. Links never open by themselves
(``setOpenLinks(False)``); web links open in the user's browser only after they confirm.

It is styled by the theme, never by the document: a ``<style>`` in the document's head (the
share preview's, made for paper) is left out, and the text is laid out again in the new colours
when the theme changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCursor,
    QDesktopServices,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.render.markdown import (
    ATTACHMENT_SCHEME,
    PLAIN_FALLBACK_NOTE,
    attachment_id,
    render_safely,
    url_scheme,
)
from innerchild_desktop.ui import question, theme
from innerchild_desktop.ui.journal import photo_veil
from innerchild_desktop.ui.photo_blur import blurred

PhotoSource = Callable[[str], tuple[str, bytes] | None]

_HEAD_STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)


def without_head_style(html: str) -> str:
    """``html`` without the ``<style>`` of its head (only there: the body is the person's)."""
    head, found, body = html.partition("</head>")
    return _HEAD_STYLE.sub("", head, count=1) + found + body if found else html


class SafePreview(QTextBrowser):
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("Reader")
        self.setAccessibleName(translate("journal.preview", "Preview"))
        self.css: Callable[[], str] = theme.preview_css  # the share preview: document_css
        self._html = ""
        self._stale = False  # the theme changed while hidden: draw again when shown
        self.photo_source: PhotoSource | None = None
        self.refused: list[str] = []  # every resource we declined to load, for tests
        self.shown_as_plain_text = False  # the last text was too costly to render as Markdown
        self.confirm_external: Callable[[str], bool] = self._ask_before_opening
        # A clicked ``attachment:<id>`` link (a voice note): truthy when the editor handled it.
        self.open_attachment: Callable[[str], object] | None = None
        self.anchorClicked.connect(self._follow)
        # Blur until I choose to look: set by the page that knows the journal (None: no blur).
        self.photo_blurred: photo_veil.Blurred | None = None
        self.photo_choice: photo_veil.Choose | None = None
        self.revealed: set[str] = set()  # photos shown for this viewing only
        self.photo_menu: QMenu | None = None  # the last menu offered for a shown photo
        self.pop_up: Callable[[QMenu], object] = lambda menu: menu.popup(QCursor.pos())

    def show_markdown(self, text: str, attachment_ids: set[str] | None = None) -> None:
        result = render_safely(text, attachment_ids=attachment_ids)
        self.shown_as_plain_text = result.plain_fallback
        if result.plain_fallback:
            # One calm line, then the words exactly as written; nothing is interpreted.
            self.setHtml(f'<p><span class="refused">{PLAIN_FALLBACK_NOTE}.</span></p>{result.html}')
        else:
            self.setHtml(result.html)

    def setHtml(self, text: str) -> None:
        self._html = text
        self.document().setDefaultStyleSheet(self.css())
        if self.photo_blurred is not None:
            text = photo_veil.veiled_html(text, self.photo_blurred, self.revealed)
            hint = photo_veil.look_hint() if "#blurred" in text else ""
            self.setAccessibleDescription(hint)
        super().setHtml(without_head_style(text))

    def clear(self) -> None:
        self._html = ""
        self.revealed.clear()
        super().clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            # light <-> dark: the same text in the new colours, now if shown, else when shown
            self._stale = not self.isVisible()
            if not self._stale:
                self.setHtml(self._html)

    def paintEvent(self, event: QPaintEvent) -> None:
        hint = self.placeholderText()
        if not hint or not self.document().isEmpty():
            super().paintEvent(event)
            return
        # Qt clips a QTextEdit's placeholder to its first line: drawn here whole, wrapped (an
        # empty document has nothing else to draw).
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = int(self.document().documentMargin())
        room = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        painter.drawText(room, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, hint)
        painter.end()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale and self._html:
            self.setHtml(self._html)
        self._stale = False
        super().showEvent(event)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if url_scheme(text) == ATTACHMENT_SCHEME and self.photo_source is not None:
            ident, _, fragment = text.split(":", 1)[1].partition("#")
            found = self.photo_source(ident)
            image_kind = QTextDocument.ResourceType.ImageResource.value
            is_image = getattr(kind, "value", kind) == image_kind
            if found is not None and is_image:
                image = QImage.fromData(found[1])
                if not image.isNull():
                    image = image.scaledToWidth(min(image.width(), 560))
                    return blurred(image) if fragment == photo_veil.BLURRED_FRAGMENT else image
        self.refused.append(text)
        return None

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        if url_scheme(target) == photo_veil.PHOTO_SCHEME:
            self.photo_chosen(target.split(":", 1)[1])
            return
        ident = attachment_id(target)
        if ident is not None and self.open_attachment is not None and self.open_attachment(ident):
            return
        if url_scheme(target) in ("http", "https", "mailto") and self.confirm_external(target):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(target)

    # --- blur until I choose to look ------------------------------------------------------------
    def photo_chosen(self, ident: str) -> None:
        """A blurred photo is shown for this viewing; a shown one offers its choices."""
        is_blurred = self.photo_blurred is not None and self.photo_blurred(ident)
        if is_blurred and ident not in self.revealed:
            self.revealed.add(ident)
            self._draw_again()
            return
        self.photo_menu = photo_veil.photo_menu(
            self,
            ident,
            blurred=is_blurred,
            revealed=ident in self.revealed,
            choose=self._choose if self.photo_choice is not None else None,
            blur_again=lambda: self._blur_again(ident),
        )
        self.pop_up(self.photo_menu)

    def _choose(self, ident: str, choice: str | None) -> None:
        if self.photo_choice is not None:
            self.photo_choice(ident, choice)
        self.revealed.discard(ident)
        self._draw_again()

    def _blur_again(self, ident: str) -> None:
        self.revealed.discard(ident)
        self._draw_again()

    def _draw_again(self) -> None:
        at = self.verticalScrollBar().value()
        if self._html:
            self.setHtml(self._html)
        self.verticalScrollBar().setValue(at)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space on a focused photo link does what Enter does.
        href = self.textCursor().charFormat().anchorHref()
        if event.key() == Qt.Key.Key_Space and href.startswith(f"{photo_veil.PHOTO_SCHEME}:"):
            self.photo_chosen(href.split(":", 1)[1])
            return
        super().keyPressEvent(event)

    def _ask_before_opening(self, target: str) -> bool:
        return question.confirm(
            self,
            translate("journal.preview", "Open this link?"),
            translate("journal.preview", "This will open your web browser at:\n\n{address}").format(
                address=target
            ),
            translate("journal.preview", "Inner Child itself never goes online."),
            careful=translate("journal.preview", "Not now"),
            other=translate("journal.preview", "Open the link"),
        )
