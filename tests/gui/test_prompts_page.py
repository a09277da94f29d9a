"""The Prompts screen: today's prompt, why it was chosen, write, skip, hide, programs, packs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from innerchild_desktop.domain.entries import EntryKind, NewEntry
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed

PACK = """
[pack]
id = "group-spring"
name = "Spring group"
author = "A. Therapist"
version = "1"

[[prompts]]
id = "group-spring-001"
text = "What did you bring with you to group today, in your body or your thoughts?"
theme = "body"
depth = "gentle"
"""


@pytest.fixture
def prompts_env(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Prompts")
    return window, window.workspace.prompts_page


def test_todays_prompt_with_a_reason_and_write(qtbot, prompts_env):
    window, page = prompts_env
    assert page.offer is not None and page.text.text() == page.offer.text
    assert page.why.text() and page.text.toolTip() == page.offer.why
    assert unnamed(page) == []
    offer = page.offer
    page.write_button.click()
    editor = window.workspace.journal_page.editor
    assert window.workspace.stack.currentWidget() is window.workspace.journal_page
    assert offer.text in editor.prompt_label.text()
    qtbot.keyClicks(editor.body, "An answer.")
    entry = window.context.service.get_entry(editor.flush())
    assert entry.kind is EntryKind.PROMPT and entry.prompt_id == offer.prompt_id


def test_another_skip_and_hide_change_the_prompt(qtbot, prompts_env):
    window, page = prompts_env
    first = page.offer.prompt_id
    page.another_button.click()
    second = page.offer.prompt_id
    assert second != first
    page.hide_button.click()
    state = PromptService(window.context.journal).state(date.today())
    assert second in state.settings.hidden and page.offer.prompt_id != second


def _colours(widget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 2)
    }


@pytest.mark.parametrize("dark", [False, True])
def test_the_prompt_is_shown_in_full_contrast(qtbot, prompts_env, dark):
    from PySide6.QtGui import QPalette

    from innerchild_desktop.ui.theme import apply_theme

    _window, page = prompts_env
    try:
        apply_theme(QApplication.instance(), dark=dark)
        text = QApplication.palette().color(QPalette.ColorRole.Text).name()
        muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
        assert page.text.palette().color(page.text.foregroundRole()).name() == text
        shown = _colours(page.text)
        assert text in shown and muted not in shown  # the glyphs' cores: text, never muted
        assert page.text.font().pointSizeF() > QApplication.font().pointSizeF()  # still large
    finally:
        apply_theme(QApplication.instance(), dark=False)


def test_never_show_this_is_quiet_and_can_be_undone(qtbot, prompts_env):
    window, page = prompts_env
    # Quieter than "Another one": no frame or fill of its own, only its words on the card.
    card = page.hide_button.parentWidget()
    image = card.grab().toImage()

    def edge_and_card(button) -> tuple[str, str]:
        top = button.mapTo(card, button.rect().topLeft())
        x = top.x() + button.width() // 2
        return image.pixelColor(x, top.y()).name(), image.pixelColor(x, top.y() - 3).name()

    edge, around = edge_and_card(page.another_button)
    assert edge != around  # a framed button
    edge, around = edge_and_card(page.hide_button)
    assert edge == around  # just words
    hidden = page.offer
    page.hide_button.click()
    prompts = PromptService(window.context.journal)
    assert hidden.prompt_id in prompts.state(date.today()).settings.hidden
    assert page.offer.prompt_id != hidden.prompt_id
    assert page.hide_undo.isVisibleTo(page) and "won't see" in page.hide_undo.text.text()
    assert page.hide_undo.undo_button.hasFocus()  # Space or Enter takes it back
    assert unnamed(page) == []
    page.hide_undo.undo_button.click()
    assert hidden.prompt_id not in prompts.state(date.today()).settings.hidden
    assert page.offer.prompt_id == hidden.prompt_id and page.text.text() == hidden.text
    assert not page.hide_undo.isVisibleTo(page)
    page.hide_button.click()  # and by keyboard: Ctrl+Z on the page
    qtbot.keyClick(page.hide_undo.undo_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert hidden.prompt_id not in prompts.state(date.today()).settings.hidden
    assert page.offer.prompt_id == hidden.prompt_id


def test_a_hard_day_keeps_prompts_gentle_and_offers_breathing(qtbot, prompts_env):
    window, page = prompts_env
    JournalService(window.context.journal).add_entry(NewEntry(title="hard", distress=8))
    page.depth_box.setCurrentIndex(2)  # even with deep prompts allowed
    page._save_filters()
    for _ in range(5):
        assert page.offer.depth.value == "gentle" and page.offer.suggest_soothing
        assert page.soothe_hint.isVisibleTo(page)
        page.another_button.click()


def test_programs_advance_by_steps_done_never_by_the_calendar(qtbot, prompts_env):
    window, page = prompts_env
    program = PromptService(window.context.journal).library().programs[0]
    page._program(program, "start")
    page.today = lambda: date(2030, 1, 1)  # years later: still step 1, no failure
    page._fill_programs()
    texts = " ".join(w.text() for w in page.findChildren(type(page.why)))
    assert "step 1 of" in texts and "whenever you're ready" in texts
    page._program(program, "done")
    texts = " ".join(w.text() for w in page.findChildren(type(page.why)))
    assert "step 2 of" in texts


def test_packs_import_once_and_bad_packs_say_where(qtbot, prompts_env, tmp_path):
    window, page = prompts_env
    good = tmp_path / "spring.toml"
    good.write_text(PACK)
    # "1 prompt." once the English plural forms of the catalogue carry this message
    assert page.import_pack(good).startswith("Imported “Spring group”: 1 prompt")
    page.import_pack(good)  # importing again replaces, never duplicates
    assert PromptService(window.context.journal).packs() == [
        ("group-spring", "Spring group", "A. Therapist")
    ]
    lib = PromptService(window.context.journal).library()
    assert lib.prompt("group-spring-001") is not None
    page.remove_pack("group-spring")
    assert PromptService(window.context.journal).packs() == []
    assert PromptService(window.context.journal).library().prompt("group-spring-001") is None
    bad = tmp_path / "bad.toml"
    bad.write_text(PACK.replace('depth = "gentle"', 'depth = "very deep"'))
    message = page.import_pack(bad)
    assert "bad.toml" in message and "line" in message and "depth" in message


def test_my_own_prompts_and_favourites(qtbot, prompts_env):
    window, page = prompts_env
    kept = page.offer
    page.favourite_button.click()
    assert kept.text in page.mine.text()
    page.add_own_prompt("What would make tonight a little softer?", "reparenting")
    assert "Mine: What would make tonight a little softer?" in page.mine.text()
    own = PromptService(window.context.journal).user_prompts()
    assert [p.theme for p in own] == ["reparenting"]
    page.theme.setCurrentIndex(page.theme.findData("reparenting"))
    page._save_filters()
    seen = {page.offer.prompt_id}
    for _ in range(30):  # it joins the pool that "another" draws from (21 in this theme)
        page.another_button.click()
        if page.offer is None:
            break
        seen.add(page.offer.prompt_id)
    assert own[0].id in seen


def test_memory_aware_prompt_never_uses_a_heavy_memory(qtbot, prompts_env):
    from innerchild_desktop.store.memories import linked_entries

    window, page = prompts_env
    journal = window.context.journal
    timeline = window.context.timeline
    timeline.add_memory("The shouting", "age 9", heavy=True)
    page.load(window.context.service)
    assert page.memory_offer is None  # only a heavy memory: no memory prompt at all
    kind_id = timeline.add_memory("The blue bicycle", "around 7")
    page.load(window.context.service)
    assert page.memory_offer is not None
    if page.memory_offer.content_note:  # the note first, the question when asked for
        assert page.memory_offer.content_note in page.memory_text.text()
        assert not page.memory_write.isVisibleTo(page)
        page.memory_row.reveal.click()
    assert "The blue bicycle" in page.memory_text.text()
    assert "shouting" not in page.memory_text.text().lower()
    page.memory_write.click()
    editor = window.workspace.journal_page.editor
    assert editor.entry_id in linked_entries(journal.conn, kind_id)


def test_a_new_journal_starts_gentle_only(qtbot, prompts_env):
    _, page = prompts_env
    assert page.depth_box.currentData() is Depth.GENTLE
    assert page.depth_box.currentText() == "Gentle only"
    assert page.offer.depth is Depth.GENTLE
    assert not page.invitation.isVisibleTo(page)  # nothing answered yet: no nudge


def test_the_invitation_to_go_deeper_appears_and_can_be_dismissed(qtbot, prompts_env):
    window, page = prompts_env
    for _ in range(3):  # a few answered prompts
        page.write_button.click()
        window.workspace.show_page("Prompts")
        page.another_button.click()
    assert page.invitation.isVisibleTo(page)
    text = page.invitation.text.text()
    assert "When you feel ready" in text and "3" not in text  # kind, and never a count
    assert unnamed(page) == []
    page.invitation.show_me.click()
    assert page.depth_box.hasFocus() or page.depth_box is QApplication.focusWidget()
    page.load(window.context.service)
    assert page.invitation.isVisibleTo(page)  # stays until dismissed
    page.invitation.dismiss.click()
    assert not page.invitation.isVisibleTo(page)
    page.load(window.context.service)
    assert not page.invitation.isVisibleTo(page)  # dismissed for good


def test_a_hard_day_offers_nothing_from_the_timeline(qtbot, prompts_env):
    window, page = prompts_env
    window.context.timeline.add_memory("The blue bicycle", "around 7")
    page.load(window.context.service)
    assert page.memory_offer is not None
    PromptService(window.context.journal).mark_overwhelmed(date.today())
    page.load(window.context.service)
    assert page.memory_offer is None and not page.memory_write.isVisibleTo(page)
    assert page.memory_text.text() == ""


def test_a_memory_question_with_a_note_shows_the_note_first(qtbot):
    from innerchild_desktop.domain.prompt_selection import OfferKind
    from innerchild_desktop.ui.prompts.memory_row import MemoryRow

    row = MemoryRow()
    qtbot.addWidget(row)
    row.show()
    offer = Offer(
        "memory-002",
        "Think of “The blue bicycle”. Where would you stand?",
        "safety",
        Depth.REFLECTIVE,
        "About one of the memories you saved.",
        OfferKind.MEMORY,
        content_note="You can stay at the door.",
        memory_id="m-1",
    )
    row.set_offer(offer)
    assert "You can stay at the door." in row.text.text() and "bicycle" not in row.text.text()
    assert row.reveal.isVisible() and not row.write.isVisible()
    row.reveal.click()
    assert "The blue bicycle" in row.text.text() and row.write.isVisible()
    with qtbot.waitSignal(row.write_requested) as sent:
        row.write.click()
    assert sent.args == [offer]
    row.set_offer(None)
    assert row.text.text() == "" and not row.reveal.isVisible() and not row.write.isVisible()


def test_about_credits_the_techniques(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    make_window().show_about()
    for name in ("Capacchione", "Neff", "Artigas", "Jarero", "safe-place"):
        assert name in shown[0]
