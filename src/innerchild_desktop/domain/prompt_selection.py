"""Choosing which prompt to offer: pure, deterministic and seedable.

The engine receives everything as values (the prompts, a :class:`SelectionState` describing the
history and settings, the person's memories) and returns an :class:`Offer`; it never reads a
clock, a database or Qt. The same inputs give the same offer, which makes "today's prompt" stable
across restarts and makes every rule testable.

The rules, in the order they apply:

1. **Settings are hard limits**: themes to avoid, hidden prompts, the deepest level the person
   allows (deep prompts are opt-in; a new journal starts at gentle, see :mod:`prompt_care`) and
   "not today" skips.
2. **Heavy days are gentle**: when the latest distress rating is 7 or more, or the person pressed
   "I feel overwhelmed" today, only gentle prompts are offered, and only those with nothing to
   warn about first and no stepping back into a scene (:func:`prompt_care.fits_a_hard_day`);
   nothing built from the timeline is offered at all, and ``suggest_soothing`` is set.
3. **No repeats** within the last 60 offers, unless nothing else is left; then the prompt shown
   longest ago comes back.
4. **Follow-ups first**: a follow-up of something answered in the last 30 days that hasn't been
   answered or shown recently (one follow-up a day, and never on heavy days).
5. **Themes take turns**: the theme offered least often lately wins (ties broken by the seed);
   within it, favourites get a bonus weight.

Every offer says why it was chosen in one plain line, so the choice never feels like a verdict.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from innerchild_desktop.domain.fuzzy_said import exact_date_words, month_name
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.prompt_care import fits_a_hard_day
from innerchild_desktop.domain.prompts import (
    USER_SOURCE,
    Depth,
    MemoryTemplate,
    Prompt,
    PromptLibrary,
)

NO_REPEAT_WINDOW = 60
FOLLOW_UP_DAYS = 30
DISTRESS_THRESHOLD = 7
FAVOURITE_BONUS = 3.0
A_WHILE_DAYS = 14

# English here; _gentle_why() says it in the current language when an offer is made.
GENTLE_WHY = QT_TRANSLATE_NOOP("domain.prompt_selection", "A gentle one, because today felt heavy.")


@dataclass(frozen=True)
class Shown:
    """One offer the person saw. ``memory_id`` is set for memory-aware offers."""

    prompt_id: str
    on: date
    memory_id: str | None = None


@dataclass(frozen=True)
class Answered:
    prompt_id: str
    on: date


@dataclass(frozen=True)
class Skipped:
    """A "not today" for one prompt on one day; it comes back another day."""

    prompt_id: str
    on: date


@dataclass(frozen=True)
class SelectionSettings:
    avoid_themes: frozenset[str] = frozenset()
    # Deep prompts are opt-in. A journal's own starting point (gentle for new journals) is
    # decided by services.prompts through prompt_care.starting_depth.
    max_depth: Depth = Depth.REFLECTIVE
    hidden: frozenset[str] = frozenset()
    favourites: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SelectionState:
    """Everything the engine may know, as plain values; ``shown`` is oldest first."""

    today: date
    seed: int = 0
    shown: tuple[Shown, ...] = ()
    answered: tuple[Answered, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    settings: SelectionSettings = field(default_factory=SelectionSettings)
    latest_distress: int | None = None
    overwhelmed_today: bool = False


class MemoryLike(Protocol):
    """What the engine needs of a memory: a title, a human "when" phrase and the heavy flag."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def when(self) -> str: ...
    @property
    def heavy(self) -> bool: ...


@dataclass(frozen=True)
class MemoryCue:
    """A memory reduced to what a prompt may mention. ``when`` reads after "from": "summer 1994"."""

    id: str
    title: str
    when: str = ""
    heavy: bool = False


class OfferKind(StrEnum):
    TODAY = "today"
    ANOTHER = "another"
    MEMORY = "memory"


@dataclass(frozen=True)
class Offer:
    """A prompt to show, with its one-line reason. Show ``content_note`` first when it is set."""

    prompt_id: str
    text: str
    theme: str
    depth: Depth
    why: str
    kind: OfferKind
    suggest_soothing: bool = False
    content_note: str | None = None
    opening: str | None = None  # the prompt's template, e.g. "Dear little me,"
    memory_id: str | None = None
    follow_up_of: str | None = None
    invites: str | None = None  # "draw": the editor offers the canvas (domain.prompts)


def needs_gentleness(state: SelectionState) -> bool:
    """The heavy-day rule: a distress rating of 7 or more, or "I feel overwhelmed" today."""
    distressed = state.latest_distress is not None and state.latest_distress >= DISTRESS_THRESHOLD
    return distressed or state.overwhelmed_today


def todays_prompt(
    library: PromptLibrary, state: SelectionState, extra: Sequence[Prompt] = ()
) -> Offer | None:
    """Today's prompt: stable for the date, seed and history before today (None if none fit).

    Offers and answers from today itself are ignored, so showing or answering today's prompt
    does not change it; a "not today" skip, the settings and a heavy day do.
    """
    earlier = tuple(s for s in state.shown if s.on < state.today)
    answers = tuple(a for a in state.answered if a.on < state.today)
    return _choose(library, state, extra, earlier, answers, frozenset(), OfferKind.TODAY, 0)


def another_prompt(
    library: PromptLibrary, state: SelectionState, extra: Sequence[Prompt] = ()
) -> Offer | None:
    """ "Another one": never today's prompt nor anything already shown today."""
    shown_today = [s.prompt_id for s in state.shown if s.on == state.today]
    exclude = set(shown_today)
    today = todays_prompt(library, state, extra)
    if today is not None:
        exclude.add(today.prompt_id)
    chosen = _choose(
        library,
        state,
        extra,
        state.shown,
        state.answered,
        frozenset(exclude),
        OfferKind.ANOTHER,
        len(shown_today) + 1,
    )
    if chosen is None and shown_today:
        # Everything that fits was shown today already: start round again (least recently shown
        # first) rather than leave the person with nothing.
        chosen = _choose(
            library,
            state,
            extra,
            state.shown,
            state.answered,
            frozenset({today.prompt_id}) if today is not None else frozenset(),
            OfferKind.ANOTHER,
            len(shown_today) + 1,
        )
    return chosen


def memory_prompt(
    library: PromptLibrary, memories: Sequence[MemoryLike], state: SelectionState
) -> Offer | None:
    """A template filled from one of the person's memories, never from one marked heavy.

    Never on a hard day: a question about the person's own past is not a gentle one then, however
    kind the memory looked when it was saved.
    """
    if needs_gentleness(state):
        return None
    usable = sorted((m for m in memories if not m.heavy and m.title.strip()), key=lambda m: m.id)
    templates = [t for t in library.templates if _allowed(t, state, gentle=False)]
    if not usable or not templates:
        return None
    rng = _rng(state, OfferKind.MEMORY, sum(1 for s in state.shown if s.on == state.today))
    recent = state.shown[-NO_REPEAT_WINDOW:]
    last_seen = {s.memory_id: i for i, s in enumerate(state.shown) if s.memory_id}
    oldest = min(last_seen.get(m.id, -1) for m in usable)
    memory = rng.choice([m for m in usable if last_seen.get(m.id, -1) == oldest])
    fitting = [t for t in templates if memory.when.strip() or not t.needs_when]
    if not fitting:
        return None
    recent_ids = {s.prompt_id for s in recent}
    fresh = [t for t in fitting if t.id not in recent_ids] or fitting
    counts = _theme_counts(_themes_of(library, library.prompts), recent)
    least = min(counts[t.theme] for t in fresh)
    template = rng.choice([t for t in fresh if counts[t.theme] == least])
    if memory.when.strip():
        why = translate("domain.prompt_selection", "About a memory you saved from {when}.").format(
            when=memory.when.strip()
        )
    else:
        why = translate("domain.prompt_selection", "About one of the memories you saved.")
    return Offer(
        template.id,
        template.fill(memory.title, memory.when),
        template.theme,
        template.depth,
        why,
        OfferKind.MEMORY,
        False,
        template.content_note,
        template.template,
        memory.id,
    )


def _allowed(item: Prompt | MemoryTemplate, state: SelectionState, gentle: bool) -> bool:
    settings = state.settings
    skipped = any(s.prompt_id == item.id and s.on == state.today for s in state.skipped)
    return (
        item.theme not in settings.avoid_themes
        and item.id not in settings.hidden
        and (fits_a_hard_day(item) if gentle else item.depth <= settings.max_depth)
        and not skipped
    )


def _rng(state: SelectionState, kind: OfferKind, turn: int) -> random.Random:
    # A string seed is hashed with SHA-512 by random, so it is stable across runs and machines.
    return random.Random(f"{state.seed}|{state.today.isoformat()}|{kind.value}|{turn}")


def _themes_of(library: PromptLibrary, prompts: Iterable[Prompt]) -> dict[str, str]:
    """Prompt and template id -> theme, so every kind of offer counts towards its theme."""
    themes = {t.id: t.theme for t in library.templates}
    themes |= {p.id: p.theme for p in prompts}
    return themes


def _theme_counts(themes: Mapping[str, str], offers: Sequence[Shown]) -> Counter[str]:
    return Counter(themes[s.prompt_id] for s in offers if s.prompt_id in themes)


def _choose(
    library: PromptLibrary,
    state: SelectionState,
    extra: Sequence[Prompt],
    history: Sequence[Shown],
    answers: Sequence[Answered],
    exclude: frozenset[str],
    kind: OfferKind,
    turn: int,
) -> Offer | None:
    everything: dict[str, Prompt] = {}
    for prompt in (*library.prompts, *extra):
        everything.setdefault(prompt.id, prompt)
    gentle = needs_gentleness(state)
    pool = [p for _, p in sorted(everything.items()) if _allowed(p, state, gentle)]
    pool = [p for p in pool if p.id not in exclude]
    if not pool:
        return None
    rng = _rng(state, kind, turn)
    recent = history[-NO_REPEAT_WINDOW:]
    recent_ids = {s.prompt_id for s in recent}
    fresh = [p for p in pool if p.id not in recent_ids]
    if not fresh:
        last_seen = {s.prompt_id: i for i, s in enumerate(history)}
        prompt = min(pool, key=lambda p: (last_seen.get(p.id, -1), p.id))
        why = (
            _gentle_why()
            if gentle
            else translate(
                "domain.prompt_selection",
                "You've met every prompt that fits your settings lately, so here is the one from "
                "longest ago.",
            )
        )
        return _offer(prompt, why, kind, gentle)
    once_today = kind == OfferKind.ANOTHER and _follow_up_shown_today(everything, state, answers)
    if not gentle and not once_today:
        follow = _follow_up(everything, fresh, answers, state.today, rng)
        if follow is not None:
            prompt, answered = follow
            why = _follow_up_why(answered.on, state.today)
            return _offer(prompt, why, kind, gentle, answered.prompt_id)
    themes = _themes_of(library, everything.values())
    counts = _theme_counts(themes, recent)
    least = min(counts[p.theme] for p in fresh)
    theme = rng.choice(sorted({p.theme for p in fresh if counts[p.theme] == least}))
    in_theme = [p for p in fresh if p.theme == theme]
    weights = [FAVOURITE_BONUS if p.id in state.settings.favourites else 1.0 for p in in_theme]
    prompt = rng.choices(in_theme, weights=weights)[0]
    return _offer(prompt, _why(library, themes, prompt, state, history, gentle), kind, gentle)


def _follow_up_shown_today(
    everything: dict[str, Prompt], state: SelectionState, answers: Sequence[Answered]
) -> bool:
    """One follow-up a day is plenty; after it, "another one" goes back to variety."""
    targets = {
        t for a in answers if a.prompt_id in everything for t in everything[a.prompt_id].follow_ups
    }
    return any(s.on == state.today and s.prompt_id in targets for s in state.shown)


def _follow_up(
    everything: dict[str, Prompt],
    fresh: Sequence[Prompt],
    answers: Sequence[Answered],
    today: date,
    rng: random.Random,
) -> tuple[Prompt, Answered] | None:
    """A fresh, unanswered follow-up of the most recent answer that has one."""
    fresh_ids = {p.id for p in fresh}
    answered_ids = {a.prompt_id for a in answers}
    since = today - timedelta(days=FOLLOW_UP_DAYS)
    for answer in sorted(answers, key=lambda a: a.on, reverse=True):
        source = everything.get(answer.prompt_id)
        if source is None or answer.on < since:
            continue
        options = [t for t in source.follow_ups if t in fresh_ids and t not in answered_ids]
        if options:
            return everything[rng.choice(sorted(options))], answer
    return None


def _why(
    library: PromptLibrary,
    themes: Mapping[str, str],
    prompt: Prompt,
    state: SelectionState,
    history: Sequence[Shown],
    gentle: bool,
) -> str:
    if gentle:
        return _gentle_why()
    if prompt.id in state.settings.favourites:
        return translate("domain.prompt_selection", "One of your favourites, back again.")
    if prompt.source == USER_SOURCE:
        return translate("domain.prompt_selection", "One of the prompts you wrote yourself.")
    name = library.theme_name(prompt.theme)
    seen = [s.on for s in history if themes.get(s.prompt_id) == prompt.theme]
    if not seen:
        return translate(
            "domain.prompt_selection", "From a theme you haven't visited yet: {theme}."
        ).format(theme=name)
    if (state.today - max(seen)).days >= A_WHILE_DAYS:
        return translate(
            "domain.prompt_selection", "From a theme you haven't visited in a while: {theme}."
        ).format(theme=name)
    return translate(
        "domain.prompt_selection", "From {theme}, so that every theme gets its turn."
    ).format(theme=name)


def _offer(
    prompt: Prompt, why: str, kind: OfferKind, gentle: bool, follow_up_of: str | None = None
) -> Offer:
    return Offer(
        prompt.id,
        prompt.text,
        prompt.theme,
        prompt.depth,
        why,
        kind,
        gentle,
        prompt.content_note,
        prompt.template,
        None,
        follow_up_of,
        prompt.invites,
    )


def _gentle_why() -> str:
    return translate("domain.prompt_selection", GENTLE_WHY)


def _follow_up_why(day: date, today: date) -> str:
    """ "… earlier today", "… yesterday", "… on 3 March" or "… on 3 March 2023", each a whole
    sentence in the current language."""
    if day == today:
        return translate(
            "domain.prompt_selection", "A follow-up to something you answered earlier today."
        )
    if day == today - timedelta(days=1):
        return translate(
            "domain.prompt_selection", "A follow-up to something you answered yesterday."
        )
    if day.year == today.year:
        when = translate("domain.prompt_selection", "{day} {month}").format(
            day=day.day, month=month_name(day.month)
        )
    else:
        when = exact_date_words(day.day, day.month, day.year)
    return translate(
        "domain.prompt_selection", "A follow-up to something you answered on {date}."
    ).format(date=when)
