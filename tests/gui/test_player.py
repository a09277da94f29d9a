"""The self-soothing player, driven with a fake clock (no sleeping, no drift)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from innerchild_desktop.domain.pacer import IN, OUT
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.sessions import list_sessions
from innerchild_desktop.ui.soothe.player import SoothePlayer
from tests.conftest import PASSPHRASE
from tests.gui.test_accessibility import unnamed


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_player(qtbot, **kwargs) -> tuple[SoothePlayer, FakeClock]:
    clock = FakeClock()
    player = SoothePlayer(clock=clock, **kwargs)
    qtbot.addWidget(player)
    player.show()
    return player, clock


def test_breathing_follows_the_clock_and_pauses_gently(qtbot):
    player, clock = make_player(qtbot)
    player.start("extended-exhale")
    assert player.pacer.state.phase == IN and player.pacer.state.seconds_left == 4
    clock.now += 4.5
    player._tick()
    assert player.pacer.state.phase == OUT and "Breathe out" in player.phase_label.text()
    player.toggle_pause()
    assert player.pacer.caption() == "Paused"
    clock.now += 300
    player.toggle_pause()  # carries on at a fresh in-breath
    assert player.pacer.state.phase == IN and player.pacer.state.progress == 0
    assert unnamed(player) == []


def test_boundaries_are_scheduled_from_the_pattern(qtbot):
    player, clock = make_player(qtbot)
    player.start("extended-exhale")
    assert player._scheduled == clock.now + 4
    clock.now = player._scheduled + 0.003
    player._on_boundary()
    assert player.boundary_errors == [pytest.approx(0.003)]
    assert player._scheduled == 1000.0 + 10


def test_slower_takes_effect_after_this_breath_and_stays_calm(qtbot):
    player, clock = make_player(qtbot)
    player.start("extended-exhale")
    player.change_tempo(1.1)
    clock.now += 10.0
    player._tick()
    assert player.session.pattern.cycle() > 10.5
    for _ in range(20):  # faster, again and again: never below the 8-second breath
        player.change_tempo(1 / 1.1)
    assert player.session.pattern.cycle() >= 8.0


def test_holds_can_be_skipped_with_one_toggle(qtbot):
    player, clock = make_player(qtbot)
    player.show_holds.setChecked(True)
    player.start("box")
    assert player.skip_holds.isVisibleTo(player)
    clock.now += 5  # inside the first hold
    player.skip_holds.setChecked(True)
    clock.now += 0.01
    player._tick()
    assert player.pacer.state.phase == OUT


def test_stop_is_one_action_and_kind(qtbot):
    player, _ = make_player(qtbot)
    results = []
    player.finished_session.connect(results.append)
    player.offer("extended-exhale")  # has gentler rhythms: the page before it starts
    player.before.unfold()
    player.before.group.button(7).click()
    player.intro_page.start_button.click()
    escape = next(
        s for s in player.findChildren(QShortcut) if s.key() == QKeySequence(Qt.Key.Key_Escape)
    )
    escape.activated.emit()  # Esc: one action, no confirmation
    assert player.pages.currentIndex() == 3
    assert player.stopped_title.text() == "You stopped — that's okay."
    player.after.unfold()
    player.after.group.button(4).click()
    player.close()
    assert len(results) == 1
    result = results[0]
    assert (
        result.exercise_id,
        result.completed,
        result.distress_before,
        result.distress_after,
    ) == ("extended-exhale", False, 7, 4)


def test_timed_session_ends_on_its_own(qtbot):
    player, clock = make_player(qtbot)
    player.length.setCurrentIndex(1)  # one minute
    player.start("extended-exhale")
    clock.now += 60
    player._on_boundary()
    assert player.pages.currentIndex() == 3
    assert player.stopped_title.text() == "Thank you for taking this time."


def test_grounding_goes_step_by_step_without_a_timer(qtbot):
    player, _ = make_player(qtbot)
    player.start("grounding-54321")
    assert player.pages.currentIndex() == 2 and not player.back_button.isEnabled()
    first = player.step_text.text()
    player.next_button.click()
    assert player.step_text.text() != first and player.back_button.isEnabled()
    while player.next_button.text() != "Finish":
        player.next_button.click()
    player.next_button.click()
    assert player.pages.currentIndex() == 3


def test_reduced_motion_keeps_the_circle_still(qtbot):
    player, clock = make_player(qtbot, reduced_motion=True)
    player.start("coherent-breathing")
    assert player.pacer.reduced_motion
    player.grab()  # paints without error in both modes
    clock.now += 2
    player._tick()
    assert "Breathe in" in player.pacer.caption()


def test_session_from_lock_screen_is_saved_only_after_unlock_and_yes(qtbot, make_window, paths):
    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    window.open_calm()
    player = window._soothe_windows[-1]
    player.stop()
    player.close()
    assert len(window.pending_sessions) == 1
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    box = window.pending_box
    assert "before unlocking" in box.text()
    assert list_sessions(window.context.journal.conn) == []  # nothing written yet
    assert box.defaultButton().text() == "Not now"  # Enter or Esc keeps nothing
    assert "Discard" not in [b.text() for b in box.buttons()]
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    sessions = list_sessions(window.context.journal.conn)
    assert [s.exercise_id for s in sessions] == ["extended-exhale"]


def test_own_patterns_stay_within_the_limits_and_are_kept(qtbot, make_window, paths):
    from innerchild_desktop.ui.soothe.pattern_dialog import PatternDialog

    dialog = PatternDialog()
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and "name" in dialog.problems.text()
    dialog.name.setText("Quick")
    dialog.fields["inhale"].setValue(2.0)
    dialog.fields["exhale"].setValue(3.0)
    assert not save.isEnabled() and "at least 8" in dialog.problems.text()
    dialog.fields["exhale"].setValue(7.0)
    assert save.isEnabled()

    AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)[0].close()
    window = make_window()
    window.open_calm()
    assert not window._soothe_windows[-1].own_button.isEnabled()  # locked: nowhere to keep it
    window._soothe_windows[-1].close()  # one player at a time: the next one is made unlocked
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    window.open_calm()
    player = window._soothe_windows[-1]
    player.make_pattern()
    made = player.pattern_dialog
    made.name.setText("Evening breath")
    made.fields["inhale"].setValue(4.0)
    made.fields["exhale"].setValue(8.0)
    made.accept()
    assert player._chosen_id().startswith("own-")
    player.close()
    window.open_calm()
    again = window._soothe_windows[-1]
    assert any(e.name == "Evening breath" for e in again.library.exercises)


def test_sound_and_speech_are_optional_and_never_fail(qtbot):
    from innerchild_desktop.ui.soothe.audio import Chimes, Speech, audio_status, speech_status

    for status in (audio_status(), speech_status()):
        assert isinstance(status[0], bool) and status[1]  # a reason to show in Settings
    chimes, speech = Chimes(), Speech()
    assert chimes.enable(False) is False and speech.enable(False) is False
    chimes.enable(True)  # True only where audio really works; never raises
    speech.enable(True)
    chimes.play("in")
    speech.say("Breathe in")
    player, clock = make_player(qtbot, sound=True)
    player.spoken.setChecked(True)
    player.start("extended-exhale")
    clock.now = player._scheduled
    player._on_boundary()  # chime and speech at a boundary: silent here, and no error
    assert player.pacer.state.phase == OUT


def test_reduced_motion_follows_the_desktop_setting(qtbot, tmp_path, monkeypatch):
    from innerchild_desktop.ui.soothe_entry import PlayerLauncher
    from innerchild_desktop.ui.theme import system_prefers_reduced_motion

    monkeypatch.setenv("PATH", str(tmp_path))  # no gsettings here
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert system_prefers_reduced_motion() is False
    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0\n")
    assert system_prefers_reduced_motion() is True
    assert PlayerLauncher().reduced_motion is True


def test_simple_pacer_glides_only_when_asked(qtbot):
    from innerchild_desktop.domain.pacer import Slowing

    player, _ = make_player(qtbot)
    player.start("simple-pacer")
    assert not isinstance(player.session.pattern, Slowing)
    player.glide.setChecked(True)
    player.start("simple-pacer")
    assert isinstance(player.session.pattern, Slowing)
