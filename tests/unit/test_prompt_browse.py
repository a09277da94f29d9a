"""Browsing prompts on purpose: filters, pack order, undoing keep/hide, forgetting history."""

from __future__ import annotations

from datetime import date

import pytest

from innerchild_desktop.domain.prompt_browse import (
    DEEPER_LINE,
    BrowseFilter,
    Flags,
    Show,
    browse,
    is_veiled,
    offer_for,
    veil,
)
from innerchild_desktop.domain.prompts import (
    Depth,
    PromptLibrary,
    load_library,
    make_user_prompt,
    parse_pack,
)
from innerchild_desktop.services import prompt_browse
from innerchild_desktop.services import prompts as prompt_service

TODAY = date(2026, 12, 3)
# Written out of id order on purpose: the pack's own order is the one kept.
PACK = """
[pack]
id = "group-spring"
name = "Spring group"
author = "A. Therapist"
version = "1"

[[prompts]]
id = "group-spring-003"
text = "Which song from group stayed with you this week?"
theme = "joy"
depth = "gentle"

[[prompts]]
id = "group-spring-001"
text = "What did you bring with you to group today, in your body or your thoughts?"
theme = "body"
depth = "gentle"

[[prompts]]
id = "group-spring-002"
text = "What would you say to the child who first sat in that classroom?"
theme = "school"
depth = "reflective"
"""


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    shipped = load_library()
    return shipped.with_pack(parse_pack(PACK, "spring.toml", shipped))


def ids(prompts: list) -> list[str]:  # type: ignore[type-arg]
    return [p.id for p in prompts]


def test_from_my_group_keeps_the_packs_own_order(library: PromptLibrary) -> None:
    found = browse(library, [], Flags(), BrowseFilter(show=Show.GROUP))
    assert ids(found) == ["group-spring-003", "group-spring-001", "group-spring-002"]
    one_pack = browse(library, [], Flags(), BrowseFilter(pack="group-spring"))
    assert ids(one_pack) == ids(found)
    assert browse(library, [], Flags(), BrowseFilter(pack="no-such-pack")) == []


def test_theme_and_depth_filters(library: PromptLibrary) -> None:
    safety = browse(library, [], Flags(), BrowseFilter(theme="safety"))
    assert safety and {p.theme for p in safety} == {"safety"}
    gentle = browse(library, [], Flags(), BrowseFilter(max_depth=Depth.GENTLE))
    assert gentle and {p.depth for p in gentle} == {Depth.GENTLE}
    reflective = browse(library, [], Flags(), BrowseFilter(max_depth=Depth.REFLECTIVE))
    assert Depth.DEEP not in {p.depth for p in reflective} and len(reflective) > len(gentle)
    everything = browse(library, [], Flags(), BrowseFilter())
    assert Depth.DEEP in {p.depth for p in everything}


def test_favourites_and_hidden_are_separate_lists(library: PromptLibrary) -> None:
    flags = Flags(favourites=frozenset({"safety-001"}), hidden=frozenset({"safety-004"}))
    assert ids(browse(library, [], flags, BrowseFilter(show=Show.FAVOURITES))) == ["safety-001"]
    assert ids(browse(library, [], flags, BrowseFilter(show=Show.HIDDEN))) == ["safety-004"]
    assert "safety-004" not in ids(browse(library, [], flags, BrowseFilter()))


def test_search_matches_words_notes_and_theme_names(library: PromptLibrary) -> None:
    found = browse(library, [], Flags(), BrowseFilter(search="  SONG from group "))
    assert ids(found) == ["group-spring-003"]
    noted = next(p for p in library.prompts if p.content_note)
    word = noted.content_note.split()[-3]  # type: ignore[union-attr]
    assert noted.id in ids(browse(library, [], Flags(), BrowseFilter(search=word)))
    assert browse(library, [], Flags(), BrowseFilter(search="zzz-nothing")) == []


def test_deep_and_noted_prompts_are_veiled(library: PromptLibrary) -> None:
    deep = make_user_prompt("mine-1", "A deep question of my own", "needs", Depth.DEEP)
    noted = next(p for p in library.prompts if p.content_note)
    plain = library.prompt("group-spring-001")
    assert plain is not None and not is_veiled(plain)
    assert is_veiled(deep) and veil(deep) == DEEPER_LINE and deep.text not in veil(deep)
    assert is_veiled(noted) and noted.content_note in veil(noted)  # type: ignore[operator]
    offer = offer_for(noted, "why")
    assert (offer.prompt_id, offer.content_note, offer.why) == (noted.id, noted.content_note, "why")


def test_unkeep_unhide_and_forget_history(journal) -> None:  # type: ignore[no-untyped-def]
    prompt_browse.keep(journal, "safety-001")
    prompt_browse.hide(journal, "safety-004")
    flags = prompt_browse.flags(journal, TODAY)
    assert "safety-001" in flags.favourites and "safety-004" in flags.hidden
    prompt_browse.unkeep(journal, "safety-001")
    prompt_browse.unhide(journal, "safety-004")
    flags = prompt_browse.flags(journal, TODAY)
    assert not flags.favourites and not flags.hidden
    prompt_browse.keep(journal, "joy-001")
    prompt_service.record(journal, "safety-009", "shown")
    prompt_browse.answered(journal, "safety-009")
    prompt_service.record(journal, "play-001", "skipped")
    assert prompt_browse.history_count(journal) == 3
    assert prompt_browse.forget_history(journal) == 3
    assert prompt_browse.history_count(journal) == 0
    state = prompt_service.state(journal, TODAY)
    assert not state.shown and not state.answered and not state.skipped
    assert state.settings.favourites == frozenset({"joy-001"})  # a choice, not history: kept


def test_browse_prompts_lists_imported_packs_and_own_prompts(journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "spring.toml"
    pack.write_text(PACK)
    prompt_service.import_pack(journal, pack)
    mine = prompt_service.add_user_prompt(journal, "What would make tonight softer?", "needs")
    group = prompt_browse.browse_prompts(journal, TODAY, BrowseFilter(show=Show.GROUP))
    assert ids(group) == ["group-spring-003", "group-spring-001", "group-spring-002"]
    own = prompt_browse.browse_prompts(journal, TODAY, BrowseFilter(show=Show.MINE))
    assert ids(own) == [mine]
    assert prompt_browse.pack_names(journal) == [("group-spring", "Spring group")]


def test_a_program_step_offers_its_prompts_and_exercises(journal) -> None:  # type: ignore[no-untyped-def]
    program = prompt_service.library(journal).program("meeting-your-inner-child")
    assert program is not None
    step = program.steps[1]
    assert ids(prompt_browse.step_prompts(journal, step)) == list(step.prompt_ids)
    assert prompt_browse.step_exercises(step) == [("feet-and-hands", "Feet, hands, room")]
