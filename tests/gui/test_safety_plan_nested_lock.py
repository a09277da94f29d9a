"""Issue 15.4: a deeply nested locked-view file never stops "My safety plan" opening when locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store import safety_plan_file
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE
from tests.gui.test_safety_plan_gui import EVERY_LINE, line_order, shown_text


@pytest.mark.parametrize(
    "content",
    [b"[" * 300_000, b'{"region": "uk", "reasons": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"],
    ids=["unclosed", "nested-reasons"],
)
def test_my_safety_plan_opens_from_the_lock_screen_whatever_the_nesting(
    qtbot, make_window, paths, content
):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    safety_plan_file.path_in(paths.root).write_bytes(content)
    window = make_window()
    qtbot.mouseClick(window.lock_screen.safety_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.safety_dialog is not None and window.safety_dialog.isVisible())
    dialog = window.safety_dialog
    assert line_order(dialog) == EVERY_LINE
    assert "If you might be in danger" in shown_text(dialog)
