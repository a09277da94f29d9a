"""The editor's voice notes: "Voice note…" in More records one into the entry; a voice-note
link clicked in the preview opens the player. The sound goes through services/voice.py only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services import voice
from innerchild_desktop.ui.journal.voice_dialog import VoiceNotePlayer, VoiceRecorderDialog

if TYPE_CHECKING:
    from innerchild_desktop.ui.journal.editor_parts import EditorWidget

VOICE_SHORTCUT = "Ctrl+Alt+V"


def record_voice_note(editor: EditorWidget) -> QDialog | None:
    """Open the recorder; what is kept goes in as ``[▶ voice note 2:14](attachment:…)``."""
    service = editor.service
    if service is None:
        return None
    if editor.entry_id is None:  # a note needs an entry to belong to, as photos do
        editor._dirty = True
        if not editor.title.text():
            editor.title.setText(translate("journal.voice_actions", "Voice note"))
        editor.save_now()
    entry_id = editor.entry_id
    if entry_id is None:
        return None

    def keep(pcm: bytes) -> str:
        return voice.keep_voice_note(service, pcm, entry_id=entry_id).link

    dialog = VoiceRecorderDialog(
        keep,
        alive=lambda: service.journal.is_open,
        keep_awake=lambda: keep_awake(editor),
        parent=editor,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.link:
            editor.body.insert_at_cursor(f"\n{dialog.link}\n")

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def open_voice_note(editor: EditorWidget, attachment_id: str) -> QDialog | bool:
    """Play the voice note behind a clicked ``attachment:`` link; False if it is not one."""
    service = editor.service
    if service is None or not service.journal.is_open:
        return False
    try:
        decoded = voice.voice_note(service, attachment_id)
    except InnerChildError as err:
        editor.message.emit(str(err))
        return True
    if decoded is None:
        return False
    dialog = VoiceNotePlayer(
        decoded.pcm, decoded.seconds, alive=lambda: service.journal.is_open, parent=editor
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def keep_awake(editor: EditorWidget) -> None:
    """While someone speaks, the keyboard and mouse are still: restart the auto-lock countdown
    (the window's IdleWatcher), as input would. Recording itself stops at its limit."""
    window = editor.window()
    idle = getattr(window, "idle", None)
    context = getattr(window, "context", None)
    if idle is None or context is None or not context.unlocked:
        return
    if getattr(window, "_renewing_key", False):
        return
    idle.start()
