"""The younger me: a photo of yourself as a child (or any picture that stands for them),
pinned at the top of the Timeline and of Letters. Choosing it opens a new letter to them.

With "blur until I choose to look" on (memory photos: on by default) it shows blurred until the
person chooses to look, for this viewing only unless they choose "Always show it". The photo
lives in the journal as an attachment; the pin is a journal setting: nothing is written outside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.photo_blur import PhotoBlur
from innerchild_desktop.ui.attachment_files import read_photo
from innerchild_desktop.ui.photo_blur import blurred
from innerchild_desktop.ui.widgets import FlowLayout, button, label

# Translated when shown: translate("younger_me", BLURRED_NAME) and so on.
BLURRED_NAME = QT_TRANSLATE_NOOP(
    "younger_me", "A photo of me as a child, blurred: press Enter to look"
)
SHOWN_NAME = QT_TRANSLATE_NOOP(
    "younger_me", "A photo of me as a child: press Enter to write a letter to the younger me"
)
INVITE = QT_TRANSLATE_NOOP(
    "younger_me",
    "If you like, pin a photo of yourself as a child, or any picture that stands for them.",
)
ICON = 64


def photo_pixmap(data: bytes, size: int, *, blur: bool) -> QPixmap:
    image = QImage.fromData(data)
    if image.isNull():
        return QPixmap()
    image = image.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QPixmap.fromImage(blurred(image) if blur else image)


class YoungerMeCard(QWidget):
    """Small: the photo, a line of words, "Write to them" and "Change…"."""

    letter_requested = Signal()
    changed = Signal()  # pinned, changed, removed: other cards show it again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("younger_me", "The younger me"))
        self._blur: PhotoBlur | None = None
        self.photo_id: str | None = None
        self.revealed = False  # shown for this viewing
        self.photo = QPushButton()
        self.photo.setIconSize(QSize(ICON, ICON))
        self.photo.setFixedSize(ICON + 12, ICON + 12)
        self.photo.setFlat(True)
        self.photo.setCursor(Qt.CursorShape.PointingHandCursor)
        self.photo.clicked.connect(self.photo_clicked)
        self.words = label(translate("younger_me", INVITE), "muted")
        self.message = label("", "muted")
        self.message.hide()
        self.write_button = button(
            translate("younger_me", "Write to them"),
            description=translate("younger_me", "Start a new letter to the child you were"),
        )
        self.write_button.clicked.connect(self.letter_requested)
        self.change_button = button(
            translate("younger_me", "Choose a photo…"),
            accessible=translate("younger_me", "Choose or change the younger me photo"),
        )
        self.menu = QMenu(self)
        self.change_button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self.words)
        column.addWidget(self.message)
        buttons = FlowLayout()  # (one under the other when the room is narrow)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.change_button)
        column.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        self.setTabOrder(self.photo, self.write_button)
        self.setTabOrder(self.write_button, self.change_button)
        self.refresh()

    # --- loading ----------------------------------------------------------------------------
    def load(self, service: JournalService | None) -> None:
        if service is None or self._blur is None or self._blur.service is not service:
            self.revealed = False  # a new viewing (the same journal read again keeps it)
        self._blur = PhotoBlur(service) if service is not None else None
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # pinned or changed on the other page meanwhile
        super().showEvent(event)

    def clear(self) -> None:
        self.load(None)

    @property
    def blurred(self) -> bool:
        return (
            self._blur is not None
            and self.photo_id is not None
            and not self.revealed
            and self._blur.younger_me_blurred()
        )

    def refresh(self) -> None:
        open_ = self._blur is not None and self._blur.service.journal.is_open
        self.photo_id = self._blur.younger_me() if open_ and self._blur is not None else None
        found = (
            self._blur.service.photo(self.photo_id, thumbnail=True)
            if self._blur is not None and self.photo_id is not None
            else None
        )
        self.photo.setVisible(found is not None)
        self.write_button.setVisible(found is not None)
        self.change_button.setText(
            translate("younger_me", "Change…")
            if found is not None
            else translate("younger_me", "Choose a photo…")
        )
        self.setVisible(open_)
        if found is None:
            self.words.setText(translate("younger_me", INVITE))
            return
        blur = self.blurred
        self.photo.setIcon(QIcon(photo_pixmap(found[1], ICON, blur=blur)))
        self.photo.setAccessibleName(translate("younger_me", BLURRED_NAME if blur else SHOWN_NAME))
        self.photo.setToolTip(
            translate("younger_me", "Show this photo")
            if blur
            else translate("younger_me", "Write a letter to the younger me")
        )
        self.words.setText(
            translate("younger_me", "The younger me, blurred until you choose to look.")
            if blur
            else translate(
                "younger_me", "The younger me. Choosing the photo starts a letter to them."
            )
        )

    # --- acting -----------------------------------------------------------------------------
    def photo_clicked(self) -> None:
        """Blurred: show it for this viewing. Shown: a new letter to the younger me."""
        if self.blurred:
            self.revealed = True
            self.refresh()
        else:
            self.letter_requested.emit()

    def _fill_menu(self) -> None:
        self.menu.clear()
        self.menu.addAction(
            translate("younger_me", "Choose from the journal's photos…"), self.choose_from_journal
        )
        self.menu.addAction(translate("younger_me", "Choose a picture file…"), self.choose_file)
        if self.photo_id is not None and self._blur is not None:
            if self._blur.younger_me_blurred():
                self.menu.addAction(
                    translate("younger_me", "Always show it"), lambda: self.set_blur("show")
                )
            else:
                self.menu.addAction(
                    translate("younger_me", "Blur it until I choose to look"),
                    lambda: self.set_blur("blur"),
                )
            self.menu.addSeparator()
            self.menu.addAction(translate("younger_me", "Remove it from here"), self.remove)

    def set_blur(self, choice: str) -> None:
        if self._blur is not None and self.photo_id is not None:
            self._blur.set_choice(self.photo_id, "show" if choice == "show" else "blur")
            self.revealed = False
            self._changed()

    def remove(self) -> None:
        """Unpin it: a photo kept in an entry, a memory or the comfort box stays there; one
        chosen from a file only for this card leaves the journal (services/attachments.py)."""
        if self._blur is not None:
            self._blur.unpin()
            self._changed()

    def pin(self, attachment_id: str) -> None:
        if self._blur is not None:
            self._blur.pin(attachment_id)
            self.revealed = False
            self._changed()

    def choose_from_journal(self) -> None:
        if self._blur is None:
            return
        picker = PhotoPicker(self._blur, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen:
            self.pin(picker.chosen)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("younger_me", "A picture of the younger me"),
            str(Path.home()),
            translate("younger_me", "Photos ({patterns})").format(
                patterns="*.jpg *.jpeg *.png *.gif *.webp"
            ),
        )
        if name:
            self.pin_file(Path(name))

    def pin_file(self, path: Path) -> bool:
        """Keep the picture inside the journal and pin it; a sentence if it cannot be kept."""
        if self._blur is None:
            return False
        try:
            picked = read_photo(self, path)  # size first, then read off the GUI thread
            if self._blur is None:
                return False  # locked while it was read
            self._blur.pin_new(picked.data, filename=path.name, thumbnail=picked.thumbnail)
        except (OSError, InnerChildError) as err:
            words = (
                str(err)
                if isinstance(err, InnerChildError)
                else translate("younger_me", "Couldn't read {name}.").format(name=path.name)
            )
            self.message.setText(words)
            self.message.show()
            return False
        self.message.hide()
        self.revealed = False
        self._changed()
        return True

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


class PhotoPicker(QDialog):
    """The journal's photos, blurred where the person keeps them blurred; Enter chooses."""

    def __init__(self, blur: PhotoBlur, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("younger_me", "Choose the younger me"))
        self.chosen: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(translate("younger_me", "The journal's photos"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for photo in blur.journal_photos():
            found = blur.service.photo(photo.id, thumbnail=True)
            if found is None:
                continue
            hidden = blur.is_blurred(photo.id, photo.kind)
            item = QListWidgetItem(QIcon(photo_pixmap(found[1], 96, blur=hidden)), "")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            memory = photo.kind == "memory"
            if hidden:
                words = (
                    translate("younger_me", "A blurred photo from a memory")
                    if memory
                    else translate("younger_me", "A blurred photo from an entry")
                )
            else:
                words = (
                    translate("younger_me", "A photo from a memory")
                    if memory
                    else translate("younger_me", "A photo from an entry")
                )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
            self.list.addItem(item)
        empty = label(
            translate(
                "younger_me", "There are no photos in the journal yet. A picture file works too."
            ),
            "muted",
        )
        empty.setVisible(self.list.count() == 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("younger_me", "Pin this photo")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(translate("younger_me", "Which picture stands for the child you were?"))
        )
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resize(520, 420)

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        super().accept()
