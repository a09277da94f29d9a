"""The translation catalogues (issue 19): read without Qt, complete for every shipped language,
and in step with the source.

A shipped language whose ``.ts`` has an unfinished message fails here, as does a message whose
translation lost a placeholder, a plural form or its markup; and so does a string added to the
code without running ``make ts`` (the catalogue would not know it).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from innerchild_desktop.domain import i18n
from innerchild_desktop.services import translations

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SHIPPED = ("es", "de")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

_PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%\d")
_TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")

SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>journal.page</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Todavía no</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a door</comment>
        <translation>Abrir</translation>
    </message>
</context>
</TS>
"""


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_a_catalogue_translates_plurals_and_falls_back_to_the_source(tmp_path: Path) -> None:
    path = tmp_path / "innerchild_es.ts"
    path.write_text(SAMPLE, encoding="utf-8")
    catalogue = translations.read_catalogue(path, "es")
    assert catalogue.translate("journal.page", "Save") == "Guardar"
    assert catalogue.translate("journal.page", "%n entries", None, 1) == "1 entrada"
    assert catalogue.translate("journal.page", "%n entries", None, 7) == "7 entradas"
    assert catalogue.translate("journal.page", "Open", "a door") == "Abrir"
    # An unfinished message, another context or an unknown text: the English source.
    assert catalogue.translate("journal.page", "Not yet") == "Not yet"
    assert catalogue.translate("other", "Save") == "Save"
    assert catalogue.translate("journal.page", "%n days", None, 3) == "3 days"


def test_the_command_line_follows_the_system_language() -> None:
    assert translations.language_for({"LANG": "es_ES.UTF-8"}) == "es"
    assert translations.language_for({"LANGUAGE": "fr:de", "LANG": "es_ES.UTF-8"}) == "de"
    assert translations.language_for({"LANG": "C"}) == "en"
    assert translations.language_for({}) == "en"


def test_installing_a_language_changes_what_translate_says() -> None:
    english = i18n.translate("journal.page", "Save")
    translations.install_language("xx")  # not shipped: an empty catalogue, the source text
    try:
        assert i18n.current_language() == "xx"
        assert i18n.translate("journal.page", "Save") == english
    finally:
        translations.install_language("en")
    assert i18n.current_language() == "en"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_shipped_message_is_finished_and_keeps_its_placeholders(language: str) -> None:
    path = I18N / f"innerchild_{language}.ts"
    problems: list[str] = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in {"vanished", "obsolete"}:
            continue
        where = f"[{context}] {source[:60]!r}"
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        if kind == "unfinished" or not all(form.strip() for form in forms):
            problems.append(f"unfinished: {where}")
            continue
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"needs 2 plural forms: {where}")
        for form in forms:
            # (a plural form may say "one entry" without "%n")
            ignore = {"%n"} if message.get("numerus") == "yes" else set()
            if _placeholders(form) - ignore != _placeholders(source) - ignore:
                problems.append(f"placeholders differ: {where} -> {form[:60]!r}")
            if sorted(_TAG.findall(form)) != sorted(_TAG.findall(source)):
                problems.append(f"markup differs: {where}")
            if form.count("&") - form.count("&&") > 1:
                problems.append(f"two mnemonics: {where}")
    assert not problems, f"{len(problems)} problems in {path.name}:\n" + "\n".join(problems[:40])


def test_english_plural_forms_are_finished() -> None:
    for context, message in _messages(I18N / "innerchild_en.ts"):
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), f"[{context}] {message.findtext('source')!r}"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate comes with PySide6's wheel")
def test_the_catalogues_know_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the source finds nothing the shipped catalogues lack (run `make ts`)."""
    sources = sorted(str(p) for p in (ROOT / "src" / "innerchild_desktop").rglob("*.py"))
    scratch = tmp_path / "scratch.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", *sources, "-ts", str(scratch)], check=True, capture_output=True
    )
    in_code = {(c, m.findtext("source"), m.findtext("comment")) for c, m in _messages(scratch)}
    for language in (*SHIPPED, "en"):
        shipped = {
            (c, m.findtext("source"), m.findtext("comment"))
            for c, m in _messages(I18N / f"innerchild_{language}.ts")
            if m.find("translation") is not None
            and m.find("translation").get("type") not in {"vanished", "obsolete"}  # type: ignore[union-attr]
        }
        wanted = in_code
        if language == "en":  # English needs only its plural forms
            wanted = {
                (c, m.findtext("source"), m.findtext("comment"))
                for c, m in _messages(scratch)
                if m.get("numerus") == "yes"
            }
        missing = sorted(wanted - shipped, key=str)
        assert not missing, (
            f"{len(missing)} strings are not in innerchild_{language}.ts (run `make ts`, then "
            f"translate them): " + "; ".join(f"[{c}] {s!r}" for c, s, _ in missing[:20])
        )


def test_counts_are_grouped_as_each_language_writes_numbers(tmp_path: Path) -> None:
    assert i18n.translate("x", "%n entries", None, 1234) == "1,234 entries"
    assert [i18n.number(n, "de") for n in (999, 1234, 1234567)] == ["999", "1.234", "1.234.567"]
    assert [i18n.number(n, "es") for n in (1234, 12345)] == ["1234", "12.345"]
    path = tmp_path / "innerchild_es.ts"
    path.write_text(SAMPLE, encoding="utf-8")
    assert (
        translations.read_catalogue(path, "es").translate("journal.page", "%n entries", None, 12345)
        == "12.345 entradas"
    )

    def qt_like(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.replace("%n", str(n))  # as Qt writes %n: no grouping

    grouped = i18n.grouping(qt_like, "de")
    assert grouped("x", "%n Einträge, seit 2019", None, 2019) == "2.019 Einträge, seit 2019"
    assert grouped("x", "Jahr 2019", None, -1) == "Jahr 2019"  # not a count: untouched
