"""Exercises as data: dataclasses and the TOML loader.

The shipped library lives in ``resources/exercises/*.toml`` (one exercise a file, plus
``_library.toml`` for the order and the shared first-use note), so wording can be reviewed and
changed without touching code. services/library.py reads those files; :func:`build_library`
checks their parsed tables and refuses anything it does not understand (an unknown key
is usually a typo that would otherwise silently lose a safety setting).

The **safety rules** (domain.breath_safety, re-exported here) are applied to every shipped
pattern and variant and to every pattern a person makes for themselves.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from innerchild_desktop.domain.breath_safety import MAX_BPM as MAX_BPM
from innerchild_desktop.domain.breath_safety import MAX_EXHALE as MAX_EXHALE
from innerchild_desktop.domain.breath_safety import MAX_LONG_HOLD as MAX_LONG_HOLD
from innerchild_desktop.domain.breath_safety import MAX_PHASE as MAX_PHASE
from innerchild_desktop.domain.breath_safety import MIN_CYCLE as MIN_CYCLE
from innerchild_desktop.domain.breath_safety import MIN_INHALE as MIN_INHALE
from innerchild_desktop.domain.breath_safety import validate_pattern as validate_pattern
from innerchild_desktop.domain.breath_safety import validate_slowing as validate_slowing
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.pacer import BreathPattern, Slowing

PMR_TENSE = (5.0, 7.0)
PMR_RELEASE = (30.0, 40.0)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ExerciseKind(StrEnum):
    BREATHING = "breathing"
    GROUNDING = "grounding"
    BODY = "body"
    VISUALISATION = "visualisation"


@dataclass(frozen=True)
class Step:
    """One instruction; ``seconds`` None means no timer: the person moves on when ready."""

    text: str
    seconds: float | None = None


@dataclass(frozen=True)
class Variant:
    id: str
    name: str
    pattern: BreathPattern


@dataclass(frozen=True)
class Breathing:
    pattern: BreathPattern
    variants: tuple[Variant, ...] = ()
    long_hold: bool = False  # 4-7-8: its hold may reach MAX_LONG_HOLD
    suggested_cycles: int | None = None  # e.g. 4 rounds of 4-7-8 for beginners
    slowing: Slowing | None = None  # optional gentle glide (simple pacer)

    def variant(self, variant_id: str | None) -> BreathPattern:
        """The pattern of a variant by id; the main pattern for None or an unknown id."""
        return next((v.pattern for v in self.variants if v.id == variant_id), self.pattern)

    @property
    def softest_variant(self) -> str | None:
        """The variant with the shortest holds, for patterns with holds (None: the main one).

        Holds start at their softest: a person can choose a longer one, never the other way.
        """
        if not self.pattern.has_holds:
            return None
        choices = [(None, self.pattern), *((v.id, v.pattern) for v in self.variants)]
        return min(choices, key=lambda c: (max(c[1].hold_in, c[1].hold_out), c[0] is not None))[0]


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    kind: ExerciseKind
    description: str
    intro: str
    steps: tuple[Step, ...] = ()
    breathing: Breathing | None = None
    first_use_note: str | None = None
    closing: str = ""
    opt_in: bool = False  # patterns with holds: shown only when the person turns them on
    default: bool = False
    user_made: bool = False
    note_every_time: bool = False  # the note shows before every start (the butterfly hug)
    then: str | None = None  # an exercise offered next, when this one ends

    @property
    def has_holds(self) -> bool:
        return self.breathing is not None and self.breathing.pattern.has_holds

    def is_calm(self, variant_id: str | None = None) -> bool:
        """A breathing pattern without holds: what the overwhelmed path may open."""
        return self.breathing is not None and not self.breathing.variant(variant_id).has_holds


@dataclass(frozen=True)
class Situation:
    """A choice in "What's happening right now?" and the exercise it opens."""

    id: str
    label: str
    hint: str
    exercise: str


@dataclass(frozen=True)
class Notes:
    """The safety words for one exercise, as shown before it starts."""

    note: str | None  # the exercise's own note
    soft_breath: str | None  # on every breathing exercise
    holds: str | None  # on patterns with holds

    def lines(self) -> list[str]:
        return [line for line in (self.note, self.holds, self.soft_breath) if line]


NOTE_SHOWN_TIMES = 3  # an exercise's note shows before its first three starts, then on request


@dataclass(frozen=True)
class ExerciseLibrary:
    exercises: tuple[Exercise, ...]
    breathing_note: str  # shown before the first breathing exercise
    soft_breath_note: str = ""  # one line on every breathing exercise
    hold_note: str = ""  # before every pattern with holds
    after_line: str = ""  # the grounding line after an exercise
    situations: tuple[Situation, ...] = ()
    language: str = "en"  # the words' language (a translation keeps the English ids and timings)

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    def by_kind(self, kind: ExerciseKind, *, include_opt_in: bool = True) -> list[Exercise]:
        return [e for e in self.exercises if e.kind is kind and (include_opt_in or not e.opt_in)]

    @property
    def default_breathing(self) -> Exercise:
        return next(e for e in self.exercises if e.default)

    def calm_choice(self, last: tuple[str, str | None] | None) -> tuple[str, str | None]:
        """What "I feel overwhelmed" opens: the last breathing choice without holds, else the
        default longer out-breath. Never a pattern with holds, a body or a step exercise."""
        if last is not None:
            exercise_id, variant_id = last
            try:
                if self.get(exercise_id).is_calm(variant_id):
                    return exercise_id, variant_id
            except KeyError:
                pass  # an own pattern that was removed, or an exercise no longer shipped
        return self.default_breathing.id, None

    def notes(self, exercise: Exercise) -> Notes:
        breathing = exercise.breathing is not None
        return Notes(
            exercise.first_use_note,
            self.soft_breath_note if breathing and self.soft_breath_note else None,
            self.hold_note if exercise.has_holds and self.hold_note else None,
        )

    def note_due(self, exercise: Exercise, times_shown: int) -> bool:
        """Whether the notes show before this start: every time for the butterfly hug and for
        holds, the first few times for other exercises with a note of their own."""
        if exercise.note_every_time or exercise.has_holds:
            return True
        return exercise.first_use_note is not None and times_shown < NOTE_SHOWN_TIMES


class ExerciseDataError(ValueError):
    """A shipped exercise file is malformed: a bug in our data, reported with detail."""


class PatternRefused(InvalidInput):
    """A person's own breathing pattern is outside the safety rules; ``problems`` says why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def user_pattern(exercise_id: str, name: str, pattern: BreathPattern) -> Exercise:
    """A person's own breathing pattern as an exercise, or :class:`PatternRefused`."""
    problems = validate_pattern(pattern)
    if not name.strip():
        problems.insert(0, translate("domain.exercises", "Please give your pattern a name."))
    if problems:
        raise PatternRefused(problems)
    return Exercise(
        id=exercise_id,
        name=name.strip(),
        kind=ExerciseKind.BREATHING,
        description=translate("domain.exercises", "Your own pattern."),
        intro=translate(
            "domain.exercises",
            "Breathe along with the circle, if you like. You can stop at any time.",
        ),
        breathing=Breathing(pattern),
        opt_in=False,
        user_made=True,
    )


# --- loading ----------------------------------------------------------------------------------


def _take(data: dict[str, Any], allowed: set[str], where: str) -> dict[str, Any]:
    unknown = set(data) - allowed
    if unknown:
        raise ExerciseDataError(f"{where}: unknown keys {sorted(unknown)}")
    return data


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ExerciseDataError(f"{where}: '{key}' must be non-empty text")
    return " ".join(value.split()) if "\n\n" not in value else value.strip()


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ExerciseDataError(f"{where}: expected a number, got {value!r}")
    return float(value)


_PHASES = ("inhale", "hold_in", "exhale", "hold_out", "top_up")


def _pattern(data: dict[str, Any], where: str, base: BreathPattern | None) -> BreathPattern:
    if "bpm" in data:
        return BreathPattern.equal(_number(data["bpm"], where))
    if "scale" in data:
        if base is None:
            raise ExerciseDataError(f"{where}: 'scale' needs a main pattern to scale")
        return base.scaled(_number(data["scale"], where))
    try:
        return BreathPattern(**{k: _number(data[k], where) for k in _PHASES if k in data})
    except (TypeError, ValueError) as err:
        raise ExerciseDataError(f"{where}: {err}") from None


def _breathing(data: dict[str, Any], where: str) -> Breathing:
    keys = {*_PHASES, "bpm", "variants", "long_hold", "suggested_cycles", "slowing"}
    _take(data, keys, where)
    long_hold = data.get("long_hold", False) is True
    pattern = _pattern(data, where, None)
    variants = []
    for i, raw in enumerate(data.get("variants", [])):
        here = f"{where} variant {i + 1}"
        _take(raw, {"id", "name", *_PHASES, "bpm", "scale"}, here)
        variants.append(
            Variant(_text(raw, "id", here), _text(raw, "name", here), _pattern(raw, here, pattern))
        )
    slowing = None
    if "slowing" in data:
        raw = _take(data["slowing"], {"end_bpm", "over_minutes"}, f"{where} slowing")
        over = _number(raw["over_minutes"], where) * 60
        slowing = Slowing(60 / pattern.cycle(), _number(raw["end_bpm"], where), over)
    cycles = data.get("suggested_cycles")
    if cycles is not None and (not isinstance(cycles, int) or cycles < 1):
        raise ExerciseDataError(f"{where}: 'suggested_cycles' must be a whole number")
    return Breathing(pattern, tuple(variants), long_hold, cycles, slowing)


def _steps(data: dict[str, Any], where: str) -> list[Step]:
    steps = []
    for i, raw in enumerate(data.get("steps", [])):
        here = f"{where} step {i + 1}"
        _take(raw, {"text", "seconds"}, here)
        seconds = _number(raw["seconds"], here) if "seconds" in raw else None
        steps.append(Step(_text(raw, "text", here), seconds))
    if "muscle_groups" in data:
        steps += _muscle_groups(data["muscle_groups"], f"{where} muscle_groups")
    return steps


def _muscle_groups(data: dict[str, Any], where: str) -> list[Step]:
    """Progressive muscle relaxation: each group becomes a gentle tense step and a release."""
    _take(data, {"tense_seconds", "release_seconds", "release_text", "groups"}, where)
    tense, release = _number(data["tense_seconds"], where), _number(data["release_seconds"], where)
    if not (PMR_TENSE[0] <= tense <= PMR_TENSE[1] and PMR_RELEASE[0] <= release <= PMR_RELEASE[1]):
        raise ExerciseDataError(f"{where}: tense 5–7 s and release 30–40 s, please")
    letting_go = _text(data, "release_text", where)
    steps = []
    for i, group in enumerate(data["groups"]):
        here = f"{where} group {i + 1}"
        _take(group, {"name", "how"}, here)
        steps.append(Step(f"{_text(group, 'name', here)}: {_text(group, 'how', here)}", tense))
        steps.append(Step(letting_go, release))
    return steps


def parse_exercise(data: dict[str, Any], where: str) -> Exercise:
    """One exercise from its TOML table; raises :class:`ExerciseDataError` on any problem."""
    keys = {
        "id",
        "name",
        "kind",
        "description",
        "intro",
        "first_use_note",
        "closing",
        "opt_in",
        "default",
        "breathing",
        "steps",
        "muscle_groups",
        "note_every_time",
        "then",
    }
    _take(data, keys, where)
    exercise_id = _text(data, "id", where)
    if not _ID.fullmatch(exercise_id):
        raise ExerciseDataError(f"{where}: id {exercise_id!r} must be lower-case-with-dashes")
    try:
        kind = ExerciseKind(str(data.get("kind", "")))
    except ValueError:
        raise ExerciseDataError(f"{where}: unknown kind {data.get('kind')!r}") from None
    breathing = _breathing(data["breathing"], where) if "breathing" in data else None
    steps = _steps(data, where)
    if (kind is ExerciseKind.BREATHING) != (breathing is not None):
        raise ExerciseDataError(f"{where}: breathing exercises (and only they) need [breathing]")
    if breathing is None and not steps:
        raise ExerciseDataError(f"{where}: needs at least one step")
    opt_in = data.get("opt_in", False) is True
    if breathing is not None:
        _check_breathing(breathing, opt_in, where)
    note = _text(data, "first_use_note", where, required=False) or None
    return Exercise(
        exercise_id,
        _text(data, "name", where),
        kind,
        _text(data, "description", where),
        _text(data, "intro", where),
        tuple(steps),
        breathing,
        note,
        _text(data, "closing", where, required=False),
        opt_in,
        data.get("default", False) is True,
        note_every_time=data.get("note_every_time", False) is True,
        then=_text(data, "then", where, required=False) or None,
    )


def _check_breathing(breathing: Breathing, opt_in: bool, where: str) -> None:
    named = [("main pattern", breathing.pattern), *((v.id, v.pattern) for v in breathing.variants)]
    for label, pattern in named:
        problems = validate_pattern(pattern, long_hold=breathing.long_hold)
        if problems:
            raise ExerciseDataError(f"{where} {label}: " + " ".join(problems))
        if pattern.has_holds and not opt_in:
            raise ExerciseDataError(f"{where} {label}: patterns with holds must be opt_in")
    if breathing.slowing is not None and (problems := validate_slowing(breathing.slowing)):
        raise ExerciseDataError(f"{where} slowing: " + " ".join(problems))
    if len({v.id for v in breathing.variants}) != len(breathing.variants):
        raise ExerciseDataError(f"{where}: variant ids must be unique")


def build_library(meta: dict[str, Any], files: list[tuple[str, dict[str, Any]]]) -> ExerciseLibrary:
    """The library from ``_library.toml``'s table and each exercise file's (name, table)."""
    _take(
        meta,
        {"breathing_first_use_note", "order", "soft_breath_note", "hold_note", "after_line"}
        | {"situations"},
        "_library.toml",
    )
    found: dict[str, Exercise] = {}
    for name, data in files:
        exercise = parse_exercise(data, name)
        if exercise.id in found:
            raise ExerciseDataError(f"{name}: duplicate id {exercise.id!r}")
        found[exercise.id] = exercise
    order = list(meta.get("order", []))
    if sorted(order) != sorted(found):
        raise ExerciseDataError(f"_library.toml: order must list every exercise once: {order}")
    exercises = tuple(found[i] for i in order)
    if sum(e.default for e in exercises) != 1:
        raise ExerciseDataError("exactly one exercise must be the default")
    for exercise in exercises:
        if exercise.then is not None and exercise.then not in found:
            raise ExerciseDataError(f"{exercise.id}: 'then' names unknown {exercise.then!r}")
    note = _text(meta, "breathing_first_use_note", "_library.toml")
    return ExerciseLibrary(
        exercises,
        note,
        _text(meta, "soft_breath_note", "_library.toml", required=False),
        _text(meta, "hold_note", "_library.toml", required=False),
        _text(meta, "after_line", "_library.toml", required=False),
        _situations(meta.get("situations", []), found),
    )


def _situations(data: Any, found: dict[str, Exercise]) -> tuple[Situation, ...]:
    situations = []
    for i, raw in enumerate(data if isinstance(data, list) else []):
        here = f"_library.toml situation {i + 1}"
        _take(raw, {"id", "label", "hint", "exercise"}, here)
        situation = Situation(*(_text(raw, k, here) for k in ("id", "label", "hint", "exercise")))
        if situation.exercise not in found:
            raise ExerciseDataError(f"{here}: unknown exercise {situation.exercise!r}")
        situations.append(situation)
    if situations and not found[situations[0].exercise].is_calm():
        raise ExerciseDataError("_library.toml: the first situation must open calm breathing")
    return tuple(situations)
