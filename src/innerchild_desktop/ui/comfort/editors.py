"""The comfort box's small dialogs: write or change a coping card, pick a favourite passage
from an entry, choose a photo or voice note (one already in the journal, or a new one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.comfort import MAX_CARD_CHARS
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.widgets import button, label

LOCKED_WORDS = QT_TRANSLATE_NOOP(  # translated when shown
    "comfort.editors",
    "Show this card while the journal is locked (only its words, kept in a small file beside "
    "the journal that is not encrypted; photos and voice notes never show while locked)",
)


def _buttons(dialog: QDialog, keep_text: str) -> tuple[QHBoxLayout, QWidget]:
    keep = button(keep_text, role="primary")
    keep.setDefault(True)
    cancel = button(
        translate("comfort.editors", "Cancel"),
        description=translate("comfort.editors", "Close without changing anything (Esc)"),
    )
    keep.clicked.connect(dialog.accept)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(keep)
    return row, keep


class CardEditor(QDialog):
    """A coping card's words and whether it shows while locked (off unless ticked)."""

    def __init__(
        self,
        text: str = "",
        *,
        show_while_locked: bool = False,
        kind: str = "card",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("comfort.editors", "A coping card")
            if kind == "card"
            else translate("comfort.editors", "A few words")
        )
        self.setAccessibleName(translate("comfort.editors", "Coping card"))
        self.words = QPlainTextEdit(text)
        self.words.setAccessibleName(translate("comfort.editors", "The card's words"))
        self.words.setPlaceholderText(
            translate("comfort.editors", 'A few words that help, e.g. "call Maya" or "cold water"')
        )
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(90)
        self.locked = QCheckBox(translate("comfort.editors", LOCKED_WORDS))
        self.locked.setAccessibleName(translate("comfort.editors", "Show this card while locked"))
        self.locked.setChecked(show_while_locked)
        self.note = label(
            translate("comfort.editors", "Up to %n characters.", None, MAX_CARD_CHARS)
            if kind == "card"
            else translate(
                "comfort.editors",
                "Only cards can show while locked: this stays inside the journal.",
            ),
            "muted",
        )
        self.locked.setVisible(kind == "card")
        if kind == "passage":
            self.words.setFixedHeight(200)
        row, self.keep = _buttons(self, translate("comfort.editors", "&Keep card"))
        layout = QVBoxLayout(self)
        heading = (
            translate("comfort.editors", "What helps, in your words")
            if kind == "card"
            else translate("comfort.editors", "Your words with it")
        )
        layout.addWidget(label(heading, "heading"))
        layout.addWidget(self.words)
        layout.addWidget(self.note)
        layout.addWidget(self.locked)
        layout.addLayout(row)
        self.resize(460, 280)
        self.words.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        text: str = "",
        *,
        show_while_locked: bool = False,
        kind: str = "card",
    ) -> tuple[str, bool] | None:
        dialog = cls(text, show_while_locked=show_while_locked, kind=kind, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.words.toPlainText(), kind == "card" and dialog.locked.isChecked()


class PassagePicker(QDialog):
    """Choose an entry, select the words that help, keep them."""

    def __init__(
        self,
        sources: list[tuple[str, str]],
        text_of: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("comfort.editors", "A favourite passage"))
        self.setAccessibleName(translate("comfort.editors", "Favourite passage"))
        self.text_of = text_of
        self.entries = QComboBox()
        self.entries.setAccessibleName(translate("comfort.editors", "Entry"))
        for ident, name in sources:
            self.entries.addItem(name, ident)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setAccessibleName(
            translate("comfort.editors", "The entry's words: select the passage to keep")
        )
        self.note = label(
            translate(
                "comfort.editors",
                "Select the words you want to keep (with the mouse, or Shift and the arrow keys).",
            )
            if sources
            else translate("comfort.editors", "There are no entries yet to choose from."),
            "muted",
        )
        row, self.keep = _buttons(self, translate("comfort.editors", "&Keep these words"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.entries.currentIndexChanged.connect(self._show_entry)
        self._show_entry()
        self.resize(560, 460)
        self.entries.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_entry(self) -> None:
        ident = self.entries.currentData()
        self.body.setPlainText(self.text_of(ident) if ident else "")  # type: ignore[operator]

    def passage(self) -> str:
        chosen = self.body.textCursor().selectedText().replace("\u2029", "\n")
        return chosen.strip()

    @classmethod
    def ask(
        cls, parent: QWidget | None, sources: list[tuple[str, str]], text_of: object
    ) -> tuple[str, str | None] | None:
        dialog = cls(sources, text_of, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passage(), dialog.entries.currentData()


class AttachmentPicker(QDialog):
    """A photo or voice note already in the journal, or a new one (``new_text`` button)."""

    NEW = "new"

    def __init__(
        self,
        kind: str,
        choices: list[tuple[str, str]],
        *,
        new_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        says = _attachment_words(kind)
        self.setWindowTitle(says["title"])
        self.setAccessibleName(says["add"])
        self.choice = ""
        self.existing = QComboBox()
        self.existing.setAccessibleName(says["existing"])
        for ident, name in choices:
            self.existing.addItem(name, ident)
        self.caption = QLineEdit()
        self.caption.setAccessibleName(
            translate("comfort.editors", "A few words with it, if you like")
        )
        self.caption.setPlaceholderText(
            translate("comfort.editors", "A few words with it, if you like")
        )
        self.new_button = button(new_text, description=says["new"])
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._new)
        row, self.keep = _buttons(self, says["keep"])
        self.keep.setEnabled(bool(choices))
        layout = QVBoxLayout(self)
        layout.addWidget(label(says["heading"], "heading"))
        if choices:
            layout.addWidget(self.existing)
        else:
            self.existing.hide()
            layout.addWidget(label(says["none"], "muted"))
        layout.addWidget(self.caption)
        layout.addWidget(self.new_button)
        layout.addLayout(row)
        self.resize(460, 240)

    def _new(self) -> None:
        self.choice = self.NEW
        self.accept()

    def chosen(self) -> str:
        return self.choice or str(self.existing.currentData() or "")


def _attachment_words(kind: str) -> dict[str, str]:
    """The picker's words for a photo or a voice note (whole sentences, for translation)."""
    if kind == "photo":
        return {
            "title": translate("comfort.editors", "A photo"),
            "add": translate("comfort.editors", "Add a photo"),
            "existing": translate("comfort.editors", "A photo already in your journal"),
            "new": translate("comfort.editors", "Add a new photo, kept encrypted"),
            "keep": translate("comfort.editors", "&Add this photo"),
            "heading": translate("comfort.editors", "A photo from your journal"),
            "none": translate("comfort.editors", "There is no photo in your journal yet."),
        }
    return {
        "title": translate("comfort.editors", "A voice note"),
        "add": translate("comfort.editors", "Add a voice note"),
        "existing": translate("comfort.editors", "A voice note already in your journal"),
        "new": translate("comfort.editors", "Add a new voice note, kept encrypted"),
        "keep": translate("comfort.editors", "&Add this voice note"),
        "heading": translate("comfort.editors", "A voice note from your journal"),
        "none": translate("comfort.editors", "There is no voice note in your journal yet."),
    }
