"""Programs that show their step, and a prompt browser: filters, undo keep/hide, forget history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.prompt_browse import DEEPER_LINE, Show
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.prompts import FORGET_WARNING, PromptService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.prompts.browser import BROWSE_SHORTCUT, PromptBrowser
from innerchild_desktop.ui.prompts.browser_model import PromptListModel
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed
from tests.unit.test_prompt_browse import PACK


@pytest.fixture
def env(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Prompts")
    return window, window.workspace.prompts_page


def _buttons(widget, text: str) -> list[QPushButton]:
    return [
        b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(widget)
    ]


def _card(page, name: str) -> QFrame:
    return next(w for w in page.findChildren(QFrame) if w.accessibleName() == name)


def test_a_program_step_shows_its_intro_prompts_and_exercise(qtbot, env):
    window, page = env
    journal = window.context.journal
    program = PromptService(journal).library().program("meeting-your-inner-child")
    page._program(program, "start")
    page._program(program, "done")  # week 2, "Saying hello"
    step = program.steps[1]
    card = _card(page, "This step: Saying hello")
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert step.intro in texts
    first = PromptService(journal).library().prompt(step.prompt_ids[0])
    assert first.text in texts
    assert len(_buttons(card, "Write about this")) == len(step.prompt_ids)
    assert _buttons(card, "Mark this step done") and unnamed(page) == []
    with qtbot.waitSignal(page.exercise_requested) as sent:
        _buttons(card, "Try “Feet, hands, room”")[0].click()
    assert sent.args == ["feet-and-hands"]
    player = window.launcher.player
    assert player is not None and player.isVisible()
    assert "feet-and-hands" in (
        getattr(player, "_offered", None),
        getattr(player.exercise, "id", None),
    )
    player.close()
    _buttons(card, "Write about this")[0].click()
    editor = window.workspace.journal_page.editor
    assert window.workspace.stack.currentWidget() is window.workspace.journal_page
    assert first.text in editor.prompt_label.text()
    qtbot.keyClicks(editor.body, "Hello, little one.")
    entry = window.context.service.get_entry(editor.flush())
    assert entry.kind is EntryKind.PROMPT and entry.prompt_id == first.id


def test_marking_the_step_done_moves_to_the_next_step(qtbot, env):
    window, page = env
    program = PromptService(window.context.journal).library().program("gentle-start")
    page._program(program, "start")
    card = _card(page, "This step: Arriving")
    _buttons(card, "Mark this step done")[0].click()
    names = {w.accessibleName() for w in page.findChildren(QFrame)}
    assert "This step: A safe place" in names and "This step: Arriving" not in names
    new_card = _card(page, "This step: A safe place")
    qtbot.waitUntil(lambda: new_card.isVisible())
    focused = QApplication.focusWidget()  # kept with this program, not lost with the old row
    assert focused is not None and new_card.isAncestorOf(focused), focused.text()
    assert focused.text() == "Write about this"


@pytest.fixture
def browser(qtbot, env, tmp_path):
    window, page = env
    pack = tmp_path / "spring.toml"
    pack.write_text(PACK)
    page.import_pack(pack)
    page.load(window.context.service)
    page.browse_button.click()
    dialog = page.browser
    assert isinstance(dialog, PromptBrowser) and dialog.isVisible()
    return window, page, dialog


def _shown_ids(dialog) -> list[str]:
    return [p.id for p in dialog.model.prompts]


def _choose(box, value) -> None:
    index = box.findData(value.value if isinstance(value, Show) else value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_the_browser_filters_by_theme_depth_pack_and_search(qtbot, browser):
    _, _, dialog = browser
    assert unnamed(dialog) == []
    # The journal's own setting: nothing deeper.
    assert dialog.depth_box.currentData() is Depth.GENTLE
    assert {p.depth for p in dialog.model.prompts} == {Depth.GENTLE}
    _choose(dialog.theme, "safety")
    assert dialog.model.prompts and {p.theme for p in dialog.model.prompts} == {"safety"}
    _choose(dialog.theme, None)
    _choose(dialog.depth_box, Depth.REFLECTIVE)
    assert Depth.REFLECTIVE in {p.depth for p in dialog.model.prompts}
    _choose(dialog.pack, "group-spring")
    assert _shown_ids(dialog) == ["group-spring-003", "group-spring-001", "group-spring-002"]
    _choose(dialog.pack, None)
    _choose(dialog.show_box, Show.GROUP)  # in the pack's own order, never shuffled
    assert _shown_ids(dialog) == ["group-spring-003", "group-spring-001", "group-spring-002"]
    _choose(dialog.show_box, Show.ALL)
    qtbot.keyClicks(dialog.search, "song from group")  # filters as you type
    assert _shown_ids(dialog) == ["group-spring-003"]
    assert dialog.detail.text() == "Which song from group stayed with you this week?"
    dialog.search.clear()
    _choose(dialog.show_box, Show.FAVOURITES)
    assert _shown_ids(dialog) == [] and "☆" in dialog.detail.text()


def test_keyboard_only_search_enter_writes(qtbot, browser):
    window, page, dialog = browser
    qtbot.keyClicks(dialog.search, "song from group")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.view.hasFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.browser is None)
    editor = window.workspace.journal_page.editor
    assert "Which song from group" in editor.prompt_label.text()
    state = PromptService(window.context.journal).state(date.today())
    assert "group-spring-003" in {a.prompt_id for a in state.answered}


def test_keyboard_tab_reaches_filters_list_and_actions(qtbot, browser):
    _, _, dialog = browser
    dialog.search.setFocus()
    seen = set()
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget().accessibleName())
    assert {"Show", "Theme", "Depth", "Pack", "Prompts", "Write about this", "Keep"} <= seen
    assert "Forget my prompt history…" in seen


def test_a_noted_prompt_shows_its_note_first(qtbot, browser):
    _, page, dialog = browser
    _choose(dialog.depth_box, Depth.DEEP)
    dialog.search.setText("")
    noted = next(p for p in dialog.model.prompts if p.content_note)
    row = dialog.model.row_of(noted.id)
    index = dialog.model.index(row, 0)
    dialog.view.setCurrentIndex(index)
    assert noted.content_note in dialog.detail.text() and noted.text not in dialog.detail.text()
    assert noted.text not in dialog.model.data(index)
    assert not dialog.write_button.isEnabled() and dialog.reveal_button.isVisible()
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # first Enter: the words
    assert dialog.detail.text() == noted.text and dialog.write_button.isEnabled()
    assert page.browser is dialog  # still open: writing is a second, separate choice
    deep = next(p for p in dialog.model.prompts if p.depth is Depth.DEEP)
    assert deep.text not in dialog.model.data(dialog.model.index(dialog.model.row_of(deep.id), 0))


def test_a_deep_prompt_without_a_note_is_not_pushed(qtbot, browser):
    window, _, dialog = browser
    mine = PromptService(window.context.journal).add_user_prompt(
        "A deep question of my own", "needs", Depth.DEEP
    )
    _choose(dialog.show_box, Show.MINE)
    assert _shown_ids(dialog) == []  # gentle only, as the journal is set
    _choose(dialog.depth_box, Depth.DEEP)
    assert _shown_ids(dialog) == [mine]
    assert dialog.detail.text() == DEEPER_LINE and dialog.reveal_button.isVisibleTo(dialog)
    dialog.reveal_button.click()
    assert dialog.detail.text() == "A deep question of my own"


def test_keep_and_hide_can_be_undone(qtbot, browser):
    window, page, dialog = browser
    journal = window.context.journal
    first = dialog.current()
    dialog.keep_button.click()
    assert first.id in PromptService(journal).flags(date.today()).favourites
    assert dialog.keep_button.text() == "★ Stop keeping" and first.text in page.mine.text()
    dialog.keep_button.click()  # un-keep
    assert first.id not in PromptService(journal).flags(date.today()).favourites
    dialog.hide_button.click()
    assert first.id in PromptService(journal).flags(date.today()).hidden
    assert first.id not in _shown_ids(dialog) and dialog.current() is not None  # the next one
    _choose(dialog.show_box, Show.HIDDEN)
    assert _shown_ids(dialog) == [first.id] and dialog.hide_button.text() == "Show again"
    dialog.hide_button.click()
    assert first.id not in PromptService(journal).flags(date.today()).hidden
    assert _shown_ids(dialog) == []


def test_forget_history_asks_first_and_keeps_entries(qtbot, browser):
    window, page, dialog = browser
    journal = window.context.journal
    page.write_button.click()  # an answered prompt and an entry
    editor = window.workspace.journal_page.editor
    qtbot.keyClicks(editor.body, "An answer.")
    entry_id = editor.flush()
    assert entry_id and window.context.service.count() == 1
    assert PromptService(journal).history_count() > 0
    dialog.confirm_forget = lambda: False
    dialog.forget_button.click()
    assert PromptService(journal).history_count() > 0  # "Keep it": nothing changed
    dialog.confirm_forget = lambda: True
    dialog.forget_button.click()
    assert PromptService(journal).history_count() == 0
    assert "Your entries are all still here" in dialog.detail.text()
    entry = window.context.service.get_entry(entry_id)  # the entry and its link stay
    assert entry is not None and entry.prompt_id is not None
    assert window.context.service.count() == 1


def test_the_forget_question_says_what_it_does(qtbot, browser, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _, _, dialog = browser
    asked: list[str] = []

    def fake_exec(box):  # answers "Keep it", the default
        asked.append(box.text())
        asked.append(box.defaultButton().text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialog.forget_history() is False
    assert asked == [FORGET_WARNING, "Keep it"]
    assert "Your entries stay." in asked[0]


def test_the_shortcut_opens_the_browser_and_locking_closes_it(qtbot, env):
    window, page = env
    assert BROWSE_SHORTCUT in page.browse_button.toolTip()
    page.theme.setFocus()
    qtbot.keyClick(
        page.theme,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.browser is not None and page.browser.isVisible())
    dialog = page.browser
    window.lock()
    assert page.browser is None and not dialog.isVisible()


def test_prompt_list_model_passes_the_model_tester(qtmodeltester, browser):
    _, _, dialog = browser
    qtmodeltester.check(dialog.model)
    assert isinstance(dialog.model, PromptListModel)
