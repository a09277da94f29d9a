"""A comma-separated tag field that autocompletes the tag being typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from innerchild_desktop.domain.entries import normalise_tag
from innerchild_desktop.domain.i18n import translate


class TagEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("journal.tag_edit", "Tags, separated by commas"))
        self.setAccessibleName(translate("journal.tag_edit", "Tags"))
        self._model = QStringListModel(self)
        self.completer_popup = QCompleter(self._model, self)
        self.completer_popup.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_popup.setWidget(self)
        self.completer_popup.activated.connect(self._complete_with)
        self.textEdited.connect(self._suggest)

    def set_known_tags(self, tags: list[str]) -> None:
        self._model.setStringList(sorted(tags, key=str.lower))

    def tags(self) -> tuple[str, ...]:
        found = [normalise_tag(part) for part in self.text().split(",")]
        return tuple(dict.fromkeys(t for t in found if t))

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.setText(", ".join(tags))

    def _current_token(self) -> str:
        return self.text().split(",")[-1].strip()

    def _suggest(self, _text: str) -> None:
        token = self._current_token()
        if len(token) < 1:
            if (popup := self.completer_popup.popup()) is not None:
                popup.hide()
            return
        self.completer_popup.setCompletionPrefix(token)
        if self.completer_popup.completionCount():
            self.completer_popup.complete()

    def _complete_with(self, tag: str) -> None:
        parts = [p.strip() for p in self.text().split(",")[:-1] if p.strip()]
        self.setText(", ".join([*parts, tag]) + ", ")
        self.textEdited.emit(self.text())
