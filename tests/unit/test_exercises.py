"""The exercise library loads, every breathing pattern is safe, and unsafe ones are refused."""

import shutil
from pathlib import Path

import pytest

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.exercises import (
    MIN_CYCLE,
    ExerciseDataError,
    ExerciseKind,
    PatternRefused,
    parse_exercise,
    user_pattern,
    validate_pattern,
    validate_slowing,
)
from innerchild_desktop.domain.pacer import BreathPattern, Slowing
from innerchild_desktop.resources import resource_path
from innerchild_desktop.services.library import load_exercises as load_library

LIBRARY = load_library()
REQUIRED_IDS = {
    "extended-exhale",
    "coherent-breathing",
    "physiological-sigh",
    "simple-pacer",
    "box",
    "four-seven-eight",
    "grounding-54321",
    "here-and-now",
    "feet-and-hands",
    "self-compassion-break",
    "butterfly-hug",
    "pmr-short",
    "pmr-16",
}


def test_the_whole_library_loads_in_order() -> None:
    ids = [e.id for e in LIBRARY.exercises]
    assert set(ids) == REQUIRED_IDS and len(ids) == len(REQUIRED_IDS)
    assert ids[0] == "extended-exhale" == LIBRARY.default_breathing.id
    assert LIBRARY.breathing_note == (
        "Breathing exercises can feel uncomfortable for some people. "
        "Every exercise here is optional; you can stop at any time."
    )
    for exercise in LIBRARY.exercises:
        assert exercise.name and exercise.description and exercise.intro
        assert not exercise.user_made
    with pytest.raises(KeyError):
        LIBRARY.get("no-such-exercise")


@pytest.mark.parametrize(
    ("exercise_id", "pattern"),
    [
        ("extended-exhale", BreathPattern(4, 0, 6, 0)),
        ("coherent-breathing", BreathPattern(5.5, 0, 5.5, 0)),
        ("physiological-sigh", BreathPattern(inhale=2, top_up=1, exhale=6)),
        ("simple-pacer", BreathPattern.equal(7.0)),
        ("box", BreathPattern(4, 4, 4, 4)),
        ("four-seven-eight", BreathPattern(4, 7, 8, 0)),
    ],
)
def test_published_parameters(exercise_id: str, pattern: BreathPattern) -> None:
    breathing = LIBRARY.get(exercise_id).breathing
    assert breathing is not None and breathing.pattern == pattern


def test_variants_and_options() -> None:
    exhale = LIBRARY.get("extended-exhale").breathing
    assert exhale is not None and exhale.variant("three-seven") == BreathPattern(3, 0, 7, 0)
    assert exhale.variant(None) == exhale.pattern == exhale.variant("unknown")
    coherent = LIBRARY.get("coherent-breathing").breathing
    assert coherent is not None
    rates = sorted(round(v.pattern.bpm(), 2) for v in coherent.variants)
    assert rates[0] == 5.0 and rates[-1] == 6.5
    assert all(v.pattern.inhale == v.pattern.exhale for v in coherent.variants)
    pacer = LIBRARY.get("simple-pacer").breathing
    assert pacer is not None and pacer.slowing == Slowing(7.0, 6.0, 300.0)
    box = LIBRARY.get("box")
    assert box.opt_in and box.breathing is not None
    soft = box.breathing.variant("soft")
    assert soft.cycle(skip_holds=True) >= MIN_CYCLE and soft.hold_in < 4
    breath_478 = LIBRARY.get("four-seven-eight").breathing
    assert breath_478 is not None and breath_478.suggested_cycles == 4 and breath_478.long_hold
    assert breath_478.variant("shorter") == BreathPattern(4, 7, 8).scaled(0.75)
    assert LIBRARY.get("four-seven-eight").opt_in


def test_every_breathing_pattern_passes_the_safety_rules() -> None:
    breathing = LIBRARY.by_kind(ExerciseKind.BREATHING)
    assert len(breathing) == 6
    for exercise in breathing:
        assert exercise.breathing is not None
        patterns = [exercise.breathing.pattern, *(v.pattern for v in exercise.breathing.variants)]
        for pattern in patterns:
            assert validate_pattern(pattern, long_hold=exercise.breathing.long_hold) == []
            assert pattern.cycle(skip_holds=True) >= MIN_CYCLE
            assert pattern.bpm() <= 8
            assert exercise.opt_in or not pattern.has_holds  # holds are opt-in
        if exercise.breathing.slowing is not None:
            assert validate_slowing(exercise.breathing.slowing) == []
    assert {e.id for e in LIBRARY.by_kind(ExerciseKind.BREATHING, include_opt_in=False)} == {
        "extended-exhale",
        "coherent-breathing",
        "physiological-sigh",
        "simple-pacer",
    }


def test_non_breathing_exercises_are_first_class() -> None:
    grounding = LIBRARY.get("grounding-54321")
    assert grounding.kind is ExerciseKind.GROUNDING and len(grounding.steps) == 5
    assert all(step.seconds is None for step in grounding.steps)  # no timer
    assert "imagine" in grounding.steps[3].text and "imagine" in grounding.steps[4].text
    assert "eyes open" in grounding.intro
    assert len(LIBRARY.get("self-compassion-break").steps) == 3
    hug = LIBRARY.get("butterfly-hug")
    text = " ".join(s.text for s in hug.steps).lower()
    assert "six to eight" in text and "calm place" in text
    assert not any(word in text for word in ("mother", "father", "mum", "dad", "family", "parent"))
    assert len(LIBRARY.get("pmr-short").steps) < len(LIBRARY.get("pmr-16").steps) == 32
    for exercise_id in ("pmr-short", "pmr-16"):
        steps = LIBRARY.get(exercise_id).steps
        assert all(5 <= s.seconds <= 7 for s in steps[0::2])  # type: ignore[operator]
        assert all(30 <= s.seconds <= 40 for s in steps[1::2])  # type: ignore[operator]
        assert "pain" in (LIBRARY.get(exercise_id).first_use_note or "")


def test_the_words_are_gentle_and_invitational() -> None:
    """No commands to close the eyes, no alarming words, and invitations throughout."""
    for exercise in LIBRARY.exercises:
        words = " ".join(
            [exercise.intro, exercise.description, exercise.closing, exercise.first_use_note or ""]
            + [s.text for s in exercise.steps]
        ).lower()
        assert "close your eyes" not in words, exercise.id
        assert not any(w in words for w in ("must", "failure", "wrong way", "danger")), exercise.id
    assert sum("if you like" in e.intro.lower() for e in LIBRARY.exercises) >= 8


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (BreathPattern(3, 0, 3, 0), {}, ["at least 8 seconds in all (this one lasts 6 seconds)"]),
        (BreathPattern(3, 3, 3, 3), {}, ["With the holds skipped, each breath would last only 6"]),
        (BreathPattern(1.5, 0, 7, 0), {}, ["The in-breath needs at least 2 seconds"]),
        (BreathPattern(6, 0, 4, 0), {}, ["the out-breath should be at least as long"]),
        (BreathPattern(6, 0, 4, 0), {"calm": False}, []),
        (BreathPattern(inhale=4, top_up=1.5, exhale=5), {}, ["at least as long as the in-breath"]),
        (BreathPattern(inhale=2, top_up=3, exhale=6), {}, ["top-up breath should be shorter"]),
        (BreathPattern(11, 0, 12, 0), {}, ["The in-breath can be at most 10 seconds"]),
        (BreathPattern(4, 0, 13, 0), {}, ["The out-breath can be at most 12 seconds"]),
        (BreathPattern(4, 10.5, 8, 0), {}, ["Each hold can be at most 10 seconds"]),
        (BreathPattern(4, 10.5, 8, 0), {"long_hold": True}, []),
        (BreathPattern(4, 13, 8, 0), {"long_hold": True}, ["Each hold can be at most 12 seconds"]),
        (BreathPattern(4, 0, 4, 0), {}, []),  # exactly 8 s is allowed
    ],
)
def test_validate_pattern(
    pattern: BreathPattern, flags: dict[str, bool], expected: list[str]
) -> None:
    problems = validate_pattern(pattern, **flags)
    assert len(problems) == len(expected)
    for problem, fragment in zip(problems, expected, strict=True):
        assert fragment in problem


def test_a_pattern_can_break_several_rules_at_once() -> None:
    problems = validate_pattern(BreathPattern(1, 0, 0.5, 0))
    assert len(problems) == 3  # too quick, in-breath too short, out shorter than in


def test_user_patterns_inside_the_limits_become_exercises() -> None:
    mine = user_pattern("mine-1", "  Evening breath ", BreathPattern(4, 1, 7, 0))
    assert mine.user_made and mine.name == "Evening breath" and mine.kind is ExerciseKind.BREATHING
    assert mine.breathing is not None and mine.breathing.pattern == BreathPattern(4, 1, 7, 0)


def test_user_patterns_outside_the_limits_are_refused_with_clear_messages() -> None:
    with pytest.raises(PatternRefused) as caught:
        user_pattern("mine-2", "", BreathPattern(2, 0, 2, 0))
    assert isinstance(caught.value, InvalidInput)
    assert caught.value.problems[0] == "Please give your pattern a name."
    assert "at least 8 seconds" in str(caught.value)
    with pytest.raises(PatternRefused, match="hold can be at most 10 seconds"):
        user_pattern("mine-3", "Long hold", BreathPattern(4, 12, 8, 0))  # no 4-7-8 allowance


def test_slowing_rates_are_checked() -> None:
    assert validate_slowing(Slowing(7.0, 6.0, 300)) == []
    assert "too quick" in validate_slowing(Slowing(9.0, 6.0, 300))[0]


def _base(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": "test-one",
        "name": "Test",
        "kind": "breathing",
        "description": "d",
        "intro": "i",
        "breathing": {"inhale": 4, "exhale": 6},
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (_base(colour="red"), "unknown keys ['colour']"),
        (_base(id="Not An Id"), "lower-case-with-dashes"),
        (_base(kind="dance"), "unknown kind"),
        (_base(name=""), "'name' must be non-empty"),
        (_base(breathing={"inhale": 2, "exhale": 3}), "at least 8 seconds"),
        (_base(breathing={"inhale": 4, "hold_in": 4, "exhale": 4}), "must be opt_in"),
        (_base(breathing={"inhale": 4, "exhale": "six"}), "expected a number"),
        (_base(breathing={"inhale": 4, "exhale": 6, "holds": 1}), "unknown keys ['holds']"),
        (
            _base(
                breathing={
                    "inhale": 4,
                    "exhale": 6,
                    "variants": [{"id": "x", "name": "X", "scale": 0.5}],
                }
            ),
            "at least 8 seconds",
        ),
        (_base(kind="grounding", breathing=None), "needs at least one step"),
        (_base(kind="grounding"), "need [breathing]"),
        (
            _base(
                kind="body",
                breathing=None,
                muscle_groups={
                    "tense_seconds": 10,
                    "release_seconds": 30,
                    "release_text": "r",
                    "groups": [],
                },
            ),
            "tense 5–7 s",
        ),
        (_base(breathing={"bpm": 9.0}), "at least 8 seconds"),
        (_base(breathing={"bpm": 7.0, "slowing": {"end_bpm": 9, "over_minutes": 5}}), "too quick"),
    ],
)
def test_malformed_exercise_data_is_refused(data: dict[str, object], fragment: str) -> None:
    with pytest.raises(ExerciseDataError) as caught:
        parse_exercise(data, "test.toml")
    assert fragment in str(caught.value)


def _copy_library(tmp_path: Path) -> Path:
    folder = tmp_path / "exercises"
    shutil.copytree(resource_path("exercises"), folder)
    return folder


def test_library_level_checks(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    (folder / "extra.toml").write_text(
        'id = "extra"\nname = "E"\nkind = "grounding"\ndescription = "d"\nintro = "i"\n'
        '[[steps]]\ntext = "t"\n',
        encoding="utf-8",
    )
    with pytest.raises(ExerciseDataError, match="order must list every exercise"):
        load_library(folder)
    (folder / "extra.toml").write_text("id = [broken", encoding="utf-8")
    with pytest.raises(ExerciseDataError, match=r"extra\.toml"):
        load_library(folder)
    (folder / "extra.toml").unlink()
    box = folder / "box.toml"
    box.write_text("default = true\n" + box.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ExerciseDataError, match="exactly one exercise must be the default"):
        load_library(folder)


def test_overwhelmed_opens_only_a_calm_pattern_without_holds() -> None:
    """The last hold-free breathing choice is kept; holds, body and step exercises never are."""
    default = (LIBRARY.default_breathing.id, None)
    assert LIBRARY.calm_choice(None) == default
    assert LIBRARY.calm_choice(("coherent-breathing", "bpm-6")) == ("coherent-breathing", "bpm-6")
    assert LIBRARY.calm_choice(("extended-exhale", "three-seven")) == (
        "extended-exhale",
        "three-seven",
    )
    for not_calm in ("box", "four-seven-eight", "pmr-16", "butterfly-hug", "grounding-54321"):
        assert LIBRARY.calm_choice((not_calm, None)) == default
    assert LIBRARY.calm_choice(("box", "soft")) == default  # softer holds are still holds
    assert LIBRARY.calm_choice(("own-gone", None)) == default


def test_holds_start_at_their_softest_variant() -> None:
    assert LIBRARY.get("box").breathing.softest_variant == "soft"  # type: ignore[union-attr]
    assert LIBRARY.get("four-seven-eight").breathing.softest_variant == "shorter"  # type: ignore[union-attr]
    assert LIBRARY.get("coherent-breathing").breathing.softest_variant is None  # type: ignore[union-attr]


def test_safety_notes_every_time_for_holds_and_the_hug_else_three_times() -> None:
    hug, box, sigh = (LIBRARY.get(i) for i in ("butterfly-hug", "box", "physiological-sigh"))
    assert LIBRARY.note_due(hug, 50) and LIBRARY.note_due(box, 50)
    assert LIBRARY.note_due(sigh, 0) and LIBRARY.note_due(sigh, 2)
    assert not LIBRARY.note_due(sigh, 3)
    assert not LIBRARY.note_due(LIBRARY.get("coherent-breathing"), 0)  # no note of its own
    soft = "Small, soft breaths are plenty. If you feel dizzy, tingly or more anxious, stop"
    for exercise in LIBRARY.exercises:
        lines = " ".join(LIBRARY.notes(exercise).lines())
        assert (soft in lines) == (exercise.breathing is not None), exercise.id
        assert ("pregnant" in lines) == exercise.has_holds, exercise.id
    assert "look around the room" in (hug.first_use_note or "")


def test_whats_happening_routes_each_situation_to_a_fitting_exercise() -> None:
    routes = {s.id: s.exercise for s in LIBRARY.situations}
    assert list(routes) == ["overwhelmed", "far-away", "memory", "sleep", "angry"]
    assert LIBRARY.get(routes["overwhelmed"]).is_calm()
    far = LIBRARY.get(routes["far-away"])
    assert "Where am I" in far.steps[0].text and far.then == "grounding-54321"
    assert "blue" in " ".join(s.text for s in far.steps[:3])


def test_no_closing_says_well_done() -> None:
    assert not [e.id for e in LIBRARY.exercises if "well done" in e.closing.lower()]
