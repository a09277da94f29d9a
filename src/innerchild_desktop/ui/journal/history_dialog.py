"""History… : the earlier versions of one entry, read-only, and bringing one back.

Opened from the editor (toolbar "History…", HISTORY_SHORTCUT). The list shows when each version
was saved, in words, and its first line; the preview shows the chosen version through the same
safe Markdown renderer as the editor's preview. "Restore this version" (Alt+R, or Enter in the
list) puts it back as the entry's text; the text it replaces is kept in the history too, so
nothing is lost. Esc or Close leaves everything as it is.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.revisions import Revision, telling_lines, when_in_words
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.preview import PhotoSource, SafePreview
from innerchild_desktop.ui.widgets import button, label, plain_tip

HISTORY_SHORTCUT = "Ctrl+H"
INTRO = QT_TRANSLATE_NOOP(
    "journal.history_dialog",
    "Earlier versions of this entry, kept as you write. Choose one to read it. If you like, "
    "you can bring it back: the text you have now stays in this history too.",
)
EMPTY = QT_TRANSLATE_NOOP(
    "journal.history_dialog",
    "No earlier versions yet. They are kept as you write, so you can look back whenever you like.",
)


class HistoryDialog(QDialog):
    restored = Signal(str)  # the entry id, once a version is back

    def __init__(
        self,
        service: JournalService,
        entry_id: str,
        parent: QWidget | None = None,
        *,
        photo_source: PhotoSource | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.entry_id = entry_id
        self.setWindowTitle(translate("journal.history_dialog", "History"))
        self.setAccessibleName(translate("journal.history_dialog", "History of this entry"))
        self.resize(760, 520)
        self.revisions: list[Revision] = service.history(entry_id)
        now = now or datetime.now(UTC)

        self.list = QListWidget()
        self.list.setAccessibleName(translate("journal.history_dialog", "Earlier versions"))
        self.list.setObjectName("EntryList")  # styled like the journal's list (ui/theme.py)
        self.list.setUniformItemSizes(True)
        current = service.get_entry(entry_id)
        lines = telling_lines(current.body if current else "", self.revisions)
        for rev, line in zip(self.revisions, lines, strict=True):
            when = when_in_words(rev.saved_at, now)
            if rev.origin:  # kept by sync: written on another computer, or replaced from one
                when = translate("journal.history_dialog", "{when} · on {computer}").format(
                    when=when, computer=rev.origin
                )
            item = QListWidgetItem(f"{when[:1].upper()}{when[1:]}\n{line}")
            item.setData(Qt.ItemDataRole.UserRole, rev.number)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("journal.history_dialog", "Saved {when}: {line}").format(
                    when=when, line=line
                ),
            )
            item.setToolTip(plain_tip(line))
            self.list.addItem(item)
        self.title = label("", "muted")
        self.title.setAccessibleName(translate("journal.history_dialog", "Title of this version"))
        self.preview = SafePreview()
        self.preview.setAccessibleName(
            translate("journal.history_dialog", "This version, read-only")
        )
        self.preview.photo_source = photo_source
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setSizes([260, 500])
        self.splitter.setChildrenCollapsible(False)

        self.restore_button = button(
            translate("journal.history_dialog", "&Restore this version"),
            accessible=translate("journal.history_dialog", "Restore this version"),
            description=translate(
                "journal.history_dialog",
                "Bring this version back; the text you have now is kept in the history",
            ),
        )
        self.message = label("", "muted")
        self.message.setAccessibleName(translate("journal.history_dialog", "History message"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Our own button, not the standard Close: some desktops draw an icon on that one.
        self.close_button = button(
            translate("journal.history_dialog", "Close"),
            accessible=translate("journal.history_dialog", "Close the history"),
        )
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setDefault(True)  # Enter in the list restores the chosen version
        self.restore_button.setAutoDefault(True)

        layout = QVBoxLayout(self)
        self.intro = label(translate("journal.history_dialog", INTRO), "muted")
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setTabOrder(self.list, self.preview)
        self.setTabOrder(self.preview, self.restore_button)
        self.setTabOrder(self.restore_button, self.close_button)

        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        if self.revisions:
            self.list.setCurrentRow(0)
        else:
            # Nothing to choose or bring back: a short, quiet window with one way out.
            self.message.setText(translate("journal.history_dialog", EMPTY))
            self.intro.setVisible(False)
            self.splitter.setVisible(False)
            self.restore_button.setVisible(False)
            self.close_button.setDefault(True)
            width = 560  # wrapped words need their height for this width, not a guess
            self.resize(width, max(160, layout.totalHeightForWidth(width)))
        self._show_current()
        (self.list if self.revisions else self.close_button).setFocus()

    def selected(self) -> Revision | None:
        item = self.list.currentItem()
        if item is None:
            return None
        number = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.revisions if r.number == number), None)

    def _show_current(self) -> None:
        rev = self.selected()
        self.restore_button.setEnabled(rev is not None)
        if rev is None:
            self.title.setText("")
            self.preview.clear()
            return
        self.title.setText(
            translate("journal.history_dialog", "Title: {title}").format(title=rev.title)
            if rev.title.strip()
            else translate("journal.history_dialog", "No title")
        )
        self.preview.show_markdown(rev.body)

    def restore_selected(self) -> None:
        rev = self.selected()
        if rev is None:
            return
        try:
            self.service.restore_revision(self.entry_id, rev.number)
        except InnerChildError as err:
            self.message.setText(str(err))
            return
        self.restored.emit(self.entry_id)
        self.accept()
