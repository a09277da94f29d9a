"""Voice notes on memories: "Voice note…" in the memory dialog records one (held in memory, kept
with the memory on Save, as its photos are), and a voice-note link on the memory's card plays
it. The same recorder and player as the journal's (ui/journal/voice_dialog.py); the sound goes
through services/voice.py only, and never touches the disk in the clear."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services import voice
from innerchild_desktop.ui.journal.voice_dialog import VoiceNotePlayer, VoiceRecorderDialog

if TYPE_CHECKING:
    from innerchild_desktop.services.journal import JournalService

VOICE_SHORTCUT = "Ctrl+Alt+V"  # as in the journal's editor


def record(
    parent: QWidget,
    keep: Callable[[bytes], None],
    *,
    alive: Callable[[], bool] | None = None,
) -> VoiceRecorderDialog:
    """Open the recorder over ``parent``; what the person keeps goes to ``keep`` (PCM, in
    memory). The dialog's Keep button says where it goes."""

    def kept(pcm: bytes) -> str:
        keep(pcm)
        return "kept"

    dialog = VoiceRecorderDialog(kept, alive=alive, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.keep_button.setText(translate("timeline.voice_notes", "&Keep with the memory"))
    dialog.keep_button.setAccessibleName(
        translate("timeline.voice_notes", "Keep with the memory (saved when you save it)")
    )
    dialog.open()
    return dialog


def play(
    parent: QWidget,
    service: JournalService,
    attachment_id: str,
    say: Callable[[str], None],
) -> QDialog | bool:
    """Play the voice note behind a clicked ``attachment:`` link on a memory's card; False if
    it is not one (a sentence through ``say`` if it cannot be played)."""
    if not service.journal.is_open:
        return False
    try:
        decoded = voice.voice_note(service, attachment_id)
    except InnerChildError as err:
        say(str(err))
        return True
    if decoded is None:
        return False
    dialog = VoiceNotePlayer(
        decoded.pcm, decoded.seconds, alive=lambda: service.journal.is_open, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def voices_text(kept: int, new: int) -> str:
    """The line beside "Voice note…": how many are kept with the memory and waiting for Save."""
    parts = []
    if kept:
        parts.append(translate("timeline.voice_notes", "%n kept with it", None, kept))
    if new:
        parts.append(translate("timeline.voice_notes", "%n new (kept when you save)", None, new))
    return "; ".join(parts)
