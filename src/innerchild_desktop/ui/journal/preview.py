"""The Markdown preview: a QTextBrowser that loads nothing from outside the journal.

``loadResource`` answers only ``attachment:<id>`` (bytes from the encrypted store) and refuses
everything else: no http(s), no file:, no data:. Links never open by themselves
(``setOpenLinks(False)``); web links open in the user's browser only after they confirm.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from innerchild_desktop.render.markdown import (
    ATTACHMENT_SCHEME,
    PLAIN_FALLBACK_NOTE,
    render_safely,
    url_scheme,
)

PhotoSource = Callable[[str], tuple[str, bytes] | None]

PREVIEW_CSS = """
body { line-height: 150%; }
h1, h2, h3 { font-weight: 600; }
blockquote { margin-left: 12px; padding-left: 10px; color: palette(mid); }
pre, code { font-family: monospace; }
span.refused { color: #8a7f75; font-style: italic; }
a.external { text-decoration: underline; }
table { border-collapse: collapse; }
th, td { padding: 4px 8px; }
"""


class SafePreview(QTextBrowser):
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("Reader")
        self.setAccessibleName("Preview")
        self.document().setDefaultStyleSheet(PREVIEW_CSS)
        self.photo_source: PhotoSource | None = None
        self.refused: list[str] = []  # every resource we declined to load, for tests
        self.shown_as_plain_text = False  # the last text was too costly to render as Markdown
        self.confirm_external: Callable[[str], bool] = self._ask_before_opening
        self.anchorClicked.connect(self._follow)

    def show_markdown(self, text: str, attachment_ids: set[str] | None = None) -> None:
        result = render_safely(text, attachment_ids=attachment_ids)
        self.shown_as_plain_text = result.plain_fallback
        if result.plain_fallback:
            # One calm line, then the words exactly as written; nothing is interpreted.
            self.setHtml(f'<p><span class="refused">{PLAIN_FALLBACK_NOTE}.</span></p>{result.html}')
        else:
            self.setHtml(result.html)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if url_scheme(text) == ATTACHMENT_SCHEME and self.photo_source is not None:
            found = self.photo_source(text.split(":", 1)[1])
            image_kind = QTextDocument.ResourceType.ImageResource.value
            is_image = getattr(kind, "value", kind) == image_kind
            if found is not None and is_image:
                image = QImage.fromData(found[1])
                if not image.isNull():
                    return image.scaledToWidth(min(image.width(), 560))
        self.refused.append(text)
        return None

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        if url_scheme(target) in ("http", "https", "mailto") and self.confirm_external(target):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(target)

    def _ask_before_opening(self, target: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Open this link?",
            f"This will open your web browser at:\n\n{target}\n\nInner Child itself never goes "
            "online. Open it?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open
