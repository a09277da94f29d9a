"""Edit a memory in place: title, fuzzy time, words and the heavy flag."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.services import timeline as timeline_service
from innerchild_desktop.store.memories import MemoryRow
from innerchild_desktop.store.vault import Journal
from innerchild_desktop.ui.widgets import label


class MemoryEditDialog(QDialog):
    def __init__(self, journal: Journal, row: MemoryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.row = row
        self.setWindowTitle("Edit memory")
        self.setAccessibleName("Edit memory")
        self.resize(520, 420)
        form = QFormLayout()
        self.title = QLineEdit(row.title)
        self.title.setAccessibleName("Title")
        self.when = QLineEdit(timeline_service.describe(row))
        self.when.setAccessibleName("When")
        self.when.setPlaceholderText('"around age 7", "summer 1994", "primary school"')
        self.body = QPlainTextEdit(row.body)
        self.body.setAccessibleName("What you remember")
        self.heavy = QCheckBox("This memory is heavy: keep it veiled unless I ask")
        self.heavy.setAccessibleName("Heavy memory")
        self.heavy.setChecked(row.heavy)
        form.addRow("Title", self.title)
        form.addRow("When", self.when)
        form.addRow("Memory", self.body)
        self.error = label("", "error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.heavy)
        from innerchild_desktop.ui.widgets import button

        self.photo_button = button(
            "Add a photo…",
            description="Keep a photo with this memory, inside the encrypted journal",
        )
        self.photo_button.clicked.connect(self.choose_photo)
        layout.addWidget(self.photo_button)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_photo(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, "Add a photo", str(Path.home()), "Photos (*.jpg *.jpeg *.png *.gif *.webp)"
        )
        if path:
            self.add_photo(Path(path))

    def add_photo(self, path: object) -> bool:
        from pathlib import Path

        from innerchild_desktop.store.attachments import add_attachment
        from innerchild_desktop.ui.journal.editor import make_thumbnail

        file = Path(str(path))
        try:
            data = file.read_bytes()
            with self.journal.transaction() as conn:
                add_attachment(
                    conn,
                    data,
                    filename=file.name,
                    memory_id=self.row.id,
                    thumbnail=make_thumbnail(data),
                )
        except (OSError, InnerChildError) as err:
            self.error.setText(
                str(err) if isinstance(err, InnerChildError) else f"Couldn't read {file.name}."
            )
            return False
        self.error.setText(f"Kept {file.name} with this memory.")
        return True

    def save(self) -> None:
        try:
            timeline_service.update_memory(
                self.journal,
                self.row.id,
                title=self.title.text(),
                when=self.when.text(),
                body=self.body.toPlainText(),
                heavy=self.heavy.isChecked(),
            )
        except InnerChildError as err:
            self.error.setText(str(err))
            return
        self.accept()
