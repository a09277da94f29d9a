"""Settings → Spelling → "My dictionary…": the words the person added, to look at and take out.

The words are journal content (names of family members, places, diagnoses): they are shown
only while the journal is open, as plain text, and live only in the encrypted journal. Taking
words out can be undone until the dialog closes ("Put them back").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.spelling import SpellingService
from innerchild_desktop.ui.widgets import button, label


class SpellWordsDialog(QDialog):
    def __init__(self, service: SpellingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._removed: list[str] = []
        self.setWindowTitle(translate("spell_words_dialog", "My dictionary"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "spell_words_dialog",
                    "Words you added so they are not underlined. They are kept inside your "
                    "encrypted journal.",
                ),
                "muted",
            )
        )
        self.words = QListWidget()
        self.words.setProperty("content", True)  # the person's own words: never translated
        self.words.setAccessibleName(translate("spell_words_dialog", "Words in my dictionary"))
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.words, 1)
        self.empty = label(
            translate(
                "spell_words_dialog",
                'No words yet. Right-click an underlined word and choose "Add to my dictionary".',
            ),
            "muted",
        )
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.remove = button(
            translate("spell_words_dialog", "Take out"),
            description=translate(
                "spell_words_dialog", "Take the chosen words out of my dictionary (Delete)"
            ),
        )
        self.undo = button(
            translate("spell_words_dialog", "Put them back"),
            description=translate("spell_words_dialog", "Undo taking the words out"),
        )
        self.message = label("", "muted")
        row.addWidget(self.remove)
        row.addWidget(self.undo)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.remove.clicked.connect(self.take_out)
        self.undo.clicked.connect(self.put_back)
        self.words.installEventFilter(self)  # Delete takes the chosen words out
        self.words.itemSelectionChanged.connect(self._follow)
        self.resize(420, 420)
        self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.words
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.take_out()
            return True
        return super().eventFilter(watched, event)

    def _fill(self) -> None:
        self.words.clear()
        self.words.addItems(self.service.personal_words())
        has_words = self.words.count() > 0
        self.words.setVisible(has_words)
        self.empty.setVisible(not has_words)
        if has_words:
            self.words.setCurrentRow(0)
            self.words.setFocus()
        self._follow()

    def _follow(self) -> None:
        self.remove.setEnabled(bool(self.words.selectedItems()))
        self.undo.setVisible(bool(self._removed))

    def take_out(self) -> None:
        chosen = [item.text() for item in self.words.selectedItems()]
        if not chosen:
            return
        self._removed = self.service.remove_words(chosen)
        self.message.setText(
            translate("spell_words_dialog", "%n words taken out.", None, len(self._removed))
        )
        self._fill()
        self.undo.setFocus(Qt.FocusReason.OtherFocusReason)

    def put_back(self) -> None:
        self.service.add_words(self._removed)
        self._removed = []
        self.message.setText(translate("spell_words_dialog", "They are back."))
        self._fill()
