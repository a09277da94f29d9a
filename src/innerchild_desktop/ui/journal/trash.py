"""The Journal page's trash: the Trash pane (Restore, Empty the trash…) and the Undo bar shown
for a while after an entry was moved to the trash. Mixed into JournalPage (page.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListView, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui import question
from innerchild_desktop.ui.journal.delegates import EntryDelegate
from innerchild_desktop.ui.journal.list_model import EntryListModel
from innerchild_desktop.ui.widgets import FlowLayout, button, label

if TYPE_CHECKING:
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.ui.journal.editor import EntryEditor

    _Base = QWidget
else:
    _Base = object

UNDO_SHOWN_MS = 12_000


class TrashActions(_Base):
    """Mixed into JournalPage: builds the trash pane and the undo bar, and acts on them."""

    if TYPE_CHECKING:
        entries_changed = Signal()
        _service: JournalService | None
        model: EntryListModel
        list: QListView
        editor: EntryEditor

        def open_entry(self, entry_id: str) -> None: ...

    def _build_trash(self, trash_list: QListView) -> QWidget:
        """The Trash pane around ``trash_list``: its entries, Restore and Empty the trash…."""
        self.trash_list = trash_list
        self.trash_model = EntryListModel(self)
        self.trash_list.setModel(self.trash_model)
        self.trash_list.setItemDelegate(EntryDelegate(self.trash_list))
        self.restore_button = button(
            translate("journal.trash", "Restore"),
            description=translate("journal.trash", "Take the entry out of the trash"),
        )
        self.empty_button = button(
            translate("journal.trash", "Empty the trash…"),
            role="link",  # quiet: a permanent step is never the loudest thing on the page
            description=translate(
                "journal.trash", "Let the entries in the trash go for good (asks first)"
            ),
        )
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.trash_list, 1)
        buttons = FlowLayout()  # (one under the other when the list is narrow)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        return pane

    def _build_undo_bar(self) -> QFrame:
        """The undo bar ("Moved to the trash." and Undo), shown a while after a trashing."""
        self.undo_bar = QFrame()
        self.undo_bar.setProperty("role", "card")
        layout = QHBoxLayout(self.undo_bar)
        self.undo_text = label("", wrap=False)
        self.undo_button = button(
            translate("journal.trash", "Undo"),
            description=translate("journal.trash", "Bring the entry back from the trash"),
        )
        layout.addWidget(self.undo_text, 1)
        layout.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        self._last_trashed: str | None = None
        self.undo_button.clicked.connect(self.undo_trash)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_SHOWN_MS)
        self.undo_timer.timeout.connect(lambda: self.undo_bar.setVisible(False))
        return self.undo_bar

    def _entry_trashed(self, entry_id: str) -> None:
        self.entries_changed.emit()
        self.model.remove_entry(entry_id)
        self._last_trashed = entry_id
        self.undo_text.setText(translate("journal.trash", "Moved to the trash."))
        self.undo_bar.setVisible(True)
        self.undo_timer.start()
        self.editor.entry_id = None
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.editor.new_entry()

    def undo_trash(self) -> None:
        if self._service is None or self._last_trashed is None:
            return
        self._service.untrash(self._last_trashed)
        restored, self._last_trashed = self._last_trashed, None
        self.entries_changed.emit()
        self.undo_bar.setVisible(False)
        self.model.set_service(self._service)
        self.open_entry(restored)

    def restore_selected(self) -> None:
        entry_id = self.trash_list.currentIndex().data(EntryListModel.IdRole)
        if self._service is None or not entry_id:
            return
        self._service.untrash(entry_id)
        self.entries_changed.emit()
        self.trash_model.set_service(self._service, self._service.trashed())
        self.model.set_service(self._service)

    def empty_trash(self, *, confirm: bool = True) -> None:
        if self._service is None:
            return
        count = len(self._service.trashed())
        if not count:
            return
        if confirm and not question.confirm(
            self,
            translate("journal.trash", "Empty the trash?"),
            translate(
                "journal.trash",
                "The %n entries in the trash will be gone for good, even from the history.",
                None,
                count,
            ),
            translate(
                "journal.trash", "Until then, anything in the trash can still be brought back."
            ),
            careful=translate("journal.trash", "Keep them")
            if count > 1
            else translate("journal.trash", "Keep it"),
            other=translate("journal.trash", "Empty the trash"),
        ):
            return
        self._service.empty_trash()
        self.trash_model.set_service(self._service, [])
