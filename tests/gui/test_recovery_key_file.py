"""Saving the recovery key as a file: owner-only, replaced whole, a problem said in words."""

from __future__ import annotations

import stat
from pathlib import Path

from innerchild_desktop.ui.new_key_ui import NewKeyPanel

KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


def _panel(qtbot) -> NewKeyPanel:  # type: ignore[no-untyped-def]
    panel = NewKeyPanel()
    qtbot.addWidget(panel)
    panel.show_key(KEY)
    return panel


def test_the_key_replaces_an_older_file_whole_and_owner_only(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved = tmp_path / "key.txt"
    saved.write_text("an older, longer key file " * 20)
    panel = _panel(qtbot)
    panel.save_key_to(saved)
    text = saved.read_text()
    assert KEY in text and "older" not in text
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.txt"]  # no scratch left
    assert panel.saved_note.text() == "Saved to key.txt."


def test_a_place_that_cannot_be_written_is_a_sentence_not_a_crash(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot)
    target = tmp_path / ("n" * 300)  # longer than any file system allows, even for root
    panel.save_key_to(target)
    note = panel.saved_note.text()
    assert "cannot write" in note and "too long" in note and "choose another place" in note
    assert list(tmp_path.iterdir()) == []
