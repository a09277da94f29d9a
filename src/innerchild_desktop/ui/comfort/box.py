"""My comfort box: what helps this person (cards, photos, voice notes, passages) in a calm grid.

Unlocked, everything shows and can be added, changed and removed (a removal can be undone:
Ctrl+Z or the bar's Undo). Locked, only the coping cards the person chose to see while locked
show, their words only, and the box says that photos and voice notes wait for the unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.comfort import ComfortBox, ComfortItem
from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.comfort import ComfortService
from innerchild_desktop.ui.comfort.editors import AttachmentPicker, CardEditor, PassagePicker
from innerchild_desktop.ui.undo_bar import UndoBar
from innerchild_desktop.ui.widgets import button, label

COLUMNS = 3
# Each table is translated when shown (translate("comfort.box", …)).
KIND_NAMES = {
    "card": QT_TRANSLATE_NOOP("comfort.box", "Card"),
    "photo": QT_TRANSLATE_NOOP("comfort.box", "Photo"),
    "voice": QT_TRANSLATE_NOOP("comfort.box", "Voice note"),
    "passage": QT_TRANSLATE_NOOP("comfort.box", "From my journal"),
}
EDIT_THIS = {
    "card": QT_TRANSLATE_NOOP("comfort.box", "Edit this card"),
    "photo": QT_TRANSLATE_NOOP("comfort.box", "Edit this photo"),
    "voice": QT_TRANSLATE_NOOP("comfort.box", "Edit this voice note"),
    "passage": QT_TRANSLATE_NOOP("comfort.box", "Edit this from my journal"),
}
REMOVE_THIS = {
    "card": QT_TRANSLATE_NOOP("comfort.box", "Remove this card"),
    "photo": QT_TRANSLATE_NOOP("comfort.box", "Remove this photo"),
    "voice": QT_TRANSLATE_NOOP("comfort.box", "Remove this voice note"),
    "passage": QT_TRANSLATE_NOOP("comfort.box", "Remove this from my journal"),
}
REMOVED = {
    "card": QT_TRANSLATE_NOOP("comfort.box", "Removed “card” from your box."),
    "photo": QT_TRANSLATE_NOOP("comfort.box", "Removed “photo” from your box."),
    "voice": QT_TRANSLATE_NOOP("comfort.box", "Removed “voice note” from your box."),
    "passage": QT_TRANSLATE_NOOP("comfort.box", "Removed “from my journal” from your box."),
}
LOCKED_NOTE = QT_TRANSLATE_NOOP(
    "comfort.box",
    "While the journal is locked, only the cards you chose to see while locked show here, "
    "words only. Your photos, voice notes and passages wait inside the journal until you unlock.",
)


class ItemCard(QFrame):
    """One item in the grid: what it is, its words or picture, and (unlocked) Edit, Remove."""

    edit = Signal(str)
    remove = Signal(str)
    play = Signal(str)

    def __init__(self, item: ComfortItem, *, editable: bool, picture: bytes | None = None) -> None:
        super().__init__()
        self.item = item
        self.setProperty("role", "card")
        kind = translate("comfort.box", KIND_NAMES[item.kind])
        words = item.text or translate("comfort.box", "no words")
        named = translate("comfort.box", "{kind}: {words}").format(kind=kind, words=words)
        self.setAccessibleName(named[:120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(label(kind, "muted", wrap=False))
        if item.kind == "photo":
            shown = QLabel()
            pixmap = QPixmap()
            if picture and pixmap.loadFromData(picture):
                shown.setPixmap(
                    pixmap.scaled(
                        220,
                        160,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setText(translate("comfort.box", "This photo is no longer in the journal."))
            shown.setAccessibleName(translate("comfort.box", "Photo"))
            layout.addWidget(shown)
        if item.text:
            shown_text = item.text if len(item.text) <= 320 else item.text[:319].rstrip() + "…"
            text = label(shown_text, "heading" if item.kind == "card" else "")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setProperty("content", True)  # the person's own words: never translated
            layout.addWidget(text)
        if item.kind == "card" and item.show_while_locked and editable:
            layout.addWidget(
                label(translate("comfort.box", "Shows while locked"), "muted", wrap=False)
            )
        layout.addStretch(1)
        row = QHBoxLayout()
        if item.kind == "voice":
            play_name = (
                translate("comfort.box", "Play {name}").format(name=item.text)
                if item.text
                else translate("comfort.box", "Play the voice note")
            )
            self.play_button = button(translate("comfort.box", "Play"), accessible=play_name[:80])
            self.play_button.setAutoDefault(False)
            self.play_button.clicked.connect(lambda: self.play.emit(item.id))
            # on a line of its own: three buttons side by side would not fit a card in German
            play_row = QHBoxLayout()
            play_row.addWidget(self.play_button)
            play_row.addStretch(1)
            layout.addLayout(play_row)
        row.addStretch(1)
        if editable:
            self.edit_button = button(
                translate("comfort.box", "Edit"),
                accessible=translate("comfort.box", EDIT_THIS[item.kind]),
            )
            self.remove_button = button(
                translate("comfort.box", "Remove"),
                accessible=translate("comfort.box", REMOVE_THIS[item.kind]),
            )
            for widget in (self.edit_button, self.remove_button):
                widget.setAutoDefault(False)
                row.addWidget(widget)
            self.edit_button.clicked.connect(lambda: self.edit.emit(item.id))
            self.remove_button.clicked.connect(lambda: self.remove.emit(item.id))
        layout.addLayout(row)


class ComfortBoxDialog(QDialog):
    """The box. ``service`` None: locked, showing ``locked_cards`` (words only)."""

    def __init__(
        self,
        service: ComfortService | None,
        *,
        locked_cards: ComfortBox | None = None,
        parent: QWidget | None = None,
        choose_photo: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("comfort.box", "My comfort box"))
        self.setAccessibleName(translate("comfort.box", "My comfort box"))
        self.service = service
        self.editable = service is not None
        self.box = service.load() if service is not None else (locked_cards or ComfortBox())
        self.choose_photo = choose_photo or _choose_photo_file
        self.removed: tuple[ComfortItem, int] | None = None
        self.cards: list[ItemCard] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(label(translate("comfort.box", "My comfort box"), "title", wrap=False))
        intro = (
            translate(
                "comfort.box",
                "What helps you, kept encrypted in your journal. Add whatever you like; "
                "nothing here is ever shown unasked.",
            )
            if self.editable
            else translate("comfort.box", LOCKED_NOTE)
        )
        self.intro = label(intro, "subtitle")
        layout.addWidget(self.intro)
        self.add_buttons: dict[str, QWidget] = {}
        if self.editable:
            adds = QHBoxLayout()
            for kind, text, action in (
                ("card", translate("comfort.box", "Add a &card"), self.add_card),
                ("photo", translate("comfort.box", "Add a &photo"), self.add_photo),
                ("voice", translate("comfort.box", "Add a &voice note"), self.add_voice),
                ("passage", translate("comfort.box", "Add a p&assage"), self.add_passage),
            ):
                widget = button(text, role="soothe" if kind == "card" else "")
                widget.setAutoDefault(False)
                widget.clicked.connect(action)
                adds.addWidget(widget)
                self.add_buttons[kind] = widget
            adds.addStretch(1)
            layout.addLayout(adds)
        self.undo = UndoBar(translate("comfort.box", "Put it back"))
        self.undo.undo_requested.connect(self.undo_remove)
        layout.addWidget(self.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_remove)
        self.message = label("", "muted")
        self.message.setAccessibleName(translate("comfort.box", "Comfort box message"))
        self.message.hide()
        layout.addWidget(self.message)
        self.empty = label("", "muted")
        layout.addWidget(self.empty)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(14)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.grid_host)
        layout.addWidget(scroller, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = button(
            translate("comfort.box", "Close"),
            role="primary",
            description=translate("comfort.box", "Close the box (Esc)"),
        )
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(820, 600)
        self.show_box(self.box)
        first = self.add_buttons.get("card") or self.close_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- showing ---------------------------------------------------------------------------------

    def show_box(self, box: ComfortBox) -> None:
        self.box = box
        for old in self.cards:
            self.grid.removeWidget(old)
            old.deleteLater()
        self.cards = []
        for n, item in enumerate(box.items):
            picture = None
            if item.kind == "photo" and self.service is not None and item.attachment_id:
                picture = self.service.photo(item.attachment_id)
            shown = ItemCard(item, editable=self.editable, picture=picture)
            shown.edit.connect(self.edit_item)
            shown.remove.connect(self.remove_item)
            shown.play.connect(self.play_item)
            self.grid.addWidget(shown, n // COLUMNS, n % COLUMNS)
            self.cards.append(shown)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(len(box.items) // COLUMNS + 1, 1)
        if box.is_empty:
            self.empty.setText(
                translate(
                    "comfort.box",
                    "Nothing here yet. If you like, start with a card: a few words that help.",
                )
                if self.editable
                else translate("comfort.box", "No cards were chosen to show while locked.")
            )
        self.empty.setVisible(box.is_empty)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _apply(self, change: Callable[[], ComfortBox]) -> bool:
        try:
            self.show_box(change())
        except (InnerChildError, OSError) as err:
            self.say(
                str(err)
                if isinstance(err, InnerChildError)
                else translate("comfort.box", "That could not be saved.")
            )
            return False
        self.say("")
        return True

    # --- changes ---------------------------------------------------------------------------------

    def add_card(self) -> None:
        service = self.service
        answer = CardEditor.ask(self)
        if service is None or answer is None:
            return
        text, locked = answer
        self._apply(lambda: service.add_card(text, show_while_locked=locked))

    def add_photo(self) -> None:
        service = self.service
        if service is None:
            return
        picker = AttachmentPicker(
            "photo",
            [(a.id, a.filename or translate("comfort.box", "A photo")) for a in service.photos()],
            new_text=translate("comfort.box", "From a file…"),
            parent=self,
        )
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        caption, chosen = picker.caption.text(), picker.chosen()
        if chosen == AttachmentPicker.NEW:
            path = self.choose_photo(self)
            if path is None:
                return
            self._apply(lambda: self._new_photo(service, path, caption))
        elif chosen:
            self._apply(lambda: service.add_attachment(chosen, caption=caption))

    def _new_photo(self, service: ComfortService, path: Path, caption: str) -> ComfortBox:
        from innerchild_desktop.domain.comfort import replace_text
        from innerchild_desktop.ui.attachment_files import read_photo

        picked = read_photo(self, path)  # size first, then read off the GUI thread
        if self.service is not service:
            return ComfortBox()  # locked while it was read: nothing is kept
        box = service.add_photo(picked.data, filename=path.name, thumbnail=picked.thumbnail)
        last = box.items[-1]
        return service.save(box.replaced(replace_text(last, caption))) if caption else box

    def add_voice(self) -> None:
        service = self.service
        if service is None:
            return
        picker = AttachmentPicker(
            "voice",
            [
                (a.id, a.filename or translate("comfort.box", "A voice note"))
                for a in service.voice_notes()
            ],
            new_text=translate("comfort.box", "Record a new one…"),
            parent=self,
        )
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        caption, chosen = picker.caption.text(), picker.chosen()
        if chosen == AttachmentPicker.NEW:
            from innerchild_desktop.ui.journal.voice_dialog import VoiceRecorderDialog

            def keep(pcm: bytes) -> str:
                self.show_box(service.record_voice(pcm, caption=caption))
                return "kept"

            recorder = VoiceRecorderDialog(keep, parent=self)
            recorder.keep_button.setText(translate("comfort.box", "&Keep in my box"))
            recorder.keep_button.setAccessibleName(
                translate("comfort.box", "Keep in my comfort box")
            )
            recorder.exec()
        elif chosen:
            self._apply(lambda: service.add_attachment(chosen, caption=caption))

    def add_passage(self) -> None:
        service = self.service
        if service is None:
            return
        answer = PassagePicker.ask(self, service.passage_sources(), service.entry_text)
        if answer is None:
            return
        text, entry_id = answer
        self._apply(lambda: service.add_passage(text, entry_id=entry_id))

    def edit_item(self, item_id: str) -> None:
        service, item = self.service, self.box.get(item_id)
        if service is None or item is None:
            return
        answer = CardEditor.ask(
            self, item.text, show_while_locked=item.show_while_locked, kind=item.kind
        )
        if answer is None:
            return
        text, locked = answer
        self._apply(lambda: service.edit_card(item_id, text, show_while_locked=locked))

    def remove_item(self, item_id: str) -> None:
        service = self.service
        if service is None:
            return
        try:
            box, item, at = service.remove(item_id)
        except OSError:
            self.say(translate("comfort.box", "That could not be saved."))
            return
        self.show_box(box)
        if item is not None:
            self.removed = (item, at)
            self.undo.offer(translate("comfort.box", REMOVED[item.kind]))

    def undo_remove(self) -> None:
        service, removed = self.service, self.removed
        if service is None or removed is None:
            return
        self.removed = None
        if self._apply(lambda: service.restore(*removed)):
            self.undo.hide()

    def play_item(self, item_id: str) -> None:
        item = self.box.get(item_id)
        if self.service is None or item is None or item.attachment_id is None:
            return
        try:
            decoded = self.service.voice(item.attachment_id)
        except InnerChildError as err:
            self.say(str(err))
            return
        if decoded is None:
            self.say(translate("comfort.box", "This voice note is no longer in the journal."))
            return
        from innerchild_desktop.ui.journal.voice_dialog import VoiceNotePlayer

        VoiceNotePlayer(decoded.pcm, decoded.seconds, parent=self).exec()

    def forget(self) -> None:
        """Locking: everything it shows leaves the screen."""
        self.service = None
        self.show_box(ComfortBox())
        self.reject()


def _choose_photo_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("comfort.box", "Choose a photo"),
        "",
        translate("comfort.box", "Photos ({patterns})").format(
            patterns="*.jpg *.jpeg *.png *.gif *.webp *.heic"
        ),
    )
    return Path(name) if name else None


def open_from(widget: QWidget) -> None:
    """Open the box from a page: the main window knows whether the journal is locked."""
    opener = getattr(widget.window(), "open_comfort_box", None)
    if callable(opener):
        opener()
