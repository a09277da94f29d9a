"""When it is hardest: "I feel overwhelmed" and "I feel far away", error-proof by keyboard.

Each test here reproduces a defect found by trying the app as a new user would (three players,
focus on a "0" rating, notes never shown, variants never offered, a hold pattern reopened).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from innerchild_desktop.domain.exercises import ExerciseKind
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.soothe.player import AFTER, BREATHING, INTRO, OWN, SITUATIONS, STEPS
from innerchild_desktop.ui.soothe.prefs import MemoryStore, SoothePrefs
from innerchild_desktop.ui.soothe_entry import PlayerLauncher
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed
from tests.gui.test_player import FakeClock


@pytest.fixture
def prefs() -> SoothePrefs:
    return SoothePrefs(MemoryStore())


@pytest.fixture
def locked_window(make_window, paths, prefs):  # type: ignore[no-untyped-def]
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    window.launcher.prefs = prefs  # a fresh person: nothing remembered yet
    return window


def players(window) -> list:  # type: ignore[no-untyped-def]
    return [w for w in window._soothe_windows if w.isVisible()]


def test_three_requests_open_one_player(qtbot, locked_window):
    window = locked_window
    qtbot.mouseClick(window.lock_screen.overwhelmed_button, Qt.MouseButton.LeftButton)
    first = window._soothe_windows[-1]
    window.overwhelmed_action.trigger()  # Ctrl+Shift+B
    qtbot.mouseClick(window.lock_screen.overwhelmed_button, Qt.MouseButton.LeftButton)
    assert players(window) == [first]
    assert first.pages.currentIndex() == BREATHING  # the breathing was not restarted
    first.close()
    window.overwhelmed_action.trigger()  # closed: the next request opens a fresh one
    assert len(players(window)) == 1 and window._soothe_windows[-1] is not first


def test_a_session_is_saved_once_however_often_it_was_asked_for(qtbot, locked_window):
    window = locked_window
    for _ in range(3):
        window.overwhelmed_action.trigger()
    player = window._soothe_windows[-1]
    player.stop()
    player.close()
    assert len(window.pending_sessions) == 1


def test_focus_is_on_stop_and_enter_never_records_a_rating(qtbot, locked_window):
    window = locked_window
    window.overwhelmed_action.trigger()
    player = window._soothe_windows[-1]
    qtbot.waitExposed(player)
    assert player.focusWidget() is player.breath_stop
    ratings = player.findChildren(QPushButton)
    assert not any(
        b.property("role") == "rating" and b.isVisible() for b in ratings
    )  # never during
    qtbot.keyClick(player.focusWidget(), Qt.Key.Key_Return)  # Enter on the focused Stop
    assert player.pages.currentIndex() == AFTER
    assert player.focusWidget() is player.after_page.back_button
    assert all(b.focusPolicy() == Qt.FocusPolicy.TabFocus for b in player.after.group.buttons())
    assert all(not b.autoDefault() for b in player.after.group.buttons())
    qtbot.keyClick(player.focusWidget(), Qt.Key.Key_Return)  # Enter: Back, not a "0"
    assert not player.isVisible()
    result = window.pending_sessions[-1]
    assert (result.distress_before, result.distress_after) == (None, None)


def test_the_rating_says_what_is_rated_and_is_folded_away(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.offer("physiological-sigh")
    row = player.intro_page.before
    assert not row.body.isVisible()
    row.toggle.click()
    assert row.body.isVisible()
    names = [b.accessibleName() for b in row.group.buttons()]
    assert names[0].startswith("How strong is the feeling right now? 0 = calm, 10 = the most")


def test_overwhelmed_never_opens_holds_a_body_or_a_step_exercise(qtbot, locked_window, prefs):
    window = locked_window
    for last in ("four-seven-eight", "box", "pmr-16", "butterfly-hug", "grounding-54321"):
        prefs.calm = (last, None)
        window.overwhelmed_action.trigger()
        player = window._soothe_windows[-1]
        assert player.exercise.kind is ExerciseKind.BREATHING, last
        assert not player.session.pattern.has_holds, last
        assert player.exercise.id == "extended-exhale"
        player.close()


def test_the_last_calm_choice_and_pace_motion_sound_counts_are_remembered(qtbot, locked_window):
    window = locked_window
    window.overwhelmed_action.trigger()
    player = window._soothe_windows[-1]
    player.show_chooser()
    player.reduced.setChecked(True)
    player.counts.setChecked(True)
    player.sound.setChecked(True)
    player.offer("coherent-breathing")
    player.intro_page.rhythm.setCurrentIndex(player.intro_page.rhythm.findData("bpm-5"))
    player.intro_page.start_button.click()
    player.change_tempo(1.1)  # slower
    player.close()
    window.overwhelmed_action.trigger()
    again = window._soothe_windows[-1]
    assert again is not player
    assert (again.exercise.id, again.variant) == ("coherent-breathing", "bpm-5")
    assert again.reduced.isChecked() and again.counts.isChecked() and again.sound.isChecked()
    assert again.session.pattern.cycle() == pytest.approx(12.0 * 1.1)
    assert again.pacer.show_counts


def test_the_calm_screen_shows_almost_nothing(qtbot, locked_window):
    window = locked_window
    window.overwhelmed_action.trigger()
    player = window._soothe_windows[-1]
    assert not player.breath_title.isVisible() and not player.breath_about.isVisible()
    assert player.pacer.caption() == "Breathe in…"  # counts are off by default
    assert "Small, soft breaths are plenty" in player.soft_line.text()
    assert "stop and breathe normally" in player.soft_line.text()
    primary = [
        b
        for b in player.pages.currentWidget().findChildren(QPushButton)
        if b.isVisible() and b.property("role") != "link"
    ]
    assert sorted(b.text() for b in primary) == ["Pause", "Stop"]
    player.breath_about_button.click()  # "About this exercise": the intro and notes
    assert player.breath_about.isVisible() and "longer out-breath" not in player.soft_line.text()
    assert unnamed(player) == []


@pytest.mark.parametrize(
    ("exercise_id", "expected"),
    [
        ("butterfly-hug", "look around the room"),
        ("four-seven-eight", "light-headed"),
        ("physiological-sigh", "light-headed"),
        ("pmr-short", "injured"),
        ("box", "pregnant"),
    ],
)
def test_each_exercise_shows_its_safety_note_before_it_starts(qtbot, prefs, exercise_id, expected):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.offer(exercise_id)
    assert player.pages.currentIndex() == INTRO
    assert expected in player.intro_page.notes.text()
    assert player.focusWidget() is player.intro_page.start_button


def test_notes_show_three_times_then_behind_about_but_holds_and_the_hug_every_time(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    for _ in range(3):
        player.offer("pmr-short")
        assert player.pages.currentIndex() == INTRO
    player.offer("pmr-short")
    assert player.pages.currentIndex() == STEPS  # straight in now
    player.steps_about_button.click()
    assert "injured" in player.steps_about.text()
    for _ in range(5):
        player.offer("butterfly-hug")
        assert "look around the room" in player.intro_page.notes.text()


def test_variants_are_offered_and_holds_start_at_their_softest(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.offer("four-seven-eight")
    rhythm = player.intro_page.rhythm
    names = [rhythm.itemText(i) for i in range(rhythm.count())]
    assert any("shorter" in n for n in names) and rhythm.currentData() == "shorter"
    player.intro_page.start_button.click()
    assert player.session.pattern.hold_in == pytest.approx(5.25)
    assert player.skip_holds.isVisibleTo(player)
    player.offer("box")
    assert player.intro_page.rhythm.currentData() == "soft"
    player.offer("extended-exhale")
    assert player.intro_page.rhythm.findData("three-seven") > 0


def test_something_else_is_there_on_step_exercises_too(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.start("grounding-54321")
    switch = next(
        b
        for b in player.pages.currentWidget().findChildren(QPushButton)
        if b.text() == "Something else"
    )
    switch.click()
    assert player.pages.currentIndex() == SITUATIONS


def test_far_away_starts_with_orientation_and_then_offers_54321(qtbot, locked_window):
    window = locked_window
    window.far_away_action.trigger()  # Ctrl+Shift+G, also while locked
    player = window._soothe_windows[-1]
    assert player.exercise.id == "here-and-now" and player.pages.currentIndex() == STEPS
    assert "Where am I" in player.step_text.text()
    player.next_button.click()
    assert "Today is" in player.step_text.text() and "{today}" not in player.step_text.text()
    while player.next_button.text() != "Finish":
        player.next_button.click()
    player.next_button.click()
    page = player.after_page
    assert page.next_button.isVisible() and "5-4-3-2-1" in page.next_button.text()
    page.next_button.click()
    assert player.exercise.id == "grounding-54321"


def test_far_away_is_next_to_overwhelmed_in_the_main_window(qtbot, make_window, paths, prefs):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    window.launcher.prefs = prefs
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    assert window.workspace.far_away_button.isVisible()
    qtbot.mouseClick(window.workspace.far_away_button, Qt.MouseButton.LeftButton)
    assert window._soothe_windows[-1].exercise.id == "here-and-now"


@pytest.mark.parametrize(
    ("situation", "exercise_id", "page"),
    [
        ("far-away", "here-and-now", STEPS),
        ("memory", "feet-and-hands", STEPS),
        ("sleep", "pmr-short", INTRO),  # its note first
        ("angry", "physiological-sigh", INTRO),
    ],
)
def test_whats_happening_right_now_opens_the_fitting_exercise(
    qtbot, prefs, situation, exercise_id, page
):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.show_situations()
    assert player.pages.currentIndex() == SITUATIONS
    player.situations.buttons[situation].click()
    assert player.pages.currentIndex() == page
    shown = player.exercise.id if page == STEPS else player._offered
    assert shown == exercise_id
    player.show_situations()
    player.situations.buttons["overwhelmed"].click()
    assert player.pages.currentIndex() == BREATHING and player.calm_mode


def test_the_soothe_page_routes_each_situation(qtbot, make_window, paths, prefs):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    window.launcher.prefs = prefs
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.workspace.show_page("Soothe")
    page = window.workspace.soothe_page
    page.situation_buttons["memory"].click()
    assert window._soothe_windows[-1].exercise.id == "feet-and-hands"
    page.situation_buttons["overwhelmed"].click()
    assert len(players(window)) == 1  # the open player is raised, not a second one


def test_just_my_own_breath_has_no_cues_and_follows_taps(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    clock = FakeClock()
    player = SoothePlayer(clock=clock, prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.show_situations()
    player.situations.own_breath.emit()
    assert player.pages.currentIndex() == OWN
    assert player.own_page.pacer.caption() == ""  # no words, no counts
    player.own_page.taps.setChecked(True)
    player.space()  # Space: an in-breath begins
    clock.now += 2.0
    player._tick()
    assert player.own_page.pacer.state.scale == pytest.approx(0.5)
    player.space()  # and turns
    assert player.taps.seconds[0] == pytest.approx(2.0)
    player.stop()  # Esc: one action
    assert not player.isVisible()


def test_the_stopped_page_is_kind_with_back_focused_and_crisis_lines(qtbot, locked_window):
    window = locked_window
    window.overwhelmed_action.trigger()
    player = window._soothe_windows[-1]
    player.stop()
    page = player.after_page
    assert "Well done" not in page.title.text()
    assert page.grounding.text().startswith("If you like, look around")
    assert player.focusWidget() is page.back_button and page.back_button.isDefault()
    page.crisis_button.click()
    assert window.safety_dialog.isVisible()  # crisis lines open, even while locked
    player.stop()
    player.close()


def test_the_finished_page_says_thank_you(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    clock = FakeClock()
    player = SoothePlayer(clock=clock, prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.length.setCurrentIndex(1)
    player.start("extended-exhale")
    clock.now += 60
    player._on_boundary()
    assert player.after_page.title.text() == "Thank you for taking this time."


def test_launcher_prefs_default_to_the_desktop_motion_setting(qtbot, prefs):
    launcher = PlayerLauncher(prefs)
    launcher.reduced_motion = True
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    player = launcher.open_calm(parent, locked=True)
    assert player.reduced.isChecked()
    player.reduced.setChecked(False)  # a choice of one's own wins next time
    player.close()
    assert not launcher.open_calm(parent, locked=True).reduced.isChecked()


def test_the_tray_menu_offers_the_calm_path_first(qtbot, locked_window):
    from innerchild_desktop.ui.tray import tray_menu

    window = locked_window
    menu = tray_menu(window, [window.overwhelmed_action, window.far_away_action])
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts[:2] == ["I feel overwhelmed", "I feel far away or numb"]
    assert texts[-1] == "Show Inner Child"  # and nothing from the journal
    menu.actions()[0].trigger()
    assert window._soothe_windows[-1].calm_mode


def test_space_presses_buttons_where_nothing_breathes(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    player.start_calm()
    assert player.space_key.isEnabled()  # Space pauses while breathing
    player.stop()
    assert not player.space_key.isEnabled()  # on the page after, Space presses the focused button
    player.show_situations()
    assert not player.space_key.isEnabled()


def test_switching_mid_exercise_keeps_the_one_before(qtbot, prefs):
    from innerchild_desktop.ui.soothe.player import SoothePlayer

    player = SoothePlayer(clock=FakeClock(), prefs=prefs)
    qtbot.addWidget(player)
    player.show()
    results: list = []
    player.finished_session.connect(results.append)
    player.start_calm()
    player.start("feet-and-hands")
    assert [(r.exercise_id, r.completed) for r in results] == [("extended-exhale", False)]
