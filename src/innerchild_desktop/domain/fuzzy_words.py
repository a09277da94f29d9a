"""Fuzzy times typed in Spanish or German, read as the English the parser knows.

A person may type in the program's language or in English, so :mod:`fuzzy_parse` first tries
English, then asks :func:`to_english` here: "verano de 1994" → "summer 1994", "mit etwa 7
Jahren" → "around 7", "Grundschule" → "primary school". What is stored is the same whichever
language it was typed in (:meth:`FuzzyTime.to_dict` is language-neutral).

Two sources of words, so every label the program prints reads back to the same value:

- the *printed forms*: whatever the current catalogue makes of each template
  ("summer {year}", "around age %n", a shipped stage's name) is turned into a pattern, so a
  translation changed later still reads back;
- the *typed forms* below: the everyday ways of saying it ("a los 7", "etwa 7 Jahre alt").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from innerchild_desktop.domain.feelings import SHIPPED_STAGE_NAMES
from innerchild_desktop.domain.fuzzy_said import MONTH_NAMES, month_name
from innerchild_desktop.domain.i18n import current_language, translate

_N = r"(\d{1,3})"
_Y = r"(\d{4})"

_NUMBER_WORDS = {
    "es": (
        *("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
        *("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete"),
        *("dieciocho", "diecinueve", "veinte"),
    ),
    "de": (
        *("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
        *("zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn"),
        *("achtzehn", "neunzehn", "zwanzig"),
    ),
}
_MONTHS = {
    "es": (
        *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"),
        *("septiembre", "octubre", "noviembre", "diciembre"),
    ),
    "de": (
        *("januar", "februar", "märz", "april", "mai", "juni", "juli", "august"),
        *("september", "oktober", "november", "dezember"),
    ),
}
_MONTH_EXTRA = {"es": {"setiembre": 9}, "de": {"jänner": 1, "maerz": 3}}
_SEASONS = {
    "es": {"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"},
    "de": {
        **{"frühling": "spring", "frühjahr": "spring", "sommer": "summer"},
        **{"herbst": "autumn", "winter": "winter"},
    },
}
# Everyday words for parts of childhood → the shipped stage they mean (its English name).
_STAGES = {
    "es": {
        "infancia": "early childhood",
        "primera infancia": "early childhood",
        "niñez": "early childhood",
        "antes del colegio": "before school",
        "antes de la escuela": "before school",
        "primaria": "primary school",
        "escuela primaria": "primary school",
        "colegio": "primary school",
        "adolescencia": "adolescence",
        "adolescente": "adolescence",
        "años de adolescencia": "teenage years",
        "pubertad": "adolescence",
        "bebé": "toddler",
        "niño pequeño": "toddler",
        "niña pequeña": "toddler",
        "preescolar": "preschool",
        "guardería": "preschool",
        "jardín de infancia": "preschool",
        "secundaria": "middle school",
        "escuela secundaria": "middle school",
        "bachillerato": "high school",
        "instituto": "high school",
    },
    "de": {
        "kindheit": "early childhood",
        "frühe kindheit": "early childhood",
        "vor der schule": "before school",
        "vor der schulzeit": "before school",
        "vor der einschulung": "before school",
        "grundschule": "primary school",
        "grundschulzeit": "primary school",
        "volksschule": "primary school",
        "jugend": "adolescence",
        "pubertät": "adolescence",
        "teenagerjahre": "teenage years",
        "teeniejahre": "teenage years",
        "kleinkind": "toddler",
        "kleinkindalter": "toddler",
        "kindergarten": "preschool",
        "kita": "preschool",
        "vorschule": "preschool",
        "mittelstufe": "middle school",
        "unterstufe": "middle school",
        "oberstufe": "high school",
        "gymnasium": "high school",
    },
}
# Little words before a stage: "en la primaria", "in meiner Jugend", "als Kleinkind".
_STAGE_LEAD = {
    "es": r"^(?:(?:en|durante|de|cuando era|cuando iba a) )?(?:(?:la|el|los|las|mi|mis) )?",
    "de": r"^(?:(?:in|während|als|zur|im|in der|in den) )?(?:(?:der|die|das|den|meiner|meinem|"
    r"meine|mein|meinen|ein|eine) )?",
}
_ROUGHLY = {
    "es": r"(?:alrededor de|sobre|hacia|aproximadamente|más o menos|unos|como|cerca de|"
    r"a eso de|quizás?|probablemente|por)",
    "de": r"(?:etwa|ungefähr|ca\.?|circa|zirka|rund|so|um|vielleicht|wahrscheinlich|gegen)",
}
_AGE_LEAD = {
    "es": r"(?:(?:a los|con|cuando tenía|tenía|a la edad de|edad(?: de)?) )",
    "de": r"(?:(?:mit|im alter von|als ich|alter) )",
}
_AGE_TAIL = {
    "es": r"(?: años?)?(?: de edad)?",
    "de": r"(?: jahren?| jahre alt| jahr alt)?(?: war)?",
}


def _typed_rules(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Everyday phrasings → English, tried in order (the first full match wins)."""
    rough, lead, tail = _ROUGHLY[language], _AGE_LEAD[language], _AGE_TAIL[language]
    months = "|".join(sorted(_month_numbers(language), key=len, reverse=True))
    seasons = "|".join(_SEASONS[language])
    rules: tuple[tuple[str, str], ...]
    if language == "es":
        rules = (
            (rf"(?:el )?(\d{{1,2}}) de ({months}) del? {_Y}", r"\1 {month:2} \3"),
            (rf"(?:en )?({months})(?: del?)? {_Y}", r"{month:1} \2"),
            (rf"(?:en )?(?:el |la )?({seasons})(?: del?)? {_Y}", r"{season:1} \2"),
            (rf"(?:en )?(?:la )?década de(?:l| los)? {_Y}", r"\1s"),
            (rf"(?:en )?(?:los )?años {_Y}", r"\1s"),
            (rf"{rough} (?:el año )?{_Y}", r"around \1"),
            (rf"(?:en )?(?:el año )?{_Y}", r"\1"),
            (rf"{lead}?(?:entre )(?:los )?{_N} y (?:los )?{_N}{tail}", r"ages \1-\2"),
            (rf"{lead}?de(?: los)? {_N} a(?: los)? {_N}{tail}", r"ages \1-\2"),
            (rf"{lead}?{_N} ?(?:-|a) ?{_N}{tail}", r"ages \1-\2"),
            (rf"{lead}?{rough} (?:de )?(?:los |el )?{_N}{tail}", r"around \1"),
            (rf"{lead}?{_N}{tail}", r"age \1"),
        )
    else:
        rules = (
            (rf"(?:am )?(\d{{1,2}})\.? ({months}) {_Y}", r"\1 {month:2} \3"),
            (rf"(?:im )?({months}) {_Y}", r"{month:1} \2"),
            (rf"(?:im )?({seasons})(?: des jahres)? {_Y}", r"{season:1} \2"),
            (rf"(?:in den |die )?{_Y}er(?: jahren?)?", r"\1s"),
            (rf"{rough} {_Y}", r"around \1"),
            (rf"(?:im jahre? |in )?{_Y}", r"\1"),
            (rf"{lead}?zwischen {_N} und {_N}{tail}", r"ages \1-\2"),
            (rf"{lead}?(?:von )?{_N} ?(?:-|bis) ?{_N}{tail}", r"ages \1-\2"),
            (rf"(?:{lead}|als ich )?{rough} {_N}{tail}", r"around \1"),
            (rf"{lead}?{_N}{tail}", r"age \1"),
        )
    return tuple((re.compile(pattern), english) for pattern, english in rules)


def _month_numbers(language: str) -> dict[str, int]:
    names = {name: i for i, name in enumerate(_MONTHS[language], start=1)}
    return names | _MONTH_EXTRA[language]


def _digits(text: str, language: str) -> str:
    """ "siete" → "7", "sieben" → "7" (whole words only)."""
    words = _NUMBER_WORDS[language]
    return " ".join(str(words.index(w)) if w in words else w for w in text.split(" "))


def _english_month(name: str, language: str, printed: dict[str, int]) -> str:
    number = printed.get(name) or _month_numbers(language).get(name, 1)
    return MONTH_NAMES[number - 1]


def _fill(template: str, match: re.Match[str], language: str, printed: dict[str, int]) -> str:
    """``match.expand`` plus "{month:N}" / "{season:N}": group N said in English."""

    def word(found: re.Match[str]) -> str:
        value = match.group(int(found.group(2)))
        if found.group(1) == "month":
            return _english_month(value, language, printed)
        return _SEASONS[language].get(value, value)

    return match.expand(re.sub(r"\{(month|season):(\d)\}", word, template))


# --- the printed forms -------------------------------------------------------------------------

_SAID = (  # templates of fuzzy_said: (as marked, the English the parser reads)
    ("{day} {month} {year}", "{day} {month} {year}"),
    ("spring {year}", "spring {year}"),
    ("summer {year}", "summer {year}"),
    ("autumn {year}", "autumn {year}"),
    ("winter {year}", "winter {year}"),
)
_PRINTED = (  # templates of FuzzyTime.describe()
    ("{month} {year}", "{month} {year}"),
    ("around {year}", "around {year}"),
    ("{year}s", "{year}s"),
    ("ages {first}–{last}", "ages {first}-{last}"),
)
_PLURALS = (("around age %n", "around age {n}"), ("age %n", "age {n}"))
_FIELDS = {
    "day": r"(?P<day>\d{1,2})",
    "month": r"(?P<month>[^\d]+?)",
    "year": r"(?P<year>\d{4})",
    "first": r"(?P<first>\d{1,3})",
    "last": r"(?P<last>\d{1,3})",
    "n": r"(?P<n>\d{1,3})",
}


def _pattern(printed: str, clean: Callable[[str], str]) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", clean(printed))
    pattern = "".join(_FIELDS[p] if i % 2 else re.escape(p) for i, p in enumerate(parts))
    return re.compile(pattern)


def _printed_rules(clean: Callable[[str], str]) -> list[tuple[re.Pattern[str], str]]:
    rules = []
    shown_forms = [(translate("domain.fuzzy_said", s), s, e) for s, e in _SAID]
    shown_forms += [(translate("domain.fuzzy_dates", s), s, e) for s, e in _PRINTED]
    for shown, source, english in shown_forms:
        if shown != source:
            rules.append((_pattern(shown, clean), english))
    for source, english in _PLURALS:
        for sample in (1, 37):
            shown = translate("domain.fuzzy_dates", source, None, sample)
            if shown != source.replace("%n", str(sample)):
                rules.append((_pattern(shown.replace(str(sample), "{n}", 1), clean), english))
    return rules


def _printed_months(clean: Callable[[str], str]) -> dict[str, int]:
    return {clean(month_name(m)): m for m in range(1, 13)}


def _from_printed(text: str, clean: Callable[[str], str]) -> str | None:
    months = _printed_months(clean)
    for pattern, english in _printed_rules(clean):
        found = pattern.fullmatch(text)
        if found is None:
            continue
        values = found.groupdict()
        if "month" in values:
            if values["month"] not in months:
                continue
            values["month"] = _english_month(values["month"], current_language(), months)
        return english.format(**values)
    return None


# --- the doors ---------------------------------------------------------------------------------


def to_english(text: str, clean: Callable[[str], str]) -> str | None:
    """``text`` (already ``clean``ed) as English the parser reads, or None if it is not a time
    said in the current language."""
    printed = _from_printed(text, clean)
    if printed is not None:
        return printed
    language = current_language()
    if language not in _TYPED:
        return None
    typed = _digits(text, language)
    months = _printed_months(clean)
    for pattern, english in _typed_rules(language):
        found = pattern.fullmatch(typed)
        if found is not None:
            return _fill(english, found, language, months)
    return None


def stage_in_english(text: str, unlabelled: Callable[[str], str]) -> str | None:
    """A shipped stage's English name when ``text`` names it in the current language
    ("Grundschule", "en la adolescencia", "Jugend (12–17)"), else None."""
    language = current_language()
    candidates = {text, unlabelled(text)}
    if language in _STAGE_LEAD:
        candidates |= {re.sub(_STAGE_LEAD[language], "", c) for c in set(candidates)}
    for name in SHIPPED_STAGE_NAMES:
        shown = " ".join(translate("domain.feelings", name).lower().split())
        if shown != name and shown in candidates:
            return name
    words = _STAGES.get(language, {})
    return next((words[c] for c in candidates if c in words), None)


_TYPED = frozenset(_NUMBER_WORDS)
