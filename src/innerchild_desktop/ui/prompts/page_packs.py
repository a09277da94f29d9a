"""The Prompts page's side of prompt packs and "Never show this" (with its undo).

Mixins for :class:`~innerchild_desktop.ui.prompts.page.PromptsPage` (kept apart so the page stays
small); they use the page's service, offer and widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QWidget

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.ui.undo_bar import UndoBar

if TYPE_CHECKING:
    from innerchild_desktop.services.journal import JournalService

HIDDEN_TEXT = QT_TRANSLATE_NOOP(  # translated when shown
    "prompts.page_packs", "You won't see that prompt again."
)


class PacksMixin:
    _service: JournalService | None
    packs_label: QLabel

    if TYPE_CHECKING:  # the page's own

        def load(self, service: JournalService) -> None: ...

    def choose_pack(self) -> None:
        assert isinstance(self, QWidget)
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("prompts.page_packs", "Import a prompt pack"),
            str(Path.home()),
            translate("prompts.page_packs", "Prompt packs (*.toml)"),
        )
        if path:
            self.import_pack(Path(path))

    def ask_remove_pack(self) -> None:
        assert isinstance(self, QWidget)
        if self._service is None:
            return
        packs = PromptService(self._service.journal).packs()
        if not packs:
            self.packs_label.setText(translate("prompts.page_packs", "No prompt packs imported."))
            return
        names = [name for _, name, _ in packs]
        chosen, ok = QInputDialog.getItem(
            self,
            translate("prompts.page_packs", "Remove a pack"),
            translate("prompts.page_packs", "Which pack?"),
            names,
            0,
            False,
        )
        if ok:
            self.remove_pack(packs[names.index(chosen)][0])

    def remove_pack(self, pack_id: str) -> None:
        if self._service is not None:
            PromptService(self._service.journal).remove_pack(pack_id)
            self.load(self._service)

    def import_pack(self, path: Path) -> str:
        if self._service is None:
            return ""
        try:
            name, count = PromptService(self._service.journal).import_pack(path)
        except InnerChildError as err:
            message = str(err)
        else:
            message = translate(
                "prompts.page_packs", "Imported “{name}”: %n prompts.", None, count
            ).format(name=name)
        self.packs_label.setText(message)
        return message


class HidingMixin:
    """ "Never show this" happens at once and says so in a quiet bar; Undo (or Ctrl+Z) shows the
    prompt again, as it was, instead of asking "are you sure?" first."""

    _service: JournalService | None
    offer: Offer | None
    today: Callable[[], date]
    hide_undo: UndoBar
    _hidden_offer: Offer | None

    if TYPE_CHECKING:  # the page's own

        def show_offer(self, *, another: bool = False) -> None: ...
        def _present(self, offer: Offer | None) -> None: ...

    def _hide(self) -> None:
        if self._service is None or self.offer is None:
            return
        self._hidden_offer = self.offer
        PromptService(self._service.journal).hide(self.offer.prompt_id)
        self.show_offer(another=True)
        self.hide_undo.offer(translate("prompts.page_packs", HIDDEN_TEXT))

    def _undo_hide(self) -> None:
        hidden, self._hidden_offer = self._hidden_offer, None
        self.hide_undo.hide()
        if self._service is None or hidden is None:
            return
        PromptService(self._service.journal).unhide(hidden.prompt_id)
        self._present(hidden)
