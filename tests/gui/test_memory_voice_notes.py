"""A voice note recorded into a memory: from the memory dialog (button or Ctrl+Alt+V), held in
memory until Save, kept with the memory, and played back from the memory's card."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.ui.journal.voice_dialog import VoiceNotePlayer, VoiceRecorderDialog
from innerchild_desktop.ui.timeline import voice_notes
from tests.gui.test_memory_dialog import open_page, the_dialog
from tests.gui.test_voice_notes import READY, FakePlayer, FakeSource, sine


def test_a_voice_note_is_kept_with_a_memory_on_save_and_plays_from_its_card(
    qtbot, journal, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    sources: list[FakeSource] = []

    def fake_recorder(*args, **kwargs):  # type: ignore[no-untyped-def]
        sources.append(FakeSource())
        return VoiceRecorderDialog(
            *args, status=READY, source=sources[-1], player=FakePlayer(), **kwargs
        )

    monkeypatch.setattr(voice_notes, "VoiceRecorderDialog", fake_recorder)
    page = open_page(qtbot, journal)
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    assert dialog.voice_button.accessibleName() and not dialog.voice_button.autoDefault()
    dialog.voice_button.click()
    recorder = dialog.findChild(VoiceRecorderDialog)
    assert recorder is not None and recorder.isVisible()
    assert recorder.keep_button.text() == "&Keep with the memory"
    recorder.record_button.click()
    sources[-1].chunk.emit(sine(1.5))
    recorder.keep_button.click()
    qtbot.waitUntil(lambda: not recorder.isVisible())
    assert dialog.voice_text.text() == "1 new (kept when you save)"
    assert journal.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0

    dialog.title.setText("The blue bicycle")
    dialog.when.setText("around 7")
    assert dialog.save()
    timeline = TimelineService(journal)
    memory_id = timeline.timeline()[0].id
    notes = timeline.voice_notes(memory_id)
    assert [length for _, length in notes] == ["0:01"] and timeline.photo_ids(memory_id) == []
    assert "▶ Voice note 0:01" in page.card.toPlainText()

    page.card.anchorClicked.emit(QUrl(f"attachment:{notes[0][0]}"))
    player = page.findChild(VoiceNotePlayer)
    assert player is not None and player.isVisible()
    player.reject()

    # Editing it again: the note is counted; Ctrl+Alt+V opens the recorder from the keyboard.
    page.edit_memory()
    again = the_dialog(qtbot, page)
    assert again.voice_text.text() == "1 kept with it"
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(
        again, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: again.findChild(VoiceRecorderDialog) is not None)
    recorder = again.findChild(VoiceRecorderDialog)
    recorder.record_button.click()
    sources[-1].chunk.emit(sine(0.5))
    recorder.keep_button.click()
    assert again.save()
    assert len(timeline.voice_notes(memory_id)) == 2


def test_the_recorder_with_no_microphone_says_why(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, journal)
    page.add_memory()
    dialog = the_dialog(qtbot, page)
    recorder = dialog.record_voice()
    assert isinstance(recorder, VoiceRecorderDialog)
    if not recorder.status.can_record:
        assert not recorder.record_button.isEnabled() and recorder.note.text()
    recorder.reject()
