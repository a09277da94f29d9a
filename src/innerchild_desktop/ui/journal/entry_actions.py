"""What the entry editor does with the entry as a whole: its letter thread, a reply, making it
a memory, its earlier versions (History…), and moving it to the trash."""

from __future__ import annotations

from innerchild_desktop.domain.entries import Entry, EntryKind, EntrySummary, heavy_entry_title
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.journal.editor_parts import EditorWidget
from innerchild_desktop.ui.journal.history_dialog import HistoryDialog


class EntryActions(EditorWidget):
    """Mixed into EntryEditor."""

    def _refresh_thread(self, entry: Entry | None) -> None:
        parts: list[str] = []
        if entry and entry.reply_to and self.service:
            original = self.service.get_entry(entry.reply_to)
            if original:
                link = f'<a href="entry:{original.id}">{_esc(_shown(original))}</a>'
                parts.append(
                    translate("journal.entry_actions", "In reply to {letter}").format(letter=link)
                )
        if entry and self.service:
            for reply in self.service.replies_to(entry.id):
                link = f'<a href="entry:{reply.id}">{_esc(_shown(reply))}</a>'
                parts.append(
                    translate("journal.entry_actions", "Reply: {letter}").format(letter=link)
                )
        self.thread_label.setText(" · ".join(parts))
        self.thread_label.setVisible(bool(parts))
        self.reply_action.setEnabled(bool(entry and entry.kind is EntryKind.LETTER_TO))

    # --- actions --------------------------------------------------------------------------------
    def _make_memory(self) -> None:
        entry_id = self.save_now()  # the memory links the entry as it stands now
        if entry_id is None:
            self.state.setText(
                translate(
                    "journal.entry_actions",
                    "Write a few words first; then this entry can become a memory.",
                )
            )
            return
        self.make_memory.emit(entry_id)

    def write_reply(self) -> None:
        if self.entry_id is None or self.service is None:
            return
        original = self.service.get_entry(self.entry_id)
        if original is None:
            return
        self.new_entry(
            EntryKind.LETTER_FROM,
            title=translate("journal.entry_actions", "Reply to: {title}").format(
                title=original.display_title
            ),
            body=translate("journal.entry_actions", "Dear grown-up me,\n\n"),
            reply_to=original.id,
        )

    def show_history(self) -> None:
        """History… : this entry's earlier versions (saved first, so what was typed is in it)."""
        if self.service is None:
            return
        entry_id = self.save_now()
        if entry_id is None:
            self.state.setText(
                translate(
                    "journal.entry_actions",
                    "Earlier versions are kept once this entry has some words",
                )
            )
            return
        self.history_dialog = HistoryDialog(self.service, entry_id, self, photo_source=self._photo)
        self.history_dialog.restored.connect(self._restored)
        self.history_dialog.open()

    def _restored(self, entry_id: str) -> None:
        entry = self.service.get_entry(entry_id) if self.service else None
        if entry is None or entry_id != self.entry_id:
            return
        self._fill(entry)
        self._session_fresh, self._loaded_text = False, (entry.title, entry.body)
        self.state.setText(
            translate("journal.entry_actions", "Restored · the text it replaced is kept in History")
        )
        self.saved.emit(entry_id)

    def trash(self) -> None:
        if self.service is None:
            return
        entry_id = self.save_now()
        if entry_id is None:
            return
        self.service.trash(entry_id)
        self.trashed.emit(entry_id)


def _shown(entry: Entry | EntrySummary) -> str:
    """A linked entry's title, or the neutral label if it is heavy (opening it asks first)."""
    return heavy_entry_title() if entry.heavy else entry.display_title


def _esc(text: str) -> str:
    import html

    return html.escape(text)
