from __future__ import annotations

from PySide6.QtCore import Qt

from innerchild_desktop.store import vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed


def test_safety_plan_locked_and_unlocked(qtbot, make_window, paths):
    vault.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)[0].close()
    window = make_window()
    qtbot.mouseClick(window.lock_screen.safety_button, Qt.MouseButton.LeftButton)
    locked = window.safety_dialog
    texts = " ".join(w.text() for w in locked.findChildren(type(window.status)))
    assert "988" in texts and "116 123" in texts and "check" in texts.lower()
    assert locked.editors == {}  # nothing editable or personal while locked
    locked.close()

    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.open_safety_plan()
    dialog = window.safety_dialog
    assert unnamed(dialog) == []
    qtbot.keyClicks(dialog.editors["coping_steps"], "Cold water on my face")
    qtbot.keyClicks(dialog.editors["people"], "Sam 07700 900123")
    dialog.show_locked["coping_steps"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.plan.coping_steps == ("Cold water on my face",),
                    timeout=3_000)
    window.lock()  # closes the editable plan
    assert not dialog.isVisible()
    window.open_safety_plan()
    again = window.safety_dialog
    texts = " ".join(w.text() for w in again.findChildren(type(window.status)))
    assert "Cold water on my face" in texts
    assert "Sam 07700" not in texts  # personal contacts stay inside the journal
