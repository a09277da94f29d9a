"""Settings → "Spelling": the off switch and the language. The personal dictionary lives in the
encrypted journal (services/spelling.py); the editor follows these choices when it is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.services.spelling import LANGUAGES, SpellingService
from innerchild_desktop.ui.widgets import label


class SpellSection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: SpellingService | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(label("Spelling", "subtitle"))
        row = QHBoxLayout()
        self.enabled = QCheckBox("Underline words that may be misspelled, in")
        self.enabled.setAccessibleName("Check spelling")
        self.language = QComboBox()
        self.language.setAccessibleName("Spelling language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        row.addWidget(self.enabled)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            label(
                "Words you add to your dictionary (names, places) are kept inside the encrypted "
                "journal, with your entries.",
                "muted",
            )
        )
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

    def clear(self) -> None:
        self.service = None
        self.enabled.setEnabled(False)
        self.language.setEnabled(False)
