"""The setup screen's "Try a sample journal": a separate, throwaway journal; the person's own
location is never touched, and closing the sample brings back its setup screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from innerchild_desktop.services.demo import SAMPLE_TAG


def test_try_a_sample_journal_and_close_it_again(qtbot, make_window, paths, request):
    window = make_window()
    request.addfinalizer(window.lock)  # never leave a sample folder behind if a check fails
    setup = window.setup
    assert window.stack.currentWidget() is setup
    button = setup.sample_button
    assert button.isVisible() and button.accessibleName() == "Try a sample journal"
    assert button.accessibleDescription()
    qtbot.keyClicks(setup.passphrase, "half a passphrase")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=20_000)

    assert window.stack.currentWidget() is window.workspace
    sample = window.sample.sample
    assert sample is not None and sample.root.is_dir()
    assert sample.root.stat().st_mode & 0o077 == 0  # a private folder
    assert window.context.paths.root.is_relative_to(sample.root)
    assert not paths.root.exists()  # the person's own location: untouched
    assert not sample.paths.database.read_bytes().startswith(b"SQLite format 3")  # encrypted
    rows = window.context.service.list_entries(limit=500)
    assert rows and all(SAMPLE_TAG in r.tags for r in rows)
    assert window.sample.banner.isVisible() and "sample" in window.sample.note.text()
    assert setup.passphrase.text() == ""  # a half-typed passphrase is not kept meanwhile

    qtbot.mouseClick(window.sample.close_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is setup  # back to setting up the real, empty place
    assert window.context.paths == paths and not window.context.unlocked
    assert not sample.root.exists()  # the sample is gone
    assert not paths.root.exists()
    assert not window.sample.banner.isVisible()


def test_the_sample_opens_by_keyboard_and_locking_ends_it(qtbot, make_window, paths, request):
    window = make_window()
    request.addfinalizer(window.lock)
    button = window.setup.sample_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=20_000)
    root = window.sample.sample.root
    window.lock_action.trigger()  # Ctrl+L (and auto-lock, and quitting) close the sample too
    assert not root.exists()
    assert window.stack.currentWidget() is window.setup
    assert not paths.root.exists()
    # The setup screen still creates the person's own journal where it belongs.
    window.setup.passphrase.setText("correct horse battery staple")
    window.setup.confirm.setText("correct horse battery staple")
    qtbot.mouseClick(window.setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.setup.currentIndex() == 1, timeout=10_000)
    assert paths.database.exists()
    assert window.context.service.count() == 0  # nothing of the sample came along


def test_a_sample_a_crash_left_behind_is_deleted_at_the_next_start(
    make_window, tmp_path, monkeypatch
):
    import os
    import tempfile

    from innerchild_desktop.services.demo import SAMPLE_PREFIX

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    crashed = tmp_path / (SAMPLE_PREFIX + "x1y2z3")
    (crashed / "journal").mkdir(parents=True)
    (crashed / "journal" / "journal.db").write_bytes(b"ciphertext")
    os.utime(crashed, (0, 0))
    make_window()
    assert not crashed.exists()
