"""Photos in an entry: choosing or dropping them in, and the small thumbnails kept with them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from innerchild_desktop.domain.errors import InnerChildError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.ui.journal.markdown_edit import MarkdownEdit

    _Base = QWidget
else:
    _Base = object


class PhotoActions(_Base):
    """Mixed into EntryEditor: Photo… and photos dropped onto the text."""

    if TYPE_CHECKING:
        message = Signal(str)
        service: JournalService | None
        entry_id: str | None
        title: QLineEdit
        body: MarkdownEdit
        _dirty: bool

        def save_now(self) -> str | None: ...

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add photos", str(Path.home()), "Photos (*.jpg *.jpeg *.png *.gif *.webp)"
        )
        self.attach_photos([Path(f) for f in files])

    def attach_photos(self, paths: list[Path]) -> None:
        if self.service is None or not paths:
            return
        if self.entry_id is None:
            self._dirty = True
            if not self.title.text():
                self.title.setText("Photos")
            self.save_now()
        if self.entry_id is None:
            return
        for path in paths:
            try:
                data = path.read_bytes()
                photo_id = self.service.add_photo(
                    data, filename=path.name, entry_id=self.entry_id, thumbnail=make_thumbnail(data)
                )
            except (OSError, InnerChildError) as err:
                self.message.emit(
                    str(err) if isinstance(err, InnerChildError) else f"Couldn't read {path.name}."
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
