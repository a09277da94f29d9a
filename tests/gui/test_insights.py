"""What helps me: names and plain words, own notes as plain text, numbers on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.library import load_exercises as load_library
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.sessions import SessionRecord, insert_session
from innerchild_desktop.ui.soothe.insights import EMPTY, InsightsPanel
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed


def session(exercise, day, before=None, after=None, note=""):  # type: ignore[no-untyped-def]
    return SessionRecord(
        exercise, f"2026-11-{day:02d}T09:00:00+00:00", None, True, before, after, note
    )


def open_soothe(qtbot, make_window, paths, sessions):  # type: ignore[no-untyped-def]
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal, journal.transaction() as conn:
        for s in sessions:
            insert_session(conn, s)
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Soothe")  # pages load when first shown
    return window, window.workspace.soothe_page


def shown_texts(panel: InsightsPanel) -> list[str]:
    return [w.text() for w in panel.findChildren(QLabel) if w.isVisibleTo(panel) and w.text()]


def test_names_plain_words_and_own_words_numbers_only_on_request(qtbot, make_window, paths):
    library = load_library()
    exhale, ground = library.get("extended-exhale").name, library.get("grounding-54321").name
    window, page = open_soothe(
        qtbot,
        make_window,
        paths,
        [
            session("extended-exhale", 20, 8, 5),
            session("extended-exhale", 22, 7, 4, "Slower out-breath helped"),
            session("grounding-54321", 21, 5, 5, "<b>The window</b> & the rain"),
            session("box", 23, None, 4, "Counting the sides"),  # one rating only: no words
        ],
    )
    panel = page.insights
    texts = shown_texts(panel)
    assert exhale in texts and "often much calmer after" in texts
    assert ground in texts and "about the same" in texts
    rows = [w.text() for w in panel.helped_rows.findChildren(QLabel) if w.isVisibleTo(panel)]
    assert rows == [exhale, "often much calmer after", ground, "about the same"]
    # (box has one rating only: nothing is said about how it leaves you)
    assert all(n not in " ".join(texts) for n in ("extended-exhale", "grounding-54321"))
    # Nothing that counts sessions over time or says "you didn't".
    lowered = " ".join(texts).lower()
    assert not any(word in lowered for word in ("week", "streak", "didn't", "sessions", "rated"))
    assert not any("on average" in t for t in texts)  # numbers only when asked for

    # Their own words: newest first, with the date, as plain text (never rich text).
    assert "What helped, in your own words" in texts
    words = [t for t in texts if t in {"Counting the sides", "Slower out-breath helped"}]
    assert words == ["Counting the sides", "Slower out-breath helped"]
    marked_up = next(w for w in panel.findChildren(QLabel) if "The window" in w.text())
    assert marked_up.text() == "<b>The window</b> & the rain"
    assert marked_up.textFormat() == Qt.TextFormat.PlainText
    assert f"23 Nov 2026 · {library.get('box').name}" in texts

    panel.show_numbers.setFocus()
    qtbot.keyClick(panel.show_numbers, Qt.Key.Key_Space)  # reachable and usable by keyboard
    texts = shown_texts(panel)
    assert "3.0 lower on average (0–10), from 2 ratings" in texts
    assert "no change on average, from 1 rating" in texts
    assert "3.0 lower" in panel.helped_rows.accessibleDescription()
    assert unnamed(panel) == []

    page._delete_history(confirm=False)
    assert shown_texts(panel)[-1] == EMPTY
    window.lock()
    assert not panel.show_numbers.isChecked()  # numbers are asked for afresh each time


def test_empty_state_is_one_kind_sentence(qtbot):
    panel = InsightsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert shown_texts(panel) == ["What helps me", EMPTY]
    assert not panel.delete_button.isVisible()


def test_sessions_without_ratings_or_notes_invite_gently(qtbot, make_window, paths):
    window, page = open_soothe(qtbot, make_window, paths, [session("box", 20)])
    texts = shown_texts(page.insights)
    assert EMPTY not in texts
    assert any(t.startswith("If you like, note how you feel") for t in texts)
    assert page.insights.delete_button.isVisible()
    window.lock()  # locking forgets what was shown
    assert shown_texts(page.insights) == ["What helps me", EMPTY]
