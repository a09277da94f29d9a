"""The Prompts page's side of browsing: "Browse prompts…" and writing from a program step.

A mixin for :class:`~innerchild_desktop.ui.prompts.page.PromptsPage` (kept apart so the page stays
small); it uses the page's service, day, offer and signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.prompt_browse import offer_for
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.domain.prompts import ProgramStep, Prompt
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.ui.prompts.browser import PromptBrowser

if TYPE_CHECKING:
    from innerchild_desktop.services.journal import JournalService


class BrowsingMixin:
    _service: JournalService | None
    today: Callable[[], date]
    offer: Offer | None
    browser: PromptBrowser | None
    write_requested: Any  # the page's Signal(object)

    if TYPE_CHECKING:  # the page's own

        def _fill_mine(self) -> None: ...
        def show_offer(self, *, another: bool = False) -> None: ...

    def _write_step_prompt(self, prompt: Prompt, step: ProgramStep) -> None:
        if self._service is not None:
            PromptService(self._service.journal).answered(prompt.id)
        why = translate("prompts.page_browse", "From the program step “{step}”.")
        self.write_requested.emit(offer_for(prompt, why.format(step=step.title)))

    def open_browser(self) -> PromptBrowser | None:
        """Browse prompts… (one at a time; a second request raises the one that is open)."""
        if self._service is None:
            return None
        if self.browser is None:
            assert isinstance(self, QWidget)  # the page this is mixed into: the browser's parent
            self.browser = PromptBrowser(self._service.journal, self.today(), self)
            self.browser.write_requested.connect(self.write_requested)
            self.browser.changed.connect(self._browsed)
            self.browser.finished.connect(self._browser_closed)
            self.browser.open()
        elif QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise
            self.browser.raise_()
            self.browser.activateWindow()
        return self.browser

    def _browsed(self) -> None:
        """Kept, hidden or history changed in the browser: "mine" and today's prompt follow."""
        self._fill_mine()
        if self._service is not None and self.offer is not None:
            hidden = PromptService(self._service.journal).flags(self.today()).hidden
            if self.offer.prompt_id in hidden:
                self.show_offer(another=True)

    def _browser_closed(self) -> None:
        if self.browser is not None:
            self.browser.deleteLater()
            self.browser = None

    def _close_browser(self) -> None:
        """On lock: it shows prompts and history."""
        if self.browser is not None:
            self.browser.close()
            self._browser_closed()
