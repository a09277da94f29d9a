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
    qtbot.waitUntil(lambda: dialog.plan.coping_steps == ("Cold water on my face",), timeout=3_000)
    window.lock()  # closes the editable plan
    assert not dialog.isVisible()
    window.open_safety_plan()
    again = window.safety_dialog
    texts = " ".join(w.text() for w in again.findChildren(type(window.status)))
    assert "Cold water on my face" in texts
    assert "Sam 07700" not in texts  # personal contacts stay inside the journal


def test_insights_show_what_helped_and_history_can_be_deleted(qtbot, make_window, paths):
    from innerchild_desktop.store.sessions import SessionRecord, insert_session

    journal, _ = vault.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    with journal, journal.transaction() as conn:
        insert_session(
            conn, SessionRecord("extended-exhale", "2026-11-20T09:00:00+00:00", None, True, 8, 5)
        )
        insert_session(conn, SessionRecord("box", "2026-11-21T09:00:00+00:00", None, False))
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Soothe")  # pages load when first shown
    page = window.workspace.soothe_page
    description = page.insights.changes.accessibleDescription()
    assert "Extended exhale: distress eased by 3.0 on average (1 rated)" in description
    assert "Box: 1 sessions, not rated" in description
    assert sum(page.insights.weeks.counts) >= 0
    page._delete_history(confirm=False)
    assert page.insights.changes.rows == []
    window.lock()
    assert page.insights.changes.rows == []


def test_crisis_lines_can_be_hidden_and_added(qtbot, make_window, paths):
    vault.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)[0].close()
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    qtbot.mouseClick(window.workspace.overwhelmed_button, Qt.MouseButton.LeftButton)
    assert window._soothe_windows[-1].exercise.id == "extended-exhale"
    window.open_safety_plan()
    dialog = window.safety_dialog
    dialog.hide_checks["au-lifeline"].setChecked(True)
    qtbot.keyClicks(dialog.own_lines, "My GP out of hours: 0300 000 000")
    dialog.show_locked["own_lines"].setChecked(True)  # off unless chosen
    dialog.close()
    window.lock()
    window.open_safety_plan()
    texts = " ".join(w.text() for w in window.safety_dialog.findChildren(type(window.status)))
    assert "13 11 14" not in texts and "0300 000 000" in texts and "116 123" in texts
