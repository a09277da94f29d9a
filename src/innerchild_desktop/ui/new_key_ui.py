"""The "lock out the old ones" choice of the Change passphrase window, and the new recovery key
it shows afterwards (AccessService.renew_key re-encrypts the journal under a new key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.passphrase_ui import RecoveryKeyActions, key_in_two_lines
from innerchild_desktop.ui.widgets import button, label

CHOICE = QT_TRANSLATE_NOOP(
    "new_key_ui", "Someone may know my old passphrase or recovery key — lock out the old ones"
)
CHOICE_NOTE = QT_TRANSLATE_NOOP(
    "new_key_ui",
    "Your journal is then copied under a new key, which takes a little while for a big "
    "journal. You get a new recovery key, and the old passphrase and old recovery key stop "
    "opening it. Backups made before keep opening with the secrets they were made with.",
)
WORKING = QT_TRANSLATE_NOOP(
    "new_key_ui",
    "Making a new key for your journal. This can take a little while; everything you wrote "
    "stays as it is. Please keep Inner Child open until it is done.",
)
SHOWN = QT_TRANSLATE_NOOP(
    "new_key_ui",
    "Your old passphrase and old recovery key no longer open your journal. This is your new "
    "recovery key: keep it somewhere safe and private. You can see it again later with your "
    "new passphrase.",
)


def _plain(text: str, role: str = "") -> QLabel:
    widget = label(text, role)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


class _ToggleLabel(QLabel):
    """The check box's words: wrapped, and a click on them ticks the box like a click on it."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus()
        super().mouseReleaseEvent(event)


class NewKeyChoice(QWidget):
    """The checkbox, and what it means once ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A check box does not wrap its text: the box carries no text, and a wrapping label
        # beside it (its buddy, so Alt+S reaches the box) says it and toggles it when clicked.
        self.box = QCheckBox()
        self.box.setAccessibleName(translate("new_key_ui", CHOICE))
        self.box.setAccessibleDescription(translate("new_key_ui", CHOICE_NOTE))
        self.text = _ToggleLabel("&" + translate("new_key_ui", CHOICE), self.box)
        self.note = _plain(translate("new_key_ui", CHOICE_NOTE), "muted")
        self.note.setVisible(False)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.box.toggled.connect(self.note.setVisible)

    @property
    def chosen(self) -> bool:
        return self.box.isChecked()


class NewKeyPanel(RecoveryKeyActions, QWidget):
    """The new recovery key, to copy or save, shown once the journal has its new key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.setAccessibleName(translate("new_key_ui", "Your new recovery key"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label(translate("new_key_ui", "Your new recovery key"), "subtitle"))
        layout.addWidget(_plain(translate("new_key_ui", SHOWN), "muted"))
        self.key_label = _plain("", "recovery")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setProperty("content", True)  # the key itself: never translated
        self.key_label.setAccessibleName(translate("new_key_ui", "New recovery key"))
        row = QHBoxLayout()
        self.copy_button = button(
            translate("new_key_ui", "&Copy"),
            description=translate("new_key_ui", "Copy the new recovery key"),
        )
        self.save_button = button(
            translate("new_key_ui", "Save as &file…"),
            description=translate("new_key_ui", "Save the new recovery key"),
        )
        for secondary in (self.copy_button, self.save_button):
            secondary.setAutoDefault(False)  # Return in the form stays with its own button
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.saved_note = _plain("", "muted")
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.saved_note)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)

    def show_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(key_in_two_lines(key))
        self.saved_note.clear()

    def forget(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.saved_note.clear()

    def _shown_key(self) -> str:
        return self._key
