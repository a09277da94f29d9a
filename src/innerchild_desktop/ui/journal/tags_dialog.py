"""Tags… : every tag with how many entries use it; rename one, or merge it into another."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.entries import normalise_tag
from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui import question
from innerchild_desktop.ui.widgets import button, label

ModelIndex = QModelIndex | QPersistentModelIndex


class TagListModel(QAbstractListModel):
    NameRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tags: list[tuple[str, int]] = []

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        self.beginResetModel()
        self.tags = list(tags)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tags):
            return None
        name, count = self.tags[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("journal.tags_dialog", "#{tag}  (%n entries)", None, count).format(
                tag=name
            )
        if role == self.NameRole:
            return name
        return None


class TagsDialog(QDialog):
    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(translate("journal.tags_dialog", "Tags"))
        self.setAccessibleName(translate("journal.tags_dialog", "Tags"))
        self.resize(420, 460)
        self.model = TagListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("journal.tags_dialog", "All tags"))
        self.rename_button = button(
            translate("journal.tags_dialog", "Rename or merge…"),
            description=translate(
                "journal.tags_dialog",
                "Give the selected tag a new name; using an existing name merges the two",
            ),
        )
        self.message = label("", "muted")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names tags: the person's words
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "journal.tags_dialog",
                    "Renaming a tag changes it on every entry and memory. Choosing a "
                    "name that already exists merges the two tags.",
                ),
                "muted",
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.rename_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.rename_button.clicked.connect(self.ask_rename)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_tags(self.service.tags())

    def _confirm_merge(self, old: str, target: str) -> bool:
        return question.confirm(  # plain text: tag names are the person's words
            self,
            translate("journal.tags_dialog", "Merge tags?"),
            translate(
                "journal.tags_dialog", "#{target} already exists. Merge #{tag} into it?"
            ).format(target=target, tag=old),
            careful=translate("journal.tags_dialog", "Not now"),
            other=translate("journal.tags_dialog", "Merge them"),
        )

    def selected(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(TagListModel.NameRole) if index.isValid() else None

    def ask_rename(self) -> None:
        old = self.selected()
        if old is None:
            return
        asking = QInputDialog(self)
        asking.setWindowTitle(translate("journal.tags_dialog", "Rename tag"))
        asking.setLabelText(
            translate("journal.tags_dialog", "New name for #{tag}:").format(tag=old)
        )
        asking.setTextValue(old)
        for shown in asking.findChildren(QLabel):  # a tag is shown as written, never as HTML
            shown.setTextFormat(Qt.TextFormat.PlainText)
        if asking.exec() == QDialog.DialogCode.Accepted:
            self.rename(old, asking.textValue(), confirm_merge=True)

    def rename(self, old: str, new: str, *, confirm_merge: bool = False) -> bool:
        target = normalise_tag(new)
        existing = {name.lower() for name, _ in self.service.tags()}
        merging = target.lower() in existing and target.lower() != old.lower()
        if merging and confirm_merge and not self._confirm_merge(old, target):
            return False
        try:
            self.service.rename_tag(old, new)
        except InnerChildError as err:
            self.message.setText(str(err))
            return False
        self.message.setText(
            translate("journal.tags_dialog", "Merged into #{tag}.").format(tag=target)
            if merging
            else translate("journal.tags_dialog", "Renamed to #{tag}.").format(tag=target)
        )
        self.refresh()
        return True
