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
from innerchild_desktop.domain.prompts import Depth, PromptLibrary, make_user_prompt
from innerchild_desktop.services.library import load_library, parse_pack
from innerchild_desktop.services.prompts import PromptService, step_exercises

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
    PromptService(journal).keep("safety-001")
    PromptService(journal).hide("safety-004")
    flags = PromptService(journal).flags(TODAY)
    assert "safety-001" in flags.favourites and "safety-004" in flags.hidden
    PromptService(journal).unkeep("safety-001")
    PromptService(journal).unhide("safety-004")
    flags = PromptService(journal).flags(TODAY)
    assert not flags.favourites and not flags.hidden
    PromptService(journal).keep("joy-001")
    PromptService(journal).record("safety-009", "shown")
    PromptService(journal).answered("safety-009")
    PromptService(journal).record("play-001", "skipped")
    assert PromptService(journal).history_count() == 3
    assert PromptService(journal).forget_history() == 3
    assert PromptService(journal).history_count() == 0
    state = PromptService(journal).state(TODAY)
    assert not state.shown and not state.answered and not state.skipped
    assert state.settings.favourites == frozenset({"joy-001"})  # a choice, not history: kept


def test_browse_prompts_lists_imported_packs_and_own_prompts(journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "spring.toml"
    pack.write_text(PACK)
    PromptService(journal).import_pack(pack)
    mine = PromptService(journal).add_user_prompt("What would make tonight softer?", "needs")
    group = PromptService(journal).browse(TODAY, BrowseFilter(show=Show.GROUP))
    assert ids(group) == ["group-spring-003", "group-spring-001", "group-spring-002"]
    own = PromptService(journal).browse(TODAY, BrowseFilter(show=Show.MINE))
    assert ids(own) == [mine]
    assert PromptService(journal).pack_names() == [("group-spring", "Spring group")]


def test_a_program_step_offers_its_prompts_and_exercises(journal) -> None:  # type: ignore[no-untyped-def]
    program = PromptService(journal).library().program("meeting-your-inner-child")
    assert program is not None
    step = program.steps[1]
    assert ids(PromptService(journal).step_prompts(step)) == list(step.prompt_ids)
    assert step_exercises(step) == [("feet-and-hands", "Feet, hands, room")]
