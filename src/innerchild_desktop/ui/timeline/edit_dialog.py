"""Add a memory, or edit one, in one dialog: title, a fuzzy time with a live preview of where it
will sit, feelings, needs, people, place, the heavy veil, photos and the entry it came from.

Nothing is written until Save, and then in one transaction (services/timeline.py): a photo
chosen here is read into memory and kept only inside the encrypted journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from innerchild_desktop.domain.fuzzy_preview import examples
from innerchild_desktop.domain.fuzzy_said import hint
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.memories import MemoryRow, describe
from innerchild_desktop.services.timeline import Photo, TimelineService, check_photo
from innerchild_desktop.ui.timeline.pickers import feelings_picker, needs_picker
from innerchild_desktop.ui.widgets import button, label

# English here; shown through translate("timeline.edit_dialog", …).
HEAVY_TEXT = QT_TRANSLATE_NOOP("timeline.edit_dialog", "This is heavy — keep it veiled")
WHEN_HINT = QT_TRANSLATE_NOOP(
    "timeline.edit_dialog",
    'Roughly is fine: "around age 7", "toddler", "primary school" or "summer 1994".',
)
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
        self.voices: list[bytes] = []  # recorded here (PCM, in memory), kept on Save
        name = (
            translate("timeline.edit_dialog", "Add a memory")
            if row is None
            else translate("timeline.edit_dialog", "Edit memory")
        )
        self.setWindowTitle(name)
        self.setAccessibleName(name)
        self.resize(560, 600)
        self.title = QLineEdit(row.title if row else "")
        self.title.setAccessibleName(translate("timeline.edit_dialog", "Title"))
        self.title.setPlaceholderText(
            translate("timeline.edit_dialog", "A few words, like “The blue bicycle”")
        )
        self.when = QLineEdit(describe(row) if row else "")
        self.when.setAccessibleName(translate("timeline.edit_dialog", "When"))
        self.when.setPlaceholderText(
            translate("timeline.edit_dialog", '"around age 7", "summer 1994", "primary school"')
        )
        self.preview = _plain("", "muted")
        self.preview.setAccessibleName(translate("timeline.edit_dialog", "Where it will sit"))
        self.feelings = feelings_picker(row.emotions if row else ())
        self.needs = needs_picker(row.needs if row else ())
        self.people = QLineEdit(", ".join(row.people) if row else "")
        self.people.setAccessibleName(translate("timeline.edit_dialog", "People"))
        self.people.setPlaceholderText(
            translate("timeline.edit_dialog", "Names, separated by commas (optional)")
        )
        self.place = QLineEdit(row.place if row else "")
        self.place.setAccessibleName(translate("timeline.edit_dialog", "Place"))
        self.place.setPlaceholderText(
            translate("timeline.edit_dialog", "Where it happened (optional)")
        )
        self.body = QPlainTextEdit(row.body if row else "")
        self.body.setAccessibleName(translate("timeline.edit_dialog", "What you remember"))
        self.body.setPlaceholderText(
            translate("timeline.edit_dialog", "What you remember, in your own words (optional)")
        )
        self.body.setTabChangesFocus(True)
        heavy_text = translate("timeline.edit_dialog", HEAVY_TEXT)
        self.heavy = QCheckBox(heavy_text)
        self.heavy.setAccessibleName(heavy_text)
        self.heavy.setAccessibleDescription(
            translate("timeline.edit_dialog", "Heavy memories stay veiled until you choose to open")
        )
        self.heavy.setChecked(bool(row and row.heavy))
        self._build_form()
        self.when.textChanged.connect(self.update_preview)
        self._prefill_from_entry()
        self.update_preview()

    def _build_form(self) -> None:
        form = QFormLayout()
        form.addRow(translate("timeline.edit_dialog", "Title"), self.title)
        form.addRow(translate("timeline.edit_dialog", "When"), self.when)
        form.addRow("", self.preview)
        for title, picker in (
            (translate("timeline.edit_dialog", "Feelings"), self.feelings),
            (translate("timeline.edit_dialog", "What I needed"), self.needs),
        ):
            row = QHBoxLayout()
            row.addWidget(picker)
            row.addStretch(1)
            form.addRow(title, row)
        form.addRow(translate("timeline.edit_dialog", "People"), self.people)
        form.addRow(translate("timeline.edit_dialog", "Place"), self.place)
        form.addRow(translate("timeline.edit_dialog", "Memory"), self.body)
        self.photo_button = button(
            translate("timeline.edit_dialog", "Add a photo…"),
            description=translate(
                "timeline.edit_dialog",
                "Keep a photo with this memory, inside the encrypted journal",
            ),
        )
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_text = _plain(self._photos_text(), "muted")
        self.photo_text.setAccessibleName(translate("timeline.edit_dialog", "Photos"))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_text, 1)
        form.addRow(translate("timeline.edit_dialog", "Photo"), photo_row)
        self._build_voice_row(form)
        self.link = QCheckBox()
        self.link.setAccessibleName(
            translate("timeline.edit_dialog", "Link the journal entry it was made from")
        )
        self.linked_text = _plain("", "muted")
        self.linked_text.setAccessibleName(translate("timeline.edit_dialog", "Linked entries"))
        links = QVBoxLayout()
        links.addWidget(self.link)
        links.addWidget(self.linked_text)
        form.addRow(translate("timeline.edit_dialog", "Linked"), links)
        self._linked_row = form.rowCount() - 1
        self.form = form
        self.error = label("", "error")
        self.error.setAccessibleName(translate("timeline.edit_dialog", "Message"))
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
        self.voice_button.setAutoDefault(False)
        self.save_button.setDefault(True)  # once in the dialog: only then does Qt register it

    def _prefill_from_entry(self) -> None:
        titles = self.timeline.linked_titles(self.row.id) if self.row else []
        self.linked_text.setText(
            translate("timeline.edit_dialog", "Linked: {titles}").format(titles="; ".join(titles))
            if titles
            else ""
        )
        # The row first: showing a row shows all of it, then each part as it applies.
        self.form.setRowVisible(self._linked_row, bool(titles) or self.from_entry is not None)
        self.linked_text.setVisible(bool(titles))
        self.link.setVisible(self.from_entry is not None)
        if self.from_entry is None:
            return
        _entry_id, title, heavy = self.from_entry
        shown = title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"
        self.title.setText(shown)
        self.link.setText(
            translate("timeline.edit_dialog", "Link it to the entry “{title}”").format(title=shown)
        )
        self.link.setChecked(True)
        self.heavy.setChecked(heavy)  # made from a heavy entry: veiled too, unless unticked
        self.when.setFocus()

    # --- the time ---------------------------------------------------------------------------
    def update_preview(self) -> None:
        text = self.when.text()
        if not text.strip():
            self.preview.setText(translate("timeline.edit_dialog", WHEN_HINT))
            return
        try:
            shown = self.timeline.preview_time(text)
        except InnerChildError as err:  # said kindly, with examples instead of the short hint
            shown = f"{str(err).replace(hint(), '').strip()} {examples()}"
        self.preview.setText(shown)

    # --- photos -----------------------------------------------------------------------------
    def _photos_text(self) -> str:
        kept = len(self.timeline.photo_ids(self.row.id)) if self.row else 0
        parts = (
            [translate("timeline.edit_dialog", "%n already kept with it", None, kept)]
            if kept
            else []
        )
        waiting = translate("timeline.edit_dialog", "{file} (kept encrypted when you save)")
        parts += [waiting.format(file=p.filename) for p in self.photos]
        return "; ".join(parts)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("timeline.edit_dialog", "Add a photo"),
            str(Path.home()),
            translate("timeline.edit_dialog", "Photos ({patterns})").format(
                patterns="*.jpg *.jpeg *.png *.gif *.webp"
            ),
        )
        if path:
            self.add_photo(Path(path))

    def add_photo(self, path: object) -> bool:
        """Read a chosen photo into memory (kept on Save); False with a message if it can't be."""
        from innerchild_desktop.ui.attachment_files import read_photo

        file = Path(str(path))
        try:
            picked = read_photo(self, file)  # size first, then read off the GUI thread
            photo = Photo(picked.data, file.name, picked.thumbnail)
            check_photo(photo)
        except OSError:
            self.error.setText(
                translate("timeline.edit_dialog", "Couldn't read {file}.").format(file=file.name)
            )
            return False
        except InnerChildError as err:
            self.error.setText(str(err))
            return False
        self.photos.append(photo)
        self.photo_text.setText(self._photos_text())
        self.error.clear()
        return True

    # --- voice notes (ui/timeline/voice_notes.py) ----------------------------------------------
    def _build_voice_row(self, form: QFormLayout) -> None:
        from innerchild_desktop.ui.timeline import voice_notes

        self.voice_button = button(
            translate("timeline.edit_dialog", "Voice note…"),
            description=translate(
                "timeline.edit_dialog",
                "Record a voice note to keep with this memory, inside the encrypted journal",
            ),
        )
        self.voice_button.setToolTip(
            translate("timeline.edit_dialog", "Record a voice note ({shortcut})").format(
                shortcut=voice_notes.VOICE_SHORTCUT
            )
        )
        self.voice_button.clicked.connect(self.record_voice)
        QShortcut(QKeySequence(voice_notes.VOICE_SHORTCUT), self, self.record_voice)
        self.voice_text = _plain(self._voices_text(), "muted")
        self.voice_text.setAccessibleName(translate("timeline.edit_dialog", "Voice notes"))
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice_button)
        voice_row.addWidget(self.voice_text, 1)
        form.addRow(translate("timeline.edit_dialog", "Voice"), voice_row)

    def _voices_text(self) -> str:
        from innerchild_desktop.ui.timeline.voice_notes import voices_text

        kept = len(self.timeline.voice_notes(self.row.id)) if self.row else 0
        return voices_text(kept, len(self.voices))

    def record_voice(self) -> QDialog:
        """Open the recorder; what is kept waits here, in memory, and is kept on Save."""
        from innerchild_desktop.ui.timeline.voice_notes import record

        def keep(pcm: bytes) -> None:
            self.voices.append(pcm)
            self.voice_text.setText(self._voices_text())

        return record(self, keep, alive=lambda: self.timeline.journal.is_open)

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
                    voices=self.voices,
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
                    voices=self.voices,
                )
        except InnerChildError as err:
            self.error.setText(str(err))
            return False
        self.photos, self.voices = [], []
        self.saved.emit(memory_id)
        self.accept()
        return True

    def close_for_lock(self) -> None:
        """The journal is locking: keep what can be kept (nothing typed is lost), then close
        without leaving any of it on screen. No signals: the page is being cleared."""
        self.blockSignals(True)
        if self.title.text().strip() and self.when.text().strip():
            self.save()
        self.photos, self.voices = [], []
        self.reject()
