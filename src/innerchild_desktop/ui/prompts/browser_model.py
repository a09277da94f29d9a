"""The prompt browser's list: one row per prompt, its note first when it has one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.prompt_browse import Flags, is_veiled, veil
from innerchild_desktop.domain.prompts import Depth, Prompt

ModelIndex = QModelIndex | QPersistentModelIndex
# A prompt's depth as one word, where it is named beside its theme (translated when shown).
DEPTH_WORDS = {
    Depth.GENTLE: QT_TRANSLATE_NOOP("prompts.browser_model", "gentle"),
    Depth.REFLECTIVE: QT_TRANSLATE_NOOP("prompts.browser_model", "reflective"),
    Depth.DEEP: QT_TRANSLATE_NOOP("prompts.browser_model", "deep"),
}


def depth_word(depth: Depth) -> str:
    """The depth as "gentle", "reflective" or "deep", in the current language."""
    return translate("prompts.browser_model", DEPTH_WORDS[depth])


class PromptListModel(QAbstractListModel):
    """Prompts as the browser lists them. A veiled prompt (a content note, or a deep one) shows
    its note until it is in ``revealed``; a kept one starts with ★.

    A few hundred rows at most (the library plus packs), so no lazy fetching."""

    PromptRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, theme_name: Callable[[str], str] = str, parent: Any = None) -> None:
        super().__init__(parent)
        self.prompts: list[Prompt] = []
        self.marks = Flags()
        self.revealed: set[str] = set()
        self.theme_name = theme_name

    def set_prompts(self, prompts: Sequence[Prompt], flags: Flags) -> None:
        self.beginResetModel()
        self.prompts = list(prompts)
        self.marks = flags
        self.endResetModel()

    def reveal(self, row: int) -> None:
        if 0 <= row < len(self.prompts):
            self.revealed.add(self.prompts[row].id)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def shown(self, prompt: Prompt) -> bool:
        """Whether the prompt's own words are on show (not veiled, or asked for)."""
        return not is_veiled(prompt) or prompt.id in self.revealed

    def row_of(self, prompt_id: str) -> int:
        return next((i for i, p in enumerate(self.prompts) if p.id == prompt_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.prompts)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.prompts):
            return None
        prompt = self.prompts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            star = "★ " if prompt.id in self.marks.favourites else ""
            return star + (prompt.text if self.shown(prompt) else veil(prompt))
        if role == Qt.ItemDataRole.FontRole and not self.shown(prompt):
            font = QFont()
            font.setItalic(True)  # a note standing in for the words
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.theme_name(prompt.theme)} · {depth_word(prompt.depth)}"
        if role == self.PromptRole:
            return prompt
        return None
