"""Settings → "Photos": blur until I choose to look, for memory photos (on unless turned off)
and for entry photos (off unless turned on). One photo's own choice, made on the photo, wins."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.photo_blur import PhotoBlur
from innerchild_desktop.ui.widgets import WrapCheckBox, label


class BlurSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blur: PhotoBlur | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(label(translate("photo_settings", "Photos"), "subtitle"))
        self.memories = WrapCheckBox(  # (their words wrap when the window is narrow)
            translate("photo_settings", "Blur photos kept with memories until I choose to look")
        )
        self.memories.setAccessibleName(
            translate("photo_settings", "Blur memory photos until I choose to look")
        )
        self.entries = WrapCheckBox(
            translate("photo_settings", "Blur photos in entries and letters until I choose to look")
        )
        self.entries.setAccessibleName(
            translate("photo_settings", "Blur entry photos until I choose to look")
        )
        layout.addWidget(self.memories)
        layout.addWidget(self.entries)
        layout.addWidget(
            label(
                translate(
                    "photo_settings",
                    "A blurred photo shows when you choose it, for that time only. Choosing a "
                    "shown photo lets you always show it, or blur it again.",
                ),
                "muted",
            )
        )
        self.memories.toggled.connect(lambda _on: self._save())
        self.entries.toggled.connect(lambda _on: self._save())
        self.clear()

    def set_service(self, service: JournalService) -> None:
        self.blur = None  # do not write back what is about to be shown
        chosen = PhotoBlur(service)
        entries, memories = chosen.defaults()
        self.entries.setChecked(entries)
        self.memories.setChecked(memories)
        self.entries.setEnabled(True)
        self.memories.setEnabled(True)
        self.blur = chosen

    def _save(self) -> None:
        if self.blur is not None:
            self.blur.set_defaults(
                entries=self.entries.isChecked(), memories=self.memories.isChecked()
            )

    def clear(self) -> None:
        self.blur = None
        self.entries.setEnabled(False)
        self.memories.setEnabled(False)
