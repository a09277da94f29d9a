"""Soothe: the exercise player (on a fake clock, so each picture is taken at a chosen moment of
the breath), My safety plan and its printed page, What helps me, and the question asked before
a heavy memory opens."""

from __future__ import annotations

from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.heavy import HeavyQuestion
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.soothe.safety_print import page_image
from innerchild_desktop.ui.soothe_entry import PlayerLauncher


def soothe_screens(run: Run, window: MainWindow) -> None:
    """ "I feel overwhelmed", "I feel far away", "What's happening right now?", the notes before
    an exercise, "Just my own breath", the chooser and the kind page after."""
    window.open_calm()
    launcher = window.launcher
    assert isinstance(launcher, PlayerLauncher)  # the real one: screenshots pass no test double
    player = launcher.player
    assert player is not None
    clock = [0.0]
    player.clock = lambda: clock[0]
    for suffix in run.themes():

        def shot(name: str, moment: float | None = None, suffix: str = suffix) -> None:
            if moment is not None:
                clock[0] = moment
                player._tick()
            run.save(player, f"{name}{suffix}")

        player.reduced.setChecked(False)
        clock[0] = 0.0
        player.start_calm()
        shot("13-overwhelmed", 3.0)
        player.reduced.setChecked(True)
        clock[0] = 0.0
        player.start("coherent-breathing")
        shot("16-breathing-reduced-motion", 6.0)
        player.reduced.setChecked(False)
        player.show_chooser()
        shot("17-exercise-chooser")
        player.start("grounding-54321")
        shot("18-grounding")
        player.stop()
        shot("19-stopped")
        player.show_situations()
        shot("32-whats-happening")
        player.start("here-and-now")
        player.show_step(1)
        shot("33-far-away")
        player.show_step(0)
        player.offer("four-seven-eight")
        shot("34-exercise-notes")
        player.start_own_breath()
        shot("35-own-breath", 2.0)
    player.close()


def safety_plan_screens(run: Run, window: MainWindow) -> None:
    """My safety plan with a country chosen (the UK), and its printed page (black on white in
    any theme)."""
    window.open_safety_plan()
    dialog = window.safety_dialog
    assert dialog is not None
    dialog.resize(680, 860)
    for key, items in (
        ("warning_signs", "I stop answering messages\nEverything feels far away"),
        ("coping_steps", "Cold water on my face\nThe breathing exercise, longer out-breath"),
        ("people", "Sam (my sister)"),
        ("reasons", "My cat, Pepper\nThe garden in spring"),
    ):
        dialog.editors[key].setPlainText(items)
    dialog.panel.choose("uk")
    for _ in range(3):  # the new lines show, then the scroll area lays them out
        run.settle()
    run.save_themed(dialog, "15-safety-plan")
    run.save_image(page_image(dialog.printable_html()), "15-safety-plan-printed")
    dialog.close()


def what_helps_screens(run: Run, window: MainWindow) -> None:
    """Soothe → What helps me: the demo's sessions in words, with numbers, and empty; then the
    question asked before a heavy memory opens (its default is "Not now")."""
    for suffix in run.themes():
        window.workspace.show_page("Soothe")
        panel = window.workspace.soothe_page.insights
        panel.show_numbers.setChecked(False)
        run.save(window, f"40-what-helps{suffix}")
        panel.show_numbers.setChecked(True)
        run.save(window, f"41-what-helps-numbers{suffix}")
        summary = panel.summary
        panel.clear()
        run.save(window, f"42-what-helps-empty{suffix}")
        panel.show_summary(summary)
        window.workspace.show_page("Timeline")
        question = HeavyQuestion(window)
        question.show()
        run.save_over(window, question, f"43-heavy-question{suffix}")
        question.done(0)


def looking_back_screens(run: Run, window: MainWindow) -> None:
    """Go → Looking back: the demo's year in colour (a heavy day veiled), kind words from its
    letters, and two notes written after exercises (the demo keeps none of its own)."""
    from datetime import UTC, datetime

    from innerchild_desktop.domain.sessions import SessionRecord

    window.context.soothe.record_sessions(
        SessionRecord(exercise, when, when, True, note=note)
        for exercise, when, note in (
            (
                "butterfly-hug",
                datetime(2026, 11, 20, 9, tzinfo=UTC).isoformat(),
                "Slowing down and feeling my own hands on my arms. I felt held.",
            ),
            (
                "extended-exhale",
                datetime(2026, 11, 12, 21, tzinfo=UTC).isoformat(),
                "The longer out-breath before bed; my shoulders dropped.",
            ),
        )
    )
    window.workspace.look_back()
    dialog = window.workspace.soothe_page.looking_back
    assert dialog is not None
    dialog.resize(860, 900)
    dialog.show_year(2026)
    run.settle()
    run.save_themed(dialog, "44-looking-back")
    dialog.close()
