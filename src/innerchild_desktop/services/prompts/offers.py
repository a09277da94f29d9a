"""Today's prompt and "another": the selection engine's inputs gathered from the journal.

The engine (domain.prompt_selection) is pure; this module reads its inputs (offer history,
answers, skips, kept and hidden marks, settings, the latest distress rating) and records what
happens, one transaction per use case.

The deepest level offered is stored the first time it is needed: gentle for a new journal, and
for a journal that was already offered prompts the "up to reflective" it had been getting
(domain.prompt_care.starting_depth), so it never changes under anyone.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import current_language
from innerchild_desktop.domain.prompt_care import invite_deeper as _invite_deeper
from innerchild_desktop.domain.prompt_care import starting_depth
from innerchild_desktop.domain.prompt_parsing import MAX_PACK_BYTES
from innerchild_desktop.domain.prompt_selection import (
    Answered,
    MemoryCue,
    Offer,
    SelectionSettings,
    SelectionState,
    Shown,
    Skipped,
    another_prompt,
    memory_prompt,
    needs_gentleness,
    todays_prompt,
)
from innerchild_desktop.domain.prompt_translation import (
    resolve_language,
    system_languages,
    valid_choice,
)
from innerchild_desktop.domain.prompts import (
    Depth,
    Prompt,
    PromptLibrary,
    PromptPack,
    make_user_prompt,
)
from innerchild_desktop.domain.settings import (
    DEEPER_INVITATION,
    OVERWHELMED_ON,
    PROMPT_LANGUAGE,
    PROMPT_SETTINGS,
)
from innerchild_desktop.services.library import parse_pack, shipped_languages, shipped_library
from innerchild_desktop.store import entries as entry_store
from innerchild_desktop.store import prompt_history, prompt_packs, user_prompts
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.settings import get_setting, set_setting
from innerchild_desktop.store.vault import Journal

HISTORY_DAYS = 120


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def parsed_packs(documents: list[str]) -> list[PromptPack]:
    """The packs that still parse (a pack that no longer validates is skipped, not fatal; one
    stored before the size limit is not parsed on every offer)."""
    found: list[PromptPack] = []
    for document in documents:
        if len(document) > MAX_PACK_BYTES:
            continue
        try:
            found.append(parse_pack(document, "pack"))
        except InvalidInput:
            continue
    return found


class PromptOffers:
    """The offer use cases of :class:`PromptService` (its other parts build on these)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    @property
    def conn(self) -> Connection:
        return self.journal.conn

    # --- reading --------------------------------------------------------------------------------
    def library(self, *, other_languages: bool = True) -> PromptLibrary:
        """The shipped library in the prompt language plus the imported packs: every pack when
        the person looks (browser, "From my group", programs), only the packs in the prompt
        language with ``other_languages=False`` (what is offered unasked)."""
        language = self.language()
        lib = shipped_library(language)
        for pack in parsed_packs(prompt_packs.documents(self.conn)):
            if other_languages or pack.info.language == language:
                lib = lib.with_pack(pack)
        return lib

    def language_choice(self) -> str:
        """The stored choice: "system" (the default) or a language code."""
        return get_setting(self.conn, PROMPT_LANGUAGE)

    def language(self) -> str:
        """The prompt library's language: the choice if there is a library for it, else the
        system's language if there is one, else English (a missing prompt is English anyway)."""
        wanted = [current_language(), *system_languages(os.environ)]  # the window's first
        return resolve_language(self.language_choice(), wanted, shipped_languages())

    def set_language(self, chosen: str) -> None:
        """Choose the prompt language ("system", "en", "es", ...)."""
        if not valid_choice(chosen):
            raise InvalidInput(f'"{chosen}" is not a language code such as "en" or "es".')
        with self.journal.transaction() as conn:
            set_setting(conn, PROMPT_LANGUAGE, chosen)

    def user_prompts(self) -> list[Prompt]:
        return [
            make_user_prompt(prompt_id, text, theme, Depth(depth))
            for prompt_id, text, theme, depth in user_prompts.list_user_prompts(self.conn)
        ]

    def settings(self) -> dict[str, Any]:
        """The prompt settings; the first call stores the journal's starting depth (see above)."""
        prefs = get_setting(self.conn, PROMPT_SETTINGS)
        if "max_depth" not in prefs:
            with self.journal.transaction() as conn:
                prefs = _settled_prefs(conn)
        return prefs

    def state(self, today: date, seed: int = 0) -> SelectionState:
        """Everything the selection engine weighs for ``today``."""
        return _state(self.conn, today, seed, self.settings())

    def favourites(self, today: date) -> list[Prompt]:
        lib = self.library()
        mine = {p.id: p for p in self.user_prompts()}
        ids = sorted(self.state(today).settings.favourites)
        return [p for p in (lib.prompt(i) or mine.get(i) for i in ids) if p is not None]

    def invite_deeper(self, today: date) -> bool:
        """Whether the Prompts screen shows its quiet "when you feel ready" line about depth."""
        current = self.state(today)
        return _invite_deeper(
            current.settings.max_depth,
            answered=prompt_history.answered_prompt_count(self.conn),
            dismissed=get_setting(self.conn, DEEPER_INVITATION) == "dismissed",
            heavy_day=needs_gentleness(current),
        )

    def memory_offer(self, today: date) -> Offer | None:
        """A prompt about one of the person's own memories (never a heavy one unasked)."""
        from innerchild_desktop.domain.memories import describe
        from innerchild_desktop.services.timeline import TimelineService

        rows = TimelineService(self.journal).timeline()
        cues = [MemoryCue(r.id, r.title, describe(r), r.heavy) for r in rows]
        return memory_prompt(self.library(), cues, self.state(today))

    # --- changing -------------------------------------------------------------------------------
    def offer(
        self,
        today: date,
        *,
        another: bool = False,
        max_depth: Depth | None = None,
        theme: str | None = None,
    ) -> Offer | None:
        """The one way a prompt is chosen (the Prompts screen and ``innerchild prompt``): today's
        prompt or another one, the person's own prompts among the choices, recorded as shown.

        ``max_depth`` and ``theme`` narrow this one offer (the command line's --depth, --theme)
        without changing the saved settings. Packs in another language than the prompts' are
        not offered here (the browser shows them)."""
        lib = self.library(other_languages=False)
        mine = self.user_prompts()
        if theme is not None and theme not in {t.id for t in lib.themes}:
            raise InvalidInput(
                f"There is no theme called {theme!r}. Themes: "
                + ", ".join(t.id for t in lib.themes)
                + "."
            )
        with self.journal.transaction() as conn:
            current = _state(conn, today, 0, _settled_prefs(conn))
            chosen_settings = current.settings
            if max_depth is not None:
                chosen_settings = replace(chosen_settings, max_depth=max_depth)
            if theme is not None:
                others = frozenset(t.id for t in lib.themes if t.id != theme)
                chosen_settings = replace(chosen_settings, avoid_themes=others)
            current = replace(current, settings=chosen_settings)
            chosen = (another_prompt if another else todays_prompt)(lib, current, mine)
            if chosen is not None:
                prompt_history.record_event(conn, chosen.prompt_id, "shown", now())
        return chosen

    def record(self, prompt_id: str, event: str, entry_id: str | None = None) -> None:
        """Note that a prompt was shown, answered or skipped, kept or hidden (or undone)."""
        with self.journal.transaction() as conn:
            prompt_history.record_event(conn, prompt_id, event, now(), entry_id)

    def mark_overwhelmed(self, today: date) -> None:
        """Remember (encrypted) that "I feel overwhelmed" was used today: prompts stay gentle."""
        with self.journal.transaction() as conn:
            set_setting(conn, OVERWHELMED_ON, today.isoformat())

    def save_settings(self, avoid_themes: list[str], max_depth: Depth) -> None:
        """Store the choices; choosing deeper than gentle means the invitation has done its work."""
        with self.journal.transaction() as conn:
            set_setting(
                conn,
                PROMPT_SETTINGS,
                {"avoid_themes": sorted(avoid_themes), "max_depth": max_depth.value},
            )
            if max_depth is not Depth.GENTLE:
                set_setting(conn, DEEPER_INVITATION, "dismissed")

    def dismiss_invitation(self) -> None:
        """Closed by the person: the invitation is not shown again in this journal."""
        with self.journal.transaction() as conn:
            set_setting(conn, DEEPER_INVITATION, "dismissed")

    def add_user_prompt(self, text: str, theme: str, depth: Depth = Depth.GENTLE) -> str:
        prompt = make_user_prompt(f"mine-{uuid.uuid4().hex[:8]}", text, theme, depth)
        with self.journal.transaction() as conn:
            user_prompts.insert_user_prompt(
                conn, prompt.id, prompt.text, prompt.theme, prompt.depth.value, now()
            )
        return prompt.id


def _settled_prefs(conn: Connection) -> dict[str, Any]:
    """The settings, storing the starting depth first if none is kept yet (inside the caller's
    transaction)."""
    prefs = get_setting(conn, PROMPT_SETTINGS)
    if "max_depth" not in prefs:
        history = prompt_history.has_events(conn) or entry_store.has_prompted_entry(conn)
        prefs["max_depth"] = starting_depth(has_prompt_history=history).value
        set_setting(conn, PROMPT_SETTINGS, prefs)
    return prefs


def _state(conn: Connection, today: date, seed: int, prefs: dict[str, Any]) -> SelectionState:
    since = (today - timedelta(days=HISTORY_DAYS)).isoformat()
    events = prompt_history.events_since(conn, since)
    shown = tuple(Shown(p, date.fromisoformat(d)) for p, e, d in events if e == "shown")
    answered = tuple(Answered(p, date.fromisoformat(d)) for p, e, d in events if e == "answered")
    skipped = tuple(Skipped(p, date.fromisoformat(d)) for p, e, d in events if e == "skipped")
    favourites, hidden = prompt_history.marks(conn)
    chosen = SelectionSettings(
        avoid_themes=frozenset(prefs.get("avoid_themes", [])),
        max_depth=Depth(prefs["max_depth"]),
        hidden=hidden,
        favourites=favourites,
    )
    return SelectionState(
        today=today,
        seed=seed,
        shown=shown,
        answered=answered,
        skipped=skipped,
        settings=chosen,
        latest_distress=entry_store.latest_distress(conn),
        overwhelmed_today=get_setting(conn, OVERWHELMED_ON) == today.isoformat(),
    )
