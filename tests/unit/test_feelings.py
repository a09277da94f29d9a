"""The emotion wheel, unmet needs and life stages: the vocabulary entries and memories share."""

import re

import pytest

from innerchild_desktop.domain.feelings import (
    DEFAULT_STAGES,
    FEELINGS,
    LIFE_STAGES,
    QUADRANT_COLOURS,
    UNMET_NEEDS,
    LifeStage,
    Quadrant,
    by_quadrant,
    feeling,
    nearest,
    quadrant_of,
)


def test_every_feeling_is_on_the_wheel_in_its_quadrant() -> None:
    assert 24 <= len(FEELINGS) <= 32
    for item in FEELINGS.values():
        assert -1 <= item.valence <= 1 and -1 <= item.energy <= 1
        assert re.fullmatch(r"#[0-9a-f]{6}", item.colour)
        assert item.quadrant is quadrant_of(item.valence, item.energy)
    groups = by_quadrant()
    assert list(groups) == list(Quadrant)
    assert all(5 <= len(groups[q]) <= 8 for q in Quadrant)
    assert sum(len(g) for g in groups.values()) == len(FEELINGS)
    assert feeling(" Calm ").quadrant is Quadrant.CALM_PLEASANT
    assert feeling("scared").quadrant is Quadrant.TENSE_UNPLEASANT
    assert feeling("numb").quadrant is Quadrant.LOW_UNPLEASANT
    assert feeling("no such feeling") is None


def test_colours_are_soft_shades_of_the_quadrant_hue() -> None:
    """No harsh colours: light and muted, and a shade never strays from its hue."""
    for item in FEELINGS.values():
        r, g, b = (int(item.colour[i : i + 2], 16) for i in (1, 3, 5))
        assert 0.299 * r + 0.587 * g + 0.114 * b >= 160, item.name  # light
        assert max(r, g, b) - min(r, g, b) <= 0x80, item.name  # muted, never neon
        base = QUADRANT_COLOURS[item.quadrant]
        br, bg, bb = (int(base[i : i + 2], 16) for i in (1, 3, 5))
        assert r >= br and g >= bg and b >= bb  # only ever mixed toward white
    assert feeling("overwhelmed").colour != feeling("nervous").colour  # strength shows


@pytest.mark.parametrize(
    ("typed", "name"),
    [("joy", "joyful"), ("Pride", "proud"), ("tense", "nervous"), ("  Very   sad ", None)],
)
def test_common_words_find_their_feeling(typed: str, name: str | None) -> None:
    found = feeling(typed)
    assert (found.name if found else None) == name


def test_nearest_feeling_to_a_point() -> None:
    assert nearest(0.5, -0.6).name == "calm"
    assert nearest(-0.9, 0.9).quadrant is Quadrant.TENSE_UNPLEASANT
    for item in FEELINGS.values():
        assert nearest(item.valence, item.energy) == item


def test_needs_are_distinct_and_read_after_i_needed() -> None:
    assert {"safety", "comfort", "play", "being believed", "being seen", "fairness"} <= set(
        UNMET_NEEDS
    )
    assert len(set(UNMET_NEEDS)) == len(UNMET_NEEDS)
    assert all(need == need.strip().lower() for need in UNMET_NEEDS)


def test_default_life_stages() -> None:
    assert DEFAULT_STAGES is LIFE_STAGES
    ages = [(s.start_age, s.end_age) for s in LIFE_STAGES]
    assert ages == [(0, 6), (6, 12), (12, 18)]
    assert [s.label for s in LIFE_STAGES] == [
        "before school (0–5)",
        "primary school (6–11)",
        "teenage years (12–17)",
    ]


def test_user_stages_by_age_or_by_year() -> None:
    elm = LifeStage("when we lived on Elm Street", start_age=4, end_age=10)
    assert elm.by_age and elm.label == "when we lived on Elm Street (4–9)"
    farm = LifeStage("the farm years", start_year=1990, end_year=1995)
    assert not farm.by_age and farm.range_label == "1990–1995"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "both", "start_age": 1, "end_age": 3, "start_year": 1990, "end_year": 1991},
        {"name": "neither"},
        {"name": "half", "start_age": 3},
        {"name": "backwards", "start_age": 9, "end_age": 4},
        {"name": "backwards years", "start_year": 1995, "end_year": 1990},
        {"name": "  ", "start_age": 1, "end_age": 2},
    ],
)
def test_malformed_stages_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LifeStage(**kwargs)  # type: ignore[arg-type]
