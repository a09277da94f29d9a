"""Fuzzy time for memories: parsing, spans, the mixing rule, stages and storage."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.feelings import LIFE_STAGES, LifeStage
from innerchild_desktop.domain.fuzzy_dates import (
    FuzzyDateError,
    FuzzyTime,
    Hemisphere,
    Lane,
    Season,
    TimeKind,
    age_at,
    date_at_age,
    decimal_year,
    parse_fuzzy,
    sort_times,
)

BIRTH = date(1987, 3, 10)
ELM = LifeStage("when we lived on Elm Street", start_age=4, end_age=10)
FARM = LifeStage("the farm years", start_year=1990, end_year=1995)
STAGES = (*LIFE_STAGES, ELM, FARM)


@pytest.mark.parametrize(
    ("typed", "expected", "label"),
    [
        ("2001-05-17", FuzzyTime.on(date(2001, 5, 17)), "17 May 2001"),
        ("17 May 2001", FuzzyTime.on(date(2001, 5, 17)), "17 May 2001"),
        ("May 17th, 2001", FuzzyTime.on(date(2001, 5, 17)), "17 May 2001"),
        ("May 1994", FuzzyTime.in_month(1994, 5), "May 1994"),
        ("sept 1994", FuzzyTime.in_month(1994, 9), "September 1994"),
        ("1994-05", FuzzyTime.in_month(1994, 5), "May 1994"),
        ("summer 1994", FuzzyTime.in_season(Season.SUMMER, 1994), "summer 1994"),
        ("Fall of 1994", FuzzyTime.in_season(Season.AUTUMN, 1994), "autumn 1994"),
        ("1994", FuzzyTime.in_year(1994), "1994"),
        ("in 1994", FuzzyTime.in_year(1994), "1994"),
        ("around 1994", FuzzyTime.in_year(1994, approximate=True), "around 1994"),
        ("1990s", FuzzyTime.in_decade(1990), "1990s"),
        ("the 1980's", FuzzyTime.in_decade(1980), "1980s"),
        ("around 7", FuzzyTime.at_age(7, approximate=True), "around age 7"),
        ("about age 7", FuzzyTime.at_age(7, approximate=True), "around age 7"),
        ("age 7", FuzzyTime.at_age(7), "age 7"),
        ("7", FuzzyTime.at_age(7), "age 7"),
        ("When I was seven.", FuzzyTime.at_age(7), "age 7"),
        ("7 years old", FuzzyTime.at_age(7), "age 7"),
        ("age 6-8", FuzzyTime.between_ages(6, 8), "ages 6–8"),
        ("6 to 8", FuzzyTime.between_ages(6, 8), "ages 6–8"),
        ("ages 6 – 8", FuzzyTime.between_ages(6, 8), "ages 6–8"),
        ("between 8 and 6", FuzzyTime.between_ages(6, 8), "ages 6–8"),
        ("age 7-7", FuzzyTime.at_age(7), "age 7"),
        ("primary school", FuzzyTime.during(LIFE_STAGES[1]), "primary school (6–11)"),
        ("  Teenage   Years ", FuzzyTime.during(LIFE_STAGES[2]), "teenage years (12–17)"),
        ("when we lived on Elm Street", FuzzyTime.during(ELM), "when we lived on Elm Street (4–9)"),
        ("the farm years", FuzzyTime.during(FARM), "the farm years (1990–1995)"),
    ],
)
def test_parse_and_describe(typed: str, expected: FuzzyTime, label: str) -> None:
    parsed = parse_fuzzy(typed, stages=STAGES)
    assert parsed == expected
    assert parsed.describe() == label
    assert parse_fuzzy(label, stages=STAGES) == parsed  # every label reads back


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "When was this, roughly?"),
        ("   ", "When was this, roughly?"),
        ("yesterday-ish", 'I couldn\'t read "yesterday-ish" as a time. Try "around age 7"'),
        ("13/05/1994", "I couldn't read"),
        ("summer '94", "I couldn't read"),
        ("the elm street years", "I couldn't read"),  # not a stage the person defined
        ("2001-02-30", "There's no 30 February 2001"),
        ("30 feb 2001", "There's no 30 February 2001"),
        ("1994-13", "A month is a number from 1 to 12"),
        ("1850", "I can place years from 1900 to 2100"),
        ("1801-01-01", "I can place years from 1900 to 2100"),
        ("age 150", "Ages here go from 0 to 99"),
        ("1994s", "A decade starts with a year ending in 0"),
    ],
)
def test_unreadable_text_gets_a_gentle_message(typed: str, message: str) -> None:
    with pytest.raises(FuzzyDateError) as caught:
        parse_fuzzy(typed, stages=STAGES)
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, InvalidInput)  # shown to the user in words, exit code 1


def test_long_unreadable_text_is_shortened_in_the_message() -> None:
    with pytest.raises(FuzzyDateError) as caught:
        parse_fuzzy("x" * 200)
    assert len(str(caught.value)) < 120 and "…" in str(caught.value)


@pytest.mark.parametrize(
    ("time", "start", "end"),
    [
        (FuzzyTime.on(date(2001, 5, 17)), date(2001, 5, 17), date(2001, 5, 18)),
        (FuzzyTime.in_month(1994, 12), date(1994, 12, 1), date(1995, 1, 1)),
        (FuzzyTime.in_season(Season.SUMMER, 1994), date(1994, 6, 1), date(1994, 9, 1)),
        (FuzzyTime.in_season(Season.WINTER, 1994), date(1994, 12, 1), date(1995, 3, 1)),
        (
            FuzzyTime.in_season(Season.SUMMER, 1994, Hemisphere.SOUTH),
            date(1994, 12, 1),
            date(1995, 3, 1),
        ),
        (
            FuzzyTime.in_season(Season.WINTER, 1994, Hemisphere.SOUTH),
            date(1994, 6, 1),
            date(1994, 9, 1),
        ),
        (FuzzyTime.in_year(1994), date(1994, 1, 1), date(1995, 1, 1)),
        (FuzzyTime.in_year(1994, approximate=True), date(1993, 7, 1), date(1995, 7, 1)),
        (FuzzyTime.in_decade(1990), date(1990, 1, 1), date(2000, 1, 1)),
        (FuzzyTime.during(FARM), date(1990, 1, 1), date(1996, 1, 1)),
    ],
)
def test_calendar_spans(time: FuzzyTime, start: date, end: date) -> None:
    assert time.date_span() == (start, end)
    assert time.age_span() is None  # no birth date: no age can be claimed
    assert time.placement().lane is Lane.CALENDAR
    assert time.placement().start == decimal_year(start)


@pytest.mark.parametrize(
    ("time", "ages"),
    [
        (FuzzyTime.at_age(7), (7, 8)),
        (FuzzyTime.at_age(7, approximate=True), (6.5, 8.5)),
        (FuzzyTime.at_age(0, approximate=True), (0, 1.5)),  # never before birth
        (FuzzyTime.between_ages(6, 8), (6, 9)),
        (FuzzyTime.during(LIFE_STAGES[0]), (0, 6)),
        (FuzzyTime.during(ELM), (4, 10)),
    ],
)
def test_age_spans(time: FuzzyTime, ages: tuple[float, float]) -> None:
    assert time.age_span() == ages
    assert time.date_span() is None  # no birth date: no year can be claimed
    assert time.placement().lane is Lane.AGE
    assert time.placement().key == sum(ages) / 2


def test_ages_and_dates_convert_both_ways_with_a_birth_date() -> None:
    assert age_at(BIRTH, date(1994, 3, 10)) == 7.0
    assert age_at(BIRTH, date(1987, 3, 9)) < 0  # before birth
    assert 7.49 < age_at(BIRTH, date(1994, 9, 8)) < 7.51
    for age in (0.0, 3.25, 7.5, 12.999, 40.0):
        assert abs(age_at(BIRTH, date_at_age(BIRTH, age)) - age) < 1 / 365
    leap = date(2000, 2, 29)
    assert date_at_age(leap, 1) == date(2001, 2, 28) and age_at(leap, date(2004, 2, 29)) == 4
    assert FuzzyTime.at_age(7).date_span(BIRTH) == (date(1994, 3, 10), date(1995, 3, 10))
    assert FuzzyTime.in_year(1994).age_span(BIRTH) == pytest.approx((6.8137, 7.8137), abs=1e-3)
    summer = FuzzyTime.in_season(Season.SUMMER, 1994)
    assert summer.placement(BIRTH).lane is Lane.AGE
    assert summer.date_span(BIRTH) == summer.date_span()  # its own dates win


def test_sort_order_with_mixed_precision_and_a_birth_date() -> None:
    """With a birth date everything shares the age axis, by middle of span, narrower first."""
    typed = [
        "primary school",
        "2001-05-17",
        "1990s",
        "ages 6-8",
        "around 7",
        "age 7",
        "summer 1994",
        "1994",
        "May 1994",
        "before school",
    ]
    times = [parse_fuzzy(t) for t in typed]
    assert [t.describe() for t in sort_times(times, BIRTH)] == [
        "before school (0–5)",  # middle 3
        "May 1994",  # 7.18
        "1994",  # 7.31
        "summer 1994",  # 7.35
        "age 7",  # 7.5, one year wide
        "around age 7",  # 7.5, two years wide
        "ages 6–8",  # 7.5, three years wide
        "1990s",  # 7.81
        "primary school (6–11)",  # 9
        "17 May 2001",  # 14.2
    ]


def test_without_a_birth_date_ages_come_first_then_the_calendar_lane() -> None:
    typed = ["1990s", "around 7", "summer 1994", "the farm years", "May 1994", "primary school"]
    ordered = sort_times([parse_fuzzy(t, stages=STAGES) for t in typed])
    assert [t.describe() for t in ordered] == [
        "around age 7",
        "primary school (6–11)",
        "the farm years (1990–1995)",  # middle 1993.0
        "May 1994",
        "summer 1994",
        "1990s",  # middle 1995.0
    ]
    lanes = [t.placement().lane for t in ordered]
    assert lanes == [Lane.AGE] * 2 + [Lane.CALENDAR] * 4
    # The stored number alone keeps the same order (ages <= 120 < 1900 <= years).
    keys = [t.placement().key for t in ordered]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("typed", "birth", "stage"),
    [
        ("age 3", None, "before school"),
        ("around 7", None, "primary school"),
        ("ages 11-13", None, "teenage years"),  # middle 12.5
        ("age 30", None, None),
        ("summer 1994", None, None),  # no birth date: no age, and no year-based stage given
        ("summer 1994", BIRTH, "primary school"),
        ("2001-05-17", BIRTH, "teenage years"),
        ("teenage years", None, "teenage years"),
    ],
)
def test_stage_of_default_stages(typed: str, birth: date | None, stage: str | None) -> None:
    found = parse_fuzzy(typed).stage_of(birth=birth)
    assert (found.name if found else None) == stage


def test_stage_of_user_stages_in_the_given_order() -> None:
    mine = (ELM, FARM, *LIFE_STAGES)
    assert parse_fuzzy("age 5").stage_of(mine) == ELM
    assert parse_fuzzy("1992").stage_of(mine) == FARM  # a calendar stage, no birth date needed
    assert parse_fuzzy("1999").stage_of(mine) is None
    assert parse_fuzzy("age 11").stage_of(mine).name == "primary school"


def test_editing_a_stage_moves_its_memories() -> None:
    time = FuzzyTime.during(ELM)
    moved = LifeStage(ELM.name, start_age=5, end_age=8)
    assert time.with_stages((moved,)).age_span() == (5, 8)
    assert time.stage_of((moved,)) == moved
    assert FuzzyTime.at_age(3).with_stages((moved,)) == FuzzyTime.at_age(3)


@pytest.mark.parametrize(
    "typed",
    [
        "2001-05-17",
        "May 1994",
        "winter 1994",
        "around 1994",
        "1990s",
        "around 7",
        "age 7",
        "6 to 8",
        "primary school",
        "when we lived on Elm Street",
        "the farm years",
    ],
)
def test_storage_round_trip_through_json(typed: str) -> None:
    time = parse_fuzzy(typed, stages=STAGES)
    stored = json.loads(json.dumps(time.to_dict()))
    assert FuzzyTime.from_dict(stored) == time
    assert stored["kind"] == time.kind.value


def test_southern_seasons_keep_their_hemisphere_in_storage() -> None:
    time = parse_fuzzy("summer 1994", hemisphere=Hemisphere.SOUTH)
    assert time.date_span() == (date(1994, 12, 1), date(1995, 3, 1))
    assert FuzzyTime.from_dict(time.to_dict()).hemisphere is Hemisphere.SOUTH


def test_older_and_shorter_stored_forms_still_read() -> None:
    assert FuzzyTime.from_dict({"kind": "stage", "stage": "before school"}) == FuzzyTime.during(
        LIFE_STAGES[0]
    )
    assert FuzzyTime.from_dict({"kind": "text", "text": "around 7"}) == FuzzyTime.at_age(
        7, approximate=True
    )
    assert FuzzyTime.from_dict({"kind": "age_range", "start": 6, "end": 8}).kind is (
        TimeKind.AGE_RANGE
    )


@pytest.mark.parametrize(
    "stored",
    [
        {},
        {"kind": "fortnight"},
        {"kind": "date", "date": "17/05/2001"},
        {"kind": "month", "year": 1994},
        {"kind": "season", "year": 1994, "season": "monsoon"},
        {"kind": "stage", "stage": "a stage nobody defined"},
        {"kind": "age_range", "start": 8, "end": 6},
    ],
)
def test_damaged_stored_forms_raise_a_known_error(stored: dict[str, object]) -> None:
    with pytest.raises(FuzzyDateError):
        FuzzyTime.from_dict(stored)


def test_direct_construction_is_validated() -> None:
    with pytest.raises(FuzzyDateError):
        FuzzyTime(TimeKind.SEASON, year=1994)
    with pytest.raises(FuzzyDateError):
        FuzzyTime(TimeKind.STAGE)
    with pytest.raises(FuzzyDateError):
        FuzzyTime(TimeKind.AGE)


_times = st.one_of(
    st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(FuzzyTime.on),
    st.builds(FuzzyTime.in_month, st.integers(1900, 2100), st.integers(1, 12)),
    st.builds(
        FuzzyTime.in_season,
        st.sampled_from(Season),
        st.integers(1900, 2100),
        st.sampled_from(Hemisphere),
    ),
    st.builds(FuzzyTime.in_year, st.integers(1900, 2100), approximate=st.booleans()),
    st.integers(190, 210).map(lambda d: FuzzyTime.in_decade(d * 10)),
    st.builds(FuzzyTime.at_age, st.integers(0, 99), approximate=st.booleans()),
    st.builds(FuzzyTime.between_ages, st.integers(0, 99), st.integers(0, 99)),
    st.sampled_from(STAGES).map(FuzzyTime.during),
)


@given(_times, st.sampled_from([None, BIRTH, date(2000, 2, 29)]))
def test_any_time_describes_reads_back_stores_and_places(
    time: FuzzyTime, birth: date | None
) -> None:
    assert parse_fuzzy(time.describe(), stages=STAGES, hemisphere=time.hemisphere) == time
    assert FuzzyTime.from_dict(json.loads(json.dumps(time.to_dict()))) == time
    where = time.placement(birth)
    assert where.start < where.end
    assert (where.lane is Lane.AGE) == (time.age_span(birth) is not None)
    if birth is not None:  # with a birth date, both views exist and agree in order
        ages, dates = time.age_span(birth), time.date_span(birth)
        assert ages is not None and dates is not None and dates[0] < dates[1]


@pytest.mark.parametrize(
    ("typed", "label", "ages"),
    [
        ("early childhood", "early childhood (0–5)", (0, 6)),
        ("toddler", "toddler (1–3)", (1, 4)),
        ("When I was a toddler", "toddler (1–3)", (1, 4)),
        ("the toddler years", "toddler (1–3)", (1, 4)),
        ("Preschool", "preschool (3–5)", (3, 6)),
        ("at pre-school", "preschool (3–5)", (3, 6)),
        ("middle school", "middle school (11–13)", (11, 14)),
        ("in junior high", "middle school (11–13)", (11, 14)),
        ("high school", "high school (14–17)", (14, 18)),
        ("in high school", "high school (14–17)", (14, 18)),
        ("adolescence", "adolescence (12–17)", (12, 18)),
        ("during adolescence", "adolescence (12–17)", (12, 18)),
    ],
)
def test_everyday_words_for_parts_of_childhood(
    typed: str, label: str, ages: tuple[float, float]
) -> None:
    time = parse_fuzzy(typed, stages=STAGES)
    assert time.kind is TimeKind.STAGE
    assert time.describe() == label
    assert time.age_span() == ages and time.placement().lane is Lane.AGE
    assert parse_fuzzy(label, stages=STAGES) == time  # the label reads back
    assert FuzzyTime.from_dict(json.loads(json.dumps(time.to_dict()))) == time
    assert time.stage_of(STAGES) == time.stage  # the memory's stage is the word itself


def test_a_persons_own_stage_wins_over_the_usual_ages() -> None:
    own_school = LifeStage("High School", start_year=1998, end_year=2002)
    own_nursery = LifeStage("nursery", start_age=2, end_age=5)
    stages = (*LIFE_STAGES, own_school, own_nursery)
    assert parse_fuzzy("high school", stages=stages) == FuzzyTime.during(own_school)
    assert parse_fuzzy("in high school", stages=stages).date_span() == (
        date(1998, 1, 1),
        date(2003, 1, 1),
    )
    # another way of saying the same part of life finds the person's own stage too
    assert parse_fuzzy("preschool", stages=stages) == FuzzyTime.during(own_nursery)
    assert parse_fuzzy("toddler", stages=stages).describe() == "toddler (1–3)"  # not theirs
    # a shipped stage can be written with a little framing as well
    assert parse_fuzzy("in primary school") == FuzzyTime.during(LIFE_STAGES[1])


@pytest.mark.parametrize(
    ("typed", "birth", "preview"),
    [
        ("around age 7", None, "around age 7 → ages 6–8"),
        ("around age 7", BIRTH, "around age 7 → ages 6–8, about 1993–1995"),
        ("age 7", BIRTH, "age 7 → age 7, about 1994–1995"),
        ("toddler", None, "toddler (1–3) → ages 1–3"),
        ("summer 1994", BIRTH, "summer 1994 → age 7, in 1994"),
        ("1990s", BIRTH, "1990s → ages 2–12, 1990–1999"),
        ("1980", BIRTH, "1980 → before you were born, in 1980"),
    ],
)
def test_preview_says_where_a_time_will_sit(typed: str, birth: date | None, preview: str) -> None:
    from innerchild_desktop.domain.fuzzy_preview import where_it_sits

    assert where_it_sits(parse_fuzzy(typed), birth) == preview


def test_preview_without_a_birth_date_says_what_was_understood() -> None:
    from innerchild_desktop.domain.fuzzy_preview import YEAR_LINE, where_it_sits

    text = where_it_sits(parse_fuzzy("summer 1994"))
    assert text == f"summer 1994 → in 1994, {YEAR_LINE}"
    assert "if you like" in text  # a birth date is offered, never required
