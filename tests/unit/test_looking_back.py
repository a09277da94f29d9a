"""Looking back, gently: days → colours, heavy days veiled, no-entry days absent, dates in
words, kind passages and notes of one year. Pure domain; the store query on a real journal."""

from __future__ import annotations

import colorsys
import itertools
import math
from datetime import date

import pytest

from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry
from innerchild_desktop.domain.feelings import FEELINGS, Quadrant
from innerchild_desktop.domain.looking_back import (
    NO_FEELING_WORDS,
    DayFeeling,
    KindSource,
    day_words,
    feeling_colour,
    helped_in_year,
    is_dark,
    kind_passage,
    kind_words,
    ordinal_words,
    quiet_colour,
    year_in_colour,
)
from innerchild_desktop.domain.sessions import SessionRecord

LIGHT, DARK = "#f6f3ee", "#1f2123"


def _distance(a: str, b: str) -> float:
    return math.dist(
        [int(a[i : i + 2], 16) for i in (1, 3, 5)], [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    )


@pytest.mark.parametrize("ground", [LIGHT, DARK])
def test_every_feeling_on_the_wheel_has_its_own_colour(ground: str) -> None:
    colours = {name: feeling_colour(f.valence, f.energy, ground) for name, f in FEELINGS.items()}
    assert len(set(colours.values())) == len(FEELINGS)
    assert quiet_colour(ground) not in colours.values()


@pytest.mark.parametrize("ground", [LIGHT, DARK])
def test_the_four_quadrants_are_clearly_different_and_never_the_page(ground: str) -> None:
    centres = {
        Quadrant.LIVELY_PLEASANT: feeling_colour(0.7, 0.7, ground),
        Quadrant.CALM_PLEASANT: feeling_colour(0.7, -0.7, ground),
        Quadrant.TENSE_UNPLEASANT: feeling_colour(-0.7, 0.7, ground),
        Quadrant.LOW_UNPLEASANT: feeling_colour(-0.7, -0.7, ground),
    }
    for a, b in itertools.combinations(centres.values(), 2):
        assert _distance(a, b) > 40, (a, b)
    for colour in centres.values():
        assert _distance(colour, ground) > 60
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert not (r > 180 and g < 110 and b < 110)  # no alarm red, light or dark


@pytest.mark.parametrize("ground", [LIGHT, DARK])
def test_no_point_on_the_wheel_is_alarm_red(ground: str) -> None:
    """Red as the theme checks define it: a hue within 15° of red at HLS saturation 0.4 or
    more. The blend from dusty rose to straw would pass through one without the cap."""
    steps = [x / 10 for x in range(-10, 11)]
    for valence, energy in itertools.product(steps, steps):
        colour = feeling_colour(valence, energy, ground)
        hue, _l, saturation = colorsys.rgb_to_hls(
            *(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        )
        near_red = min(hue * 360, 360 - hue * 360) <= 15
        assert not (near_red and saturation >= 0.4), (valence, energy, colour)


def test_a_milder_feeling_is_softer_and_dark_pages_get_dimmer_colours() -> None:
    strong, mild = feeling_colour(-0.8, 0.8, LIGHT), feeling_colour(-0.2, 0.2, LIGHT)
    assert _distance(mild, LIGHT) < _distance(strong, LIGHT)
    assert is_dark(DARK) and not is_dark(LIGHT)
    assert feeling_colour(0.7, 0.7, DARK) != feeling_colour(0.7, 0.7, LIGHT)


def test_only_days_with_entries_become_squares_in_the_chosen_year() -> None:
    rows = [
        DayFeeling(date(2026, 3, 2), "calm", 0.5, -0.6),
        DayFeeling(date(2026, 3, 9), "sad"),  # a name only: its place comes from the wheel
        DayFeeling(date(2026, 3, 9), "tired", -0.3, -0.8),
        DayFeeling(date(2026, 4, 1)),  # written, no feeling named
        DayFeeling(date(2025, 12, 31), "joyful", 0.9, 0.7),  # another year
    ]
    squares = year_in_colour(rows, 2026, LIGHT)
    assert list(squares) == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 4, 1)]
    assert date(2026, 3, 3) not in squares  # a day without an entry is not drawn at all
    calm = FEELINGS["calm"]
    assert squares[date(2026, 3, 2)].colour == feeling_colour(calm.valence, calm.energy, LIGHT)
    assert squares[date(2026, 3, 2)].feeling_words == "calm"
    mixed = squares[date(2026, 3, 9)]
    assert mixed.feeling_words == "sad and tired"
    sad = FEELINGS["sad"]
    blend = ((sad.valence - 0.3) / 2, (sad.energy - 0.8) / 2)
    assert mixed.colour == feeling_colour(*blend, LIGHT)
    unnamed = squares[date(2026, 4, 1)]
    assert unnamed.colour == quiet_colour(LIGHT) and unnamed.feeling_words == NO_FEELING_WORDS


def test_heavy_days_are_veiled_until_asked_for() -> None:
    heavy_day, light_day = date(2026, 5, 4), date(2026, 5, 5)
    rows = [
        DayFeeling(heavy_day, "calm", 0.5, -0.6),
        DayFeeling(heavy_day, "scared", -0.8, 0.7, heavy=True),
        DayFeeling(light_day, "hopeful", 0.6, 0.3),
    ]
    veiled = year_in_colour(rows, 2026, DARK)[heavy_day]
    assert veiled.veiled and veiled.colour is None
    assert "scared" not in veiled.words and "calm" not in veiled.words
    one = year_in_colour(rows, 2026, DARK, reveal=[heavy_day])[heavy_day]
    assert not one.veiled and one.colour is not None and "scared" in one.feeling_words
    every = year_in_colour(rows, 2026, DARK, reveal=True)
    assert not every[heavy_day].veiled
    assert every[light_day] == year_in_colour(rows, 2026, DARK)[light_day]


def test_dates_are_said_in_words_without_figures() -> None:
    assert day_words(date(2026, 12, 3)) == "Thursday, the third of December"
    assert ordinal_words(21) == "twenty-first" and ordinal_words(30) == "thirtieth"
    for day in range(1, 32):
        words = day_words(date(2026, 1, day))
        assert not any(ch.isdigit() for ch in words), words


def test_a_kind_passage_skips_greetings_and_signatures_and_prefers_kind_words() -> None:
    body = (
        "Dear little me,\n\nThe bus was late again this morning. "
        "You were never too much, and it was not your fault. I am here for you now.\n\n"
        "With love, from the grown-up you became."
    )
    assert kind_passage(body) == (
        "You were never too much, and it was not your fault. I am here for you now."
    )
    assert kind_passage("Dear me,\n\nLove, me") is None
    long = "You are safe. " + "And the day went on and on. " * 30
    assert len(kind_passage(long) or "") <= 220


def test_kind_words_newest_first_one_passage_each() -> None:
    sources = [
        KindSource(date(2026, 2, 1), EntryKind.LETTER_TO, "You are allowed to rest today, love."),
        KindSource(date(2026, 6, 1), EntryKind.PROMPT, "Today I was gentle with myself again."),
        KindSource(date(2026, 4, 1), EntryKind.LETTER_FROM, "Dear me,"),  # nothing to quote
    ]
    found = kind_words(sources)
    assert [(k.day.month, k.where) for k in found] == [
        (6, "From a kind word to myself"),
        (2, "From a letter to my younger self"),
    ]


def test_what_helped_keeps_the_notes_of_one_year() -> None:
    sessions = [
        SessionRecord("box", "2026-03-01T12:00:00+00:00", note="Counting the sides"),
        SessionRecord("box", "2025-03-01T12:00:00+00:00", note="Last year's note"),
        SessionRecord("box", "2026-05-01T12:00:00+00:00", note="   "),
    ]
    notes = helped_in_year(sessions, {"box": "Box breathing"}, 2026)
    assert [(n.name, n.text) for n in notes] == [("Box breathing", "Counting the sides")]


def test_the_store_reads_days_and_kind_words_but_never_heavy_or_trashed_words(
    paths,  # type: ignore[no-untyped-def]
) -> None:
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.services.looking_back import (
        LookingBackService,
        self_compassion_prompt_ids,
    )
    from innerchild_desktop.store.entries import insert_entry, soft_delete
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from tests.conftest import PASSPHRASE

    reparenting = sorted(self_compassion_prompt_ids())[0]
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        with journal.transaction() as conn:
            insert_entry(
                conn,
                NewEntry(
                    body="You are safe with me now, little one.",
                    entry_date=date(2026, 2, 3),
                    kind=EntryKind.LETTER_TO,
                    mood=Mood("tender", 0.4, -0.3),
                ),
            )
            insert_entry(
                conn,
                NewEntry(
                    body="A heavy letter that must stay unread here.",
                    entry_date=date(2026, 2, 4),
                    kind=EntryKind.LETTER_TO,
                    heavy=True,
                ),
            )
            insert_entry(
                conn,
                NewEntry(
                    body="I gave myself a warm meal and an early night.",
                    entry_date=date(2026, 2, 5),
                    kind=EntryKind.PROMPT,
                    prompt_id=reparenting,
                ),
            )
            gone = insert_entry(
                conn, NewEntry(body="Trashed and kind.", entry_date=date(2026, 2, 6))
            )
            insert_entry(conn, NewEntry(body="Old", entry_date=date(2024, 7, 1)))
            soft_delete(conn, gone)
        service = LookingBackService(journal)
        assert service.years(date(2026, 12, 3)) == [2026, 2024]
        back = service.year(2026)
        assert [d.day.day for d in back.days] == [3, 4, 5]
        assert [d.heavy for d in back.days] == [False, True, False]
        texts = [k.text for k in back.kind_words]
        assert texts == [
            "I gave myself a warm meal and an early night.",
            "You are safe with me now, little one.",
        ]
