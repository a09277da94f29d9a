"""Setup, unlock, wrong passphrase, locking and auto-lock, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE

SECRET_TITLE = "A very private title"


def make_journal(paths, entries: int = 3) -> None:
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        for i in range(entries):
            service.add_entry(NewEntry(title=f"{SECRET_TITLE} {i}", body="words"))


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    qtbot.keyClicks(window.lock_screen.passphrase, passphrase)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)


def test_first_run_setup_creates_journal_and_shows_recovery_key(qtbot, make_window, paths):
    window = make_window()
    setup = window.setup
    assert window.stack.currentWidget() is setup
    qtbot.keyClicks(setup.passphrase, "short")
    assert not setup.create_button.isEnabled()
    assert "at least 8" in setup.error.text()
    setup.passphrase.clear()
    qtbot.keyClicks(setup.passphrase, "correct horse battery staple")
    qtbot.keyClicks(setup.confirm, "correct horse battery stapl")
    assert not setup.create_button.isEnabled()
    assert "not the same" in setup.error.text()
    qtbot.keyClicks(setup.confirm, "e")
    assert setup.create_button.isEnabled()
    assert setup.meter.value() >= 3
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.currentIndex() == 1, timeout=10_000)
    key_text = setup.key_label.text().replace("\n", "")
    assert key_text.startswith("IC1-")
    assert setup.passphrase.text() == ""  # the passphrase is not kept in the widget
    assert not setup.continue_button.isEnabled()
    saved = paths.root.parent / "key.txt"
    setup.save_key_to(saved)
    assert key_text in saved.read_text() and saved.stat().st_mode & 0o077 == 0
    setup.confirm_kept.setChecked(True)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.first_run  # the optional welcome
    qtbot.mouseClick(window.first_run.skip_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert setup.key_label.text() == ""
    window.lock()
    AccessService(paths).open_with_recovery_key(key_text).close()


def test_unlock_wrong_then_right(qtbot, make_window, paths):
    make_journal(paths)
    window = make_window()
    assert window.stack.currentWidget() is window.lock_screen
    unlock(qtbot, window, "not my passphrase")
    qtbot.waitUntil(lambda: bool(window.lock_screen.message.text()), timeout=10_000)
    assert "doesn't open" in window.lock_screen.message.text()
    assert window.lock_screen.passphrase.isEnabled()
    window.lock_screen.passphrase.clear()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.journal_page.model.rowCount() == 3
    assert "3 entries" in window.status.text()


def test_lock_shortcut_clears_everything_and_forgets_key(qtbot, make_window, paths):
    make_journal(paths)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    page = window.workspace.journal_page
    page.list.setCurrentIndex(page.model.index(0, 0))
    assert page.editor.title.text().startswith(SECRET_TITLE)
    journal = window.context.journal
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.lock_screen
    assert not window.context.unlocked and window.context.journal is None
    assert not journal.is_open and bytes(journal._master_key) == bytes(32)
    assert page.model.rowCount() == 0
    assert page.editor.title.text() == "" and page.editor.body.toPlainText() == ""
    assert page.results.rowCount() == 0 and page.day_model.rowCount() == 0
    assert window.lock_screen.passphrase.text() == ""
    assert SECRET_TITLE not in window.windowTitle()
    # the journal can be opened by another process now: the lock was released
    AccessService(paths).open(PASSPHRASE).close()


def test_auto_lock_after_idle(qtbot, make_window, paths):
    make_journal(paths)
    window = make_window(idle_ms=300)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    qtbot.waitUntil(lambda: not window.context.unlocked, timeout=5_000)
    assert window.stack.currentWidget() is window.lock_screen


def test_activity_postpones_auto_lock(qtbot, make_window, paths):
    from tests.gui.test_idle import FakeClock

    make_journal(paths)
    window = make_window(idle_ms=400)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.idle.clock = clock = FakeClock()  # the countdown on a clock the test moves
    window.idle.start()
    for _ in range(4):
        clock.advance(200)
        qtbot.keyClick(window.workspace.journal_page.list, Qt.Key.Key_Down)
        window.idle.check()  # as if the timer woke now
    assert window.context.unlocked  # 800 ms passed, but never 400 ms without input
    clock.advance(400)
    window.idle.check()
    assert not window.context.unlocked


def test_panic_lock_locks_and_minimises(qtbot, make_window, paths):
    make_journal(paths)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.panic_action.trigger()
    assert not window.context.unlocked
    assert window.windowState() & Qt.WindowState.WindowMinimized


def test_overwhelmed_opens_soothing_without_unlocking(qtbot, make_window, paths):
    make_journal(paths)
    window = make_window()
    qtbot.mouseClick(window.lock_screen.overwhelmed_button, Qt.MouseButton.LeftButton)
    player = window._soothe_windows[-1]
    assert isinstance(player, QDialog) and player.isVisible()
    assert not window.context.unlocked
    assert player.exercise.id == "extended-exhale" and player.pages.currentIndex() == 1
    player.stop()  # one action stops
    assert "that's okay" in player.stopped_title.text()
    window.overwhelmed_action.trigger()  # Ctrl+Shift+B works the same
    assert window._soothe_windows[-1].isVisible()
    qtbot.mouseClick(window.lock_screen.far_away_button, Qt.MouseButton.LeftButton)
    grounding = window._soothe_windows[-1]
    assert grounding.exercise.id == "here-and-now" and grounding.pages.currentIndex() == 2


def test_settings_auto_lock_is_stored_encrypted(qtbot, make_window, paths):
    make_journal(paths)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Settings")  # pages load when first shown
    window.workspace.settings_page.auto_lock.setValue(12)
    assert window.idle.timer.interval() == 12 * 60_000
    window.lock()
    with AccessService(paths).open(PASSPHRASE) as journal:
        assert JournalService(journal).setting("auto_lock_minutes") == 12


def test_qsettings_holds_geometry_only(qtbot, make_window, paths):
    make_journal(paths)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.close()
    settings = QSettings()
    import re

    # Geometry, text size, the editor's Details row folded or not, and the exercise choices
    # that must work on the lock screen: never words.
    choices = r"soothe/(pace|reduced_motion|sound|spoken|counts|calm|notes/[a-z0-9-]+)"
    for key in settings.allKeys():
        ui = {"window/geometry", "ui/text_scale", "journal/details_open"}
        assert key in ui or re.fullmatch(choices, key), key
    calm = str(settings.value("soothe/calm", ""))
    assert re.fullmatch(r"([a-z0-9-]+\|[a-z0-9-]*)?", calm), calm  # ids only
    from pathlib import Path

    content = Path(settings.fileName()).read_bytes()
    assert SECRET_TITLE.encode() not in content and PASSPHRASE.encode() not in content


def test_task_callbacks_run_on_the_gui_thread(qtbot, qapp):
    import threading

    runner = TaskRunner()
    seen: dict[str, object] = {}

    class Receiver(QDialog):
        def done(self, value: object) -> None:
            seen["thread"] = threading.current_thread()
            seen["value"] = value

        def failed(self, exc: BaseException) -> None:
            seen["error"] = exc

    receiver = Receiver()
    runner.start(lambda: threading.current_thread().name, receiver.done, receiver.failed)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5_000)
    assert seen["thread"] is threading.main_thread()
    assert seen["value"] != threading.main_thread().name  # the work ran elsewhere
    runner.start(lambda: 1 / 0, receiver.done, receiver.failed)
    qtbot.waitUntil(lambda: "error" in seen, timeout=5_000)
    assert isinstance(seen["error"], ZeroDivisionError)
    assert QApplication.instance() is qapp


def test_forgot_passphrase_uses_the_recovery_key(qtbot, make_window, paths):
    journal, recovery = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    journal.close()
    window = make_window()
    qtbot.mouseClick(window.lock_screen.forgot_button, Qt.MouseButton.LeftButton)
    dialog = window.recover_dialog
    qtbot.keyClicks(dialog.key, "IC1-NOT-A-KEY")
    qtbot.keyClicks(dialog.new, "a whole new passphrase")
    qtbot.keyClicks(dialog.confirm, "a whole new passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "recovery key" in dialog.message.text()
    dialog.key.setText(recovery.lower())
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "new passphrase is set" in window.lock_screen.message.text()
    unlock(qtbot, window, "a whole new passphrase")
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)


def test_text_size_scales_the_whole_ui(qtbot, make_window, paths):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    before = QApplication.instance().font().pointSizeF()
    window.workspace.settings_page.text_size.setValue(140)
    after = QApplication.instance().font().pointSizeF()
    assert after == pytest.approx(before * 1.4, rel=0.05)
    window.workspace.settings_page.text_size.setValue(100)


def test_a_read_only_journal_is_refused_at_unlock_in_a_sentence(
    qtbot, make_window, paths, monkeypatch
):
    """Issue 15 (minor a): the window saves as you write, so it says why it cannot open."""
    make_journal(paths)
    paths.lock.unlink(missing_ok=True)
    monkeypatch.setattr(vault, "_folder_writable", lambda folder: False)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.lock_screen.message.text()), timeout=10_000)
    message = window.lock_screen.message.text()
    assert "read-only" in message and "report" not in message
    assert not window.context.unlocked and window.stack.currentWidget() is window.lock_screen
    assert window.lock_screen.passphrase.isEnabled()
    assert not paths.lock.exists()
