"""Blur until I choose to look, in a SafePreview (the editor's preview, the memory card).

A photo the person keeps blurred is shown blurred (ui/photo_blur.py, in memory only) inside a
``photo:<id>`` link: one click, or Tab to it and Enter or Space, shows it for this viewing.
Choosing a shown photo offers "Blur it again", "Always show this photo" (remembered for that
photo only) or "Blur this photo until I choose to look".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from innerchild_desktop.ui.journal.preview import SafePreview

PHOTO_SCHEME = "photo"
BLURRED_FRAGMENT = "blurred"
LOOK_HINT = QT_TRANSLATE_NOOP(
    "journal.photo_veil", "Blurred photos: choose one, or Tab to it and press Enter, to look."
)

_IMG = re.compile(r'<img\b[^>]*?\bsrc="attachment:([A-Za-z0-9._-]+)"[^>]*>')

Blurred = Callable[[str], bool]  # a photo's remembered choice: blurred until I look?
Choose = Callable[[str, str | None], None]  # remember "show", "blur", or forget (None)


def look_hint() -> str:
    """How to look at a blurred photo (the preview's accessible description), translated."""
    return translate("journal.photo_veil", LOOK_HINT)


def veiled_html(html: str, blurred: Blurred, revealed: set[str]) -> str:
    """Every journal photo inside a ``photo:<id>`` link; a blurred one asks for its blurred
    image (``attachment:<id>#blurred``), so the document never mixes up the two."""

    def wrap(found: re.Match[str]) -> str:
        ident = found.group(1)
        tag = found.group(0)
        if blurred(ident) and ident not in revealed:
            tag = tag.replace(
                f'src="attachment:{ident}"', f'src="attachment:{ident}#{BLURRED_FRAGMENT}"'
            )
            title = escape(translate("journal.photo_veil", "A blurred photo: choose it to look"))
            tag = re.sub(r'\balt="[^"]*"', "", tag).replace("<img", f'<img alt="{title}"', 1)
        return f'<a href="{PHOTO_SCHEME}:{ident}">{tag}</a>'

    return _IMG.sub(wrap, html)


def photo_menu(
    parent: QWidget,
    ident: str,
    *,
    blurred: bool,
    revealed: bool,
    choose: Choose | None,
    blur_again: Callable[[], None],
) -> QMenu:
    """What can be done with a photo already shown."""
    menu = QMenu(parent)
    menu.setAccessibleName(translate("journal.photo_veil", "This photo"))
    if revealed:
        again = QAction(translate("journal.photo_veil", "Blur it again"), menu)
        again.triggered.connect(blur_again)
        menu.addAction(again)
    if choose is not None:
        if blurred:
            always = QAction(translate("journal.photo_veil", "Always show this photo"), menu)
            always.triggered.connect(lambda: choose(ident, "show"))
            menu.addAction(always)
        else:
            blur = QAction(
                translate("journal.photo_veil", "Blur this photo until I choose to look"), menu
            )
            blur.triggered.connect(lambda: choose(ident, "blur"))
            menu.addAction(blur)
    return menu


def attach_blur(preview: SafePreview, service: object | None, kind: str) -> None:
    """Let ``preview`` (a SafePreview) blur the journal's photos as the person chose; with no
    open journal, a photo stays blurred rather than shown."""
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.services.photo_blur import PhotoBlur

    if not isinstance(service, JournalService):
        preview.photo_blurred = None
        preview.photo_choice = None
        return
    blur = PhotoBlur(service)

    def blurred(ident: str) -> bool:
        if not service.journal.is_open:
            return True
        return blur.is_blurred(ident, "memory" if kind == "memory" else "entry")

    def choose(ident: str, choice: str | None) -> None:
        if service.journal.is_open:
            blur.set_choice(ident, "show" if choice == "show" else "blur" if choice else None)

    preview.photo_blurred = blurred
    preview.photo_choice = choose
