"""Issue 16, "One way in", through the command line: the same checks, sentences and prompt
choices as the app window, because both go through the same services."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import MAX_ENTRY_CHARS
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.prompts import PromptService
from tests.integration.test_cli import PASS, run

BASE = ["--passphrase-stdin"]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    return data


def _open(home: Path):  # type: ignore[no-untyped-def]
    from innerchild_desktop.store.opening import open_journal

    return open_journal(JournalPaths(home), PASS)


def _no_bug_report(stderr: str) -> None:
    assert "Traceback" not in stderr and "report" not in stderr
    assert "something went wrong" not in stderr


# --- 1. the same check for every way an entry comes in -------------------------------------------


def test_add_refuses_an_over_long_body_in_a_sentence(home: Path) -> None:
    body = "x" * (MAX_ENTRY_CHARS + 1)
    out = run(home, "add", "--title", "t", *BASE, stdin=f"{PASS}\n{body}", check=False)
    assert out.returncode == 1 and "too long to save" in out.stderr
    _no_bug_report(out.stderr)


# --- 3. an export to a place that cannot be written ----------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "html", "markdown", "pdf"])
def test_export_to_an_unwritable_name_is_a_sentence(home: Path, tmp_path: Path, fmt: str) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / ("n" * 300)  # no file system takes this name, whoever runs the test
    out = run(home, "export", "--format", fmt, "--out", str(target), *BASE, stdin=PASS, check=False)
    assert out.returncode == 1, out.stderr
    assert "cannot write" in out.stderr and "too long" in out.stderr
    _no_bug_report(out.stderr)
    assert list(out_dir.iterdir()) == []


def test_export_under_a_file_is_a_sentence(home: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    target = blocker / "journal.json"
    out = run(
        home, "export", "--format", "json", "--out", str(target), *BASE, stdin=PASS, check=False
    )
    assert out.returncode == 1 and "is a file, not a folder" in out.stderr
    _no_bug_report(out.stderr)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_export_into_a_read_only_folder_is_a_sentence(home: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        out = run(
            home, "export", "--format", "json", "--out", str(locked / "j.json"), *BASE,
            stdin=PASS, check=False,
        )  # fmt: skip
    finally:
        locked.chmod(0o700)
    assert out.returncode == 1 and "no permission" in out.stderr
    _no_bug_report(out.stderr)


# --- 4. the same prompts as the app window -------------------------------------------------------


def test_prompt_offers_the_persons_own_prompts(home: Path) -> None:
    with _open(home) as journal:
        prompts = PromptService(journal)
        mine = prompts.add_user_prompt("What made you smile this week?", "play")
        for prompt in prompts.library().prompts:  # leave only the person's own prompt
            prompts.record(prompt.id, "hidden")
    out = run(home, "prompt", "--json", *BASE, stdin=PASS)
    offers = json.loads(out.stdout)
    assert [o["id"] for o in offers] == [mine]
    assert offers[0]["text"] == "What made you smile this week?"


def test_cli_and_app_choose_the_same_prompt(home: Path) -> None:
    with _open(home) as journal:
        for text in ("A gentle one of mine?", "Another of mine?", "A third of mine?"):
            PromptService(journal).add_user_prompt(text, "play")
    out = run(home, "prompt", "--count", "3", "--json", *BASE, stdin=PASS)
    cli_ids = [o["id"] for o in json.loads(out.stdout)]
    with _open(home) as journal:  # today's prompt does not change with today's offers
        app = PromptService(journal).offer(date.today())
    assert app is not None and cli_ids[0] == app.prompt_id
    assert len(set(cli_ids)) == 3  # "another" never repeats what was shown today


def test_prompt_theme_and_depth_choices_still_hold(home: Path) -> None:
    out = run(home, "prompt", "--theme", "play", "--count", "3", "--json", *BASE, stdin=PASS)
    assert {o["theme"] for o in json.loads(out.stdout)} == {"play"}
    out = run(home, "prompt", "--depth", "gentle", "--count", "3", "--json", *BASE, stdin=PASS)
    assert {o["depth"] for o in json.loads(out.stdout)} == {"gentle"}
    bad = run(home, "prompt", "--theme", "nope", *BASE, stdin=PASS, check=False)
    assert bad.returncode == 1 and "no theme called" in bad.stderr
