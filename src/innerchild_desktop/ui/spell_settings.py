"""Settings → "Spelling": the off switch and the language. The personal dictionary lives in the
encrypted journal (services/spelling.py); the editor follows these choices when it is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.services.spelling import LANGUAGES, SpellingService
from innerchild_desktop.ui.widgets import WrapCheckBox, button, label


class SpellSection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: SpellingService | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(label(translate("spell_settings", "Spelling"), "subtitle"))
        row = QHBoxLayout()
        self.enabled = WrapCheckBox(  # (its words wrap when the window is narrow)
            translate("spell_settings", "Underline words that may be misspelled, in")
        )
        self.enabled.setAccessibleName(translate("spell_settings", "Check spelling"))
        self.language = QComboBox()
        self.language.setAccessibleName(translate("spell_settings", "Spelling language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        row.addWidget(self.enabled)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        words_row = QHBoxLayout()
        words_row.addWidget(
            label(
                translate(
                    "spell_settings",
                    "Words you add to your dictionary (names, places) are kept inside the "
                    "encrypted journal, with your entries.",
                ),
                "muted",
            ),
            1,
        )
        self.words = button(
            translate("spell_settings", "My dictionary…"),
            description=translate(
                "spell_settings", "See the words you added, and take some out if you like"
            ),
        )
        self.words.clicked.connect(self.open_words)
        words_row.addWidget(self.words)
        layout.addLayout(words_row)
        self.enabled.toggled.connect(self._save_enabled)
        self.language.currentIndexChanged.connect(self._save_language)
        self.clear()

    def set_journal(self, journal: OpenJournal) -> None:
        self.service = None  # do not write back what is about to be shown
        chosen = SpellingService(journal)
        self.enabled.setChecked(chosen.enabled())
        self.language.setCurrentIndex(max(self.language.findData(chosen.language()), 0))
        self.enabled.setEnabled(True)
        self.language.setEnabled(self.enabled.isChecked())
        self.words.setEnabled(True)
        self.service = chosen

    def _save_enabled(self, on: bool) -> None:
        self.language.setEnabled(on and self.service is not None)
        if self.service is not None:
            self.service.set_enabled(on)
            self.changed.emit()

    def _save_language(self, _index: int) -> None:
        if self.service is not None:
            self.service.set_language(str(self.language.currentData()))
            self.changed.emit()

    def open_words(self) -> None:
        """My dictionary…: the added words, to look at and take out (undoable)."""
        if self.service is None:
            return
        from innerchild_desktop.ui.spell_words_dialog import SpellWordsDialog

        self.words_dialog = SpellWordsDialog(self.service, self)
        self.words_dialog.finished.connect(lambda _result: self.changed.emit())
        self.words_dialog.open()

    def clear(self) -> None:
        self.service = None
        self.enabled.setEnabled(False)
        self.language.setEnabled(False)
        self.words.setEnabled(False)
