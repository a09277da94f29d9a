"""Issue 16 for prompts: one PromptService on the open journal (AppContext.prompts), each
changing use case one transaction, and the shipped data read by services (the domain parses)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

import pytest

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.prompt_programs import ProgramProgress
from innerchild_desktop.domain.prompts import Depth, parse_library
from innerchild_desktop.services import library
from innerchild_desktop.services.prompts import PromptService

TODAY = date(2026, 12, 3)


def _count_transactions(journal, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    opened: list[int] = []
    original = journal.transaction

    @contextlib.contextmanager
    def counted() -> Iterator[object]:
        opened.append(1)
        with original() as conn:
            yield conn

    monkeypatch.setattr(journal, "transaction", counted)
    return opened


def test_the_context_builds_the_prompt_service_only_while_unlocked(paths, journal) -> None:  # type: ignore[no-untyped-def]
    context = AppContext(paths)
    with pytest.raises(RuntimeError, match="locked"):
        _ = context.prompts
    context.attach(journal)
    prompts = context.prompts
    assert isinstance(prompts, PromptService) and prompts.journal is journal


def test_a_first_offer_settles_the_depth_and_records_it_in_one_transaction(
    journal, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    prompts = PromptService(journal)
    opened = _count_transactions(journal, monkeypatch)
    offer = prompts.offer(TODAY)
    assert offer is not None
    assert len(opened) == 1
    assert prompts.settings()["max_depth"] == Depth.GENTLE.value  # stored by that offer
    assert prompts.history_count() == 1  # and recorded as shown


@pytest.mark.parametrize(
    "use_case",
    [
        lambda p: p.record("safety-001", "favourite"),
        lambda p: p.save_settings(["school"], Depth.REFLECTIVE),
        lambda p: p.add_user_prompt("What made you smile?", "play"),
        lambda p: p.save_program_progress(ProgramProgress("gentle-start", TODAY, (), False)),
        lambda p: p.forget_history(),
        lambda p: p.dismiss_invitation(),
        lambda p: p.mark_overwhelmed(TODAY),
    ],
)
def test_each_change_is_one_transaction(journal, monkeypatch, use_case) -> None:  # type: ignore[no-untyped-def]
    prompts = PromptService(journal)
    prompts.settings()  # a new journal's starting depth is settled beforehand
    opened = _count_transactions(journal, monkeypatch)
    use_case(prompts)
    assert len(opened) == 1


def test_program_progress_round_trips(journal) -> None:  # type: ignore[no-untyped-def]
    prompts = PromptService(journal)
    assert prompts.program_progress("gentle-start") is None
    progress = ProgramProgress("gentle-start", TODAY, (("day-1", TODAY),), True)
    prompts.save_program_progress(progress)
    assert prompts.program_progress("gentle-start") == progress


def test_the_shipped_data_is_parsed_once_a_process() -> None:
    assert library.shipped_library() is library.shipped_library()
    assert library.shipped_exercises() is library.shipped_exercises()
    assert library.load_crisis_lines() is library.load_crisis_lines()


def test_the_domain_parses_a_library_from_text_alone() -> None:
    theme = (
        '[theme]\nid = "play"\nname = "Play"\nblurb = "Games."\norder = 1\n\n'
        '[[prompts]]\nid = "play-001"\ntext = "What did you love to play?"\ndepth = "gentle"\n'
    )
    lib = parse_library([("play.toml", theme)], known_exercises=())
    prompt = lib.prompt("play-001")
    assert prompt is not None and prompt.theme == "play"
