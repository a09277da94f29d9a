"""Fuzzy times in English, Spanish and German: said in the current language, read in it and in
English, stored the same whichever language they were typed in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerchild_desktop.domain import i18n
from innerchild_desktop.domain.feelings import LIFE_STAGES, STAGE_WORDS, LifeStage, feeling
from innerchild_desktop.domain.fuzzy_dates import (
    FuzzyDateError,
    FuzzyTime,
    Hemisphere,
    Season,
    parse_fuzzy,
)
from innerchild_desktop.domain.fuzzy_preview import where_it_sits
from innerchild_desktop.services.translations import Catalogue, install_language

D, F, V = "domain.fuzzy_dates", "domain.feelings", "domain.fuzzy_preview"
FS = "domain.fuzzy_said"
MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
ENGLISH_MONTHS = "January February March April May June July August September October November "
ENGLISH_MONTHS += "December"
# A small catalogue of the words a fuzzy time is said with (the shipped .ts holds the same).
WORDS: dict[str, dict[tuple[str, str], list[str]]] = {
    "es": {
        (FS, "{day} {month} {year}"): ["{day} de {month} de {year}"],
        (D, "{month} {year}"): ["{month} de {year}"],
        (FS, "spring {year}"): ["primavera de {year}"],
        (FS, "summer {year}"): ["verano de {year}"],
        (FS, "autumn {year}"): ["otoño de {year}"],
        (FS, "winter {year}"): ["invierno de {year}"],
        (D, "around {year}"): ["hacia {year}"],
        (D, "{year}s"): ["década de {year}"],
        (D, "ages {first}–{last}"): ["de {first} a {last} años"],
        (D, "around age %n"): ["alrededor de %n año", "alrededor de los %n años"],
        (D, "age %n"): ["con %n año", "a los %n años"],
        (FS, 'Try "around age 7", "summer 1994" or "1990s".'): ["Prueba con «verano de 1994»."],
        (V, "age %n"): ["%n año", "%n años"],
        (V, "ages {first}–{last}"): ["{first}–{last} años"],
        (V, "in {year}"): ["en {year}"],
        (F, "primary school"): ["primaria"],
        (F, "teenage years"): ["años de adolescencia"],
        (F, "before school"): ["antes del colegio"],
        (F, "early childhood"): ["primera infancia"],
        (F, "toddler"): ["primeros pasos"],
        (F, "preschool"): ["preescolar"],
        (F, "middle school"): ["secundaria"],
        (F, "high school"): ["bachillerato"],
        (F, "adolescence"): ["adolescencia"],
        (F, "joyful"): ["alegre"],
    },
    "de": {
        (FS, "{day} {month} {year}"): ["{day}. {month} {year}"],
        (D, "{month} {year}"): ["{month} {year}"],
        (FS, "spring {year}"): ["Frühling {year}"],
        (FS, "summer {year}"): ["Sommer {year}"],
        (FS, "autumn {year}"): ["Herbst {year}"],
        (FS, "winter {year}"): ["Winter {year}"],
        (D, "around {year}"): ["um {year}"],
        (D, "{year}s"): ["{year}er"],
        (D, "ages {first}–{last}"): ["mit {first}–{last} Jahren"],
        (D, "around age %n"): ["mit etwa %n Jahr", "mit etwa %n Jahren"],
        (D, "age %n"): ["mit %n Jahr", "mit %n Jahren"],
        (V, "age %n"): ["%n Jahr", "%n Jahre"],
        (V, "ages {first}–{last}"): ["{first}–{last} Jahre"],
        (V, "in {year}"): ["im Jahr {year}"],
        (F, "primary school"): ["Grundschule"],
        (F, "teenage years"): ["Teenagerjahre"],
        (F, "before school"): ["vor der Schulzeit"],
        (F, "early childhood"): ["frühe Kindheit"],
        (F, "toddler"): ["Kleinkindalter"],
        (F, "preschool"): ["Kindergarten"],
        (F, "middle school"): ["Mittelstufe"],
        (F, "high school"): ["Oberstufe"],
        (F, "adolescence"): ["Jugend"],
        (F, "joyful"): ["fröhlich"],
    },
}


def speak(language: str) -> None:
    """Install the small catalogue of ``language`` ("en": no catalogue, the source text)."""
    if language == "en":
        i18n.reset()
        return
    catalogue = Catalogue(language)
    for (context, source), forms in WORDS[language].items():
        catalogue.messages[(context, source, "")] = forms
    for english, own in zip(ENGLISH_MONTHS.split(), MONTHS[language].split(), strict=True):
        catalogue.messages[(FS, english, "")] = [own]
    i18n.install(catalogue.translate, language)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.reset()


PRIMARY, TEENS = LIFE_STAGES[1], LIFE_STAGES[2]
EARLY = STAGE_WORDS[0][0]
ADOLESCENCE = STAGE_WORDS[5][0]
SAID = [  # (time, English, Spanish, German)
    (
        FuzzyTime.at_age(7, approximate=True),
        "around age 7",
        "alrededor de los 7 años",
        "mit etwa 7 Jahren",
    ),
    (
        FuzzyTime.at_age(1, approximate=True),
        "around age 1",
        "alrededor de 1 año",
        "mit etwa 1 Jahr",
    ),
    (FuzzyTime.at_age(7), "age 7", "a los 7 años", "mit 7 Jahren"),
    (FuzzyTime.at_age(1), "age 1", "con 1 año", "mit 1 Jahr"),
    (FuzzyTime.between_ages(6, 8), "ages 6–8", "de 6 a 8 años", "mit 6–8 Jahren"),
    (FuzzyTime.in_season(Season.SUMMER, 1994), "summer 1994", "verano de 1994", "Sommer 1994"),
    (FuzzyTime.in_season(Season.AUTUMN, 1994), "autumn 1994", "otoño de 1994", "Herbst 1994"),
    (FuzzyTime.on(date(2001, 5, 17)), "17 May 2001", "17 de mayo de 2001", "17. Mai 2001"),
    (FuzzyTime.in_month(1994, 3), "March 1994", "marzo de 1994", "März 1994"),
    (FuzzyTime.in_year(1994), "1994", "1994", "1994"),
    (FuzzyTime.in_year(1994, approximate=True), "around 1994", "hacia 1994", "um 1994"),
    (FuzzyTime.in_decade(1990), "1990s", "década de 1990", "1990er"),
    (FuzzyTime.during(PRIMARY), "primary school (6–11)", "primaria (6–11)", "Grundschule (6–11)"),
    (
        FuzzyTime.during(TEENS),
        "teenage years (12–17)",
        "años de adolescencia (12–17)",
        "Teenagerjahre (12–17)",
    ),
    (
        FuzzyTime.during(EARLY),
        "early childhood (0–5)",
        "primera infancia (0–5)",
        "frühe Kindheit (0–5)",
    ),
]


@pytest.mark.parametrize("language", ["en", "es", "de"])
@pytest.mark.parametrize(("time", "en", "es", "de"), SAID)
def test_a_time_is_said_in_the_current_language_and_reads_back(
    language: str, time: FuzzyTime, en: str, es: str, de: str
) -> None:
    speak(language)
    label = {"en": en, "es": es, "de": de}[language]
    assert time.describe() == label
    assert parse_fuzzy(label) == time
    assert parse_fuzzy(en) == time  # English is always understood too


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("es", "alrededor de los 7 años", FuzzyTime.at_age(7, approximate=True)),
        ("es", "sobre los siete años", FuzzyTime.at_age(7, approximate=True)),
        ("es", "con unos 7 años", FuzzyTime.at_age(7, approximate=True)),
        ("es", "a los 7", FuzzyTime.at_age(7)),
        ("es", "cuando tenía 7 años", FuzzyTime.at_age(7)),
        ("es", "7 años", FuzzyTime.at_age(7)),
        ("es", "entre los 6 y los 8 años", FuzzyTime.between_ages(6, 8)),
        ("es", "de 6 a 8", FuzzyTime.between_ages(6, 8)),
        ("es", "Verano de 1994", FuzzyTime.in_season(Season.SUMMER, 1994)),
        ("es", "en el invierno de 1990", FuzzyTime.in_season(Season.WINTER, 1990)),
        ("es", "julio de 1994", FuzzyTime.in_month(1994, 7)),
        ("es", "el 2 de julio de 1994", FuzzyTime.on(date(1994, 7, 2))),
        ("es", "en 1994", FuzzyTime.in_year(1994)),
        ("es", "alrededor de 1994", FuzzyTime.in_year(1994, approximate=True)),
        ("es", "los años 1980", FuzzyTime.in_decade(1980)),
        ("es", "infancia", FuzzyTime.during(EARLY)),
        ("es", "en mi adolescencia", FuzzyTime.during(ADOLESCENCE)),
        ("es", "en la primaria", FuzzyTime.during(PRIMARY)),
        ("de", "mit etwa 7 Jahren", FuzzyTime.at_age(7, approximate=True)),
        ("de", "etwa 7 Jahre alt", FuzzyTime.at_age(7, approximate=True)),
        ("de", "als ich ungefähr sieben war", FuzzyTime.at_age(7, approximate=True)),
        ("de", "mit 7", FuzzyTime.at_age(7)),
        ("de", "7 Jahre alt", FuzzyTime.at_age(7)),
        ("de", "als ich 7 war", FuzzyTime.at_age(7)),
        ("de", "zwischen 6 und 8 Jahren", FuzzyTime.between_ages(6, 8)),
        ("de", "von 6 bis 8", FuzzyTime.between_ages(6, 8)),
        ("de", "Sommer 1994", FuzzyTime.in_season(Season.SUMMER, 1994)),
        ("de", "im Frühjahr 1990", FuzzyTime.in_season(Season.SPRING, 1990)),
        ("de", "im Juli 1994", FuzzyTime.in_month(1994, 7)),
        ("de", "2. Juli 1994", FuzzyTime.on(date(1994, 7, 2))),
        ("de", "im Jahr 1994", FuzzyTime.in_year(1994)),
        ("de", "ungefähr 1994", FuzzyTime.in_year(1994, approximate=True)),
        ("de", "die 1980er Jahre", FuzzyTime.in_decade(1980)),
        ("de", "Grundschule", FuzzyTime.during(PRIMARY)),
        ("de", "in der Grundschule", FuzzyTime.during(PRIMARY)),
        ("de", "Jugend", FuzzyTime.during(ADOLESCENCE)),
        ("de", "in meiner Jugend", FuzzyTime.during(ADOLESCENCE)),
        ("de", "frühe Kindheit", FuzzyTime.during(EARLY)),
    ],
)
def test_everyday_words_of_the_current_language_are_read(
    language: str, typed: str, expected: FuzzyTime
) -> None:
    speak(language)
    assert parse_fuzzy(typed) == expected


@pytest.mark.parametrize("language", ["es", "de"])
def test_what_is_stored_does_not_depend_on_the_language_it_was_typed_in(language: str) -> None:
    typed = {"es": "alrededor de los 7 años", "de": "mit etwa 7 Jahren"}[language]
    speak(language)
    stored = parse_fuzzy(typed).to_dict()
    i18n.reset()
    assert (
        stored
        == parse_fuzzy("around age 7").to_dict()
        == {
            "kind": "age",
            "age": 7,
            "approximate": True,
        }
    )
    stage = {"es": "primaria", "de": "Grundschule"}[language]
    speak(language)
    assert parse_fuzzy(stage).to_dict()["stage"] == "primary school"


def test_another_language_s_words_are_not_guessed_at() -> None:
    speak("es")
    with pytest.raises(FuzzyDateError, match="Prueba con"):
        parse_fuzzy("Sommer 1994")  # German while the program speaks Spanish
    i18n.reset()
    with pytest.raises(FuzzyDateError):
        parse_fuzzy("verano de 1994")


def test_ones_own_stage_keeps_its_own_name_in_every_language() -> None:
    elm = LifeStage("when we lived on Elm Street", start_age=4, end_age=10)
    speak("de")
    time = parse_fuzzy("when we lived on Elm Street", stages=(*LIFE_STAGES, elm))
    assert time.describe() == "when we lived on Elm Street (4–9)"


@pytest.mark.parametrize(
    ("language", "preview"),
    [
        ("en", "around age 7 → ages 6–8"),
        ("es", "alrededor de los 7 años → 6–8 años"),
        ("de", "mit etwa 7 Jahren → 6–8 Jahre"),
    ],
)
def test_the_preview_speaks_the_current_language(language: str, preview: str) -> None:
    speak(language)
    assert where_it_sits(FuzzyTime.at_age(7, approximate=True)) == preview
    birth = date(1987, 3, 10)
    summer = where_it_sits(FuzzyTime.in_season(Season.SUMMER, 1994), birth)
    age, year = {
        "en": ("age 7", "in 1994"),
        "es": ("7 años", "en 1994"),
        "de": ("7 Jahre", "im Jahr 1994"),
    }[language]
    assert summer.endswith(f"→ {age}, {year}")


def test_feelings_are_named_in_the_current_language_and_found_by_that_name() -> None:
    speak("es")
    found = feeling("Alegre")
    assert found is not None and found.name == "joyful" and found.label == "alegre"
    assert feeling("joyful") == found  # the English name still finds it


_times = st.one_of(
    st.builds(FuzzyTime.on, st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))),
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
    st.sampled_from([*LIFE_STAGES, *(stage for stage, _ in STAGE_WORDS)]).map(FuzzyTime.during),
)


@given(_times, st.sampled_from(["en", "es", "de"]))
def test_every_time_reads_back_in_every_language(time: FuzzyTime, language: str) -> None:
    speak(language)
    try:
        said = time.describe()
        assert parse_fuzzy(said, hemisphere=time.hemisphere) == time
        assert FuzzyTime.from_dict(json.loads(json.dumps(time.to_dict()))) == time
    finally:
        i18n.reset()


@given(_times, st.sampled_from(["en", "es", "de"]))
def test_every_time_reads_back_with_the_shipped_catalogues(time: FuzzyTime, language: str) -> None:
    install_language(language)  # whatever the shipped catalogue says, it reads back
    try:
        assert parse_fuzzy(time.describe(), hemisphere=time.hemisphere) == time
    finally:
        i18n.reset()
