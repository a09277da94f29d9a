"""The selection engine: no repeats, balanced themes, settings, heavy days, memories, follow-ups."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innerchild_desktop.domain.prompt_selection import (
    GENTLE_WHY,
    NO_REPEAT_WINDOW,
    Answered,
    MemoryCue,
    Offer,
    OfferKind,
    SelectionSettings,
    SelectionState,
    Shown,
    Skipped,
    another_prompt,
    memory_prompt,
    needs_gentleness,
    todays_prompt,
)
from innerchild_desktop.domain.prompts import Depth, Prompt, PromptLibrary, Theme, make_user_prompt
from innerchild_desktop.services.library import load_library

DAY = date(2025, 3, 10)


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return load_library()


def offer(library: PromptLibrary, state: SelectionState) -> Offer:
    result = todays_prompt(library, state)
    assert result is not None
    return result


def simulate(
    library: PromptLibrary, days: int, base: SelectionState
) -> tuple[SelectionState, list[Offer]]:
    """A person who sees today's prompt every day and never answers: final state and offers."""
    state, offers = base, []
    for n in range(days):
        state = replace(state, today=DAY + timedelta(days=n))
        chosen = offer(library, state)
        offers.append(chosen)
        state = replace(state, shown=(*state.shown, Shown(chosen.prompt_id, state.today)))
    return state, offers


def run_days(library: PromptLibrary, days: int, base: SelectionState) -> SelectionState:
    return simulate(library, days, base)[0]


def test_todays_prompt_is_stable_and_seeded(library: PromptLibrary) -> None:
    state = SelectionState(today=DAY, seed=7)
    first = offer(library, state)
    assert offer(library, state) == first
    # showing (or answering) it today does not change today's prompt
    seen = replace(
        state, shown=(Shown(first.prompt_id, DAY),), answered=(Answered(first.prompt_id, DAY),)
    )
    assert offer(library, seen) == first
    others = {offer(library, replace(state, seed=s)).prompt_id for s in range(20)}
    assert len(others) > 5
    assert first.kind is OfferKind.TODAY and first.why and "\n" not in first.why


def test_not_today_gives_a_different_prompt_only_that_day(library: PromptLibrary) -> None:
    state = SelectionState(today=DAY, seed=3)
    first = offer(library, state)
    skipped = replace(state, skipped=(Skipped(first.prompt_id, DAY),))
    assert offer(library, skipped).prompt_id != first.prompt_id
    old_skip = replace(state, skipped=(Skipped(first.prompt_id, DAY - timedelta(days=1)),))
    assert offer(library, old_skip) == first


def test_another_one_never_repeats_today(library: PromptLibrary) -> None:
    state = SelectionState(today=DAY, seed=11)
    today = offer(library, state)
    seen = [today.prompt_id]
    state = replace(state, shown=(Shown(today.prompt_id, DAY),))
    for _ in range(10):
        more = another_prompt(library, state)
        assert more is not None and more.kind is OfferKind.ANOTHER
        assert more.prompt_id not in seen
        seen.append(more.prompt_id)
        state = replace(state, shown=(*state.shown, Shown(more.prompt_id, DAY)))
    # still deterministic for the same history
    assert another_prompt(library, state) == another_prompt(library, state)


def test_no_repeat_within_sixty_offers(library: PromptLibrary) -> None:
    state = run_days(library, 200, SelectionState(today=DAY, seed=5))
    ids = [s.prompt_id for s in state.shown]
    for i in range(len(ids)):
        window = ids[max(0, i - NO_REPEAT_WINDOW) : i]
        assert ids[i] not in window, (i, ids[i])


def test_exhausted_pool_brings_back_the_least_recent(library: PromptLibrary) -> None:
    gentle_play = [p for p in library.prompts if p.theme == "play" and p.depth is Depth.GENTLE]
    avoid = frozenset(t.id for t in library.themes if t.id != "play")
    base = SelectionState(
        today=DAY, settings=SelectionSettings(avoid_themes=avoid, max_depth=Depth.GENTLE)
    )
    state = run_days(library, len(gentle_play), base)
    shown = [s.prompt_id for s in state.shown]
    assert sorted(shown) == sorted(p.id for p in gentle_play)  # each once, no repeats
    state = replace(state, today=DAY + timedelta(days=len(gentle_play)))
    again = offer(library, state)
    assert again.prompt_id == shown[0]
    assert "longest ago" in again.why


def test_themes_are_balanced_over_a_thousand_draws(library: PromptLibrary) -> None:
    _, offers = simulate(library, 1000, SelectionState(today=DAY, seed=42))
    counts = Counter(o.theme for o in offers)
    fair = 1000 / len(library.themes)
    assert set(counts) == {t.id for t in library.themes}
    assert max(counts.values()) <= 2 * fair
    assert min(counts.values()) >= fair / 2


def test_settings_are_respected(library: PromptLibrary) -> None:
    hidden = frozenset(p.id for p in library.prompts if p.theme == "home")
    chosen = SelectionSettings(
        avoid_themes=frozenset({"school", "body"}), max_depth=Depth.REFLECTIVE, hidden=hidden
    )
    state = run_days(library, 150, SelectionState(today=DAY, settings=chosen))
    for shown in state.shown:
        prompt = library.prompt(shown.prompt_id)
        assert prompt is not None
        assert prompt.theme not in {"school", "body", "home"}
        assert prompt.depth <= Depth.REFLECTIVE


def test_deep_prompts_are_opt_in(library: PromptLibrary) -> None:
    _, default = simulate(library, 120, SelectionState(today=DAY))
    assert all(o.depth < Depth.DEEP for o in default)
    opened = SelectionState(today=DAY, settings=SelectionSettings(max_depth=Depth.DEEP))
    _, offers = simulate(library, 250, opened)
    deep = [o for o in offers if o.depth is Depth.DEEP]
    assert deep and all(o.content_note for o in deep)


@pytest.mark.parametrize(
    ("distress", "overwhelmed"), [(7, False), (10, False), (None, True), (2, True)]
)
def test_heavy_days_offer_only_gentle_prompts(
    library: PromptLibrary, distress: int | None, overwhelmed: bool
) -> None:
    opened = SelectionSettings(max_depth=Depth.DEEP)
    for seed in range(40):
        state = SelectionState(
            today=DAY,
            seed=seed,
            settings=opened,
            latest_distress=distress,
            overwhelmed_today=overwhelmed,
        )
        assert needs_gentleness(state)
        for result in (todays_prompt(library, state), another_prompt(library, state)):
            assert result is not None
            assert result.depth is Depth.GENTLE
            assert result.suggest_soothing
            assert result.why == GENTLE_WHY


def test_calm_days_do_not_suggest_soothing(library: PromptLibrary) -> None:
    state = SelectionState(today=DAY, latest_distress=6)
    assert not needs_gentleness(state)
    assert not offer(library, state).suggest_soothing


def test_follow_ups_of_answered_prompts_come_first(library: PromptLibrary) -> None:
    source = next(p for p in library.prompts if p.follow_ups and p.depth is Depth.GENTLE)
    yesterday = DAY - timedelta(days=1)
    state = SelectionState(
        today=DAY, shown=(Shown(source.id, yesterday),), answered=(Answered(source.id, yesterday),)
    )
    result = offer(library, state)
    assert result.prompt_id in source.follow_ups
    assert result.follow_up_of == source.id
    assert result.why == "A follow-up to something you answered yesterday."
    # once the follow-up has been shown today, "another one" goes back to variety
    state = replace(state, shown=(*state.shown, Shown(result.prompt_id, DAY)))
    more = another_prompt(library, state)
    assert more is not None and more.follow_up_of is None


def test_follow_ups_name_the_day_and_expire(library: PromptLibrary) -> None:
    source = next(p for p in library.prompts if p.follow_ups and p.depth is Depth.GENTLE)
    answered_on = date(2025, 3, 3)
    state = SelectionState(today=DAY, answered=(Answered(source.id, answered_on),))
    assert offer(library, state).why == "A follow-up to something you answered on 3 March."
    old = replace(state, answered=(Answered(source.id, DAY - timedelta(days=45)),))
    assert offer(library, old).follow_up_of is None


def test_answered_or_recent_follow_ups_are_not_offered_again(library: PromptLibrary) -> None:
    source = next(p for p in library.prompts if len(p.follow_ups) == 1)
    [target] = source.follow_ups
    day = DAY - timedelta(days=2)
    answered = SelectionState(today=DAY, answered=(Answered(source.id, day), Answered(target, day)))
    assert offer(library, answered).prompt_id != target
    shown = SelectionState(
        today=DAY, shown=(Shown(target, day),), answered=(Answered(source.id, day),)
    )
    assert offer(library, shown).prompt_id != target


def test_favourites_get_a_bonus(library: PromptLibrary) -> None:
    favourites = frozenset(p.id for p in library.prompts if p.id.endswith(("-003", "-007")))
    _, plain = simulate(library, 30, SelectionState(today=DAY, seed=1))
    loving = SelectionState(today=DAY, seed=1, settings=SelectionSettings(favourites=favourites))
    _, loved = simulate(library, 30, loving)
    picked = [o for o in loved if o.prompt_id in favourites]
    assert len(picked) > sum(o.prompt_id in favourites for o in plain)
    assert all(o.why == "One of your favourites, back again." for o in picked)


def test_user_prompts_join_the_pool(library: PromptLibrary) -> None:
    mine = [make_user_prompt(f"mine-{n}", f"My own question {n}?", "mine") for n in range(5)]
    small = PromptLibrary(
        (Theme("play", "Play"),), (Prompt("play-1", "Play?", "play", Depth.GENTLE),)
    )
    state = SelectionState(today=DAY)
    seen = set()
    for n in range(6):
        state = replace(state, today=DAY + timedelta(days=n))
        result = todays_prompt(small, state, mine)
        assert result is not None
        seen.add(result.prompt_id)
        if result.prompt_id.startswith("mine"):
            assert result.why == "One of the prompts you wrote yourself."
        state = replace(state, shown=(*state.shown, Shown(result.prompt_id, state.today)))
    assert seen == {"play-1", *(p.id for p in mine)}


def test_why_mentions_unvisited_themes(library: PromptLibrary) -> None:
    first = offer(library, SelectionState(today=DAY))
    name = library.theme_name(first.theme)
    assert first.why == f"From a theme you haven't visited yet: {name}."


def test_nothing_fits_returns_none(library: PromptLibrary) -> None:
    everything = frozenset(t.id for t in library.themes)
    state = SelectionState(today=DAY, settings=SelectionSettings(avoid_themes=everything))
    assert todays_prompt(library, state) is None
    assert another_prompt(library, state) is None
    assert memory_prompt(library, [MemoryCue("m", "Beach", "1990")], state) is None


# -- memory-aware offers ---------------------------------------------------------------------

MEMORIES = [
    MemoryCue("m-1", "The blue bicycle", "summer 1994"),
    MemoryCue("m-2", "Grandma's kitchen", "around age 6"),
    MemoryCue("m-3", "The night of the storm", "1997", heavy=True),
    MemoryCue("m-4", "The hospital corridor", "age 9", heavy=True),
    MemoryCue("m-5", "A song on the radio", ""),
]


def test_memory_offers_never_use_heavy_memories(library: PromptLibrary) -> None:
    heavy = [m for m in MEMORIES if m.heavy]
    used = set()
    for seed in range(60):
        state = SelectionState(today=DAY + timedelta(days=seed), seed=seed)
        result = memory_prompt(library, MEMORIES, state)
        assert result is not None and result.kind is OfferKind.MEMORY
        assert result.memory_id not in {m.id for m in heavy}
        assert all(m.title not in result.text for m in heavy)
        assert "{" not in result.text
        used.add(result.memory_id)
    assert used == {"m-1", "m-2", "m-5"}
    assert memory_prompt(library, heavy, SelectionState(today=DAY)) is None


@given(
    st.lists(st.tuples(st.text(min_size=1, max_size=30), st.booleans()), max_size=8),
    st.integers(0, 10_000),
)
@settings(max_examples=60, deadline=None)
def test_heavy_memories_never_surface_property(items: list[tuple[str, bool]], seed: int) -> None:
    memories = [MemoryCue(f"m{i}", title, "1990", heavy) for i, (title, heavy) in enumerate(items)]
    result = memory_prompt(_LIBRARY, memories, SelectionState(today=DAY, seed=seed))
    if result is not None:
        chosen = next(m for m in memories if m.id == result.memory_id)
        assert not chosen.heavy


_LIBRARY = load_library()


def test_memory_offers_fill_when_or_skip_templates_that_need_it(library: PromptLibrary) -> None:
    timeless = [MemoryCue("m-5", "A song on the radio", "")]
    for seed in range(30):
        result = memory_prompt(library, timeless, SelectionState(today=DAY, seed=seed))
        assert result is not None
        assert "A song on the radio" in result.text and "()" not in result.text
        assert result.why == "About one of the memories you saved."
    dated = memory_prompt(library, MEMORIES[:1], SelectionState(today=DAY))
    assert dated is not None and dated.why == "About a memory you saved from summer 1994."


def test_memory_offers_rotate_memories_and_respect_heavy_days(library: PromptLibrary) -> None:
    state = SelectionState(today=DAY)
    firsts = []
    for _ in range(3):
        result = memory_prompt(library, MEMORIES, state)
        assert result is not None
        firsts.append(result.memory_id)
        state = replace(state, shown=(*state.shown, Shown(result.prompt_id, DAY, result.memory_id)))
    assert set(firsts) == {"m-1", "m-2", "m-5"}  # each usable memory before any repeats


@pytest.mark.parametrize(
    ("distress", "overwhelmed"), [(7, False), (10, False), (None, True), (2, True)]
)
def test_hard_days_offer_nothing_built_from_the_timeline(
    library: PromptLibrary, distress: int | None, overwhelmed: bool
) -> None:
    calm = [m for m in MEMORIES if not m.heavy]
    for seed in range(20):
        state = SelectionState(
            today=DAY + timedelta(days=seed),
            seed=seed,
            settings=SelectionSettings(max_depth=Depth.DEEP),
            latest_distress=distress,
            overwhelmed_today=overwhelmed,
        )
        assert memory_prompt(library, calm, state) is None
        assert (
            memory_prompt(library, calm, replace(state, latest_distress=3, overwhelmed_today=False))
            is not None
        )


def test_hard_days_leave_out_gentle_prompts_that_need_a_note_or_go_back_in() -> None:
    themes = (Theme("play", "Play"),)
    calm = Prompt("calm-1", "What colour do you like today?", "play", Depth.GENTLE)
    noted = Prompt(
        "noted-1", "What was bath time like?", "play", Depth.GENTLE, content_note="Bath time."
    )
    walk = Prompt("walk-1", "Walk through your old school room by room.", "play", Depth.GENTLE)
    mine = make_user_prompt("mine-1", "Picture yourself back in that kitchen.", "play")
    lib = PromptLibrary(themes, (calm, noted, walk))
    hard = SelectionState(today=DAY, overwhelmed_today=True)
    for seed in range(30):
        state = replace(hard, seed=seed)
        chosen = todays_prompt(lib, state, [mine])
        assert chosen is not None and chosen.prompt_id == "calm-1"
        assert another_prompt(lib, state, [mine]) is None  # nothing else fits a hard day
    calm_day = {
        offer.prompt_id
        for seed in range(40)
        if (offer := todays_prompt(lib, SelectionState(today=DAY, seed=seed), [mine]))
    }
    assert calm_day == {"calm-1", "noted-1", "walk-1", "mine-1"}


def test_another_starts_round_again_when_a_small_pool_is_used_up() -> None:
    from dataclasses import replace as _replace
    from datetime import date as _date

    from innerchild_desktop.domain.prompt_selection import (
        SelectionSettings as _Settings,
    )
    from innerchild_desktop.domain.prompt_selection import (
        SelectionState as _State,
    )
    from innerchild_desktop.domain.prompt_selection import (
        Shown as _Shown,
    )
    from innerchild_desktop.domain.prompt_selection import (
        another_prompt as _another,
    )
    from innerchild_desktop.services.library import load_library as _load

    lib = _load()
    others = frozenset(t.id for t in lib.themes if t.id != "play")
    day = _date(2026, 11, 24)
    state = _State(today=day, settings=_Settings(avoid_themes=others))
    shown: list[str] = []
    for _ in range(45):
        offer = _another(lib, _replace(state, shown=tuple(_Shown(p, day) for p in shown)))
        assert offer is not None and offer.theme == "play"
        shown.append(offer.prompt_id)
    pool = len(set(shown))
    assert shown[pool] == shown[0]  # the least recently shown comes back first
