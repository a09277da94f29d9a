"""The command line speaks the system's language (issue 19): LANG / LANGUAGE choose Spanish or
German from the same catalogue the window uses; anything else is English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, run


@pytest.mark.parametrize(
    ("language", "ready", "empty"),
    [
        ("es_ES.UTF-8", "Tu diario está listo en", "Todavía no hay entradas."),
        ("de_DE.UTF-8", "Dein Tagebuch ist bereit in", "Noch keine Einträge."),
        ("C", "Your journal is ready in", "No entries yet."),
    ],
)
def test_messages_follow_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, ready: str, empty: str
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", language)
    data = tmp_path / "journal"
    made = run(data, "init", "--passphrase-stdin", stdin=PASS + "\n")
    assert ready in made.stdout
    listed = run(data, "list", "--passphrase-stdin", stdin=PASS + "\n")
    assert listed.stdout.startswith(empty)


def test_a_sentence_and_its_exit_code_in_spanish(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "es")
    data = tmp_path / "journal"
    run(data, "init", "--passphrase-stdin", stdin=PASS + "\n")
    shown = run(data, "show", "nothere", "--passphrase-stdin", stdin=PASS + "\n", check=False)
    assert shown.returncode == 1
    assert "Ninguna entrada tiene ese id" in shown.stderr
    helped = run(data, "--help")
    assert "un diario cifrado y sin conexión" in helped.stdout
