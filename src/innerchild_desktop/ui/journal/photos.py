"""Photos in an entry: choosing or dropping them in, and the small thumbnails kept with them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.attachment_files import read_photo
from innerchild_desktop.ui.journal.editor_parts import EditorWidget


class PhotoActions(EditorWidget):
    """Mixed into EntryEditor: Photo… and photos dropped onto the text."""

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("journal.photos", "Add photos"),
            str(Path.home()),
            translate("journal.photos", "Photos ({patterns})").format(
                patterns="*.jpg *.jpeg *.png *.gif *.webp"
            ),
        )
        self.attach_photos([Path(f) for f in files])

    def attach_photos(self, paths: list[Path]) -> None:
        if self.service is None or not paths:
            return
        if self.entry_id is None:
            self._dirty = True
            if not self.title.text():
                self.title.setText(translate("journal.photos", "Photos"))
            self.save_now()
        if self.entry_id is None:
            return
        entry_id = self.entry_id
        for path in paths:
            try:
                picked = read_photo(self, path)  # size first, then read off the GUI thread
                if self.service is None or self.entry_id != entry_id:
                    return  # locked or moved on while it was read
                photo_id = self.service.add_photo(
                    picked.data, filename=path.name, entry_id=entry_id, thumbnail=picked.thumbnail
                )
            except (OSError, InnerChildError) as err:
                self.message.emit(
                    str(err)
                    if isinstance(err, InnerChildError)
                    else translate("journal.photos", "Couldn't read {name}.").format(name=path.name)
                )
                continue
            self.body.insert_at_cursor(f"\n![{path.stem}](attachment:{photo_id})\n")

    def _photo(self, photo_id: str) -> tuple[str, bytes] | None:
        # A window whose journal was closed under it (locked elsewhere) shows no photo rather
        # than reading a closed database when its preview is drawn again (a theme change).
        if self.service is None or not self.service.journal.is_open:
            return None
        return self.service.photo(photo_id)


def make_thumbnail(data: bytes, width: int = 320) -> bytes | None:
    image = QImage.fromData(data)
    if image.isNull():
        return None
    small = image.scaledToWidth(
        min(width, image.width()), Qt.TransformationMode.SmoothTransformation
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12 stubs say bytes, but the binding raises ValueError unless given a str.
    small.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())
