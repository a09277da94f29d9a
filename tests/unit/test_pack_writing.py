"""Packs made in the app: ids, pasting, the TOML writer, and the round trip through the importer."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_problems import TomlLines
from innerchild_desktop.domain.prompt_writing import (
    DraftPrompt,
    DraftWeek,
    PackDraft,
    build_pack,
    draft_from_data,
    draft_from_pack,
    draft_problems,
    draft_to_data,
    id_prefix,
    pack_to_toml,
    slug,
    split_pasted,
    toml_string,
)
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services import prompts as prompt_service
from innerchild_desktop.services.library import parse_pack
from innerchild_desktop.services.prompts import PromptService

TRICKY = "She said \"stay\" \\ then left.\nLine two\ttabbed — ünïcödé 🌱 and ''' too"


def _draft(**changes: object) -> PackDraft:
    draft = PackDraft(
        name="Spring group — Tuesdays",
        author='Dr. "Ana" Łukasz',
        description="Eight gentle weeks.\nBring a notebook.",
        prompts=(
            DraftPrompt("What did you bring with you today?", "body", Depth.GENTLE, "", 1),
            DraftPrompt(TRICKY, "feelings", Depth.REFLECTIVE, "", 1),
            DraftPrompt(
                "Write to the child you were at seven.",
                "letters",
                Depth.DEEP,
                "This may bring up old feelings; skip it if you like.",
                2,
            ),
            DraftPrompt("Something kind for tonight\\", "joy", Depth.GENTLE, "", 0),
        ),
        weeks=(
            DraftWeek("Arriving", "We begin slowly.\nNo need to share.", "box"),
            DraftWeek('Letters "home"', "A letter, if you like.", ""),
        ),
    )
    return PackDraft(**{**draft.__dict__, **changes})  # type: ignore[arg-type]


# --- ids and pasting -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Spring group", "spring-group"),
        ("  Café   Women's Circle!! ", "cafe-women-s-circle"),
        ("Группа", "group-pack"),
        ("", "group-pack"),
        ("a" * 80, "a" * 40),
        ("word " * 20, "-".join(["word"] * 8)),
    ],
)
def test_ids_come_from_the_name_in_lower_case_with_dashes(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_ids_never_clash_with_the_shipped_library() -> None:
    taken = {"play-001", "play-program"}
    assert id_prefix("play", 3, taken) == "play-2"
    assert id_prefix("spring", 3, taken) == "spring"
    pack = build_pack(_draft(name="Play"), prompt_service.taken_ids())
    ids = [p.id for p in pack.prompts]
    assert len(set(ids)) == len(ids) == 4
    assert not set(ids) & prompt_service.taken_ids()
    assert pack.program is not None and pack.program.id not in prompt_service.taken_ids()


def test_pasted_prompts_one_per_line_without_bullets_or_blank_lines() -> None:
    pasted = "- What helps?\n\n  2. Who was kind to you?  \n• A place you liked\n3 little birds\n"
    assert split_pasted(pasted) == [
        "What helps?",
        "Who was kind to you?",
        "A place you liked",
        "3 little birds",
    ]


# --- the writer ----------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_reads_back_exactly(text: str) -> None:
    written = toml_string(text)
    assert "\n" not in written
    assert tomllib.loads(f"value = {written}")["value"] == text


def test_three_apostrophes_do_not_confuse_the_line_finder() -> None:
    text = f"a = {toml_string(TRICKY)}\nb = {toml_string('x')}\n"
    assert TomlLines(text).key_line("", 0, "b") == 2


# --- the round trip ------------------------------------------------------------------------------
def test_a_draft_becomes_a_pack_the_validator_accepts_and_comes_back_identical() -> None:
    draft = _draft()
    pack = build_pack(draft, prompt_service.taken_ids())
    text = pack_to_toml(pack)
    parsed = parse_pack(text, "made.toml", prompt_service.shipped_library())
    assert parsed == pack
    assert [p.text for p in parsed.prompts][1] == TRICKY
    assert parsed.program is not None
    assert [s.prompt_ids for s in parsed.program.steps] == [
        (pack.prompts[0].id, pack.prompts[1].id),
        (pack.prompts[2].id,),
    ]
    assert parsed.program.steps[0].exercise_ids == ("box",)
    assert draft_from_pack(parsed) == draft


def test_a_pack_without_weeks_has_no_program() -> None:
    draft = _draft(weeks=(), prompts=(DraftPrompt("Only this?", "first"),))
    pack = build_pack(draft)
    assert pack.program is None
    assert parse_pack(pack_to_toml(pack), "p", prompt_service.shipped_library()) == pack


def test_problems_are_said_in_the_editors_words() -> None:
    draft = _draft(
        name=" ",
        author="",
        prompts=(DraftPrompt("", "body"), DraftPrompt("Deep one", "body", Depth.DEEP, "", 3)),
        weeks=(DraftWeek("", "", ""),),
    )
    problems = draft_problems(draft)
    assert "The pack needs a name, e.g. “Spring group”." in problems
    assert "Prompt 1 has no words yet." in problems
    assert any(p.startswith("Prompt 2 is deep: please add a content note") for p in problems)
    assert "Prompt 2 is in week 3, which does not exist." in problems
    assert "Week 1 needs a title." in problems
    assert "Week 1 has no prompts and no exercise yet." in problems
    prepared = prompt_service.prepare_pack(draft)
    assert prepared.pack is None and prepared.text == ""
    assert draft_problems(_draft()) == []


def test_the_draft_kept_in_settings_reads_back_and_bad_data_is_ignored() -> None:
    draft = _draft()
    assert draft_from_data(draft_to_data(draft)) == draft
    assert draft_from_data(None) is None
    assert draft_from_data({"prompts": [{"text": "x"}]}) is None


# --- services: export, import, the leader's order ------------------------------------------------
def test_export_import_round_trip_keeps_the_leaders_order(journal, tmp_path: Path) -> None:
    draft = _draft()
    out = tmp_path / "spring.toml"
    pack = prompt_service.export_pack(draft, out)
    assert out.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.partial"))
    name, count = PromptService(journal).import_pack(out)
    assert (name, count) == ("Spring group — Tuesdays", 4)
    group = PromptService(journal).group_prompts()
    assert [p.text for p in group] == [p.text.strip() for p in draft.prompts]
    assert group == list(pack.prompts)
    assert prompt_service.open_pack_file(out) == draft
    lib = PromptService(journal).library()
    assert lib.program(pack.program.id) == pack.program  # type: ignore[union-attr]


def test_group_prompts_follow_file_order_not_id_order(journal, tmp_path: Path) -> None:
    text = (
        '[pack]\nid = "g"\nname = "G"\nauthor = "A"\nversion = "1"\n'
        '[[prompts]]\nid = "g-zeta"\ntext = "first"\ntheme = "body"\ndepth = "gentle"\n'
        '[[prompts]]\nid = "g-alpha"\ntext = "second"\ntheme = "body"\ndepth = "gentle"\n'
        '[[prompts]]\nid = "g-mid"\ntext = "third"\ntheme = "body"\ndepth = "gentle"\n'
    )
    path = tmp_path / "g.toml"
    path.write_text(text, encoding="utf-8")
    PromptService(journal).import_pack(path)
    assert [p.text for p in PromptService(journal).group_prompts()] == ["first", "second", "third"]


def test_export_never_replaces_a_file_unasked_and_refuses_an_unready_pack(
    tmp_path: Path,
) -> None:
    out = tmp_path / "mine.toml"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already a file"):
        prompt_service.export_pack(_draft(), out)
    assert out.read_text(encoding="utf-8") == "keep me"
    prompt_service.export_pack(_draft(), out, overwrite=True)
    assert out.read_text(encoding="utf-8").startswith("# A prompt pack")
    with pytest.raises(InvalidInput, match="not ready"):
        prompt_service.export_pack(_draft(author=""), tmp_path / "new.toml")
    assert not (tmp_path / "new.toml").exists()
    with pytest.raises(InvalidInput, match="does not exist"):
        prompt_service.export_pack(_draft(), tmp_path / "nowhere" / "x.toml")


def test_the_draft_is_kept_only_inside_the_journal(journal) -> None:
    assert PromptService(journal).pack_draft() is None
    PromptService(journal).save_pack_draft(_draft())
    assert PromptService(journal).pack_draft() == _draft()
    PromptService(journal).save_pack_draft(None)
    assert PromptService(journal).pack_draft() is None


def test_week_exercises_are_the_shipped_ones() -> None:
    choices = dict(prompt_service.pack_exercises())
    assert "box" in choices and choices["box"] == "Box breathing"
