"""Settings → "Language": the window's language (the system's by default).

The choice is made with the list and one button, so that moving through the list with the
arrow keys never rebuilds the window under the person's hands. The window then switches in
place (ui/language_switch.py) with what is being written saved first.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import LANGUAGES, translate
from innerchild_desktop.services.translations import available_languages
from innerchild_desktop.ui.i18n import SYSTEM, chosen_language, effective_language
from innerchild_desktop.ui.widgets import FlowLayout, button, label


class LanguageSection(QWidget):
    chosen = Signal(str)  # "system" or a language code: the window switches to it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(label(translate("language_settings", "Language"), "subtitle"))
        row = FlowLayout()  # (one under the other when the window is narrow)
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("language_settings", "Language of the window"))
        system_name = LANGUAGES.get(effective_language(SYSTEM), "English")
        self.choice.addItem(
            translate("language_settings", "As on this computer ({language})").format(
                language=system_name
            ),
            SYSTEM,
        )
        for code in available_languages():
            self.choice.addItem(LANGUAGES.get(code, code), code)  # each in its own words
        self.choice.setCurrentIndex(max(self.choice.findData(chosen_language()), 0))
        self.apply = button(
            translate("language_settings", "Use this language"),
            description=translate(
                "language_settings",
                "The window is shown again in this language. What you are writing is saved first.",
            ),
        )
        self.apply.setEnabled(False)
        row.addWidget(self.choice)
        row.addWidget(self.apply)
        layout.addLayout(row)
        layout.addWidget(
            label(
                translate(
                    "language_settings",
                    "Exercises, prompts and this window follow this choice. The translations "
                    "would welcome a review by native speakers who work in this field.",
                ),
                "muted",
            )
        )
        self.choice.currentIndexChanged.connect(
            lambda _i: self.apply.setEnabled(self.choice.currentData() != chosen_language())
        )
        self.apply.clicked.connect(lambda: self.chosen.emit(str(self.choice.currentData())))

    def focus_choice(self) -> None:
        """After a switch the new window's list has the focus, where the person left it."""
        self.choice.setFocus()
