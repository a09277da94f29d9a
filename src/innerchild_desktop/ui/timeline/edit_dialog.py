"""Add a memory, or edit one, in one dialog: title, a fuzzy time with a live preview of where it
will sit, feelings, needs, people, place, the heavy veil, photos and the entry it came from.

Nothing is written until Save, and then in one transaction (services/timeline.py): a photo
chosen here is read into memory and kept only inside the encrypted journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.fuzzy_dates import HINT
from innerchild_desktop.domain.fuzzy_preview import EXAMPLES
from innerchild_desktop.domain.memories import MemoryRow, describe
from innerchild_desktop.services.timeline import Photo, TimelineService, check_photo
from innerchild_desktop.ui.timeline.pickers import feelings_picker, needs_picker
from innerchild_desktop.ui.widgets import button, label

HEAVY_TEXT = "This is heavy — keep it veiled"
WHEN_HINT = 'Roughly is fine: "around age 7", "toddler", "primary school" or "summer 1994".'
TITLE_LIMIT = 80


def _plain(text: str, role: str = "") -> QLabel:
    widget = label(text, role)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # the person's own words, never markup
    return widget


class MemoryDialog(QDialog):
    """``row`` None adds a memory; ``from_entry`` (id, title, heavy) pre-fills one from an entry
    and offers to link it. ``saved`` carries the memory's id after a successful Save."""

    saved = Signal(str)

    def __init__(
        self,
        timeline: TimelineService,
        row: MemoryRow | None = None,
        parent: QWidget | None = None,
        *,
        from_entry: tuple[str, str, bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.row = row
        self.from_entry = from_entry
        self.photos: list[Photo] = []
        name = "Add a memory" if row is None else "Edit memory"
        self.setWindowTitle(name)
        self.setAccessibleName(name)
        self.resize(560, 600)
        self.title = QLineEdit(row.title if row else "")
        self.title.setAccessibleName("Title")
        self.title.setPlaceholderText("A few words, like “The blue bicycle”")
        self.when = QLineEdit(describe(row) if row else "")
        self.when.setAccessibleName("When")
        self.when.setPlaceholderText('"around age 7", "summer 1994", "primary school"')
        self.preview = _plain("", "muted")
        self.preview.setAccessibleName("Where it will sit")
        self.feelings = feelings_picker(row.emotions if row else ())
        self.needs = needs_picker(row.needs if row else ())
        self.people = QLineEdit(", ".join(row.people) if row else "")
        self.people.setAccessibleName("People")
        self.people.setPlaceholderText("Names, separated by commas (optional)")
        self.place = QLineEdit(row.place if row else "")
        self.place.setAccessibleName("Place")
        self.place.setPlaceholderText("Where it happened (optional)")
        self.body = QPlainTextEdit(row.body if row else "")
        self.body.setAccessibleName("What you remember")
        self.body.setPlaceholderText("What you remember, in your own words (optional)")
        self.body.setTabChangesFocus(True)
        self.heavy = QCheckBox(HEAVY_TEXT)
        self.heavy.setAccessibleName(HEAVY_TEXT)
        self.heavy.setAccessibleDescription("Heavy memories stay veiled until you choose to open")
        self.heavy.setChecked(bool(row and row.heavy))
        self._build_form()
        self.when.textChanged.connect(self.update_preview)
        self._prefill_from_entry()
        self.update_preview()

    def _build_form(self) -> None:
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("When", self.when)
        form.addRow("", self.preview)
        for title, picker in (("Feelings", self.feelings), ("What I needed", self.needs)):
            row = QHBoxLayout()
            row.addWidget(picker)
            row.addStretch(1)
            form.addRow(title, row)
        form.addRow("People", self.people)
        form.addRow("Place", self.place)
        form.addRow("Memory", self.body)
        self.photo_button = button(
            "Add a photo…",
            description="Keep a photo with this memory, inside the encrypted journal",
        )
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_text = _plain(self._photos_text(), "muted")
        self.photo_text.setAccessibleName("Photos")
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_text, 1)
        form.addRow("Photo", photo_row)
        self.link = QCheckBox()
        self.link.setAccessibleName("Link the journal entry it was made from")
        self.linked_text = _plain("", "muted")
        self.linked_text.setAccessibleName("Linked entries")
        links = QVBoxLayout()
        links.addWidget(self.link)
        links.addWidget(self.linked_text)
        form.addRow("Linked", links)
        self._linked_row = form.rowCount() - 1
        self.form = form
        self.error = label("", "error")
        self.error.setAccessibleName("Message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.heavy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.photo_button.setAutoDefault(False)  # Enter in a field saves; it never opens files
        self.save_button.setDefault(True)  # once in the dialog: only then does Qt register it

    def _prefill_from_entry(self) -> None:
        titles = self.timeline.linked_titles(self.row.id) if self.row else []
        self.linked_text.setText("Linked: " + "; ".join(titles) if titles else "")
        # The row first: showing a row shows all of it, then each part as it applies.
        self.form.setRowVisible(self._linked_row, bool(titles) or self.from_entry is not None)
        self.linked_text.setVisible(bool(titles))
        self.link.setVisible(self.from_entry is not None)
        if self.from_entry is None:
            return
        _entry_id, title, heavy = self.from_entry
        shown = title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"
        self.title.setText(shown)
        self.link.setText(f"Link it to the entry “{shown}”")
        self.link.setChecked(True)
        self.heavy.setChecked(heavy)  # made from a heavy entry: veiled too, unless unticked
        self.when.setFocus()

    # --- the time ---------------------------------------------------------------------------
    def update_preview(self) -> None:
        text = self.when.text()
        if not text.strip():
            self.preview.setText(WHEN_HINT)
            return
        try:
            shown = self.timeline.preview_time(text)
        except InnerChildError as err:  # said kindly, with examples instead of the short hint
            shown = f"{str(err).replace(HINT, '').strip()} {EXAMPLES}"
        self.preview.setText(shown)

    # --- photos -----------------------------------------------------------------------------
    def _photos_text(self) -> str:
        kept = len(self.timeline.photo_ids(self.row.id)) if self.row else 0
        parts = [f"{kept} already kept with it"] if kept else []
        parts += [f"{p.filename} (kept encrypted when you save)" for p in self.photos]
        return "; ".join(parts)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Add a photo", str(Path.home()), "Photos (*.jpg *.jpeg *.png *.gif *.webp)"
        )
        if path:
            self.add_photo(Path(path))

    def add_photo(self, path: object) -> bool:
        """Read a chosen photo into memory (kept on Save); False with a message if it can't be."""
        from innerchild_desktop.ui.journal.photos import make_thumbnail

        file = Path(str(path))
        try:
            data = file.read_bytes()
            photo = Photo(data, file.name, make_thumbnail(data))
            check_photo(photo)
        except OSError:
            self.error.setText(f"Couldn't read {file.name}.")
            return False
        except InnerChildError as err:
            self.error.setText(str(err))
            return False
        self.photos.append(photo)
        self.photo_text.setText(self._photos_text())
        self.error.clear()
        return True

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        people = [p.strip() for p in self.people.text().split(",") if p.strip()]
        try:
            if self.row is None:
                linked = [self.from_entry[0]] if self.from_entry and self.link.isChecked() else []
                memory_id = self.timeline.add_memory(
                    self.title.text(),
                    self.when.text(),
                    body=self.body.toPlainText(),
                    feelings=self.feelings.chosen(),
                    needs=self.needs.chosen(),
                    people=people,
                    place=self.place.text(),
                    heavy=self.heavy.isChecked(),
                    linked_entries=linked,
                    photos=self.photos,
                )
            else:
                memory_id = self.row.id
                self.timeline.update_memory(
                    memory_id,
                    title=self.title.text(),
                    when=self.when.text(),
                    body=self.body.toPlainText(),
                    heavy=self.heavy.isChecked(),
                    feelings=self.feelings.chosen(),
                    needs=self.needs.chosen(),
                    people=people,
                    place=self.place.text(),
                    photos=self.photos,
                )
        except InnerChildError as err:
            self.error.setText(str(err))
            return False
        self.photos = []
        self.saved.emit(memory_id)
        self.accept()
        return True

    def close_for_lock(self) -> None:
        """The journal is locking: keep what can be kept (nothing typed is lost), then close
        without leaving any of it on screen. No signals: the page is being cleared."""
        self.blockSignals(True)
        if self.title.text().strip() and self.when.text().strip():
            self.save()
        self.photos = []
        self.reject()
