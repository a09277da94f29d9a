from innerchild_desktop.domain.feelings import (
    DEFAULT_STAGES,
    FEELINGS,
    UNMET_NEEDS,
    Quadrant,
    by_quadrant,
    feeling,
)


def test_every_feeling_is_on_the_wheel_in_its_quadrant() -> None:
    assert 24 <= len(FEELINGS) <= 32
    for item in FEELINGS.values():
        assert -1 <= item.valence <= 1 and -1 <= item.energy <= 1
        assert item.colour.startswith("#")
    groups = by_quadrant()
    assert all(5 <= len(groups[q]) <= 8 for q in Quadrant)
    assert feeling(" Calm ").quadrant is Quadrant.CALM_PLEASANT
    assert feeling("scared").quadrant is Quadrant.TENSE_UNPLEASANT
    assert feeling("numb").quadrant is Quadrant.LOW_UNPLEASANT
    assert feeling("no such feeling") is None


def test_needs_and_stages() -> None:
    assert {"safety", "comfort", "play", "being believed"} <= set(UNMET_NEEDS)
    ages = [(s.start_age, s.end_age) for s in DEFAULT_STAGES]
    assert ages == [(0, 6), (6, 12), (12, 18)]
