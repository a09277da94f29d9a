"""The shipped prompt library, and the validator that checks it and therapists' prompt packs."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_problems import TomlLines
from innerchild_desktop.domain.prompts import (
    AGE_BANDS,
    MAX_PROMPT_CHARS,
    Depth,
    MemoryTemplate,
    Problem,
    PromptLibrary,
    PromptLibraryError,
    make_user_prompt,
)
from innerchild_desktop.services.library import (
    load_library,
    load_pack,
    parse_pack,
    shipped_exercise_ids,
)


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return load_library()


# -- the shipped library ---------------------------------------------------------------------


def test_shipped_library_is_big_and_broad(library: PromptLibrary) -> None:
    assert len(library.prompts) >= 250
    assert len(library.themes) >= 12
    per_theme = Counter(p.theme for p in library.prompts)
    assert set(per_theme) == {t.id for t in library.themes}
    assert min(per_theme.values()) >= 12  # no theme is a token one


def test_depths_are_mostly_gentle_or_reflective(library: PromptLibrary) -> None:
    depths = Counter(p.depth for p in library.prompts)
    assert depths[Depth.GENTLE] + depths[Depth.REFLECTIVE] >= 0.8 * len(library.prompts)
    assert depths[Depth.DEEP] > 0


def test_every_deep_prompt_has_a_content_note(library: PromptLibrary) -> None:
    deep = [p for p in library.prompts if p.depth is Depth.DEEP]
    assert deep
    assert all(p.content_note and len(p.content_note) > 20 for p in deep)


def test_ids_are_unique_and_follow_ups_resolve(library: PromptLibrary) -> None:
    ids = [p.id for p in library.prompts]
    assert len(ids) == len(set(ids))
    for prompt in library.prompts:
        assert all(library.prompt(target) is not None for target in prompt.follow_ups)
        assert prompt.id not in prompt.follow_ups
        assert prompt.age_band in (None, *AGE_BANDS)
        assert 0 < len(prompt.text) <= MAX_PROMPT_CHARS


def test_wording_is_invitational_not_demanding(library: PromptLibrary) -> None:
    demanding = re.compile(r"\b(you must|you should|write about the worst)\b", re.I)
    assumes = re.compile(r"\b(your abuse|your abuser|your trauma)\b", re.I)
    for prompt in library.prompts:
        assert not demanding.search(prompt.text), prompt.id
        assert not assumes.search(prompt.text), prompt.id
    with_letters = [p for p in library.prompts if p.template]
    assert any(p.template and p.template.startswith("Dear") for p in with_letters)


def test_depth_is_ordered() -> None:
    assert Depth.GENTLE < Depth.REFLECTIVE < Depth.DEEP
    assert max(Depth) is Depth.DEEP
    assert Depth.REFLECTIVE <= Depth.REFLECTIVE


def test_programs_reference_existing_gentle_prompts_and_known_exercises(
    library: PromptLibrary,
) -> None:
    exercises = shipped_exercise_ids()
    assert {"extended-exhale", "grounding-54321", "butterfly-hug"} <= exercises
    eight = library.program("meeting-your-inner-child")
    start = library.program("gentle-start")
    assert eight is not None and start is not None
    assert len(eight.steps) == 8 and eight.cadence == "week"
    assert len(start.steps) == 7 and start.cadence == "day"
    assert eight.steps[0].title.lower().startswith("safety")
    for program in library.programs:
        for step in program.steps:
            assert step.intro and (step.prompt_ids or step.exercise_ids)
            assert set(step.exercise_ids) <= exercises
            for prompt_id in step.prompt_ids:
                prompt = library.prompt(prompt_id)
                assert prompt is not None, prompt_id
                # Programs are for everyone in a group: deep work stays opt-in.
                assert prompt.depth is not Depth.DEEP, prompt_id


def test_memory_templates_use_only_title_and_when(library: PromptLibrary) -> None:
    assert len(library.templates) >= 8
    for template in library.templates:
        text = template.fill("The blue bicycle", "summer 1994")
        assert "The blue bicycle" in text and "{" not in text
        assert library.theme(template.theme) is not None
    assert any(not t.needs_when for t in library.templates)


def test_memory_template_inserts_words_without_interpreting_them() -> None:
    template = MemoryTemplate("m", "About “{title}” ({when})", "needs", Depth.GENTLE)
    assert template.fill(" {when} & *me* ", "age 7") == "About “{when} & *me*” (age 7)"


def test_user_prompts_are_checked() -> None:
    prompt = make_user_prompt("mine-1", "  What would I like to hear today?  ", "reparenting")
    assert prompt.text == "What would I like to hear today?" and prompt.source == "user"
    with pytest.raises(InvalidInput):
        make_user_prompt("mine-2", "   ", "play")
    with pytest.raises(InvalidInput):
        make_user_prompt("mine-3", "x" * (MAX_PROMPT_CHARS + 1), "play")


# -- the validator, on packs written by hand -------------------------------------------------

GOOD_PACK = """\
[pack]
id = "grief-group"
name = "Grief group, spring"
author = "A. Therapist"
version = "1.0"

[[prompts]]
id = "grief-001"
theme = "feelings"
depth = "gentle"
text = "If you like, name someone or something you miss today."
follow_ups = ["grief-002", "safety-001"]

[[prompts]]
id = "grief-002"
theme = "feelings"
depth = "deep"
content_note = "This one stays with loss. Skip it whenever you like."
text = "What did that loss take from the child you were?"

[program]
id = "grief-weeks"
name = "Four weeks with grief"
description = "A gentle month."
cadence = "week"

[[program.steps]]
id = "week-1"
title = "Arriving"
intro = "We start where you are."
prompts = ["grief-001"]
exercises = ["extended-exhale"]
"""


def problems_of(text: str, tmp_path: Path, library: PromptLibrary) -> list[Problem]:
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PromptLibraryError) as caught:
        load_pack(path, library)
    assert str(caught.value).startswith("There ")
    return caught.value.problems


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_good_pack_loads(tmp_path: Path, library: PromptLibrary) -> None:
    path = tmp_path / "grief.toml"
    path.write_text(GOOD_PACK, encoding="utf-8")
    pack = load_pack(path, library)
    assert pack.info.id == "grief-group" and pack.info.author == "A. Therapist"
    assert [p.id for p in pack.prompts] == ["grief-001", "grief-002"]
    assert all(p.source == "pack:grief-group" for p in pack.prompts)
    assert pack.program is not None and pack.program.steps[0].exercise_ids == ("extended-exhale",)
    merged = library.with_pack(pack)
    assert merged.prompt("grief-002") is not None and merged.program("grief-weeks") is not None


def test_every_problem_is_reported_with_file_line_and_field(
    tmp_path: Path, library: PromptLibrary
) -> None:
    text = (
        GOOD_PACK.replace('depth = "gentle"', 'depth = "deeper"')
        .replace('content_note = "This one stays with loss. Skip it whenever you like."\n', "")
        .replace('"grief-002", "safety-001"', '"grief-002", "nowhere-404"')
        .replace('theme = "feelings"\ndepth = "deep"', 'theme = "sorrow"\ndepth = "deep"')
        .replace('"extended-exhale"', '"hold-breath-forever"')
    )
    found = {(p.line, p.field) for p in problems_of(text, tmp_path, library)}
    assert (line_of(text, '"deeper"'), "prompts[1].depth") in found
    assert (line_of(text, "nowhere-404"), "prompts[1].follow_ups") in found
    assert (line_of(text, '"sorrow"'), "prompts[2].theme") in found
    # the missing note points at the table that lacks it
    assert (line_of(text, 'id = "grief-002"') - 1, "prompts[2].content_note") in found
    assert (line_of(text, "hold-breath-forever"), "program.steps[1].exercises") in found
    assert len(found) == 5


def test_duplicate_and_clashing_ids(tmp_path: Path, library: PromptLibrary) -> None:
    text = GOOD_PACK.replace('id = "grief-002"', 'id = "grief-001"').replace(
        'prompts = ["grief-001"]', 'prompts = ["grief-001", "play-001"]'
    )
    text += '\n[[prompts]]\nid = "play-001"\ntheme = "play"\ndepth = "gentle"\ntext = "Hi"\n'
    problems = problems_of(text, tmp_path, library)
    by_line = {p.line: p for p in problems}
    second = [i for i, line in enumerate(text.splitlines(), 1) if 'id = "grief-001"' in line][1]
    assert by_line[second].field == "prompts[2].id"
    assert "already used in pack.toml on line 8" in by_line[second].message
    clash = line_of(text, 'id = "play-001"')
    assert by_line[clash].field == "prompts[3].id" and "app's own" in by_line[clash].message


def test_missing_fields_empty_and_overlong_text(tmp_path: Path, library: PromptLibrary) -> None:
    text = """\
[pack]
id = "Bad Id"
name = "x"

[[prompts]]
id = "a-1"
theme = "play"
depth = "gentle"
text = "   "

[[prompts]]
id = "a-2"
theme = "play"
depth = "gentle"
age_band = "18-25"
colour = "blue"
text = "%s"
""" % ("long " * 200)
    problems = problems_of(text, tmp_path, library)
    fields = {p.field: p for p in problems}
    assert fields["pack.id"].line == 2 and "lowercase" in fields["pack.id"].message
    assert fields["pack.author"].line == 1  # missing: points at the [pack] table
    assert fields["pack.version"].line == 1
    assert fields["prompts[1].text"].line == 9 and "empty" in fields["prompts[1].text"].message
    assert fields["prompts[2].age_band"].line == 15
    assert (
        fields["prompts[2].colour"].line == 16
        and "not a setting" in fields["prompts[2].colour"].message
    )
    assert (
        fields["prompts[2].text"].line == 17 and "characters" in fields["prompts[2].text"].message
    )
    assert all(p.file == "pack.toml" for p in problems)


def test_toml_syntax_error_reports_tomllib_line(tmp_path: Path, library: PromptLibrary) -> None:
    text = GOOD_PACK.replace('name = "Grief group, spring"', 'name = "Grief group, spring')
    [problem] = problems_of(text, tmp_path, library)
    assert problem.line == 3 and problem.field is None
    assert "not valid TOML" in problem.message and "column" in problem.message
    assert str(problem).startswith("pack.toml, line 3: ")


def test_wrong_types_are_reported_not_crashed(tmp_path: Path, library: PromptLibrary) -> None:
    text = """\
pack = "oops"

[[prompts]]
id = "t-1"
theme = "play"
depth = 3
follow_ups = "t-2"
text = "Hello"
"""
    fields = {p.field: p.line for p in problems_of(text, tmp_path, library)}
    assert fields["pack"] is None or fields["pack"] == 1
    assert fields["prompts[1].depth"] == 6
    assert fields["prompts[1].follow_ups"] == 7


def test_parse_pack_works_on_text_without_a_file(library: PromptLibrary) -> None:
    pack = parse_pack(GOOD_PACK, "from-the-journal", library)
    assert pack.info.name == "Grief group, spring"


def test_library_folder_problems_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "programs").mkdir()
    (tmp_path / "play.toml").write_text(
        '[theme]\nid = "play"\nname = "Play"\n\n[[prompts]]\nid = "play-001"\ndepth = "deep"\n'
        'text = "Hi"\nfollow_ups = ["play-009"]\n',
        encoding="utf-8",
    )
    (tmp_path / "programs" / "p.toml").write_text(
        '[program]\nid = "p"\nname = "P"\ndescription = "d"\ncadence = "fortnight"\n'
        '[[program.steps]]\nid = "s"\ntitle = "t"\nintro = "i"\nprompts = ["play-001"]\n',
        encoding="utf-8",
    )
    with pytest.raises(PromptLibraryError) as caught:
        load_library(tmp_path, known_exercises=())
    found = {(p.file, p.line, p.field) for p in caught.value.problems}
    assert ("play.toml", 5, "prompts[1].content_note") in found
    assert ("play.toml", 9, "prompts[1].follow_ups") in found
    assert ("programs/p.toml", 5, "program.cadence") in found


def test_line_scanner_skips_multiline_strings() -> None:
    text = '[pack]\nid = "x"\n\n[[prompts]]\ntext = """\n[[prompts]]\nid = "no"\n"""\nid = "yes"\n'
    lines = TomlLines(text)
    assert lines.table_line("prompts", 0) == 4
    assert lines.table_line("prompts", 1) is None
    assert lines.key_line("prompts", 0, "id") == 9
    assert lines.key_line("pack", 0, "id") == 2
